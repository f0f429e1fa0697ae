/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-private.h"

/**
 * BilateralRelation:
 *
 * The view of one dyad in an archive: the events between the two sides,
 * the phases of their relationship, and the events of others that bore on
 * it (#BilateralImpact).
 *
 * A relation is succession-aware: a state stands for every state it
 * continues or that continues it, so the relation of Pakistan with the
 * Russian Federation holds the years of Pakistan with the USSR. A person
 * stands for the actor they act for.
 *
 * Get one with bilateral_archive_get_relation(), or every one with
 * bilateral_archive_get_relations(). A relation is a live view: events and
 * phases the archive gains later show in its lists, which say
 * items-changed. (Succession links added later do not change which states
 * it counts as one; ask the archive for the relation again.)
 */

struct _BilateralRelation {
  GObject parent_instance;
  BilateralActor *first;
  BilateralActor *second;
  BilateralActor *root1, *root2; /* the principals the dyad is of */
  BilateralArrayList *events;
  GListModel *events_view; /* what the getter gives */
  GListStore *phases;
  GListModel *phases_view; /* what the getter gives */
  BilateralArrayList *third_party_events;
  GListModel *third_party_events_view; /* what the getter gives */
  GArray *directions;                  /* guint8 per event: BILATERAL_RELATION_FORWARD or _BACKWARD */
  GArray *impact_weights;              /* double per third-party event: the sum of its impacts' weights on the dyad */
};

G_DEFINE_FINAL_TYPE (BilateralRelation, bilateral_relation, G_TYPE_OBJECT)

static void
bilateral_relation_finalize (GObject *object)
{
  BilateralRelation *self = BILATERAL_RELATION (object);

  g_clear_object (&self->first);
  g_clear_object (&self->second);
  g_clear_object (&self->events_view);
  g_clear_object (&self->events);
  g_clear_object (&self->phases_view);
  g_clear_object (&self->phases);
  g_clear_object (&self->third_party_events_view);
  g_clear_object (&self->third_party_events);
  g_clear_pointer (&self->directions, g_array_unref);
  g_clear_pointer (&self->impact_weights, g_array_unref);
  G_OBJECT_CLASS (bilateral_relation_parent_class)->finalize (object);
}

enum { PROP_0, PROP_FIRST, PROP_SECOND, PROP_EVENTS, PROP_PHASES, PROP_THIRD_PARTY_EVENTS, N_PROPS };

static GParamSpec *props[N_PROPS];

