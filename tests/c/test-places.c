/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "test-util.h"

/* Below the state and on the map: sectors, locations, participants, and
 * the filters on them. */

static const char document[] =
  "{\"format\": \"bilateral/1\", \"sources\": [{\"id\": \"s\"}], \"actors\": [{\"id\": \"USA\", \"kind\": \"state\"}, "
  "{\"id\": \"AFG\", \"kind\": \"state\"}, {\"id\": \"GBR\", \"kind\": \"state\"}], \"events\": [{\"id\": \"e1\", \"date\": "
  "\"2001-10-07\", \"source\": \"USA\", \"target\": \"AFG\", \"cameo\": \"190\", \"sectors\": {\"source\": [\"GOV\", \"MIL\"], "
  "\"target\": [\"GOV\"]}, \"location\": {\"country\": \"AFG\", \"code\": \"AF\", \"place\": \"Kabul\", \"latitude\": 34.5, "
  "\"longitude\": 69.25}, \"participants\": [{\"actor\": \"GBR\", \"role\": \"ally\"}], \"citations\": [{\"source\": \"s\"}]}]}";

static void
test_location_and_participant (void **state)
{
  g_autoptr (BilateralLocation) plain = bilateral_location_new ("AFG", "Kabul");
  g_autoptr (BilateralLocation)
    full = g_object_new (BILATERAL_TYPE_LOCATION, "country", "PAK", "code", "PK", "division", "PK08", "place", "Islamabad",
                         "feature", "world-city", "has-coordinates", TRUE, "latitude", 33.7, "longitude", 73.1, NULL);
  g_autoptr (BilateralLocation) empty = bilateral_location_new (NULL, "");
  g_autoptr (BilateralState) britain = g_object_new (BILATERAL_TYPE_STATE, "id", "GBR", "name", "United Kingdom", NULL);
  g_autoptr (BilateralParticipant) participant = bilateral_participant_new (BILATERAL_ACTOR (britain), "protecting power");
  g_autofree char *a = bilateral_location_to_string (plain);
  g_autofree char *b = bilateral_location_to_string (full);
  g_autofree char *c = bilateral_location_to_string (empty);

  assert_string_equal (bilateral_location_get_country (plain), "AFG");
  assert_string_equal (bilateral_location_get_place (plain), "Kabul");
  assert_null (bilateral_location_get_code (plain));
  assert_null (bilateral_location_get_division (plain));
  assert_null (bilateral_location_get_feature (plain));
  assert_false (bilateral_location_get_has_coordinates (plain));
  assert_string_equal (a, "Kabul (AFG)");
  assert_string_equal (bilateral_location_get_code (full), "PK");
  assert_string_equal (bilateral_location_get_division (full), "PK08");
  assert_string_equal (bilateral_location_get_feature (full), "world-city");
  assert_true (bilateral_location_get_has_coordinates (full));
  assert_true (bilateral_location_get_latitude (full) == 33.7 && bilateral_location_get_longitude (full) == 73.1);
  assert_string_equal (b, "Islamabad, PK08 (PAK; 33.7000, 73.1000)");
  assert_null (bilateral_location_get_place (empty)); /* an empty string is none */
  assert_string_equal (c, "");
  assert_ptr_equal (bilateral_participant_get_actor (participant), britain);
  assert_string_equal (bilateral_participant_get_role (participant), "protecting power");
}

static void
test_event_members (void **state)
{
  GError *error = NULL;
  g_autoptr (BilateralArchive) archive = bilateral_archive_new_from_data (document, -1, &error);
  BilateralEvent *event;
  const char *const *sectors;
  g_autoptr (BilateralParticipant) participant = NULL;
  g_autofree char *text = NULL;
  g_autoptr (BilateralArchive) again = NULL;
  g_autofree char *text_again = NULL;

  assert_no_error (error);
  event = bilateral_archive_lookup_event (archive, "e1");
  sectors = bilateral_event_get_source_sectors (event);
  assert_string_equal (sectors[0], "GOV");
  assert_string_equal (sectors[1], "MIL");
  assert_null (sectors[2]);
  assert_string_equal (bilateral_event_get_target_sectors (event)[0], "GOV");
  assert_true (bilateral_event_has_sector (event, "gov"));
  assert_false (bilateral_event_has_sector (event, "MIL"));
  assert_string_equal (bilateral_location_get_country (bilateral_event_get_location (event)), "AFG");
  assert_true (bilateral_location_get_longitude (bilateral_event_get_location (event)) == 69.25);
  assert_int_equal (g_list_model_get_n_items (bilateral_event_get_participants (event)), 1);
  participant = g_list_model_get_item (bilateral_event_get_participants (event), 0);
  assert_string_equal (bilateral_actor_get_id (bilateral_participant_get_actor (participant)), "GBR");

  text = bilateral_archive_to_string (archive);
  again = bilateral_archive_new_from_data (text, -1, &error);
  assert_no_error (error);
  text_again = bilateral_archive_to_string (again);
  assert_string_equal (text, text_again);
}

