/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* bilateral history: a relationship as phases, each with its dated events,
 * stances and sources, laid out for a terminal. */
#include <stdio.h>

#include "bilateral-cli.h"

typedef struct {
  BilateralRelation *relation;
  int width;
  int date_width;
  int actors_width;
  gboolean sources;
} Layout;

/* Columns: two spaces, date, space, actors, two spaces, CAMEO (4), space,
 * weight (5), two spaces, then the title. */
static int
title_column (const Layout *layout)
{
  return 2 + layout->date_width + 1 + layout->actors_width + 2 + 4 + 1 + 5 + 2;
}

static char *
actors_text (BilateralEvent *event)
{
  BilateralActor *target = bilateral_event_get_target (event);

  return g_strdup_printf ("%s → %s", bilateral_actor_get_id (bilateral_event_get_source (event)),
                          target ? bilateral_actor_get_id (target) : "—");
}

static char *
citation_text (BilateralCitation *citation)
{
  GString *text = g_string_new (bilateral_citation_get_source_id (citation));
  guint paragraph = bilateral_citation_get_paragraph (citation);
  guint sentence = bilateral_citation_get_sentence (citation);
  const char *quote = bilateral_citation_get_quote (citation);

  if (paragraph && sentence)
    g_string_append_printf (text, " ¶%u.%u", paragraph, sentence);
  else if (paragraph)
    g_string_append_printf (text, " ¶%u", paragraph);
  if (quote)
    g_string_append_printf (text, " “%s”", quote);
  if (bilateral_citation_get_supplement (citation))
    g_string_append (text, " (supplement)");
  return g_string_free (text, FALSE);
}

static char *
citations_text (GListModel *citations)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (citations); i++)
    {
      g_autoptr (BilateralCitation) citation = g_list_model_get_item (citations, i);
      g_autofree char *one = citation_text (citation);
      g_string_append_printf (text, "%s%s", i ? "; " : "", one);
    }
  return g_string_free (text, FALSE);
}

static const char *
stance_name (BilateralStance stance)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (BILATERAL_TYPE_STANCE);
  return g_enum_get_value (klass, stance)->value_nick;
}

/* Below this many columns for the title, the title goes under the columns. */
#define MIN_TITLE_WIDTH 30

static void
print_event (const Layout *layout, BilateralEvent *event)
{
  g_autofree char *date = bilateral_date_to_string (bilateral_event_get_date (event));
  g_autofree char *actors = actors_text (event);
  const char *title = bilateral_event_get_title (event);
  GListModel *impacts = bilateral_event_get_impacts (event);
  gboolean beside = layout->width - title_column (layout) >= MIN_TITLE_WIDTH;
  int column = beside ? title_column (layout) : 4;
  g_autofree char *weight = g_strdup_printf ("%+.1f", bilateral_event_get_goldstein (event));

  printf ("  ");
  bilateral_cli_print_padded (date, layout->date_width);
  printf (" ");
  bilateral_cli_print_padded (actors, layout->actors_width);
  /* An event of POLECAT has a PLOVER type and no CAMEO code. */
  printf ("  %-4s %5s",
          bilateral_event_get_cameo_code (event) ? bilateral_event_get_cameo_code (event)
                                                 : bilateral_event_get_plover_type (event),
          weight);
  if (beside && title)
    {
      /* The first line of the title follows the columns; the rest hang under it. */
      g_auto (GStrv) words = g_strsplit (title, " ", -1);
      GString *first = g_string_new (NULL);
      guint i = 0;

      for (; words[i]; i++)
        {
          if (first->len &&
              bilateral_cli_text_width (first->str) + 1 + bilateral_cli_text_width (words[i]) > layout->width - column)
            break;
          g_string_append_printf (first, "%s%s", first->len ? " " : "", words[i]);
        }
      printf ("  %s\n", first->str);
      g_string_free (first, TRUE);
      if (words[i])
        {
          g_autofree char *rest = g_strjoinv (" ", words + i);
          bilateral_cli_print_wrapped (rest, column, layout->width);
        }
    }
  else
    {
      printf ("\n");
      if (title)
        bilateral_cli_print_wrapped (title, column, layout->width);
    }

  for (guint i = 0; i < g_list_model_get_n_items (impacts); i++)
    {
      g_autoptr (BilateralImpact) impact = g_list_model_get_item (impacts, i);
      g_autofree char *cited = citations_text (bilateral_impact_get_citations (impact));
      double factor = bilateral_impact_get_weight (impact);
      g_autofree char *line = g_strdup_printf (
        "bears on %s–%s: %+.1f × %+.1f = %+.1f%s%s", bilateral_actor_get_id (bilateral_impact_get_first (impact)),
        bilateral_actor_get_id (bilateral_impact_get_second (impact)), factor, bilateral_event_get_goldstein (event),
        factor * bilateral_event_get_goldstein (event), *cited ? " — " : "", cited);
      bilateral_cli_print_wrapped (line, column, layout->width);
    }
  if (layout->sources)
    {
      g_autofree char *cited = citations_text (bilateral_event_get_citations (event));
      g_autofree char *line = g_strconcat ("source: ", cited, NULL);
      bilateral_cli_print_wrapped (line, column, layout->width);
    }
}

