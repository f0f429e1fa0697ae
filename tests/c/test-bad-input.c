/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>

#include "test-util.h"

/* Files the library did not write: each input here once crashed, hung, lost
 * data silently, or said the wrong thing. */

static char *
fixture (const char *name, gsize *length)
{
  g_autofree char *path = g_build_filename (g_getenv ("BILATERAL_TEST_DATA"), "events", name, NULL);
  char *data = NULL;

  assert_true (g_file_get_contents (path, &data, length, NULL));
  return data;
}

static char *
temp_path (const char *dir, const char *name, const char *data, gssize length)
{
  char *path = g_build_filename (dir, name, NULL);

  if (data)
    assert_true (g_file_set_contents (path, data, length, NULL));
  return path;
}

static void
write_zip (const char *path, const char *const *names, const char *const *datas, const gsize *lengths, guint n)
{
  struct archive *a = archive_write_new ();

  archive_write_set_format_zip (a);
  assert_int_equal (archive_write_open_filename (a, path), ARCHIVE_OK);
  for (guint i = 0; i < n; i++)
    {
      struct archive_entry *entry = archive_entry_new ();
      archive_entry_set_pathname (entry, names[i]);
      archive_entry_set_size (entry, (la_int64_t) lengths[i]);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      assert_int_equal (archive_write_header (a, entry), ARCHIVE_OK);
      assert_int_equal (archive_write_data (a, datas[i], lengths[i]), (la_ssize_t) lengths[i]);
      archive_entry_free (entry);
    }
  archive_write_close (a);
  archive_write_free (a);
}

static GBytes *
gzip_bytes (const char *data, gsize length)
{
  g_autoptr (GZlibCompressor) z = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 6);
  g_autoptr (GInputStream) raw = g_memory_input_stream_new_from_data (data, length, NULL);
  g_autoptr (GInputStream) in = g_converter_input_stream_new (raw, G_CONVERTER (z));
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();

  assert_true (g_output_stream_splice (out, in, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, NULL) >= 0);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

static BilateralDyadPanel *
panel_of (const char *path, BilateralPanelBin bin, guint threads, GError **error)
{
  BilateralDyadPanel *panel = bilateral_dyad_panel_new (bin, FALSE);

  bilateral_dyad_panel_set_threads (panel, threads);
  bilateral_dyad_panel_add_file (panel, path, BILATERAL_EVENT_FORMAT_AUTO, NULL, error);
  return panel;
}

/* A panel as its partial CSV, text. */
static char *
csv_of (BilateralDyadPanel *panel)
{
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr (GBytes) bytes = NULL;

  assert_true (bilateral_dyad_panel_write_csv (panel, out, TRUE, NULL, NULL));
  assert_true (g_output_stream_write_all (out, "", 1, NULL, NULL, NULL)); /* the NUL */
  assert_true (g_output_stream_close (out, NULL, NULL));
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
  return g_strdup (g_bytes_get_data (bytes, NULL));
}

/* Row @line of the GDELT fixture, with field @f replaced by @value. */
static char *
gdelt_line_with (int line, int f, const char *value)
{
  g_autofree char *data = fixture ("gdelt2-clean.tsv", NULL);
  g_auto (GStrv) lines = g_strsplit (data, "\n", -1);
  g_auto (GStrv) fields = g_strsplit (lines[line], "\t", -1);
  g_autofree char *joined = NULL;

  g_free (fields[f]);
  fields[f] = g_strdup (value);
  joined = g_strjoinv ("\t", fields);
  return g_strconcat (joined, "\n", NULL);
}

static char *
gdelt_row_with (int f, const char *value)
{
  return gdelt_line_with (0, f, value);
}

/* 1. A zip whose members differ in format: each member is read as what it is. */
static void
test_zip_of_mixed_formats (void **state)
{
  g_autofree char *dir = g_dir_make_tmp ("bilateral-XXXXXX", NULL);
  g_autofree char *zip = g_build_filename (dir, "mixed.zip", NULL);
  gsize lengths[2];
  g_autofree char *gdelt = fixture ("gdelt2-clean.tsv", &lengths[0]);
  g_autofree char *icews = fixture ("icews-small.tab", &lengths[1]);
  const char *names[] = { "a.tsv", "b.tab" }, *datas[] = { gdelt, icews };
  GError *error = NULL;
  g_autoptr (BilateralDyadPanel) panel = NULL;
  g_autoptr (BilateralArchive) archive = bilateral_archive_new ();
  g_autoptr (BilateralEventFilter) filter = bilateral_event_filter_new ();
  guint added = 0, skipped = 0;
  guint64 events;
  g_autoptr (BilateralDate) march = bilateral_date_parse ("2018-03", NULL);

  write_zip (zip, names, datas, lengths, 2);
  panel = panel_of (zip, BILATERAL_PANEL_BIN_MONTH, 1, &error);
  assert_no_error (error);
  assert_int_equal (bilateral_dyad_panel_get_rows (panel), 6 + 5);
  for (guint r = 0; r <= BILATERAL_SKIP_ENCODING; r++)
    assert_int_equal (bilateral_dyad_panel_get_skipped (panel, r), 0);
  /* The ICEWS member's PAK–RUS rows are there, from its names. */
  assert_true (bilateral_dyad_panel_lookup (panel, "PAK", "RUS", march, &events, NULL, NULL));
  assert_int_equal (events, 2);

  /* An archive takes the ICEWS rows too, citing ICEWS, not GDELT. */
  assert_true (bilateral_event_filter_set_dyad (filter, "PAK", "RUS", FALSE, &error));
  assert_true (
    bilateral_archive_add_events_from_file (archive, zip, BILATERAL_EVENT_FORMAT_AUTO, filter, &added, &skipped, NULL, &error));
  assert_no_error (error);
  assert_int_equal (added, 3);
  assert_non_null (bilateral_archive_lookup_event (archive, "icews-90000004"));
  assert_non_null (bilateral_archive_lookup_source (archive, "icews"));
  g_unlink (zip);
  g_rmdir (dir);
}

