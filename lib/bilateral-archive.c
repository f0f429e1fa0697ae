/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "bilateral-private.h"

/**
 * BilateralArchive:
 *
 * The container of a history: its sources, actors, succession links,
 * events and phases, with lookups and the view of any dyad
 * (bilateral_archive_get_relation()).
 *
 * An archive is read from a `bilateral/1` JSON document
 * (bilateral_archive_new_from_file()) or built with the `add` functions,
 * each of which checks the record against what the archive holds and
 * refuses it, with an error that says why, rather than hold a dangling
 * reference or two overlapping phases. Events and phases are kept in date
 * order; sources, actors and succession links in the order they were
 * added.
 */

struct _BilateralArchive {
  GObject parent_instance;
  char *title;
  char *description;
  GListStore *sources;
  GListModel *sources_view; /* what the getter gives */
  GListStore *actors;
  GListModel *actors_view; /* what the getter gives */
  GListStore *successions;
  GListModel *successions_view; /* what the getter gives */
  BilateralArrayList *events;
  GListModel *events_view; /* what the getter gives */
  GListStore *phases;
  GListModel *phases_view; /* what the getter gives */
  GHashTable *sources_by_id;
  GHashTable *actors_by_id;
  GHashTable *events_by_id;
  GHashTable *phases_by_id;
  GHashTable *pointers;         /* record → JSON pointer in the document it was loaded from */
  GHashTable *event_indexes;    /* an event loaded → 1 + its index in the document's events */
  BilateralEventIndex *by_dyad; /* made when a relation is first asked for */
  GHashTable *filled;           /* record → BILATERAL_FILLED_* bits */
  GHashTable *relations;        /* "first\nsecond" actor ids → the live relation asked for */
};

G_DEFINE_FINAL_TYPE (BilateralArchive, bilateral_archive, G_TYPE_OBJECT)

enum { PROP_0, PROP_TITLE, PROP_DESCRIPTION, N_PROPS };

static GParamSpec *props[N_PROPS];

/* Continuation chains longer than this are taken for a cycle. */

static void
bilateral_archive_finalize (GObject *object)
{
  BilateralArchive *self = BILATERAL_ARCHIVE (object);

  g_free (self->title);
  g_free (self->description);
  g_clear_pointer (&self->sources_by_id, g_hash_table_unref);
  g_clear_pointer (&self->actors_by_id, g_hash_table_unref);
  g_clear_pointer (&self->events_by_id, g_hash_table_unref);
  g_clear_pointer (&self->phases_by_id, g_hash_table_unref);
  g_clear_pointer (&self->pointers, g_hash_table_unref);
  g_clear_pointer (&self->event_indexes, g_hash_table_unref);
  g_clear_pointer (&self->by_dyad, _bilateral_event_index_free);
  g_clear_pointer (&self->filled, g_hash_table_unref);
  g_clear_pointer (&self->relations, g_hash_table_unref);
  g_clear_object (&self->sources_view);
  g_clear_object (&self->sources);
  g_clear_object (&self->actors_view);
  g_clear_object (&self->actors);
  g_clear_object (&self->successions_view);
  g_clear_object (&self->successions);
  g_clear_object (&self->events_view);
  g_clear_object (&self->events);
  g_clear_object (&self->phases_view);
  g_clear_object (&self->phases);
  G_OBJECT_CLASS (bilateral_archive_parent_class)->finalize (object);
}

