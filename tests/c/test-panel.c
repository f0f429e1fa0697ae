/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <math.h>

#include "test-util.h"

/* tests/data/events/gdelt1-dirty.tsv: six clean rows, two filtered out, and
 * a dirty row or two for each reason. */
static const char clean_csv[] = "dyad_a,dyad_b,month,events,goldstein_sum,goldstein_mean,q1,q2,q3,q4,tone_mean\n"
                                "AUS,GBR,201208,1,-2.0,-2.000000,0,0,1,0,3.232673\n"
                                "FRA,WST,201208,1,7.0,7.000000,0,1,0,0,5.189341\n"
                                "JPN,USA,201208,2,8.0,4.000000,2,0,0,0,11.111111\n"
                                "USA,WST,201208,2,-20.0,-10.000000,0,0,0,2,5.189341\n";

static BilateralDyadPanel *
read_file (const char *name, guint threads, GError **error)
{
  g_autofree char *path = g_build_filename (g_getenv ("BILATERAL_TEST_DATA"), "events", name, NULL);
  BilateralDyadPanel *panel = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_MONTH, FALSE);

  bilateral_dyad_panel_set_threads (panel, threads);
  if (!bilateral_dyad_panel_add_file (panel, path, BILATERAL_EVENT_FORMAT_AUTO, NULL, error))
    g_clear_object (&panel);
  return panel;
}

static void
test_dirty_rows_are_counted (void **state)
{
  GError *error = NULL;
  g_autoptr (BilateralDyadPanel) panel = read_file ("gdelt1-dirty.tsv", 1, &error);
  g_autofree char *csv = NULL;
  static const struct {
    BilateralSkipReason reason;
    guint64 count;
    const char *first;
  } expected[] = {
    { BILATERAL_SKIP_COLUMNS, 1, ":9" }, { BILATERAL_SKIP_EVENT_CODE, 1, ":10" }, { BILATERAL_SKIP_DATE, 1, ":11" },
    { BILATERAL_SKIP_NUMBER, 2, ":12" }, { BILATERAL_SKIP_MISSING, 2, ":14" },    { BILATERAL_SKIP_COUNTRY, 2, ":16" },
  };

  assert_no_error (error);
  csv = panel_csv (panel, FALSE);
  assert_string_equal (csv, clean_csv);
  assert_int_equal (bilateral_dyad_panel_get_rows (panel), 17);
  assert_int_equal (bilateral_dyad_panel_get_kept (panel), 6);
  assert_int_equal (bilateral_dyad_panel_get_filtered (panel), 2);
  assert_string_equal (bilateral_skip_reason_describe (BILATERAL_SKIP_EVENT_CODE), "a bad CAMEO event code");
  for (guint r = BILATERAL_SKIP_COLUMNS; r <= BILATERAL_SKIP_COUNTRY; r++)
    for (guint q = BILATERAL_SKIP_COLUMNS; q < r; q++)
      assert_string_not_equal (bilateral_skip_reason_describe (r), bilateral_skip_reason_describe (q));
  assert_int_equal (bilateral_dyad_panel_get_n_groups (panel), 4);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto (GStrv) lines = bilateral_dyad_panel_get_skipped_lines (panel, expected[i].reason);
      assert_int_equal (bilateral_dyad_panel_get_skipped (panel, expected[i].reason), expected[i].count);
      assert_int_equal (g_strv_length (lines), expected[i].count);
      assert_true (g_str_has_suffix (lines[0], expected[i].first));
      assert_non_null (strstr (lines[0], "gdelt1-dirty.tsv"));
    }
}

static void
test_strict_mode_names_file_and_line (void **state)
{
  g_autofree char *path = g_build_filename (g_getenv ("BILATERAL_TEST_DATA"), "events", "gdelt1-dirty.tsv", NULL);
  g_autoptr (BilateralDyadPanel) panel = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_MONTH, FALSE);
  GError *error = NULL;

  bilateral_dyad_panel_set_strict (panel, TRUE);
  assert_true (bilateral_dyad_panel_get_strict (panel));
  assert_false (bilateral_dyad_panel_add_file (panel, path, BILATERAL_EVENT_FORMAT_GDELT1, NULL, &error));
  assert_error (error, BILATERAL_ERROR_PARSE, "gdelt1-dirty.tsv:9: skipped row: the wrong number of columns");
}