/* 2, 4, 8. Documents json-glib would choke on or read wrongly. */
static void
test_json_text (void **state)
{
  g_autoptr (GString) deep = g_string_new (NULL);
  static const struct {
    const char *text, *fragment;
  } cases[] = {
    { "{\"format\": \"bilateral/1\", \"title\": \"\\ud800x\"}", ":1:37: a string holds half of a surrogate pair" },
    { "{\"format\": \"bilateral/1\", \"title\": \"\\udc00\"}", "half of a surrogate pair (\\udc00)" },
    { "{\"format\": \"bilateral/1\", \"title\": \"a\\u0000b\"}", ":1:38: a string holds a NUL character" },
    { "{\"format\": \"bilateral/1\",\n \"title\": \"caf\xe9\"}", ":2:15: the text is not UTF-8 (byte 0xE9)" },
    { "{\"format\": \"bilateral/1\", \"n\": 9223372036854775808}", "the number 9223372036854775808 is too large" },
    { "{\"format\": \"bilateral/1\", \"n\": 1e400}", "the number 1e400 is too large" },
    /* Found by fuzzing: json-glib took "\ude" as an escape, making half a surrogate. */
    { "{\"format\": \"bilateral/1\", \"ti\\ude\"tle\": \"x\"}", ":1:30: a \\u escape needs four hexadecimal digits" },
  };
  GError *error = NULL;

  for (int i = 0; i < 80000; i++)
    g_string_append_c (deep, '[');
  for (int i = 0; i < 80000; i++)
    g_string_append_c (deep, ']');
  assert_null (bilateral_archive_new_from_data (deep->str, (gssize) deep->len, &error));
  assert_error (error, BILATERAL_ERROR_PARSE, "<data>:1:65: arrays and objects are nested deeper than 64 levels");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      assert_null (bilateral_archive_new_from_data (cases[i].text, -1, &error));
      assert_non_null (error);
      assert_true (g_utf8_validate (error->message, -1, NULL));
      assert_error (error, BILATERAL_ERROR_PARSE, cases[i].fragment);
    }

  /* A pair is one character, and loads. */
  {
    g_autoptr (BilateralArchive)
      archive = bilateral_archive_new_from_data ("{\"format\": \"bilateral/1\", \"title\": \"a\\ud83d\\ude00b\"}", -1, &error);
    assert_no_error (error);
    assert_string_equal (bilateral_archive_get_title (archive), "a\xf0\x9f\x98\x80"
                                                                "b");
  }
}

/* 9. A paragraph of 2^63 − 1 is refused as itself, not as a negative number. */
static void
test_huge_paragraph (void **state)
{
  GError *error = NULL;
  const char
    *text = "{\"format\": \"bilateral/1\", \"sources\": [{\"id\": \"s\", \"title\": \"t\"}], \"actors\": [{\"id\": \"X\", "
            "\"kind\": \"state\", \"name\": \"X\", \"citations\": [{\"source\": \"s\", \"paragraph\": 9223372036854775807}]}]}";

  assert_null (bilateral_archive_new_from_data (text, -1, &error));
  assert_non_null (error);
  assert_null (strstr (error->message, "-9"));
  assert_error (error, BILATERAL_ERROR_SCHEMA, "9223372036854775807 is not a count from 1");
}

static char *
states_document (guint n_states, gboolean loop, const char *kind, guint n_phases)
{
  GString *s = g_string_new ("{\"format\": \"bilateral/1\", \"sources\": [{\"id\": \"s\", \"title\": \"t\"}], \"actors\": [");

  for (guint i = 0; i < n_states; i++)
    {
      g_string_append_printf (s, "%s{\"id\": \"S%u\", \"kind\": \"state\", \"name\": \"S%u\", \"existence\": \"1800/..\"",
                              i ? ", " : "", i, i);
      if (i > 0 || loop)
        g_string_append_printf (s, ", \"predecessors\": [{\"state\": \"S%u\", \"kind\": \"%s\", \"date\": \"1850\"}]",
                                (i + n_states - 1) % n_states, kind);
      g_string_append (s, "}");
    }
  g_string_append (s, ", {\"id\": \"B\", \"kind\": \"state\", \"name\": \"B\", \"existence\": \"1800/..\"}], \"phases\": [");
  for (guint i = 0; i < n_phases; i++)
    g_string_append_printf (s,
                            "%s{\"id\": \"p%u\", \"dyad\": [\"S%u\", \"B\"], \"start\": \"%04u\", \"end\": \"%04u\", "
                            "\"stance\": \"neutral\", \"label\": \"p\", \"citations\": [{\"source\": \"s\"}]}",
                            i ? ", " : "", i, n_states - 1, 1000 + i % 8000, 1001 + i % 8000);
  g_string_append (s, "]}");
  return g_string_free (s, FALSE);
}

/* 3, 7. Validation is not quadratic, and succession may not loop. */
static void
test_phases_and_succession (void **state)
{
  GError *error = NULL;
  g_autofree char *chain = states_document (64, FALSE, "continuation", 2000);
  g_autofree char *many = states_document (1, FALSE, "continuation", 8000);
  g_autofree char *loop = states_document (70, TRUE, "continuation", 0);
  g_autofree char *secession_loop = states_document (3, TRUE, "secession", 0);
  g_autofree char *overlapping = states_document (64, FALSE, "continuation", 8001); /* p8000 repeats p0's year */
  g_autoptr (BilateralArchive) a = bilateral_archive_new_from_data (chain, -1, &error);
  g_autoptr (BilateralArchive) b = NULL;

  assert_no_error (error);
  assert_int_equal (g_list_model_get_n_items (bilateral_archive_get_phases (a)), 2000);
  b = bilateral_archive_new_from_data (many, -1, &error);
  assert_no_error (error);
  assert_true (bilateral_archive_validate (b, &error));

  assert_null (bilateral_archive_new_from_data (overlapping, -1, &error));
  assert_error (error, BILATERAL_ERROR_INVALID, "/phases/8000: overlaps /phases/0 (“p0”) of the same dyad");

  assert_null (bilateral_archive_new_from_data (loop, -1, &error));
  assert_error (error, BILATERAL_ERROR_INVALID, "would continue each other");
  assert_null (bilateral_archive_new_from_data (secession_loop, -1, &error));
  assert_error (error, BILATERAL_ERROR_INVALID, "closes a loop");

  {
    const char *twice = "{\"format\": \"bilateral/1\", \"actors\": [{\"id\": \"X\", \"kind\": \"state\", \"name\": \"X\"}, "
                        "{\"id\": \"Y\", \"kind\": \"state\", \"name\": \"Y\", \"predecessors\": ["
                        "{\"state\": \"X\", \"kind\": \"secession\", \"date\": \"1950\"}, "
                        "{\"state\": \"X\", \"kind\": \"dissolution\", \"date\": \"1951\"}]}]}";
    g_autoptr (BilateralArchive) c = NULL;
    g_autoptr (BilateralSuccession) back = NULL;
    g_autoptr (BilateralSuccession) again = NULL;

    assert_null (bilateral_archive_new_from_data (twice, -1, &error));
    assert_error (error, BILATERAL_ERROR_INVALID, "/actors/1/predecessors/1: a link from “X” to “Y” is given twice");

    /* Built in code: the same rules. */
    c = bilateral_archive_new_from_data (
      "{\"format\": \"bilateral/1\", \"actors\": [{\"id\": \"X\", \"kind\": \"state\", \"name\": \"X\"}, "
      "{\"id\": \"Y\", \"kind\": \"state\", \"name\": \"Y\", \"predecessors\": [{\"state\": \"X\", \"kind\": \"secession\", "
      "\"date\": \"1950\"}]}]}",
      -1, &error);
    assert_no_error (error);
    again = bilateral_succession_new ("X", "Y", BILATERAL_SUCCESSION_UNIFICATION, NULL);
    assert_false (bilateral_archive_add_succession (c, again, &error));
    assert_error (error, BILATERAL_ERROR_INVALID, "links “X” to “Y” already");
    back = bilateral_succession_new ("Y", "X", BILATERAL_SUCCESSION_SECESSION, NULL);
    assert_false (bilateral_archive_add_succession (c, back, &error));
    assert_error (error, BILATERAL_ERROR_INVALID, "closes a loop");
  }
}

