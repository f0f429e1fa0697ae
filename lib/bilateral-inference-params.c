/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>

#include "bilateral-private.h"

/**
 * BilateralInferenceParams:
 *
 * How bilateral_relation_infer_phases() finds phases: the series it
 * segments (#BilateralInferenceParams:series-params, yearly by default:
 * its bins, span, direction and impacts), the method and penalty of a
 * change point, the shortest segment, and the thresholds that turn a
 * segment's mean weight per event into a #BilateralStance.
 * doc/methodology.md explains each, and how the defaults were chosen.
 */

struct _BilateralInferenceParams {
  GObject parent_instance;
  BilateralSeriesParams *series_params;
  double penalty;
  BilateralSegmentation method;
  guint min_segment;
  double neutral;
  double strong;
  double extreme;
};

G_DEFINE_FINAL_TYPE (BilateralInferenceParams, bilateral_inference_params, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SERIES_PARAMS,
  PROP_PENALTY,
  PROP_METHOD,
  PROP_MIN_SEGMENT,
  PROP_NEUTRAL,
  PROP_STRONG,
  PROP_EXTREME,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

#define DEFAULT_MIN_SEGMENT 3
/* On the scale of one event's weight: the known-answer evaluation's stances
 * are 1.5 Goldstein points apart, and the thresholds halfway between
 * (doc/methodology.md). */
#define DEFAULT_NEUTRAL 0.75
#define DEFAULT_STRONG 2.25
#define DEFAULT_EXTREME 3.75

static void
bilateral_inference_params_finalize (GObject *object)
{
  g_clear_object (&BILATERAL_INFERENCE_PARAMS (object)->series_params);
  G_OBJECT_CLASS (bilateral_inference_params_parent_class)->finalize (object);
}

static void
bilateral_inference_params_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BilateralInferenceParams *self = BILATERAL_INFERENCE_PARAMS (object);

  switch (prop_id)
    {
    case PROP_SERIES_PARAMS: g_value_set_object (value, self->series_params); break;
    case PROP_PENALTY: g_value_set_double (value, self->penalty); break;
    case PROP_METHOD: g_value_set_enum (value, self->method); break;
    case PROP_MIN_SEGMENT: g_value_set_uint (value, self->min_segment); break;
    case PROP_NEUTRAL: g_value_set_double (value, self->neutral); break;
    case PROP_STRONG: g_value_set_double (value, self->strong); break;
    case PROP_EXTREME: g_value_set_double (value, self->extreme); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_inference_params_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BilateralInferenceParams *self = BILATERAL_INFERENCE_PARAMS (object);

  switch (prop_id)
    {
    case PROP_PENALTY: bilateral_inference_params_set_penalty (self, g_value_get_double (value)); break;
    case PROP_METHOD: bilateral_inference_params_set_method (self, g_value_get_enum (value)); break;
    case PROP_MIN_SEGMENT: bilateral_inference_params_set_min_segment (self, g_value_get_uint (value)); break;
    case PROP_NEUTRAL:
      bilateral_inference_params_set_thresholds (self, g_value_get_double (value), self->strong, self->extreme);
      break;
    case PROP_STRONG:
      bilateral_inference_params_set_thresholds (self, self->neutral, g_value_get_double (value), self->extreme);
      break;
    case PROP_EXTREME:
      bilateral_inference_params_set_thresholds (self, self->neutral, self->strong, g_value_get_double (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_inference_params_class_init (BilateralInferenceParamsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = bilateral_inference_params_finalize;
  object_class->get_property = bilateral_inference_params_get_property;
  object_class->set_property = bilateral_inference_params_set_property;

  /**
   * BilateralInferenceParams:series-params:
   *
   * The series to segment; change its properties to change the bins, the
   * half-life or the span.
   */
  props[PROP_SERIES_PARAMS] = g_param_spec_object ("series-params", NULL, NULL, BILATERAL_TYPE_SERIES_PARAMS,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BilateralInferenceParams:penalty:
   *
   * The cost of a change point, in squared Goldstein points (a bin of the
   * dyad's mean volume counting once); 0 (the default) for 2·σ²·ln n, with
   * σ the noise of a bin's weight per event, estimated from the
   * differences of neighbouring bins, and n the number of bins with events.
   */
  props[PROP_PENALTY] = g_param_spec_double ("penalty", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0, flags);
  /**
   * BilateralInferenceParams:method:
   *
   * How the stance index is cut into segments; PELT by default.
   */
  props[PROP_METHOD] = g_param_spec_enum ("method", NULL, NULL, BILATERAL_TYPE_SEGMENTATION, BILATERAL_SEGMENTATION_PELT, flags);
  /**
   * BilateralInferenceParams:min-segment:
   *
   * The fewest bins a segment may have; 3 by default.
   */
  props[PROP_MIN_SEGMENT] = g_param_spec_uint ("min-segment", NULL, NULL, 1, G_MAXUINT, DEFAULT_MIN_SEGMENT, flags);
  /**
   * BilateralInferenceParams:neutral-threshold:
   *
   * A segment whose mean weight per event is within this of 0 is neutral;
   * 0.75 by default.
   */
  props[PROP_NEUTRAL] = g_param_spec_double ("neutral-threshold", NULL, NULL, 0.0, G_MAXDOUBLE, DEFAULT_NEUTRAL, flags);
  /**
   * BilateralInferenceParams:strong-threshold:
   *
   * Beyond this mean weight per event a segment is antagonistic or
   * friendly rather than cool or cordial; 2.25 by default.
   */
  props[PROP_STRONG] = g_param_spec_double ("strong-threshold", NULL, NULL, 0.0, G_MAXDOUBLE, DEFAULT_STRONG, flags);
  /**
   * BilateralInferenceParams:extreme-threshold:
   *
   * Beyond this mean weight per event a segment is hostile or allied;
   * 3.75 by default.
   */
  props[PROP_EXTREME] = g_param_spec_double ("extreme-threshold", NULL, NULL, 0.0, G_MAXDOUBLE, DEFAULT_EXTREME, flags);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
bilateral_inference_params_init (BilateralInferenceParams *self)
{
  self->series_params = bilateral_series_params_new ();
  self->min_segment = DEFAULT_MIN_SEGMENT;
  self->neutral = DEFAULT_NEUTRAL;
  self->strong = DEFAULT_STRONG;
  self->extreme = DEFAULT_EXTREME;
}

/**
 * bilateral_inference_params_new:
 *
 * Makes parameters with every default.
 *
 * Returns: (transfer full): the parameters
 */
BilateralInferenceParams *
bilateral_inference_params_new (void)
{
  return g_object_new (BILATERAL_TYPE_INFERENCE_PARAMS, NULL);
}

/**
 * bilateral_inference_params_get_series_params:
 * @self: inference parameters
 *
 * Gets the parameters of the series that is segmented, to read or change.
 *
 * Returns: (transfer none): the series parameters
 */
BilateralSeriesParams *
bilateral_inference_params_get_series_params (BilateralInferenceParams *self)
{
  g_return_val_if_fail (BILATERAL_IS_INFERENCE_PARAMS (self), NULL);
  return self->series_params;
}

/**
 * bilateral_inference_params_get_penalty:
 * @self: inference parameters
 *
 * Gets the penalty of a change point.
 *
 * Returns: the penalty, or 0 for the automatic one
 */
double
bilateral_inference_params_get_penalty (BilateralInferenceParams *self)
{
  g_return_val_if_fail (BILATERAL_IS_INFERENCE_PARAMS (self), 0.0);
  return self->penalty;
}

/**
 * bilateral_inference_params_set_penalty:
 * @self: inference parameters
 * @penalty: the penalty, or 0 for the automatic one
 *
 * Sets the penalty of a change point: higher, fewer phases.
 */
void
bilateral_inference_params_set_penalty (BilateralInferenceParams *self, double penalty)
{
  g_return_if_fail (BILATERAL_IS_INFERENCE_PARAMS (self));
  g_return_if_fail (penalty >= 0.0);
  if (self->penalty == penalty)
    return;
  self->penalty = penalty;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_PENALTY]);
}

/**
 * bilateral_inference_params_get_method:
 * @self: inference parameters
 *
 * Gets how the stance index is cut into segments.
 *
 * Returns: the method
 */
BilateralSegmentation
bilateral_inference_params_get_method (BilateralInferenceParams *self)
{
  g_return_val_if_fail (BILATERAL_IS_INFERENCE_PARAMS (self), BILATERAL_SEGMENTATION_PELT);
  return self->method;
}

/**
 * bilateral_inference_params_set_method:
 * @self: inference parameters
 * @method: how to cut the stance index into segments
 *
 * Sets how the stance index is cut into segments.
 */
void
bilateral_inference_params_set_method (BilateralInferenceParams *self, BilateralSegmentation method)
{
  g_return_if_fail (BILATERAL_IS_INFERENCE_PARAMS (self));
  g_return_if_fail (method == BILATERAL_SEGMENTATION_PELT || method == BILATERAL_SEGMENTATION_BINARY);
  if (self->method == method)
    return;
  self->method = method;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_METHOD]);
}

/**
 * bilateral_inference_params_get_min_segment:
 * @self: inference parameters
 *
 * Gets the fewest bins a segment may have.
 *
 * Returns: the number of bins
 */
guint
bilateral_inference_params_get_min_segment (BilateralInferenceParams *self)
{
  g_return_val_if_fail (BILATERAL_IS_INFERENCE_PARAMS (self), DEFAULT_MIN_SEGMENT);
  return self->min_segment;
}

/**
 * bilateral_inference_params_set_min_segment:
 * @self: inference parameters
 * @bins: the fewest bins a segment may have, at least 1
 *
 * Sets the shortest segment.
 */
void
bilateral_inference_params_set_min_segment (BilateralInferenceParams *self, guint bins)
{
  g_return_if_fail (BILATERAL_IS_INFERENCE_PARAMS (self));
  g_return_if_fail (bins >= 1);
  if (self->min_segment == bins)
    return;
  self->min_segment = bins;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_MIN_SEGMENT]);
}

/**
 * bilateral_inference_params_get_thresholds:
 * @self: inference parameters
 * @neutral: (out) (optional): the neutral threshold
 * @strong: (out) (optional): the strong threshold
 * @extreme: (out) (optional): the extreme threshold
 *
 * Gets the thresholds of bilateral_inference_params_stance_for().
 */
void
bilateral_inference_params_get_thresholds (BilateralInferenceParams *self, double *neutral, double *strong, double *extreme)
{
  g_return_if_fail (BILATERAL_IS_INFERENCE_PARAMS (self));
  if (neutral)
    *neutral = self->neutral;
  if (strong)
    *strong = self->strong;
  if (extreme)
    *extreme = self->extreme;
}

/**
 * bilateral_inference_params_set_thresholds:
 * @self: inference parameters
 * @neutral: the neutral threshold
 * @strong: the strong threshold, at least @neutral
 * @extreme: the extreme threshold, at least @strong
 *
 * Sets the thresholds of bilateral_inference_params_stance_for().
 */
void
bilateral_inference_params_set_thresholds (BilateralInferenceParams *self, double neutral, double strong, double extreme)
{
  g_return_if_fail (BILATERAL_IS_INFERENCE_PARAMS (self));
  g_return_if_fail (neutral >= 0.0 && neutral <= strong && strong <= extreme);

  g_object_freeze_notify (G_OBJECT (self));
  if (self->neutral != neutral)
    {
      self->neutral = neutral;
      g_object_notify_by_pspec (G_OBJECT (self), props[PROP_NEUTRAL]);
    }
  if (self->strong != strong)
    {
      self->strong = strong;
      g_object_notify_by_pspec (G_OBJECT (self), props[PROP_STRONG]);
    }
  if (self->extreme != extreme)
    {
      self->extreme = extreme;
      g_object_notify_by_pspec (G_OBJECT (self), props[PROP_EXTREME]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * bilateral_inference_params_stance_for:
 * @self: inference parameters
 * @index: a mean weight per event, on the Goldstein scale
 *
 * The stance the thresholds give a mean weight: neutral within the neutral
 * threshold of 0 (inclusive), cool or cordial up to the strong threshold
 * (inclusive), antagonistic or friendly up to the extreme one (inclusive),
 * hostile or allied beyond it.
 *
 * Returns: the stance
 */
BilateralStance
bilateral_inference_params_stance_for (BilateralInferenceParams *self, double index)
{
  double magnitude = fabs (index);
  int level;

  g_return_val_if_fail (BILATERAL_IS_INFERENCE_PARAMS (self), BILATERAL_STANCE_NEUTRAL);

  level = magnitude <= self->neutral ? 0 : magnitude <= self->strong ? 1 : magnitude <= self->extreme ? 2 : 3;
  return index < 0 ? -level : level;
}
