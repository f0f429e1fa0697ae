/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <glib/gstdio.h>

#include "test-util.h"

/* Every problem a document can have, each reported with where and what. */

#define HEAD "{\"format\": \"bilateral/1\", \"sources\": [{\"id\": \"s\"}],"
#define ACTORS                                                                              \
  " \"actors\": [{\"id\": \"PAK\", \"kind\": \"state\", \"existence\": \"1947-08-14/..\"}," \
  "  {\"id\": \"SUN\", \"kind\": \"state\", \"existence\": \"1922-12-30/1991-12-26\"}],"
#define CITE "\"citations\": [{\"source\": \"s\"}]"
#define EVENT(fields)                                                                                                           \
  "{\"id\": \"e\", \"date\": \"1950\", \"source\": \"PAK\", \"target\": \"SUN\", \"cameo\": \"036\", \"goldstein\": 4, " fields \
    CITE "}"
#define WITH_EVENTS(events) HEAD ACTORS " \"events\": [" events "]}"

#define expect_load_error(doc, code, ...) expect_load_error_full (doc, code, __FILE__, __LINE__, __VA_ARGS__, NULL)

static void
expect_load_error_full (const char *doc, int code, const char *file, int line, ...)
{
  GError *error = NULL;
  g_autoptr (BilateralArchive) archive = bilateral_archive_new_from_data (doc, -1, &error);
  va_list args;
  const char *fragment;

  if (archive != NULL)
    {
      print_error ("%s:%d: the document loaded\n", file, line);
      _fail (file, line);
    }
  if (!g_error_matches (error, BILATERAL_ERROR, code))
    {
      print_error ("%s:%d: expected code %d, got %d: %s\n", file, line, code, error->code, error->message);
      _fail (file, line);
    }
  va_start (args, line);
  while ((fragment = va_arg (args, const char *)))
    if (strstr (error->message, fragment) == NULL)
      {
        print_error ("%s:%d: “%s” not in: %s\n", file, line, fragment, error->message);
        _fail (file, line);
      }
  va_end (args);
  g_error_free (error);
}

static void
test_the_baseline_loads (void **state)
{
  GError *error = NULL;
  g_autoptr (BilateralArchive) archive = bilateral_archive_new_from_data (WITH_EVENTS (EVENT ("")), -1, &error);

  assert_no_error (error);
  assert_int_equal (g_list_model_get_n_items (bilateral_archive_get_events (archive)), 1);
}

static void
test_syntax (void **state)
{
  expect_load_error ("{\"format\": \"bilateral/1\",\n \"actors\": [,]}", BILATERAL_ERROR_PARSE, "<data>:2:");
  expect_load_error ("{\"format\": \"bilateral/1\"", BILATERAL_ERROR_PARSE, "<data>:1:");
  expect_load_error ("", BILATERAL_ERROR_PARSE, "empty");
  expect_load_error ("[1, 2]", BILATERAL_ERROR_SCHEMA, "/: expected an object, found an array");
  expect_load_error ("{\"format\": \"bilateral/2\"}", BILATERAL_ERROR_SCHEMA, "/format", "“bilateral/2”");
  expect_load_error ("{\"title\": \"x\"}", BILATERAL_ERROR_SCHEMA, "“format” is missing");
  expect_load_error ("{\"format\": 1}", BILATERAL_ERROR_SCHEMA, "/format: expected a string, found a number");
  /* json-glib would keep the second silently, and lose the first's records. */
  expect_load_error (HEAD ACTORS " \"events\": [],\n \"events\": []}", BILATERAL_ERROR_PARSE,
                     "<data>:2:10: the member “events” appears twice");
  expect_load_error ("{\"format\": \"bilateral/1\", \"events\": [1, 2", BILATERAL_ERROR_PARSE, "<data>:1:", "Parse error");
}

/* Events are read as the parser meets them when the document gives its
 * actors first, as saved documents do; in any other order they wait. */