static void
bilateral_archive_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BilateralArchive *self = BILATERAL_ARCHIVE (object);

  switch (prop_id)
    {
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_archive_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BilateralArchive *self = BILATERAL_ARCHIVE (object);

  switch (prop_id)
    {
    case PROP_TITLE: bilateral_archive_set_title (self, g_value_get_string (value)); break;
    case PROP_DESCRIPTION: bilateral_archive_set_description (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_archive_class_init (BilateralArchiveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = bilateral_archive_finalize;
  object_class->get_property = bilateral_archive_get_property;
  object_class->set_property = bilateral_archive_set_property;

  /**
   * BilateralArchive:title:
   *
   * The title of the history, or %NULL.
   */
  props[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  /**
   * BilateralArchive:description:
   *
   * A description of the history, or %NULL.
   */
  props[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
bilateral_archive_init (BilateralArchive *self)
{
  self->sources = g_list_store_new (BILATERAL_TYPE_SOURCE);
  self->sources_view = _bilateral_list_view_new (G_LIST_MODEL (self->sources));
  self->actors = g_list_store_new (BILATERAL_TYPE_ACTOR);
  self->actors_view = _bilateral_list_view_new (G_LIST_MODEL (self->actors));
  self->successions = g_list_store_new (BILATERAL_TYPE_SUCCESSION);
  self->successions_view = _bilateral_list_view_new (G_LIST_MODEL (self->successions));
  self->events = _bilateral_array_list_new (BILATERAL_TYPE_EVENT);
  self->events_view = _bilateral_list_view_new (G_LIST_MODEL (self->events));
  self->phases = g_list_store_new (BILATERAL_TYPE_PHASE);
  self->phases_view = _bilateral_list_view_new (G_LIST_MODEL (self->phases));
  self->sources_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->actors_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->events_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->phases_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->pointers = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->event_indexes = g_hash_table_new (NULL, NULL);
  self->filled = g_hash_table_new (NULL, NULL);
  self->relations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

void
_bilateral_archive_set_filled (BilateralArchive *self, gpointer record, guint filled)
{
  g_hash_table_insert (self->filled, record, GUINT_TO_POINTER (filled));
}

guint
_bilateral_archive_get_filled (BilateralArchive *self, gpointer record)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->filled, record));
}

/**
 * bilateral_archive_new:
 *
 * Makes an empty archive.
 *
 * Returns: (transfer full): the archive
 */
BilateralArchive *
bilateral_archive_new (void)
{
  return g_object_new (BILATERAL_TYPE_ARCHIVE, NULL);
}

/**
 * bilateral_archive_get_title:
 * @self: an archive
 *
 * Gets the title of the history.
 *
 * Returns: (transfer none) (nullable): the title of the history
 */
const char *
bilateral_archive_get_title (BilateralArchive *self)
{
  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), NULL);
  return self->title;
}

/**
 * bilateral_archive_set_title:
 * @self: an archive
 * @title: (nullable): the title of the history
 *
 * Sets the title of the history.
 */
void
bilateral_archive_set_title (BilateralArchive *self, const char *title)
{
  g_return_if_fail (BILATERAL_IS_ARCHIVE (self));
  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = _bilateral_dup_text (title);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_TITLE]);
}

/**
 * bilateral_archive_get_description:
 * @self: an archive
 *
 * Gets the description of the history.
 *
 * Returns: (transfer none) (nullable): the description of the history
 */
const char *
bilateral_archive_get_description (BilateralArchive *self)
{
  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), NULL);
  return self->description;
}

/**
 * bilateral_archive_set_description:
 * @self: an archive
 * @description: (nullable): a description of the history
 *
 * Sets the description of the history.
 */
void
bilateral_archive_set_description (BilateralArchive *self, const char *description)
{
  g_return_if_fail (BILATERAL_IS_ARCHIVE (self));
  if (g_strcmp0 (self->description, description) == 0)
    return;
  g_free (self->description);
  self->description = _bilateral_dup_text (description);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_DESCRIPTION]);
}

/**
 * bilateral_archive_get_sources:
 * @self: an archive
 *
 * Gets the list of #BilateralSource, as a #GListModel.
 *
 * Returns: (transfer none): a #GListModel of #BilateralSource
 */
GListModel *
bilateral_archive_get_sources (BilateralArchive *self)
{
  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), NULL);
  return self->sources_view;
}

/**
 * bilateral_archive_get_actors:
 * @self: an archive
 *
 * Gets the list of #BilateralActor, as a #GListModel.
 *
 * Returns: (transfer none): a #GListModel of #BilateralActor
 */
GListModel *
bilateral_archive_get_actors (BilateralArchive *self)
{
  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), NULL);
  return self->actors_view;
}

/**
 * bilateral_archive_get_successions:
 * @self: an archive
 *
 * Gets the list of #BilateralSuccession, as a #GListModel.
 *
 * Returns: (transfer none): a #GListModel of #BilateralSuccession
 */
GListModel *
bilateral_archive_get_successions (BilateralArchive *self)
{
  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), NULL);
  return self->successions_view;
}

