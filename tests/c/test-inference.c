/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <math.h>

#include "test-util.h"

/* A step: +5 a year through the 1950s, −5 a year through the 1960s. */
static BilateralRelation *
step_relation (void)
{
  GString *doc = g_string_new (
    "{\"format\": \"bilateral/1\", \"sources\": [{\"id\": \"s\"}],"
    " \"actors\": [{\"id\": \"A\", \"kind\": \"group\"}, {\"id\": \"B\", \"kind\": \"group\"}], \"events\": [");
  GError *error = NULL;
  g_autoptr (BilateralArchive) archive = NULL;

  for (int year = 1950; year < 1970; year++)
    g_string_append_printf (doc,
                            "%s{\"id\": \"e%d\", \"date\": \"%d\", \"source\": \"A\", \"target\": \"B\", \"cameo\": \"%s\","
                            " \"goldstein\": %d, \"citations\": [{\"source\": \"s\"}]}",
                            year > 1950 ? "," : "", year, year, year < 1960 ? "057" : "111", year < 1960 ? 5 : -5);
  g_string_append (doc, "]}");
  archive = bilateral_archive_new_from_data (doc->str, -1, &error);
  assert_no_error (error);
  g_string_free (doc, TRUE);
  return bilateral_archive_get_relation (archive, bilateral_archive_lookup_actor (archive, "A"),
                                         bilateral_archive_lookup_actor (archive, "B"));
}

static BilateralInferenceParams *
sharp_params (void)
{
  BilateralInferenceParams *params = bilateral_inference_params_new ();

  /* A one-day half-life: the index is each year's weight alone. */
  bilateral_series_params_set_half_life (bilateral_inference_params_get_series_params (params), 1.0);
  return params;
}

static void
test_a_step_is_found (void **state)
{
  g_autoptr (BilateralRelation) relation = step_relation ();
  g_autoptr (BilateralInferenceParams) params = sharp_params ();
  g_autoptr (GListModel) phases = bilateral_relation_infer_phases (relation, params);
  g_autoptr (BilateralPhase) first = NULL;
  g_autoptr (BilateralPhase) second = NULL;
  g_autofree char *start = NULL, *end = NULL, *second_start = NULL;

  assert_int_equal (g_list_model_get_n_items (phases), 2);
  first = g_list_model_get_item (phases, 0);
  second = g_list_model_get_item (phases, 1);
  start = bilateral_date_to_string (bilateral_phase_get_start (first));
  end = bilateral_date_to_string (bilateral_phase_get_end (first));
  second_start = bilateral_date_to_string (bilateral_phase_get_start (second));
  assert_string_equal (start, "1950");
  assert_string_equal (end, "1960");
  assert_string_equal (second_start, "1960");
  assert_null (bilateral_phase_get_end (second));
  assert_int_equal (bilateral_phase_get_stance (first), BILATERAL_STANCE_FRIENDLY);
  assert_int_equal (bilateral_phase_get_stance (second), BILATERAL_STANCE_ANTAGONISTIC);
  assert_int_equal (bilateral_phase_get_origin (first), BILATERAL_PHASE_ORIGIN_INFERRED);
  assert_string_equal (bilateral_event_get_id (bilateral_phase_get_opening_event (first)), "e1950");
  assert_string_equal (bilateral_event_get_id (bilateral_phase_get_opening_event (second)), "e1960");
  assert_non_null (strstr (bilateral_phase_get_summary (second), "Mean index -5.00 from 1960 to 1969; opened by e1960 (-5.0)"));
  assert_int_equal (g_list_model_get_n_items (bilateral_phase_get_citations (first)), 1);
  assert_ptr_equal (bilateral_phase_get_first (first), bilateral_relation_get_first (relation));
}

