/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* bilateral: the command-line tool of libbilateral. */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "bilateral-cli.h"

static const struct {
  const char *name;
  BilateralCommandFunc run;
  const char *summary;
} commands[] = {
  { "history", bilateral_command_history, "Print a relationship as phases with their dated events and sources" },
  { "state", bilateral_command_state, "Show the state a code meant at a date, with its codes and succession" },
  { "panel", bilateral_command_panel, "Write a state-year or dyad-year panel of the world's states as CSV" },
  { "series", bilateral_command_series, "Print a relation binned by year or month, with its relationship index" },
  { "aggregate", bilateral_command_aggregate,
    "Read GDELT, ICEWS or POLECAT event files (or BigQuery CSV) into a dyad panel, as CSV" },
  { "merge", bilateral_command_merge, "Merge partial dyad panels into one" },
  { "events", bilateral_command_events, "Load one dyad's rows of GDELT or ICEWS files as a history of cited events" },
  { "convert", bilateral_command_convert, "Convert a column of country codes or names in a CSV file to another scheme" },
  { "render", bilateral_command_render, "Draw a relationship as a timeline: SVG, PNG, PDF or an interactive HTML page" },
  { "phases", bilateral_command_phases, "Print a relation's phases, curated or inferred from its events, and compare them" },
};

static void
usage (FILE *out)
{
  g_auto (GStrv) builtin = bilateral_archive_list_builtin ();
  g_autofree char *known = g_strjoinv (", ", builtin);

  fprintf (out, "Usage: bilateral COMMAND [OPTION…] [ARGUMENT…]\n\n"
                "The history of the relations between two states.\n\nCommands:\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-10s %s\n", commands[i].name, commands[i].summary);
  fprintf (out,
           "\nBundled histories: %s\n"
           "Run “bilateral COMMAND --help” for a command's options; “man bilateral” for more.\n",
           known);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");

  if (argc < 2 || strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 || strcmp (argv[1], "help") == 0)
    {
      usage (argc < 2 ? stderr : stdout);
      return argc < 2 ? 2 : 0;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      printf ("bilateral %s\n", BILATERAL_VERSION_STRING);
      return 0;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      return commands[i].run (argc - 1, argv + 1);

  fprintf (stderr, "bilateral: no command “%s”\n\n", argv[1]);
  usage (stderr);
  return 2;
}