static void
test_truncated_and_empty_files (void **state)
{
  GError *error = NULL;
  g_autoptr (BilateralDyadPanel) truncated = read_file ("gdelt1-truncated.tsv", 2, &error);
  g_autoptr (BilateralDyadPanel) empty = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_YEAR, TRUE);
  g_autoptr (GInputStream) nothing = g_memory_input_stream_new ();
  g_autoptr (GInputStream) junk = g_memory_input_stream_new_from_data ("a\tb\tc\n", -1, NULL);
  g_autofree char *csv = NULL;
  g_auto (GStrv) lines = NULL;

  assert_no_error (error);
  assert_int_equal (bilateral_dyad_panel_get_kept (truncated), 6);
  assert_int_equal (bilateral_dyad_panel_get_skipped (truncated, BILATERAL_SKIP_COLUMNS), 1);
  lines = bilateral_dyad_panel_get_skipped_lines (truncated, BILATERAL_SKIP_COLUMNS);
  assert_true (g_str_has_suffix (lines[0], "gdelt1-truncated.tsv:7"));

  assert_true (bilateral_dyad_panel_add_stream (empty, nothing, "<empty>", BILATERAL_EVENT_FORMAT_AUTO, NULL, &error));
  assert_no_error (error);
  csv = panel_csv (empty, FALSE);
  assert_string_equal (csv, "source,target,year,events,goldstein_sum,goldstein_mean,q1,q2,q3,q4,tone_mean\n");
  assert_false (bilateral_dyad_panel_add_stream (empty, junk, "<junk>", BILATERAL_EVENT_FORMAT_AUTO, NULL, &error));
  assert_error (error, BILATERAL_ERROR_PARSE, "<junk>: the first line has 3 columns");
  assert_null (read_file ("no-such-file.tsv", 1, &error));
  assert_gio_error (error, G_IO_ERROR_NOT_FOUND, "no-such-file.tsv");
}

/* Writes @data as the one member of a zip file (deflated) or as a gzip file. */
static void
write_compressed (const char *path, const char *member, const char *data, gsize length, gboolean zip)
{
  struct archive *a = archive_write_new ();
  struct archive_entry *entry = archive_entry_new ();

  if (zip)
    archive_write_set_format_zip (a);
  else
    {
      archive_write_set_format_raw (a);
      archive_write_add_filter_gzip (a);
    }
  assert_int_equal (archive_write_open_filename (a, path), ARCHIVE_OK);
  archive_entry_set_pathname (entry, member);
  archive_entry_set_size (entry, (la_int64_t) length);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  assert_int_equal (archive_write_header (a, entry), ARCHIVE_OK);
  assert_int_equal (archive_write_data (a, data, length), (la_ssize_t) length);
  archive_entry_free (entry);
  archive_write_close (a);
  archive_write_free (a);
}

static void
test_gdelt2_and_compressed_inputs (void **state)
{
  GError *error = NULL;
  g_autoptr (BilateralDyadPanel) g2 = read_file ("gdelt2-clean.tsv", 1, &error);
  g_autofree char *dir = g_dir_make_tmp ("bilateral-XXXXXX", NULL);
  g_autofree char *source = g_build_filename (g_getenv ("BILATERAL_TEST_DATA"), "events", "gdelt1-dirty.tsv", NULL);
  g_autofree char *gz = g_build_filename (dir, "dirty.tsv.gz", NULL);
  g_autofree char *zip = g_build_filename (dir, "dirty.zip", NULL);
  g_autofree char *data = NULL;
  gsize length;
  g_autofree char *g2_csv = NULL, *gz_csv = NULL, *zip_csv = NULL;
  g_autoptr (BilateralDyadPanel) from_gz = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_MONTH, FALSE);
  g_autoptr (BilateralDyadPanel) from_zip = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_MONTH, FALSE);

  assert_no_error (error);
  g2_csv = panel_csv (g2, FALSE);
  assert_string_equal (g2_csv, clean_csv);

  assert_true (g_file_get_contents (source, &data, &length, NULL));
  write_compressed (gz, "dirty.tsv", data, length, FALSE);
  write_compressed (zip, "dirty.tsv", data, length, TRUE);
  assert_true (bilateral_dyad_panel_add_file (from_gz, gz, BILATERAL_EVENT_FORMAT_AUTO, NULL, &error));
  assert_true (bilateral_dyad_panel_add_file (from_zip, zip, BILATERAL_EVENT_FORMAT_AUTO, NULL, &error));
  assert_no_error (error);
  gz_csv = panel_csv (from_gz, FALSE);
  zip_csv = panel_csv (from_zip, FALSE);
  assert_string_equal (gz_csv, clean_csv);
  assert_string_equal (zip_csv, clean_csv);
  assert_int_equal (bilateral_dyad_panel_get_skipped (from_gz, BILATERAL_SKIP_NUMBER), 2);
  assert_int_equal (bilateral_dyad_panel_get_skipped (from_zip, BILATERAL_SKIP_COUNTRY), 2);

  g_unlink (gz);
  g_unlink (zip);
  g_rmdir (dir);
}

