/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-private.h"

/* The checks an archive makes of its records, and the `add` functions that
 * run them before taking a record in. Part of BilateralArchive. */

static void
check_citations (BilateralArchive *self, GListModel *citations, const char *where, gboolean required, BilateralProblems *problems)
{
  guint n = g_list_model_get_n_items (citations);

  if (required && n == 0)
    _bilateral_problems_add (problems, BILATERAL_ERROR_SCHEMA, where, "a record needs at least one citation");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BilateralCitation) citation = g_list_model_get_item (citations, i);
      const char *id = bilateral_citation_get_source_id (citation);

      if (bilateral_archive_lookup_source (self, id) == NULL && !_bilateral_problems_forgives (problems, "source", id))
        {
          g_autofree char *at = g_strdup_printf ("%s/citations/%u/source", where, i);
          _bilateral_problems_add (problems, BILATERAL_ERROR_REFERENCE, at, "no source has the id “%s”", id);
        }
    }
}

/* An actor a record names must be the one the archive holds under its id. */
static gboolean
check_actor_member (BilateralArchive *self, BilateralActor *actor, const char *where, const char *member,
                    BilateralProblems *problems)
{
  const char *id = bilateral_actor_get_id (actor);

  if (_bilateral_archive_actor_by_id (self, id) != actor)
    {
      g_autofree char *at = g_strconcat (where, "/", member, NULL);
      _bilateral_problems_add (problems, BILATERAL_ERROR_REFERENCE, at, "the actor “%s” is not in the archive", id);
      return FALSE;
    }
  return TRUE;
}

/* @member: of @where that holds the date */
static void
check_existence (BilateralActor *actor, BilateralDate *date, const char *where, const char *member, BilateralProblems *problems)
{
  BilateralDate *existence = bilateral_actor_get_existence (actor);
  g_autofree char *when = NULL;
  g_autofree char *span = NULL;
  g_autofree char *at = NULL;

  if (bilateral_actor_existed_during (actor, date))
    return;
  at = member ? g_strconcat (where, "/", member, NULL) : g_strdup (where);
  where = at;
  when = bilateral_date_to_string (date);
  span = bilateral_date_to_string (existence);
  _bilateral_problems_add (problems, BILATERAL_ERROR_INVALID, where, "%s is outside the existence of “%s” (%s)", when,
                           bilateral_actor_get_id (actor), span);
}

static void
check_actor (BilateralArchive *self, BilateralActor *actor, BilateralProblems *problems)
{
  g_autofree char *where = _bilateral_archive_pointer_of (self, actor);

  check_citations (self, bilateral_actor_get_citations (actor), where, FALSE, problems);
  if (BILATERAL_IS_PERSON (actor))
    {
      BilateralActor *affiliation = bilateral_person_get_affiliation (BILATERAL_PERSON (actor));
      if (affiliation)
        check_actor_member (self, affiliation, where, "affiliation", problems);
    }
  if (BILATERAL_IS_GROUP (actor))
    {
      BilateralActor *affiliation = bilateral_group_get_affiliation (BILATERAL_GROUP (actor));
      if (affiliation)
        check_actor_member (self, affiliation, where, "affiliation", problems);
    }
}

static void
check_succession (BilateralArchive *self, BilateralSuccession *link, BilateralProblems *problems)
{
  g_autofree char *where = _bilateral_archive_pointer_of (self, link);
  const char *ids[2] = { bilateral_succession_get_predecessor_id (link), bilateral_succession_get_successor_id (link) };
  const char *members[2] = { "predecessor", "successor" };
  BilateralState *states[2] = { NULL, NULL };

  for (guint i = 0; i < 2; i++)
    {
      BilateralActor *actor = _bilateral_archive_actor_by_id (self, ids[i]);
      g_autofree char *at = g_strdup_printf ("%s/%s", where, members[i]);

      if (actor == NULL)
        _bilateral_problems_add (problems, BILATERAL_ERROR_REFERENCE, at, "no actor has the id “%s”", ids[i]);
      else if (!BILATERAL_IS_STATE (actor))
        _bilateral_problems_add (problems, BILATERAL_ERROR_REFERENCE, at, "“%s” is not a state", ids[i]);
      else
        states[i] = BILATERAL_STATE (actor);
    }
  if (states[0] && states[0] == states[1])
    _bilateral_problems_add (problems, BILATERAL_ERROR_INVALID, where, "a state cannot succeed itself");
  check_citations (self, bilateral_succession_get_citations (link), where, FALSE, problems);
}

