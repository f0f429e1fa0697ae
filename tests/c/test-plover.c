/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <math.h>

#include "test-util.h"

/* PLOVER on events: the codebook's types, an event with a type and no
 * CAMEO code, bilateral/1 with "plover", and POLECAT rows into an archive. */

static void
test_lookup_plover (void **state)
{
  BilateralCameo *cameo = bilateral_cameo_get_default ();
  const char *const contexts[] = { "military", "economic", NULL };
  const char *const unknown_context[] = { "weather", NULL };
  BilateralQuadClass quad = 0;
  double weight = 0;
  GError *error = NULL;

  assert_true (bilateral_cameo_lookup_plover (cameo, "CONSULT", "visit", contexts, &quad, &weight, &error));
  assert_no_error (error);
  assert_int_equal (quad, BILATERAL_QUAD_CLASS_VERBAL_COOPERATION);
  assert_true (weight == 4.0);
  assert_true (bilateral_cameo_lookup_plover (cameo, "CONSULT", NULL, NULL, NULL, &weight, NULL));
  assert_true (weight == 2.5);
  /* The two mended numbers of the manual. */
  assert_true (bilateral_cameo_lookup_plover (cameo, "ACCUSE", NULL, NULL, &quad, &weight, NULL));
  assert_int_equal (quad, BILATERAL_QUAD_CLASS_VERBAL_CONFLICT);
  assert_true (weight == -3.0);
  assert_true (bilateral_cameo_lookup_plover (cameo, "PROTEST", "vandalize", NULL, &quad, &weight, NULL));
  assert_int_equal (quad, BILATERAL_QUAD_CLASS_MATERIAL_CONFLICT);
  assert_true (weight == -5.0);
  assert_true (bilateral_cameo_lookup_plover (cameo, "ASSAULT", "aerial", NULL, &quad, &weight, NULL));
  assert_true (weight == -9.5);

  assert_false (bilateral_cameo_lookup_plover (cameo, "FIGHT", NULL, NULL, &quad, &weight, &error));
  assert_error (error, BILATERAL_ERROR_NOT_FOUND, "“FIGHT” is not a PLOVER event type");
  assert_false (bilateral_cameo_lookup_plover (cameo, "AGREE", "visit", NULL, NULL, NULL, &error));
  assert_error (error, BILATERAL_ERROR_NOT_FOUND, "“visit” is not a mode of the PLOVER event type AGREE");
  assert_false (bilateral_cameo_lookup_plover (cameo, "AID", NULL, unknown_context, NULL, NULL, &error));
  assert_error (error, BILATERAL_ERROR_NOT_FOUND, "“weather” is not a PLOVER context");
  assert_false (bilateral_cameo_lookup_plover (cameo, "consult", NULL, NULL, NULL, NULL, NULL)); /* types are upper case */
}

static void
test_event_with_plover (void **state)
{
  g_autoptr (BilateralState) pakistan = g_object_new (BILATERAL_TYPE_STATE, "id", "PAK", "name", "Pakistan", NULL);
  g_autoptr (BilateralState) russia = g_object_new (BILATERAL_TYPE_STATE, "id", "RUS", "name", "Russia", NULL);
  g_autoptr (BilateralDate) date = bilateral_date_parse ("2023-01-03", NULL);
  g_autoptr (BilateralEvent) visit = bilateral_event_new_plover ("p1", date, BILATERAL_ACTOR (pakistan), BILATERAL_ACTOR (russia),
                                                                 "CONSULT", "visit", NAN, NULL);
  g_autoptr (BilateralEvent) weighed = bilateral_event_new_plover ("p2", date, BILATERAL_ACTOR (russia),
                                                                   BILATERAL_ACTOR (pakistan), "ASSAULT", NULL, -7.5, NULL);
  g_autoptr (BilateralEvent)
    coded = bilateral_event_new ("c1", date, BILATERAL_ACTOR (pakistan), BILATERAL_ACTOR (russia), "042", NAN, NULL);
  g_auto (GStrv) contexts = NULL;

  assert_null (bilateral_event_get_cameo_code (visit));
  assert_string_equal (bilateral_event_get_plover_type (visit), "CONSULT");
  assert_string_equal (bilateral_event_get_plover_mode (visit), "visit");
  assert_null (bilateral_event_get_plover_contexts (visit));
  assert_true (bilateral_event_get_goldstein (visit) == 4.0); /* the mode's score */
  assert_int_equal (bilateral_event_get_quad_class (visit), BILATERAL_QUAD_CLASS_VERBAL_COOPERATION);
  assert_true (bilateral_event_get_goldstein (weighed) == -7.5);
  assert_int_equal (bilateral_event_get_quad_class (weighed), BILATERAL_QUAD_CLASS_MATERIAL_CONFLICT);
  assert_null (bilateral_event_get_plover_mode (weighed));
  /* A CAMEO code gives the type its CAMEO2PLOVER line maps it to. */
  assert_string_equal (bilateral_event_get_cameo_code (coded), "042");
  assert_string_equal (bilateral_event_get_plover_type (coded), "CONSULT");
  assert_string_equal (bilateral_event_get_plover_mode (coded), "visit");
  g_object_get (visit, "plover-contexts", &contexts, NULL);
  assert_null (contexts);
}

