/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <bilateral/bilateral.h>

G_BEGIN_DECLS

/* One subcommand of the `bilateral` tool: argv[0] is the command's name. */
typedef int (*BilateralCommandFunc) (int argc, char **argv);

int bilateral_command_history (int argc, char **argv);
int bilateral_command_state (int argc, char **argv);
int bilateral_command_panel (int argc, char **argv);
int bilateral_command_series (int argc, char **argv);
int bilateral_command_phases (int argc, char **argv);
int bilateral_command_aggregate (int argc, char **argv);
int bilateral_command_merge (int argc, char **argv);
int bilateral_command_events (int argc, char **argv);
int bilateral_command_convert (int argc, char **argv);
int bilateral_command_render (int argc, char **argv);

/* A bundled history by name, or a bilateral/1 file by path. */
BilateralArchive *bilateral_cli_open_history (const char *name_or_path, GError **error);

/* The two actors of a dyad, by any code or name; an error names the one missing. */
gboolean bilateral_cli_lookup_dyad (BilateralArchive *archive, const char *a, const char *b,
                                    BilateralActor **first, BilateralActor **second, GError **error);

/* With no dyad named, the one with the most phases (counting states that
 * continue each other as one; the earliest on a tie); failing that, the
 * first event's. */
gboolean bilateral_cli_default_dyad (BilateralArchive *archive, BilateralActor **first, BilateralActor **second,
                                     GError **error);

/* A duration such as 2y, 18m or 730d (or a number of days), in days. */
gboolean bilateral_cli_parse_duration (const char *text, double *days, GError **error);

/* --by year|month. */
gboolean bilateral_cli_parse_bin (const char *text, BilateralSeriesBin *bin, GError **error);

/* Opens HISTORY and finds the dyad A B, or prints why not and returns NULL. */
BilateralRelation *bilateral_cli_open_relation (const char *command, const char *history, const char *a, const char *b);

/* The width to lay text out in: --width, else $COLUMNS, else the terminal's, else 100. */
int bilateral_cli_width (int requested);

/* Display width of UTF-8 text, counting each character as one column. */
int bilateral_cli_text_width (const char *text);

/* Prints @text wrapped to @width, every line indented by @indent spaces. */
void bilateral_cli_print_wrapped (const char *text, int indent, int width);

/* Prints @text padded with spaces to @columns (display width). */
void bilateral_cli_print_padded (const char *text, int columns);

/* An option's value, the nick of a value of the enum @type, in any case. */
gboolean bilateral_cli_parse_nick (const char *option, GType type, const char *text, int *value, GError **error);

/* The filter options that bilateral aggregate and bilateral events share. */
typedef struct {
  char *dyad, *country, *span, *roots, *sector, *located;
  gboolean directed, root_only;
} BilateralCliFilterOptions;

void bilateral_cli_filter_options_clear (BilateralCliFilterOptions *options);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BilateralCliFilterOptions, bilateral_cli_filter_options_clear)

#define BILATERAL_CLI_FILTER_ENTRIES(o)                                                                                    \
  { "dyad", 'd', 0, G_OPTION_ARG_STRING, &(o).dyad, "Only the events between two countries: PAK,RUS", "A,B" },           \
  { "country", 'c', 0, G_OPTION_ARG_STRING, &(o).country, "Only the events with this country on one side", "C" },         \
  { "span", 's', 0, G_OPTION_ARG_STRING, &(o).span, "Only the events within these dates (EDTF): 2012-08/2012-09", "DATES" }, \
  { "roots", 'r', 0, G_OPTION_ARG_STRING, &(o).roots, "Only these CAMEO root codes: 14,18", "R,R" },                      \
  { "root-events", 0, 0, G_OPTION_ARG_NONE, &(o).root_only, "Only GDELT's root events (IsRootEvent = 1)", NULL },      \
  { "sector", 0, 0, G_OPTION_ARG_STRING, &(o).sector, "Only events with this sector on both sides: GOV", "S" },           \
  { "located", 0, 0, G_OPTION_ARG_STRING, &(o).located, "Only events whose place was in this state: AFG", "C" }

/* The filter the options ask for, or NULL after printing why not. */
BilateralEventFilter *bilateral_cli_event_filter (const char *command, const BilateralCliFilterOptions *options);

G_END_DECLS
