/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "test-util.h"

static BilateralDate *
date (const char *text)
{
  return bilateral_date_parse (text, NULL);
}

static void
test_cameo_codes (void **state)
{
  assert_true (bilateral_cameo_code_is_valid ("01"));
  assert_true (bilateral_cameo_code_is_valid ("010"));
  assert_true (bilateral_cameo_code_is_valid ("0874"));
  assert_true (bilateral_cameo_code_is_valid ("20"));
  assert_false (bilateral_cameo_code_is_valid ("00"));
  assert_false (bilateral_cameo_code_is_valid ("21"));
  assert_false (bilateral_cameo_code_is_valid ("1"));
  assert_false (bilateral_cameo_code_is_valid ("13y"));
  assert_false (bilateral_cameo_code_is_valid ("01234"));
  assert_false (bilateral_cameo_code_is_valid (""));
}

static void
test_event (void **state)
{
  g_autoptr (BilateralState) pak = bilateral_state_new ("PAK", "Pakistan", NULL);
  g_autoptr (BilateralState) sun = bilateral_state_new ("SUN", "USSR", NULL);
  g_autoptr (BilateralDate) when = date ("1949-12~");
  g_autoptr (BilateralEvent)
    event = bilateral_event_new ("e1", when, BILATERAL_ACTOR (pak), BILATERAL_ACTOR (sun), "050", 3.5, "Credentials");
  g_autoptr (BilateralEvent) untargeted = bilateral_event_new ("e2", when, BILATERAL_ACTOR (pak), NULL, "190", -10, NULL);
  g_autoptr (BilateralEvent)
    bare = g_object_new (BILATERAL_TYPE_EVENT, "id", "e3", "date", when, "source", pak, "cameo-code", "1246", NULL);
  BilateralQuadClass quad;

  assert_string_equal (bilateral_event_get_id (event), "e1");
  assert_ptr_equal (bilateral_event_get_date (event), when);
  assert_ptr_equal (bilateral_event_get_source (event), pak);
  assert_ptr_equal (bilateral_event_get_target (event), sun);
  assert_string_equal (bilateral_event_get_cameo_code (event), "050");
  assert_float_equal (bilateral_event_get_goldstein (event), 3.5, 1e-12);
  assert_int_equal (bilateral_event_get_quad_class (event), BILATERAL_QUAD_CLASS_VERBAL_COOPERATION);
  assert_string_equal (bilateral_event_get_title (event), "Credentials");
  assert_int_equal (g_list_model_get_n_items (bilateral_event_get_citations (event)), 0);
  assert_int_equal (g_list_model_get_n_items (bilateral_event_get_impacts (event)), 0);

  assert_null (bilateral_event_get_target (untargeted));
  assert_float_equal (bilateral_event_get_goldstein (untargeted), -10.0, 1e-12);
  assert_int_equal (bilateral_event_get_quad_class (untargeted), BILATERAL_QUAD_CLASS_MATERIAL_CONFLICT);
  g_object_get (bare, "quad-class", &quad, NULL);
  assert_int_equal (quad, BILATERAL_QUAD_CLASS_VERBAL_CONFLICT);
  /* No weight given: its code's in the codebook, as in a file. */
  assert_float_equal (bilateral_event_get_goldstein (bare), -4.0, 1e-12);
}