static const char document[] =
  "{\"format\": \"bilateral/1\", \"sources\": [{\"id\": \"s\"}], \"actors\": [{\"id\": \"PAK\", \"kind\": \"state\"}, "
  "{\"id\": \"RUS\", \"kind\": \"state\"}], \"events\": [{\"id\": \"p1\", \"date\": \"2023-02-14\", \"source\": \"RUS\", "
  "\"target\": \"PAK\", \"plover\": {\"type\": \"AID\", \"contexts\": [\"military\", \"economic\"]}, \"goldstein\": 6.5, "
  "\"citations\": [{\"source\": \"s\"}]}, {\"id\": \"p2\", \"date\": \"2023-02-15\", \"source\": \"PAK\", \"target\": "
  "\"RUS\", \"cameo\": \"042\", \"plover\": {\"type\": \"CONSULT\", \"mode\": \"phone\"}, \"citations\": [{\"source\": "
  "\"s\"}]}]}";

static void
test_plover_in_files (void **state)
{
  GError *error = NULL;
  g_autoptr (BilateralArchive) archive = bilateral_archive_new_from_data (document, -1, &error);
  g_autoptr (BilateralArchive) again = NULL;
  g_autofree char *text = NULL, *text_again = NULL;
  BilateralEvent *aid, *call;
  const char *const *contexts;
  g_autofree char *bad_type = NULL, *no_code = NULL, *bad_context = NULL;

  assert_no_error (error);
  aid = bilateral_archive_lookup_event (archive, "p1");
  call = bilateral_archive_lookup_event (archive, "p2");
  assert_null (bilateral_event_get_cameo_code (aid));
  assert_string_equal (bilateral_event_get_plover_type (aid), "AID");
  contexts = bilateral_event_get_plover_contexts (aid);
  assert_non_null (contexts);
  assert_string_equal (contexts[0], "military");
  assert_string_equal (contexts[1], "economic");
  assert_null (contexts[2]);
  assert_int_equal (bilateral_event_get_quad_class (aid), BILATERAL_QUAD_CLASS_MATERIAL_COOPERATION);
  /* Its own type wins over its code's ("042" maps to CONSULT visit). */
  assert_string_equal (bilateral_event_get_plover_mode (call), "phone");
  assert_true (bilateral_event_get_goldstein (call) == 1.9); /* the code's weight, not the type's score */

  text = bilateral_archive_to_data (archive, NULL);
  assert_non_null (
    strstr (text, "\"plover\": {\n        \"type\": \"AID\",\n        \"contexts\": [\"military\", \"economic\"]\n      }"));
  again = bilateral_archive_new_from_data (text, -1, &error);
  assert_no_error (error);
  text_again = bilateral_archive_to_data (again, NULL);
  assert_string_equal (text, text_again);

  bad_type = g_strdup (document);
  memcpy (strstr (bad_type, "\"AID\""), "\"AIX\"", 5);
  g_clear_object (&again);
  again = bilateral_archive_new_from_data (bad_type, -1, &error);
  assert_null (again);
  assert_error (error, BILATERAL_ERROR_SCHEMA, "/events/0/plover", "“AIX” is not a PLOVER event type");

  bad_context = g_strdup (document);
  memcpy (strstr (bad_context, "\"economic\""), "\"economix\"", 10);
  again = bilateral_archive_new_from_data (bad_context, -1, &error);
  assert_null (again);
  assert_error (error, BILATERAL_ERROR_SCHEMA, "“economix” is not a PLOVER context");

  /* Neither a code nor a type. */
  no_code = g_strdup (document);
  memcpy (strstr (no_code, "\"plover\": {\"type\""), "\"plovex\": {\"type\"", 17);
  again = bilateral_archive_new_from_data (no_code, -1, &error);
  assert_null (again);
  assert_error (error, BILATERAL_ERROR_SCHEMA, "/events/0", "cameo");
}