/* Panels read apart merge into what reading their files together gives
 * when repeats are kept; read together, the second file's rows that repeat
 * the first's ids are dropped and counted, and a panel merged with one
 * that read the first file drops them too. */
static void
test_merge_equals_reading_together (void **state)
{
  GError *error = NULL;
  g_autoptr (BilateralEventFilter) keep = bilateral_event_filter_new ();
  g_autoptr (BilateralDyadPanel) both = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_MONTH, FALSE);
  g_autoptr (BilateralDyadPanel) dropping = read_file ("gdelt1-dirty.tsv", 2, &error);
  g_autoptr (BilateralDyadPanel) merged = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_MONTH, FALSE);
  g_autoptr (BilateralDyadPanel) one = read_file ("gdelt1-dirty.tsv", 1, &error);
  g_autoptr (BilateralDyadPanel) two = read_file ("gdelt2-clean.tsv", 1, &error);
  g_autofree char *g1 = g_build_filename (g_getenv ("BILATERAL_TEST_DATA"), "events", "gdelt1-dirty.tsv", NULL);
  g_auto (GStrv) repeats = NULL;
  g_autoptr (BilateralDyadPanel) yearly = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_YEAR, FALSE);
  g_autofree char *g2 = g_build_filename (g_getenv ("BILATERAL_TEST_DATA"), "events", "gdelt2-clean.tsv", NULL);
  g_autofree char *a = NULL, *b = NULL, *partial = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bilateral-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "partial.csv", NULL);
  g_autoptr (BilateralDyadPanel) reread = NULL;
  g_autofree char *reread_csv = NULL;

  /* Read together, repeats dropped: the second file adds only its count of them. */
  assert_true (bilateral_dyad_panel_add_file (dropping, g2, BILATERAL_EVENT_FORMAT_GDELT2, NULL, &error));
  assert_int_equal (bilateral_dyad_panel_get_kept (dropping), 6);
  assert_int_equal (bilateral_dyad_panel_get_skipped (dropping, BILATERAL_SKIP_DUPLICATE), 6);
  repeats = bilateral_dyad_panel_get_skipped_lines (dropping, BILATERAL_SKIP_DUPLICATE);
  assert_int_equal (g_strv_length (repeats), 5);
  assert_true (g_str_has_suffix (repeats[0], "gdelt2-clean.tsv:1") && g_str_has_suffix (repeats[4], "gdelt2-clean.tsv:5"));
  /* A panel that merged another's rows tells their repeats. */
  assert_true (bilateral_dyad_panel_merge (merged, one, &error));
  assert_true (bilateral_dyad_panel_add_file (merged, g2, BILATERAL_EVENT_FORMAT_GDELT2, NULL, &error));
  assert_int_equal (bilateral_dyad_panel_get_kept (merged), 6);
  assert_int_equal (bilateral_dyad_panel_get_skipped (merged, BILATERAL_SKIP_DUPLICATE), 6);

  /* Repeats kept: reading together is merging. */
  bilateral_event_filter_set_keep_duplicates (keep, TRUE);
  bilateral_dyad_panel_set_filter (both, keep);
  bilateral_dyad_panel_set_threads (both, 2);
  assert_true (bilateral_dyad_panel_add_file (both, g1, BILATERAL_EVENT_FORMAT_AUTO, NULL, &error));
  assert_true (bilateral_dyad_panel_add_file (both, g2, BILATERAL_EVENT_FORMAT_GDELT2, NULL, &error));
  assert_true (bilateral_dyad_panel_merge (one, two, &error));
  assert_no_error (error);
  a = panel_csv (both, FALSE);
  b = panel_csv (one, FALSE);
  assert_string_equal (a, b);
  assert_int_equal (bilateral_dyad_panel_get_kept (one), 12);
  assert_int_equal (bilateral_dyad_panel_get_skipped (one, BILATERAL_SKIP_COUNTRY), 2);
  assert_int_equal (bilateral_dyad_panel_get_skipped (both, BILATERAL_SKIP_DUPLICATE), 0);

  /* A partial aggregate reads back to the same panel. */
  partial = panel_csv (one, TRUE);
  g_file_set_contents (path, partial, -1, NULL);
  reread = bilateral_dyad_panel_new_from_csv (path, &error);
  assert_no_error (error);
  reread_csv = panel_csv (reread, FALSE);
  assert_string_equal (reread_csv, a);

  assert_false (bilateral_dyad_panel_merge (one, yearly, &error));
  assert_error (error, BILATERAL_ERROR_INVALID, "differ in their periods or direction");
  g_file_set_contents (path, clean_csv, -1, NULL);
  assert_null (bilateral_dyad_panel_new_from_csv (path, &error));
  assert_error (error, BILATERAL_ERROR_PARSE, "partial.csv:1: not a partial aggregate");
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_filters_and_directions (void **state)
{
  g_autofree char *path = g_build_filename (g_getenv ("BILATERAL_TEST_DATA"), "events", "gdelt1-dirty.tsv", NULL);
  g_autoptr (BilateralDyadPanel) directed = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_DAY, TRUE);
  g_autoptr (BilateralDyadPanel) usa = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_MONTH, FALSE);
  g_autoptr (BilateralEventFilter) one_way = bilateral_event_filter_new ();
  g_autoptr (BilateralEventFilter) conflict = bilateral_event_filter_new ();
  g_autoptr (BilateralDate) august = bilateral_date_parse ("2012-08", NULL);
  g_autoptr (BilateralDate) first_day = bilateral_date_parse ("2012-08-01", NULL);
  const char *roots[] = { "19", NULL };
  const int quads[] = { 4 };
  g_autofree char *csv = NULL, *text = NULL;
  GError *error = NULL;
  guint64 events;
  double goldstein, tone;

  assert_true (bilateral_event_filter_set_dyad (one_way, "usa", "WST", TRUE, &error));
  bilateral_dyad_panel_set_filter (directed, one_way);
  assert_ptr_equal (bilateral_dyad_panel_get_filter (directed), one_way);
  assert_true (bilateral_dyad_panel_add_file (directed, path, BILATERAL_EVENT_FORMAT_AUTO, NULL, &error));
  csv = panel_csv (directed, FALSE);
  assert_string_equal (csv, "source,target,day,events,goldstein_sum,goldstein_mean,q1,q2,q3,q4,tone_mean\n"
                            "USA,WST,20120801,1,-10.0,-10.000000,0,0,0,1,5.189341\n");
  assert_true (bilateral_dyad_panel_get_directed (directed));
  assert_int_equal (bilateral_dyad_panel_get_bin (directed), BILATERAL_PANEL_BIN_DAY);

  assert_true (bilateral_event_filter_set_country (conflict, "USA", &error));
  assert_true (bilateral_event_filter_set_root_codes (conflict, roots, &error));
  bilateral_event_filter_set_quad_classes (conflict, quads, 1);
  bilateral_event_filter_set_span (conflict, august);
  text = bilateral_event_filter_to_string (conflict);
  assert_string_equal (text, "country USA, a span of dates, roots 19, QuadClass 4");
  bilateral_dyad_panel_set_filter (usa, conflict);
  bilateral_dyad_panel_set_threads (usa, 0);
  assert_true (bilateral_dyad_panel_get_threads (usa) >= 1);
  assert_true (bilateral_dyad_panel_add_file (usa, path, BILATERAL_EVENT_FORMAT_GDELT1, NULL, &error));
  assert_no_error (error);
  assert_true (bilateral_dyad_panel_lookup (usa, "WST", "USA", first_day, &events, &goldstein, &tone));
  assert_int_equal (events, 2);
  assert_float_equal (goldstein, -20, 1e-9);
  assert_float_equal (tone, 5.18934081346424, 1e-9);
  assert_false (bilateral_dyad_panel_lookup (usa, "JPN", "USA", first_day, NULL, NULL, NULL));

  /* Root events only: of the six clean rows, the three GDELT marks as root events. */
  {
    g_autoptr (BilateralDyadPanel) roots_only = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_MONTH, FALSE);
    g_autoptr (BilateralEventFilter) root_filter = bilateral_event_filter_new ();
    bilateral_event_filter_set_root_events_only (root_filter, TRUE);
    bilateral_dyad_panel_set_filter (roots_only, root_filter);
    assert_true (bilateral_dyad_panel_add_file (roots_only, path, BILATERAL_EVENT_FORMAT_GDELT1, NULL, &error));
    assert_int_equal (bilateral_dyad_panel_get_kept (roots_only), 3);
    assert_true (bilateral_dyad_panel_lookup (roots_only, "USA", "JPN", first_day, &events, NULL, NULL));
    assert_int_equal (events, 2);
  }

  assert_false (bilateral_event_filter_set_dyad (one_way, "PAKISTAN", "RUS", FALSE, &error));
  assert_error (error, BILATERAL_ERROR_PARSE, "“PAKISTAN” is not a country code");
  assert_false (bilateral_event_filter_set_root_codes (conflict, (const char *[]){ "21", NULL }, &error));
  assert_error (error, BILATERAL_ERROR_PARSE, "“21” is not a CAMEO root code");
}

