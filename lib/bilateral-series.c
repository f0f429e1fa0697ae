/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>

#include "bilateral-event-scan.h"

/**
 * BilateralSeries:
 *
 * A relation binned by month or year: in each bin, the number of events,
 * the sum of their Goldstein weights, their counts per QuadClass, the
 * contributions of others' events that bore on the dyad, and the
 * relationship index.
 *
 * An event falls in the bin of the middle day of its date (`1972/1976` in
 * 1974); an open-ended date, in the bin of its known end. The index is an
 * exponentially decayed sum of the bins' weights:
 *
 *     index[0] = weight[0]
 *     index[t] = index[t−1] · 2^(−bin length / half-life) + weight[t]
 *
 * with the bin length a mean year (365.2425 days) or month. An event weighs
 * half as much one half-life later.
 *
 * The index grows with the number of events, so it cannot say alone how
 * warm a relation is: a thousand mild events a month outweigh a war. The
 * stance index divides it by the events behind it, decayed alike, and by a
 * share of the dyad's usual volume:
 *
 *     volume[t] = volume[t−1] · d + events[t]
 *     usual[t] = usual[t−1] · d¼ + events[t]        (four half-lives long)
 *     stance[t] = index[t] / (volume[t] + λ · usual[t] · (1 − d¼) / (1 − d))
 *
 * with d the decay over one bin, d¼ its fourth root and λ = ¼ (others'
 * events that bore on the dyad count by the size of their impact's
 * weight). It is on the scale of one event's Goldstein weight: never more
 * than the mean weight of the recent events, 0.8 of it where the volume is
 * steady; doubling every event leaves it as it is; after the events stop
 * it fades to 0, as the index does, because the usual volume outlasts the
 * recent one. Both indexes carry every earlier event, whatever span is
 * shown. Inferred phases (bilateral_relation_infer_phases()) are found in
 * each bin's weight per event, not in either index.
 *
 * Each measure comes whole, as an array of doubles
 * (bilateral_series_get_values(), a list in Python that `numpy.asarray()`
 * takes as it is) or as the bytes of one (bilateral_series_get_bytes(),
 * for `numpy.frombuffer()` and, in GJS, a `Float64Array`).
 *
 * Get one with bilateral_relation_get_series().
 */

struct _BilateralSeries {
  GObject parent_instance;
  BilateralSeriesBin bin;
  BilateralSeriesDirection direction;
  double half_life;
  int first_year;
  int first_month; /* 1 for yearly bins */
  guint n_bins;
  double *values[BILATERAL_N_SERIES_MEASURES];
  double *volumes; /* per bin: the events, and the impacts by their weights' sizes */
};

G_DEFINE_FINAL_TYPE (BilateralSeries, bilateral_series, G_TYPE_OBJECT)

#define MEAN_YEAR_DAYS 365.2425

static gint64 bin_number (BilateralSeriesBin bin, gint32 day);

static void
bilateral_series_finalize (GObject *object)
{
  BilateralSeries *self = BILATERAL_SERIES (object);

  for (guint m = 0; m < BILATERAL_N_SERIES_MEASURES; m++)
    g_free (self->values[m]);
  g_free (self->volumes);
  G_OBJECT_CLASS (bilateral_series_parent_class)->finalize (object);
}

enum { PROP_0, PROP_BIN, PROP_DIRECTION, PROP_HALF_LIFE, PROP_N_BINS, N_PROPS };

static GParamSpec *props[N_PROPS];

