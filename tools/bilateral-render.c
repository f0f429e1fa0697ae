/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* bilateral render: a relationship (or several, on one axis) drawn as a
 * timeline, into SVG, PNG, PDF or an interactive HTML page. */
#include <stdio.h>

#include "bilateral-cli.h"

/* "PAK,RUS" → the dyad's relation, or NULL with @error set. */
static BilateralRelation *
relation_of_option (BilateralArchive *archive, const char *text, GError **error)
{
  g_auto (GStrv) parts = g_strsplit (text, ",", -1);
  BilateralActor *first, *second;

  if (g_strv_length (parts) != 2 || !*g_strstrip (parts[0]) || !*g_strstrip (parts[1]))
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE, "--dyad “%s”: give two actors, as PAK,RUS", text);
      return NULL;
    }
  if (!bilateral_cli_lookup_dyad (archive, parts[0], parts[1], &first, &second, error))
    return NULL;
  return bilateral_archive_get_relation (archive, first, second);
}

int
bilateral_command_render (int argc, char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *span_text = NULL;
  g_autofree char *title = NULL;
  g_auto (GStrv) dyads = NULL;
  double width = 1200, scale = 1;
  gboolean inferred = FALSE, index = FALSE;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write the picture here; its suffix says the format: .svg, .png, .pdf or .html", "FILE" },
    { "width", 'w', 0, G_OPTION_ARG_DOUBLE, &width, "Lay the picture out this many pixels wide (320 to 16384; default 1200)",
      "PX" },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale, "Device pixels per pixel in a PNG (0.25 to 8; default 1)", "N" },
    { "span", 's', 0, G_OPTION_ARG_STRING, &span_text, "Show only these dates (EDTF): 1979/1992 (default: all of the data)",
      "DATES" },
    { "inferred", 0, 0, G_OPTION_ARG_NONE, &inferred, "Add a lane with the phases inferred from the events", NULL },
    { "index", 0, 0, G_OPTION_ARG_NONE, &index, "Draw the relationship index over the events", NULL },
    { "dyad", 'd', 0, G_OPTION_ARG_STRING_ARRAY, &dyads, "Add a panel for this dyad (repeat for more), under those named before",
      "A,B" },
    { "title", 't', 0, G_OPTION_ARG_STRING, &title, "The title at the top (default: the history's)", "TEXT" },
    { NULL },
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("HISTORY [ACTOR ACTOR]");
  g_autoptr (GError) error = NULL;
  g_autoptr (BilateralArchive) archive = NULL;
  g_autoptr (BilateralTimeline) timeline = NULL;
  g_autoptr (BilateralDate) span = NULL;

  g_option_context_set_summary (context, "Draw a relationship as a timeline: phases as bands coloured by stance, events by date\n"
                                         "and weight with the uncertainty of their dates, a legend.");
  g_option_context_set_description (
    context, "HISTORY is a bundled history or a bilateral/1 file. ACTOR ACTOR and each --dyad add a panel;\n"
             "with none, the dyad with the most phases. Example:\n"
             "  bilateral render pakistan-russia PAK RUS --dyad IND,RUS --index -o pak-ind-rus.png");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bilateral render: %s\n", error->message);
      return 2;
    }
  if ((argc != 2 && argc != 4) || output == NULL)
    {
      g_printerr ("bilateral render: give a history, optionally two actors, and -o FILE (see bilateral render --help)\n");
      return 2;
    }
  if (width < 320 || width > 16384 || scale < 0.25 || scale > 8)
    {
      g_printerr ("bilateral render: --width must be from 320 to 16384 and --scale from 0.25 to 8\n");
      return 2;
    }
  if (span_text && !(span = bilateral_date_parse (span_text, &error)))
    {
      g_printerr ("bilateral render: --span: %s\n", error->message);
      return 2;
    }

  archive = bilateral_cli_open_history (argv[1], &error);
  if (archive == NULL)
    {
      g_printerr ("bilateral render: %s\n", error->message);
      return 1;
    }
  timeline = bilateral_timeline_new (archive);
  if (argc == 4 || dyads == NULL)
    {
      BilateralActor *first = NULL, *second = NULL;
      g_autoptr (BilateralRelation) relation = NULL;

      if (!(argc == 4 ? bilateral_cli_lookup_dyad (archive, argv[2], argv[3], &first, &second, &error)
                      : bilateral_cli_default_dyad (archive, &first, &second, &error)))
        {
          g_printerr ("bilateral render: %s\n", error->message);
          return 1;
        }
      relation = bilateral_archive_get_relation (archive, first, second);
      bilateral_timeline_add_relation (timeline, relation);
    }
  for (guint i = 0; dyads && dyads[i]; i++)
    {
      g_autoptr (BilateralRelation) relation = relation_of_option (archive, dyads[i], &error);
      if (relation == NULL)
        {
          g_printerr ("bilateral render: %s\n", error->message);
          return error->domain == BILATERAL_ERROR && error->code == BILATERAL_ERROR_PARSE ? 2 : 1;
        }
      bilateral_timeline_add_relation (timeline, relation);
    }

  g_object_set (timeline, "width", width, "scale", scale, "show-inferred", inferred, "show-index", index, "span", span, NULL);
  if (title)
    bilateral_timeline_set_title (timeline, title);
  if (!bilateral_timeline_write_to_file (timeline, output, BILATERAL_TIMELINE_FORMAT_AUTO, &error))
    {
      g_printerr ("bilateral render: %s\n", error->message);
      return 1;
    }
  return 0;
}