static void
test_any_order_of_members (void **state)
{
  const char *doc = "{\"events\": [" EVENT (
    "") ", {\"id\": \"f\", \"date\": \"1951\", \"source\": \"XYZ\", \"cameo\": \"036\", " CITE
        "}],\n \"phases\": [{\"id\": \"p\", \"dyad\": [\"PAK\", \"SUN\"], \"start\": \"1950\", \"stance\": \"neutral\", "
        "\"opening_event\": \"f\", " CITE "}]," ACTORS " \"sources\": [{\"id\": \"s\"}], \"format\": \"bilateral/1\"}";
  GError *error = NULL;
  g_autofree char *fixed = NULL;
  g_autoptr (BilateralArchive) archive = NULL;

  /* The event that names no actor is reported once, and the phase that opens with it is forgiven. */
  expect_load_error (doc, BILATERAL_ERROR_REFERENCE, "<data>:1:168: /events/1/source: no actor has the id “XYZ”");
  fixed = g_strdup (doc);
  memcpy (strstr (fixed, "XYZ"), "PAK", 3);
  archive = bilateral_archive_new_from_data (fixed, -1, &error);
  assert_no_error (error);
  assert_int_equal (g_list_model_get_n_items (bilateral_archive_get_events (archive)), 2);
  assert_non_null (bilateral_archive_lookup_phase (archive, "p"));
}

static void
test_truncated_file (void **state)
{
  g_autofree char *path = test_data_path ("sample.json");
  g_autofree char *data = NULL;
  gsize length;
  GError *error = NULL;

  assert_true (g_file_get_contents (path, &data, &length, NULL));
  /* Cut the document anywhere: always an error, never a crash. */
  for (gsize cut = 0; cut < length - 2; cut += 97)
    {
      g_autoptr (BilateralArchive) archive = bilateral_archive_new_from_data (data, cut, &error);
      assert_null (archive);
      assert_non_null (error);
      assert_true (error->domain == BILATERAL_ERROR);
      g_clear_error (&error);
    }
}

/* A long document is parsed a megabyte at a time: a character, a string
 * or a number cut by a piece's end reads as whole, and a bad byte past it
 * is found where it is. */
static void
test_pieces_of_a_long_document (void **state)
{
  const char *head = HEAD ACTORS " \"events\": [{\"id\": \"e\", \"date\": \"1950\", \"source\": \"PAK\", \"cameo\": \"036\", "
                                 "\"title\": \"";
  const gsize piece = 1u << 20;

  for (int delta = -4; delta <= 1; delta++)
    {
      g_autoptr (GString) doc = g_string_new (head);
      g_autoptr (BilateralArchive) archive = NULL;
      g_autofree char *title = NULL;
      GError *error = NULL;
      BilateralEvent *event;

      while (doc->len < piece + delta)
        g_string_append_c (doc, 'a');
      g_string_append (doc, "\xf0\x9d\x84\x9e\", \"goldstein\": ");
      /* The number ends across the next piece's start. */
      while (doc->len < 2 * piece - 2 - delta)
        g_string_append_c (doc, ' ');
      g_string_append (doc, "1.25, " CITE "}]}");
      archive = bilateral_archive_new_from_data (doc->str, (gssize) doc->len, &error);
      assert_no_error (error);
      event = bilateral_archive_lookup_event (archive, "e");
      title = g_strdup (bilateral_event_get_title (event));
      assert_true (g_str_has_suffix (title, "a\xf0\x9d\x84\x9e"));
      assert_int_equal (strlen (title), piece + delta - strlen (head) + 4);
      assert_true (bilateral_event_get_goldstein (event) == 1.25);

      /* The same with a byte that is not UTF-8 just past the piece's end. */
      doc->str[piece + 8] = '\xff';
      g_clear_object (&archive);
      archive = bilateral_archive_new_from_data (doc->str, (gssize) doc->len, &error);
      assert_null (archive);
      assert_error (error, BILATERAL_ERROR_PARSE, "<data>:1:", "not UTF-8 (byte 0xFF)");
      g_clear_error (&error);
    }
}