static void
test_penalty_and_min_segment (void **state)
{
  g_autoptr (BilateralRelation) relation = step_relation ();
  g_autoptr (BilateralInferenceParams) params = sharp_params ();
  g_autoptr (GListModel) one = NULL;
  g_autoptr (GListModel) none = NULL;
  double neutral, strong, extreme;

  /* A penalty above the cost of the whole series (20 · 25) keeps one segment. */
  bilateral_inference_params_set_penalty (params, 600);
  assert_float_equal (bilateral_inference_params_get_penalty (params), 600, 0);
  one = bilateral_relation_infer_phases (relation, params);
  assert_int_equal (g_list_model_get_n_items (one), 1);
  assert_int_equal (bilateral_phase_get_stance (g_list_model_get_item (one, 0)), BILATERAL_STANCE_NEUTRAL);
  g_object_unref (g_list_model_get_item (one, 0));

  /* Segments of at least 11 years cannot cut at 1960. */
  bilateral_inference_params_set_penalty (params, 0);
  bilateral_inference_params_set_min_segment (params, 11);
  assert_int_equal (bilateral_inference_params_get_min_segment (params), 11);
  none = bilateral_relation_infer_phases (relation, params);
  assert_int_equal (g_list_model_get_n_items (none), 1);

  bilateral_inference_params_get_thresholds (params, &neutral, &strong, &extreme);
  assert_float_equal (neutral, 1, 0);
  assert_float_equal (strong, 4, 0);
  assert_float_equal (extreme, 8, 0);
  g_clear_object (&params);
  params = bilateral_inference_params_new ();
  assert_int_equal (bilateral_inference_params_get_min_segment (params), 3);
}