static int
compare_events (gconstpointer a, gconstpointer b)
{
  BilateralEvent *x = *(BilateralEvent *const *) a, *y = *(BilateralEvent *const *) b;
  int c = bilateral_date_compare (bilateral_event_get_date (x), bilateral_event_get_date (y));

  return c ? c : g_strcmp0 (bilateral_event_get_id (x), bilateral_event_get_id (y));
}

/* The direct and the third-party events of a phase (or of none), in date order. */
static GPtrArray *
events_of_phase (BilateralRelation *relation, BilateralPhase *phase)
{
  GListModel *lists[] = { bilateral_relation_get_events (relation), bilateral_relation_get_third_party_events (relation) };
  GPtrArray *events = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        BilateralEvent *event = g_list_model_get_item (lists[l], i);
        if (bilateral_relation_phase_at (relation, bilateral_event_get_date (event)) == phase)
          g_ptr_array_add (events, event);
        else
          g_object_unref (event);
      }
  g_ptr_array_sort (events, compare_events);
  return events;
}

static void
measure (Layout *layout, GListModel *events)
{
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (BilateralEvent) event = g_list_model_get_item (events, i);
      g_autofree char *date = bilateral_date_to_string (bilateral_event_get_date (event));
      g_autofree char *actors = actors_text (event);

      layout->date_width = MAX (layout->date_width, bilateral_cli_text_width (date));
      layout->actors_width = MAX (layout->actors_width, bilateral_cli_text_width (actors));
    }
}

static void
print_phase (const Layout *layout, BilateralPhase *phase)
{
  BilateralDate *end = bilateral_phase_get_end (phase);
  g_autofree char *start_text = bilateral_date_to_string (bilateral_phase_get_start (phase));
  g_autofree char *end_text = end ? bilateral_date_to_string (end) : g_strdup ("..");
  BilateralStance stance = bilateral_phase_get_stance (phase);
  const char *summary = bilateral_phase_get_summary (phase);
  g_autofree char *heading = g_strdup_printf (stance ? "%s → %s · %s (%+d)%s%s" : "%s → %s · %s (%d)%s%s", start_text, end_text,
                                              stance_name (stance), stance, bilateral_phase_get_label (phase) ? " · " : "",
                                              bilateral_phase_get_label (phase) ? bilateral_phase_get_label (phase) : "");

  printf ("\n");
  bilateral_cli_print_wrapped (heading, 0, layout->width);
  if (summary)
    bilateral_cli_print_wrapped (summary, 2, layout->width);
  if (layout->sources)
    {
      g_autofree char *cited = citations_text (bilateral_phase_get_citations (phase));
      g_autofree char *line = g_strconcat ("source: ", cited, NULL);
      bilateral_cli_print_wrapped (line, 2, layout->width);
    }
}