/* Whether a chain of succession links leads from @from to @to: a link from
 * @to to @from would close a loop. Each state is visited once. */
static gboolean
succession_reaches (BilateralArchive *self, BilateralState *from, BilateralState *to)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr (GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, from);
  while (stack->len)
    {
      BilateralState *state = g_ptr_array_steal_index_fast (stack, stack->len - 1);
      GListModel *links = bilateral_state_get_successors (state);

      if (state == to)
        return TRUE;
      if (!g_hash_table_add (seen, state))
        continue;
      for (guint i = 0; i < g_list_model_get_n_items (links); i++)
        {
          g_autoptr (BilateralSuccession) link = g_list_model_get_item (links, i);
          BilateralActor *next = _bilateral_archive_actor_by_id (self, bilateral_succession_get_successor_id (link));
          if (next && BILATERAL_IS_STATE (next) && !g_hash_table_contains (seen, next))
            g_ptr_array_add (stack, next);
        }
    }
  return FALSE;
}

static gboolean
same_link (BilateralSuccession *a, BilateralSuccession *b)
{
  return g_str_equal (bilateral_succession_get_predecessor_id (a), bilateral_succession_get_predecessor_id (b)) &&
         g_str_equal (bilateral_succession_get_successor_id (a), bilateral_succession_get_successor_id (b));
}

static void
loop_problem (BilateralArchive *self, BilateralSuccession *link, BilateralProblems *problems)
{
  g_autofree char *where = _bilateral_archive_pointer_of (self, link);
  const char *ids[2] = { bilateral_succession_get_predecessor_id (link), bilateral_succession_get_successor_id (link) };

  if (bilateral_succession_get_kind (link) == BILATERAL_SUCCESSION_CONTINUATION)
    _bilateral_problems_add (problems, BILATERAL_ERROR_INVALID, where,
                             "“%s” and “%s” would continue each other: the link closes a loop of succession", ids[0], ids[1]);
  else
    _bilateral_problems_add (problems, BILATERAL_ERROR_INVALID, where,
                             "“%s” → “%s” closes a loop: “%s” already comes before “%s”", ids[0], ids[1], ids[1], ids[0]);
}

/* A link not yet in the archive must not repeat one, nor close a loop. */
static void
check_new_succession (BilateralArchive *self, BilateralSuccession *link, BilateralProblems *problems)
{
  BilateralActor *pred = _bilateral_archive_actor_by_id (self, bilateral_succession_get_predecessor_id (link));
  BilateralActor *succ = _bilateral_archive_actor_by_id (self, bilateral_succession_get_successor_id (link));
  GListModel *links;

  if (!pred || !succ || !BILATERAL_IS_STATE (pred) || !BILATERAL_IS_STATE (succ) || pred == succ)
    return;
  links = bilateral_state_get_successors (BILATERAL_STATE (pred));
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr (BilateralSuccession) other = g_list_model_get_item (links, i);
      if (same_link (link, other))
        {
          g_autofree char *where = _bilateral_archive_pointer_of (self, link);
          _bilateral_problems_add (problems, BILATERAL_ERROR_INVALID, where, "the archive links “%s” to “%s” already",
                                   bilateral_succession_get_predecessor_id (link), bilateral_succession_get_successor_id (link));
          return;
        }
    }
  if (succession_reaches (self, BILATERAL_STATE (succ), BILATERAL_STATE (pred)))
    loop_problem (self, link, problems);
}

/* Every link of the archive at once: repeated links, and loops, found by
 * one depth-first walk of the states (white, grey, black), so the cost is
 * linear in the links, not quadratic. */
typedef struct {
  const char *id;
  guint next; /* the next of its links to follow */
} Frame;

