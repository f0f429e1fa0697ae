/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "bilateral-private.h"

/**
 * BilateralPhaseComparison:
 *
 * How two lists of phases of one dyad agree — curated against inferred,
 * say: on how many days their stances agree exactly and in sign, how far
 * apart their boundaries are, which boundaries each has that the other
 * lacks, and the two measures change-point benchmarks report (van den Burg
 * and Williams 2020, TCPDBench): the F1 score of the boundaries within a
 * margin, and the covering of one partition by the other. Make one with
 * bilateral_phases_compare().
 */

struct _BilateralPhaseComparison {
  GObject parent_instance;
  guint days;
  double exact;
  double sign;
  double distance;
  double f1;
  double covering;
  GPtrArray *unmatched[2];
};

G_DEFINE_FINAL_TYPE (BilateralPhaseComparison, bilateral_phase_comparison, G_TYPE_OBJECT)

static void
bilateral_phase_comparison_finalize (GObject *object)
{
  BilateralPhaseComparison *self = BILATERAL_PHASE_COMPARISON (object);

  g_clear_pointer (&self->unmatched[0], g_ptr_array_unref);
  g_clear_pointer (&self->unmatched[1], g_ptr_array_unref);
  G_OBJECT_CLASS (bilateral_phase_comparison_parent_class)->finalize (object);
}

static void
bilateral_phase_comparison_class_init (BilateralPhaseComparisonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bilateral_phase_comparison_finalize;
}

static void
bilateral_phase_comparison_init (BilateralPhaseComparison *self)
{
  self->unmatched[0] = g_ptr_array_new_with_free_func ((GDestroyNotify) bilateral_date_unref);
  self->unmatched[1] = g_ptr_array_new_with_free_func ((GDestroyNotify) bilateral_date_unref);
}

typedef struct {
  gint32 first; /* inclusive */
  gint32 end;   /* exclusive */
  int stance;
} Span;

static int
compare_spans (gconstpointer a, gconstpointer b)
{
  const Span *x = a, *y = b;
  return (x->first > y->first) - (x->first < y->first);
}

static GArray *
spans_of (GListModel *phases)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (Span));

  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr (BilateralPhase) phase = g_list_model_get_item (phases, i);
      Span s = { bilateral_phase_get_first_day (phase), bilateral_phase_get_end_day (phase), bilateral_phase_get_stance (phase) };
      g_array_append_val (spans, s);
    }
  g_array_sort (spans, compare_spans);
  return spans;
}

/* The days where a phase begins that another did not run up to: the
 * interior boundaries of a list, within the compared days. */
static GArray *
boundaries_of (GArray *spans, gint32 first, gint32 end)
{
  GArray *days = g_array_new (FALSE, FALSE, sizeof (gint32));

  for (guint i = 1; i < spans->len; i++)
    {
      gint32 day = g_array_index (spans, Span, i).first;
      if (day > first && day < end)
        g_array_append_val (days, day);
    }
  return days;
}

static const Span *
span_at (GArray *spans, gint32 day)
{
  for (guint i = 0; i < spans->len; i++)
    {
      const Span *s = &g_array_index (spans, Span, i);
      if (s->first <= day && day < s->end)
        return s;
    }
  return NULL;
}

static gint64
nearest (GArray *days, gint32 day)
{
  gint64 best = G_MAXINT64;

  for (guint i = 0; i < days->len; i++)
    best = MIN (best, ABS ((gint64) g_array_index (days, gint32, i) - day));
  return best;
}

/* F1 of @found against @truth, each with the start of the compared days
 * added (as TCPDBench counts it): a boundary of @truth is found if one of
 * @found, not matched before, lies within @margin days. */
static double
boundary_f1 (GArray *truth, GArray *found, guint margin)
{
  g_autofree gboolean *used = g_new0 (gboolean, found->len + 1);
  guint matched = 1; /* the starts */

  for (guint i = 0; i < truth->len; i++)
    {
      gint32 day = g_array_index (truth, gint32, i);
      gint64 best = G_MAXINT64;
      guint best_j = 0;
      for (guint j = 0; j < found->len; j++)
        {
          gint64 d = ABS ((gint64) g_array_index (found, gint32, j) - day);
          if (!used[j] && d <= margin && d < best)
            {
              best = d;
              best_j = j;
            }
        }
      if (best != G_MAXINT64)
        {
          used[best_j] = TRUE;
          matched++;
        }
    }
  {
    double precision = (double) matched / (found->len + 1), recall = (double) matched / (truth->len + 1);
    return 2 * precision * recall / (precision + recall);
  }
}

/* The segments of @bounds over [first, end): their starts, then end. */
static GArray *
cuts_of (GArray *bounds, gint32 first, gint32 end)
{
  GArray *cuts = g_array_new (FALSE, FALSE, sizeof (gint32));

  g_array_append_val (cuts, first);
  g_array_append_vals (cuts, bounds->data, bounds->len);
  g_array_append_val (cuts, end);
  return cuts;
}