static void
test_short_names (void **state)
{
  g_autoptr (GTimeZone) zone = g_time_zone_new_offset (4 * 3600);
  g_autoptr (GDateTime) when = g_date_time_new (zone, 1985, 4, 12, 1, 0, 0);
  g_autoptr (BilateralDate) date = bilateral_date_new_from_date_time (when);
  g_autofree char *text = bilateral_date_to_string (date);

  assert_string_equal (bilateral_stance_to_string (BILATERAL_STANCE_HOSTILE), "hostile");
  assert_string_equal (bilateral_stance_to_string (BILATERAL_STANCE_ALLIED), "allied");
  assert_string_equal (bilateral_phase_origin_to_string (BILATERAL_PHASE_ORIGIN_CURATED), "curated");
  assert_string_equal (bilateral_quad_class_to_string (BILATERAL_QUAD_CLASS_VERBAL_COOPERATION), "verbal-cooperation");
  assert_string_equal (bilateral_actor_kind_to_string (BILATERAL_ACTOR_KIND_PERSON), "person");
  assert_string_equal (bilateral_succession_kind_to_string (BILATERAL_SUCCESSION_DISSOLUTION), "dissolution");
  assert_string_equal (text, "1985-04-12T01:00:00+04:00");
  assert_int_equal (bilateral_date_get_earliest_day (date), bilateral_date_day_from_ymd (1985, 4, 11));
}

static void
test_quad_classes (void **state)
{
  static const struct {
    const char *code;
    BilateralQuadClass quad;
  } cases[] = {
    { "01", 1 }, { "057", 1 }, { "06", 2 }, { "0874", 2 }, { "10", 3 }, { "14", 3 }, { "15", 4 }, { "20", 4 },
  };
  g_autoptr (BilateralState) pak = bilateral_state_new ("PAK", NULL, NULL);
  g_autoptr (BilateralDate) when = date ("1950");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (BilateralEvent) e = bilateral_event_new ("e", when, BILATERAL_ACTOR (pak), NULL, cases[i].code, 0, NULL);
      assert_int_equal (bilateral_event_get_quad_class (e), cases[i].quad);
    }
}

static void
test_impact (void **state)
{
  g_autoptr (BilateralState) pak = bilateral_state_new ("PAK", NULL, NULL);
  g_autoptr (BilateralState) sun = bilateral_state_new ("SUN", NULL, NULL);
  g_autoptr (BilateralImpact) impact = bilateral_impact_new (BILATERAL_ACTOR (pak), BILATERAL_ACTOR (sun), -0.5);
  g_autoptr (GListStore) impacts = g_list_store_new (BILATERAL_TYPE_IMPACT);
  g_autoptr (BilateralDate) when = date ("1954-09-08");
  g_autoptr (BilateralEvent) event = NULL;
  g_autoptr (BilateralImpact) back = NULL;

  assert_ptr_equal (bilateral_impact_get_first (impact), pak);
  assert_ptr_equal (bilateral_impact_get_second (impact), sun);
  assert_float_equal (bilateral_impact_get_weight (impact), -0.5, 1e-12);
  assert_int_equal (g_list_model_get_n_items (bilateral_impact_get_citations (impact)), 0);

  g_list_store_append (impacts, impact);
  event = g_object_new (BILATERAL_TYPE_EVENT, "id", "seato", "date", when, "source", pak, "cameo-code", "057", "goldstein", 8.0,
                        "impacts", impacts, NULL);
  back = g_list_model_get_item (bilateral_event_get_impacts (event), 0);
  assert_ptr_equal (back, impact);
}

