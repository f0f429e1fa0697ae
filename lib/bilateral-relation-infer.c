/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "bilateral-private.h"

/* Phases found in a relation's events: its stance index segmented by PELT
 * or binary segmentation, each segment labelled with a stance by the
 * thresholds of its mean. Part of BilateralRelation. */

/* Weighted prefix sums of a series: Σw, Σw·y, Σw·y², so that any run's
 * cost is two subtractions away. */
typedef struct {
  double *w, *wy, *wyy;
} Sums;

static void
sums_init (Sums *s, const double *y, const double *w, guint n)
{
  s->w = g_new0 (double, n + 1);
  s->wy = g_new0 (double, n + 1);
  s->wyy = g_new0 (double, n + 1);
  for (guint i = 0; i < n; i++)
    {
      double weight = w ? w[i] : 1.0;
      s->w[i + 1] = s->w[i] + weight;
      s->wy[i + 1] = s->wy[i] + weight * y[i];
      s->wyy[i + 1] = s->wyy[i] + weight * y[i] * y[i];
    }
}

static void
sums_clear (Sums *s)
{
  g_free (s->w);
  g_free (s->wy);
  g_free (s->wyy);
}

/* The weighted squared error of y[a..b) around its weighted mean. */
static double
segment_cost (const Sums *s, guint a, guint b)
{
  double w = s->w[b] - s->w[a], wy = s->wy[b] - s->wy[a];

  return w > 0 ? MAX (0, (s->wyy[b] - s->wyy[a]) - wy * wy / w) : 0;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* 2·σ²·ln n, with σ the noise of a weight-1 value, from the median of the
 * differences of neighbouring weighted values, each scaled to unit
 * variance (robust to the jumps being looked for), and n the number of
 * values of any weight (a bin without events is no observation); 1 where
 * there are too few values or the series does not move. */
static double
automatic_penalty (const double *y, const double *w, guint n)
{
  g_autoptr (GArray) diffs = g_array_new (FALSE, FALSE, sizeof (double));
  double sigma;
  int last = -1;

  for (guint i = 0; i < n; i++)
    {
      double wi = w ? w[i] : 1.0;
      if (wi <= 0)
        continue;
      if (last >= 0)
        {
          double wl = w ? w[last] : 1.0;
          double d = fabs (y[i] - y[last]) * sqrt (wi * wl / (wi + wl));
          g_array_append_val (diffs, d);
        }
      last = (int) i;
    }
  if (diffs->len < 2)
    return 1.0;
  g_array_sort (diffs, compare_doubles);
  sigma = g_array_index (diffs, double, (diffs->len - 1) / 2) / 0.6745;
  if (sigma <= 0)
    return 1.0;
  return 2 * sigma * sigma * log (diffs->len + 1);
}

/* PELT (Killick, Fearnhead and Eckley 2012) for changes in mean: the
 * segment starts, in order, beginning with 0. */
GArray *
_bilateral_segment (const double *y, const double *weights, guint n, double penalty, guint min_segment)
{
  Sums sums;
  g_autofree double *f = g_new (double, n + 1);
  g_autofree guint *last = g_new0 (guint, n + 1);
  g_autoptr (GArray) candidates = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (guint));
  guint zero = 0;

  sums_init (&sums, y, weights, n);
  f[0] = -penalty;
  g_array_append_val (candidates, zero);
  for (guint t = 1; t <= n; t++)
    {
      double best = INFINITY;
      guint best_tau = 0, kept = 0;

      f[t] = INFINITY;
      for (guint i = 0; i < candidates->len; i++)
        {
          guint tau = g_array_index (candidates, guint, i);
          double cost;

          if (t - tau < min_segment && !(tau == 0 && t == n))
            continue;
          cost = f[tau] + segment_cost (&sums, tau, t) + penalty;
          if (cost < best)
            {
              best = cost;
              best_tau = tau;
            }
        }
      if (isfinite (best))
        {
          f[t] = best;
          last[t] = best_tau;
        }
      /* Prune the starts that can never be optimal again. */
      for (guint i = 0; i < candidates->len; i++)
        {
          guint tau = g_array_index (candidates, guint, i);
          if (t - tau < min_segment || !isfinite (f[tau]) || f[tau] + segment_cost (&sums, tau, t) <= f[t])
            g_array_index (candidates, guint, kept++) = tau;
        }
      g_array_set_size (candidates, kept);
      g_array_append_val (candidates, t);
    }

  /* Walk back from the end. */
  for (guint t = n; t > 0; t = last[t])
    g_array_prepend_val (starts, last[t]);
  if (starts->len == 0)
    g_array_append_val (starts, zero);
  sums_clear (&sums);
  return starts;
}

/* The best cut of y[a..b), with segments of @min_segment bins or more,
 * and what it saves; FALSE if it has none. */
