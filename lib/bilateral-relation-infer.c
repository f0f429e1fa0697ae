/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "bilateral-private.h"

/* Phases found in a relation's events: its index segmented by PELT, each
 * segment labelled with a stance by the thresholds of its mean. Part of
 * BilateralRelation. */

/* The squared-error cost of y[a..b) around its mean, from prefix sums. */
static double
segment_cost (const double *s1, const double *s2, guint a, guint b)
{
  double n = b - a, sum = s1[b] - s1[a];

  return (s2[b] - s2[a]) - sum * sum / n;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* 2·σ²·ln n, with σ from the median absolute first difference (robust to the
 * jumps being looked for); 1 where the series does not move. */
static double
automatic_penalty (const double *y, guint n)
{
  g_autofree double *diffs = NULL;
  double sigma;

  if (n < 3)
    return 1.0;
  diffs = g_new (double, n - 1);
  for (guint i = 1; i < n; i++)
    diffs[i - 1] = fabs (y[i] - y[i - 1]);
  qsort (diffs, n - 1, sizeof (double), compare_doubles);
  sigma = diffs[(n - 1) / 2] / (0.6745 * G_SQRT2);
  if (sigma <= 0)
    {
      double mean = 0, var = 0;
      for (guint i = 0; i < n; i++)
        mean += y[i] / n;
      for (guint i = 0; i < n; i++)
        var += (y[i] - mean) * (y[i] - mean) / n;
      sigma = var > 0 ? sqrt (var) / 4 : 1.0;
    }
  return 2 * sigma * sigma * log (n);
}

/* PELT (Killick, Fearnhead and Eckley 2012) for changes in mean: the
 * segment starts, in order, beginning with 0. */
GArray *
_bilateral_segment (const double *y, guint n, double penalty, guint min_segment)
{
  g_autofree double *s1 = g_new0 (double, n + 1);
  g_autofree double *s2 = g_new0 (double, n + 1);
  g_autofree double *f = g_new (double, n + 1);
  g_autofree guint *last = g_new0 (guint, n + 1);
  g_autoptr (GArray) candidates = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (guint));
  guint zero = 0;

  for (guint i = 0; i < n; i++)
    {
      s1[i + 1] = s1[i] + y[i];
      s2[i + 1] = s2[i] + y[i] * y[i];
    }
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
          cost = f[tau] + segment_cost (s1, s2, tau, t) + penalty;
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
          if (t - tau < min_segment || !isfinite (f[tau]) || f[tau] + segment_cost (s1, s2, tau, t) <= f[t])
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
  return starts;
}

typedef struct {
  guint start; /* first bin */
  guint end;   /* one past the last bin */
  double mean;
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
 * doc/methodology.md describes: the relationship index
 * (bilateral_relation_get_series()) is cut into segments of constant mean
 * by change-point detection (PELT, with the penalty and shortest segment
 * of @params); each segment's mean gives its stance by the thresholds of
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
  const double *index;
  double penalty;
  gsize n;

  g_return_val_if_fail (BILATERAL_IS_RELATION (self), NULL);
  g_return_val_if_fail (params == NULL || BILATERAL_IS_INFERENCE_PARAMS (params), NULL);

  if (params == NULL)
    params = defaults = bilateral_inference_params_new ();
  series = bilateral_relation_get_series (self, bilateral_inference_params_get_series_params (params));
  index = bilateral_series_get_index (series, &n);
  if (n == 0)
    return G_LIST_MODEL (phases);

  penalty = bilateral_inference_params_get_penalty (params);
  if (penalty <= 0)
    penalty = automatic_penalty (index, n);
  starts = _bilateral_segment (index, n, penalty, bilateral_inference_params_get_min_segment (params));

  /* Label the segments; join neighbours of one stance. */
  for (guint i = 0; i < starts->len; i++)
    {
      Segment s = { g_array_index (starts, guint, i), i + 1 < starts->len ? g_array_index (starts, guint, i + 1) : n, 0, 0 };
      for (guint b = s.start; b < s.end; b++)
        s.mean += index[b] / (s.end - s.start);
      s.stance = bilateral_inference_params_stance_for (params, s.mean);
      if (segments->len && g_array_index (segments, Segment, segments->len - 1).stance == s.stance)
        {
          Segment *prev = &g_array_index (segments, Segment, segments->len - 1);
          prev->mean = (prev->mean * (prev->end - prev->start) + s.mean * (s.end - s.start)) / (s.end - prev->start);
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
        summary = g_strdup_printf ("Mean index %+.2f from %s to %s; opened by %s (%+.1f).", s->mean, first, last,
                                   bilateral_event_get_id (opening), weight);
      else
        summary = g_strdup_printf ("Mean index %+.2f from %s to %s.", s->mean, first, last);
      phase = g_object_new (BILATERAL_TYPE_PHASE, "id", id, "first", bilateral_relation_get_first (self), "second",
                            bilateral_relation_get_second (self), "start", start, "end", end, "stance", s->stance, "label",
                            "Inferred", "summary", summary, "opening-event", opening, "origin", BILATERAL_PHASE_ORIGIN_INFERRED,
                            "citations", opening ? bilateral_event_get_citations (opening) : NULL, NULL);
      g_list_store_append (phases, phase);
    }
  return G_LIST_MODEL (phases);
}