/* 5, 8. Numbers out of range are a reason to skip, not undefined behaviour. */
static void
test_numbers_out_of_range (void **state)
{
  g_autofree char *dir = g_dir_make_tmp ("bilateral-XXXXXX", NULL);
  g_autofree char *goldstein_row = gdelt_row_with (30, "1e300");
  g_autofree char *tone_row = gdelt_row_with (34, "-1e300");
  g_autofree char *rows = g_strconcat (goldstein_row, tone_row, NULL);
  g_autofree char *path = temp_path (dir, "range.tsv", rows, -1);
  GError *error = NULL;
  g_autoptr (BilateralDyadPanel) panel = panel_of (path, BILATERAL_PANEL_BIN_MONTH, 1, &error);
  g_auto (GStrv) lines = NULL;

  assert_no_error (error);
  assert_int_equal (bilateral_dyad_panel_get_skipped (panel, BILATERAL_SKIP_RANGE), 2);
  assert_int_equal (bilateral_dyad_panel_get_n_groups (panel), 0);
  lines = bilateral_dyad_panel_get_skipped_lines (panel, BILATERAL_SKIP_RANGE);
  assert_true (g_str_has_suffix (lines[0], "range.tsv:1"));
  assert_string_equal (bilateral_skip_reason_describe (BILATERAL_SKIP_RANGE), "a number out of range");
  g_unlink (path);
  g_rmdir (dir);
}

/* 6. What a panel writes, it reads back: years below 1000 too. */
static void
test_partial_round_trip (void **state)
{
  g_autofree char *dir = g_dir_make_tmp ("bilateral-XXXXXX", NULL);
  g_autofree char *row = gdelt_row_with (1, "09940801");
  g_autofree char *path = temp_path (dir, "994.tsv", row, -1);
  g_autofree char *partial = g_build_filename (dir, "994.csv", NULL);
  GError *error = NULL;
  g_autoptr (BilateralDyadPanel) panel = panel_of (path, BILATERAL_PANEL_BIN_YEAR, 1, &error);
  g_autoptr (BilateralDyadPanel) back = NULL;
  g_autofree char *csv = NULL, *again = NULL;

  assert_no_error (error);
  csv = panel_csv (panel, TRUE);
  assert_non_null (strstr (csv, "\nFRA,WST,0994,1,7.00,7.000000,0,1,0,0,5.189341,5.189340813\n"));
  assert_true (g_file_set_contents (partial, csv, -1, NULL));
  back = bilateral_dyad_panel_new_from_csv (partial, &error);
  assert_no_error (error);
  again = panel_csv (back, TRUE);
  assert_string_equal (again, csv);
  g_unlink (partial);
  g_unlink (path);
  g_rmdir (dir);
}

/* 8, 9. A partial aggregate is read whole and exactly, or refused with its line. */
static void
test_partial_csv_errors (void **state)
{
  static const char header[] = "dyad_a,dyad_b,month,events,goldstein_sum,goldstein_mean,q1,q2,q3,q4,tone_mean,tone_sum\n";
  static const char row[] = "FRA,WST,201208,1,7.00,7.000000,0,1,0,0,5.189341,5.189340813\n";
  static const struct {
    const char *from, *to, *fragment;
  } cases[] = {
    { "7.00,", "abc,", ":2: not a partial aggregate row: a Goldstein sum" },
    { "7.00,", "1e300,", ":2: not a partial aggregate row: a Goldstein sum" },
    { "5.189340813", "zzz", ":2: not a partial aggregate row: a tone sum" },
    { "201208", "201202", NULL }, /* a month: fine */
    { "0,1,0,0", "0,x,0,0", ":2: not a partial aggregate row: counts" },
    { "FRA", "F-A", ":2: not a partial aggregate row: a bad country code" },
  };
  g_autofree char *dir = g_dir_make_tmp ("bilateral-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "partial.csv", NULL);
  GError *error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GString) text = g_string_new (row);
      g_autoptr (BilateralDyadPanel) panel = NULL;
      g_autofree char *data = NULL;

      g_string_replace (text, cases[i].from, cases[i].to, 1);
      data = g_strconcat (header, text->str, NULL);
      assert_true (g_file_set_contents (path, data, -1, NULL));
      panel = bilateral_dyad_panel_new_from_csv (path, &error);
      if (cases[i].fragment)
        assert_error (error, BILATERAL_ERROR_PARSE, cases[i].fragment);
      else
        assert_no_error (error);
    }

  /* A NUL byte stops nothing silently. */
  {
    g_autofree char *data = g_strconcat (header, row, "X", row, NULL);
    gsize n = strlen (data);
    data[strlen (header) + strlen (row)] = '\0';
    assert_true (g_file_set_contents (path, data, (gssize) n, NULL));
    assert_null (bilateral_dyad_panel_new_from_csv (path, &error));
    assert_error (error, BILATERAL_ERROR_PARSE, "partial.csv:3: a NUL byte");
  }
  /* 20120231 is no day. */
  {
    g_autoptr (GString) text = g_string_new (row);
    g_autofree char *data = NULL;
    g_string_replace (text, "201208", "20120231", 1);
    data = g_strconcat ("dyad_a,dyad_b,day,events,goldstein_sum,goldstein_mean,q1,q2,q3,q4,tone_mean,tone_sum\n", text->str,
                        NULL);
    assert_true (g_file_set_contents (path, data, -1, NULL));
    assert_null (bilateral_dyad_panel_new_from_csv (path, &error));
    assert_error (error, BILATERAL_ERROR_PARSE, "partial.csv:2: not a partial aggregate row: a period");
  }
  /* CRLF lines read as LF lines do. */
  {
    g_autoptr (GString) text = g_string_new (header);
    g_autoptr (BilateralDyadPanel) panel = NULL;
    g_autofree char *csv = NULL;
    g_string_append (text, row);
    g_string_replace (text, "\n", "\r\n", 0);
    assert_true (g_file_set_contents (path, text->str, -1, NULL));
    panel = bilateral_dyad_panel_new_from_csv (path, &error);
    assert_no_error (error);
    csv = panel_csv (panel, TRUE);
    assert_non_null (strstr (csv, row));
  }
  g_unlink (path);
  g_rmdir (dir);
}