/**
 * bilateral_archive_get_events:
 * @self: an archive
 *
 * Gets the list of #BilateralEvent, in date order, as a #GListModel.
 *
 * Returns: (transfer none): a #GListModel of #BilateralEvent, in date order
 */
GListModel *
bilateral_archive_get_events (BilateralArchive *self)
{
  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), NULL);
  return self->events_view;
}

/**
 * bilateral_archive_get_phases:
 * @self: an archive
 *
 * Gets the list of #BilateralPhase, in date order, as a #GListModel.
 *
 * Returns: (transfer none): a #GListModel of #BilateralPhase, in date order
 */
GListModel *
bilateral_archive_get_phases (BilateralArchive *self)
{
  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), NULL);
  return self->phases_view;
}

/**
 * bilateral_archive_lookup_source:
 * @self: an archive
 * @id: a source id
 *
 * Gets the source.
 *
 * Returns: (transfer none) (nullable): the source, or %NULL
 */
BilateralSource *
bilateral_archive_lookup_source (BilateralArchive *self, const char *id)
{
  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->sources_by_id, id);
}

/**
 * bilateral_archive_lookup_event:
 * @self: an archive
 * @id: an event id
 *
 * Gets the event.
 *
 * Returns: (transfer none) (nullable): the event, or %NULL
 */
BilateralEvent *
bilateral_archive_lookup_event (BilateralArchive *self, const char *id)
{
  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->events_by_id, id);
}

/**
 * bilateral_archive_lookup_phase:
 * @self: an archive
 * @id: a phase id
 *
 * Gets the phase.
 *
 * Returns: (transfer none) (nullable): the phase, or %NULL
 */
BilateralPhase *
bilateral_archive_lookup_phase (BilateralArchive *self, const char *id)
{
  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->phases_by_id, id);
}

static char *
fold_name (const char *name)
{
  g_autofree char *normal = g_utf8_normalize (name, -1, G_NORMALIZE_NFKD);
  g_autofree char *folded = g_utf8_casefold (normal ? normal : name, -1);
  GString *plain = g_string_new (NULL);

  /* Drop combining marks, so "Mohammed Ali Jinnāh" finds "Jinnah". */
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (plain, c);
    }
  return g_string_free (plain, FALSE);
}

/**
 * bilateral_archive_lookup_actor:
 * @self: an archive
 * @code: an actor id, a state code in any #BilateralCodeScheme, or a name
 *
 * Finds an actor by its id; failing that, a state by any of its codes
 * (letter codes in any case); failing that, an actor by its name or an
 * alias, ignoring case and accents. When several states share a code (COW
 * and G-W give the USSR and the Russian Federation both 365), the first
 * listed wins; #BilateralState ids are unambiguous.
 *
 * Returns: (transfer none) (nullable): the actor, or %NULL
 */
BilateralActor *
bilateral_archive_lookup_actor (BilateralArchive *self, const char *code)
{
  GListModel *actors;
  BilateralActor *found;
  g_autofree char *folded = NULL;
  guint n;

  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  found = g_hash_table_lookup (self->actors_by_id, code);
  if (found)
    return found;

  actors = G_LIST_MODEL (self->actors);
  n = g_list_model_get_n_items (actors);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BilateralActor) actor = g_list_model_get_item (actors, i);
      if (!BILATERAL_IS_STATE (actor))
        continue;
      for (guint s = 0; s < BILATERAL_N_CODE_SCHEMES; s++)
        {
          const char *own = bilateral_state_get_code (BILATERAL_STATE (actor), s);
          if (own && g_ascii_strcasecmp (own, code) == 0)
            return actor;
        }
    }

  folded = fold_name (code);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BilateralActor) actor = g_list_model_get_item (actors, i);
      g_autofree char *name = fold_name (bilateral_actor_get_name (actor));
      const char *const *aliases = bilateral_actor_get_aliases (actor);

      if (strcmp (name, folded) == 0)
        return actor;
      for (guint a = 0; aliases[a]; a++)
        {
          g_autofree char *alias = fold_name (aliases[a]);
          if (strcmp (alias, folded) == 0)
            return actor;
        }
    }
  return NULL;
}

BilateralActor *
_bilateral_archive_actor_by_id (BilateralArchive *self, const char *id)
{
  return g_hash_table_lookup (self->actors_by_id, id);
}