static gboolean
best_cut (const Sums *sums, guint a, guint b, guint min_segment, guint *cut, double *saving)
{
  double whole = segment_cost (sums, a, b);
  gboolean found = FALSE;

  for (guint c = a + min_segment; c + min_segment <= b; c++)
    {
      double saved = whole - segment_cost (sums, a, c) - segment_cost (sums, c, b);
      if (!found || saved > *saving)
        {
          found = TRUE;
          *cut = c;
          *saving = saved;
        }
    }
  return found;
}

static int
compare_guints (gconstpointer a, gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;
  return (x > y) - (x < y);
}

/* Binary segmentation: while the best cut of any segment saves more than
 * @penalty, make it. The segment starts, in order, beginning with 0. */
GArray *
_bilateral_segment_binary (const double *y, const double *weights, guint n, double penalty, guint min_segment)
{
  Sums sums;
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (guint));
  guint zero = 0;

  sums_init (&sums, y, weights, n);
  g_array_append_val (starts, zero);
  for (;;)
    {
      double best_saving = penalty;
      guint best = 0;
      gboolean any = FALSE;

      for (guint i = 0; i < starts->len; i++)
        {
          guint a = g_array_index (starts, guint, i), b = i + 1 < starts->len ? g_array_index (starts, guint, i + 1) : n, cut;
          double saving;
          if (best_cut (&sums, a, b, min_segment, &cut, &saving) && saving > best_saving)
            {
              best_saving = saving;
              best = cut;
              any = TRUE;
            }
        }
      if (!any)
        break;
      g_array_append_val (starts, best);
      g_array_sort (starts, compare_guints);
    }
  sums_clear (&sums);
  return starts;
}

typedef struct {
  guint start;           /* first bin */
  guint end;             /* one past the last bin */
  double weight, volume; /* the sums of its bins' */
  double mean;           /* weight per event */
  BilateralStance stance;
} Segment;

/* The event that moved the index most, the way it moved, where a segment
 * begins: in its first bin or the bin before (a change point may fall a
 * bin late). None there, or none that moved it that way: no opening event,
 * rather than a later or contrary one. Its weight in @weight. */
static BilateralEvent *
opening_event (BilateralRelation *relation, BilateralSeries *series, const Segment *segment, double direction, gboolean impacts,
               double *weight)
{
  GListModel *lists[] = { bilateral_relation_get_events (relation), bilateral_relation_get_third_party_events (relation) };
  BilateralEvent *best = NULL;
  double best_push = 0;

  for (guint l = 0; l < (impacts ? 2u : 1u); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr (BilateralEvent) event = g_list_model_get_item (lists[l], i);
        int bin = bilateral_series_find_bin (series, bilateral_event_get_date (event));
        double w = bilateral_event_get_goldstein (event) * (l == 0 ? 1 : _bilateral_relation_get_impact_weight (relation, i));

        if (bin < 0 || bin > (int) segment->start || bin + 1 < (int) segment->start)
          continue;
        if (w * direction > best_push)
          {
            best = event;
            best_push = w * direction;
            *weight = w;
          }
      }
  return best;
}

static char *
bin_text (BilateralSeries *series, guint bin)
{
  g_autoptr (BilateralDate) date = bilateral_series_get_bin_date (series, bin);
  return bilateral_date_to_string (date);
}

/**
 * bilateral_relation_infer_phases:
 * @self: a relation
 * @params: (nullable): how to infer; %NULL for the defaults of
 *   #BilateralInferenceParams
 *
 * Finds the phases of the relationship in its events, as
 * doc/methodology.md describes: the stance index of its series
 * (%BILATERAL_SERIES_STANCE_INDEX of bilateral_relation_get_series(): the
 * index per event, so that a dyad's volume of events does not make its
 * stances) is cut into segments of constant mean by change-point detection
 * (PELT or binary segmentation, with the penalty and shortest segment of
 * @params); each segment's mean gives its stance by the thresholds of
 * @params, and neighbouring segments of one stance are joined.
 *
 * Each phase has origin %BILATERAL_PHASE_ORIGIN_INFERRED and runs from the
 * first day of its first bin to the first day of the next phase; the last
 * goes on. Its opening event is the one that moved the index most, the
 * way it moved into the phase, in the phase's first bin or the bin before
 * (none if no event there did), whose citations it carries; its summary
 * gives its
 * mean index and the events that opened it.
 *
 * Returns: (transfer full): a #GListModel of #BilateralPhase, in date
 *   order; empty if the relation has no events
 */
