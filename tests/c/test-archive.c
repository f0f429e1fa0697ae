/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <glib/gstdio.h>

#include "test-util.h"

static int
load_sample (void **state)
{
  g_autofree char *path = test_data_path ("sample.json");
  GError *error = NULL;

  *state = bilateral_archive_new_from_file (path, &error);
  assert_no_error (error);
  return *state ? 0 : -1;
}

static int
unref_archive (void **state)
{
  g_clear_object ((BilateralArchive **) state);
  return 0;
}

static BilateralDate *
date (const char *text)
{
  return bilateral_date_parse (text, NULL);
}

static void
test_contents (void **state)
{
  BilateralArchive *archive = *state;
  GListModel *events = bilateral_archive_get_events (archive);
  g_autoptr (BilateralEvent) first = g_list_model_get_item (events, 0);
  g_autoptr (BilateralEvent) second = g_list_model_get_item (events, 1);
  BilateralActor *rus = bilateral_archive_lookup_actor (archive, "RUS");
  GListModel *preds;
  g_autoptr (BilateralSuccession) link = NULL;

  assert_string_equal (bilateral_archive_get_title (archive), "Pakistan and the USSR/Russia: a small sample for tests");
  assert_non_null (bilateral_archive_get_description (archive));
  assert_int_equal (g_list_model_get_n_items (bilateral_archive_get_sources (archive)), 2);
  assert_int_equal (g_list_model_get_n_items (bilateral_archive_get_actors (archive)), 6);
  assert_int_equal (g_list_model_get_n_items (bilateral_archive_get_successions (archive)), 1);
  assert_int_equal (g_list_model_get_n_items (events), 6);
  assert_int_equal (g_list_model_get_n_items (bilateral_archive_get_phases (archive)), 2);

  assert_string_equal (bilateral_event_get_id (first), "pak-sun-1948-04");
  assert_string_equal (bilateral_event_get_id (second), "pak-sun-1949-12");

  /* Actors keep the file's order, persons included. */
  g_autoptr (BilateralActor) liaquat = g_list_model_get_item (bilateral_archive_get_actors (archive), 0);
  assert_string_equal (bilateral_actor_get_id (liaquat), "liaquat");
  assert_ptr_equal (bilateral_person_get_affiliation (BILATERAL_PERSON (liaquat)),
                    bilateral_archive_lookup_actor (archive, "PAK"));

  preds = bilateral_state_get_predecessors (BILATERAL_STATE (rus));
  assert_int_equal (g_list_model_get_n_items (preds), 1);
  link = g_list_model_get_item (preds, 0);
  assert_string_equal (bilateral_succession_get_predecessor_id (link), "SUN");
  assert_int_equal (bilateral_succession_get_kind (link), BILATERAL_SUCCESSION_CONTINUATION);
  assert_int_equal (
    g_list_model_get_n_items (bilateral_state_get_successors (BILATERAL_STATE (bilateral_archive_lookup_actor (archive, "SUN")))),
    1);

  g_autoptr (BilateralEvent) seato = g_object_ref (bilateral_archive_lookup_event (archive, "pak-seato-1954"));
  g_autoptr (BilateralCitation) supplement = g_list_model_get_item (bilateral_event_get_citations (seato), 1);
  assert_true (bilateral_citation_get_supplement (supplement));
  assert_string_equal (bilateral_citation_get_source_id (supplement), "seato-treaty");
  assert_null (bilateral_archive_lookup_event (archive, "nope"));
  assert_non_null (bilateral_archive_lookup_source (archive, "essay"));
  assert_null (bilateral_archive_lookup_source (archive, "nope"));
  assert_non_null (bilateral_archive_lookup_phase (archive, "thaw"));
  assert_null (bilateral_archive_lookup_phase (archive, "nope"));
}

static void
test_lookup_actor (void **state)
{
  BilateralArchive *archive = *state;
  BilateralActor *sun = bilateral_archive_lookup_actor (archive, "SUN");
  BilateralActor *pak = bilateral_archive_lookup_actor (archive, "PAK");

  assert_non_null (sun);
  assert_ptr_equal (bilateral_archive_lookup_actor (archive, "su"), sun);  /* ISO alpha-2, any case */
  assert_ptr_equal (bilateral_archive_lookup_actor (archive, "586"), pak); /* ISO numeric */
  assert_ptr_equal (bilateral_archive_lookup_actor (archive, "Soviet Union"), sun);
  assert_ptr_equal (bilateral_archive_lookup_actor (archive, "ussr"), sun);
  assert_ptr_equal (bilateral_archive_lookup_actor (archive, "365"), sun); /* shared code: the first listed */
  assert_ptr_equal (bilateral_archive_lookup_actor (archive, "PAKISTAN"), pak);
  assert_ptr_equal (bilateral_archive_lookup_actor (archive, "Liaquat Ali Khan"),
                    bilateral_archive_lookup_actor (archive, "liaquat"));
  assert_ptr_equal (bilateral_archive_lookup_actor (archive, "Líaquat Alí Khán"),
                    bilateral_archive_lookup_actor (archive, "liaquat")); /* accents folded */
  assert_null (bilateral_archive_lookup_actor (archive, "Atlantis"));
}

