/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <math.h>

#include "test-util.h"

/* A step: +5 a year through the 1950s, −5 a year through the 1960s;
 * each event @copies times (with ids of their own), and one year in three
 * a second, milder event, so the bins are not all alike. */
static BilateralRelation *
noisy_step_relation (int copies)
{
  GString *doc = g_string_new (
    "{\"format\": \"bilateral/1\", \"sources\": [{\"id\": \"s\"}],"
    " \"actors\": [{\"id\": \"A\", \"kind\": \"group\"}, {\"id\": \"B\", \"kind\": \"group\"}], \"events\": [");
  GError *error = NULL;
  g_autoptr (BilateralArchive) archive = NULL;

  for (int year = 1950; year < 1970; year++)
    for (int copy = 0; copy < copies; copy++)
      {
        g_string_append_printf (doc,
                                "%s{\"id\": \"e%d-%d\", \"date\": \"%d\", \"source\": \"A\", \"target\": \"B\", \"cameo\": "
                                "\"%s\", \"goldstein\": %d, \"citations\": [{\"source\": \"s\"}]}",
                                year > 1950 || copy ? "," : "", year, copy, year, year < 1960 ? "057" : "111",
                                year < 1960 ? 5 : -5);
        if (copies > 1 && year % 3 == 0)
          g_string_append_printf (doc,
                                  ",{\"id\": \"m%d-%d\", \"date\": \"%d-06\", \"source\": \"B\", \"target\": \"A\", "
                                  "\"cameo\": \"010\", \"goldstein\": %d, \"citations\": [{\"source\": \"s\"}]}",
                                  year, copy, year, year < 1960 ? 2 : -1);
      }
  g_string_append (doc, "]}");
  archive = bilateral_archive_new_from_data (doc->str, -1, &error);
  assert_no_error (error);
  g_string_free (doc, TRUE);
  return bilateral_archive_get_relation (archive, bilateral_archive_lookup_actor (archive, "A"),
                                         bilateral_archive_lookup_actor (archive, "B"));
}

static BilateralRelation *
step_relation (void)
{
  return noisy_step_relation (1);
}

/* The half-life shapes the index, not the phases: those come from each
 * bin's weight per event. */
static BilateralInferenceParams *
sharp_params (void)
{
  BilateralInferenceParams *params = bilateral_inference_params_new ();

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
  assert_int_equal (bilateral_phase_get_stance (first), BILATERAL_STANCE_ALLIED); /* +5 an event */
  assert_int_equal (bilateral_phase_get_stance (second), BILATERAL_STANCE_HOSTILE);
  assert_int_equal (bilateral_phase_get_origin (first), BILATERAL_PHASE_ORIGIN_INFERRED);
  assert_string_equal (bilateral_event_get_id (bilateral_phase_get_opening_event (first)), "e1950-0");
  assert_string_equal (bilateral_event_get_id (bilateral_phase_get_opening_event (second)), "e1960-0");
  assert_non_null (
    strstr (bilateral_phase_get_summary (second), "Mean weight -5.00 an event from 1960 to 1969; opened by e1960-0 (-5.0)"));
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
  assert_float_equal (neutral, 0.75, 0);
  assert_float_equal (strong, 2.25, 0);
  assert_float_equal (extreme, 3.75, 0);
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
    { 0, 0 },   { 0.75, 0 },  { 0.7501, 1 },   { 2.25, 1 },   { 2.2501, 2 },   { 3.75, 2 },   { 3.7501, 3 },
    { 100, 3 }, { -0.75, 0 }, { -0.7501, -1 }, { -2.25, -1 }, { -2.2501, -2 }, { -3.75, -2 }, { -3.7501, -3 },
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
  /* The boundaries 366 days apart do not match within 365: only the starts do. */
  assert_float_equal (bilateral_phase_comparison_get_boundary_f1 (strict), 0.5, 1e-12);
  {
    double d1950 = bilateral_date_day_from_ymd (1950, 1, 1), d1960 = bilateral_date_day_from_ymd (1960, 1, 1);
    double d1961 = bilateral_date_day_from_ymd (1961, 1, 1), d1970 = bilateral_date_day_from_ymd (1970, 1, 1);
    double covering = ((d1960 - d1950) * (d1960 - d1950) / (d1961 - d1950) +
                       (d1970 - d1960) * (d1970 - d1961) / (d1970 - d1960)) /
                      (d1970 - d1950);
    assert_float_equal (bilateral_phase_comparison_get_covering (strict), covering, 1e-12);
  }
  assert_int_equal (bilateral_phase_comparison_get_unmatched_reference (strict)->len, 1);
  assert_int_equal (bilateral_phase_comparison_get_unmatched_other (strict)->len, 1);
  unmatched = bilateral_date_to_string (g_ptr_array_index (bilateral_phase_comparison_get_unmatched_other (strict), 0));
  assert_string_equal (unmatched, "1961-01-01");

  loose = bilateral_phases_compare (G_LIST_MODEL (reference), G_LIST_MODEL (other), span, 366);
  assert_int_equal (bilateral_phase_comparison_get_unmatched_reference (loose)->len, 0);
  assert_int_equal (bilateral_phase_comparison_get_unmatched_other (loose)->len, 0);
  assert_float_equal (bilateral_phase_comparison_get_boundary_f1 (loose), 1, 1e-12);
  assert_float_equal (bilateral_phase_comparison_get_covering (loose), bilateral_phase_comparison_get_covering (strict), 1e-12);

  /* Without a span: from 1950 to the latest boundary, 1961. */
  open = bilateral_phases_compare (G_LIST_MODEL (reference), G_LIST_MODEL (other), NULL, 365);
  assert_int_equal (bilateral_phase_comparison_get_days (open),
                    bilateral_date_day_from_ymd (1961, 1, 1) - bilateral_date_day_from_ymd (1950, 1, 1));
  assert_float_equal (bilateral_phase_comparison_get_exact_agreement (open), 0, 0);
}