static void
test_phase (void **state)
{
  g_autoptr (BilateralState) pak = bilateral_state_new ("PAK", NULL, NULL);
  g_autoptr (BilateralState) sun = bilateral_state_new ("SUN", NULL, NULL);
  g_autoptr (BilateralDate) start = date ("1947-08-14");
  g_autoptr (BilateralDate) end = date ("1954-09");
  g_autoptr (BilateralDate) later = date ("1954-09");
  g_autoptr (BilateralDate) inside = date ("1950");
  g_autoptr (BilateralPhase) first = bilateral_phase_new ("p1", BILATERAL_ACTOR (pak), BILATERAL_ACTOR (sun), start, end,
                                                          BILATERAL_STANCE_COOL, "Distance");
  g_autoptr (BilateralPhase) second = bilateral_phase_new ("p2", BILATERAL_ACTOR (sun), BILATERAL_ACTOR (pak), later, NULL,
                                                           BILATERAL_STANCE_ANTAGONISTIC, "Opposing camps");
  g_autoptr (BilateralPhase) overlapping = bilateral_phase_new ("p3", BILATERAL_ACTOR (sun), BILATERAL_ACTOR (pak), inside, NULL,
                                                                BILATERAL_STANCE_HOSTILE, NULL);
  g_autoptr (BilateralEvent)
    opening = bilateral_event_new ("e", start, BILATERAL_ACTOR (pak), BILATERAL_ACTOR (sun), "036", 4, NULL);
  g_autoptr (BilateralPhase) inferred = g_object_new (
    BILATERAL_TYPE_PHASE, "id", "p4", "first", pak, "second", sun, "start", start, "origin", BILATERAL_PHASE_ORIGIN_INFERRED,
    "summary", "Found in the events", "opening-event", opening, "closing-event", opening, NULL);

  assert_string_equal (bilateral_phase_get_id (first), "p1");
  assert_ptr_equal (bilateral_phase_get_first (first), pak);
  assert_ptr_equal (bilateral_phase_get_second (first), sun);
  assert_ptr_equal (bilateral_phase_get_start (first), start);
  assert_ptr_equal (bilateral_phase_get_end (first), end);
  assert_int_equal (bilateral_phase_get_stance (first), BILATERAL_STANCE_COOL);
  assert_int_equal (bilateral_phase_get_stance (first), -1);
  assert_string_equal (bilateral_phase_get_label (first), "Distance");
  assert_null (bilateral_phase_get_summary (first));
  assert_null (bilateral_phase_get_opening_event (first));
  assert_null (bilateral_phase_get_closing_event (first));
  assert_int_equal (bilateral_phase_get_origin (first), BILATERAL_PHASE_ORIGIN_CURATED);
  assert_int_equal (g_list_model_get_n_items (bilateral_phase_get_citations (first)), 0);
  assert_int_equal (bilateral_phase_get_first_day (first), bilateral_date_day_from_ymd (1947, 8, 14));
  assert_int_equal (bilateral_phase_get_end_day (first), bilateral_date_day_from_ymd (1954, 9, 1));
  assert_int_equal (bilateral_phase_get_end_day (second), BILATERAL_DAY_OPEN_END);

  /* Ending the month the next begins is meeting, not overlapping. */
  assert_false (bilateral_phase_overlaps (first, second));
  assert_false (bilateral_phase_overlaps (second, first));
  assert_true (bilateral_phase_overlaps (first, overlapping));
  assert_true (bilateral_phase_overlaps (overlapping, second));

  assert_int_equal (bilateral_phase_get_origin (inferred), BILATERAL_PHASE_ORIGIN_INFERRED);
  assert_string_equal (bilateral_phase_get_summary (inferred), "Found in the events");
  assert_ptr_equal (bilateral_phase_get_opening_event (inferred), opening);
  assert_ptr_equal (bilateral_phase_get_closing_event (inferred), opening);
  assert_int_equal (bilateral_phase_get_stance (inferred), BILATERAL_STANCE_NEUTRAL);
}

static void
assert_strv_equal (const char *const *a, const char *const *b)
{
  assert_true ((a == NULL) == (b == NULL));
  if (a)
    assert_true (g_strv_equal ((const char *const *) a, (const char *const *) b));
}

/* An event a document gives (which a loader makes without naming each
 * property, by the million) is the event its properties make. */