static void
test_filters (void **state)
{
  GError *error = NULL;
  g_autoptr (BilateralEventFilter) filter = bilateral_event_filter_new ();
  g_autofree char *described = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("BILATERAL_TEST_DATA"), "events", "gdelt2-usa-afg.tsv", NULL);
  g_autoptr (BilateralArchive) archive = bilateral_archive_new ();
  g_autoptr (BilateralDyadPanel) panel = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_MONTH, FALSE);
  guint added = 0, skipped = 0;

  assert_true (bilateral_event_filter_set_sector (filter, "GOV", &error));
  assert_true (bilateral_event_filter_set_located (filter, "Afghanistan", &error));
  assert_true (bilateral_event_filter_set_dyad (filter, "USA", "AFG", FALSE, &error));
  described = bilateral_event_filter_to_string (filter);
  assert_string_equal (described, "dyad USA–AFG, sector GOV, located in AFG");
  assert_true (
    bilateral_archive_add_events_from_file (archive, path, BILATERAL_EVENT_FORMAT_AUTO, filter, &added, &skipped, NULL, &error));
  assert_no_error (error);
  assert_int_equal (added, 1); /* 3001: GOV to GOV in Kabul */
  assert_non_null (bilateral_archive_lookup_event (archive, "gdelt-2-3001"));

  assert_false (bilateral_event_filter_set_sector (filter, "", &error));
  assert_error (error, BILATERAL_ERROR_PARSE, "is not a sector");
  assert_false (bilateral_event_filter_set_located (filter, "Atlantis", &error));
  assert_error (error, BILATERAL_ERROR_NOT_FOUND, "Atlantis");
  /* A panel takes the sector and the place: 3001 only, as the archive. */
  bilateral_dyad_panel_set_filter (panel, filter);
  assert_true (bilateral_dyad_panel_add_file (panel, path, BILATERAL_EVENT_FORMAT_AUTO, NULL, &error));
  assert_no_error (error);
  assert_int_equal (bilateral_dyad_panel_get_kept (panel), 1);
  g_clear_object (&panel);
  panel = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_MONTH, FALSE);
  bilateral_dyad_panel_set_filter (panel, filter);
  assert_true (bilateral_event_filter_set_located (filter, NULL, &error));
  assert_true (bilateral_dyad_panel_add_file (panel, path, BILATERAL_EVENT_FORMAT_AUTO, NULL, &error));
  assert_int_equal (bilateral_dyad_panel_get_kept (panel), 2);
  bilateral_event_filter_set_keep_duplicates (filter, TRUE);
  {
    g_autofree char *kept = bilateral_event_filter_to_string (filter);
    assert_string_equal (kept, "dyad USA–AFG, sector GOV, duplicates kept");
  }
}

static void
test_group_affiliation (void **state)
{
  g_autoptr (BilateralState) afghanistan = g_object_new (BILATERAL_TYPE_STATE, "id", "AFG", "name", "Afghanistan", NULL);
  g_autoptr (BilateralDate) span = bilateral_date_parse ("1996-09-27/2001-12", NULL);
  g_autoptr (BilateralDate) in = bilateral_date_parse ("2001-10-07", NULL);
  g_autoptr (BilateralDate) out = bilateral_date_parse ("2006", NULL);
  g_autoptr (BilateralGroup) taliban = g_object_new (BILATERAL_TYPE_GROUP, "id", "TALIBAN", "name", "Taliban", "affiliation",
                                                     afghanistan, "role", "de facto government", "affiliation-span", span, NULL);
  g_autoptr (BilateralGroup) alone = bilateral_group_new ("G", "A group", NULL);

  assert_ptr_equal (bilateral_group_get_affiliation (taliban), afghanistan);
  assert_string_equal (bilateral_group_get_role (taliban), "de facto government");
  assert_true (bilateral_date_equal (bilateral_group_get_affiliation_span (taliban), span));
  assert_ptr_equal (bilateral_group_acts_for (taliban, in), afghanistan);
  assert_ptr_equal (bilateral_group_acts_for (taliban, out), taliban);
  assert_ptr_equal (bilateral_group_acts_for (taliban, NULL), taliban);
  assert_null (bilateral_group_get_affiliation (alone));
  assert_null (bilateral_group_get_role (alone));
  assert_null (bilateral_group_get_affiliation_span (alone));
  assert_ptr_equal (bilateral_group_acts_for (alone, in), alone);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_location_and_participant),
    cmocka_unit_test (test_event_members),
    cmocka_unit_test (test_filters),
    cmocka_unit_test (test_group_affiliation),
  };
  return cmocka_run_group_tests_name ("places", tests, NULL, NULL);
}