static void
bilateral_relation_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BilateralRelation *self = BILATERAL_RELATION (object);

  switch (prop_id)
    {
    case PROP_FIRST: g_value_set_object (value, self->first); break;
    case PROP_SECOND: g_value_set_object (value, self->second); break;
    case PROP_EVENTS: g_value_set_object (value, self->events_view); break;
    case PROP_PHASES: g_value_set_object (value, self->phases_view); break;
    case PROP_THIRD_PARTY_EVENTS: g_value_set_object (value, self->third_party_events_view); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_relation_class_init (BilateralRelationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bilateral_relation_finalize;
  G_OBJECT_CLASS (klass)->get_property = bilateral_relation_get_property;
  /**
   * BilateralRelation:first:
   *
   * The first actor, as asked for.
   */
  props[PROP_FIRST] = g_param_spec_object ("first", NULL, NULL, BILATERAL_TYPE_ACTOR, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BilateralRelation:second:
   *
   * The second actor, as asked for.
   */
  props[PROP_SECOND] = g_param_spec_object ("second", NULL, NULL, BILATERAL_TYPE_ACTOR,
                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BilateralRelation:events:
   *
   * The events between the two sides, in date order (bilateral_relation_get_events()).
   */
  props[PROP_EVENTS] = g_param_spec_object ("events", NULL, NULL, G_TYPE_LIST_MODEL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BilateralRelation:phases:
   *
   * The phases of the relationship, in date order.
   */
  props[PROP_PHASES] = g_param_spec_object ("phases", NULL, NULL, G_TYPE_LIST_MODEL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BilateralRelation:third-party-events:
   *
   * The events of others that bore on the dyad.
   */
  props[PROP_THIRD_PARTY_EVENTS] = g_param_spec_object ("third-party-events", NULL, NULL, G_TYPE_LIST_MODEL,
                                                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (G_OBJECT_CLASS (klass), N_PROPS, props);
}

static void
bilateral_relation_init (BilateralRelation *self)
{
  self->events = _bilateral_array_list_new (BILATERAL_TYPE_EVENT);
  self->events_view = _bilateral_list_view_new (G_LIST_MODEL (self->events));
  self->phases = g_list_store_new (BILATERAL_TYPE_PHASE);
  self->phases_view = _bilateral_list_view_new (G_LIST_MODEL (self->phases));
  self->third_party_events = _bilateral_array_list_new (BILATERAL_TYPE_EVENT);
  self->third_party_events_view = _bilateral_list_view_new (G_LIST_MODEL (self->third_party_events));
  self->directions = g_array_new (FALSE, FALSE, sizeof (guint8));
  self->impact_weights = g_array_new (FALSE, FALSE, sizeof (double));
}

static gboolean
same_dyad (BilateralArchive *archive, BilateralActor *root1, BilateralActor *root2, BilateralActor *a, BilateralActor *b,
           const BilateralDate *date)
{
  BilateralActor *ra, *rb;

  if (a == NULL || b == NULL)
    return FALSE;
  ra = _bilateral_archive_principal_at (archive, a, date);
  rb = _bilateral_archive_principal_at (archive, b, date);
  return (ra == root1 && rb == root2) || (ra == root2 && rb == root1);
}

/* Whether the event bore on the dyad, and with what weight in all. */
static gboolean
bears_on_dyad (BilateralArchive *archive, BilateralActor *root1, BilateralActor *root2, BilateralEvent *event, double *weight)
{
  GListModel *impacts = bilateral_event_get_impacts (event);
  guint n = g_list_model_get_n_items (impacts);
  gboolean bears = FALSE;

  *weight = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BilateralImpact) impact = g_list_model_get_item (impacts, i);
      if (same_dyad (archive, root1, root2, bilateral_impact_get_first (impact), bilateral_impact_get_second (impact),
                     bilateral_event_get_date (event)))
        {
          bears = TRUE;
          *weight += bilateral_impact_get_weight (impact);
        }
    }
  return bears;
}

/* Where a record goes in a date-ordered store: after every one that sorts before it. */
static guint
sorted_position (GListModel *list, gpointer item, GCompareDataFunc compare)
{
  guint lo = 0, hi = g_list_model_get_n_items (list);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr (GObject) other = g_list_model_get_item (list, mid);
      if (compare (other, item, NULL) <= 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

typedef enum { EVENT_ELSEWHERE, EVENT_OF_THE_DYAD, EVENT_BEARING_ON_IT } EventPlace;

/* Whether an event is the dyad's own (and which way), bears on it (and
 * with what weight in all), or neither; its actors count at its date. */
static EventPlace
place_event (BilateralRelation *self, BilateralArchive *archive, BilateralEvent *event, guint8 *direction, double *weight)
{
  const BilateralDate *date = bilateral_event_get_date (event);

  if (same_dyad (archive, self->root1, self->root2, bilateral_event_get_source (event), bilateral_event_get_target (event), date))
    {
      *direction = _bilateral_archive_principal_at (archive, bilateral_event_get_source (event), date) == self->root1
                     ? BILATERAL_RELATION_FORWARD
                     : BILATERAL_RELATION_BACKWARD;
      return EVENT_OF_THE_DYAD;
    }
  return bears_on_dyad (archive, self->root1, self->root2, event, weight) ? EVENT_BEARING_ON_IT : EVENT_ELSEWHERE;
}

static gboolean
phase_of_the_dyad (BilateralRelation *self, BilateralArchive *archive, BilateralPhase *phase)
{
  return same_dyad (archive, self->root1, self->root2, bilateral_phase_get_first (phase), bilateral_phase_get_second (phase),
                    bilateral_phase_get_start (phase));
}

void
_bilateral_relation_offer_event (BilateralRelation *self, BilateralArchive *archive, BilateralEvent *event)
{
  double weight;
  guint8 direction;
  EventPlace place = place_event (self, archive, event, &direction, &weight);

  if (place == EVENT_OF_THE_DYAD)
    {
      guint at = _bilateral_array_list_position (self->events, event, _bilateral_event_compare);
      g_array_insert_val (self->directions, at, direction);
      _bilateral_array_list_splice (self->events, at, (gpointer *) &event, 1);
    }
  else if (place == EVENT_BEARING_ON_IT)
    {
      guint at = _bilateral_array_list_position (self->third_party_events, event, _bilateral_event_compare);
      g_array_insert_val (self->impact_weights, at, weight);
      _bilateral_array_list_splice (self->third_party_events, at, (gpointer *) &event, 1);
    }
}

/* Merges @added (sorted) into @list, and their values (of @size bytes)
 * into @values, parallel to it. */
static void
merge_with_values (BilateralArrayList *list, GArray *values, GPtrArray *added, GArray *added_values, guint size)
{
  guint old_n = values->len, from, k = 0;
  g_autofree guint *placed = g_new (guint, added->len + 1);
  g_autoptr (GArray) tail = NULL;

  _bilateral_array_list_merge (list, added, _bilateral_event_compare, &from, placed);
  if (added->len == 0)
    return;
  tail = g_array_sized_new (FALSE, FALSE, size, old_n - from);
  g_array_append_vals (tail, values->data + (gsize) from * size, old_n - from);
  g_array_set_size (values, from);
  for (guint at = from, old = 0; old < tail->len || k < added->len; at++)
    if (k < added->len && placed[k] == at)
      g_array_append_vals (values, added_values->data + (gsize) k++ * size, 1);
    else
      g_array_append_vals (values, tail->data + (gsize) old++ * size, 1);
}

void
_bilateral_relation_offer_events (BilateralRelation *self, BilateralArchive *archive, GPtrArray *events)
{
  g_autoptr (GPtrArray) own = g_ptr_array_new ();
  g_autoptr (GPtrArray) bearing = g_ptr_array_new ();
  g_autoptr (GArray) directions = g_array_new (FALSE, FALSE, sizeof (guint8));
  g_autoptr (GArray) weights = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < events->len; i++)
    {
      double weight;
      guint8 direction;
      EventPlace place = place_event (self, archive, events->pdata[i], &direction, &weight);
      if (place == EVENT_OF_THE_DYAD)
        {
          g_ptr_array_add (own, events->pdata[i]);
          g_array_append_val (directions, direction);
        }
      else if (place == EVENT_BEARING_ON_IT)
        {
          g_ptr_array_add (bearing, events->pdata[i]);
          g_array_append_val (weights, weight);
        }
    }
  merge_with_values (self->events, self->directions, own, directions, sizeof (guint8));
  merge_with_values (self->third_party_events, self->impact_weights, bearing, weights, sizeof (double));
}

void
_bilateral_relation_offer_phase (BilateralRelation *self, BilateralArchive *archive, BilateralPhase *phase)
{
  if (phase_of_the_dyad (self, archive, phase))
    g_list_store_insert (self->phases, sorted_position (G_LIST_MODEL (self->phases), phase, _bilateral_phase_compare), phase);
}

BilateralRelation *
_bilateral_relation_new (BilateralArchive *archive, BilateralActor *first, BilateralActor *second)
{
  BilateralRelation *self = g_object_new (BILATERAL_TYPE_RELATION, NULL);
  GListModel *phases = bilateral_archive_get_phases (archive);
  g_autoptr (GPtrArray) candidates = NULL;
  g_autoptr (GPtrArray) own = NULL;
  g_autoptr (GPtrArray) bearing = NULL;
  guint n;

  self->first = g_object_ref (first);
  self->second = g_object_ref (second);
  self->root1 = _bilateral_archive_principal (archive, first);
  self->root2 = _bilateral_archive_principal (archive, second);

  /* From the archive's index by dyad, in date order: each list goes into
   * its store at once. */
  candidates = _bilateral_archive_dyad_candidates (archive, self->root1, self->root2);
  own = g_ptr_array_sized_new (candidates->len);
  bearing = g_ptr_array_new ();
  for (guint i = 0; i < candidates->len; i++)
    {
      BilateralEvent *event = candidates->pdata[i];
      double weight;
      guint8 direction;
      EventPlace place = place_event (self, archive, event, &direction, &weight);

      if (place == EVENT_OF_THE_DYAD)
        {
          g_ptr_array_add (own, event);
          g_array_append_val (self->directions, direction);
        }
      else if (place == EVENT_BEARING_ON_IT)
        {
          g_ptr_array_add (bearing, event);
          g_array_append_val (self->impact_weights, weight);
        }
    }
  _bilateral_array_list_splice (self->events, 0, own->pdata, own->len);
  _bilateral_array_list_splice (self->third_party_events, 0, bearing->pdata, bearing->len);

  n = g_list_model_get_n_items (phases);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BilateralPhase) phase = g_list_model_get_item (phases, i);
      if (phase_of_the_dyad (self, archive, phase))
        g_list_store_append (self->phases, phase);
    }
  return self;
}

/**
 * bilateral_relation_get_first:
 * @self: a relation
 *
 * Gets the first actor, as asked for.
 *
 * Returns: (transfer none): the first actor, as asked for
 */
BilateralActor *
bilateral_relation_get_first (BilateralRelation *self)
{
  g_return_val_if_fail (BILATERAL_IS_RELATION (self), NULL);
  return self->first;
}

/**
 * bilateral_relation_get_second:
 * @self: a relation
 *
 * Gets the second actor, as asked for.
 *
 * Returns: (transfer none): the second actor, as asked for
 */
BilateralActor *
bilateral_relation_get_second (BilateralRelation *self)
{
  g_return_val_if_fail (BILATERAL_IS_RELATION (self), NULL);
  return self->second;
}

/**
 * bilateral_relation_get_events:
 * @self: a relation
 *
 * The events between the two sides, in either direction, in date order.
 *
 * Returns: (transfer none): a #GListModel of #BilateralEvent
 */
GListModel *
bilateral_relation_get_events (BilateralRelation *self)
{
  g_return_val_if_fail (BILATERAL_IS_RELATION (self), NULL);
  return self->events_view;
}

/**
 * bilateral_relation_get_phases:
 * @self: a relation
 *
 * The phases of the relationship, in date order.
 *
 * Returns: (transfer none): a #GListModel of #BilateralPhase
 */
GListModel *
bilateral_relation_get_phases (BilateralRelation *self)
{
  g_return_val_if_fail (BILATERAL_IS_RELATION (self), NULL);
  return self->phases_view;
}

/**
 * bilateral_relation_get_third_party_events:
 * @self: a relation
 *
 * The events of other dyads that had an impact on this one, in date
 * order; bilateral_event_get_impacts() says how.
 *
 * Returns: (transfer none): a #GListModel of #BilateralEvent
 */
GListModel *
bilateral_relation_get_third_party_events (BilateralRelation *self)
{
  g_return_val_if_fail (BILATERAL_IS_RELATION (self), NULL);
  return self->third_party_events_view;
}

/**
 * bilateral_relation_phase_at:
 * @self: a relation
 * @date: a date
 *
 * The phase the relationship was in at @date. When @date covers more than
 * one day and phases changed within it (`1958` when a phase ended in
 * June), the phase that holds most of its days wins, the earlier one on a
 * tie.
 *
 * Returns: (transfer none) (nullable): the phase, or %NULL if no phase
 *   covers @date
 */
BilateralPhase *
bilateral_relation_phase_at (BilateralRelation *self, const BilateralDate *date)
{
  BilateralPhase *best = NULL;
  gint64 best_days = 0;
  gint64 first, last;
  guint n;

  g_return_val_if_fail (BILATERAL_IS_RELATION (self), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  first = bilateral_date_get_earliest_day (date);
  last = (gint64) bilateral_date_get_latest_day (date) + 1;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->phases));
  for (guint i = 0; i < n; i++)
    {
      BilateralPhase *phase = g_list_model_get_item (G_LIST_MODEL (self->phases), i);
      gint64 lo = MAX (first, (gint64) bilateral_phase_get_first_day (phase));
      gint64 hi = MIN (last, (gint64) bilateral_phase_get_end_day (phase));

      g_object_unref (phase); /* the store keeps it alive */
      if (hi - lo > best_days)
        {
          best = phase;
          best_days = hi - lo;
        }
    }
  return best;
}

/**
 * bilateral_relation_events_in:
 * @self: a relation
 * @span: a date, usually an interval
 *
 * The events between the two sides that may have happened within @span:
 * those whose date overlaps it.
 *
 * Returns: (transfer full): a #GListModel of #BilateralEvent, in date order
 */
GListModel *
bilateral_relation_events_in (BilateralRelation *self, const BilateralDate *span)
{
  return bilateral_relation_events_in_full (self, span, FALSE);
}

/**
 * bilateral_relation_events_in_full:
 * @self: a relation
 * @span: a date, usually an interval
 * @third_party: %TRUE to take also the events of others that bore on the
 *   dyad (bilateral_relation_get_third_party_events())
 *
 * The events that may have happened within @span, as
 * bilateral_relation_events_in() gives them, and with @third_party those
 * of others that bore on the dyad: for Pakistan and the USSR, 1979/1992
 * holds the Soviet invasion of Afghanistan.
 *
 * Returns: (transfer full): a #GListModel of #BilateralEvent, in date order
 */
GListModel *
bilateral_relation_events_in_full (BilateralRelation *self, const BilateralDate *span, gboolean third_party)
{
  GListStore *store;
  GListModel *lists[2];

  g_return_val_if_fail (BILATERAL_IS_RELATION (self), NULL);
  g_return_val_if_fail (span != NULL, NULL);

  store = g_list_store_new (BILATERAL_TYPE_EVENT);
  lists[0] = G_LIST_MODEL (self->events);
  lists[1] = G_LIST_MODEL (self->third_party_events);
  for (guint l = 0; l < (third_party ? 2u : 1u); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr (BilateralEvent) event = g_list_model_get_item (lists[l], i);
        if (bilateral_date_overlaps (bilateral_event_get_date (event), span))
          g_list_store_insert_sorted (store, event, _bilateral_event_compare, NULL);
      }
  return G_LIST_MODEL (store);
}

guint
_bilateral_relation_get_direction (BilateralRelation *self, guint event_index)
{
  return g_array_index (self->directions, guint8, event_index);
}

double
_bilateral_relation_get_impact_weight (BilateralRelation *self, guint third_party_index)
{
  return g_array_index (self->impact_weights, double, third_party_index);
}

/**
 * bilateral_relation_get_series:
 * @self: a relation
 * @params: (nullable): how to bin it; %NULL for the defaults of
 *   #BilateralSeriesParams
 *
 * Bins the relation's events into a series with its relationship index.
 *
 * Returns: (transfer full): the series
 */
BilateralSeries *
bilateral_relation_get_series (BilateralRelation *self, BilateralSeriesParams *params)
{
  g_autoptr (BilateralSeriesParams) defaults = NULL;

  g_return_val_if_fail (BILATERAL_IS_RELATION (self), NULL);
  g_return_val_if_fail (params == NULL || BILATERAL_IS_SERIES_PARAMS (params), NULL);

  if (params == NULL)
    params = defaults = bilateral_series_params_new ();
  return _bilateral_series_new (self, params);
}