static void
test_unknown_and_mistyped_members (void **state)
{
  expect_load_error (HEAD ACTORS " \"evnts\": []}", BILATERAL_ERROR_SCHEMA, "/evnts: unknown member “evnts”");
  expect_load_error (WITH_EVENTS (EVENT ("\"goldstien\": 3, ")), BILATERAL_ERROR_SCHEMA, "/events/0/goldstien: unknown member");
  expect_load_error (WITH_EVENTS (EVENT ("\"goldstein\": \"3\", ")), BILATERAL_ERROR_SCHEMA,
                     "/events/0/goldstein: expected a number, found a string");
  expect_load_error (WITH_EVENTS (EVENT ("\"title\": 5, ")), BILATERAL_ERROR_SCHEMA, "/events/0/title: expected a string");
  expect_load_error (HEAD ACTORS " \"events\": {}}", BILATERAL_ERROR_SCHEMA, "/events: expected an array, found an object");
  expect_load_error (HEAD ACTORS " \"events\": [3]}", BILATERAL_ERROR_SCHEMA, "/events/0: expected an object, found a number");
  expect_load_error (WITH_EVENTS ("{\"id\": \"e\", \"date\": \"1950\", \"source\": \"PAK\", " CITE "}"), BILATERAL_ERROR_SCHEMA,
                     "/events/0: the member “cameo” is missing");
  /* The later of two equal members wins, as in json-glib: here an empty id. */
  expect_load_error (WITH_EVENTS (EVENT ("\"id\": \"\", ")), BILATERAL_ERROR_SCHEMA, "/events/0/id: must not be empty");
  expect_load_error (HEAD " \"actors\": [{\"id\": \"X\", \"kind\": \"planet\"}]}", BILATERAL_ERROR_SCHEMA, "/actors/0/kind",
                     "“planet” is not one of", "“state”");
  expect_load_error (HEAD " \"actors\": [{\"id\": \"X\", \"kind\": \"group\", \"codes\": {\"iso3\": \"XXX\"}}]}",
                     BILATERAL_ERROR_SCHEMA, "/actors/0/codes: only a state has");
  expect_load_error (HEAD " \"actors\": [{\"id\": \"X\", \"kind\": \"state\", \"codes\": {\"iso4\": \"XXX\"}}]}",
                     BILATERAL_ERROR_SCHEMA, "/actors/0/codes/iso4: unknown member");
  expect_load_error (HEAD " \"actors\": [{\"id\": \"X\", \"kind\": \"state\", \"codes\": {\"cow\": 365}}]}",
                     BILATERAL_ERROR_SCHEMA, "/actors/0/codes/cow: expected a string, found a number");
  expect_load_error (HEAD " \"actors\": [{\"id\": \"X\", \"kind\": \"state\", \"aliases\": [\"ok\", 2]}]}",
                     BILATERAL_ERROR_SCHEMA, "/actors/0/aliases/1: expected a string");
  expect_load_error (HEAD " \"actors\": [{\"id\": \"X\", \"kind\": \"state\", \"role\": \"king\"}]}", BILATERAL_ERROR_SCHEMA,
                     "/actors/0/role: only a group or a person has");
  expect_load_error (WITH_EVENTS ("{\"id\": \"e\", \"date\": \"1950\", \"source\": \"PAK\", \"cameo\": \"036\", \"goldstein\": 4,"
                                  " \"citations\": [{\"source\": \"s\", \"paragraph\": 0, \"sentence\": 1.5}]}"),
                     BILATERAL_ERROR_SCHEMA, "/events/0/citations/0/paragraph: 0 is not a count from 1",
                     "/events/0/citations/0/sentence: expected a whole number");
  expect_load_error (WITH_EVENTS ("{\"id\": \"e\", \"date\": \"1950\", \"source\": \"PAK\", \"cameo\": \"036\", \"goldstein\": 4,"
                                  " \"citations\": [{\"source\": \"s\", \"supplement\": \"yes\", \"page\": 3}]}"),
                     BILATERAL_ERROR_SCHEMA, "/events/0/citations/0/supplement: expected true or false",
                     "/events/0/citations/0/page: unknown member");
}

