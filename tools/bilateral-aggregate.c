/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* bilateral aggregate and bilateral merge: event files into dyad panels. */
#include <gio/gunixinputstream.h>
#include <gio/gunixoutputstream.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "bilateral-cli.h"

typedef struct {
  gint64 started;
  guint64 done_bytes; /* of the inputs before the current one */
  guint64 total_bytes;
  gboolean per_file; /* files side by side: told once each, with its size */
} Progress;

static void
on_progress (BilateralDyadPanel *panel, guint64 bytes, guint64 rows, guint64 skipped, Progress *p)
{
  double seconds = (g_get_monotonic_time () - p->started) / 1e6;
  double mb;

  if (p->per_file)
    {
      p->done_bytes += bytes;
      bytes = 0;
    }
  mb = (p->done_bytes + bytes) / 1e6;

  fprintf (stderr, "\r%.0f of %.0f MB, %.1f M rows, %.0f rows/s, %" G_GUINT64_FORMAT " skipped  ", mb, p->total_bytes / 1e6,
           rows / 1e6, seconds > 0 ? rows / seconds : 0, skipped);
}

/* Writes the panel to FILE (a regular file is replaced only once whole) or standard output. */
static gboolean
write_panel (BilateralDyadPanel *panel, const char *output, gboolean partial, GError **error)
{
  g_autoptr (GOutputStream) stream = NULL;

  if (output && !g_str_equal (output, "-"))
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (output);
      GFileType type = g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL);

      /* A device or a pipe (/dev/null, a FIFO) cannot be replaced: write to it. */
      if (type != G_FILE_TYPE_UNKNOWN && type != G_FILE_TYPE_REGULAR)
        stream = G_OUTPUT_STREAM (g_file_append_to (file, G_FILE_CREATE_NONE, NULL, error));
      else
        stream = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, error));
      if (stream)
        {
          /* A large buffer: the rows are written a few at a time. */
          GOutputStream *buffered = g_buffered_output_stream_new_sized (stream, 1 << 20);
          g_object_unref (stream);
          stream = buffered;
        }
    }
  else
    stream = g_unix_output_stream_new (STDOUT_FILENO, FALSE);
  return stream && bilateral_dyad_panel_write_csv (panel, stream, partial, NULL, error) &&
         g_output_stream_close (stream, NULL, error);
}

/* ICEWS names the registry does not know (or that fit several), by count. */
static void
report_unknown_names (BilateralDyadPanel *panel, gboolean quiet)
{
  g_auto (GStrv) names = bilateral_dyad_panel_get_unknown_names (panel);
  guint n = g_strv_length (names);

  if (n == 0 || quiet)
    return;
  fprintf (stderr, "unknown country names:");
  for (guint i = 0; i < n && i < 20; i++)
    fprintf (stderr, "%s “%s” (%" G_GUINT64_FORMAT ")", i ? "," : "", names[i],
             bilateral_dyad_panel_get_unknown_name_count (panel, names[i]));
  if (n > 20)
    fprintf (stderr, " and %u more", n - 20);
  fprintf (stderr, "\n");
}

static void
report_skipped (BilateralDyadPanel *panel, gboolean quiet)
{
  for (guint r = BILATERAL_SKIP_COLUMNS; r <= BILATERAL_SKIP_UNKNOWN_STATE; r++)
    {
      guint64 n = bilateral_dyad_panel_get_skipped (panel, r);
      g_auto (GStrv) lines = NULL;
      g_autofree char *joined = NULL;

      if (n == 0 || quiet)
        continue;
      lines = bilateral_dyad_panel_get_skipped_lines (panel, r);
      joined = g_strjoinv (", ", lines);
      fprintf (stderr, "skipped %" G_GUINT64_FORMAT " %s with %s (first: %s)\n", n, n == 1 ? "row" : "rows",
               bilateral_skip_reason_describe (r), joined);
    }
  report_unknown_names (panel, quiet);
}

