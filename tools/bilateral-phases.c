/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* bilateral phases: a relation's phases, curated or inferred, and how the
 * two agree. */
#include <math.h>
#include <stdio.h>

#include "bilateral-cli.h"

static void
print_phases (const char *heading, GListModel *phases)
{
  g_autoptr (GEnumClass) stances = g_type_class_ref (BILATERAL_TYPE_STANCE);

  printf ("%s\n", heading);
  if (g_list_model_get_n_items (phases) == 0)
    printf ("  (none)\n");
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr (BilateralPhase) phase = g_list_model_get_item (phases, i);
      BilateralDate *end = bilateral_phase_get_end (phase);
      g_autofree char *start_text = bilateral_date_to_string (bilateral_phase_get_start (phase));
      g_autofree char *end_text = end ? bilateral_date_to_string (end) : g_strdup ("..");
      BilateralStance stance = bilateral_phase_get_stance (phase);
      const char *detail = bilateral_phase_get_origin (phase) == BILATERAL_PHASE_ORIGIN_INFERRED
                             ? bilateral_phase_get_summary (phase)
                             : bilateral_phase_get_label (phase);

      g_autofree char *number = g_strdup_printf (stance ? "%+d" : "%d", stance);

      printf ("  %-10s → %-10s %-12s %-4s %s\n", start_text, end_text, g_enum_get_value (stances, stance)->value_nick, number,
              detail ? detail : "");
    }
}

static void
print_dates (const char *heading, GPtrArray *dates)
{
  printf ("  %s", heading);
  if (dates->len == 0)
    printf (" none");
  for (guint i = 0; i < dates->len; i++)
    {
      g_autofree char *text = bilateral_date_to_string (g_ptr_array_index (dates, i));
      printf ("%s %s", i ? "," : "", text);
    }
  printf ("\n");
}

int
bilateral_command_phases (int argc, char **argv)
{
  gboolean infer = FALSE, compare = FALSE;
  g_autofree char *by = NULL;
  g_autofree char *half_life = NULL;
  g_autofree char *span_text = NULL;
  g_autofree char *method = NULL;
  double penalty = 0;
  int min_segment = 0, tolerance = -1;
  GOptionEntry entries[] = {
    { "infer", 'i', 0, G_OPTION_ARG_NONE, &infer, "Infer the phases from the events", NULL },
    { "compare", 'c', 0, G_OPTION_ARG_NONE, &compare, "Compare the curated phases with the inferred ones", NULL },
    { "by", 'b', 0, G_OPTION_ARG_STRING, &by, "Bins of the index: year (the default) or month", "BIN" },
    { "half-life", 'h', 0, G_OPTION_ARG_STRING, &half_life, "Half-life of the index: 2y (the default), 18m, 730d", "DURATION" },
    { "penalty", 'p', 0, G_OPTION_ARG_DOUBLE, &penalty, "Penalty of a change point (default: automatic)", "P" },
    { "method", 0, 0, G_OPTION_ARG_STRING, &method, "How to find change points: pelt (the default) or binary", "METHOD" },
    { "min-segment", 'm', 0, G_OPTION_ARG_INT, &min_segment, "Fewest bins in a phase (default: 3)", "N" },
    { "span", 's', 0, G_OPTION_ARG_STRING, &span_text, "The dates to cover, as EDTF: 1947/2015 (default: the events')", "DATES" },
    { "tolerance", 't', 0, G_OPTION_ARG_INT, &tolerance, "Days within which boundaries match (default: two bins)", "DAYS" },
    { NULL },
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("HISTORY ACTOR ACTOR");
  g_autoptr (GError) error = NULL;
  g_autoptr (BilateralInferenceParams) params = bilateral_inference_params_new ();
  BilateralSeriesParams *series_params = bilateral_inference_params_get_series_params (params);
  g_autoptr (BilateralRelation) relation = NULL;
  g_autoptr (GListModel) inferred = NULL;
  g_autoptr (BilateralDate) span = NULL;
  BilateralSeriesBin bin;
  double days;

  g_option_context_set_summary (context, "Print a relation's curated phases, or (--infer) the phases found in its events, "
                                         "or (--compare) both and how they agree.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 4 || !bilateral_cli_parse_bin (by, &bin, &error) ||
      (half_life && !bilateral_cli_parse_duration (half_life, &days, &error)) ||
      (span_text && !(span = bilateral_date_parse (span_text, &error))))
    {
      g_printerr ("bilateral phases: %s\n",
                  error ? error->message : "give a history and two actors (see bilateral phases --help)");
      return 2;
    }
  if (penalty < 0 || min_segment < 0)
    {
      g_printerr ("bilateral phases: --penalty and --min-segment cannot be negative\n");
      return 2;
    }
  if (method && !g_str_equal (method, "pelt") && !g_str_equal (method, "binary"))
    {
      g_printerr ("bilateral phases: --method takes pelt or binary, not “%s”\n", method);
      return 2;
    }
  if (tolerance < 0) /* two bins, as change-point benchmarks allow */
    tolerance = bin == BILATERAL_SERIES_BIN_YEAR ? 730 : 61;
  bilateral_inference_params_set_method (params, method && g_str_equal (method, "binary") ? BILATERAL_SEGMENTATION_BINARY
                                                                                          : BILATERAL_SEGMENTATION_PELT);
  bilateral_series_params_set_bin (series_params, bin);
  if (half_life)
    bilateral_series_params_set_half_life (series_params, days);
  bilateral_series_params_set_span (series_params, span);
  bilateral_inference_params_set_penalty (params, penalty);
  if (min_segment > 0)
    bilateral_inference_params_set_min_segment (params, (guint) min_segment);

  relation = bilateral_cli_open_relation ("phases", argv[1], argv[2], argv[3]);
  if (relation == NULL)
    return 1;
  if (!infer && !compare)
    {
      print_phases ("Curated phases", bilateral_relation_get_phases (relation));
      return 0;
    }
  inferred = bilateral_relation_infer_phases (relation, params);
  if (compare)
    print_phases ("Curated phases", bilateral_relation_get_phases (relation));
  print_phases ("Inferred phases", inferred);
  if (compare)
    {
      /* The library's own default span, so that the tool and a program agree. */
      g_autoptr (BilateralPhaseComparison)
        c = bilateral_phases_compare (bilateral_relation_get_phases (relation), inferred, span, (guint) tolerance);
      g_autofree char *span_label = span ? bilateral_date_to_string (span) : g_strdup ("the days both cover");
      double distance = bilateral_phase_comparison_get_mean_boundary_distance (c);

      printf ("Comparison over %u days (%s)\n", bilateral_phase_comparison_get_days (c), span_label);
      printf ("  stances agree exactly  %5.1f%% of days\n", 100 * bilateral_phase_comparison_get_exact_agreement (c));
      printf ("  stances agree in sign  %5.1f%% of days\n", 100 * bilateral_phase_comparison_get_sign_agreement (c));
      if (isnan (distance))
        printf ("  mean boundary distance —\n");
      else
        printf ("  mean boundary distance %.0f days\n", distance);
      printf ("  boundary F1            %.3f (within %d days)\n", bilateral_phase_comparison_get_boundary_f1 (c), tolerance);
      printf ("  covering               %.3f\n", bilateral_phase_comparison_get_covering (c));
      print_dates ("curated boundaries the inferred lack:", bilateral_phase_comparison_get_unmatched_reference (c));
      print_dates ("inferred boundaries the curated lack:", bilateral_phase_comparison_get_unmatched_other (c));
    }
  return 0;
}