/* 8. A NUL inside an ICEWS country name does not cut it to a name that is known. */
static void
test_icews_name_with_nul (void **state)
{
  g_autofree char *dir = g_dir_make_tmp ("bilateral-XXXXXX", NULL);
  gsize length;
  g_autofree char *data = fixture ("icews-small.tab", &length);
  g_autofree char *path = NULL;
  char *name = strstr (data, "\tPakistan\tMake");
  GError *error = NULL;
  g_autoptr (BilateralDyadPanel) panel = NULL;

  /* "Pakistan" → "Pak\0stan": an unknown name, not "Pak". */
  name[4] = '\0';
  path = temp_path (dir, "nul.tab", data, (gssize) length);
  panel = panel_of (path, BILATERAL_PANEL_BIN_MONTH, 1, &error);
  assert_no_error (error);
  assert_int_equal (bilateral_dyad_panel_get_skipped (panel, BILATERAL_SKIP_COUNTRY), 1);
  {
    /* The skip report names it, printable. */
    g_auto (GStrv) unknown = bilateral_dyad_panel_get_unknown_names (panel);
    assert_int_equal (g_strv_length (unknown), 1);
    assert_string_equal (unknown[0], "Pak\\x00stan");
    assert_int_equal (bilateral_dyad_panel_get_unknown_name_count (panel, unknown[0]), 1);
    assert_int_equal (bilateral_dyad_panel_get_unknown_name_count (panel, "Atlantis"), 0);
  }
  g_unlink (path);
  g_rmdir (dir);
}

/* A well-formed CAMEO code the codebook lacks (GDELT has 1214) skips its
 * row, counted, and the load goes on. */
static void
test_event_code_outside_the_codebook (void **state)
{
  g_autofree char *dir = g_dir_make_tmp ("bilateral-XXXXXX", NULL);
  g_autofree char *odd = gdelt_line_with (2, 26, "1214");
  g_autofree char *good = gdelt_line_with (4, 26, "036");
  g_autofree char *rows = g_strconcat (odd, good, NULL);
  g_autofree char *path = temp_path (dir, "unknown-code.tsv", rows, -1);
  g_autoptr (BilateralArchive) archive = bilateral_archive_new ();
  g_autoptr (BilateralEventFilter) filter = bilateral_event_filter_new ();
  g_autoptr (BilateralDyadPanel) panel = NULL;
  GError *error = NULL;
  guint added = 0, skipped = 0;

  assert_true (bilateral_event_filter_set_dyad (filter, "JPN", "USA", FALSE, &error));
  assert_true (
    bilateral_archive_add_events_from_file (archive, path, BILATERAL_EVENT_FORMAT_AUTO, filter, &added, &skipped, NULL, &error));
  assert_no_error (error);
  assert_int_equal (added, 1);
  assert_int_equal (skipped, 1);
  {
    g_autoptr (BilateralEvent) kept = g_list_model_get_item (bilateral_archive_get_events (archive), 0);
    assert_string_equal (bilateral_event_get_cameo_code (kept), "036");
  }
  /* The same, by reason, with the line; and read again, both are events read before. */
  {
    g_autoptr (BilateralArchive) fresh = bilateral_archive_new ();
    g_autoptr (BilateralEventLoad)
      load = bilateral_archive_load_events (fresh, path, BILATERAL_EVENT_FORMAT_AUTO, filter, NULL, &error);
    g_autoptr (BilateralEventLoad) again = NULL;
    g_auto (GStrv) lines = NULL;
    g_autofree char *expected = g_strdup_printf ("%s:1", path);

    assert_no_error (error);
    assert_int_equal (bilateral_event_load_get_added (load), 1);
    assert_int_equal (bilateral_event_load_get_skipped (load), 1);
    assert_int_equal (bilateral_event_load_get_skipped_for (load, BILATERAL_SKIP_CODEBOOK), 1);
    assert_int_equal (bilateral_event_load_get_skipped_for (load, BILATERAL_SKIP_DUPLICATE), 0);
    lines = bilateral_event_load_get_skipped_lines (load, BILATERAL_SKIP_CODEBOOK);
    assert_non_null (lines[0]);
    assert_string_equal (lines[0], expected);
    assert_null (lines[1]);
    again = bilateral_archive_load_events (fresh, path, BILATERAL_EVENT_FORMAT_AUTO, filter, NULL, &error);
    assert_int_equal (bilateral_event_load_get_added (again), 0);
    assert_int_equal (bilateral_event_load_get_skipped_for (again, BILATERAL_SKIP_DUPLICATE), 1);
    assert_int_equal (bilateral_event_load_get_skipped_for (again, BILATERAL_SKIP_CODEBOOK), 1);
    assert_string_equal (bilateral_skip_reason_describe (BILATERAL_SKIP_CODEBOOK), "a code the codebook lacks");
  }
  /* A panel, which needs only the root, counts both. */
  panel = panel_of (path, BILATERAL_PANEL_BIN_MONTH, 1, &error);
  assert_no_error (error);
  assert_int_equal (bilateral_dyad_panel_get_rows (panel), 2);
  g_unlink (path);
  g_rmdir (dir);
}