static void
test_bad_values (void **state)
{
  expect_load_error (
    WITH_EVENTS ("{\"id\": \"e\", \"date\": \"1950-02-30\", \"source\": \"PAK\", \"cameo\": \"036\", \"goldstein\": 4, " CITE
                 "}"),
    BILATERAL_ERROR_DATE, "/events/0/date: “1950-02-30”: day 30 is not in February 1950");
  expect_load_error (
    WITH_EVENTS ("{\"id\": \"e\", \"date\": \"late 1950\", \"source\": \"PAK\", \"cameo\": \"036\", \"goldstein\": 4, " CITE "}"),
    BILATERAL_ERROR_PARSE, "/events/0/date: “late 1950”");
  expect_load_error (
    WITH_EVENTS ("{\"id\": \"e\", \"date\": \"1950\", \"source\": \"PAK\", \"cameo\": \"13y\", \"goldstein\": 4, " CITE "}"),
    BILATERAL_ERROR_SCHEMA, "/events/0/cameo: “13y” is not a code of the CAMEO codebook (codes are two to four digits");
  expect_load_error (WITH_EVENTS ("{\"id\": \"e\", \"date\": \"1950\", \"source\": \"PAK\", \"cameo\": \"099\", " CITE "}"),
                     BILATERAL_ERROR_SCHEMA, "/events/0/cameo: “099” is not a code of the CAMEO codebook");
  expect_load_error (WITH_EVENTS ("{\"id\": \"e\", \"date\": \"1950\", \"source\": \"PAK\", \"cameo\": \"36\", " CITE "}"),
                     BILATERAL_ERROR_SCHEMA, "/events/0/cameo: “36” is not a code of the CAMEO codebook");
  expect_load_error (WITH_EVENTS (EVENT ("\"goldstein\": 11, ")), BILATERAL_ERROR_SCHEMA,
                     "/events/0/goldstein: 11 is not from -10 to +10");
  expect_load_error (WITH_EVENTS (EVENT ("\"impacts\": [{\"dyad\": [\"PAK\", \"SUN\"], \"weight\": 2}], ")),
                     BILATERAL_ERROR_SCHEMA, "/events/0/impacts/0/weight: 2 is not from -1 to +1");
  expect_load_error (WITH_EVENTS (EVENT ("\"impacts\": [{\"dyad\": [\"PAK\"], \"weight\": 0.5}], ")), BILATERAL_ERROR_SCHEMA,
                     "/events/0/impacts/0/dyad: a dyad names exactly two actors, not 1");
  expect_load_error (HEAD " \"actors\": [{\"id\": \"X\", \"kind\": \"state\", \"existence\": \"1990/1980\"}]}",
                     BILATERAL_ERROR_DATE, "/actors/0/existence: “1990/1980”: the interval starts after it ends");
}