static void
bilateral_series_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BilateralSeries *self = BILATERAL_SERIES (object);

  switch (prop_id)
    {
    case PROP_BIN: g_value_set_enum (value, bilateral_series_get_bin (self)); break;
    case PROP_DIRECTION: g_value_set_enum (value, bilateral_series_get_direction (self)); break;
    case PROP_HALF_LIFE: g_value_set_double (value, bilateral_series_get_half_life (self)); break;
    case PROP_N_BINS: g_value_set_uint (value, bilateral_series_get_n_bins (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_series_class_init (BilateralSeriesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bilateral_series_finalize;
  G_OBJECT_CLASS (klass)->get_property = bilateral_series_get_property;
  /**
   * BilateralSeries:bin:
   *
   * The width of a bin (bilateral_series_get_bin()).
   */
  props[PROP_BIN] = g_param_spec_enum ("bin", NULL, NULL, BILATERAL_TYPE_SERIES_BIN, BILATERAL_SERIES_BIN_YEAR,
                                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BilateralSeries:direction:
   *
   * Which events the series counts (bilateral_series_get_direction()).
   */
  props[PROP_DIRECTION] = g_param_spec_enum ("direction", NULL, NULL, BILATERAL_TYPE_SERIES_DIRECTION,
                                             BILATERAL_SERIES_UNDIRECTED, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BilateralSeries:half-life:
   *
   * The half-life of the index, in days (bilateral_series_get_half_life()).
   */
  props[PROP_HALF_LIFE] = g_param_spec_double ("half-life", NULL, NULL, 0, G_MAXDOUBLE, 0,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BilateralSeries:n-bins:
   *
   * The number of bins.
   */
  props[PROP_N_BINS] = g_param_spec_uint ("n-bins", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (G_OBJECT_CLASS (klass), N_PROPS, props);
}

static void
bilateral_series_init (BilateralSeries *self)
{
}

/* Months since year 0, or years: a bin number independent of the span. */
static gint64
bin_number (BilateralSeriesBin bin, gint32 day)
{
  int y, m;

  bilateral_date_ymd_from_day (day, &y, &m, NULL);
  return bin == BILATERAL_SERIES_BIN_YEAR ? y : (gint64) y * 12 + (m - 1);
}

/* The day an event stands at: its date's middle, or its known end. */
static gboolean
event_day (BilateralEvent *event, gint32 *day)
{
  BilateralDate *date = bilateral_event_get_date (event);
  gint32 first = bilateral_date_get_earliest_day (date), last = bilateral_date_get_latest_day (date);
  gboolean open_start = first == BILATERAL_DAY_OPEN_START, open_end = last == BILATERAL_DAY_OPEN_END;

  if (open_start && open_end)
    return FALSE;
  *day = open_start ? last : open_end ? first : (gint32) (((gint64) first + last) / 2);
  return TRUE;
}

static gboolean
counts_event (BilateralSeriesDirection direction, guint event_direction)
{
  return direction == BILATERAL_SERIES_UNDIRECTED ||
         (direction == BILATERAL_SERIES_FIRST_TO_SECOND && event_direction == BILATERAL_RELATION_FORWARD) ||
         (direction == BILATERAL_SERIES_SECOND_TO_FIRST && event_direction == BILATERAL_RELATION_BACKWARD);
}

/* Sets the bins from lo to hi (bin numbers) as the params' span narrows or
 * widens them, and allocates the measures. */
static gint64
allocate_bins (BilateralSeries *self, BilateralSeriesParams *params, gint64 lo, gint64 hi)
{
  BilateralDate *span = bilateral_series_params_get_span (params);

  if (span && bilateral_date_get_earliest_day (span) != BILATERAL_DAY_OPEN_START)
    lo = bin_number (self->bin, bilateral_date_get_earliest_day (span));
  if (span && bilateral_date_get_latest_day (span) != BILATERAL_DAY_OPEN_END)
    hi = bin_number (self->bin, bilateral_date_get_latest_day (span));
  if (lo > hi)
    {
      self->n_bins = 0;
      lo = hi = 0;
    }
  else
    self->n_bins = (guint) (hi - lo + 1);
  self->first_year = self->bin == BILATERAL_SERIES_BIN_YEAR ? (int) lo : (int) (lo / 12);
  self->first_month = self->bin == BILATERAL_SERIES_BIN_YEAR ? 1 : (int) (lo % 12) + 1;
  for (guint m = 0; m < BILATERAL_N_SERIES_MEASURES; m++)
    self->values[m] = g_new0 (double, MAX (self->n_bins, 1));
  return lo;
}

/* The decay of the index over one bin. */
static double
bin_decay (BilateralSeries *self)
{
  return exp2 (-(self->bin == BILATERAL_SERIES_BIN_YEAR ? MEAN_YEAR_DAYS : MEAN_YEAR_DAYS / 12) / self->half_life);
}

/* λ of the stance index: the share of the usual volume a bin's volume is set against. */
#define USUAL_SHARE 0.25
/* How many half-lives the usual volume remembers. */
#define USUAL_HALF_LIVES 4

/* What the events before the span shown leave at the bin before the
 * first, so that neither index depends on the span. */
typedef struct {
  double index, volume, usual;
} Carry;

static void
carry_add (Carry *c, double weight, double volume, double decay, gint64 bins_before)
{
  c->index += weight * pow (decay, (double) bins_before);
  c->volume += volume * pow (decay, (double) bins_before);
  c->usual += volume * pow (decay, (double) bins_before / USUAL_HALF_LIVES);
}

/* @volumes: each bin's events, counted as the stance index counts them. */
static void
compute_index (BilateralSeries *self, const Carry *before, const double *volumes)
{
  double decay = bin_decay (self), usual_decay = pow (decay, 1.0 / USUAL_HALF_LIVES);
  double index = before->index, volume = before->volume, usual = before->usual;

  for (guint b = 0; b < self->n_bins; b++)
    {
      double weight = self->values[BILATERAL_SERIES_GOLDSTEIN][b] + self->values[BILATERAL_SERIES_IMPACT][b];
      double against;

      index = index * decay + weight;
      volume = volume * decay + volumes[b];
      usual = usual * usual_decay + volumes[b];
      against = volume + USUAL_SHARE * usual * (1 - usual_decay) / (1 - decay);
      self->values[BILATERAL_SERIES_WEIGHT][b] = weight;
      self->values[BILATERAL_SERIES_INDEX][b] = index;
      self->values[BILATERAL_SERIES_STANCE_INDEX][b] = against > 0 ? index / against : 0;
    }
}

static BilateralSeries *
series_new (BilateralSeriesParams *params)
{
  BilateralSeries *self = g_object_new (BILATERAL_TYPE_SERIES, NULL);

  self->bin = bilateral_series_params_get_bin (params);
  self->direction = bilateral_series_params_get_direction (params);
  self->half_life = bilateral_series_params_get_half_life (params);
  return self;
}

/* The one accumulator of both roads to a series, a relation's events and a
 * panel's cells: what falls in each bin, then the bins, summed. */
typedef struct {
  gint64 bin;
  double count, goldstein, quad[4], impact;
  double volume; /* what it counts for in the stance index: 1 an event, |w| an impact */
} SeriesEntry;

static BilateralSeries *
series_from_entries (BilateralSeriesParams *params, GArray *entries)
{
  BilateralSeries *self = series_new (params);
  gint64 lo = G_MAXINT64, hi = G_MININT64;
  Carry before = { 0 };
  double decay;

  /* The span: the params', with the entries' own bins where it is open. */
  for (guint i = 0; i < entries->len; i++)
    {
      lo = MIN (lo, g_array_index (entries, SeriesEntry, i).bin);
      hi = MAX (hi, g_array_index (entries, SeriesEntry, i).bin);
    }
  lo = allocate_bins (self, params, lo, hi);
  self->volumes = g_new0 (double, MAX (self->n_bins, 1));
  decay = bin_decay (self);
  for (guint i = 0; i < entries->len; i++)
    {
      const SeriesEntry *e = &g_array_index (entries, SeriesEntry, i);
      gint64 b = e->bin - lo;

      if (b < 0 && self->n_bins > 0)
        carry_add (&before, e->goldstein + e->impact, e->volume, decay, -b - 1); /* decayed to bin lo − 1 */
      if (b < 0 || b >= self->n_bins)
        continue;
      self->volumes[b] += e->volume;
      self->values[BILATERAL_SERIES_COUNT][b] += e->count;
      self->values[BILATERAL_SERIES_GOLDSTEIN][b] += e->goldstein;
      for (int q = 0; q < 4; q++)
        self->values[BILATERAL_SERIES_VERBAL_COOPERATION + q][b] += e->quad[q];
      self->values[BILATERAL_SERIES_IMPACT][b] += e->impact;
    }
  compute_index (self, &before, self->volumes);
  return self;
}

BilateralSeries *
_bilateral_series_new_from_cells (BilateralSeriesParams *params, const gint64 *bins, const BilateralCell *const *groups,
                                  guint n_groups)
{
  g_autoptr (GArray) entries = g_array_sized_new (FALSE, TRUE, sizeof (SeriesEntry), n_groups);

  for (guint i = 0; i < n_groups; i++)
    {
      SeriesEntry e = { bins[i], (double) _bilateral_cell_events (groups[i]), groups[i]->goldstein / 100.0, { 0 },
                        0,       (double) _bilateral_cell_events (groups[i]) };
      for (int q = 0; q < 4; q++)
        e.quad[q] = groups[i]->quad[q];
      g_array_append_val (entries, e);
    }
  return series_from_entries (params, entries);
}

BilateralSeries *
_bilateral_series_new (BilateralRelation *relation, BilateralSeriesParams *params)
{
  GListModel *events = bilateral_relation_get_events (relation);
  GListModel *others = bilateral_relation_get_third_party_events (relation);
  BilateralSeriesBin bin = bilateral_series_params_get_bin (params);
  BilateralSeriesDirection direction = bilateral_series_params_get_direction (params);
  gboolean impacts = bilateral_series_params_get_impacts (params) && direction == BILATERAL_SERIES_UNDIRECTED;
  g_autoptr (GArray) entries = g_array_new (FALSE, TRUE, sizeof (SeriesEntry));

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (BilateralEvent) event = g_list_model_get_item (events, i);
      SeriesEntry e = { 0 };
      gint32 day;

      if (!counts_event (direction, _bilateral_relation_get_direction (relation, i)) || !event_day (event, &day))
        continue;
      e.bin = bin_number (bin, day);
      e.count = e.volume = 1;
      e.goldstein = bilateral_event_get_goldstein (event);
      e.quad[bilateral_event_get_quad_class (event) - 1] = 1;
      g_array_append_val (entries, e);
    }
  for (guint i = 0; impacts && i < g_list_model_get_n_items (others); i++)
    {
      g_autoptr (BilateralEvent) event = g_list_model_get_item (others, i);
      SeriesEntry e = { 0 };
      gint32 day;

      if (!event_day (event, &day))
        continue;
      e.bin = bin_number (bin, day);
      e.impact = _bilateral_relation_get_impact_weight (relation, i) * bilateral_event_get_goldstein (event);
      e.volume = fabs (_bilateral_relation_get_impact_weight (relation, i));
      g_array_append_val (entries, e);
    }
  return series_from_entries (params, entries);
}

/**
 * bilateral_series_get_bin:
 * @self: a series
 *
 * Gets the bins of the series.
 *
 * Returns: months or years
 */
BilateralSeriesBin
bilateral_series_get_bin (BilateralSeries *self)
{
  g_return_val_if_fail (BILATERAL_IS_SERIES (self), BILATERAL_SERIES_BIN_YEAR);
  return self->bin;
}

/**
 * bilateral_series_get_direction:
 * @self: a series
 *
 * Gets which events the series counts.
 *
 * Returns: the direction
 */
BilateralSeriesDirection
bilateral_series_get_direction (BilateralSeries *self)
{
  g_return_val_if_fail (BILATERAL_IS_SERIES (self), BILATERAL_SERIES_UNDIRECTED);
  return self->direction;
}

/**
 * bilateral_series_get_half_life:
 * @self: a series
 *
 * Gets the half-life of the index.
 *
 * Returns: the half-life in days
 */
double
bilateral_series_get_half_life (BilateralSeries *self)
{
  g_return_val_if_fail (BILATERAL_IS_SERIES (self), 0.0);
  return self->half_life;
}

/**
 * bilateral_series_get_n_bins:
 * @self: a series
 *
 * Gets how many bins the series has.
 *
 * Returns: the number of bins
 */
guint
bilateral_series_get_n_bins (BilateralSeries *self)
{
  g_return_val_if_fail (BILATERAL_IS_SERIES (self), 0);
  return self->n_bins;
}

/**
 * bilateral_series_get_bin_date:
 * @self: a series
 * @bin: a bin, from 0
 *
 * Gets the date a bin covers: `1958` or `1958-03`.
 *
 * Returns: (transfer full): the date
 */
BilateralDate *
bilateral_series_get_bin_date (BilateralSeries *self, guint bin)
{
  int months;

  g_return_val_if_fail (BILATERAL_IS_SERIES (self), NULL);
  g_return_val_if_fail (bin < self->n_bins, NULL);

  if (self->bin == BILATERAL_SERIES_BIN_YEAR)
    return bilateral_date_new_ymd (self->first_year + (int) bin, 0, 0, NULL);
  months = self->first_year * 12 + (self->first_month - 1) + (int) bin;
  return bilateral_date_new_ymd (months / 12, months % 12 + 1, 0, NULL);
}

/**
 * bilateral_series_find_bin:
 * @self: a series
 * @date: a date
 *
 * Finds the bin an event of @date falls in: the bin of its middle day.
 *
 * Returns: the bin, or -1 if it falls outside the series
 */
int
bilateral_series_find_bin (BilateralSeries *self, const BilateralDate *date)
{
  gint32 first, last, day;
  gint64 b;

  g_return_val_if_fail (BILATERAL_IS_SERIES (self), -1);
  g_return_val_if_fail (date != NULL, -1);

  first = bilateral_date_get_earliest_day (date);
  last = bilateral_date_get_latest_day (date);
  if (first == BILATERAL_DAY_OPEN_START && last == BILATERAL_DAY_OPEN_END)
    return -1;
  day = first == BILATERAL_DAY_OPEN_START ? last
        : last == BILATERAL_DAY_OPEN_END  ? first
                                          : (gint32) (((gint64) first + last) / 2);
  b = bin_number (self->bin, day) -
      (self->bin == BILATERAL_SERIES_BIN_YEAR ? self->first_year : (gint64) self->first_year * 12 + self->first_month - 1);
  return b >= 0 && b < self->n_bins ? (int) b : -1;
}

/**
 * bilateral_series_get_values:
 * @self: a series
 * @measure: what to get
 * @n_values: (out): the number of values: one per bin
 *
 * Gets one measure over every bin.
 *
 * Returns: (array length=n_values) (transfer none): the values
 */
const double *
bilateral_series_get_values (BilateralSeries *self, BilateralSeriesMeasure measure, gsize *n_values)
{
  g_return_val_if_fail (BILATERAL_IS_SERIES (self), NULL);
  g_return_val_if_fail ((guint) measure < BILATERAL_N_SERIES_MEASURES, NULL);
  g_return_val_if_fail (n_values != NULL, NULL);

  *n_values = self->n_bins;
  return self->values[measure];
}

/**
 * bilateral_series_get_bytes:
 * @self: a series
 * @measure: what to get
 *
 * Gets one measure over every bin as the bytes of an array of doubles in
 * the machine's byte order, without a copy: for `numpy.frombuffer()`, or a
 * `Float64Array` in GJS.
 *
 * Returns: (transfer full): the bytes, 8 per bin
 */
GBytes *
bilateral_series_get_bytes (BilateralSeries *self, BilateralSeriesMeasure measure)
{
  g_return_val_if_fail (BILATERAL_IS_SERIES (self), NULL);
  g_return_val_if_fail ((guint) measure < BILATERAL_N_SERIES_MEASURES, NULL);

  return g_bytes_new_with_free_func (self->values[measure], self->n_bins * sizeof (double), g_object_unref, g_object_ref (self));
}

/* Each bin's volume: its events, and others' events that bore on the dyad
 * by the size of their impact's weight. */
const double *
_bilateral_series_get_volumes (BilateralSeries *self)
{
  return self->volumes;
}

/**
 * bilateral_series_get_index:
 * @self: a series
 * @n_values: (out): the number of values: one per bin
 *
 * Gets the relationship index over every bin; the same as
 * bilateral_series_get_values() with %BILATERAL_SERIES_INDEX.
 *
 * Returns: (array length=n_values) (transfer none): the index
 */
const double *
bilateral_series_get_index (BilateralSeries *self, gsize *n_values)
{
  return bilateral_series_get_values (self, BILATERAL_SERIES_INDEX, n_values);
}
