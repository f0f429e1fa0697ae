/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* bilateral series: a relation binned by month or year, with its index. */
#include <stdio.h>

#include "bilateral-cli.h"

static const char *const column_names[BILATERAL_N_SERIES_MEASURES] = {
  "events", "goldstein", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict",
  "impact", "weight",    "index",       "stance_index",
};

int
bilateral_command_series (int argc, char **argv)
{
  g_autofree char *by = NULL;
  g_autofree char *half_life = NULL;
  g_autofree char *direction = NULL;
  g_autofree char *span_text = NULL;
  gboolean csv = FALSE, no_impacts = FALSE;
  GOptionEntry entries[] = {
    { "by", 'b', 0, G_OPTION_ARG_STRING, &by, "Bins: year (the default) or month", "BIN" },
    { "half-life", 'h', 0, G_OPTION_ARG_STRING, &half_life, "Half-life of the index: 2y (the default), 18m, 730d", "DURATION" },
    { "direction", 'd', 0, G_OPTION_ARG_STRING, &direction, "both (the default), forward (first to second) or backward", "DIR" },
    { "span", 's', 0, G_OPTION_ARG_STRING, &span_text, "The dates to cover, as EDTF: 1947/2015 (default: the events')", "DATES" },
    { "no-impacts", 0, 0, G_OPTION_ARG_NONE, &no_impacts, "Leave out the impacts of others' events", NULL },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &csv, "Write CSV rather than a table", NULL },
    { NULL },
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("HISTORY ACTOR ACTOR");
  g_autoptr (GError) error = NULL;
  g_autoptr (BilateralSeriesParams) params = bilateral_series_params_new ();
  g_autoptr (BilateralRelation) relation = NULL;
  g_autoptr (BilateralSeries) series = NULL;
  g_autoptr (BilateralDate) span = NULL;
  BilateralSeriesBin bin;
  double days;
  const double *values[BILATERAL_N_SERIES_MEASURES];
  gsize n = 0;

  g_option_context_set_summary (
    context, "Print a relation binned by year or month: event counts, Goldstein sums, "
             "QuadClass counts, impacts of others' events, the relationship index and the stance index (per event).");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 4 || !bilateral_cli_parse_bin (by, &bin, &error) ||
      (half_life && !bilateral_cli_parse_duration (half_life, &days, &error)) ||
      (span_text && !(span = bilateral_date_parse (span_text, &error))))
    {
      g_printerr ("bilateral series: %s\n",
                  error ? error->message : "give a history and two actors (see bilateral series --help)");
      return 2;
    }
  bilateral_series_params_set_bin (params, bin);
  if (half_life)
    bilateral_series_params_set_half_life (params, days);
  if (direction && !g_str_equal (direction, "both"))
    {
      if (g_str_equal (direction, "forward"))
        bilateral_series_params_set_direction (params, BILATERAL_SERIES_FIRST_TO_SECOND);
      else if (g_str_equal (direction, "backward"))
        bilateral_series_params_set_direction (params, BILATERAL_SERIES_SECOND_TO_FIRST);
      else
        {
          g_printerr ("bilateral series: --direction takes both, forward or backward, not “%s”\n", direction);
          return 2;
        }
    }
  bilateral_series_params_set_impacts (params, !no_impacts);
  bilateral_series_params_set_span (params, span);

  relation = bilateral_cli_open_relation ("series", argv[1], argv[2], argv[3]);
  if (relation == NULL)
    return 1;
  series = bilateral_relation_get_series (relation, params);
  for (guint m = 0; m < BILATERAL_N_SERIES_MEASURES; m++)
    values[m] = bilateral_series_get_values (series, m, &n);

  if (csv)
    {
      printf ("bin");
      for (guint m = 0; m < BILATERAL_N_SERIES_MEASURES; m++)
        printf (",%s", column_names[m]);
      printf ("\n");
    }
  else
    printf ("%-8s %6s %9s %5s %5s %5s %5s %8s %8s %8s %7s\n", "bin", "events", "goldstein", "vcoop", "mcoop", "vconf", "mconf",
            "impact", "weight", "index", "stance");
  for (gsize i = 0; i < n; i++)
    {
      g_autoptr (BilateralDate) date = bilateral_series_get_bin_date (series, (guint) i);
      g_autofree char *label = bilateral_date_to_string (date);

      if (csv)
        {
          printf ("%s", label);
          for (guint m = 0; m < BILATERAL_N_SERIES_MEASURES; m++)
            {
              char buffer[G_ASCII_DTOSTR_BUF_SIZE];
              printf (",%s", g_ascii_formatd (buffer, sizeof buffer, "%.6g", values[m][i]));
            }
          printf ("\n");
        }
      else
        printf ("%-8s %6.0f %+9.1f %5.0f %5.0f %5.0f %5.0f %+8.2f %+8.2f %+8.2f %+7.2f\n", label,
                values[BILATERAL_SERIES_COUNT][i], values[BILATERAL_SERIES_GOLDSTEIN][i],
                values[BILATERAL_SERIES_VERBAL_COOPERATION][i], values[BILATERAL_SERIES_MATERIAL_COOPERATION][i],
                values[BILATERAL_SERIES_VERBAL_CONFLICT][i], values[BILATERAL_SERIES_MATERIAL_CONFLICT][i],
                values[BILATERAL_SERIES_IMPACT][i], values[BILATERAL_SERIES_WEIGHT][i], values[BILATERAL_SERIES_INDEX][i],
                values[BILATERAL_SERIES_STANCE_INDEX][i]);
    }
  return 0;
}
