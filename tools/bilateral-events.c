/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* bilateral events: one dyad's rows of event files as a bilateral/1 history. */
#include <stdio.h>

#include "bilateral-cli.h"

int
bilateral_command_events (int argc, char **argv)
{
  g_autofree char *format_text = NULL;
  g_autofree char *into = NULL;
  g_autofree char *output = NULL;
  g_auto (BilateralCliFilterOptions) filter_options = { NULL };
  gboolean keep_duplicates = FALSE;
  gboolean quiet = FALSE;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, "auto (the default), gdelt1, gdelt2, icews or polecat", "F" },
    BILATERAL_CLI_FILTER_ENTRIES (filter_options),
    { "directed", 0, 0, G_OPTION_ARG_NONE, &filter_options.directed, "Only the events from A to B", NULL },
    { "keep-duplicates", 0, 0, G_OPTION_ARG_NONE, &keep_duplicates,
      "Keep the rows that report an event again (the same day, states, code and story)", NULL },
    { "into", 'i', 0, G_OPTION_ARG_STRING, &into, "Add the events to this history (bundled or a file)", "HISTORY" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Save the history to FILE (default: standard output)", "FILE" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "No report of the events added and rows skipped", NULL },
    { NULL },
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("FILE…");
  g_autoptr (GError) error = NULL;
  g_autoptr (BilateralEventFilter) filter = NULL;
  g_autoptr (BilateralArchive) archive = NULL;
  int format = BILATERAL_EVENT_FORMAT_AUTO;

  g_option_context_set_summary (context,
                                "Load one dyad's events from GDELT 1.0, GDELT 2.0, ICEWS or POLECAT files (plain, .gz or "
                                ".zip) as a bilateral/1 history: each row an event between the states its codes "
                                "meant at its date, citing its article or story.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2 ||
      (format_text && !bilateral_cli_parse_nick ("--format", BILATERAL_TYPE_EVENT_FORMAT, format_text, &format, &error)) ||
      filter_options.dyad == NULL)
    {
      g_printerr ("bilateral events: %s\n", error      ? error->message
                                            : argc < 2 ? "give one or more event files (see bilateral events --help)"
                                                       : "--dyad A,B is needed: events load one dyad at a time");
      return 2;
    }
  filter = bilateral_cli_event_filter ("events", &filter_options);
  if (filter)
    bilateral_event_filter_set_keep_duplicates (filter, keep_duplicates);
  if (filter == NULL)
    return 2;

  if (into)
    {
      archive = bilateral_cli_open_history (into, &error);
      if (archive == NULL)
        {
          g_printerr ("bilateral events: %s\n", error->message);
          return 1;
        }
    }
  else
    {
      g_autofree char *title = g_strdup_printf ("Events of %s from event data", filter_options.dyad);
      archive = bilateral_archive_new ();
      bilateral_archive_set_title (archive, title);
    }

  for (int i = 1; i < argc; i++)
    {
      g_autoptr (BilateralEventLoad) load = bilateral_archive_load_events (archive, argv[i], format, filter, NULL, &error);
      guint added;
      guint64 skipped;

      if (load == NULL)
        {
          g_printerr ("bilateral events: %s\n", error->message);
          return 1;
        }
      added = bilateral_event_load_get_added (load);
      skipped = bilateral_event_load_get_skipped (load);
      if (quiet)
        continue;
      g_printerr ("%s: %u %s added, %" G_GUINT64_FORMAT " %s skipped\n", argv[i], added, added == 1 ? "event" : "events", skipped,
                  skipped == 1 ? "row" : "rows");
      /* Why, as bilateral aggregate says it, with the first lines. */
      for (guint r = 0; r < BILATERAL_SKIP_UNKNOWN_STATE + 1; r++)
        {
          guint64 n = bilateral_event_load_get_skipped_for (load, r);
          g_auto (GStrv) lines = n ? bilateral_event_load_get_skipped_lines (load, r) : NULL;
          g_autofree char *joined = lines ? g_strjoinv (", ", lines) : NULL;

          if (n)
            g_printerr ("  %" G_GUINT64_FORMAT " with %s%s%s%s\n", n, bilateral_skip_reason_describe (r),
                        joined && *joined ? " (first: " : "", joined && *joined ? joined : "", joined && *joined ? ")" : "");
        }
    }

  if (output && !g_str_equal (output, "-"))
    {
      if (!bilateral_archive_save_to_file (archive, output, &error))
        {
          g_printerr ("bilateral events: %s\n", error->message);
          return 1;
        }
    }
  else
    {
      gsize length;
      g_autofree char *data = bilateral_archive_to_data (archive, &length);
      fwrite (data, 1, length, stdout);
    }
  return 0;
}