static void
test_relation (void **state)
{
  BilateralArchive *archive = *state;
  BilateralActor *pak = bilateral_archive_lookup_actor (archive, "PAK");
  BilateralActor *rus = bilateral_archive_lookup_actor (archive, "RUS");
  BilateralActor *usa = bilateral_archive_lookup_actor (archive, "USA");
  g_autoptr (BilateralRelation) rel = bilateral_archive_get_relation (archive, pak, rus);
  g_autoptr (BilateralRelation) pak_usa = bilateral_archive_get_relation (archive, usa, pak);
  GListModel *events = bilateral_relation_get_events (rel);
  g_autoptr (BilateralDate) in_1958 = date ("1958");
  g_autoptr (BilateralDate) in_1995 = date ("1995-06-01");
  g_autoptr (BilateralDate) before = date ("1946");
  g_autoptr (BilateralDate) straddling = date ("1991-12-20/1992-06");
  g_autoptr (BilateralDate) fifties = date ("1948/1950");
  g_autoptr (GListModel) early = NULL;
  g_autoptr (BilateralEvent) seato = NULL;
  g_autoptr (BilateralEvent) visit = NULL;

  assert_ptr_equal (bilateral_relation_get_first (rel), pak);
  assert_ptr_equal (bilateral_relation_get_second (rel), rus);
  /* Succession-aware: the PAK–USSR years are in the PAK–RUS relation. */
  assert_int_equal (g_list_model_get_n_items (events), 4);
  assert_int_equal (g_list_model_get_n_items (bilateral_relation_get_phases (rel)), 2);
  assert_string_equal (bilateral_phase_get_id (bilateral_relation_phase_at (rel, in_1958)), "fissure");
  assert_string_equal (bilateral_phase_get_id (bilateral_relation_phase_at (rel, in_1995)), "thaw");
  assert_null (bilateral_relation_phase_at (rel, before));
  /* Most of the days of the span fall in the later phase. */
  assert_string_equal (bilateral_phase_get_id (bilateral_relation_phase_at (rel, straddling)), "thaw");

  early = bilateral_relation_events_in (rel, fifties);
  assert_int_equal (g_list_model_get_n_items (early), 2);
  {
    g_autoptr (BilateralDate) mid_fifties = date ("1950/1955");
    g_autoptr (GListModel) direct = bilateral_relation_events_in (rel, mid_fifties);
    g_autoptr (GListModel) bearing = bilateral_relation_events_in_full (rel, mid_fifties, TRUE);
    assert_int_equal (g_list_model_get_n_items (bearing), g_list_model_get_n_items (direct) + 1); /* SEATO */
  }

  assert_int_equal (g_list_model_get_n_items (bilateral_relation_get_third_party_events (rel)), 1);
  seato = g_list_model_get_item (bilateral_relation_get_third_party_events (rel), 0);
  assert_string_equal (bilateral_event_get_id (seato), "pak-seato-1954");

  /* A person's event counts for the state they act for. */
  assert_int_equal (g_list_model_get_n_items (bilateral_relation_get_events (pak_usa)), 1);
  visit = g_list_model_get_item (bilateral_relation_get_events (pak_usa), 0);
  assert_string_equal (bilateral_actor_get_id (bilateral_event_get_source (visit)), "liaquat");
  assert_int_equal (g_list_model_get_n_items (bilateral_relation_get_phases (pak_usa)), 0);

  /* The archive keeps its relations, and keeps them up to date. */
  {
    g_autoptr (BilateralRelation) again = bilateral_archive_get_relation (archive, pak, rus);
    g_autoptr (GListModel) all = bilateral_archive_get_relations (archive);
    g_autoptr (BilateralDate) in_1996 = date ("1996");
    g_autoptr (BilateralCitation) citation = g_object_new (BILATERAL_TYPE_CITATION, "source-id", "essay", NULL);
    g_autoptr (GListStore) citations = g_list_store_new (BILATERAL_TYPE_CITATION);
    g_autoptr (BilateralEvent) later = NULL;
    g_autoptr (BilateralEvent) last = NULL;
    g_autoptr (BilateralRelation) first_relation = NULL;
    GError *error = NULL;

    assert_ptr_equal (again, rel);
    assert_true (g_list_model_get_n_items (all) >= 2);
    first_relation = g_list_model_get_item (all, 0);
    assert_true (BILATERAL_IS_RELATION (first_relation));
    g_list_store_append (citations, citation);
    later = g_object_new (BILATERAL_TYPE_EVENT, "id", "later", "date", in_1996, "source", rus, "target", pak, "cameo-code", "036",
                          "citations", citations, NULL);
    assert_true (bilateral_archive_add_event (archive, later, &error));
    assert_no_error (error);
    assert_int_equal (g_list_model_get_n_items (events), 5);
    for (guint i = 0; i < 5 && last != later; i++)
      {
        g_clear_object (&last);
        last = g_list_model_get_item (events, i);
      }
    assert_ptr_equal (last, later);
  }
}

