/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "test-util.h"

/* tests/data/events/gdelt1-backfile-pak-rus.tsv: 57-column GDELT 1.0 rows
 * (no SOURCEURL). Lines 1, 2, 7 are Pakistan and the USSR (GDELT's RUS,
 * up to 1991-12-25), lines 3 and 4 Pakistan and Russia, line 5 Pakistan and
 * Afghanistan, line 6 a bad event code (13y). */

static char *
fixture (const char *name)
{
  return g_build_filename (g_getenv ("BILATERAL_TEST_DATA"), "events", name, NULL);
}

static BilateralEventFilter *
dyad_filter (const char *first, const char *second, gboolean directed)
{
  BilateralEventFilter *filter = bilateral_event_filter_new ();
  GError *error = NULL;

  assert_true (bilateral_event_filter_set_dyad (filter, first, second, directed, &error));
  assert_no_error (error);
  return filter;
}

static void
load (BilateralArchive *archive, const char *name, BilateralEventFilter *filter, guint expect_added, guint expect_skipped)
{
  g_autofree char *path = fixture (name);
  GError *error = NULL;
  guint added = 99, skipped = 99;

  assert_true (
    bilateral_archive_add_events_from_file (archive, path, BILATERAL_EVENT_FORMAT_AUTO, filter, &added, &skipped, NULL, &error));
  assert_no_error (error);
  assert_int_equal (added, expect_added);
  assert_int_equal (skipped, expect_skipped);
}

static BilateralEvent *
event_at (BilateralArchive *archive, guint i)
{
  BilateralEvent *event = g_list_model_get_item (bilateral_archive_get_events (archive), i);
  g_object_unref (event); /* the archive keeps it */
  return event;
}

static void
test_states_are_resolved_by_date (void **state)
{
  g_autoptr (BilateralArchive) archive = bilateral_archive_new ();
  g_autoptr (BilateralEventFilter) filter = dyad_filter ("PAK", "RUS", FALSE);
  static const struct {
    const char *id, *date, *source, *target, *code;
    double goldstein;
  } expected[] = {
    { "gdelt-1-1001", "1985-03-15", "PAK", "SUN", "036", 4.0 }, { "gdelt-1-1007", "1988-04-14", "SUN", "PAK", "057", 8.0 },
    { "gdelt-1-1002", "1991-12-25", "SUN", "PAK", "010", 0.0 }, { "gdelt-1-1003", "1991-12-26", "PAK", "RUS", "010", 0.0 },
    { "gdelt-1-1004", "2001-11-05", "RUS", "PAK", "042", 1.9 },
  };

  load (archive, "gdelt1-backfile-pak-rus.tsv", filter, 5, 1);
  assert_int_equal (g_list_model_get_n_items (bilateral_archive_get_events (archive)), G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      BilateralEvent *event = event_at (archive, i);
      g_autofree char *date = bilateral_date_to_string (bilateral_event_get_date (event));

      assert_string_equal (bilateral_event_get_id (event), expected[i].id);
      assert_string_equal (date, expected[i].date);
      assert_string_equal (bilateral_actor_get_id (bilateral_event_get_source (event)), expected[i].source);
      assert_string_equal (bilateral_actor_get_id (bilateral_event_get_target (event)), expected[i].target);
      assert_string_equal (bilateral_event_get_cameo_code (event), expected[i].code);
      assert_float_equal (bilateral_event_get_goldstein (event), expected[i].goldstein, 1e-9);
    }
  assert_string_equal (bilateral_actor_get_name (bilateral_archive_lookup_actor (archive, "SUN")),
                       "Union of Soviet Socialist Republics");
}

static void
test_relation_spans_the_continuation (void **state)
{
  g_autoptr (BilateralArchive) archive = bilateral_archive_new ();
  g_autoptr (BilateralEventFilter) filter = dyad_filter ("PAK", "RUS", FALSE);
  g_autoptr (BilateralSuccession) link = NULL;
  g_autoptr (BilateralRelation) relation = NULL;

  load (archive, "gdelt1-backfile-pak-rus.tsv", filter, 5, 1);
  assert_int_equal (g_list_model_get_n_items (bilateral_archive_get_successions (archive)), 1);
  link = g_list_model_get_item (bilateral_archive_get_successions (archive), 0);
  assert_string_equal (bilateral_succession_get_predecessor_id (link), "SUN");
  assert_string_equal (bilateral_succession_get_successor_id (link), "RUS");
  assert_int_equal (bilateral_succession_get_kind (link), BILATERAL_SUCCESSION_CONTINUATION);
  relation = bilateral_archive_get_relation (archive, bilateral_archive_lookup_actor (archive, "PAK"),
                                             bilateral_archive_lookup_actor (archive, "RUS"));
  assert_int_equal (g_list_model_get_n_items (bilateral_relation_get_events (relation)), 5);
}