static void
test_thresholds_at_their_edges (void **state)
{
  g_autoptr (BilateralInferenceParams) params = bilateral_inference_params_new ();
  static const struct {
    double index;
    BilateralStance stance;
  } cases[] = {
    { 0, 0 },   { 1.0, 0 },  { 1.0001, 1 },   { 4.0, 1 },   { 4.0001, 2 },   { 8.0, 2 },   { 8.0001, 3 },
    { 100, 3 }, { -1.0, 0 }, { -1.0001, -1 }, { -4.0, -1 }, { -4.0001, -2 }, { -8.0, -2 }, { -8.0001, -3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_int_equal (bilateral_inference_params_stance_for (params, cases[i].index), cases[i].stance);
  bilateral_inference_params_set_thresholds (params, 0.5, 0.5, 2);
  assert_int_equal (bilateral_inference_params_stance_for (params, 0.6), BILATERAL_STANCE_FRIENDLY);
  assert_int_equal (bilateral_inference_params_stance_for (params, -2.1), BILATERAL_STANCE_HOSTILE);
}

static void
test_no_events_no_phases (void **state)
{
  g_autoptr (BilateralArchive) archive = bilateral_archive_new_from_data (
    "{\"format\": \"bilateral/1\", \"actors\": [{\"id\": \"A\", \"kind\": \"group\"}, {\"id\": \"B\", \"kind\": \"group\"}]}", -1,
    NULL);
  g_autoptr (BilateralRelation) relation = bilateral_archive_get_relation (archive, bilateral_archive_lookup_actor (archive, "A"),
                                                                           bilateral_archive_lookup_actor (archive, "B"));
  g_autoptr (GListModel) phases = bilateral_relation_infer_phases (relation, NULL);
  g_autoptr (BilateralSeries) series = bilateral_relation_get_series (relation, NULL);

  assert_int_equal (g_list_model_get_n_items (phases), 0);
  assert_int_equal (bilateral_series_get_n_bins (series), 0);
}

static BilateralPhase *
phase (const char *id, const char *start, const char *end, BilateralStance stance)
{
  static BilateralState *a, *b;
  g_autoptr (BilateralDate) s = bilateral_date_parse (start, NULL);
  g_autoptr (BilateralDate) e = end ? bilateral_date_parse (end, NULL) : NULL;

  if (a == NULL)
    {
      a = bilateral_state_new ("A", NULL, NULL);
      b = bilateral_state_new ("B", NULL, NULL);
    }
  return bilateral_phase_new (id, BILATERAL_ACTOR (a), BILATERAL_ACTOR (b), s, e, stance, NULL);
}

static void
test_comparison (void **state)
{
  g_autoptr (GListStore) reference = g_list_store_new (BILATERAL_TYPE_PHASE);
  g_autoptr (GListStore) other = g_list_store_new (BILATERAL_TYPE_PHASE);
  g_autoptr (BilateralDate) span = bilateral_date_parse ("1950/1969", NULL);
  g_autoptr (BilateralPhaseComparison) strict = NULL;
  g_autoptr (BilateralPhaseComparison) loose = NULL;
  g_autoptr (BilateralPhaseComparison) open = NULL;
  g_autoptr (BilateralPhase) r1 = phase ("r1", "1950-01-01", "1960-01-01", BILATERAL_STANCE_FRIENDLY);
  g_autoptr (BilateralPhase) r2 = phase ("r2", "1960-01-01", NULL, BILATERAL_STANCE_ANTAGONISTIC);
  g_autoptr (BilateralPhase) o1 = phase ("o1", "1950", "1961", BILATERAL_STANCE_CORDIAL);
  g_autoptr (BilateralPhase) o2 = phase ("o2", "1961", NULL, BILATERAL_STANCE_ANTAGONISTIC);
  double days = 7305, same = 3287, other_sign = 366;
  g_autofree char *unmatched = NULL;

  g_list_store_append (reference, r1);
  g_list_store_append (reference, r2);
  g_list_store_append (other, o2); /* order does not matter */
  g_list_store_append (other, o1);
  strict = bilateral_phases_compare (G_LIST_MODEL (reference), G_LIST_MODEL (other), span, 365);
  assert_int_equal (bilateral_phase_comparison_get_days (strict), days);
  assert_float_equal (bilateral_phase_comparison_get_exact_agreement (strict), same / days, 1e-12);
  assert_float_equal (bilateral_phase_comparison_get_sign_agreement (strict), (days - other_sign) / days, 1e-12);
  assert_float_equal (bilateral_phase_comparison_get_mean_boundary_distance (strict), 366, 1e-12);
  assert_int_equal (bilateral_phase_comparison_get_unmatched_reference (strict)->len, 1);
  assert_int_equal (bilateral_phase_comparison_get_unmatched_other (strict)->len, 1);
  unmatched = bilateral_date_to_string (g_ptr_array_index (bilateral_phase_comparison_get_unmatched_other (strict), 0));
  assert_string_equal (unmatched, "1961-01-01");

  loose = bilateral_phases_compare (G_LIST_MODEL (reference), G_LIST_MODEL (other), span, 366);
  assert_int_equal (bilateral_phase_comparison_get_unmatched_reference (loose)->len, 0);
  assert_int_equal (bilateral_phase_comparison_get_unmatched_other (loose)->len, 0);

  /* Without a span: from 1950 to the latest boundary, 1961. */
  open = bilateral_phases_compare (G_LIST_MODEL (reference), G_LIST_MODEL (other), NULL, 365);
  assert_int_equal (bilateral_phase_comparison_get_days (open),
                    bilateral_date_day_from_ymd (1961, 1, 1) - bilateral_date_day_from_ymd (1950, 1, 1));
  assert_float_equal (bilateral_phase_comparison_get_exact_agreement (open), 0, 0);
}

static void
test_comparison_of_nothing (void **state)
{
  g_autoptr (GListStore) empty = g_list_store_new (BILATERAL_TYPE_PHASE);
  g_autoptr (BilateralPhaseComparison) c = bilateral_phases_compare (G_LIST_MODEL (empty), G_LIST_MODEL (empty), NULL, 0);

  assert_int_equal (bilateral_phase_comparison_get_days (c), 0);
  assert_true (isnan (bilateral_phase_comparison_get_exact_agreement (c)));
  assert_true (isnan (bilateral_phase_comparison_get_sign_agreement (c)));
  assert_true (isnan (bilateral_phase_comparison_get_mean_boundary_distance (c)));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_a_step_is_found),
    cmocka_unit_test (test_penalty_and_min_segment),
    cmocka_unit_test (test_thresholds_at_their_edges),
    cmocka_unit_test (test_no_events_no_phases),
    cmocka_unit_test (test_comparison),
    cmocka_unit_test (test_comparison_of_nothing),
  };
  return cmocka_run_group_tests_name ("inference", tests, NULL, NULL);
}