BilateralState *
_bilateral_archive_continued_state (BilateralArchive *self, BilateralState *state)
{
  GListModel *links = bilateral_state_get_predecessors (state);
  guint n = g_list_model_get_n_items (links);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BilateralSuccession) link = g_list_model_get_item (links, i);
      BilateralActor *pred;

      if (bilateral_succession_get_kind (link) != BILATERAL_SUCCESSION_CONTINUATION)
        continue;
      pred = _bilateral_archive_actor_by_id (self, bilateral_succession_get_predecessor_id (link));
      if (pred && BILATERAL_IS_STATE (pred))
        return BILATERAL_STATE (pred);
    }
  return NULL;
}

/* An event's date, or a phase's start. */
static const BilateralDate *
record_date (gpointer record)
{
  return BILATERAL_IS_EVENT (record) ? bilateral_event_get_date (record) : bilateral_phase_get_start (record);
}

/* The actors whose events may count for @root: those it is the principal
 * of, and every group and person (whose principal may change with time). */
static GPtrArray *
may_act_for (BilateralArchive *self, BilateralActor *root)
{
  GPtrArray *actors = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->actors));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BilateralActor) actor = g_list_model_get_item (G_LIST_MODEL (self->actors), i);
      if (BILATERAL_IS_GROUP (actor) || BILATERAL_IS_PERSON (actor) || _bilateral_archive_principal (self, actor) == root)
        g_ptr_array_add (actors, actor);
    }
  return actors;
}

GPtrArray *
_bilateral_archive_dyad_candidates (BilateralArchive *self, BilateralActor *root1, BilateralActor *root2)
{
  g_autoptr (GPtrArray) firsts = may_act_for (self, root1);
  g_autoptr (GPtrArray) seconds = may_act_for (self, root2);

  if (self->by_dyad == NULL)
    {
      /* The archive's events are in date order: so each pair's are. */
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->events));
      self->by_dyad = _bilateral_event_index_new ();
      for (guint i = 0; i < n; i++)
        _bilateral_event_index_add (self->by_dyad, _bilateral_array_list_peek (self->events, i));
    }

  return _bilateral_event_index_find (self->by_dyad, firsts, seconds);
}

BilateralActor *
_bilateral_archive_principal (BilateralArchive *self, BilateralActor *actor)
{
  return _bilateral_archive_principal_at (self, actor, NULL);
}

/* Whom @actor's records at @date count for: a person's affiliation, a
 * group's during its affiliation's span, and the state a state continues
 * into. With no @date, a group's affiliation counts only if it has no span. */
BilateralActor *
_bilateral_archive_principal_at (BilateralArchive *self, BilateralActor *actor, const BilateralDate *date)
{
  if (BILATERAL_IS_PERSON (actor) && bilateral_person_get_affiliation (BILATERAL_PERSON (actor)))
    actor = bilateral_person_get_affiliation (BILATERAL_PERSON (actor));
  if (BILATERAL_IS_GROUP (actor))
    actor = bilateral_group_acts_for (BILATERAL_GROUP (actor), date);
  if (BILATERAL_IS_STATE (actor))
    {
      BilateralState *state = BILATERAL_STATE (actor), *next;
      /* No chain is longer than the archive has actors, unless it loops:
       * the bound keeps a document with a loop, being checked, from hanging. */
      guint bound = g_list_model_get_n_items (G_LIST_MODEL (self->actors));
      for (guint steps = 0; steps < bound && (next = _bilateral_archive_continued_state (self, state)); steps++)
        state = next;
      actor = BILATERAL_ACTOR (state);
    }
  return actor;
}

/**
 * bilateral_archive_get_relation:
 * @self: an archive
 * @first: an actor of the archive
 * @second: another actor of the archive
 *
 * The view of the dyad of @first and @second: see #BilateralRelation. The
 * archive keeps it, and keeps it up to date as it gains events and phases:
 * asking again gives the same relation.
 *
 * Returns: (transfer full): the relation
 */