/* 4. Text that is not UTF-8 never enters an archive; messages stay UTF-8. */
static void
test_event_text_encoding (void **state)
{
  g_autofree char *dir = g_dir_make_tmp ("bilateral-XXXXXX", NULL);
  g_autofree char *row = gdelt_line_with (2, 60, "http://example.org/caf\xe9");
  g_autofree char *good = gdelt_line_with (2, 60, "http://example.org/ok");
  g_autofree char *rows = NULL;
  g_autofree char *path = NULL, *saved = g_build_filename (dir, "saved.json", NULL);
  g_autofree char *bad_name = g_build_filename (dir, "bad\xff.tsv", NULL);
  g_autoptr (BilateralArchive) archive = bilateral_archive_new ();
  g_autoptr (BilateralArchive) back = NULL;
  g_autoptr (BilateralEventFilter) filter = bilateral_event_filter_new ();
  GError *error = NULL;
  guint added = 0, skipped = 0;

  /* The good row is another event of the same dyad. */
  good[0] = '9';
  rows = g_strconcat (row, good, NULL);
  path = temp_path (dir, "latin1.tsv", rows, -1);
  assert_true (bilateral_event_filter_set_dyad (filter, "JPN", "USA", FALSE, &error));
  assert_no_error (error);
  assert_true (
    bilateral_archive_add_events_from_file (archive, path, BILATERAL_EVENT_FORMAT_AUTO, filter, &added, &skipped, NULL, &error));
  assert_no_error (error);
  assert_int_equal (added, 1);
  assert_int_equal (skipped, 1);
  assert_true (bilateral_archive_save_to_file (archive, saved, &error));
  back = bilateral_archive_new_from_file (saved, &error);
  assert_no_error (error);
  assert_int_equal (g_list_model_get_n_items (bilateral_archive_get_events (back)), 1);

  /* A file name that is not UTF-8, in a message. */
  g_assert_true (g_file_set_contents (bad_name, "x\ty\n", -1, NULL));
  assert_false (
    bilateral_archive_add_events_from_file (archive, bad_name, BILATERAL_EVENT_FORMAT_AUTO, filter, NULL, NULL, NULL, &error));
  assert_non_null (error);
  assert_true (g_utf8_validate (error->message, -1, NULL));
  assert_error (error, BILATERAL_ERROR_PARSE, "bad\\xFF.tsv");
  {
    BilateralDate *date = bilateral_date_parse ("19\xff"
                                                "0",
                                                &error);
    assert_null (date);
    assert_true (g_utf8_validate (error->message, -1, NULL));
    assert_error (error, BILATERAL_ERROR_PARSE, "19\\xFF0");
  }
  g_unlink (bad_name);
  g_unlink (saved);
  g_unlink (path);
  g_rmdir (dir);
}

/* 8, 9. gzip and zip files that are empty, cut short, damaged or followed by garbage. */
static void
test_damaged_compressed_files (void **state)
{
  g_autofree char *dir = g_dir_make_tmp ("bilateral-XXXXXX", NULL);
  gsize length;
  g_autofree char *data = fixture ("gdelt2-clean.tsv", &length);
  g_autoptr (GBytes) gz = gzip_bytes (data, length);
  gsize n;
  const guint8 *bytes = g_bytes_get_data (gz, &n);
  g_autofree guint8 *damaged = g_memdup2 (bytes, n);
  g_autofree guint8 *trailing = g_malloc (n + 7);
  g_autofree guint8 *twice = g_malloc (2 * n);
  g_autofree char *zip = g_build_filename (dir, "cut.zip", NULL);
  g_autofree char *zip_data = NULL;
  gsize zip_length;
  const char *names[] = { "a.tsv" }, *datas[] = { data };
  GError *error = NULL;
  static const char *const cases[][2] = {
    { "empty.gz", "an empty file, not gzip data" },
    { "cut.gz", "the gzip data is truncated" },
    { "crc.gz", "damaged gzip data" },
    { "trailing.gz", "data after the end of the gzip stream" },
  };
  const void *contents[] = { "", bytes, damaged, trailing };
  gsize lengths[] = { 0, n - 6, n, n + 7 };

  damaged[n - 7] ^= 1; /* the CRC-32 */
  memcpy (trailing, bytes, n);
  memcpy (trailing + n, "garbage", 7);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = temp_path (dir, cases[i][0], contents[i], (gssize) lengths[i]);
      g_autoptr (BilateralDyadPanel) panel = panel_of (path, BILATERAL_PANEL_BIN_MONTH, 1, &error);
      assert_error (error, BILATERAL_ERROR_IO, cases[i][0], cases[i][1]);
      /* 8. All or nothing: a file that fails adds no row. */
      assert_int_equal (bilateral_dyad_panel_get_rows (panel), 0);
      assert_int_equal (bilateral_dyad_panel_get_n_groups (panel), 0);
      g_unlink (path);
    }

  /* Members one after another are one gzip file, as gzip(1) reads it. */
  memcpy (twice, bytes, n);
  memcpy (twice + n, bytes, n);
  {
    g_autofree char *path = temp_path (dir, "twice.gz", (const char *) twice, (gssize) (2 * n));
    g_autoptr (BilateralDyadPanel) panel = panel_of (path, BILATERAL_PANEL_BIN_MONTH, 1, &error);
    assert_no_error (error);
    assert_int_equal (bilateral_dyad_panel_get_rows (panel), 12);
    g_unlink (path);
  }

  /* A zip cut short, in its member and without its central directory. */
  write_zip (zip, names, datas, &length, 1);
  assert_true (g_file_get_contents (zip, &zip_data, &zip_length, NULL));
  assert_true (g_file_set_contents (zip, zip_data, (gssize) zip_length / 2, NULL));
  {
    g_autoptr (BilateralDyadPanel) panel = panel_of (zip, BILATERAL_PANEL_BIN_MONTH, 1, &error);
    assert_non_null (error);
    assert_null (strstr (error->message, "(null)"));
    assert_error (error, BILATERAL_ERROR_IO, "cut.zip");
    assert_int_equal (bilateral_dyad_panel_get_rows (panel), 0);
  }
  g_unlink (zip);
  g_rmdir (dir);
}