static void
check_succession_graph (BilateralArchive *self, BilateralProblems *problems)
{
  GListModel *links = bilateral_archive_get_successions (self);
  guint n = g_list_model_get_n_items (links);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) out = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr (GHashTable) colour = g_hash_table_new (g_str_hash, g_str_equal); /* absent: white, 1 grey, 2 black */
  g_autoptr (GArray) stack = g_array_new (FALSE, FALSE, sizeof (Frame));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BilateralSuccession) link = g_list_model_get_item (links, i);
      const char *pred = bilateral_succession_get_predecessor_id (link), *succ = bilateral_succession_get_successor_id (link);
      char *key = g_strconcat (pred, "\n", succ, NULL);
      GPtrArray *edges;

      if (g_str_equal (pred, succ))
        {
          g_free (key);
          continue; /* reported as a state succeeding itself */
        }
      if (!g_hash_table_add (seen, key))
        {
          g_autofree char *where = _bilateral_archive_pointer_of (self, link);
          _bilateral_problems_add (problems, BILATERAL_ERROR_INVALID, where, "a link from “%s” to “%s” is given twice", pred,
                                   succ);
          continue;
        }
      if (!(edges = g_hash_table_lookup (out, pred)))
        g_hash_table_insert (out, (gpointer) pred, edges = g_ptr_array_new ());
      g_ptr_array_add (edges, link); /* the archive keeps it */
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BilateralSuccession) root = g_list_model_get_item (links, i);
      Frame top = { bilateral_succession_get_predecessor_id (root), 0 };

      if (g_hash_table_contains (colour, top.id))
        continue;
      g_hash_table_insert (colour, (gpointer) top.id, GUINT_TO_POINTER (1));
      g_array_append_val (stack, top);
      while (stack->len)
        {
          Frame *f = &g_array_index (stack, Frame, stack->len - 1);
          GPtrArray *edges = g_hash_table_lookup (out, f->id);
          BilateralSuccession *link;
          const char *next;
          guint c;

          if (edges == NULL || f->next >= edges->len)
            {
              g_hash_table_insert (colour, (gpointer) f->id, GUINT_TO_POINTER (2));
              g_array_set_size (stack, stack->len - 1);
              continue;
            }
          link = g_ptr_array_index (edges, f->next++);
          next = bilateral_succession_get_successor_id (link);
          c = GPOINTER_TO_UINT (g_hash_table_lookup (colour, next));
          if (c == 1)
            loop_problem (self, link, problems);
          else if (c == 0)
            {
              Frame push = { next, 0 };
              g_hash_table_insert (colour, (gpointer) next, GUINT_TO_POINTER (1));
              g_array_append_val (stack, push);
            }
        }
    }
}

/* @where: the event's pointer, or NULL for what the archive knows of it.
 * Reads of the archive only its actors and sources, so that a loader may
 * check events as it reads them, on two threads. */
void
_bilateral_archive_check_event (BilateralArchive *self, BilateralEvent *event, const char *where, BilateralProblems *problems)
{
  g_autofree char *own_where = where ? NULL : _bilateral_archive_pointer_of (self, event);
  BilateralDate *date = bilateral_event_get_date (event);
  BilateralActor *source = bilateral_event_get_source (event);
  BilateralActor *target = bilateral_event_get_target (event);
  GListModel *impacts = bilateral_event_get_impacts (event);
  guint n;

  if (where == NULL)
    where = own_where;

  if (check_actor_member (self, source, where, "source", problems))
    check_existence (source, date, where, "date", problems);
  if (target && check_actor_member (self, target, where, "target", problems))
    check_existence (target, date, where, "date", problems);
  if (target == source)
    _bilateral_problems_add (problems, BILATERAL_ERROR_INVALID, where, "the source and the target are the same actor");
  if (bilateral_event_get_cameo_code (event) &&
      !bilateral_cameo_lookup (bilateral_cameo_get_default (), bilateral_event_get_cameo_code (event), NULL))
    {
      g_autofree char *at = g_strdup_printf ("%s/cameo", where);
      _bilateral_problems_add (problems, BILATERAL_ERROR_SCHEMA, at, "“%s” is not a code of the CAMEO codebook",
                               bilateral_event_get_cameo_code (event));
    }
  check_citations (self, bilateral_event_get_citations (event), where, TRUE, problems);

  n = g_list_model_get_n_items (impacts);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BilateralImpact) impact = g_list_model_get_item (impacts, i);
      g_autofree char *at = g_strdup_printf ("%s/impacts/%u", where, i);

      check_actor_member (self, bilateral_impact_get_first (impact), at, "dyad/0", problems);
      check_actor_member (self, bilateral_impact_get_second (impact), at, "dyad/1", problems);
      check_citations (self, bilateral_impact_get_citations (impact), at, FALSE, problems);
    }
}

static void
check_phase_event (BilateralArchive *self, BilateralEvent *event, const char *where, const char *member,
                   BilateralProblems *problems)
{
  g_autofree char *at = g_strdup_printf ("%s/%s", where, member);

  if (event && bilateral_archive_lookup_event (self, bilateral_event_get_id (event)) != event)
    _bilateral_problems_add (problems, BILATERAL_ERROR_REFERENCE, at, "the event “%s” is not in the archive",
                             bilateral_event_get_id (event));
}