/* Doubling every event moves neither the phases nor the stance index. */
static void
test_doubled_events_keep_their_phases (void **state)
{
  g_autoptr (BilateralRelation) once = noisy_step_relation (2);
  g_autoptr (BilateralRelation) twice = noisy_step_relation (4);
  g_autoptr (BilateralInferenceParams) params = bilateral_inference_params_new ();

  for (int method = BILATERAL_SEGMENTATION_PELT; method <= BILATERAL_SEGMENTATION_BINARY; method++)
    {
      g_autoptr (GListModel) a = NULL;
      g_autoptr (GListModel) b = NULL;

      bilateral_inference_params_set_method (params, method);
      assert_int_equal (bilateral_inference_params_get_method (params), method);
      a = bilateral_relation_infer_phases (once, params);
      b = bilateral_relation_infer_phases (twice, params);
      assert_int_equal (g_list_model_get_n_items (a), 2);
      assert_int_equal (g_list_model_get_n_items (b), 2);
      for (guint i = 0; i < 2; i++)
        {
          g_autoptr (BilateralPhase) x = g_list_model_get_item (a, i);
          g_autoptr (BilateralPhase) y = g_list_model_get_item (b, i);
          assert_int_equal (bilateral_phase_get_stance (x), bilateral_phase_get_stance (y));
          assert_true (bilateral_date_equal (bilateral_phase_get_start (x), bilateral_phase_get_start (y)));
        }
    }
  {
    g_autoptr (BilateralSeries) a = bilateral_relation_get_series (once, NULL);
    g_autoptr (BilateralSeries) b = bilateral_relation_get_series (twice, NULL);
    gsize n, m;
    const double *x = bilateral_series_get_values (a, BILATERAL_SERIES_STANCE_INDEX, &n);
    const double *y = bilateral_series_get_values (b, BILATERAL_SERIES_STANCE_INDEX, &m);
    const double *ix = bilateral_series_get_index (a, &n);
    const double *iy = bilateral_series_get_index (b, &m);

    assert_int_equal (n, m);
    for (gsize i = 0; i < n; i++)
      {
        assert_float_equal (x[i], y[i], 1e-9);
        assert_float_equal (2 * ix[i], iy[i], 1e-9);
        assert_true (fabs (x[i]) <= 10);
      }
  }
}

/* Binary segmentation finds the step as PELT does; the property and the
 * enum are what bindings see. */
static void
test_binary_segmentation (void **state)
{
  g_autoptr (BilateralRelation) relation = step_relation ();
  g_autoptr (BilateralInferenceParams) params = bilateral_inference_params_new ();
  g_autoptr (GListModel) phases = NULL;
  g_autoptr (BilateralPhase) second = NULL;
  g_autofree char *start = NULL;
  BilateralSegmentation method = BILATERAL_SEGMENTATION_PELT;

  assert_int_equal (bilateral_inference_params_get_method (params), BILATERAL_SEGMENTATION_PELT);
  g_object_set (params, "method", BILATERAL_SEGMENTATION_BINARY, NULL);
  g_object_get (params, "method", &method, NULL);
  assert_int_equal (method, BILATERAL_SEGMENTATION_BINARY);
  phases = bilateral_relation_infer_phases (relation, params);
  assert_int_equal (g_list_model_get_n_items (phases), 2);
  second = g_list_model_get_item (phases, 1);
  start = bilateral_date_to_string (bilateral_phase_get_start (second));
  assert_string_equal (start, "1960");
  /* Too dear a cut: one segment. */
  bilateral_inference_params_set_penalty (params, 600);
  g_clear_object (&phases);
  phases = bilateral_relation_infer_phases (relation, params);
  assert_int_equal (g_list_model_get_n_items (phases), 1);
  assert_string_equal (
    g_enum_get_value (g_type_class_peek (BILATERAL_TYPE_SEGMENTATION), BILATERAL_SEGMENTATION_BINARY)->value_nick, "binary");
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
  assert_true (isnan (bilateral_phase_comparison_get_boundary_f1 (c)));
  assert_true (isnan (bilateral_phase_comparison_get_covering (c)));
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
    cmocka_unit_test (test_doubled_events_keep_their_phases),
    cmocka_unit_test (test_binary_segmentation),
  };
  return cmocka_run_group_tests_name ("inference", tests, NULL, NULL);
}