/* 8. A strict panel that stops at a dirty row keeps none of the file. */
static void
test_failed_file_adds_nothing (void **state)
{
  g_autofree char *dir = g_dir_make_tmp ("bilateral-XXXXXX", NULL);
  g_autofree char *clean = fixture ("gdelt2-clean.tsv", NULL);
  g_autofree char *dirty = gdelt_row_with (26, "13y");
  g_autofree char *data = g_strconcat (clean, dirty, NULL);
  g_autofree char *path = temp_path (dir, "dirty.tsv", data, -1);
  g_autofree char *clean_path = temp_path (dir, "clean.tsv", clean, -1);
  g_autoptr (BilateralDyadPanel) panel = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_MONTH, FALSE);
  g_autofree char *before = NULL, *after = NULL;
  GError *error = NULL;

  bilateral_dyad_panel_set_strict (panel, TRUE);
  assert_true (bilateral_dyad_panel_add_file (panel, clean_path, BILATERAL_EVENT_FORMAT_AUTO, NULL, &error));
  before = panel_csv (panel, TRUE);
  assert_false (bilateral_dyad_panel_add_file (panel, path, BILATERAL_EVENT_FORMAT_AUTO, NULL, &error));
  assert_error (error, BILATERAL_ERROR_PARSE, "dirty.tsv:7: skipped row: a bad CAMEO event code (column 27: “13y”)");
  after = panel_csv (panel, TRUE);
  assert_string_equal (after, before);
  assert_int_equal (bilateral_dyad_panel_get_rows (panel), 6);
  assert_int_equal (bilateral_dyad_panel_get_skipped (panel, BILATERAL_SKIP_EVENT_CODE), 0);
  g_unlink (path);
  g_unlink (clean_path);
  g_rmdir (dir);
}

/* 9. Sums do not depend on the number of threads. */
static void
test_sums_independent_of_threads (void **state)
{
  g_autofree char *dir = g_dir_make_tmp ("bilateral-XXXXXX", NULL);
  g_autofree char *clean = fixture ("gdelt2-clean.tsv", NULL);
  g_auto (GStrv) lines = g_strsplit (clean, "\n", -1);
  g_autoptr (GString) data = g_string_new (NULL);
  g_autofree char *path = NULL;
  char *csv[3] = { NULL };
  GRand *rand = g_rand_new_with_seed (7);
  GError *error = NULL;

  /* 30,000 rows of few groups, with tones of many digits. */
  for (guint i = 0; i < 30000; i++)
    {
      g_auto (GStrv) f = g_strsplit (lines[i % 6], "\t", -1);
      g_free (f[34]);
      f[34] = g_strdup_printf ("%.15g", g_rand_double_range (rand, -30, 30));
      g_autofree char *row = g_strjoinv ("\t", f);
      g_string_append (data, row);
      g_string_append_c (data, '\n');
    }
  g_rand_free (rand);
  path = temp_path (dir, "many.tsv", data->str, (gssize) data->len);
  for (guint t = 0; t < 3; t++)
    {
      g_autoptr (BilateralDyadPanel) panel = panel_of (path, BILATERAL_PANEL_BIN_MONTH, t + 1, &error);
      assert_no_error (error);
      csv[t] = panel_csv (panel, TRUE);
    }
  assert_string_equal (csv[0], csv[1]);
  assert_string_equal (csv[0], csv[2]);
  for (guint t = 0; t < 3; t++)
    g_free (csv[t]);
  g_unlink (path);
  g_rmdir (dir);
}

/* 9. An ICEWS header longer than a block is reported at line 1. */
static void
test_long_icews_header (void **state)
{
  g_autofree char *dir = g_dir_make_tmp ("bilateral-XXXXXX", NULL);
  g_autoptr (GString) data = g_string_new ("Event ID\tEvent Date");
  g_autofree char *path = NULL;
  GError *error = NULL;
  g_autoptr (BilateralDyadPanel) panel = NULL;

  while (data->len < (9u << 20))
    g_string_append (data, "\tLong Column Name");
  g_string_append_c (data, '\n');
  path = temp_path (dir, "long.tab", data->str, (gssize) data->len);
  panel = panel_of (path, BILATERAL_PANEL_BIN_MONTH, 1, &error);
  assert_error (error, BILATERAL_ERROR_PARSE, "long.tab:1: a line longer than");
  g_unlink (path);
  g_rmdir (dir);
}

/* Plain files read in pieces on two threads: an empty one, one with no
 * newline at its end, one whose second line is longer than a block, and
 * the same rows read from a stream. */
static void
test_plain_files (void **state)
{
  g_autofree char *dir = g_dir_make_tmp ("bilateral-XXXXXX", NULL);
  gsize length;
  g_autofree char *data = fixture ("gdelt2-clean.tsv", &length);
  g_autofree char *empty = temp_path (dir, "empty.tsv", "", 0);
  g_autofree char *unended = temp_path (dir, "unended.tsv", data, (gssize) length - 1);
  g_autoptr (GString) long_line = g_string_new_len (data, (gssize) (strchr (data, '\n') + 1 - data));
  g_autofree char *long_path = NULL;
  g_autoptr (BilateralDyadPanel) from_empty = NULL, from_unended = NULL, from_long = NULL, from_stream = NULL;
  g_autoptr (GInputStream) stream = g_memory_input_stream_new_from_data (data, (gssize) length, NULL);
  g_autofree char *a = NULL, *b = NULL;
  GError *error = NULL;

  assert_int_equal (data[length - 1], '\n');
  from_empty = panel_of (empty, BILATERAL_PANEL_BIN_MONTH, 2, &error);
  assert_no_error (error);
  assert_int_equal (bilateral_dyad_panel_get_rows (from_empty), 0);
  from_unended = panel_of (unended, BILATERAL_PANEL_BIN_MONTH, 2, &error);
  assert_no_error (error);
  from_stream = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_MONTH, FALSE);
  assert_true (bilateral_dyad_panel_add_stream (from_stream, stream, "stream", BILATERAL_EVENT_FORMAT_AUTO, NULL, &error));
  a = csv_of (from_unended);
  b = csv_of (from_stream);
  assert_string_equal (a, b);
  assert_int_equal (bilateral_dyad_panel_get_rows (from_unended), 6);
  assert_int_equal (bilateral_dyad_panel_get_rows (from_stream), 6);

  while (long_line->len < (9u << 20))
    g_string_append (long_line, "x\t");
  g_string_append_c (long_line, '\n');
  long_path = temp_path (dir, "long.tsv", long_line->str, (gssize) long_line->len);
  from_long = panel_of (long_path, BILATERAL_PANEL_BIN_MONTH, 2, &error);
  assert_error (error, BILATERAL_ERROR_PARSE, "long.tsv:2: a line longer than");
  assert_int_equal (bilateral_dyad_panel_get_rows (from_long), 0);
  g_unlink (empty);
  g_unlink (unended);
  g_unlink (long_path);
  g_rmdir (dir);
}