static void
test_scalar_and_simd_agree (void **state)
{
  GError *error = NULL;
  g_autoptr (BilateralDyadPanel) simd = read_file ("gdelt1-dirty.tsv", 1, &error);
  g_autoptr (BilateralDyadPanel) scalar = NULL;
  g_autofree char *a = NULL, *b = NULL;

  g_setenv ("BILATERAL_SCALAR", "1", TRUE);
  scalar = read_file ("gdelt1-dirty.tsv", 1, &error);
  g_unsetenv ("BILATERAL_SCALAR");
  assert_no_error (error);
  a = panel_csv (simd, TRUE);
  b = panel_csv (scalar, TRUE);
  assert_string_equal (a, b);
  assert_int_equal (bilateral_dyad_panel_get_skipped (scalar, BILATERAL_SKIP_MISSING), 2);
}

static void
test_series_from_a_panel (void **state)
{
  GError *error = NULL;
  g_autoptr (BilateralDyadPanel) panel = read_file ("gdelt1-dirty.tsv", 1, &error);
  g_autoptr (BilateralSeriesParams) params = bilateral_series_params_new ();
  g_autoptr (BilateralSeries) series = NULL;
  const double *values;
  gsize n;

  bilateral_series_params_set_bin (params, BILATERAL_SERIES_BIN_MONTH);
  series = bilateral_dyad_panel_get_series (panel, "WST", "usa", params, &error);
  assert_no_error (error);
  assert_int_equal (bilateral_series_get_n_bins (series), 1);
  values = bilateral_series_get_values (series, BILATERAL_SERIES_COUNT, &n);
  assert_float_equal (values[0], 2, 0);
  values = bilateral_series_get_values (series, BILATERAL_SERIES_MATERIAL_CONFLICT, &n);
  assert_float_equal (values[0], 2, 0);
  assert_float_equal (bilateral_series_get_index (series, &n)[0], -20, 1e-9);

  bilateral_series_params_set_direction (params, BILATERAL_SERIES_FIRST_TO_SECOND);
  assert_null (bilateral_dyad_panel_get_series (panel, "USA", "WST", params, &error));
  assert_error (error, BILATERAL_ERROR_INVALID, "undirected panel");
  assert_null (bilateral_dyad_panel_get_series (panel, "USA", "WESTERN", NULL, &error));
  assert_error (error, BILATERAL_ERROR_PARSE, "“WESTERN”");
}