static void
print_events (const Layout *layout, BilateralPhase *phase)
{
  g_autoptr (GPtrArray) events = events_of_phase (layout->relation, phase);

  if (phase == NULL && events->len > 0)
    printf ("\nOutside the phases\n");
  if (phase && events->len > 0)
    printf ("\n");
  for (guint i = 0; i < events->len; i++)
    print_event (layout, g_ptr_array_index (events, i));
}

/* The events of the relation, direct and others', in date order. */
static GPtrArray *
all_events (BilateralRelation *relation)
{
  GListModel *lists[] = { bilateral_relation_get_events (relation), bilateral_relation_get_third_party_events (relation) };
  GPtrArray *events = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      g_ptr_array_add (events, g_list_model_get_item (lists[l], i));
  g_ptr_array_sort (events, compare_events);
  return events;
}

/* The phase at @at, then up to @around events before it, those whose
 * dates hold it, and up to @around after, with a line where it falls. */
static void
print_at (const Layout *layout, BilateralDate *at, guint around)
{
  BilateralPhase *phase = bilateral_relation_phase_at (layout->relation, at);
  g_autoptr (GPtrArray) events = all_events (layout->relation);
  g_autofree char *at_string = bilateral_date_to_string (at);
  gint32 first = bilateral_date_get_earliest_day (at), last = bilateral_date_get_latest_day (at);
  guint before = 0, after;

  if (phase)
    print_phase (layout, phase);
  else
    printf ("\nNo phase at %s\n", at_string);
  /* Events wholly before @at, then those that meet it, then those after. */
  while (before < events->len &&
         bilateral_date_get_latest_day (bilateral_event_get_date (g_ptr_array_index (events, before))) < first)
    before++;
  after = before;
  while (after < events->len &&
         bilateral_date_get_earliest_day (bilateral_event_get_date (g_ptr_array_index (events, after))) <= last)
    after++;
  printf ("\n");
  for (guint i = before > around ? before - around : 0; i < before; i++)
    print_event (layout, g_ptr_array_index (events, i));
  printf ("  ── %s ──\n", at_string);
  for (guint i = before; i < after; i++)
    print_event (layout, g_ptr_array_index (events, i));
  if (after > before)
    printf ("  ────\n");
  for (guint i = after; i < MIN (events->len, after + around); i++)
    print_event (layout, g_ptr_array_index (events, i));
}

/* The state that @state continues (@backwards) or that continues it, if any. */
static BilateralActor *
continuation (BilateralArchive *archive, BilateralActor *state, gboolean backwards)
{
  GListModel *links;

  if (!BILATERAL_IS_STATE (state))
    return NULL;
  links = backwards ? bilateral_state_get_predecessors (BILATERAL_STATE (state))
                    : bilateral_state_get_successors (BILATERAL_STATE (state));
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr (BilateralSuccession) link = g_list_model_get_item (links, i);
      if (bilateral_succession_get_kind (link) == BILATERAL_SUCCESSION_CONTINUATION)
        return bilateral_archive_lookup_actor (archive, backwards ? bilateral_succession_get_predecessor_id (link)
                                                                  : bilateral_succession_get_successor_id (link));
    }
  return NULL;
}

/* The names of a state and of those it continues or that continue it:
 * "Union of Soviet Socialist Republics / Russian Federation". */
static char *
lineage_name (BilateralArchive *archive, BilateralActor *actor)
{
  GString *names = g_string_new (bilateral_actor_get_name (actor));

  for (BilateralActor *a = continuation (archive, actor, TRUE); a; a = continuation (archive, a, TRUE))
    g_string_prepend (g_string_prepend (names, " / "), bilateral_actor_get_name (a));
  for (BilateralActor *a = continuation (archive, actor, FALSE); a; a = continuation (archive, a, FALSE))
    g_string_append_printf (names, " / %s", bilateral_actor_get_name (a));
  return g_string_free (names, FALSE);
}

/* "1 phase", "6 phases"; the text lives until the next call with the same buffer slot. */
static const char *
count_text (guint n, const char *one, const char *many)
{
  static char buffers[3][80];
  static guint next;
  char *buffer = buffers[next++ % 3];

  g_snprintf (buffer, sizeof buffers[0], "%u %s", n, n == 1 ? one : many);
  return buffer;
}

