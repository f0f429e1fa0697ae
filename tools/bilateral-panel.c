/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* bilateral panel: a state-year or dyad-year panel of the registry, as CSV. */
#include <stdio.h>
#include <unistd.h>

#include <gio/gunixoutputstream.h>

#include "bilateral-cli.h"

int
bilateral_command_panel (int argc, char **argv)
{
  int first_year = 0, last_year = 0;
  gboolean dyads = FALSE;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "from", 'f', 0, G_OPTION_ARG_INT, &first_year, "The first year", "YEAR" },
    { "to", 't', 0, G_OPTION_ARG_INT, &last_year, "The last year", "YEAR" },
    { "dyads", 'd', 0, G_OPTION_ARG_NONE, &dyads, "A dyad-year panel: every pair of the year's states", NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE (replaced whole, at the end) instead of standard output",
      "FILE" },
    { NULL },
  };
  g_autoptr (GOptionContext) context = g_option_context_new (NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GOutputStream) stream = NULL;
  g_autoptr (GFile) file = NULL;

  g_option_context_set_summary (context, "Write a state-year (or dyad-year) panel of the registry's states as CSV: "
                                         "both systems' codes and whether the state was in each system that year.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 1 || first_year == 0 || last_year == 0)
    {
      g_printerr ("bilateral panel: %s\n",
                  error ? error->message : "give --from YEAR and --to YEAR (see bilateral panel --help)");
      return 2;
    }
  if (output)
    {
      file = g_file_new_for_commandline_arg (output);
      stream = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, &error));
    }
  else
    stream = g_unix_output_stream_new (STDOUT_FILENO, FALSE);
  if (stream == NULL ||
      !bilateral_registry_write_panel (bilateral_registry_get_default (), first_year, last_year, dyads, stream, NULL, &error) ||
      !g_output_stream_close (stream, NULL, &error))
    {
      g_printerr ("bilateral panel: %s\n", error->message);
      return 1;
    }
  return 0;
}
