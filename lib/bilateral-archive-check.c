/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-private.h"

/* The checks an archive makes of its records, and the `add` functions that
 * run them before taking a record in. Part of BilateralArchive. */

static void
check_citations (BilateralArchive *self, GListModel *citations, const char *where, gboolean required,
                 BilateralProblems *problems)
{
  guint n = g_list_model_get_n_items (citations);

  if (required && n == 0)
    _bilateral_problems_add (problems, BILATERAL_ERROR_SCHEMA, where, "a record needs at least one citation");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BilateralCitation) citation = g_list_model_get_item (citations, i);
      const char *id = bilateral_citation_get_source_id (citation);

      if (bilateral_archive_lookup_source (self, id) == NULL)
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
  g_autofree char *at = g_strdup_printf ("%s/%s", where, member);

  if (_bilateral_archive_actor_by_id (self, id) != actor)
    {
      _bilateral_problems_add (problems, BILATERAL_ERROR_REFERENCE, at, "the actor “%s” is not in the archive", id);
      return FALSE;
    }
  return TRUE;
}

static void
check_existence (BilateralActor *actor, BilateralDate *date, const char *where, BilateralProblems *problems)
{
  BilateralDate *existence = bilateral_actor_get_existence (actor);
  g_autofree char *when = NULL;
  g_autofree char *span = NULL;

  if (bilateral_actor_existed_during (actor, date))
    return;
  when = bilateral_date_to_string (date);
  span = bilateral_date_to_string (existence);
  _bilateral_problems_add (problems, BILATERAL_ERROR_INVALID, where, "%s is outside the existence of “%s” (%s)",
                           when, bilateral_actor_get_id (actor), span);
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
  else if (states[0] && states[1] && bilateral_succession_get_kind (link) == BILATERAL_SUCCESSION_CONTINUATION)
    {
      /* Following continuations back from the predecessor must not reach the successor. */
      BilateralState *s = states[0];
      for (guint steps = 0; s && steps < 64; steps++, s = _bilateral_archive_continued_state (self, s))
        if (s == states[1])
          {
            _bilateral_problems_add (problems, BILATERAL_ERROR_INVALID, where,
                                     "“%s” and “%s” would continue each other", ids[0], ids[1]);
            break;
          }
    }
  check_citations (self, bilateral_succession_get_citations (link), where, FALSE, problems);
}

static void
check_event (BilateralArchive *self, BilateralEvent *event, BilateralProblems *problems)
{
  g_autofree char *where = _bilateral_archive_pointer_of (self, event);
  g_autofree char *date_at = g_strdup_printf ("%s/date", where);
  BilateralDate *date = bilateral_event_get_date (event);
  BilateralActor *source = bilateral_event_get_source (event);
  BilateralActor *target = bilateral_event_get_target (event);
  GListModel *impacts = bilateral_event_get_impacts (event);
  guint n;

  if (check_actor_member (self, source, where, "source", problems))
    check_existence (source, date, date_at, problems);
  if (target && check_actor_member (self, target, where, "target", problems))
    check_existence (target, date, date_at, problems);
  if (target == source)
    _bilateral_problems_add (problems, BILATERAL_ERROR_INVALID, where, "the source and the target are the same actor");
  if (!bilateral_cameo_lookup (bilateral_cameo_get_default (), bilateral_event_get_cameo_code (event), NULL))
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

/* Reports each overlapping pair once: against the phases before @phase in
 * date order, or against all when @phase is not in the archive yet. */
static void
check_phase (BilateralArchive *self, BilateralPhase *phase, gboolean in_archive, BilateralProblems *problems)
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

  root1 = _bilateral_archive_principal (self, first);
  root2 = _bilateral_archive_principal (self, second);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BilateralPhase) other = g_list_model_get_item (phases, i);
      BilateralActor *o1, *o2;
      g_autofree char *other_where = NULL;

      if (other == phase)
        {
          if (in_archive)
            break;
          continue;
        }
      o1 = _bilateral_archive_principal (self, bilateral_phase_get_first (other));
      o2 = _bilateral_archive_principal (self, bilateral_phase_get_second (other));
      if (!((o1 == root1 && o2 == root2) || (o1 == root2 && o2 == root1)) || !bilateral_phase_overlaps (phase, other))
        continue;
      other_where = _bilateral_archive_pointer_of (self, other);
      _bilateral_problems_add (problems, BILATERAL_ERROR_INVALID, where, "overlaps %s (“%s”) of the same dyad",
                               other_where, bilateral_phase_get_id (other));
    }
}

void
_bilateral_archive_check_all (BilateralArchive *self, BilateralProblems *problems)
{
  GListModel *lists[] = {
    bilateral_archive_get_actors (self),
    bilateral_archive_get_successions (self),
    bilateral_archive_get_events (self),
    bilateral_archive_get_phases (self),
  };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      guint n = g_list_model_get_n_items (lists[l]);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr (GObject) record = g_list_model_get_item (lists[l], i);
          if (BILATERAL_IS_ACTOR (record))
            check_actor (self, BILATERAL_ACTOR (record), problems);
          else if (BILATERAL_IS_SUCCESSION (record))
            check_succession (self, BILATERAL_SUCCESSION (record), problems);
          else if (BILATERAL_IS_EVENT (record))
            check_event (self, BILATERAL_EVENT (record), problems);
          else
            check_phase (self, BILATERAL_PHASE (record), TRUE, problems);
        }
    }
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
  _bilateral_archive_check_all (self, &problems);
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
 * bilateral_state_get_successors()). A chain of continuations may not
 * loop.
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
  if (!finish_check (&problems, error))
    return FALSE;
  _bilateral_archive_insert_succession (self, succession, NULL);
  return TRUE;
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
  BilateralProblems problems;
  const char *id;

  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), FALSE);
  g_return_val_if_fail (BILATERAL_IS_EVENT (event), FALSE);

  id = bilateral_event_get_id (event);
  if (refuse_duplicate (bilateral_archive_lookup_event (self, id), "event", id, error))
    return FALSE;
  _bilateral_problems_init (&problems);
  check_event (self, event, &problems);
  if (!finish_check (&problems, error))
    return FALSE;
  _bilateral_archive_insert_event (self, event, NULL);
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
  check_phase (self, phase, FALSE, &problems);
  if (!finish_check (&problems, error))
    return FALSE;
  _bilateral_archive_insert_phase (self, phase, NULL);
  return TRUE;
}