GListModel *
bilateral_relation_infer_phases (BilateralRelation *self, BilateralInferenceParams *params)
{
  g_autoptr (BilateralInferenceParams) defaults = NULL;
  g_autoptr (BilateralSeries) series = NULL;
  g_autoptr (GArray) starts = NULL;
  g_autoptr (GArray) segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  GListStore *phases = g_list_store_new (BILATERAL_TYPE_PHASE);
  const double *weights, *volumes;
  g_autofree double *means = NULL, *shares = NULL;
  double penalty, mean_volume = 0;
  gsize n;

  g_return_val_if_fail (BILATERAL_IS_RELATION (self), NULL);
  g_return_val_if_fail (params == NULL || BILATERAL_IS_INFERENCE_PARAMS (params), NULL);

  if (params == NULL)
    params = defaults = bilateral_inference_params_new ();
  series = bilateral_relation_get_series (self, bilateral_inference_params_get_series_params (params));
  weights = bilateral_series_get_values (series, BILATERAL_SERIES_WEIGHT, &n);
  volumes = _bilateral_series_get_volumes (series);
  if (n == 0)
    return G_LIST_MODEL (phases);

  /* Each bin's weight per event, counted by its volume against the
   * series' mean volume: a dyad's number of events moves neither. */
  means = g_new0 (double, n);
  shares = g_new0 (double, n);
  for (gsize b = 0; b < n; b++)
    mean_volume += volumes[b] / n;
  for (gsize b = 0; b < n && mean_volume > 0; b++)
    {
      means[b] = volumes[b] > 0 ? weights[b] / volumes[b] : 0;
      shares[b] = volumes[b] / mean_volume;
    }
  penalty = bilateral_inference_params_get_penalty (params);
  if (penalty <= 0)
    penalty = automatic_penalty (means, shares, n);
  if (bilateral_inference_params_get_method (params) == BILATERAL_SEGMENTATION_BINARY)
    starts = _bilateral_segment_binary (means, shares, n, penalty, bilateral_inference_params_get_min_segment (params));
  else
    starts = _bilateral_segment (means, shares, n, penalty, bilateral_inference_params_get_min_segment (params));

  /* A cut anywhere in a run of empty bins costs the same: a segment begins
   * at its first events, not at the end of the silence before them. */
  for (guint i = 1; i < starts->len; i++)
    {
      guint *start = &g_array_index (starts, guint, i);
      guint next = i + 1 < starts->len ? g_array_index (starts, guint, i + 1) : n;
      while (volumes[*start] <= 0 && *start + 1 + bilateral_inference_params_get_min_segment (params) <= next)
        (*start)++;
    }

  /* Label the segments by their weight per event; join neighbours of one stance. */
  for (guint i = 0; i < starts->len; i++)
    {
      Segment s = { g_array_index (starts, guint, i), i + 1 < starts->len ? g_array_index (starts, guint, i + 1) : n };
      for (guint b = s.start; b < s.end; b++)
        {
          s.weight += weights[b];
          s.volume += volumes[b];
        }
      s.mean = s.volume > 0 ? s.weight / s.volume : 0;
      s.stance = bilateral_inference_params_stance_for (params, s.mean);
      if (segments->len && g_array_index (segments, Segment, segments->len - 1).stance == s.stance)
        {
          Segment *prev = &g_array_index (segments, Segment, segments->len - 1);
          prev->weight += s.weight;
          prev->volume += s.volume;
          prev->mean = prev->volume > 0 ? prev->weight / prev->volume : 0;
          prev->end = s.end;
        }
      else
        g_array_append_val (segments, s);
    }

  for (guint i = 0; i < segments->len; i++)
    {
      Segment *s = &g_array_index (segments, Segment, i);
      g_autoptr (BilateralDate) start = bilateral_series_get_bin_date (series, s->start);
      g_autoptr (BilateralDate) end = i + 1 < segments->len ? bilateral_series_get_bin_date (series, s->end) : NULL;
      g_autofree char *first = bin_text (series, s->start);
      g_autofree char *last = bin_text (series, s->end - 1);
      g_autofree char *id = g_strdup_printf ("inferred-%s", first);
      g_autofree char *summary = NULL;
      g_autoptr (BilateralPhase) phase = NULL;
      double weight = 0;
      /* Which way the index moved into this phase: from the last one's mean, or from nothing. */
      double moved = s->mean - (i > 0 ? g_array_index (segments, Segment, i - 1).mean : 0);
      BilateralEvent *opening = opening_event (
        self, series, s, moved >= 0 ? 1.0 : -1.0,
        bilateral_series_get_direction (series) == BILATERAL_SERIES_UNDIRECTED &&
          bilateral_series_params_get_impacts (bilateral_inference_params_get_series_params (params)),
        &weight);

      if (opening)
        summary = g_strdup_printf ("Mean weight %+.2f an event from %s to %s; opened by %s (%+.1f).", s->mean, first, last,
                                   bilateral_event_get_id (opening), weight);
      else
        summary = g_strdup_printf ("Mean weight %+.2f an event from %s to %s.", s->mean, first, last);
      phase = g_object_new (BILATERAL_TYPE_PHASE, "id", id, "first", bilateral_relation_get_first (self), "second",
                            bilateral_relation_get_second (self), "start", start, "end", end, "stance", s->stance, "label",
                            "Inferred", "summary", summary, "opening-event", opening, "origin", BILATERAL_PHASE_ORIGIN_INFERRED,
                            "citations", opening ? bilateral_event_get_citations (opening) : NULL, NULL);
      g_list_store_append (phases, phase);
    }
  return G_LIST_MODEL (phases);
}
