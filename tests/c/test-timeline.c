/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <glib/gstdio.h>
#include <math.h>

#include "test-util.h"

/* TIMELINE_MARK_RADIUS of bilateral-timeline-private.h. */
#define TIMELINE_TEST_RADIUS 4.5

/* A and B: a cool phase 1950–1955, a friendly one from 1955 on; A→B
 * 1950-03-01 (−4), B→A 1953~ (+6), A→B 1956/1958 (+2), and A→C 1954-06
 * (+8), which bore on A–B with weight −0.5. */
static const char history[] =
  "{\"format\": \"bilateral/1\", \"title\": \"A and B\", \"sources\": [{\"id\": \"s\", \"title\": \"The source\"}],"
  " \"actors\": [{\"id\": \"A\", \"kind\": \"group\"}, {\"id\": \"B\", \"kind\": \"group\"}, {\"id\": \"C\", \"kind\": "
  "\"group\"}],"
  " \"phases\": ["
  "  {\"id\": \"p1\", \"dyad\": [\"A\", \"B\"], \"start\": \"1950-01-01\", \"end\": \"1955-01-01\", \"stance\": \"cool\","
  "   \"label\": \"Cool years\", \"citations\": [{\"source\": \"s\", \"quote\": \"cool\"}]},"
  "  {\"id\": \"p2\", \"dyad\": [\"A\", \"B\"], \"start\": \"1955-01-01\", \"stance\": \"friendly\","
  "   \"label\": \"Friends\", \"citations\": [{\"source\": \"s\"}]}],"
  " \"events\": ["
  "  {\"id\": \"e1\", \"date\": \"1950-03-01\", \"source\": \"A\", \"target\": \"B\", \"cameo\": \"111\", \"goldstein\": -4,"
  "   \"title\": \"A criticises B\", \"citations\": [{\"source\": \"s\", \"quote\": \"sharp words\"}]},"
  "  {\"id\": \"e2\", \"date\": \"1953~\", \"source\": \"B\", \"target\": \"A\", \"cameo\": \"057\", \"goldstein\": 6,"
  "   \"title\": \"B signs with A\", \"citations\": [{\"source\": \"s\"}]},"
  "  {\"id\": \"e3\", \"date\": \"1956/1958\", \"source\": \"A\", \"target\": \"B\", \"cameo\": \"042\", \"goldstein\": 2,"
  "   \"citations\": [{\"source\": \"s\"}]},"
  "  {\"id\": \"e4\", \"date\": \"1954-06\", \"source\": \"A\", \"target\": \"C\", \"cameo\": \"057\", \"goldstein\": 8,"
  "   \"citations\": [{\"source\": \"s\"}], \"impacts\": [{\"dyad\": [\"A\", \"B\"], \"weight\": -0.5}]}]}";

typedef struct {
  BilateralArchive *archive;
  BilateralRelation *relation;
  BilateralTimeline *timeline;
} Fixture;

static int
setup (void **state)
{
  GError *error = NULL;
  Fixture *f = g_new0 (Fixture, 1);

  f->archive = bilateral_archive_new_from_data (history, -1, &error);
  assert_no_error (error);
  f->relation = bilateral_archive_get_relation (f->archive, bilateral_archive_lookup_actor (f->archive, "A"),
                                                bilateral_archive_lookup_actor (f->archive, "B"));
  f->timeline = bilateral_timeline_new (f->archive);
  bilateral_timeline_add_relation (f->timeline, f->relation);
  *state = f;
  return 0;
}

static int
teardown (void **state)
{
  Fixture *f = *state;
  g_object_unref (f->timeline);
  g_object_unref (f->relation);
  g_object_unref (f->archive);
  g_free (f);
  return 0;
}

static GObject *
item (Fixture *f, const char *id)
{
  GObject *found = G_OBJECT (bilateral_archive_lookup_event (f->archive, id));
  return found ? found : G_OBJECT (bilateral_archive_lookup_phase (f->archive, id));
}