static void
overlap_problem (BilateralArchive *self, BilateralPhase *phase, BilateralPhase *other, BilateralProblems *problems)
{
  g_autofree char *where = _bilateral_archive_pointer_of (self, phase);
  g_autofree char *other_where = _bilateral_archive_pointer_of (self, other);

  _bilateral_problems_add (problems, BILATERAL_ERROR_INVALID, where, "overlaps %s (“%s”) of the same dyad", other_where,
                           bilateral_phase_get_id (other));
}

static gboolean
same_dyad (BilateralArchive *self, BilateralPhase *phase, BilateralActor *root1, BilateralActor *root2)
{
  BilateralActor *o1 = _bilateral_archive_principal (self, bilateral_phase_get_first (phase));
  BilateralActor *o2 = _bilateral_archive_principal (self, bilateral_phase_get_second (phase));
  return (o1 == root1 && o2 == root2) || (o1 == root2 && o2 == root1);
}

/* A phase's own checks; @overlaps also checks it against every phase of the
 * archive, as adding one phase does. */
static void
check_phase (BilateralArchive *self, BilateralPhase *phase, gboolean overlaps, BilateralProblems *problems)
{
  g_autofree char *where = _bilateral_archive_pointer_of (self, phase);
  BilateralActor *first = bilateral_phase_get_first (phase);
  BilateralActor *second = bilateral_phase_get_second (phase);
  GListModel *phases = bilateral_archive_get_phases (self);
  guint n = g_list_model_get_n_items (phases);
  BilateralActor *root1, *root2;

  if (!check_actor_member (self, first, where, "dyad/0", problems) ||
      !check_actor_member (self, second, where, "dyad/1", problems))
    return;
  if (first == second)
    _bilateral_problems_add (problems, BILATERAL_ERROR_INVALID, where, "a phase needs two different actors");
  check_phase_event (self, bilateral_phase_get_opening_event (phase), where, "opening_event", problems);
  check_phase_event (self, bilateral_phase_get_closing_event (phase), where, "closing_event", problems);
  check_citations (self, bilateral_phase_get_citations (phase), where, TRUE, problems);
  if (!overlaps)
    return;

  root1 = _bilateral_archive_principal (self, first);
  root2 = _bilateral_archive_principal (self, second);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BilateralPhase) other = g_list_model_get_item (phases, i);
      if (other != phase && bilateral_phase_overlaps (phase, other) && same_dyad (self, other, root1, root2))
        overlap_problem (self, phase, other, problems);
    }
}

typedef struct {
  BilateralPhase *phase;
  gpointer dyad[2]; /* the principals, in address order */
  gint32 first_day;
  gint32 end_day;
  guint index; /* in the archive's (date) order */
} PhaseSpan;

static int
compare_spans (gconstpointer a, gconstpointer b)
{
  const PhaseSpan *x = a, *y = b;

  if (x->dyad[0] != y->dyad[0])
    return (guintptr) x->dyad[0] < (guintptr) y->dyad[0] ? -1 : 1;
  if (x->dyad[1] != y->dyad[1])
    return (guintptr) x->dyad[1] < (guintptr) y->dyad[1] ? -1 : 1;
  if (x->first_day != y->first_day)
    return x->first_day < y->first_day ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

/* Overlaps among all the archive's phases: sorted by dyad and first day,
 * each phase is compared with the earlier one of its dyad that ends last,
 * which it overlaps if it overlaps any. O(n log n); each phase that
 * overlaps reports one problem. */
static void
check_phase_overlaps (BilateralArchive *self, BilateralProblems *problems)
{
  GListModel *phases = bilateral_archive_get_phases (self);
  guint n = g_list_model_get_n_items (phases);
  g_autofree PhaseSpan *spans = g_new0 (PhaseSpan, MAX (n, 1));
  const PhaseSpan *reach = NULL; /* of the current dyad, the phase that ends last */

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BilateralPhase) phase = g_list_model_get_item (phases, i);
      BilateralActor *a = _bilateral_archive_principal (self, bilateral_phase_get_first (phase));
      BilateralActor *b = _bilateral_archive_principal (self, bilateral_phase_get_second (phase));

      spans[i] = (PhaseSpan){
        phase, { MIN (a, b), MAX (a, b) }, bilateral_phase_get_first_day (phase), bilateral_phase_get_end_day (phase), i
      };
    }
  qsort (spans, n, sizeof *spans, compare_spans);
  for (guint i = 0; i < n; i++)
    {
      const PhaseSpan *s = &spans[i];

      if (reach && (reach->dyad[0] != s->dyad[0] || reach->dyad[1] != s->dyad[1]))
        reach = NULL;
      if (reach && bilateral_phase_overlaps (s->phase, reach->phase))
        overlap_problem (self, s->phase, reach->phase, problems);
      if (reach == NULL || s->end_day > reach->end_day)
        reach = s;
    }
}