static void
test_dangling_and_duplicate_references (void **state)
{
  expect_load_error (
    WITH_EVENTS ("{\"id\": \"e\", \"date\": \"1950\", \"source\": \"PAKK\", \"cameo\": \"036\", \"goldstein\": 4, " CITE "}"),
    BILATERAL_ERROR_REFERENCE, "/events/0/source: no actor has the id “PAKK”");
  expect_load_error (WITH_EVENTS ("{\"id\": \"e\", \"date\": \"1950\", \"source\": \"PAK\", \"cameo\": \"036\", \"goldstein\": 4,"
                                  " \"citations\": [{\"source\": \"essay\"}]}"),
                     BILATERAL_ERROR_REFERENCE, "/events/0/citations/0/source: no source has the id “essay”");
  expect_load_error (WITH_EVENTS (EVENT ("") "," EVENT ("")), BILATERAL_ERROR_REFERENCE,
                     "/events/1/id: another event has the id “e”");
  expect_load_error (HEAD " \"actors\": [{\"id\": \"X\", \"kind\": \"state\"}, {\"id\": \"X\", \"kind\": \"group\"}]}",
                     BILATERAL_ERROR_REFERENCE, "/actors/1/id: another actor has the id “X”");
  expect_load_error ("{\"format\": \"bilateral/1\", \"sources\": [{\"id\": \"s\"}, {\"id\": \"s\"}]}", BILATERAL_ERROR_REFERENCE,
                     "/sources/1/id: another source has the id “s”");
  expect_load_error (HEAD " \"actors\": [{\"id\": \"p\", \"kind\": \"person\", \"affiliation\": \"NOPE\"}]}",
                     BILATERAL_ERROR_REFERENCE, "/actors/0/affiliation: no actor has the id “NOPE”");
  expect_load_error (
    HEAD " \"actors\": [{\"id\": \"p\", \"kind\": \"person\"}, {\"id\": \"q\", \"kind\": \"person\", \"affiliation\": \"p\"}]}",
    BILATERAL_ERROR_REFERENCE, "/actors/1/affiliation: “p” is a person");
  expect_load_error (HEAD " \"actors\": [{\"id\": \"RUS\", \"kind\": \"state\", \"predecessors\": [{\"state\": \"SUN\", "
                          "\"kind\": \"continuation\"}]}]}",
                     BILATERAL_ERROR_REFERENCE, "/actors/0/predecessors/0/state: no actor has the id “SUN”");
  expect_load_error (HEAD " \"actors\": [{\"id\": \"G\", \"kind\": \"group\"}, {\"id\": \"RUS\", \"kind\": \"state\", "
                          "\"predecessors\": [{\"state\": \"G\", \"kind\": \"merger\"}]}]}",
                     BILATERAL_ERROR_SCHEMA, "/actors/1/predecessors/0/state: “G” is not a state",
                     "/actors/1/predecessors/0/kind: “merger” is not one of");
  expect_load_error (
    HEAD " \"actors\": [{\"id\": \"A\", \"kind\": \"state\", \"predecessors\": [{\"state\": \"B\", \"kind\": \"continuation\"}]},"
         " {\"id\": \"B\", \"kind\": \"state\", \"predecessors\": [{\"state\": \"A\", \"kind\": \"continuation\"}]}]}",
    BILATERAL_ERROR_INVALID, "continue each other");
  expect_load_error (HEAD ACTORS
                     " \"phases\": [{\"id\": \"p\", \"dyad\": [\"PAK\", \"SUN\"], \"start\": \"1950\", \"stance\": \"cool\","
                     " \"opening_event\": \"nope\", " CITE "}]}",
                     BILATERAL_ERROR_REFERENCE, "/phases/0/opening_event: no event has the id “nope”");
  expect_load_error (
    HEAD ACTORS " \"phases\": [{\"id\": \"p\", \"dyad\": [\"PAK\", \"XXX\"], \"start\": \"1950\", \"stance\": \"cool\", " CITE
                "}]}",
    BILATERAL_ERROR_REFERENCE, "/phases/0/dyad/1: no actor has the id “XXX”");
}

static void
test_consistency (void **state)
{
  expect_load_error (
    WITH_EVENTS (
      "{\"id\": \"e\", \"date\": \"1946\", \"source\": \"PAK\", \"target\": \"SUN\", \"cameo\": \"036\", \"goldstein\": 4, " CITE
      "}"),
    BILATERAL_ERROR_INVALID, "/events/0/date: 1946 is outside the existence of “PAK” (1947-08-14/..)");
  expect_load_error (
    WITH_EVENTS (
      "{\"id\": \"e\", \"date\": \"1995\", \"source\": \"PAK\", \"target\": \"SUN\", \"cameo\": \"036\", \"goldstein\": 4, " CITE
      "}"),
    BILATERAL_ERROR_INVALID, "/events/0/date: 1995 is outside the existence of “SUN”");
  expect_load_error (
    WITH_EVENTS ("{\"id\": \"e\", \"date\": \"1950\", \"source\": \"PAK\", \"cameo\": \"036\", \"goldstein\": 4}"),
    BILATERAL_ERROR_SCHEMA, "/events/0: a record needs at least one citation");
  expect_load_error (
    WITH_EVENTS (
      "{\"id\": \"e\", \"date\": \"1950\", \"source\": \"PAK\", \"target\": \"PAK\", \"cameo\": \"036\", \"goldstein\": 4, " CITE
      "}"),
    BILATERAL_ERROR_INVALID, "/events/0: the source and the target are the same actor");
  expect_load_error (
    HEAD ACTORS
    " \"phases\": ["
    "{\"id\": \"a\", \"dyad\": [\"PAK\", \"SUN\"], \"start\": \"1950\", \"end\": \"1960\", \"stance\": \"cool\", " CITE "},"
    "{\"id\": \"b\", \"dyad\": [\"SUN\", \"PAK\"], \"start\": \"1955\", \"stance\": \"hostile\", " CITE "}]}",
    BILATERAL_ERROR_INVALID, "/phases/1: overlaps /phases/0 (“a”) of the same dyad");
  expect_load_error (HEAD ACTORS " \"phases\": [{\"id\": \"a\", \"dyad\": [\"PAK\", \"SUN\"], \"start\": \"1960\", \"end\": "
                                 "\"1950\", \"stance\": \"cool\", " CITE "}]}",
                     BILATERAL_ERROR_INVALID, "/phases/0/end: the phase ends before it starts");
  expect_load_error (HEAD ACTORS " \"phases\": [{\"id\": \"a\", \"dyad\": [\"PAK\", \"SUN\"], \"start\": \"1960\", " CITE "}]}",
                     BILATERAL_ERROR_SCHEMA, "/phases/0: the member “stance” is missing");
  expect_load_error (HEAD ACTORS " \"phases\": [{\"id\": \"a\", \"dyad\": [\"PAK\", \"SUN\"], \"start\": \"1960\", \"stance\": "
                                 "\"warm\", \"origin\": \"guessed\", " CITE "}]}",
                     BILATERAL_ERROR_SCHEMA, "/phases/0/stance: “warm”", "/phases/0/origin: “guessed”", "2 problems");
}