static void
test_properties (void **state)
{
  Fixture *f = *state;
  g_autoptr (BilateralDate) span = bilateral_date_parse ("1951/1957", NULL);
  double plain;

  assert_ptr_equal (bilateral_timeline_get_archive (f->timeline), f->archive);
  assert_int_equal (g_list_model_get_n_items (bilateral_timeline_get_relations (f->timeline)), 1);
  assert_null (bilateral_timeline_get_title (f->timeline));
  bilateral_timeline_set_title (f->timeline, "Mine");
  assert_string_equal (bilateral_timeline_get_title (f->timeline), "Mine");
  assert_null (bilateral_timeline_get_span (f->timeline));
  bilateral_timeline_set_span (f->timeline, span);
  assert_true (bilateral_date_equal (bilateral_timeline_get_span (f->timeline), span));
  bilateral_timeline_set_span (f->timeline, NULL);
  assert_true (bilateral_timeline_get_width (f->timeline) == 1200);
  bilateral_timeline_set_width (f->timeline, 800);
  assert_true (bilateral_timeline_get_width (f->timeline) == 800);
  assert_true (bilateral_timeline_get_scale (f->timeline) == 1);
  bilateral_timeline_set_scale (f->timeline, 2);
  assert_true (bilateral_timeline_get_scale (f->timeline) == 2);

  /* The inferred lane makes the picture taller. */
  plain = bilateral_timeline_get_height (f->timeline);
  assert_true (plain > 300);
  assert_false (bilateral_timeline_get_show_inferred (f->timeline));
  bilateral_timeline_set_show_inferred (f->timeline, TRUE);
  assert_true (bilateral_timeline_get_show_inferred (f->timeline));
  assert_true (bilateral_timeline_get_height (f->timeline) > plain);
  assert_false (bilateral_timeline_get_show_index (f->timeline));
  bilateral_timeline_set_show_index (f->timeline, TRUE);
  assert_true (bilateral_timeline_get_show_index (f->timeline));

  bilateral_timeline_remove_all (f->timeline);
  assert_int_equal (g_list_model_get_n_items (bilateral_timeline_get_relations (f->timeline)), 0);
  assert_true (bilateral_timeline_get_height (f->timeline) < plain);
  assert_string_equal (bilateral_timeline_format_to_string (BILATERAL_TIMELINE_FORMAT_HTML), "html");
}

static guint32
pixel (cairo_surface_t *surface, double x, double y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  return *(guint32 *) (data + (int) y * stride + (int) x * 4) & 0xffffff;
}

/* What is drawn where: bands in their stance's colour, marks at their date
 * and weight, and the hit tests and bounds that say so. */
static void
test_draw_and_hit (void **state)
{
  Fixture *f = *state;
  double width = bilateral_timeline_get_width (f->timeline), height = bilateral_timeline_get_height (f->timeline);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) ceil (height));
  cairo_t *cr = cairo_create (surface);
  double x, y, w, h, x1, y1, x2, y2, x3, y3;

  bilateral_timeline_draw (f->timeline, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* The bands: RdBu's cool (#fddbc7) and friendly (#67a9cf), sampled near their top. */
  assert_true (bilateral_timeline_get_item_bounds (f->timeline, item (f, "p1"), &x, &y, &w, &h));
  assert_int_equal (pixel (surface, x + w - 3, y + 3), 0xfddbc7);
  assert_ptr_equal (bilateral_timeline_get_item_at (f->timeline, x + w - 3, y + 3), item (f, "p1"));
  assert_true (bilateral_timeline_get_item_bounds (f->timeline, item (f, "p2"), &x, &y, &w, &h));
  assert_int_equal (pixel (surface, x + w / 2, y + 3), 0x67a9cf);
  /* The band starts where its first day is. */
  assert_true (fabs (x - bilateral_timeline_get_x_for_day (f->timeline, bilateral_date_day_from_ymd (1955, 1, 1))) < 0.01);

  /* Marks: e1's centre is at its day and dark; e2 (approximate) is hollow. */
  assert_true (bilateral_timeline_get_item_bounds (f->timeline, item (f, "e1"), &x1, &y1, &w, &h));
  x1 += w / 2, y1 += h / 2;
  assert_true (
    fabs (x1 - bilateral_timeline_get_x_for_day (f->timeline, bilateral_date_day_from_ymd (1950, 3, 1)) -
          0.5 * (bilateral_timeline_get_x_for_day (f->timeline, 1) - bilateral_timeline_get_x_for_day (f->timeline, 0))) < 0.01);
  assert_int_equal (pixel (surface, x1, y1), 0x1a1a1a);
  assert_ptr_equal (bilateral_timeline_get_item_at (f->timeline, x1, y1), item (f, "e1"));
  assert_true (bilateral_timeline_get_item_bounds (f->timeline, item (f, "e2"), &x2, &y2, &w, &h));
  x2 += TIMELINE_TEST_RADIUS + 1, y2 += h / 2; /* the mark's centre (its box also holds no "?") */
  assert_int_equal (pixel (surface, x2, y2), 0xffffff);
  /* Weights: −4 below +6; e4 bears on the dyad at −0.5 × 8 = −4, as low as e1. */
  assert_true (y1 > y2);
  assert_true (bilateral_timeline_get_item_bounds (f->timeline, item (f, "e4"), &x3, &y3, &w, &h));
  assert_true (fabs (y3 - (y1 - h / 2)) < 0.01);
  assert_int_equal (pixel (surface, x3 + w / 2, y3 + h / 2 + 1), 0x762a83);
  /* The interval's bar is hit along its span. */
  assert_true (bilateral_timeline_get_item_bounds (f->timeline, item (f, "e3"), &x, &y, &w, &h));
  x = bilateral_timeline_get_x_for_day (f->timeline, bilateral_date_day_from_ymd (1956, 2, 1));
  assert_ptr_equal (bilateral_timeline_get_item_at (f->timeline, x, y + h / 2), item (f, "e3"));
  assert_null (bilateral_timeline_get_item_at (f->timeline, 1, 1));
  cairo_surface_destroy (surface);

  /* A span leaves e1 out. */
  {
    g_autoptr (BilateralDate) span = bilateral_date_parse ("1952/1960", NULL);
    bilateral_timeline_set_span (f->timeline, span);
    assert_false (bilateral_timeline_get_item_bounds (f->timeline, item (f, "e1"), NULL, NULL, NULL, NULL));
    assert_true (bilateral_timeline_get_item_bounds (f->timeline, item (f, "e2"), NULL, NULL, NULL, NULL));
  }
}