int
bilateral_command_history (int argc, char **argv)
{
  int width = 0;
  gboolean no_sources = FALSE;
  g_autofree char *at_text = NULL;
  int around = 3;
  GOptionEntry entries[] = {
    { "width", 'w', 0, G_OPTION_ARG_INT, &width, "Lay the text out in N columns (default: the terminal's, or 100)", "N" },
    { "no-sources", 0, 0, G_OPTION_ARG_NONE, &no_sources, "Leave out the sources of phases and events", NULL },
    { "at", 'a', 0, G_OPTION_ARG_STRING, &at_text, "Only the phase at this date (EDTF) and the events around it", "DATE" },
    { "around", 0, 0, G_OPTION_ARG_INT, &around, "With --at, how many events to show on each side of the date (default 3)", "N" },
    { NULL },
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("HISTORY [ACTOR ACTOR]");
  g_autoptr (GError) error = NULL;
  g_autoptr (BilateralArchive) archive = NULL;
  g_autoptr (BilateralRelation) relation = NULL;
  g_auto (GStrv) builtin = bilateral_archive_list_builtin ();
  g_autofree char *known = g_strjoinv (", ", builtin);
  g_autofree char *description = g_strdup_printf (
    "HISTORY is the name of a bundled history (%s) or the path of a bilateral/1 JSON file.\n"
    "ACTOR is an id, a code in any scheme, or a name; without them, the dyad of the first phase.",
    known);
  BilateralActor *first = NULL, *second = NULL;
  g_autofree char *first_name = NULL;
  g_autofree char *second_name = NULL;
  g_autofree char *summary = NULL;
  GListModel *phases;
  Layout layout = { 0 };
  g_autoptr (BilateralDate) at = NULL;

  g_option_context_set_summary (context, "Print a relationship as phases, each with its dated events, stances and sources.");
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bilateral history: %s\n", error->message);
      return 2;
    }
  if (argc != 2 && argc != 4)
    {
      g_printerr ("bilateral history: give a history, and optionally two actors (see bilateral history --help)\n");
      return 2;
    }
  if (around < 0)
    {
      g_printerr ("bilateral history: --around must be 0 or more\n");
      return 2;
    }
  if (at_text && !(at = bilateral_date_parse (at_text, &error)))
    {
      g_printerr ("bilateral history: --at: %s\n", error->message);
      return 2;
    }

  archive = bilateral_cli_open_history (argv[1], &error);
  if (archive == NULL || !(argc == 4 ? bilateral_cli_lookup_dyad (archive, argv[2], argv[3], &first, &second, &error)
                                     : bilateral_cli_default_dyad (archive, &first, &second, &error)))
    {
      g_printerr ("bilateral history: %s\n", error->message);
      return 1;
    }

  relation = bilateral_archive_get_relation (archive, first, second);
  phases = bilateral_relation_get_phases (relation);
  layout = (Layout){ relation, bilateral_cli_width (width), 0, 0, !no_sources };
  measure (&layout, bilateral_relation_get_events (relation));
  measure (&layout, bilateral_relation_get_third_party_events (relation));

  if (bilateral_archive_get_title (archive))
    bilateral_cli_print_wrapped (bilateral_archive_get_title (archive), 0, layout.width);
  first_name = lineage_name (archive, first);
  second_name = lineage_name (archive, second);
  summary = g_strdup_printf ("%s and %s: %s, %s, %s", first_name, second_name,
                             count_text (g_list_model_get_n_items (phases), "phase", "phases"),
                             count_text (g_list_model_get_n_items (bilateral_relation_get_events (relation)), "event", "events"),
                             count_text (g_list_model_get_n_items (bilateral_relation_get_third_party_events (relation)),
                                         "event of others bearing on it", "events of others bearing on it"));
  bilateral_cli_print_wrapped (summary, 0, layout.width);

  if (at)
    {
      print_at (&layout, at, (guint) around);
      return 0;
    }
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr (BilateralPhase) phase = g_list_model_get_item (phases, i);
      print_phase (&layout, phase);
      print_events (&layout, phase);
    }
  print_events (&layout, NULL);
  return 0;
}