void
_bilateral_archive_check_all (BilateralArchive *self, gboolean events_checked, BilateralProblems *problems)
{
  GListModel *lists[] = {
    bilateral_archive_get_actors (self),
    bilateral_archive_get_successions (self),
    events_checked ? NULL : bilateral_archive_get_events (self),
    bilateral_archive_get_phases (self),
  };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      guint n = lists[l] ? g_list_model_get_n_items (lists[l]) : 0;
      for (guint i = 0; i < n; i++)
        {
          g_autoptr (GObject) record = g_list_model_get_item (lists[l], i);
          if (BILATERAL_IS_ACTOR (record))
            check_actor (self, BILATERAL_ACTOR (record), problems);
          else if (BILATERAL_IS_SUCCESSION (record))
            check_succession (self, BILATERAL_SUCCESSION (record), problems);
          else if (BILATERAL_IS_EVENT (record))
            _bilateral_archive_check_event (self, BILATERAL_EVENT (record), NULL, problems);
          else
            check_phase (self, BILATERAL_PHASE (record), FALSE, problems);
        }
    }
  check_succession_graph (self, problems);
  check_phase_overlaps (self, problems);
}

/**
 * bilateral_archive_validate:
 * @self: an archive
 * @error: return location for a #GError
 *
 * Checks every record against the rest: references resolve, events fall
 * within their actors' existence, events and phases cite a source, and no
 * two phases of one dyad overlap. An archive that was loaded or built with
 * the `add` functions passes; the error lists every problem, each with the
 * JSON pointer of the record in the document it was loaded from (or its
 * id).
 *
 * Returns: %TRUE if the archive is consistent
 */
gboolean
bilateral_archive_validate (BilateralArchive *self, GError **error)
{
  BilateralProblems problems;
  gboolean ok;

  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _bilateral_problems_init (&problems);
  _bilateral_archive_check_all (self, FALSE, &problems);
  ok = _bilateral_problems_to_error (&problems, NULL, error);
  _bilateral_problems_clear (&problems);
  return ok;
}

static gboolean
refuse_duplicate (gpointer existing, const char *kind, const char *id, GError **error)
{
  if (existing == NULL)
    return FALSE;
  g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_REFERENCE, "the archive has a %s with the id “%s” already", kind, id);
  return TRUE;
}

static gboolean
finish_check (BilateralProblems *problems, GError **error)
{
  gboolean ok = _bilateral_problems_to_error (problems, NULL, error);

  _bilateral_problems_clear (problems);
  return ok;
}

/**
 * bilateral_archive_add_source:
 * @self: an archive
 * @source: a source
 * @error: return location for a #GError
 *
 * Adds a source; its id must be new to the archive.
 *
 * Returns: %TRUE if the source was added
 */
gboolean
bilateral_archive_add_source (BilateralArchive *self, BilateralSource *source, GError **error)
{
  const char *id;

  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), FALSE);
  g_return_val_if_fail (BILATERAL_IS_SOURCE (source), FALSE);

  id = bilateral_source_get_id (source);
  if (refuse_duplicate (bilateral_archive_lookup_source (self, id), "source", id, error))
    return FALSE;
  _bilateral_archive_insert_source (self, source, NULL);
  return TRUE;
}

/**
 * bilateral_archive_add_actor:
 * @self: an archive
 * @actor: an actor
 * @error: return location for a #GError
 *
 * Adds an actor. Its id must be new to the archive, its citations must
 * name sources of the archive, and a person's affiliation must be in it.
 * A state the registry knows (by its id, or else by its codes) takes from
 * it what it lacks — its name, existence, codes and status — as a state
 * read from a file does; saving writes back only what it was given.
 *
 * Returns: %TRUE if the actor was added
 */