BilateralRelation *
bilateral_archive_get_relation (BilateralArchive *self, BilateralActor *first, BilateralActor *second)
{
  g_autofree char *key = NULL;
  BilateralRelation *relation;

  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), NULL);
  g_return_val_if_fail (BILATERAL_IS_ACTOR (first), NULL);
  g_return_val_if_fail (BILATERAL_IS_ACTOR (second), NULL);

  key = g_strconcat (bilateral_actor_get_id (first), "\n", bilateral_actor_get_id (second), NULL);
  relation = g_hash_table_lookup (self->relations, key);
  if (relation == NULL || bilateral_relation_get_first (relation) != first || bilateral_relation_get_second (relation) != second)
    {
      relation = _bilateral_relation_new (self, first, second);
      g_hash_table_insert (self->relations, g_steal_pointer (&key), relation);
    }
  return g_object_ref (relation);
}

static int
compare_relations (gconstpointer a, gconstpointer b, gpointer unused)
{
  BilateralRelation *x = (BilateralRelation *) a, *y = (BilateralRelation *) b;
  int c = strcmp (bilateral_actor_get_id (bilateral_relation_get_first (x)),
                  bilateral_actor_get_id (bilateral_relation_get_first (y)));

  return c ? c
           : strcmp (bilateral_actor_get_id (bilateral_relation_get_second (x)),
                     bilateral_actor_get_id (bilateral_relation_get_second (y)));
}

/**
 * bilateral_archive_get_relations:
 * @self: an archive
 *
 * Every dyad with an event or a phase, as a relation of its two principal
 * actors (a person counts for the actor they act for; a state for the
 * first of its line of continuation), in the order of their ids; each is
 * the live relation bilateral_archive_get_relation() gives. Events with no
 * target make no dyad.
 *
 * Returns: (transfer full): a #GListModel of #BilateralRelation
 */
GListModel *
bilateral_archive_get_relations (BilateralArchive *self)
{
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListStore *store;
  GListModel *view;
  GListModel *lists[2];

  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), NULL);

  store = g_list_store_new (BILATERAL_TYPE_RELATION);
  lists[0] = G_LIST_MODEL (self->events);
  lists[1] = G_LIST_MODEL (self->phases);
  for (guint l = 0; l < 2; l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr (GObject) record = g_list_model_get_item (lists[l], i);
        BilateralActor *a = l == 0 ? bilateral_event_get_source (BILATERAL_EVENT (record))
                                   : bilateral_phase_get_first (BILATERAL_PHASE (record));
        BilateralActor *b = l == 0 ? bilateral_event_get_target (BILATERAL_EVENT (record))
                                   : bilateral_phase_get_second (BILATERAL_PHASE (record));
        g_autofree char *key = NULL;

        if (a == NULL || b == NULL)
          continue;
        a = _bilateral_archive_principal_at (self, a, record_date (record));
        b = _bilateral_archive_principal_at (self, b, record_date (record));
        if (a == b)
          continue;
        if (strcmp (bilateral_actor_get_id (a), bilateral_actor_get_id (b)) > 0)
          {
            BilateralActor *t = a;
            a = b;
            b = t;
          }
        key = g_strconcat (bilateral_actor_get_id (a), "\n", bilateral_actor_get_id (b), NULL);
        if (g_hash_table_add (seen, g_steal_pointer (&key)))
          {
            g_autoptr (BilateralRelation) relation = bilateral_archive_get_relation (self, a, b);
            g_list_store_append (store, relation);
          }
      }
  g_list_store_sort (store, compare_relations, NULL);
  view = _bilateral_list_view_new (G_LIST_MODEL (store));
  g_object_unref (store);
  return view;
}

/* Inserting: no checks; the loader checks everything once all is in. */

static void
remember_pointer (BilateralArchive *self, gpointer record, const char *pointer)
{
  if (pointer)
    g_hash_table_insert (self->pointers, record, g_strdup (pointer));
}

void
_bilateral_archive_insert_source (BilateralArchive *self, BilateralSource *source, const char *pointer)
{
  g_list_store_append (self->sources, source);
  g_hash_table_insert (self->sources_by_id, (gpointer) bilateral_source_get_id (source), source);
  remember_pointer (self, source, pointer);
}

void
_bilateral_archive_insert_actor (BilateralArchive *self, BilateralActor *actor, const char *pointer)
{
  g_list_store_append (self->actors, actor);
  g_hash_table_insert (self->actors_by_id, (gpointer) bilateral_actor_get_id (actor), actor);
  remember_pointer (self, actor, pointer);
}