static char *
fixture (const char *name)
{
  return g_build_filename (g_getenv ("BILATERAL_TEST_DATA"), "events", name, NULL);
}

static void
test_polecat_into_archive (void **state)
{
  g_autoptr (BilateralArchive) archive = bilateral_archive_new ();
  g_autoptr (BilateralArchive) latin = bilateral_archive_new ();
  g_autoptr (BilateralEventFilter) filter = bilateral_event_filter_new ();
  g_autoptr (BilateralEventFilter) roots = bilateral_event_filter_new ();
  const char *const root_codes[] = { "19", NULL };
  g_autofree char *path = fixture ("polecat-later.txt");
  g_autofree char *latin_path = fixture ("polecat-latin1.txt");
  GError *error = NULL;
  guint added = 0, skipped = 0;
  BilateralEvent *strike, *aid;
  BilateralLocation *where;
  BilateralCitation *citation;

  assert_true (bilateral_event_filter_set_dyad (filter, "USA", "AFG", FALSE, &error));
  assert_true (
    bilateral_archive_add_events_from_file (archive, path, BILATERAL_EVENT_FORMAT_AUTO, filter, &added, &skipped, NULL, &error));
  assert_no_error (error);
  assert_int_equal (added, 4);
  strike = bilateral_archive_lookup_event (archive, "polecat-e3");
  assert_non_null (strike);
  assert_null (bilateral_event_get_cameo_code (strike));
  assert_string_equal (bilateral_event_get_plover_type (strike), "ASSAULT");
  assert_string_equal (bilateral_event_get_plover_mode (strike), "aerial");
  assert_true (bilateral_event_get_goldstein (strike) == -9.0); /* the row's intensity */
  assert_string_equal (bilateral_event_get_title (strike), "Headline of e3");
  assert_string_equal (bilateral_event_get_source_sectors (strike)[0], "MIL");
  where = bilateral_event_get_location (strike);
  assert_string_equal (bilateral_location_get_country (where), "AFG");
  assert_string_equal (bilateral_location_get_place (where), "Kabul");
  citation = g_list_model_get_item (bilateral_event_get_citations (strike), 0);
  assert_string_equal (bilateral_citation_get_source_id (citation), "polecat");
  assert_non_null (strstr (bilateral_citation_get_note (citation), "story s-e3; Event ID e3"));
  g_object_unref (citation);
  aid = bilateral_archive_lookup_event (archive, "polecat-e5");
  assert_string_equal (bilateral_event_get_plover_contexts (aid)[1], "economic");
  assert_non_null (bilateral_archive_lookup_source (archive, "polecat"));

  /* ISO 8859-1 text is read as such, into UTF-8. */
  assert_true (bilateral_event_filter_set_dyad (filter, "PAK", "RUS", FALSE, &error));
  assert_true (bilateral_archive_add_events_from_file (latin, latin_path, BILATERAL_EVENT_FORMAT_AUTO, filter, &added, &skipped,
                                                       NULL, &error));
  assert_int_equal (added, 2);
  assert_string_equal (
    bilateral_location_get_place (bilateral_event_get_location (bilateral_archive_lookup_event (latin, "polecat-e1"))),
    "Peshawar\u00e9");

  /* A CAMEO root filter cannot apply to PLOVER types. */
  assert_true (bilateral_event_filter_set_dyad (roots, "USA", "AFG", FALSE, &error));
  assert_true (bilateral_event_filter_set_root_codes (roots, root_codes, &error));
  assert_false (
    bilateral_archive_add_events_from_file (latin, path, BILATERAL_EVENT_FORMAT_AUTO, roots, NULL, NULL, NULL, &error));
  assert_error (error, BILATERAL_ERROR_INVALID, "PLOVER types, not CAMEO codes");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_lookup_plover),
    cmocka_unit_test (test_event_with_plover),
    cmocka_unit_test (test_plover_in_files),
    cmocka_unit_test (test_polecat_into_archive),
  };
  return cmocka_run_group_tests_name ("plover", tests, NULL, NULL);
}