static void
got_result (GObject *source, GAsyncResult *result, gpointer data)
{
  GAsyncResult **out = data;
  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

/* The _async calls, in a main loop, with cancellation. */
static void
test_async (void **state)
{
  g_autofree char *path = test_data_path ("sample.json");
  g_autofree char *dir = g_dir_make_tmp ("bilateral-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "out.json", NULL);
  g_autofree char *events_path = g_build_filename (g_getenv ("BILATERAL_TEST_DATA"), "events", "gdelt2-clean.tsv", NULL);
  g_autoptr (GCancellable) cancelled = g_cancellable_new ();
  g_autoptr (GAsyncResult) loaded = NULL, refused = NULL, saved = NULL, read = NULL;
  g_autoptr (BilateralArchive) archive = NULL;
  g_autoptr (BilateralDyadPanel) panel = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_MONTH, FALSE);
  GError *error = NULL;

  g_cancellable_cancel (cancelled);
  bilateral_archive_new_from_file_async (path, NULL, got_result, &loaded);
  archive = bilateral_archive_new_from_file_finish (wait_for (&loaded), &error);
  assert_no_error (error);
  assert_int_equal (g_list_model_get_n_items (bilateral_archive_get_events (archive)), 6);
  bilateral_archive_new_from_file_async (path, cancelled, got_result, &refused);
  assert_null (bilateral_archive_new_from_file_finish (wait_for (&refused), &error));
  assert_gio_error (error, G_IO_ERROR_CANCELLED, "");
  bilateral_archive_save_to_file_async (archive, out, NULL, got_result, &saved);
  assert_true (bilateral_archive_save_to_file_finish (archive, wait_for (&saved), &error));
  assert_true (g_file_test (out, G_FILE_TEST_EXISTS));
  bilateral_dyad_panel_add_file_async (panel, events_path, BILATERAL_EVENT_FORMAT_AUTO, NULL, got_result, &read);
  assert_true (bilateral_dyad_panel_add_file_finish (panel, wait_for (&read), &error));
  assert_no_error (error);
  assert_int_equal (bilateral_dyad_panel_get_rows (panel), 6);
  {
    g_autoptr (BilateralArchive) target = bilateral_archive_new ();
    g_autoptr (BilateralEventFilter) filter = bilateral_event_filter_new ();
    g_autoptr (GAsyncResult) added = NULL;
    guint n_added = 0, n_skipped = 0;

    assert_true (bilateral_event_filter_set_dyad (filter, "JPN", "USA", FALSE, &error));
    bilateral_archive_add_events_from_file_async (target, events_path, BILATERAL_EVENT_FORMAT_AUTO, filter, NULL, got_result,
                                                  &added);
    assert_true (bilateral_archive_add_events_from_file_finish (target, wait_for (&added), &n_added, &n_skipped, &error));
    assert_no_error (error);
    assert_int_equal (n_added, 2); /* the fixture's two JPN–USA rows */
    assert_int_equal (g_list_model_get_n_items (bilateral_archive_get_events (target)), 2);
  }
  {
    /* The same with the counts by reason: read again, both rows are events read before. */
    g_autoptr (BilateralArchive) target = bilateral_archive_new ();
    g_autoptr (BilateralEventFilter) filter = bilateral_event_filter_new ();
    g_autoptr (GAsyncResult) first = NULL;
    g_autoptr (GAsyncResult) second = NULL;
    g_autoptr (BilateralEventLoad) load = NULL;
    g_autoptr (BilateralEventLoad) again = NULL;

    assert_true (bilateral_event_filter_set_dyad (filter, "JPN", "USA", FALSE, &error));
    bilateral_archive_load_events_async (target, events_path, BILATERAL_EVENT_FORMAT_AUTO, filter, NULL, got_result, &first);
    load = bilateral_archive_load_events_finish (target, wait_for (&first), &error);
    assert_no_error (error);
    assert_int_equal (bilateral_event_load_get_added (load), 2);
    assert_int_equal (bilateral_event_load_get_skipped (load), 0);
    bilateral_archive_load_events_async (target, events_path, BILATERAL_EVENT_FORMAT_AUTO, filter, NULL, got_result, &second);
    again = bilateral_archive_load_events_finish (target, wait_for (&second), &error);
    assert_no_error (error);
    assert_int_equal (bilateral_event_load_get_added (again), 0);
    assert_int_equal (bilateral_event_load_get_skipped_for (again, BILATERAL_SKIP_DUPLICATE), 2);
  }
  g_unlink (out);
  g_rmdir (dir);
}

/* A state added in code is completed from the registry, as one read is. */
static void
test_state_added_in_code (void **state)
{
  g_autoptr (BilateralArchive) archive = bilateral_archive_new ();
  g_autoptr (BilateralState) pak = bilateral_state_new ("PAK", NULL, NULL);
  g_autofree char *text = NULL;
  GError *error = NULL;

  assert_true (bilateral_archive_add_actor (archive, BILATERAL_ACTOR (pak), &error));
  assert_no_error (error);
  assert_string_equal (bilateral_actor_get_name (BILATERAL_ACTOR (pak)), "Pakistan");
  assert_string_equal (bilateral_state_get_code (pak, BILATERAL_CODE_SCHEME_GW), "770");
  assert_non_null (bilateral_actor_get_existence (BILATERAL_ACTOR (pak)));
  text = bilateral_archive_to_string (archive);
  assert_null (strstr (text, "Pakistan"));
}

static void
test_round_trip (void **state)
{
  BilateralArchive *archive = *state;
  GError *error = NULL;
  gsize length;
  g_autofree char *data = bilateral_archive_to_data (archive, &length);
  g_autoptr (BilateralArchive) again = bilateral_archive_new_from_data (data, length, &error);
  g_autofree char *data_again = NULL;
  g_autofree char *path = test_data_path ("sample.json");
  g_autofree char *original = NULL;

  assert_no_error (error);
  assert_int_equal (length, strlen (data));
  data_again = bilateral_archive_to_data (again, NULL);
  {
    g_autofree char *text = bilateral_archive_to_string (again);
    assert_string_equal (text, data_again);
  }
  assert_string_equal (data, data_again);
  /* Numbers keep their short form. */
  assert_non_null (strstr (data, "\"goldstein\": 1.9,"));
  assert_non_null (strstr (data, "\"weight\": -0.5,"));
  assert_non_null (strstr (data, "\"date\": \"1949-12~\""));
  assert_non_null (strstr (data, "\"quote\": \"Pakistan’s entry into pro western alliance’s like SEATO\""));
  /* The sample is written as the writer writes: the save is byte for byte the file. */
  g_file_get_contents (path, &original, NULL, NULL);
  assert_string_equal (data, original);
}

static void
test_save_is_atomic (void **state)
{
  BilateralArchive *archive = *state;
  GError *error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bilateral-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "dir.json", NULL);
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr (BilateralArchive) loaded = NULL;
  GDir *listing;
  int entries = 0;

  g_file_set_contents (path, "precious", -1, NULL);
  assert_true (bilateral_archive_save_to_file (archive, path, &error));
  assert_no_error (error);
  loaded = bilateral_archive_new_from_file (path, &error);
  assert_no_error (error);
  assert_int_equal (g_list_model_get_n_items (bilateral_archive_get_events (loaded)), 6);

  assert_false (bilateral_archive_save_to_file (archive, missing, &error));
  assert_gio_error (error, G_IO_ERROR_NOT_FOUND, "dir.json");

  /* A failed save leaves the old file whole: make the directory read-only. */
  g_file_get_contents (path, &before, NULL, NULL);
  g_chmod (dir, 0500);
  if (!bilateral_archive_save_to_file (archive, path, &error))
    assert_gio_error (error, G_IO_ERROR_PERMISSION_DENIED, "history.json");
  g_chmod (dir, 0700);
  g_file_get_contents (path, &after, NULL, NULL);
  assert_string_equal (before, after);

  /* No temporary file is left behind. */
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing))
    entries++;
  g_dir_close (listing);
  assert_int_equal (entries, 1);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_date_order (void **state)
{
  static const char doc[] = "{\"format\": \"bilateral/1\", \"sources\": [{\"id\": \"s\"}],"
                            " \"actors\": [{\"id\": \"A\", \"kind\": \"state\"}, {\"id\": \"B\", \"kind\": \"group\"}],"
                            " \"events\": ["
                            "  {\"id\": \"late\", \"date\": \"1990\", \"source\": \"A\", \"cameo\": \"01\", \"goldstein\": 0, "
                            "\"citations\": [{\"source\": \"s\"}]},"
                            "  {\"id\": \"day\", \"date\": \"1950-01-01\", \"source\": \"B\", \"cameo\": \"01\", \"goldstein\": "
                            "0, \"citations\": [{\"source\": \"s\"}]},"
                            "  {\"id\": \"year\", \"date\": \"1950\", \"source\": \"A\", \"target\": \"B\", \"cameo\": \"01\", "
                            "\"goldstein\": 0, \"citations\": [{\"source\": \"s\"}]},"
                            "  {\"id\": \"b-same\", \"date\": \"1950\", \"source\": \"A\", \"cameo\": \"01\", \"goldstein\": 0, "
                            "\"citations\": [{\"source\": \"s\"}]}"
                            " ],"
                            " \"phases\": [{\"id\": \"p\", \"dyad\": [\"A\", \"B\"], \"start\": \"1950\", \"stance\": "
                            "\"neutral\", \"citations\": [{\"source\": \"s\"}]}]}";
  const char *expected[] = { "day", "b-same", "year", "late" };
  GError *error = NULL;
  g_autoptr (BilateralArchive) archive = bilateral_archive_new_from_data (doc, -1, &error);
  GListModel *events;

  assert_no_error (error);
  events = bilateral_archive_get_events (archive);
  assert_int_equal (g_list_model_get_n_items (events), 4);
  /* Date order; the same dates by id. */
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr (BilateralEvent) e = g_list_model_get_item (events, i);
      assert_string_equal (bilateral_event_get_id (e), expected[i]);
    }
  /* Optional members are optional. */
  assert_null (bilateral_archive_get_title (archive));
  assert_null (bilateral_event_get_target (bilateral_archive_lookup_event (archive, "late")));
}

