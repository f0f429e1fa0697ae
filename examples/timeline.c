/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Prints a relationship's phases, each with its events, then any events
 * outside every phase. Output is UTF-8 whatever the locale:
 *   timeline HISTORY.json ACTOR ACTOR */
#include <stdio.h>

#include <bilateral/bilateral.h>

static void
print_event (BilateralEvent *event)
{
  BilateralActor *target = bilateral_event_get_target (event);
  g_autofree char *date = bilateral_date_to_string (bilateral_event_get_date (event));

  printf ("  %-12s %s → %s  %-4s %+.1f  %s\n", date, bilateral_actor_get_id (bilateral_event_get_source (event)),
          target ? bilateral_actor_get_id (target) : "—", bilateral_event_get_cameo_code (event),
          bilateral_event_get_goldstein (event), bilateral_event_get_title (event) ? bilateral_event_get_title (event) : "");
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BilateralArchive) archive = NULL;
  g_autoptr (BilateralRelation) relation = NULL;
  g_autoptr (GEnumClass) stances = NULL;
  BilateralActor *first, *second;
  GListModel *phases, *events;

  if (argc != 4)
    {
      g_printerr ("usage: %s HISTORY.json ACTOR ACTOR\n", argv[0]);
      return 2;
    }
  archive = bilateral_archive_new_from_file (argv[1], &error);
  if (archive == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  first = bilateral_archive_lookup_actor (archive, argv[2]);
  second = bilateral_archive_lookup_actor (archive, argv[3]);
  if (first == NULL || second == NULL)
    {
      g_printerr ("no actor “%s” in %s\n", first ? argv[3] : argv[2], argv[1]);
      return 1;
    }

  relation = bilateral_archive_get_relation (archive, first, second);
  phases = bilateral_relation_get_phases (relation);
  events = bilateral_relation_get_events (relation);
  stances = g_type_class_ref (BILATERAL_TYPE_STANCE);
  printf ("%s and %s\n", bilateral_actor_get_name (first), bilateral_actor_get_name (second));

  for (guint p = 0; p < g_list_model_get_n_items (phases); p++)
    {
      g_autoptr (BilateralPhase) phase = g_list_model_get_item (phases, p);
      BilateralDate *end = bilateral_phase_get_end (phase);
      g_autofree char *start_text = bilateral_date_to_string (bilateral_phase_get_start (phase));
      g_autofree char *end_text = end ? bilateral_date_to_string (end) : g_strdup ("..");
      BilateralStance stance = bilateral_phase_get_stance (phase);

      printf ("%s – %s  %s (%+d)  %s\n", start_text, end_text, g_enum_get_value (stances, stance)->value_nick, stance,
              bilateral_phase_get_label (phase) ? bilateral_phase_get_label (phase) : "");
      for (guint e = 0; e < g_list_model_get_n_items (events); e++)
        {
          g_autoptr (BilateralEvent) event = g_list_model_get_item (events, e);
          if (bilateral_relation_phase_at (relation, bilateral_event_get_date (event)) == phase)
            print_event (event);
        }
    }

  for (guint e = 0, outside = 0; e < g_list_model_get_n_items (events); e++)
    {
      g_autoptr (BilateralEvent) event = g_list_model_get_item (events, e);
      if (bilateral_relation_phase_at (relation, bilateral_event_get_date (event)) != NULL)
        continue;
      if (outside++ == 0)
        printf ("Outside any phase\n");
      print_event (event);
    }
  return 0;
}