gboolean
bilateral_archive_add_actor (BilateralArchive *self, BilateralActor *actor, GError **error)
{
  BilateralProblems problems;
  const char *id;

  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), FALSE);
  g_return_val_if_fail (BILATERAL_IS_ACTOR (actor), FALSE);

  id = bilateral_actor_get_id (actor);
  if (refuse_duplicate (_bilateral_archive_actor_by_id (self, id), "actor", id, error))
    return FALSE;
  _bilateral_problems_init (&problems);
  check_actor (self, actor, &problems);
  if (!finish_check (&problems, error))
    return FALSE;
  if (BILATERAL_IS_STATE (actor))
    _bilateral_archive_complete_state (self, BILATERAL_STATE (actor));
  _bilateral_archive_insert_actor (self, actor, NULL);
  return TRUE;
}

/**
 * bilateral_archive_add_succession:
 * @self: an archive
 * @succession: a succession link
 * @error: return location for a #GError
 *
 * Adds a succession link between two states of the archive and lists it
 * with each (bilateral_state_get_predecessors(),
 * bilateral_state_get_successors()). The archive may not link the two
 * states already, and the link may not close a loop: no state may come,
 * through any chain of succession, before itself.
 *
 * Returns: %TRUE if the link was added
 */
gboolean
bilateral_archive_add_succession (BilateralArchive *self, BilateralSuccession *succession, GError **error)
{
  BilateralProblems problems;

  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), FALSE);
  g_return_val_if_fail (BILATERAL_IS_SUCCESSION (succession), FALSE);

  _bilateral_problems_init (&problems);
  check_succession (self, succession, &problems);
  check_new_succession (self, succession, &problems);
  if (!finish_check (&problems, error))
    return FALSE;
  _bilateral_archive_insert_succession (self, succession, NULL);
  return TRUE;
}

/* What an event added must be: new to the archive by its id, and good. */
static gboolean
check_new_event (BilateralArchive *self, BilateralEvent *event, GError **error)
{
  BilateralProblems problems;
  const char *id = bilateral_event_get_id (event);

  if (refuse_duplicate (bilateral_archive_lookup_event (self, id), "event", id, error))
    return FALSE;
  _bilateral_problems_init (&problems);
  _bilateral_archive_check_event (self, event, NULL, &problems);
  return finish_check (&problems, error);
}

/**
 * bilateral_archive_add_event:
 * @self: an archive
 * @event: an event
 * @error: return location for a #GError
 *
 * Adds an event. Its id must be new to the archive, its actors must be in
 * it and have existed at its date, and it must cite at least one source of
 * the archive.
 *
 * Returns: %TRUE if the event was added
 */
gboolean
bilateral_archive_add_event (BilateralArchive *self, BilateralEvent *event, GError **error)
{
  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), FALSE);
  g_return_val_if_fail (BILATERAL_IS_EVENT (event), FALSE);

  if (!check_new_event (self, event, error))
    return FALSE;
  _bilateral_archive_insert_event (self, event, -1);
  return TRUE;
}

/* As bilateral_archive_add_event(), for a reader of many: the event is
 * checked and known by its id at once, and goes into the archive's list
 * with the rest of @added (_bilateral_archive_add_indexed_events()). */
gboolean
_bilateral_archive_add_event_later (BilateralArchive *self, BilateralEvent *event, GPtrArray *added, GError **error)
{
  if (!check_new_event (self, event, error))
    return FALSE;
  _bilateral_archive_index_event (self, event, -1);
  g_ptr_array_add (added, g_object_ref (event));
  return TRUE;
}

/**
 * bilateral_archive_add_phase:
 * @self: an archive
 * @phase: a phase
 * @error: return location for a #GError
 *
 * Adds a phase. Its id must be new to the archive, its actors and events
 * must be in it, it must cite a source, and it must not overlap another
 * phase of the same dyad (counting states that continue each other as
 * one).
 *
 * Returns: %TRUE if the phase was added
 */
gboolean
bilateral_archive_add_phase (BilateralArchive *self, BilateralPhase *phase, GError **error)
{
  BilateralProblems problems;
  const char *id;

  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), FALSE);
  g_return_val_if_fail (BILATERAL_IS_PHASE (phase), FALSE);

  id = bilateral_phase_get_id (phase);
  if (refuse_duplicate (bilateral_archive_lookup_phase (self, id), "phase", id, error))
    return FALSE;
  _bilateral_problems_init (&problems);
  check_phase (self, phase, TRUE, &problems);
  if (!finish_check (&problems, error))
    return FALSE;
  _bilateral_archive_insert_phase (self, phase, NULL);
  return TRUE;
}