static void
test_goldstein_from_the_codebook (void **state)
{
  static const char doc[] =
    "{\"format\": \"bilateral/1\", \"sources\": [{\"id\": \"s\"}], \"actors\": [{\"id\": \"A\", \"kind\": \"group\"}],"
    " \"events\": [{\"id\": \"e\", \"date\": \"1950\", \"source\": \"A\", \"cameo\": \"0874\", \"citations\": [{\"source\": "
    "\"s\"}]},"
    " {\"id\": \"f\", \"date\": \"1951\", \"source\": \"A\", \"cameo\": \"0874\", \"goldstein\": 9.5, \"citations\": "
    "[{\"source\": \"s\"}]}]}";
  GError *error = NULL;
  g_autoptr (BilateralArchive) archive = bilateral_archive_new_from_data (doc, -1, &error);
  g_autofree char *saved = NULL;

  assert_no_error (error);
  assert_float_equal (bilateral_event_get_goldstein (bilateral_archive_lookup_event (archive, "e")), 10.0, 1e-12);
  assert_float_equal (bilateral_event_get_goldstein (bilateral_archive_lookup_event (archive, "f")), 9.5, 1e-12);
  /* The weight taken from the codebook is not written back; the given one is. */
  saved = bilateral_archive_to_data (archive, NULL);
  assert_null (strstr (saved, "\"goldstein\": 10"));
  assert_non_null (strstr (saved, "\"goldstein\": 9.5"));
}

