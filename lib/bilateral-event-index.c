/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-private.h"

/* An archive's events by the pair of actors they are between, each pair's
 * in date order, and those that bear on other dyads (impacts): what a
 * relation is built from, so that building one reads its own events and
 * not every event of the archive. */

struct _BilateralEventIndex {
  GHashTable *by_pair; /* Pair → GPtrArray of events, sorted */
  GPtrArray *with_impacts;
  gconstpointer last_low, last_high; /* the pair of the last event added, and */
  GPtrArray *last;                   /* its events: most events follow one of their pair */
};

typedef struct {
  gconstpointer low, high; /* the two actors, by address */
} Pair;

static guint
pair_hash (gconstpointer key)
{
  const Pair *p = key;
  return g_direct_hash (p->low) * 31 + g_direct_hash (p->high);
}

static gboolean
pair_equal (gconstpointer a, gconstpointer b)
{
  const Pair *p = a, *q = b;
  return p->low == q->low && p->high == q->high;
}

static Pair
pair_of (gconstpointer a, gconstpointer b)
{
  return a < b ? (Pair){ a, b } : (Pair){ b, a };
}

BilateralEventIndex *
_bilateral_event_index_new (void)
{
  BilateralEventIndex *self = g_new0 (BilateralEventIndex, 1);

  self->by_pair = g_hash_table_new_full (pair_hash, pair_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  self->with_impacts = g_ptr_array_new ();
  return self;
}

void
_bilateral_event_index_free (BilateralEventIndex *self)
{
  g_hash_table_unref (self->by_pair);
  g_ptr_array_unref (self->with_impacts);
  g_free (self);
}

/* Keeps @events in date order; events mostly come in that order. */
static void
insert_sorted (GPtrArray *events, BilateralEvent *event)
{
  guint lo = 0, hi = events->len;

  if (hi == 0 || _bilateral_event_compare (events->pdata[hi - 1], event, NULL) <= 0)
    {
      g_ptr_array_add (events, event);
      return;
    }
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (_bilateral_event_compare (events->pdata[mid], event, NULL) <= 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  g_ptr_array_insert (events, (gint) lo, event);
}

/* The events are the archive's, which outlives the index: no references. */
void
_bilateral_event_index_add (BilateralEventIndex *self, BilateralEvent *event)
{
  BilateralActor *target = bilateral_event_get_target (event);

  if (target)
    {
      Pair key = pair_of (bilateral_event_get_source (event), target);
      GPtrArray *events = key.low == self->last_low && key.high == self->last_high ? self->last : NULL;
      if (events == NULL && (events = g_hash_table_lookup (self->by_pair, &key)) == NULL)
        {
          events = g_ptr_array_new ();
          g_hash_table_insert (self->by_pair, g_memdup2 (&key, sizeof key), events);
        }
      self->last_low = key.low, self->last_high = key.high, self->last = events;
      insert_sorted (events, event);
    }
  if (g_list_model_get_n_items (bilateral_event_get_impacts (event)) > 0)
    insert_sorted (self->with_impacts, event);
}

/* Many events at once, in date order: each pair's merged in one pass, as
 * one by one they would move the rest of its list each time. */
void
_bilateral_event_index_add_sorted (BilateralEventIndex *self, GPtrArray *events)
{
  g_autoptr (GHashTable)
    batches = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  GHashTableIter iter;
  gpointer list, batch;

  for (guint i = 0; i < events->len; i++)
    {
      BilateralEvent *event = events->pdata[i];
      BilateralActor *target = bilateral_event_get_target (event);
      if (target)
        {
          Pair key = pair_of (bilateral_event_get_source (event), target);
          GPtrArray *to = g_hash_table_lookup (self->by_pair, &key);
          if (to == NULL)
            {
              to = g_ptr_array_new ();
              g_hash_table_insert (self->by_pair, g_memdup2 (&key, sizeof key), to);
            }
          if ((batch = g_hash_table_lookup (batches, to)) == NULL)
            g_hash_table_insert (batches, to, batch = g_ptr_array_new ());
          g_ptr_array_add (batch, event);
        }
      if (g_list_model_get_n_items (bilateral_event_get_impacts (event)) > 0)
        {
          if ((batch = g_hash_table_lookup (batches, self->with_impacts)) == NULL)
            g_hash_table_insert (batches, self->with_impacts, batch = g_ptr_array_new ());
          g_ptr_array_add (batch, event);
        }
    }
  g_hash_table_iter_init (&iter, batches);
  while (g_hash_table_iter_next (&iter, &list, &batch))
    _bilateral_events_merge (list, batch);
  self->last = NULL, self->last_low = self->last_high = NULL;
}

GPtrArray *
_bilateral_event_index_find (BilateralEventIndex *self, GPtrArray *firsts, GPtrArray *seconds)
{
  g_autoptr (GPtrArray) lists = g_ptr_array_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);
  GPtrArray *found;
  guint total = self->with_impacts->len;

  for (guint i = 0; i < firsts->len; i++)
    for (guint j = 0; j < seconds->len; j++)
      {
        Pair key = pair_of (firsts->pdata[i], seconds->pdata[j]);
        GPtrArray *events = g_hash_table_lookup (self->by_pair, &key);
        /* A pair met twice (an actor in both lists) counts once. */
        if (events && g_hash_table_add (seen, events))
          {
            g_ptr_array_add (lists, events);
            total += events->len;
          }
      }
  if (self->with_impacts->len > 0)
    g_ptr_array_add (lists, self->with_impacts);
  found = g_ptr_array_sized_new (total);
  for (guint l = 0; l < lists->len; l++)
    {
      GPtrArray *events = lists->pdata[l];
      for (guint i = 0; i < events->len; i++)
        g_ptr_array_add (found, events->pdata[i]);
    }
  if (lists->len > 1)
    {
      /* Each list is in order; together they need a sort, and an event
       * that is a pair's and has impacts is in two. */
      guint kept = 0;
      _bilateral_events_sort (found);
      for (guint i = 0; i < found->len; i++)
        if (kept == 0 || found->pdata[kept - 1] != found->pdata[i])
          found->pdata[kept++] = found->pdata[i];
      g_ptr_array_set_size (found, kept);
    }
  return found;
}