/* A panel read on three threads keeps its groups in the threads' shards
 * until it is added to: every way of asking gives what one thread's panel
 * gives, before and after it is added to. */
static void
test_threads_agree_on_every_question (void **state)
{
  GError *error = NULL;
  g_autoptr (BilateralDyadPanel) one = read_file ("gdelt1-dirty.tsv", 1, &error);
  g_autoptr (BilateralDyadPanel) three = read_file ("gdelt1-dirty.tsv", 3, &error);
  g_autoptr (BilateralDyadPanel) merged = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_MONTH, FALSE);
  g_autoptr (BilateralSeriesParams) params = bilateral_series_params_new ();
  g_autoptr (BilateralDate) month = bilateral_date_parse ("2012-08", NULL);
  g_autofree char *g2 = g_build_filename (g_getenv ("BILATERAL_TEST_DATA"), "events", "gdelt2-clean.tsv", NULL);
  static const char *const pairs[][2] = {
    { "USA", "JPN" }, { "WST", "USA" }, { "FRA", "WST" }, { "AUS", "GBR" }, { "USA", "RUS" }
  };

  for (int round = 0; round < 2; round++)
    {
      g_autofree char *a = panel_csv (one, TRUE), *b = panel_csv (three, TRUE);
      assert_string_equal (a, b);
      assert_int_equal (bilateral_dyad_panel_get_n_groups (one), bilateral_dyad_panel_get_n_groups (three));
      for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
        {
          guint64 events[2] = { 0, 0 };
          double sums[2] = { 0, 0 }, tones[2] = { 0, 0 };
          gboolean found = bilateral_dyad_panel_lookup (one, pairs[i][0], pairs[i][1], month, &events[0], &sums[0], &tones[0]);
          assert_int_equal (
            found, bilateral_dyad_panel_lookup (three, pairs[i][0], pairs[i][1], month, &events[1], &sums[1], &tones[1]));
          assert_int_equal (events[0], events[1]);
          assert_float_equal (sums[0], sums[1], 0);
          assert_int_equal (found, i < 4);
        }
      {
        g_autoptr (BilateralSeries) s1 = bilateral_dyad_panel_get_series (one, "WST", "USA", params, &error);
        g_autoptr (BilateralSeries) s3 = bilateral_dyad_panel_get_series (three, "WST", "USA", params, &error);
        gsize n1, n3;
        assert_no_error (error);
        assert_float_equal (bilateral_series_get_index (s1, &n1)[0], bilateral_series_get_index (s3, &n3)[0], 0);
        assert_int_equal (n1, n3);
      }
      /* Added to: the repeats of another file dropped alike. */
      assert_true (bilateral_dyad_panel_add_file (one, g2, BILATERAL_EVENT_FORMAT_AUTO, NULL, &error));
      assert_true (bilateral_dyad_panel_add_file (three, g2, BILATERAL_EVENT_FORMAT_AUTO, NULL, &error));
    }
  /* Merged into an empty panel, a panel of shards gives the same. */
  {
    g_autoptr (BilateralDyadPanel) fresh = read_file ("gdelt1-dirty.tsv", 3, &error);
    g_autofree char *a = NULL, *b = NULL;
    assert_true (bilateral_dyad_panel_merge (merged, fresh, &error));
    a = panel_csv (merged, TRUE);
    b = panel_csv (fresh, TRUE);
    assert_string_equal (a, b);
  }
}