static void
test_builtin (void **state)
{
  GError *error = NULL;
  g_auto (GStrv) names = bilateral_archive_list_builtin ();
  g_autoptr (BilateralArchive) history = bilateral_archive_load_builtin ("pakistan-russia", &error);
  g_autoptr (BilateralRelation) rel = NULL;
  g_autoptr (BilateralDate) in_1985 = date ("1985");

  assert_no_error (error);
  assert_string_equal (names[0], "pakistan-russia");
  assert_null (names[1]);
  assert_true (bilateral_archive_validate (history, &error));
  rel = bilateral_archive_get_relation (history, bilateral_archive_lookup_actor (history, "PAK"),
                                        bilateral_archive_lookup_actor (history, "RUS"));
  assert_int_equal (
    bilateral_relation_phase_at (rel, in_1985) ? bilateral_phase_get_stance (bilateral_relation_phase_at (rel, in_1985)) : 99,
    BILATERAL_STANCE_HOSTILE);

  assert_null (bilateral_archive_load_builtin ("atlantis", &error));
  assert_error (error, BILATERAL_ERROR_NOT_FOUND, "“atlantis”", "pakistan-russia");
  assert_null (bilateral_archive_load_builtin ("../histories/pakistan-russia", &error));
  assert_error (error, BILATERAL_ERROR_NOT_FOUND, "“../histories/pakistan-russia”");
}