static void
test_events_cite_the_row (void **state)
{
  g_autoptr (BilateralArchive) archive = bilateral_archive_new ();
  g_autoptr (BilateralEventFilter) backfile = dyad_filter ("PAK", "RUS", FALSE);
  g_autoptr (BilateralEventFilter) daily = dyad_filter ("JPN", "USA", FALSE);
  g_autoptr (BilateralCitation) citation = NULL;
  BilateralSource *source;
  BilateralEvent *event;

  load (archive, "gdelt1-backfile-pak-rus.tsv", backfile, 5, 1);
  event = bilateral_archive_lookup_event (archive, "gdelt-1-1001");
  assert_string_equal (bilateral_event_get_title (event), "Express intent to meet or negotiate");
  citation = g_list_model_get_item (bilateral_event_get_citations (event), 0);
  assert_string_equal (bilateral_citation_get_source_id (citation), "gdelt-1");
  assert_non_null (strstr (bilateral_citation_get_note (citation), "GLOBALEVENTID 1001, "));
  assert_true (g_str_has_suffix (bilateral_citation_get_note (citation), "gdelt1-backfile-pak-rus.tsv:1"));
  source = bilateral_archive_lookup_source (archive, "gdelt-1");
  assert_string_equal (bilateral_source_get_url (source), "https://www.gdeltproject.org/");
  g_clear_object (&citation);

  /* A GDELT 2.0 row cites its article. */
  load (archive, "gdelt2-clean.tsv", daily, 2, 0);
  event = bilateral_archive_lookup_event (archive, "gdelt-2-212105326");
  citation = g_list_model_get_item (bilateral_event_get_citations (event), 0);
  assert_string_equal (bilateral_citation_get_source_id (citation), "gdelt-2");
  assert_true (g_str_has_prefix (bilateral_citation_get_note (citation), "http://example.org/x; GLOBALEVENTID 212105326, "));
  assert_non_null (bilateral_archive_lookup_source (archive, "gdelt-2"));
}

static void
test_directed_filter_and_rereading (void **state)
{
  g_autoptr (BilateralArchive) archive = bilateral_archive_new ();
  g_autoptr (BilateralEventFilter) directed = dyad_filter ("PAK", "RUS", TRUE);
  g_autoptr (BilateralEventFilter) both = dyad_filter ("RUS", "PAK", FALSE);

  load (archive, "gdelt1-backfile-pak-rus.tsv", directed, 2, 1);
  /* The same file again adds only what the first pass left out. */
  /* Rows read before are not added again, and are counted as skipped. */
  load (archive, "gdelt1-backfile-pak-rus.tsv", both, 3, 1 + 2);
  load (archive, "gdelt1-backfile-pak-rus.tsv", both, 0, 1 + 5);
  assert_int_equal (g_list_model_get_n_items (bilateral_archive_get_events (archive)), 5);
}

static void
test_saved_archive_reloads (void **state)
{
  g_autoptr (BilateralArchive) archive = bilateral_archive_new ();
  g_autoptr (BilateralArchive) again = NULL;
  g_autoptr (BilateralEventFilter) filter = dyad_filter ("PAK", "RUS", FALSE);
  g_autofree char *data = NULL, *data_again = NULL;
  GError *error = NULL;

  load (archive, "gdelt1-backfile-pak-rus.tsv", filter, 5, 1);
  data = bilateral_archive_to_data (archive, NULL);
  /* States taken from the registry are saved by id alone. */
  assert_null (strstr (data, "Union of Soviet"));
  again = bilateral_archive_new_from_data (data, -1, &error);
  assert_no_error (error);
  data_again = bilateral_archive_to_data (again, NULL);
  assert_string_equal (data, data_again);
  assert_string_equal (bilateral_actor_get_name (bilateral_archive_lookup_actor (again, "SUN")),
                       "Union of Soviet Socialist Republics");
}

