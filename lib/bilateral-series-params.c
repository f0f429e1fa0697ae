/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-private.h"

/**
 * BilateralSeriesParams:
 *
 * How to build a #BilateralSeries: the bins, the direction, the half-life
 * of the relationship index, whether to count others' events that bore on
 * the dyad, and the span. Every property has a documented default, so a
 * new object gives the defaults.
 */

struct _BilateralSeriesParams {
  GObject parent_instance;
  BilateralSeriesBin bin;
  BilateralSeriesDirection direction;
  double half_life;
  gboolean impacts;
  BilateralDate *span;
};

G_DEFINE_FINAL_TYPE (BilateralSeriesParams, bilateral_series_params, G_TYPE_OBJECT)

enum { PROP_0, PROP_BIN, PROP_DIRECTION, PROP_HALF_LIFE, PROP_IMPACTS, PROP_SPAN, N_PROPS };

static GParamSpec *props[N_PROPS];

static void
bilateral_series_params_finalize (GObject *object)
{
  g_clear_pointer (&BILATERAL_SERIES_PARAMS (object)->span, bilateral_date_unref);
  G_OBJECT_CLASS (bilateral_series_params_parent_class)->finalize (object);
}

static void
bilateral_series_params_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BilateralSeriesParams *self = BILATERAL_SERIES_PARAMS (object);

  switch (prop_id)
    {
    case PROP_BIN: g_value_set_enum (value, self->bin); break;
    case PROP_DIRECTION: g_value_set_enum (value, self->direction); break;
    case PROP_HALF_LIFE: g_value_set_double (value, self->half_life); break;
    case PROP_IMPACTS: g_value_set_boolean (value, self->impacts); break;
    case PROP_SPAN: g_value_set_boxed (value, self->span); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_series_params_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BilateralSeriesParams *self = BILATERAL_SERIES_PARAMS (object);

  switch (prop_id)
    {
    case PROP_BIN: bilateral_series_params_set_bin (self, g_value_get_enum (value)); break;
    case PROP_DIRECTION: bilateral_series_params_set_direction (self, g_value_get_enum (value)); break;
    case PROP_HALF_LIFE: bilateral_series_params_set_half_life (self, g_value_get_double (value)); break;
    case PROP_IMPACTS: bilateral_series_params_set_impacts (self, g_value_get_boolean (value)); break;
    case PROP_SPAN: bilateral_series_params_set_span (self, g_value_get_boxed (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_series_params_class_init (BilateralSeriesParamsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = bilateral_series_params_finalize;
  object_class->get_property = bilateral_series_params_get_property;
  object_class->set_property = bilateral_series_params_set_property;

  /**
   * BilateralSeriesParams:bin:
   *
   * The bins: years (the default) or months.
   */
  props[PROP_BIN] = g_param_spec_enum ("bin", NULL, NULL, BILATERAL_TYPE_SERIES_BIN, BILATERAL_SERIES_BIN_YEAR, flags);
  /**
   * BilateralSeriesParams:direction:
   *
   * Which events count; undirected by default.
   */
  props[PROP_DIRECTION] = g_param_spec_enum ("direction", NULL, NULL, BILATERAL_TYPE_SERIES_DIRECTION,
                                             BILATERAL_SERIES_UNDIRECTED, flags);
  /**
   * BilateralSeriesParams:half-life:
   *
   * The half-life of the relationship index in days: how long until an
   * event weighs half as much. %BILATERAL_DEFAULT_HALF_LIFE_DAYS by default.
   */
  props[PROP_HALF_LIFE] = g_param_spec_double ("half-life", NULL, NULL, 1.0, 1e7, BILATERAL_DEFAULT_HALF_LIFE_DAYS, flags);
  /**
   * BilateralSeriesParams:impacts:
   *
   * Whether an undirected series counts the impacts of others' events on
   * the dyad; %TRUE by default.
   */
  props[PROP_IMPACTS] = g_param_spec_boolean ("impacts", NULL, NULL, TRUE, flags);
  /**
   * BilateralSeriesParams:span:
   *
   * The dates the series covers, or %NULL (the default) for the bins from
   * the first event to the last.
   */
  props[PROP_SPAN] = g_param_spec_boxed ("span", NULL, NULL, BILATERAL_TYPE_DATE, flags);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
bilateral_series_params_init (BilateralSeriesParams *self)
{
  self->bin = BILATERAL_SERIES_BIN_YEAR;
  self->direction = BILATERAL_SERIES_UNDIRECTED;
  self->half_life = BILATERAL_DEFAULT_HALF_LIFE_DAYS;
  self->impacts = TRUE;
}

/**
 * bilateral_series_params_new:
 *
 * Makes parameters with every default.
 *
 * Returns: (transfer full): the parameters
 */
BilateralSeriesParams *
bilateral_series_params_new (void)
{
  return g_object_new (BILATERAL_TYPE_SERIES_PARAMS, NULL);
}

/**
 * bilateral_series_params_get_bin:
 * @self: series parameters
 *
 * Gets the bins.
 *
 * Returns: the bins
 */
BilateralSeriesBin
bilateral_series_params_get_bin (BilateralSeriesParams *self)
{
  g_return_val_if_fail (BILATERAL_IS_SERIES_PARAMS (self), BILATERAL_SERIES_BIN_YEAR);
  return self->bin;
}

/**
 * bilateral_series_params_set_bin:
 * @self: series parameters
 * @bin: the bins
 *
 * Sets the bins.
 */
void
bilateral_series_params_set_bin (BilateralSeriesParams *self, BilateralSeriesBin bin)
{
  g_return_if_fail (BILATERAL_IS_SERIES_PARAMS (self));
  if (self->bin == bin)
    return;
  self->bin = bin;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_BIN]);
}

/**
 * bilateral_series_params_get_direction:
 * @self: series parameters
 *
 * Gets which events count.
 *
 * Returns: the direction
 */
BilateralSeriesDirection
bilateral_series_params_get_direction (BilateralSeriesParams *self)
{
  g_return_val_if_fail (BILATERAL_IS_SERIES_PARAMS (self), BILATERAL_SERIES_UNDIRECTED);
  return self->direction;
}

/**
 * bilateral_series_params_set_direction:
 * @self: series parameters
 * @direction: which events count
 *
 * Sets which events count.
 */
void
bilateral_series_params_set_direction (BilateralSeriesParams *self, BilateralSeriesDirection direction)
{
  g_return_if_fail (BILATERAL_IS_SERIES_PARAMS (self));
  if (self->direction == direction)
    return;
  self->direction = direction;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_DIRECTION]);
}

/**
 * bilateral_series_params_get_half_life:
 * @self: series parameters
 *
 * Gets the half-life of the relationship index.
 *
 * Returns: the half-life in days
 */
double
bilateral_series_params_get_half_life (BilateralSeriesParams *self)
{
  g_return_val_if_fail (BILATERAL_IS_SERIES_PARAMS (self), BILATERAL_DEFAULT_HALF_LIFE_DAYS);
  return self->half_life;
}

/**
 * bilateral_series_params_set_half_life:
 * @self: series parameters
 * @days: the half-life in days, at least 1
 *
 * Sets the half-life of the relationship index.
 */
void
bilateral_series_params_set_half_life (BilateralSeriesParams *self, double days)
{
  g_return_if_fail (BILATERAL_IS_SERIES_PARAMS (self));
  g_return_if_fail (days >= 1.0);
  if (self->half_life == days)
    return;
  self->half_life = days;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_HALF_LIFE]);
}