/* Panels of one file, read from the file with @threads and from a stream
 * of its bytes on one thread, are the same: groups, rows, skips by reason
 * and their first lines. */
static void
assert_file_reads_as_stream (const char *path, const char *bytes, gsize length, guint threads)
{
  g_autoptr (BilateralDyadPanel) from_file = NULL, from_stream = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_MONTH, FALSE);
  g_autoptr (GInputStream) stream = g_memory_input_stream_new_from_data (bytes, (gssize) length, NULL);
  g_autofree char *a = NULL, *b = NULL;
  GError *error = NULL;

  from_file = panel_of (path, BILATERAL_PANEL_BIN_MONTH, threads, &error);
  assert_no_error (error);
  assert_true (bilateral_dyad_panel_add_stream (from_stream, stream, path, BILATERAL_EVENT_FORMAT_AUTO, NULL, &error));
  assert_no_error (error);
  a = csv_of (from_file);
  b = csv_of (from_stream);
  assert_string_equal (a, b);
  assert_int_equal (bilateral_dyad_panel_get_rows (from_file), bilateral_dyad_panel_get_rows (from_stream));
  for (int reason = BILATERAL_SKIP_COLUMNS; reason <= BILATERAL_SKIP_UNKNOWN_STATE; reason++)
    {
      g_auto (GStrv) lines_a = bilateral_dyad_panel_get_skipped_lines (from_file, reason);
      g_auto (GStrv) lines_b = bilateral_dyad_panel_get_skipped_lines (from_stream, reason);
      g_autofree char *joined_a = g_strjoinv (" ", lines_a), *joined_b = g_strjoinv (" ", lines_b);

      assert_int_equal (bilateral_dyad_panel_get_skipped (from_file, reason),
                        bilateral_dyad_panel_get_skipped (from_stream, reason));
      assert_string_equal (joined_a, joined_b);
    }
}

/* A plain file is read in pieces of 1 MiB, each by the thread that scans
 * it: rows that cross pieces, a line longer than a piece, dirty rows in
 * many pieces and no newline at the end read as one thread reads them
 * from a stream, and so do ICEWS's country names, learnt from every
 * piece; a strict panel stops at the same first dirty row, and a line of
 * a block or more is found at its line, whatever the threads. */
static void
test_plain_files_in_pieces (void **state)
{
  g_autofree char *dir = g_dir_make_tmp ("bilateral-XXXXXX", NULL);
  g_autofree char *gdelt = fixture ("gdelt2-clean.tsv", NULL), *icews = fixture ("icews-small.tab", NULL);
  g_autofree char *dirty = gdelt_line_with (1, 26, "13y"), *path = NULL, *icews_path = NULL, *long_path = NULL;
  g_autoptr (GString) text = g_string_new (NULL), icews_text = g_string_new (icews), long_text = NULL;
  guint64 lines = 0, long_at = 0, first_dirty = 0;
  const char *icews_rows = strchr (icews, '\n') + 1;
  GError *error = NULL;

  for (guint k = 0; text->len < (5u << 20); k++)
    {
      g_string_append (text, gdelt);
      lines += 6;
      if (k % 499 == 300)
        {
          g_string_append (text, dirty);
          if (!first_dirty)
            first_dirty = lines + 1;
          lines++;
        }
      if (text->len > (900u << 10) && text->len < (1u << 20))
        {
          /* One row, with the wrong columns, from the first piece to the
           * last byte of the second: the third starts with a line. */
          while (text->len < (2u << 20) - 1)
            g_string_append_c (text, text->len % 7 ? 'x' : '\t');
          g_string_append_c (text, '\n');
          lines++;
        }
      if (k == 1500)
        long_at = lines + 1, long_text = g_string_new_len (text->str, (gssize) text->len);
    }
  g_string_truncate (text, text->len - 1); /* no newline at the end */
  path = temp_path (dir, "pieces.tsv", text->str, (gssize) text->len);
  for (guint threads = 1; threads <= 3; threads++)
    assert_file_reads_as_stream (path, text->str, text->len, threads);

  while (icews_text->len < (3u << 20))
    g_string_append (icews_text, icews_rows);
  icews_path = temp_path (dir, "pieces.tab", icews_text->str, (gssize) icews_text->len);
  assert_file_reads_as_stream (icews_path, icews_text->str, icews_text->len, 2);

  for (guint threads = 1; threads <= 2; threads++)
    {
      g_autoptr (BilateralDyadPanel) strict = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_MONTH, FALSE);
      g_autofree char *expected = g_strdup_printf ("pieces.tsv:%" G_GUINT64_FORMAT ": skipped row", first_dirty);

      bilateral_dyad_panel_set_strict (strict, TRUE);
      bilateral_dyad_panel_set_threads (strict, threads);
      assert_false (bilateral_dyad_panel_add_file (strict, path, BILATERAL_EVENT_FORMAT_AUTO, NULL, &error));
      assert_error (error, BILATERAL_ERROR_PARSE, expected);
      assert_int_equal (bilateral_dyad_panel_get_rows (strict), 0);
    }

  for (guint x = 0; x < (9u << 20); x++)
    g_string_append_c (long_text, 'y');
  g_string_append (long_text, "\n");
  g_string_append (long_text, gdelt);
  long_path = temp_path (dir, "long-in-pieces.tsv", long_text->str, (gssize) long_text->len);
  for (guint threads = 1; threads <= 2; threads++)
    {
      g_autoptr (BilateralDyadPanel) panel = panel_of (long_path, BILATERAL_PANEL_BIN_MONTH, threads, &error);
      g_autofree char *expected = g_strdup_printf ("long-in-pieces.tsv:%" G_GUINT64_FORMAT ": a line longer than", long_at);

      assert_error (error, BILATERAL_ERROR_PARSE, expected);
      assert_int_equal (bilateral_dyad_panel_get_rows (panel), 0);
    }
  g_unlink (path);
  g_unlink (icews_path);
  g_unlink (long_path);
  g_rmdir (dir);
}

