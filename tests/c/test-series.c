/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <math.h>

#include "test-util.h"

/* A, B and C; A→B 1950-03 (+4), B→A 1950-11 (−2), A→B 1952 (−10); A→C 1951-06
 * (+8) which bore on A–B with weight −0.5. */
static const char synthetic[] = "{\"format\": \"bilateral/1\", \"sources\": [{\"id\": \"s\"}],"
                                " \"actors\": [{\"id\": \"A\", \"kind\": \"group\"}, {\"id\": \"B\", \"kind\": \"group\"}, "
                                "{\"id\": \"C\", \"kind\": \"group\"}],"
                                " \"events\": ["
                                "  {\"id\": \"e1\", \"date\": \"1950-03\", \"source\": \"A\", \"target\": \"B\", \"cameo\": "
                                "\"036\", \"goldstein\": 4, \"citations\": [{\"source\": \"s\"}]},"
                                "  {\"id\": \"e2\", \"date\": \"1950-11\", \"source\": \"B\", \"target\": \"A\", \"cameo\": "
                                "\"111\", \"goldstein\": -2, \"citations\": [{\"source\": \"s\"}]},"
                                "  {\"id\": \"e3\", \"date\": \"1952\", \"source\": \"A\", \"target\": \"B\", \"cameo\": "
                                "\"190\", \"goldstein\": -10, \"citations\": [{\"source\": \"s\"}]},"
                                "  {\"id\": \"e4\", \"date\": \"1951-06\", \"source\": \"A\", \"target\": \"C\", \"cameo\": "
                                "\"057\", \"goldstein\": 8, \"citations\": [{\"source\": \"s\"}],"
                                "   \"impacts\": [{\"dyad\": [\"B\", \"A\"], \"weight\": -0.5}]}]}";

static int
load (void **state)
{
  GError *error = NULL;
  BilateralArchive *archive = bilateral_archive_new_from_data (synthetic, -1, &error);

  assert_no_error (error);
  *state = bilateral_archive_get_relation (archive, bilateral_archive_lookup_actor (archive, "A"),
                                           bilateral_archive_lookup_actor (archive, "B"));
  g_object_unref (archive);
  return 0;
}

static int
unload (void **state)
{
  g_clear_object ((BilateralRelation **) state);
  return 0;
}

static void
assert_values (BilateralSeries *series, BilateralSeriesMeasure measure, const double *expected, gsize n)
{
  gsize n_values;
  const double *values = bilateral_series_get_values (series, measure, &n_values);

  assert_int_equal (n_values, n);
  for (gsize i = 0; i < n; i++)
    assert_float_equal (values[i], expected[i], 1e-9);
}

static void
test_yearly (void **state)
{
  g_autoptr (BilateralSeriesParams) params = g_object_new (BILATERAL_TYPE_SERIES_PARAMS, "half-life", 365.2425, NULL);
  g_autoptr (BilateralSeries) series = bilateral_relation_get_series (*state, params);
  g_autoptr (BilateralDate) first = bilateral_series_get_bin_date (series, 0);
  g_autofree char *first_text = bilateral_date_to_string (first);
  g_autoptr (BilateralDate) in_1951 = bilateral_date_parse ("1951-06-30", NULL);
  g_autoptr (BilateralDate) in_1960 = bilateral_date_parse ("1960", NULL);
  const double counts[] = { 2, 0, 1 }, goldstein[] = { 2, 0, -10 }, impact[] = { 0, -4, 0 };
  const double vcoop[] = { 1, 0, 0 }, vconf[] = { 1, 0, 0 }, mconf[] = { 0, 0, 1 }, zero[] = { 0, 0, 0 };
  const double weight[] = { 2, -4, -10 }, index[] = { 2, 2 * 0.5 - 4, -3 * 0.5 - 10 };
  g_autoptr (GBytes) bytes = bilateral_series_get_bytes (series, BILATERAL_SERIES_INDEX);
  gsize n;

  assert_int_equal (bilateral_series_get_n_bins (series), 3);
  assert_string_equal (first_text, "1950");
  assert_int_equal (bilateral_series_get_bin (series), BILATERAL_SERIES_BIN_YEAR);
  assert_int_equal (bilateral_series_get_direction (series), BILATERAL_SERIES_UNDIRECTED);
  assert_float_equal (bilateral_series_get_half_life (series), 365.2425, 1e-12);
  assert_values (series, BILATERAL_SERIES_COUNT, counts, 3);
  assert_values (series, BILATERAL_SERIES_GOLDSTEIN, goldstein, 3);
  assert_values (series, BILATERAL_SERIES_VERBAL_COOPERATION, vcoop, 3);
  assert_values (series, BILATERAL_SERIES_MATERIAL_COOPERATION, zero, 3);
  assert_values (series, BILATERAL_SERIES_VERBAL_CONFLICT, vconf, 3);
  assert_values (series, BILATERAL_SERIES_MATERIAL_CONFLICT, mconf, 3);
  assert_values (series, BILATERAL_SERIES_IMPACT, impact, 3);
  assert_values (series, BILATERAL_SERIES_WEIGHT, weight, 3);
  assert_values (series, BILATERAL_SERIES_INDEX, index, 3);
  assert_ptr_equal (bilateral_series_get_index (series, &n), bilateral_series_get_values (series, BILATERAL_SERIES_INDEX, &n));
  assert_int_equal (g_bytes_get_size (bytes), 3 * sizeof (double));
  assert_memory_equal (g_bytes_get_data (bytes, NULL), index, 3 * sizeof (double));
  assert_int_equal (bilateral_series_find_bin (series, in_1951), 1);
  assert_int_equal (bilateral_series_find_bin (series, in_1960), -1);
}