/**
 * bilateral_series_params_get_impacts:
 * @self: series parameters
 *
 * Gets whether others' events that bore on the dyad count.
 *
 * Returns: whether impacts count
 */
gboolean
bilateral_series_params_get_impacts (BilateralSeriesParams *self)
{
  g_return_val_if_fail (BILATERAL_IS_SERIES_PARAMS (self), TRUE);
  return self->impacts;
}

/**
 * bilateral_series_params_set_impacts:
 * @self: series parameters
 * @impacts: whether impacts count
 *
 * Sets whether others' events that bore on the dyad count.
 */
void
bilateral_series_params_set_impacts (BilateralSeriesParams *self, gboolean impacts)
{
  g_return_if_fail (BILATERAL_IS_SERIES_PARAMS (self));
  impacts = !!impacts;
  if (self->impacts == impacts)
    return;
  self->impacts = impacts;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_IMPACTS]);
}

/**
 * bilateral_series_params_get_span:
 * @self: series parameters
 *
 * Gets the dates the series covers.
 *
 * Returns: (transfer none) (nullable): the span, or %NULL for the events' own
 */
BilateralDate *
bilateral_series_params_get_span (BilateralSeriesParams *self)
{
  g_return_val_if_fail (BILATERAL_IS_SERIES_PARAMS (self), NULL);
  return self->span;
}

/**
 * bilateral_series_params_set_span:
 * @self: series parameters
 * @span: (nullable): the dates to cover (`1947/2015`), or %NULL for the
 *   events' own; an open end is the events' own end
 *
 * Sets the dates the series covers.
 */
void
bilateral_series_params_set_span (BilateralSeriesParams *self, BilateralDate *span)
{
  g_return_if_fail (BILATERAL_IS_SERIES_PARAMS (self));
  if (self->span == span)
    return;
  g_clear_pointer (&self->span, bilateral_date_unref);
  self->span = span ? bilateral_date_ref (span) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SPAN]);
}