static void
count_changes (BilateralTimeline *timeline, guint *n)
{
  (*n)++;
}

/* The timeline follows its archive, and says so once per change. */
static void
test_live (void **state)
{
  Fixture *f = *state;
  GError *error = NULL;
  guint changes = 0;
  g_autoptr (BilateralDate) date = bilateral_date_parse ("1957-05-05", NULL);
  g_autoptr (BilateralCitation) citation = bilateral_citation_new ("s", 0, 0, NULL);
  g_autoptr (GListStore) citations = g_list_store_new (BILATERAL_TYPE_CITATION);
  g_autoptr (BilateralEvent) event = NULL;

  g_signal_connect (f->timeline, "changed", G_CALLBACK (count_changes), &changes);
  g_list_store_append (citations, citation);
  event = g_object_new (
    BILATERAL_TYPE_EVENT, "id", "e5", "date", date, "source", bilateral_archive_lookup_actor (f->archive, "A"), "target",
    bilateral_archive_lookup_actor (f->archive, "B"), "cameo-code", "036", "goldstein", 4.0, "citations", citations, NULL);
  assert_false (bilateral_timeline_get_item_bounds (f->timeline, G_OBJECT (event), NULL, NULL, NULL, NULL));
  assert_true (bilateral_archive_add_event (f->archive, event, &error));
  assert_no_error (error);
  assert_true (changes > 0);
  assert_true (bilateral_timeline_get_item_bounds (f->timeline, G_OBJECT (event), NULL, NULL, NULL, NULL));
  changes = 0;
  bilateral_timeline_set_show_index (f->timeline, TRUE);
  bilateral_timeline_set_show_index (f->timeline, TRUE);
  assert_int_equal (changes, 1);
}