static void
test_states_filled_from_the_registry (void **state)
{
  static const char doc[] =
    "{\"format\": \"bilateral/1\", \"actors\": ["
    " {\"id\": \"SUN\", \"kind\": \"state\"},"
    " {\"id\": \"p\", \"kind\": \"state\", \"name\": \"Pakistan, as I call it\", \"codes\": {\"gw\": \"770\"}},"
    " {\"id\": \"ATL\", \"kind\": \"state\", \"codes\": {\"cow\": \"9999\"}}]}";
  GError *error = NULL;
  g_autoptr (BilateralArchive) archive = bilateral_archive_new_from_data (doc, -1, &error);
  BilateralActor *sun, *pak, *atlantis;
  g_autofree char *existence = NULL;

  assert_no_error (error);
  sun = bilateral_archive_lookup_actor (archive, "SUN");
  pak = bilateral_archive_lookup_actor (archive, "p");
  atlantis = bilateral_archive_lookup_actor (archive, "ATL");
  assert_string_equal (bilateral_actor_get_name (sun), "Union of Soviet Socialist Republics");
  existence = bilateral_date_to_string (bilateral_actor_get_existence (sun));
  assert_string_equal (existence, "1922-12-30/1991-12-25");
  assert_string_equal (bilateral_state_get_code (BILATERAL_STATE (sun), BILATERAL_CODE_SCHEME_COW), "365");
  assert_string_equal (bilateral_state_get_code (BILATERAL_STATE (sun), BILATERAL_CODE_SCHEME_ISO_NUMERIC), "810");
  /* What the document gives wins; the rest comes from the registry. */
  assert_string_equal (bilateral_actor_get_name (pak), "Pakistan, as I call it");
  assert_string_equal (bilateral_state_get_code (BILATERAL_STATE (pak), BILATERAL_CODE_SCHEME_ISO_ALPHA3), "PAK");
  assert_string_equal (bilateral_state_get_code (BILATERAL_STATE (pak), BILATERAL_CODE_SCHEME_GW), "770");
  assert_ptr_equal (bilateral_archive_lookup_actor (archive, "586"), pak);
  /* A state the registry does not know keeps what it has. */
  assert_string_equal (bilateral_actor_get_name (atlantis), "ATL");
  assert_null (bilateral_state_get_code (BILATERAL_STATE (atlantis), BILATERAL_CODE_SCHEME_ISO_ALPHA3));
  assert_null (bilateral_actor_get_existence (atlantis));
}