/* Files with headers: POLECAT's layout, read by name whatever the order
 * (two layouts, the same panel), and GDELT as BigQuery exports it, the same
 * panel as the tab-separated rows; two threads give what one does. */
static void
test_headers (void **state)
{
  GError *error = NULL;
  g_autoptr (BilateralDyadPanel) polecat = read_file ("polecat-2023.txt", 1, &error);
  g_autoptr (BilateralDyadPanel) later = read_file ("polecat-later.txt", 2, &error);
  g_autoptr (BilateralDyadPanel) csv = read_file ("gdelt2-bigquery.csv", 2, &error);
  g_autoptr (BilateralDyadPanel) tsv = read_file ("gdelt2-clean.tsv", 1, &error);
  g_autofree char *polecat_csv = NULL;
  g_autofree char *later_csv = NULL;
  g_autofree char *csv_csv = NULL;
  g_autofree char *tsv_csv = NULL;
  g_auto (GStrv) unknown = NULL;

  assert_no_error (error);
  polecat_csv = panel_csv (polecat, FALSE);
  later_csv = panel_csv (later, FALSE);
  assert_string_equal (polecat_csv, "dyad_a,dyad_b,month,events,goldstein_sum,goldstein_mean,q1,q2,q3,q4,tone_mean\n"
                                    "AFG,PAK,202303,1,-10.0,-10.000000,0,0,0,1,\n"
                                    "AFG,USA,202301,1,-9.0,-9.000000,0,0,0,1,\n"
                                    "AFG,USA,202302,3,7.5,2.500000,0,2,1,0,\n"
                                    "PAK,RUS,202301,2,4.5,2.250000,2,0,0,0,\n");
  assert_string_equal (later_csv, polecat_csv);
  assert_int_equal (bilateral_dyad_panel_get_skipped (polecat, BILATERAL_SKIP_COUNTRY), 1);
  unknown = bilateral_dyad_panel_get_unknown_names (polecat);
  assert_string_equal (unknown[0], "XYZ");
  csv_csv = panel_csv (csv, FALSE);
  tsv_csv = panel_csv (tsv, FALSE);
  assert_string_equal (csv_csv, tsv_csv);
  assert_int_equal (bilateral_dyad_panel_get_rows (csv), bilateral_dyad_panel_get_rows (tsv));
}