/* 9, 10. Dates: the last season, negative years, dates and times. */
static void
test_dates (void **state)
{
  GError *error = NULL;
  static const struct {
    const char *text;
    int year, month, day;
    const char *earliest, *latest;
  } cases[] = {
    { "1985-04-12T23:20:30Z", 1985, 4, 12, "1985-04-12", "1985-04-12" },
    { "1985-04-12T23:20:30-04:00", 1985, 4, 12, "1985-04-13", "1985-04-13" },
    { "1985-04-12T01:00:00+04:00", 1985, 4, 12, "1985-04-11", "1985-04-11" },
    { "1985-04-12T10:00:00+05", 1985, 4, 12, "1985-04-12", "1985-04-12" },
    { "1985-04-12T23:20:30", 1985, 4, 12, "1985-04-12", "1985-04-12" },
    { "-0999", -999, 0, 0, "-0999-01-01", "-0999-12-31" },
    { "-2004-06-11%", -2004, 6, 11, "-2004-06-11", "-2004-06-11" },
    { "-0004-02-29", -4, 2, 29, "-0004-02-29", "-0004-02-29" },
    { "-198X", -1989, 0, 0, "-1989-01-01", "-1980-12-31" },
    { "0000", 0, 0, 0, "0000-01-01", "0000-12-31" },
    { "9999-23", 9999, 23, 0, "9999-09-01", "9999-11-30" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (BilateralDate) d = bilateral_date_parse (cases[i].text, &error);
      g_autoptr (BilateralDate) first = NULL;
      g_autoptr (BilateralDate) last = NULL;
      g_autofree char *first_text = NULL, *last_text = NULL, *text = NULL;

      assert_no_error (error);
      assert_int_equal (bilateral_date_get_year (d), cases[i].year);
      assert_int_equal (bilateral_date_get_month (d), cases[i].month);
      assert_int_equal (bilateral_date_get_day (d), cases[i].day);
      first = bilateral_date_get_earliest (d);
      last = bilateral_date_get_latest (d);
      assert_non_null (first);
      assert_non_null (last);
      first_text = bilateral_date_to_string (first);
      last_text = bilateral_date_to_string (last);
      assert_string_equal (first_text, cases[i].earliest);
      assert_string_equal (last_text, cases[i].latest);
      text = bilateral_date_to_string (d);
      assert_string_equal (text, cases[i].text);
    }

  /* Order and overlap hold across the sign and the time of day. */
  {
    g_autoptr (BilateralDate) bce = bilateral_date_parse ("-0001", NULL);
    g_autoptr (BilateralDate) zero = bilateral_date_parse ("0000", NULL);
    g_autoptr (BilateralDate) ce = bilateral_date_parse ("0001", NULL);
    g_autoptr (BilateralDate) late = bilateral_date_parse ("1985-04-12T23:20:30-04:00", NULL);
    g_autoptr (BilateralDate) next = bilateral_date_parse ("1985-04-13", NULL);
    g_autoptr (BilateralDate) span = bilateral_date_parse ("-0010/0010", NULL);
    assert_true (bilateral_date_compare (bce, zero) < 0);
    assert_true (bilateral_date_compare (zero, ce) < 0);
    assert_int_equal (bilateral_date_compare (late, next), 0);
    assert_true (bilateral_date_overlaps (span, zero));
    assert_true (bilateral_date_contains (span, bce));
  }

  static const struct {
    const char *text;
    int code;
    const char *fragment;
  } errors[] = {
    { "9999-24", BILATERAL_ERROR_DATE, "the winter of 9999 runs into 10000" },
    { "Y170000002", BILATERAL_ERROR_DATE, "years run from -9999 to 9999" },
    { "-0000", BILATERAL_ERROR_PARSE, "the year 0 has no sign" },
    { "1985-04-12T24:00:00", BILATERAL_ERROR_DATE, "is not a time of day" },
    { "1985-04T10:00:00", BILATERAL_ERROR_PARSE, "a time follows only a whole day" },
    { "1985-04-12T10:00:00~", BILATERAL_ERROR_PARSE, "cannot be qualified" },
    { "1985-04-12T10:00:00+25:00", BILATERAL_ERROR_DATE, "not an offset from UTC" },
    { "-0001-02-29", BILATERAL_ERROR_DATE, "day 29 is not in February -1" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (errors); i++)
    {
      assert_null (bilateral_date_parse (errors[i].text, &error));
      assert_error (error, errors[i].code, errors[i].fragment);
    }

  {
    g_autoptr (BilateralDate) d = bilateral_date_new_ymd (-44, 3, 15, &error);
    g_autofree char *text = bilateral_date_to_string (d);
    assert_no_error (error);
    assert_string_equal (text, "-0044-03-15");
  }
}

/* 9. A save killed mid-write leaves a temporary that the next save removes. */
static void
test_stale_temporary_is_removed (void **state)
{
  g_autofree char *dir = g_dir_make_tmp ("bilateral-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "history.json", NULL);
  g_autofree char *stale = g_build_filename (dir, ".history.json.2147483646.Ab12Cd", NULL);
  g_autofree char *other = g_build_filename (dir, ".other.json.2147483646.Ab12Cd", NULL);
  g_autoptr (BilateralArchive) archive = bilateral_archive_load_builtin ("pakistan-russia", NULL);
  GError *error = NULL;

  /* No process has that id: the temporary is stale; another file's stays. */
  assert_true (g_file_set_contents (stale, "{", -1, NULL));
  assert_true (g_file_set_contents (other, "{", -1, NULL));
  assert_true (bilateral_archive_save_to_file (archive, path, &error));
  assert_no_error (error);
  assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  g_unlink (other);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_zip_of_mixed_formats),
    cmocka_unit_test (test_json_text),
    cmocka_unit_test (test_huge_paragraph),
    cmocka_unit_test (test_phases_and_succession),
    cmocka_unit_test (test_numbers_out_of_range),
    cmocka_unit_test (test_partial_round_trip),
    cmocka_unit_test (test_partial_csv_errors),
    cmocka_unit_test (test_icews_name_with_nul),
    cmocka_unit_test (test_event_text_encoding),
    cmocka_unit_test (test_damaged_compressed_files),
    cmocka_unit_test (test_failed_file_adds_nothing),
    cmocka_unit_test (test_sums_independent_of_threads),
    cmocka_unit_test (test_long_icews_header),
    cmocka_unit_test (test_plain_files),
    cmocka_unit_test (test_plain_files_in_pieces),
    cmocka_unit_test (test_event_code_outside_the_codebook),
    cmocka_unit_test (test_dates),
    cmocka_unit_test (test_stale_temporary_is_removed),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