/* How well @found's segments cover @truth's: each of @truth's weighted by
 * its length, its best Jaccard index with one of @found's (Arbelaez et al.
 * 2011, as TCPDBench computes it). */
static double
covering (GArray *truth, GArray *found, gint32 first, gint32 end)
{
  g_autoptr (GArray) a = cuts_of (truth, first, end);
  g_autoptr (GArray) b = cuts_of (found, first, end);
  double total = 0;

  for (guint i = 0; i + 1 < a->len; i++)
    {
      gint32 a0 = g_array_index (a, gint32, i), a1 = g_array_index (a, gint32, i + 1);
      double best = 0;
      for (guint j = 0; j + 1 < b->len; j++)
        {
          gint32 b0 = g_array_index (b, gint32, j), b1 = g_array_index (b, gint32, j + 1);
          double overlap = MAX (0, MIN (a1, b1) - MAX (a0, b0)), joined = MAX (a1, b1) - MIN (a0, b0);
          best = MAX (best, overlap / joined);
        }
      total += (double) (a1 - a0) * best;
    }
  return total / (end - first);
}

static BilateralDate *
date_of_day (gint32 day)
{
  int y, m, d;

  bilateral_date_ymd_from_day (day, &y, &m, &d);
  return bilateral_date_new_ymd (y, m, d, NULL);
}

/* The latest finite boundary of either list: where an open-ended span stops. */
static gint32
last_finite_day (GArray *a, GArray *b)
{
  gint32 last = G_MININT32;
  GArray *lists[] = { a, b };

  for (guint l = 0; l < 2; l++)
    for (guint i = 0; i < lists[l]->len; i++)
      {
        const Span *s = &g_array_index (lists[l], Span, i);
        last = MAX (last, s->first);
        if (s->end != BILATERAL_DAY_OPEN_END)
          last = MAX (last, s->end);
      }
  return last;
}

/**
 * bilateral_phases_compare:
 * @reference: a #GListModel of #BilateralPhase, as a reference (curated)
 * @other: a #GListModel of #BilateralPhase of the same dyad (inferred)
 * @span: (nullable): the days to compare; %NULL for the days both lists
 *   cover, an open end stopping at the latest boundary of either
 * @tolerance_days: how far apart two boundaries may be and still match
 *
 * Compares two lists of phases of one dyad, day by day over @span: the
 * share of the days both cover on which their stances are the same, and
 * on which they have the same sign (hostile, neutral or friendly); the
 * mean distance, in days, from each interior boundary of either list to
 * the nearest one of the other; and the boundaries of each that the other
 * has none within @tolerance_days of; and, with @reference as the truth,
 * the F1 score of @other's boundaries within @tolerance_days and the
 * covering of @reference's phases by @other's
 * (bilateral_phase_comparison_get_boundary_f1(),
 * bilateral_phase_comparison_get_covering()).
 *
 * Returns: (transfer full): the comparison
 */
BilateralPhaseComparison *
bilateral_phases_compare (GListModel *reference, GListModel *other, const BilateralDate *span, guint tolerance_days)
{
  BilateralPhaseComparison *self;
  GArray *spans[2], *bounds[2];
  gint32 first = G_MININT32, end = G_MAXINT32, fallback_end;
  guint both = 0, exact = 0, sign = 0, n_distances = 0;
  double distances = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (reference) && G_IS_LIST_MODEL (other), NULL);

  self = g_object_new (BILATERAL_TYPE_PHASE_COMPARISON, NULL);
  spans[0] = spans_of (reference);
  spans[1] = spans_of (other);
  fallback_end = last_finite_day (spans[0], spans[1]);
  for (guint l = 0; l < 2; l++)
    if (spans[l]->len)
      {
        first = MAX (first, g_array_index (spans[l], Span, 0).first);
        end = MIN (end, g_array_index (spans[l], Span, spans[l]->len - 1).end);
      }
  if (end == BILATERAL_DAY_OPEN_END)
    end = fallback_end;
  if (span && bilateral_date_get_earliest_day (span) != BILATERAL_DAY_OPEN_START)
    first = bilateral_date_get_earliest_day (span);
  if (span && bilateral_date_get_latest_day (span) != BILATERAL_DAY_OPEN_END)
    end = bilateral_date_get_latest_day (span) + 1;

  for (gint64 day = first; spans[0]->len && spans[1]->len && day < end; day++)
    {
      const Span *a = span_at (spans[0], (gint32) day), *b = span_at (spans[1], (gint32) day);
      if (a == NULL || b == NULL)
        continue;
      both++;
      exact += a->stance == b->stance;
      sign += (a->stance > 0) - (a->stance < 0) == (b->stance > 0) - (b->stance < 0);
    }
  self->days = both;
  self->exact = both ? (double) exact / both : NAN;
  self->sign = both ? (double) sign / both : NAN;

  bounds[0] = boundaries_of (spans[0], first, end);
  bounds[1] = boundaries_of (spans[1], first, end);
  for (guint l = 0; l < 2; l++)
    for (guint i = 0; i < bounds[l]->len; i++)
      {
        gint32 day = g_array_index (bounds[l], gint32, i);
        gint64 d = nearest (bounds[1 - l], day);
        if (d != G_MAXINT64)
          {
            distances += d;
            n_distances++;
          }
        if (d > tolerance_days)
          g_ptr_array_add (self->unmatched[l], date_of_day (day));
      }
  self->distance = n_distances ? distances / n_distances : NAN;
  self->f1 = both ? boundary_f1 (bounds[0], bounds[1], tolerance_days) : NAN;
  self->covering = both && end > first ? covering (bounds[0], bounds[1], first, end) : NAN;
  for (guint l = 0; l < 2; l++)
    {
      g_array_unref (spans[l]);
      g_array_unref (bounds[l]);
    }
  return self;
}