static void
test_build_by_hand (void **state)
{
  GError *error = NULL;
  g_autoptr (BilateralArchive) archive = bilateral_archive_new ();
  g_autoptr (BilateralSource) source = bilateral_source_new ("notes", "My notes");
  g_autoptr (BilateralDate) sun_life = date ("1922-12-30/1991-12-26");
  g_autoptr (BilateralDate) rus_life = date ("1991-12-26/..");
  g_autoptr (BilateralState) sun = bilateral_state_new ("SUN", "USSR", sun_life);
  g_autoptr (BilateralState) rus = bilateral_state_new ("RUS", "Russia", rus_life);
  g_autoptr (BilateralState) pak = bilateral_state_new ("PAK", "Pakistan", NULL);
  g_autoptr (BilateralState) twin = bilateral_state_new ("PAK", "Pakistan again", NULL);
  g_autoptr (BilateralPerson) stranger = bilateral_person_new ("p", "P", BILATERAL_ACTOR (twin), NULL);
  g_autoptr (BilateralDate) when = date ("1995");
  g_autoptr (BilateralDate) dissolution = date ("1991-12-26");
  g_autoptr (BilateralSuccession) link = bilateral_succession_new ("SUN", "RUS", BILATERAL_SUCCESSION_CONTINUATION, dissolution);
  g_autoptr (BilateralSuccession) back = bilateral_succession_new ("RUS", "SUN", BILATERAL_SUCCESSION_CONTINUATION, NULL);
  g_autoptr (BilateralSuccession) dangling = bilateral_succession_new ("SUN", "XXX", BILATERAL_SUCCESSION_SUCCESSION, NULL);
  g_autoptr (BilateralSuccession) self_link = bilateral_succession_new ("PAK", "PAK", BILATERAL_SUCCESSION_SUCCESSION, NULL);
  g_autoptr (BilateralCitation) citation = bilateral_citation_new ("notes", 0, 0, NULL);
  g_autoptr (BilateralCitation) bad_citation = bilateral_citation_new ("elsewhere", 0, 0, NULL);
  g_autoptr (GListStore) citations = g_list_store_new (BILATERAL_TYPE_CITATION);
  g_autoptr (GListStore) bad_citations = g_list_store_new (BILATERAL_TYPE_CITATION);
  g_autoptr (BilateralEvent) event = NULL;
  g_autoptr (BilateralEvent) uncited = NULL;
  g_autoptr (BilateralEvent) too_early = NULL;
  g_autoptr (BilateralEvent) miscited = NULL;
  g_autoptr (BilateralPhase) phase = NULL;
  g_autoptr (BilateralPhase) overlapping = NULL;
  g_autoptr (BilateralRelation) rel = NULL;

  g_list_store_append (citations, citation);
  g_list_store_append (bad_citations, bad_citation);

  assert_true (bilateral_archive_add_source (archive, source, &error));
  assert_false (bilateral_archive_add_source (archive, source, &error));
  assert_error (error, BILATERAL_ERROR_REFERENCE, "source", "“notes”", "already");

  assert_true (bilateral_archive_add_actor (archive, BILATERAL_ACTOR (sun), &error));
  assert_true (bilateral_archive_add_actor (archive, BILATERAL_ACTOR (rus), &error));
  assert_true (bilateral_archive_add_actor (archive, BILATERAL_ACTOR (pak), &error));
  assert_false (bilateral_archive_add_actor (archive, BILATERAL_ACTOR (twin), &error));
  assert_error (error, BILATERAL_ERROR_REFERENCE, "“PAK”", "already");
  assert_false (bilateral_archive_add_actor (archive, BILATERAL_ACTOR (stranger), &error));
  assert_error (error, BILATERAL_ERROR_REFERENCE, "actor “p”/affiliation", "not in the archive");

  assert_true (bilateral_archive_add_succession (archive, link, &error));
  assert_no_error (error);
  assert_false (bilateral_archive_add_succession (archive, back, &error));
  assert_error (error, BILATERAL_ERROR_INVALID, "continue each other");
  assert_false (bilateral_archive_add_succession (archive, dangling, &error));
  assert_error (error, BILATERAL_ERROR_REFERENCE, "successor", "“XXX”");
  assert_false (bilateral_archive_add_succession (archive, self_link, &error));
  assert_error (error, BILATERAL_ERROR_INVALID, "succeed itself");

  event = g_object_new (BILATERAL_TYPE_EVENT, "id", "e1", "date", when, "source", rus, "target", pak, "cameo-code", "043",
                        "goldstein", 2.8, "citations", citations, NULL);
  assert_true (bilateral_archive_add_event (archive, event, &error));
  assert_no_error (error);
  assert_false (bilateral_archive_add_event (archive, event, &error));
  assert_error (error, BILATERAL_ERROR_REFERENCE, "event", "“e1”");

  uncited = bilateral_event_new ("e2", when, BILATERAL_ACTOR (rus), BILATERAL_ACTOR (pak), "043", 2.8, NULL);
  assert_false (bilateral_archive_add_event (archive, uncited, &error));
  assert_error (error, BILATERAL_ERROR_SCHEMA, "event “e2”", "at least one citation");

  too_early = g_object_new (BILATERAL_TYPE_EVENT, "id", "e3", "date", when, "source", sun, "target", pak, "cameo-code", "043",
                            "citations", citations, NULL);
  assert_false (bilateral_archive_add_event (archive, too_early, &error));
  assert_error (error, BILATERAL_ERROR_INVALID, "event “e3”/date",
                "1995 is outside the existence of “SUN” (1922-12-30/1991-12-26)");

  miscited = g_object_new (BILATERAL_TYPE_EVENT, "id", "e4", "date", when, "source", rus, "target", twin, "cameo-code", "043",
                           "citations", bad_citations, NULL);
  assert_false (bilateral_archive_add_event (archive, miscited, &error));
  assert_error (error, BILATERAL_ERROR_REFERENCE, "2 problems", "event “e4”/target", "citations/0/source", "“elsewhere”");

  phase = g_object_new (BILATERAL_TYPE_PHASE, "id", "p1", "first", pak, "second", sun, "start", sun_life, "stance",
                        BILATERAL_STANCE_COOL, "opening-event", event, "citations", citations, NULL);
  assert_true (bilateral_archive_add_phase (archive, phase, &error));
  assert_no_error (error);
  /* RUS continues SUN, so a PAK–RUS phase from 1995 overlaps the open PAK–SUN one. */
  overlapping = g_object_new (BILATERAL_TYPE_PHASE, "id", "p2", "first", rus, "second", pak, "start", when, "stance",
                              BILATERAL_STANCE_CORDIAL, "opening-event", uncited, "citations", citations, NULL);
  assert_false (bilateral_archive_add_phase (archive, overlapping, &error));
  assert_error (error, BILATERAL_ERROR_REFERENCE, "overlaps phase “p1”", "phase “p2”/opening_event", "not in the archive");
  assert_false (bilateral_archive_add_phase (archive, phase, &error));
  assert_error (error, BILATERAL_ERROR_REFERENCE, "phase", "“p1”");

  assert_true (bilateral_archive_validate (archive, &error));
  assert_no_error (error);
  rel = bilateral_archive_get_relation (archive, BILATERAL_ACTOR (sun), BILATERAL_ACTOR (pak));
  assert_int_equal (g_list_model_get_n_items (bilateral_relation_get_events (rel)), 1);
  assert_ptr_equal (bilateral_relation_phase_at (rel, when), phase);

  bilateral_archive_set_title (archive, "Mine");
  bilateral_archive_set_description (archive, NULL);
  assert_string_equal (bilateral_archive_get_title (archive), "Mine");
  assert_null (bilateral_archive_get_description (archive));
}

/* A relation is built from the archive's index by dyad: its own events
 * and those bearing on it, in date order, whatever order they came in. */