void
_bilateral_archive_insert_succession (BilateralArchive *self, BilateralSuccession *link, const char *pointer)
{
  BilateralActor *pred = g_hash_table_lookup (self->actors_by_id, bilateral_succession_get_predecessor_id (link));
  BilateralActor *succ = g_hash_table_lookup (self->actors_by_id, bilateral_succession_get_successor_id (link));

  g_list_store_append (self->successions, link);
  if (pred && BILATERAL_IS_STATE (pred))
    _bilateral_state_add_successor (BILATERAL_STATE (pred), link);
  if (succ && BILATERAL_IS_STATE (succ))
    _bilateral_state_add_predecessor (BILATERAL_STATE (succ), link);
  remember_pointer (self, link, pointer);
}

static void
offer_event (BilateralArchive *self, BilateralEvent *event)
{
  GHashTableIter iter;
  gpointer relation;

  g_hash_table_iter_init (&iter, self->relations);
  while (g_hash_table_iter_next (&iter, NULL, &relation))
    _bilateral_relation_offer_event (relation, self, event);
}

void
_bilateral_archive_index_event (BilateralArchive *self, BilateralEvent *event, int index)
{
  g_hash_table_insert (self->events_by_id, (gpointer) bilateral_event_get_id (event), event);
  if (index >= 0)
    g_hash_table_insert (self->event_indexes, event, GUINT_TO_POINTER ((guint) index + 1));
}

void
_bilateral_archive_insert_event (BilateralArchive *self, BilateralEvent *event, int index)
{
  _bilateral_array_list_insert_sorted (self->events, event, _bilateral_event_compare);
  _bilateral_archive_index_event (self, event, index);
  if (self->by_dyad)
    _bilateral_event_index_add (self->by_dyad, event);
  offer_event (self, event);
}

void
_bilateral_archive_add_indexed_events (BilateralArchive *self, GPtrArray *events)
{
  /* A load's events go in at once, in date order, with one items-changed. */
  _bilateral_events_sort (events);
  {
    GHashTableIter iter;
    gpointer relation;
    guint from;

    _bilateral_array_list_merge (self->events, events, _bilateral_event_compare, &from, NULL);
    if (self->by_dyad)
      _bilateral_event_index_add_sorted (self->by_dyad, events);
    g_hash_table_iter_init (&iter, self->relations);
    while (g_hash_table_iter_next (&iter, NULL, &relation))
      _bilateral_relation_offer_events (relation, self, events);
  }
}

void
_bilateral_archive_insert_phase (BilateralArchive *self, BilateralPhase *phase, const char *pointer)
{
  GHashTableIter iter;
  gpointer relation;

  g_list_store_insert_sorted (self->phases, phase, _bilateral_phase_compare, NULL);
  g_hash_table_insert (self->phases_by_id, (gpointer) bilateral_phase_get_id (phase), phase);
  remember_pointer (self, phase, pointer);
  g_hash_table_iter_init (&iter, self->relations);
  while (g_hash_table_iter_next (&iter, NULL, &relation))
    _bilateral_relation_offer_phase (relation, self, phase);
}

char *
_bilateral_archive_pointer_of (BilateralArchive *self, gpointer record)
{
  const char *pointer = g_hash_table_lookup (self->pointers, record);
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->event_indexes, record));

  if (pointer)
    return g_strdup (pointer);
  if (index > 0)
    return g_strdup_printf ("/events/%u", index - 1);
  if (BILATERAL_IS_EVENT (record))
    return g_strdup_printf ("event “%s”", bilateral_event_get_id (record));
  if (BILATERAL_IS_PHASE (record))
    return g_strdup_printf ("phase “%s”", bilateral_phase_get_id (record));
  if (BILATERAL_IS_ACTOR (record))
    return g_strdup_printf ("actor “%s”", bilateral_actor_get_id (record));
  if (BILATERAL_IS_SOURCE (record))
    return g_strdup_printf ("source “%s”", bilateral_source_get_id (record));
  if (BILATERAL_IS_SUCCESSION (record))
    return g_strdup_printf ("succession “%s” → “%s”", bilateral_succession_get_predecessor_id (record),
                            bilateral_succession_get_successor_id (record));
  return g_strdup ("?");
}