static void
test_outputs (void **state)
{
  Fixture *f = *state;
  GError *error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("timeline-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "t.PNG", NULL);
  g_autofree char *odd = g_build_filename (dir, "t.gif", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "t.svg", NULL);
  static const struct {
    BilateralTimelineFormat format;
    const char *start;
  } formats[] = {
    { BILATERAL_TIMELINE_FORMAT_PNG, "\x89PNG" },
    { BILATERAL_TIMELINE_FORMAT_PDF, "%PDF" },
    { BILATERAL_TIMELINE_FORMAT_SVG, "<?xml" },
    { BILATERAL_TIMELINE_FORMAT_HTML, "<!DOCTYPE html>" },
  };
  char *contents;
  gsize length;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr (GBytes) bytes = bilateral_timeline_to_bytes (f->timeline, formats[i].format, &error);
      assert_no_error (error);
      assert_memory_equal (g_bytes_get_data (bytes, NULL), formats[i].start, strlen (formats[i].start));
    }
  {
    g_autoptr (GBytes) svg = bilateral_timeline_to_bytes (f->timeline, BILATERAL_TIMELINE_FORMAT_SVG, &error);
    g_autofree char *text = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
    assert_non_null (strstr (text, "data-id=\"e1\""));
    assert_non_null (strstr (text, "data-label=\"Cool years\""));
  }
  {
    g_autoptr (GBytes) html = bilateral_timeline_to_bytes (f->timeline, BILATERAL_TIMELINE_FORMAT_HTML, &error);
    g_autofree char *text = g_strndup (g_bytes_get_data (html, NULL), g_bytes_get_size (html));
    assert_non_null (strstr (text, "\"quote\":\"sharp words\""));
    assert_non_null (strstr (text, "Content-Security-Policy"));
    assert_null (strstr (text, "http://www.w3.org/1999/xlink\" href=\"http")); /* no outside resource */
  }
  assert_null (bilateral_timeline_to_bytes (f->timeline, BILATERAL_TIMELINE_FORMAT_AUTO, &error));
  assert_error (error, BILATERAL_ERROR_INVALID, "needs a format");

  /* The suffix says the format, in any case; an unknown one is an error. */
  assert_true (bilateral_timeline_write_to_file (f->timeline, png, BILATERAL_TIMELINE_FORMAT_AUTO, &error));
  assert_no_error (error);
  assert_true (g_file_get_contents (png, &contents, &length, NULL));
  assert_memory_equal (contents, "\x89PNG", 4);
  g_free (contents);
  assert_false (bilateral_timeline_write_to_file (f->timeline, odd, BILATERAL_TIMELINE_FORMAT_AUTO, &error));
  assert_error (error, BILATERAL_ERROR_INVALID, "t.gif", ".svg, .png, .pdf or .html");
  assert_false (g_file_test (odd, G_FILE_TEST_EXISTS));
  assert_false (bilateral_timeline_write_to_file (f->timeline, missing, BILATERAL_TIMELINE_FORMAT_SVG, &error));
  assert_non_null (error);
  g_clear_error (&error);

  /* A PNG too large for cairo is an error, and the file there stays whole. */
  bilateral_timeline_set_width (f->timeline, 16384);
  bilateral_timeline_set_scale (f->timeline, 4);
  assert_false (bilateral_timeline_write_to_file (f->timeline, png, BILATERAL_TIMELINE_FORMAT_PNG, &error));
  assert_error (error, BILATERAL_ERROR_INVALID, "larger than cairo can draw");
  assert_true (g_file_get_contents (png, &contents, &length, NULL));
  assert_memory_equal (contents, "\x89PNG", 4);
  g_free (contents);

  g_unlink (png);
  g_rmdir (dir);
}

/* Thousands of events are drawn in bins: each event is in one, and a hit
 * on a bin gives one of its events. */
static void
test_dense (void **state)
{
  GString *doc = g_string_new ("{\"format\": \"bilateral/1\", \"sources\": [{\"id\": \"s\"}], \"actors\": [{\"id\": \"A\", "
                               "\"kind\": \"group\"}, {\"id\": \"B\", \"kind\": \"group\"}], \"events\": [");
  GError *error = NULL;
  g_autoptr (BilateralArchive) archive = NULL;
  g_autoptr (BilateralRelation) relation = NULL;
  g_autoptr (BilateralTimeline) timeline = NULL;
  g_autoptr (GBytes) svg = NULL;
  g_autofree char *text = NULL;
  guint cells = 0;
  double x, y, w, h;

  for (int i = 0; i < 3000; i++)
    g_string_append_printf (doc,
                            "%s{\"id\": \"e%d\", \"date\": \"%d-%02d-%02d\", \"source\": \"A\", \"target\": \"B\", \"cameo\": "
                            "\"%s\", \"citations\": [{\"source\": \"s\"}]}",
                            i ? "," : "", i, 1990 + i % 20, 1 + i % 12, 1 + i % 28, i % 3 ? "036" : "190");
  g_string_append (doc, "]}");
  archive = bilateral_archive_new_from_data (doc->str, -1, &error);
  g_string_free (doc, TRUE);
  assert_no_error (error);
  relation = bilateral_archive_get_relation (archive, bilateral_archive_lookup_actor (archive, "A"),
                                             bilateral_archive_lookup_actor (archive, "B"));
  timeline = bilateral_timeline_new (archive);
  bilateral_timeline_add_relation (timeline, relation);
  assert_false (
    bilateral_timeline_get_item_bounds (timeline, G_OBJECT (bilateral_archive_lookup_event (archive, "e0")), &x, &y, &w, &h));
  svg = bilateral_timeline_to_bytes (timeline, BILATERAL_TIMELINE_FORMAT_SVG, &error);
  assert_no_error (error);
  text = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  for (const char *p = text; (p = strstr (p, "class=\"item cell\"")); p++)
    cells++;
  /* 20 years × 12 months × 2 weights at most, far fewer than the events. */
  assert_true (cells > 20 && cells < 1000);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_properties, setup, teardown),
    cmocka_unit_test_setup_teardown (test_draw_and_hit, setup, teardown),
    cmocka_unit_test_setup_teardown (test_live, setup, teardown),
    cmocka_unit_test_setup_teardown (test_outputs, setup, teardown),
    cmocka_unit_test (test_dense),
  };
  return cmocka_run_group_tests_name ("timeline", tests, NULL, NULL);
}