static void
test_every_problem_is_listed (void **state)
{
  /* Three independent problems in one file: all three are reported. */
  expect_load_error (
    HEAD ACTORS " \"events\": ["
                "{\"id\": \"a\", \"date\": \"1950-13\", \"source\": \"PAK\", \"cameo\": \"036\", \"goldstein\": 4, " CITE "},"
                "{\"id\": \"b\", \"date\": \"1950\", \"source\": \"NOPE\", \"cameo\": \"036\", \"goldstein\": 4, " CITE "},"
                "{\"id\": \"c\", \"date\": \"1950\", \"source\": \"PAK\", \"cameo\": \"99\", \"goldstein\": 4, " CITE "}]}",
    BILATERAL_ERROR_DATE, "3 problems", "/events/0/date", "/events/1/source", "/events/2/cameo");
}

static void
test_files (void **state)
{
  GError *error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bilateral-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.json", NULL);

  assert_null (bilateral_archive_new_from_file ("/nonexistent/history.json", &error));
  assert_gio_error (error, G_IO_ERROR_NOT_FOUND, "/nonexistent/history.json");

  g_file_set_contents (path, "{\"format\": \"bilateral/1\",\n\n  \"title\": }", -1, NULL);
  assert_null (bilateral_archive_new_from_file (path, &error));
  assert_error (error, BILATERAL_ERROR_PARSE, "broken.json:3:");

  g_file_set_contents (path, "{\"format\": \"bilateral/1\", \"events\": [{\"id\": 1}]}", -1, NULL);
  assert_null (bilateral_archive_new_from_file (path, &error));
  assert_error (error, BILATERAL_ERROR_SCHEMA, "broken.json: ", "/events/0/id: expected a string");

  g_file_set_contents (path, "\xff\xfe{}", -1, NULL);
  assert_null (bilateral_archive_new_from_file (path, &error));
  assert_error (error, BILATERAL_ERROR_PARSE, "broken.json");

  g_unlink (path);
  g_rmdir (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_the_baseline_loads),
    cmocka_unit_test (test_syntax),
    cmocka_unit_test (test_any_order_of_members),
    cmocka_unit_test (test_truncated_file),
    cmocka_unit_test (test_pieces_of_a_long_document),
    cmocka_unit_test (test_unknown_and_mistyped_members),
    cmocka_unit_test (test_bad_values),
    cmocka_unit_test (test_dangling_and_duplicate_references),
    cmocka_unit_test (test_consistency),
    cmocka_unit_test (test_every_problem_is_listed),
    cmocka_unit_test (test_files),
  };
  return cmocka_run_group_tests_name ("archive-errors", tests, NULL, NULL);
}