/* Files side by side give the panel of files one by one; the first that
 * fails stops them, with its own error, and those before it are in. */
static void
test_files_side_by_side (void **state)
{
  GError *error = NULL;
  const char *names[] = { "gdelt2-clean.tsv", "gdelt1-backfile-pak-rus.tsv", "icews-small.tab", "polecat-2023.txt",
                          "gdelt2-bigquery.csv" };
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (BilateralDyadPanel) together = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_MONTH, FALSE);
  g_autoptr (BilateralDyadPanel) one_by_one = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_MONTH, FALSE);
  g_autoptr (BilateralDyadPanel) broken = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_MONTH, FALSE);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (paths, g_build_filename (g_getenv ("BILATERAL_TEST_DATA"), "events", names[i], NULL));
  g_ptr_array_add (paths, NULL);
  bilateral_dyad_panel_set_threads (together, 3);
  assert_true (
    bilateral_dyad_panel_add_files (together, (const char *const *) paths->pdata, BILATERAL_EVENT_FORMAT_AUTO, NULL, &error));
  assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    assert_true (
      bilateral_dyad_panel_add_file (one_by_one, g_ptr_array_index (paths, i), BILATERAL_EVENT_FORMAT_AUTO, NULL, &error));
  a = panel_csv (together, TRUE);
  b = panel_csv (one_by_one, TRUE);
  assert_string_equal (a, b);
  assert_int_equal (bilateral_dyad_panel_get_rows (together), bilateral_dyad_panel_get_rows (one_by_one));
  assert_int_equal (bilateral_dyad_panel_get_skipped (together, BILATERAL_SKIP_COUNTRY),
                    bilateral_dyad_panel_get_skipped (one_by_one, BILATERAL_SKIP_COUNTRY));

  /* A missing third file: the first two are in, the error is GIO's. */
  g_free (paths->pdata[2]);
  paths->pdata[2] = g_strdup ("/nonexistent/events.tsv");
  bilateral_dyad_panel_set_threads (broken, 2);
  assert_false (
    bilateral_dyad_panel_add_files (broken, (const char *const *) paths->pdata, BILATERAL_EVENT_FORMAT_AUTO, NULL, &error));
  assert_gio_error (error, G_IO_ERROR_NOT_FOUND, "/nonexistent/events.tsv");
  g_clear_error (&error);
  assert_int_equal (bilateral_dyad_panel_get_rows (broken), 6 + 7);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_dirty_rows_are_counted),
    cmocka_unit_test (test_strict_mode_names_file_and_line),
    cmocka_unit_test (test_truncated_and_empty_files),
    cmocka_unit_test (test_gdelt2_and_compressed_inputs),
    cmocka_unit_test (test_merge_equals_reading_together),
    cmocka_unit_test (test_filters_and_directions),
    cmocka_unit_test (test_scalar_and_simd_agree),
    cmocka_unit_test (test_series_from_a_panel),
    cmocka_unit_test (test_threads_agree_on_every_question),
    cmocka_unit_test (test_headers),
    cmocka_unit_test (test_files_side_by_side),
  };
  return cmocka_run_group_tests_name ("panel", tests, NULL, NULL);
}