static void
test_relations_from_the_index_by_dyad (void **state)
{
#define CITED ", \"citations\": [{\"source\": \"s\"}]}"
  const char *doc =
    "{\"format\": \"bilateral/1\", \"sources\": [{\"id\": \"s\"}], \"actors\": [{\"id\": \"PAK\", \"kind\": \"state\"}, "
    "{\"id\": \"IND\", \"kind\": \"state\"}, {\"id\": \"CHN\", \"kind\": \"state\"}, {\"id\": \"AFG\", \"kind\": \"state\"}], "
    "\"events\": [{\"id\": \"e1\", \"date\": \"1990\", \"source\": \"PAK\", \"target\": \"IND\", \"cameo\": \"036\"" CITED ", "
    "{\"id\": \"e2\", \"date\": \"1991\", \"source\": \"CHN\", \"target\": \"PAK\", \"cameo\": \"036\"" CITED ", "
    "{\"id\": \"e3\", \"date\": \"1989\", \"source\": \"IND\", \"target\": \"PAK\", \"cameo\": \"036\"" CITED ", "
    "{\"id\": \"e4\", \"date\": \"1992\", \"source\": \"CHN\", \"target\": \"AFG\", \"cameo\": \"190\", "
    "\"impacts\": [{\"dyad\": [\"IND\", \"PAK\"], \"weight\": 0.5" CITED "]" CITED ", "
    "{\"id\": \"e5\", \"date\": \"1995\", \"source\": \"PAK\", \"target\": \"IND\", \"cameo\": \"036\"" CITED "]}";
#undef CITED
  GError *error = NULL;
  g_autoptr (BilateralArchive) archive = bilateral_archive_new_from_data (doc, -1, &error);
  g_autoptr (GListStore) citations = g_list_store_new (BILATERAL_TYPE_CITATION);
  g_autoptr (BilateralCitation) citation = NULL;
  g_autoptr (BilateralDate) in_1985 = bilateral_date_parse ("1985", NULL);
  g_autoptr (BilateralEvent) earliest = NULL;
  g_autoptr (BilateralRelation) pak_ind = NULL;
  g_autoptr (BilateralRelation) pak_chn = NULL;
  BilateralActor *pak, *ind;
  const char *expected[] = { "e6", "e3", "e1", "e5" };
  GListModel *events;

  assert_no_error (error);
  pak = bilateral_archive_lookup_actor (archive, "PAK");
  ind = bilateral_archive_lookup_actor (archive, "IND");
  /* Added before any relation is asked for, and earlier than all: the index keeps date order. */
  citation = g_object_new (BILATERAL_TYPE_CITATION, "source-id", "s", NULL);
  g_list_store_append (citations, citation);
  earliest = g_object_new (BILATERAL_TYPE_EVENT, "id", "e6", "date", in_1985, "source", ind, "target", pak, "cameo-code", "036",
                           "citations", citations, NULL);
  assert_true (bilateral_archive_add_event (archive, earliest, &error));
  assert_no_error (error);

  pak_ind = bilateral_archive_get_relation (archive, pak, ind);
  events = bilateral_relation_get_events (pak_ind);
  assert_int_equal (g_list_model_get_n_items (events), G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr (BilateralEvent) event = g_list_model_get_item (events, i);
      assert_string_equal (bilateral_event_get_id (event), expected[i]);
    }
  assert_int_equal (g_list_model_get_n_items (bilateral_relation_get_third_party_events (pak_ind)), 1);
  pak_chn = bilateral_archive_get_relation (archive, pak, bilateral_archive_lookup_actor (archive, "CHN"));
  assert_int_equal (g_list_model_get_n_items (bilateral_relation_get_events (pak_chn)), 1);
  assert_int_equal (g_list_model_get_n_items (bilateral_relation_get_third_party_events (pak_chn)), 0);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_contents, load_sample, unref_archive),
    cmocka_unit_test_setup_teardown (test_lookup_actor, load_sample, unref_archive),
    cmocka_unit_test_setup_teardown (test_relation, load_sample, unref_archive),
    cmocka_unit_test_setup_teardown (test_round_trip, load_sample, unref_archive),
    cmocka_unit_test_setup_teardown (test_save_is_atomic, load_sample, unref_archive),
    cmocka_unit_test (test_date_order),
    cmocka_unit_test (test_goldstein_from_the_codebook),
    cmocka_unit_test (test_builtin),
    cmocka_unit_test (test_async),
    cmocka_unit_test (test_state_added_in_code),
    cmocka_unit_test (test_states_filled_from_the_registry),
    cmocka_unit_test (test_build_by_hand),
    cmocka_unit_test (test_relations_from_the_index_by_dyad),
  };
  return cmocka_run_group_tests_name ("archive", tests, NULL, NULL);
}