/**
 * bilateral_phase_comparison_get_days:
 * @self: a comparison
 *
 * Gets the number of days both lists cover within the compared span.
 *
 * Returns: the number of days compared
 */
guint
bilateral_phase_comparison_get_days (BilateralPhaseComparison *self)
{
  g_return_val_if_fail (BILATERAL_IS_PHASE_COMPARISON (self), 0);
  return self->days;
}

/**
 * bilateral_phase_comparison_get_exact_agreement:
 * @self: a comparison
 *
 * Gets the share of compared days on which the two stances are the same.
 *
 * Returns: the share, 0 to 1, or NaN if no day was compared
 */
double
bilateral_phase_comparison_get_exact_agreement (BilateralPhaseComparison *self)
{
  g_return_val_if_fail (BILATERAL_IS_PHASE_COMPARISON (self), NAN);
  return self->exact;
}

/**
 * bilateral_phase_comparison_get_sign_agreement:
 * @self: a comparison
 *
 * Gets the share of compared days on which the two stances have the same
 * sign: both hostile-side, both neutral, or both friendly-side.
 *
 * Returns: the share, 0 to 1, or NaN if no day was compared
 */
double
bilateral_phase_comparison_get_sign_agreement (BilateralPhaseComparison *self)
{
  g_return_val_if_fail (BILATERAL_IS_PHASE_COMPARISON (self), NAN);
  return self->sign;
}

/**
 * bilateral_phase_comparison_get_mean_boundary_distance:
 * @self: a comparison
 *
 * Gets the mean distance from each interior boundary of either list to the
 * nearest of the other.
 *
 * Returns: the distance in days, or NaN if either list has no boundary
 */
double
bilateral_phase_comparison_get_mean_boundary_distance (BilateralPhaseComparison *self)
{
  g_return_val_if_fail (BILATERAL_IS_PHASE_COMPARISON (self), NAN);
  return self->distance;
}

/**
 * bilateral_phase_comparison_get_boundary_f1:
 * @self: a comparison
 *
 * Gets the F1 score of the other list's boundaries against the
 * reference's: a reference boundary is found when one of the other's, each
 * used once, lies within the tolerance of bilateral_phases_compare(); the
 * start of the compared days counts as a boundary of both, as TCPDBench
 * counts it, so two lists without interior boundaries score 1.
 *
 * Returns: the score, 0 to 1, or NaN if no day was compared
 */
double
bilateral_phase_comparison_get_boundary_f1 (BilateralPhaseComparison *self)
{
  g_return_val_if_fail (BILATERAL_IS_PHASE_COMPARISON (self), NAN);
  return self->f1;
}

/**
 * bilateral_phase_comparison_get_covering:
 * @self: a comparison
 *
 * Gets the covering of the reference's partition of the compared days by
 * the other's: the mean, over the reference's phases weighted by their
 * days, of each one's best Jaccard index with a phase of the other list.
 * Stances play no part.
 *
 * Returns: the covering, 0 to 1, or NaN if no day was compared
 */
double
bilateral_phase_comparison_get_covering (BilateralPhaseComparison *self)
{
  g_return_val_if_fail (BILATERAL_IS_PHASE_COMPARISON (self), NAN);
  return self->covering;
}

/**
 * bilateral_phase_comparison_get_unmatched_reference:
 * @self: a comparison
 *
 * Gets the boundaries of the reference that the other list has none near.
 *
 * Returns: (transfer none) (element-type Bilateral.Date): the days, in order
 */
GPtrArray *
bilateral_phase_comparison_get_unmatched_reference (BilateralPhaseComparison *self)
{
  g_return_val_if_fail (BILATERAL_IS_PHASE_COMPARISON (self), NULL);
  return self->unmatched[0];
}

/**
 * bilateral_phase_comparison_get_unmatched_other:
 * @self: a comparison
 *
 * Gets the boundaries of the other list that the reference has none near.
 *
 * Returns: (transfer none) (element-type Bilateral.Date): the days, in order
 */
GPtrArray *
bilateral_phase_comparison_get_unmatched_other (BilateralPhaseComparison *self)
{
  g_return_val_if_fail (BILATERAL_IS_PHASE_COMPARISON (self), NULL);
  return self->unmatched[1];
}