int
bilateral_command_aggregate (int argc, char **argv)
{
  g_autofree char *format_text = NULL;
  g_autofree char *by = NULL;
  g_auto (BilateralCliFilterOptions) filter_options = { NULL };
  g_autofree char *output = NULL;
  gboolean strict = FALSE, partial = FALSE, quiet = FALSE, keep_duplicates = FALSE;
  int threads = 0;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text, "auto (the default), gdelt1, gdelt2, icews or polecat", "F" },
    { "by", 'b', 0, G_OPTION_ARG_STRING, &by, "Periods: month (the default), day or year", "BIN" },
    BILATERAL_CLI_FILTER_ENTRIES (filter_options),
    { "directed", 0, 0, G_OPTION_ARG_NONE, &filter_options.directed, "Keep A→B apart from B→A (columns source,target)", NULL },
    { "keep-duplicates", 0, 0, G_OPTION_ARG_NONE, &keep_duplicates,
      "Count rows that repeat an earlier row's id, or its day, countries, code and story", NULL },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict, "Fail at the first dirty row, with its file and line", NULL },
    { "partial", 0, 0, G_OPTION_ARG_NONE, &partial, "Write a partial aggregate, for bilateral merge", NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write the CSV to FILE (default: standard output)", "FILE" },
    { "threads", 't', 0, G_OPTION_ARG_INT, &threads, "Threads to read with (default: the processors)", "N" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "No progress line and no report of skipped rows", NULL },
    { NULL },
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("FILE…");
  g_autoptr (GError) error = NULL;
  g_autoptr (BilateralEventFilter) filter = NULL;
  g_autoptr (BilateralDyadPanel) panel = NULL;
  int format = BILATERAL_EVENT_FORMAT_AUTO, bin = BILATERAL_PANEL_BIN_MONTH;
  Progress progress = { g_get_monotonic_time (), 0, 0 };

  g_option_context_set_summary (
    context,
    "Read GDELT 1.0, GDELT 2.0 (daily files or BigQuery CSV exports), ICEWS or POLECAT event files (plain, .gz or .zip; - for "
    "standard input) into a dyad panel, written as CSV.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2 ||
      (format_text && !bilateral_cli_parse_nick ("--format", BILATERAL_TYPE_EVENT_FORMAT, format_text, &format, &error)) ||
      (by && !bilateral_cli_parse_nick ("--by", BILATERAL_TYPE_PANEL_BIN, by, &bin, &error)) || threads < 0)
    {
      g_printerr ("bilateral aggregate: %s\n", error      ? error->message
                                               : argc < 2 ? "give one or more event files (see bilateral aggregate --help)"
                                                          : "--threads cannot be negative");
      return 2;
    }
  filter = bilateral_cli_event_filter ("aggregate", &filter_options);
  if (filter == NULL)
    return 2;
  bilateral_event_filter_set_keep_duplicates (filter, keep_duplicates);

  panel = bilateral_dyad_panel_new (bin, filter_options.directed);
  bilateral_dyad_panel_set_filter (panel, filter);
  bilateral_dyad_panel_set_threads (panel, (guint) threads);
  bilateral_dyad_panel_set_strict (panel, strict);
  if (!quiet && isatty (STDERR_FILENO))
    {
      for (int i = 1; i < argc; i++)
        {
          GStatBuf st;
          if (g_stat (argv[i], &st) == 0)
            progress.total_bytes += (guint64) st.st_size;
        }
      g_signal_connect (panel, "progress", G_CALLBACK (on_progress), &progress);
    }

  /* Several files: side by side, on the panel's threads (standard input,
   * if named, is read on its own, in its place). */
  if (argc > 2 && threads != 1)
    {
      gboolean stdin_named = FALSE;
      for (int i = 1; i < argc; i++)
        stdin_named |= g_str_equal (argv[i], "-");
      if (!stdin_named)
        {
          progress.per_file = TRUE;
          if (!bilateral_dyad_panel_add_files (panel, (const char *const *) argv + 1, format, NULL, &error))
            {
              if (!quiet && isatty (STDERR_FILENO))
                fprintf (stderr, "\n");
              g_printerr ("bilateral aggregate: %s\n", error->message);
              return 1;
            }
          argc = 1; /* read */
        }
    }
  for (int i = 1; i < argc; i++)
    {
      gboolean ok;
      if (g_str_equal (argv[i], "-"))
        {
          g_autoptr (GInputStream) in = g_unix_input_stream_new (STDIN_FILENO, FALSE);
          ok = bilateral_dyad_panel_add_stream (panel, in, "<stdin>", format, NULL, &error);
        }
      else
        ok = bilateral_dyad_panel_add_file (panel, argv[i], format, NULL, &error);
      if (!ok)
        {
          if (!quiet && isatty (STDERR_FILENO))
            fprintf (stderr, "\n");
          g_printerr ("bilateral aggregate: %s\n", error->message);
          return 1;
        }
      if (!quiet && isatty (STDERR_FILENO))
        {
          GStatBuf st;
          if (g_stat (argv[i], &st) == 0)
            progress.done_bytes += (guint64) st.st_size;
        }
    }
  if (!quiet && isatty (STDERR_FILENO))
    fprintf (stderr, "\n");
  report_skipped (panel, quiet);
  if (!write_panel (panel, output, partial, &error))
    {
      g_printerr ("bilateral aggregate: %s\n", error->message);
      return 1;
    }
  return 0;
}

int
bilateral_command_merge (int argc, char **argv)
{
  g_autofree char *output = NULL;
  gboolean partial = FALSE;
  GOptionEntry entries[] = {
    { "partial", 0, 0, G_OPTION_ARG_NONE, &partial, "Write a partial aggregate again, to merge further", NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write the CSV to FILE (default: standard output)", "FILE" },
    { NULL },
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("PARTIAL.csv…");
  g_autoptr (GError) error = NULL;
  g_autoptr (BilateralDyadPanel) panel = NULL;

  g_option_context_set_summary (context, "Merge partial aggregates (bilateral aggregate --partial) into one panel.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2)
    {
      g_printerr ("bilateral merge: %s\n", error ? error->message : "give one or more partial aggregates");
      return 2;
    }
  for (int i = 1; i < argc; i++)
    {
      g_autoptr (BilateralDyadPanel) part = bilateral_dyad_panel_new_from_csv (argv[i], &error);
      if (part == NULL || (panel && !bilateral_dyad_panel_merge (panel, part, &error)))
        {
          g_printerr ("bilateral merge: %s\n", error->message);
          return 1;
        }
      if (panel == NULL)
        panel = g_steal_pointer (&part);
    }
  if (!write_panel (panel, output, partial, &error))
    {
      g_printerr ("bilateral merge: %s\n", error->message);
      return 1;
    }
  return 0;
}