static void
test_event_loaded_as_made (void **state)
{
  static const struct {
    const char *members; /* of the event in the document */
    const char *cameo, *plover_type;
    gboolean given;
    double goldstein;
  } cases[] = {
    { "\"cameo\": \"190\", \"goldstein\": -10", "190", NULL, TRUE, -10 },
    { "\"cameo\": \"190\"", "190", NULL, FALSE, 0 },
    { "\"plover\": {\"type\": \"ASSAULT\", \"contexts\": [\"military\"]}", NULL, "ASSAULT", FALSE, 0 },
    { "\"cameo\": \"036\", \"plover\": {\"type\": \"CONSULT\"}, \"goldstein\": 4", "036", "CONSULT", TRUE, 4 },
  };
  const char *contexts[] = { "military", NULL }, *sectors[] = { "GOV", "MIL", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *doc = g_strdup_printf (
        "{\"format\": \"bilateral/1\", \"sources\": [{\"id\": \"s\"}], \"actors\": [{\"id\": \"PAK\", \"kind\": \"state\"}, "
        "{\"id\": \"IND\", \"kind\": \"state\"}], \"events\": [{\"id\": \"e\", \"date\": \"1965-09\", \"source\": \"PAK\", "
        "\"target\": \"IND\", %s, \"title\": \"t\", \"sectors\": {\"source\": [\"GOV\", \"MIL\"]}, \"location\": "
        "{\"country\": \"PAK\", \"place\": \"Lahore\"}, \"citations\": [{\"source\": \"s\", \"note\": \"n\"}]}]}",
        cases[i].members);
      GError *error = NULL;
      g_autoptr (BilateralArchive) archive = bilateral_archive_new_from_data (doc, -1, &error);
      BilateralEvent *loaded;
      g_autoptr (BilateralEvent) made = NULL;

      assert_no_error (error);
      loaded = bilateral_archive_lookup_event (archive, "e");
      made = g_object_new (BILATERAL_TYPE_EVENT, "id", "e", "date", bilateral_event_get_date (loaded), "source",
                           bilateral_event_get_source (loaded), "target", bilateral_event_get_target (loaded), "cameo-code",
                           cases[i].cameo, "plover-type", cases[i].plover_type, "plover-contexts",
                           cases[i].plover_type && strcmp (cases[i].plover_type, "ASSAULT") == 0 ? contexts : NULL, "title", "t",
                           "citations", bilateral_event_get_citations (loaded), "source-sectors", sectors, "location",
                           bilateral_event_get_location (loaded), cases[i].given ? "goldstein" : NULL, cases[i].goldstein, NULL);
      assert_string_equal (bilateral_event_get_id (loaded), bilateral_event_get_id (made));
      assert_true (g_strcmp0 (bilateral_event_get_cameo_code (loaded), bilateral_event_get_cameo_code (made)) == 0);
      assert_true (g_strcmp0 (bilateral_event_get_plover_type (loaded), bilateral_event_get_plover_type (made)) == 0);
      assert_true (g_strcmp0 (bilateral_event_get_plover_mode (loaded), bilateral_event_get_plover_mode (made)) == 0);
      assert_strv_equal (bilateral_event_get_plover_contexts (loaded), bilateral_event_get_plover_contexts (made));
      assert_true (bilateral_event_get_goldstein (loaded) == bilateral_event_get_goldstein (made));
      assert_int_equal (bilateral_event_get_quad_class (loaded), bilateral_event_get_quad_class (made));
      assert_string_equal (bilateral_event_get_title (loaded), bilateral_event_get_title (made));
      assert_int_equal (g_list_model_get_n_items (bilateral_event_get_citations (loaded)), 1);
      assert_int_equal (g_list_model_get_n_items (bilateral_event_get_impacts (loaded)), 0);
      assert_int_equal (g_list_model_get_n_items (bilateral_event_get_participants (loaded)), 0);
      assert_strv_equal (bilateral_event_get_source_sectors (loaded), bilateral_event_get_source_sectors (made));
      assert_null (bilateral_event_get_target_sectors (loaded));
      assert_string_equal (bilateral_location_get_place (bilateral_event_get_location (loaded)), "Lahore");
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_cameo_codes),  cmocka_unit_test (test_event),  cmocka_unit_test (test_event_loaded_as_made),
    cmocka_unit_test (test_quad_classes), cmocka_unit_test (test_impact), cmocka_unit_test (test_phase),
    cmocka_unit_test (test_short_names),
  };
  return cmocka_run_group_tests_name ("records", tests, NULL, NULL);
}