static void
test_a_history_keeps_its_states (void **state)
{
  GError *error = NULL;
  g_autoptr (BilateralArchive) archive = bilateral_archive_load_builtin ("pakistan-russia", &error);
  g_autoptr (BilateralEventFilter) filter = dyad_filter ("PAK", "RUS", FALSE);
  g_autoptr (BilateralRelation) before = NULL, after = NULL;
  BilateralActor *pakistan;
  guint n_actors, n_before;

  assert_no_error (error);
  pakistan = bilateral_archive_lookup_actor (archive, "PAK");
  n_actors = g_list_model_get_n_items (bilateral_archive_get_actors (archive));
  before = bilateral_archive_get_relation (archive, pakistan, bilateral_archive_lookup_actor (archive, "RUS"));
  n_before = g_list_model_get_n_items (bilateral_relation_get_events (before));
  load (archive, "gdelt1-backfile-pak-rus.tsv", filter, 5, 1);
  assert_ptr_equal (bilateral_archive_lookup_actor (archive, "PAK"), pakistan);
  assert_int_equal (g_list_model_get_n_items (bilateral_archive_get_actors (archive)), n_actors);
  after = bilateral_archive_get_relation (archive, pakistan, bilateral_archive_lookup_actor (archive, "RUS"));
  assert_int_equal (g_list_model_get_n_items (bilateral_relation_get_events (after)), n_before + 5);
  assert_true (bilateral_archive_validate (archive, &error));
  assert_no_error (error);
}

static void
test_compressed_file (void **state)
{
  g_autofree char *path = fixture ("gdelt1-backfile-pak-rus.tsv");
  g_autofree char *dir = g_dir_make_tmp ("bilateral-XXXXXX", NULL);
  g_autofree char *gz = g_build_filename (dir, "backfile.tsv.gz", NULL);
  g_autofree char *text = NULL;
  g_autoptr (GFile) file = g_file_new_for_path (gz);
  g_autoptr (GOutputStream) raw = NULL, out = NULL;
  g_autoptr (GZlibCompressor) gzip = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, -1);
  g_autoptr (BilateralArchive) archive = bilateral_archive_new ();
  g_autoptr (BilateralEventFilter) filter = dyad_filter ("PAK", "RUS", FALSE);
  GError *error = NULL;
  gsize len;
  guint added = 0;

  assert_true (g_file_get_contents (path, &text, &len, NULL));
  raw = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error));
  assert_no_error (error);
  out = g_converter_output_stream_new (raw, G_CONVERTER (gzip));
  assert_true (g_output_stream_write_all (out, text, len, NULL, NULL, &error));
  assert_true (g_output_stream_close (out, NULL, &error));
  assert_no_error (error);
  assert_true (
    bilateral_archive_add_events_from_file (archive, gz, BILATERAL_EVENT_FORMAT_AUTO, filter, &added, NULL, NULL, &error));
  assert_no_error (error);
  assert_int_equal (added, 5);
  g_unlink (gz);
  g_rmdir (dir);
}

static void
test_errors (void **state)
{
  g_autoptr (BilateralArchive) archive = bilateral_archive_new ();
  g_autoptr (BilateralEventFilter) no_dyad = bilateral_event_filter_new ();
  g_autoptr (BilateralEventFilter) filter = dyad_filter ("PAK", "RUS", FALSE);
  g_autofree char *path = fixture ("gdelt1-backfile-pak-rus.tsv");
  g_autofree char *missing = fixture ("no-such-file.tsv");
  g_autofree char *sample = g_build_filename (g_getenv ("BILATERAL_TEST_DATA"), "sample.json", NULL);
  GError *error = NULL;

  assert_false (
    bilateral_archive_add_events_from_file (archive, path, BILATERAL_EVENT_FORMAT_AUTO, no_dyad, NULL, NULL, NULL, &error));
  assert_error (error, BILATERAL_ERROR_INVALID, "names no dyad");
  assert_false (
    bilateral_archive_add_events_from_file (archive, missing, BILATERAL_EVENT_FORMAT_AUTO, filter, NULL, NULL, NULL, &error));
  assert_gio_error (error, G_IO_ERROR_NOT_FOUND, "no-such-file.tsv");
  assert_false (
    bilateral_archive_add_events_from_file (archive, sample, BILATERAL_EVENT_FORMAT_AUTO, filter, NULL, NULL, NULL, &error));
  assert_error (error, BILATERAL_ERROR_PARSE, "sample.json", "columns");
  /* Nothing half-added. */
  assert_int_equal (g_list_model_get_n_items (bilateral_archive_get_events (archive)), 0);
  assert_int_equal (g_list_model_get_n_items (bilateral_archive_get_sources (archive)), 0);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_states_are_resolved_by_date),
    cmocka_unit_test (test_relation_spans_the_continuation),
    cmocka_unit_test (test_events_cite_the_row),
    cmocka_unit_test (test_directed_filter_and_rereading),
    cmocka_unit_test (test_saved_archive_reloads),
    cmocka_unit_test (test_a_history_keeps_its_states),
    cmocka_unit_test (test_compressed_file),
    cmocka_unit_test (test_errors),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