static void
test_directed_and_spans (void **state)
{
  g_autoptr (BilateralSeriesParams) params = g_object_new (BILATERAL_TYPE_SERIES_PARAMS, "half-life", 365.2425, "direction",
                                                           BILATERAL_SERIES_FIRST_TO_SECOND, NULL);
  g_autoptr (BilateralSeries) forward = bilateral_relation_get_series (*state, params);
  g_autoptr (BilateralSeries) backward = NULL;
  g_autoptr (BilateralSeries) spanned = NULL;
  g_autoptr (BilateralSeries) no_impacts = NULL;
  g_autoptr (BilateralDate) span = bilateral_date_parse ("1949/1953", NULL);
  const double forward_index[] = { 4, 2, -9 }, backward_goldstein[] = { -2 };
  const double spanned_index[] = { 0, 2, -3, -11.5, -5.75 }, plain_weight[] = { 2, 0, -10 };

  assert_values (forward, BILATERAL_SERIES_INDEX, forward_index, 3); /* impacts count only undirected */
  bilateral_series_params_set_direction (params, BILATERAL_SERIES_SECOND_TO_FIRST);
  backward = bilateral_relation_get_series (*state, params);
  assert_values (backward, BILATERAL_SERIES_GOLDSTEIN, backward_goldstein, 1);

  bilateral_series_params_set_direction (params, BILATERAL_SERIES_UNDIRECTED);
  bilateral_series_params_set_span (params, span);
  assert_ptr_equal (bilateral_series_params_get_span (params), span);
  spanned = bilateral_relation_get_series (*state, params);
  assert_values (spanned, BILATERAL_SERIES_INDEX, spanned_index, 5);
  {
    /* A later window starts from the index as the earlier events left it. */
    g_autoptr (BilateralDate) later = bilateral_date_parse ("1951/1953", NULL);
    g_autoptr (BilateralSeries) windowed = NULL;
    bilateral_series_params_set_span (params, later);
    windowed = bilateral_relation_get_series (*state, params);
    assert_values (windowed, BILATERAL_SERIES_INDEX, spanned_index + 2, 3);
  }

  bilateral_series_params_set_span (params, NULL);
  bilateral_series_params_set_impacts (params, FALSE);
  assert_false (bilateral_series_params_get_impacts (params));
  no_impacts = bilateral_relation_get_series (*state, params);
  assert_values (no_impacts, BILATERAL_SERIES_WEIGHT, plain_weight, 3);
}

static void
test_monthly (void **state)
{
  g_autoptr (BilateralSeriesParams) params = bilateral_series_params_new ();
  g_autoptr (BilateralSeries) series = NULL;
  g_autoptr (BilateralDate) first = NULL;
  g_autoptr (BilateralDate) last = NULL;
  g_autofree char *first_text = NULL, *last_text = NULL;
  const double *index;
  gsize n;

  bilateral_series_params_set_bin (params, BILATERAL_SERIES_BIN_MONTH);
  bilateral_series_params_set_half_life (params, 365.2425 / 12); /* halves each month */
  assert_int_equal (bilateral_series_params_get_bin (params), BILATERAL_SERIES_BIN_MONTH);
  assert_float_equal (bilateral_series_params_get_half_life (params), 365.2425 / 12, 1e-12);
  series = bilateral_relation_get_series (*state, params);
  first = bilateral_series_get_bin_date (series, 0);
  last = bilateral_series_get_bin_date (series, bilateral_series_get_n_bins (series) - 1);
  first_text = bilateral_date_to_string (first);
  last_text = bilateral_date_to_string (last);
  assert_string_equal (first_text, "1950-03");
  assert_string_equal (last_text, "1952-07"); /* the middle of 1952 */
  assert_int_equal (bilateral_series_get_n_bins (series), 29);
  index = bilateral_series_get_index (series, &n);
  assert_float_equal (index[0], 4, 1e-9);
  assert_float_equal (index[7], 4 * pow (0.5, 7), 1e-9);
  assert_float_equal (index[8], 4 * pow (0.5, 8) - 2, 1e-9);
  assert_float_equal (index[15], (4 * pow (0.5, 8) - 2) * pow (0.5, 7) - 4, 1e-9); /* 1951-06 */
}

static void
test_defaults (void **state)
{
  g_autoptr (BilateralSeriesParams) params = bilateral_series_params_new ();
  g_autoptr (BilateralSeries) series = bilateral_relation_get_series (*state, NULL);

  assert_int_equal (bilateral_series_params_get_bin (params), BILATERAL_SERIES_BIN_YEAR);
  assert_int_equal (bilateral_series_params_get_direction (params), BILATERAL_SERIES_UNDIRECTED);
  assert_float_equal (bilateral_series_params_get_half_life (params), BILATERAL_DEFAULT_HALF_LIFE_DAYS, 1e-12);
  assert_true (bilateral_series_params_get_impacts (params));
  assert_null (bilateral_series_params_get_span (params));
  assert_float_equal (bilateral_series_get_half_life (series), 730.485, 1e-12);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_yearly, load, unload),
    cmocka_unit_test_setup_teardown (test_directed_and_spans, load, unload),
    cmocka_unit_test_setup_teardown (test_monthly, load, unload),
    cmocka_unit_test_setup_teardown (test_defaults, load, unload),
  };
  return cmocka_run_group_tests_name ("series", tests, NULL, NULL);
}
