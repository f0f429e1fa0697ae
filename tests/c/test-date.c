/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "test-util.h"

static BilateralDate *
parse_ok (const char *text)
{
  GError *error = NULL;
  BilateralDate *date = bilateral_date_parse (text, &error);

  assert_no_error (error);
  assert_non_null (date);
  return date;
}

static void
assert_range (const char *text, int y1, int m1, int d1, int y2, int m2, int d2)
{
  g_autoptr (BilateralDate) date = parse_ok (text);
  g_autofree char *back = bilateral_date_to_string (date);

  assert_string_equal (back, text);
  assert_int_equal (bilateral_date_get_earliest_day (date), bilateral_date_day_from_ymd (y1, m1, d1));
  assert_int_equal (bilateral_date_get_latest_day (date), bilateral_date_day_from_ymd (y2, m2, d2));
}

static void
test_ranges (void **state)
{
  assert_range ("1950-03-18", 1950, 3, 18, 1950, 3, 18);
  assert_range ("1949-12", 1949, 12, 1, 1949, 12, 31);
  assert_range ("1948", 1948, 1, 1, 1948, 12, 31);
  assert_range ("1949-12~", 1949, 12, 1, 1949, 12, 31);
  assert_range ("1979?", 1979, 1, 1, 1979, 12, 31);
  assert_range ("1950%", 1950, 1, 1, 1950, 12, 31);
  assert_range ("198X", 1980, 1, 1, 1989, 12, 31);
  assert_range ("19XX", 1900, 1, 1, 1999, 12, 31);
  assert_range ("1985-XX", 1985, 1, 1, 1985, 12, 31);
  assert_range ("1985-04-XX", 1985, 4, 1, 1985, 4, 30);
  assert_range ("1950-05-03/1950-05-30", 1950, 5, 3, 1950, 5, 30);
  assert_range ("1987/1989", 1987, 1, 1, 1989, 12, 31);
  assert_range ("1950-21", 1950, 3, 1, 1950, 5, 31);
  assert_range ("1950-24", 1950, 12, 1, 1951, 2, 28);
  assert_range ("1952-24", 1952, 12, 1, 1953, 2, 28);
  assert_range ("2000-02", 2000, 2, 1, 2000, 2, 29);
  assert_range ("1900-02", 1900, 2, 1, 1900, 2, 28);
  assert_range ("1950~/1951-06", 1950, 1, 1, 1951, 6, 30);
}

static void
test_open_and_unknown_ends (void **state)
{
  g_autoptr (BilateralDate) open_start = parse_ok ("../1950");
  g_autoptr (BilateralDate) open_end = parse_ok ("1991/..");
  g_autoptr (BilateralDate) unknown_start = parse_ok ("/1950");
  g_autoptr (BilateralDate) unknown_end = parse_ok ("1950-05/");
  g_autoptr (BilateralDate) start = NULL;
  g_autoptr (BilateralDate) end = NULL;
  g_autofree char *text = NULL;

  assert_int_equal (bilateral_date_get_earliest_day (open_start), BILATERAL_DAY_OPEN_START);
  assert_int_equal (bilateral_date_get_latest_day (open_start), bilateral_date_day_from_ymd (1950, 12, 31));
  assert_int_equal (bilateral_date_get_latest_day (open_end), BILATERAL_DAY_OPEN_END);
  assert_int_equal (bilateral_date_get_earliest_day (open_end), bilateral_date_day_from_ymd (1991, 1, 1));
  assert_int_equal (bilateral_date_get_earliest_day (unknown_start), BILATERAL_DAY_OPEN_START);
  assert_int_equal (bilateral_date_get_latest_day (unknown_end), BILATERAL_DAY_OPEN_END);
  assert_true (bilateral_date_is_interval (open_end));
  assert_int_equal (bilateral_date_get_precision (open_end), BILATERAL_DATE_PRECISION_INTERVAL);
  assert_null (bilateral_date_get_start (open_start));
  assert_null (bilateral_date_get_earliest (open_start));
  assert_null (bilateral_date_get_latest (open_end));
  assert_null (bilateral_date_get_end (unknown_end));
  assert_int_equal (bilateral_date_get_year (open_start), 0);

  end = bilateral_date_get_end (open_start);
  text = bilateral_date_to_string (end);
  assert_string_equal (text, "1950");
  assert_false (bilateral_date_is_interval (end));
  start = bilateral_date_get_start (unknown_end);
  assert_int_equal (bilateral_date_get_precision (start), BILATERAL_DATE_PRECISION_MONTH);
  assert_int_equal (bilateral_date_get_month (start), 5);
  g_autofree char *back = bilateral_date_to_string (unknown_start);
  assert_string_equal (back, "/1950");
}

static void
test_fields (void **state)
{
  g_autoptr (BilateralDate) day = parse_ok ("1950-03-18");
  g_autoptr (BilateralDate) month = parse_ok ("1949-12~");
  g_autoptr (BilateralDate) decade = parse_ok ("198X");
  g_autoptr (BilateralDate) season = parse_ok ("1950-23?");
  g_autoptr (BilateralDate) interval = parse_ok ("1950-05-03/1950-05-30");
  g_autoptr (BilateralDate) same = NULL;

  assert_int_equal (bilateral_date_get_year (day), 1950);
  assert_int_equal (bilateral_date_get_month (day), 3);
  assert_int_equal (bilateral_date_get_day (day), 18);
  assert_int_equal (bilateral_date_get_precision (day), BILATERAL_DATE_PRECISION_DAY);
  assert_int_equal (bilateral_date_get_qualifiers (day), BILATERAL_DATE_QUALIFIER_NONE);

  assert_int_equal (bilateral_date_get_day (month), 0);
  assert_int_equal (bilateral_date_get_precision (month), BILATERAL_DATE_PRECISION_MONTH);
  assert_int_equal (bilateral_date_get_qualifiers (month), BILATERAL_DATE_QUALIFIER_APPROXIMATE);

  assert_int_equal (bilateral_date_get_year (decade), 1980);
  assert_int_equal (bilateral_date_get_month (decade), 0);
  assert_int_equal (bilateral_date_get_precision (decade), BILATERAL_DATE_PRECISION_DECADE);

  assert_int_equal (bilateral_date_get_month (season), 23);
  assert_int_equal (bilateral_date_get_precision (season), BILATERAL_DATE_PRECISION_SEASON);
  assert_int_equal (bilateral_date_get_qualifiers (season), BILATERAL_DATE_QUALIFIER_UNCERTAIN);

  assert_int_equal (bilateral_date_get_day (interval), 3);
  assert_int_equal (bilateral_date_get_precision (interval), BILATERAL_DATE_PRECISION_INTERVAL);

  /* A single date is its own start and end. */
  same = bilateral_date_get_start (day);
  assert_ptr_equal (same, day);
}

static void
assert_parse_error (const char *text, int code, const char *fragment)
{
  GError *error = NULL;
  g_autofree char *quoted = g_strdup_printf ("“%s”", text);

  assert_null (bilateral_date_parse (text, &error));
  assert_error (error, code, quoted, fragment);
}

static void
test_errors (void **state)
{
  assert_parse_error ("", BILATERAL_ERROR_PARSE, "empty");
  assert_parse_error ("..", BILATERAL_ERROR_PARSE, "one end of an interval");
  assert_parse_error ("../..", BILATERAL_ERROR_PARSE, "at least one end");
  assert_parse_error ("195", BILATERAL_ERROR_PARSE, "four digits");
  assert_parse_error ("19500", BILATERAL_ERROR_PARSE, "expected “-MM”");
  assert_parse_error ("1950-3", BILATERAL_ERROR_PARSE, "expected “-MM”");
  assert_parse_error ("1950-13", BILATERAL_ERROR_DATE, "month 13");
  assert_parse_error ("1950-00", BILATERAL_ERROR_DATE, "month 00");
  assert_parse_error ("1950-02-30", BILATERAL_ERROR_DATE, "day 30 is not in February 1950");
  assert_parse_error ("1900-02-29", BILATERAL_ERROR_DATE, "February 1900, which has 28 days");
  assert_parse_error ("1950-04-31", BILATERAL_ERROR_DATE, "April 1950");
  assert_parse_error ("1950-03-18T10:00", BILATERAL_ERROR_PARSE, "THH:MM:SS");
  assert_parse_error ("1950-ab", BILATERAL_ERROR_PARSE, "the month “ab”");
  assert_parse_error ("1950-03-x1", BILATERAL_ERROR_PARSE, "the day “x1”");
  assert_parse_error ("1X50", BILATERAL_ERROR_PARSE, "four digits");
  assert_parse_error ("19X5", BILATERAL_ERROR_PARSE, "X only for the last");
  assert_parse_error ("198X-05", BILATERAL_ERROR_PARSE, "partly unspecified");
  assert_parse_error ("1985-XX-12", BILATERAL_ERROR_PARSE, "unspecified month");
  assert_parse_error ("1950-21-01", BILATERAL_ERROR_PARSE, "season");
  assert_parse_error ("1950?~", BILATERAL_ERROR_PARSE, "one qualifier");
  assert_parse_error ("Y170000002", BILATERAL_ERROR_DATE, "-9999 to 9999");
  assert_parse_error ("1951/1950", BILATERAL_ERROR_DATE, "starts after it ends");
  assert_parse_error ("1950/1951/1952", BILATERAL_ERROR_PARSE, "exactly one");
  assert_parse_error ("1950/1950-02-30", BILATERAL_ERROR_DATE, "day 30");
}

static void
test_compare_and_overlap (void **state)
{
  g_autoptr (BilateralDate) year = parse_ok ("1950");
  g_autoptr (BilateralDate) month = parse_ok ("1950-01");
  g_autoptr (BilateralDate) day = parse_ok ("1950-01-01");
  g_autoptr (BilateralDate) approx = parse_ok ("1950-01~");
  g_autoptr (BilateralDate) later = parse_ok ("1950-03-18");
  g_autoptr (BilateralDate) span = parse_ok ("1949-12/1950-02");
  g_autoptr (BilateralDate) far = parse_ok ("1987/..");

  assert_true (bilateral_date_compare (day, month) < 0);
  assert_true (bilateral_date_compare (month, year) < 0);
  assert_true (bilateral_date_compare (year, later) < 0);
  assert_true (bilateral_date_compare (later, year) > 0);
  assert_int_equal (bilateral_date_compare (month, approx), 0);
  assert_false (bilateral_date_equal (month, approx));
  assert_true (bilateral_date_equal (month, month));

  assert_true (bilateral_date_overlaps (span, day));
  assert_true (bilateral_date_overlaps (year, span));
  assert_false (bilateral_date_overlaps (span, later));
  assert_false (bilateral_date_overlaps (far, year));
  assert_true (bilateral_date_contains (year, later));
  assert_false (bilateral_date_contains (later, year));
  assert_false (bilateral_date_contains (year, span));
}

static void
test_constructors (void **state)
{
  GError *error = NULL;
  g_autoptr (BilateralDate) day = bilateral_date_new_ymd (1950, 3, 18, &error);
  g_autoptr (BilateralDate) month = bilateral_date_new_ymd (1949, 12, 0, &error);
  g_autoptr (BilateralDate) year = bilateral_date_new_ymd (47, 0, 0, &error);
  g_autoptr (BilateralDate) interval = NULL;
  g_autoptr (BilateralDate) open = NULL;
  g_autoptr (BilateralDate) earliest = NULL;
  g_autoptr (BilateralDate) latest = NULL;
  g_autofree char *t1 = NULL, *t2 = NULL, *t3 = NULL, *t4 = NULL, *t5 = NULL, *t6 = NULL;

  assert_no_error (error);
  t1 = bilateral_date_to_string (day);
  t2 = bilateral_date_to_string (month);
  t3 = bilateral_date_to_string (year);
  assert_string_equal (t1, "1950-03-18");
  assert_string_equal (t2, "1949-12");
  assert_string_equal (t3, "0047");

  interval = bilateral_date_new_interval (month, day, &error);
  assert_no_error (error);
  t4 = bilateral_date_to_string (interval);
  assert_string_equal (t4, "1949-12/1950-03-18");
  open = bilateral_date_new_interval (day, NULL, &error);
  t5 = bilateral_date_to_string (open);
  assert_string_equal (t5, "1950-03-18/..");

  earliest = bilateral_date_get_earliest (month);
  latest = bilateral_date_get_latest (month);
  t6 = bilateral_date_to_string (latest);
  assert_string_equal (t6, "1949-12-31");
  assert_int_equal (bilateral_date_get_day (earliest), 1);

  assert_null (bilateral_date_new_ymd (1950, 2, 30, &error));
  assert_error (error, BILATERAL_ERROR_DATE, "day 30");
  assert_null (bilateral_date_new_ymd (10000, 1, 1, &error));
  assert_error (error, BILATERAL_ERROR_DATE, "year 10000");
  assert_null (bilateral_date_new_ymd (1950, 0, 5, &error));
  assert_error (error, BILATERAL_ERROR_DATE, "without a month");
  assert_null (bilateral_date_new_ymd (1950, 13, 1, &error));
  assert_error (error, BILATERAL_ERROR_DATE, "not a date");
  assert_null (bilateral_date_new_interval (day, month, &error));
  assert_error (error, BILATERAL_ERROR_DATE, "starts after it ends");
  assert_null (bilateral_date_new_interval (interval, NULL, &error));
  assert_error (error, BILATERAL_ERROR_DATE, "cannot be an interval");
}

static void
test_day_numbers (void **state)
{
  assert_int_equal (bilateral_date_day_from_ymd (1970, 1, 1), 0);
  assert_int_equal (bilateral_date_day_from_ymd (1969, 12, 31), -1);
  assert_int_equal (bilateral_date_day_from_ymd (2000, 3, 1), 11017);
  for (gint32 n = bilateral_date_day_from_ymd (0, 1, 1); n <= bilateral_date_day_from_ymd (9999, 12, 31); n += 17)
    {
      int y, m, d;
      bilateral_date_ymd_from_day (n, &y, &m, &d);
      assert_int_equal (bilateral_date_day_from_ymd (y, m, d), n);
    }
}

static void
test_boxed (void **state)
{
  g_autoptr (BilateralDate) date = parse_ok ("1949-12~");
  BilateralDate *copy = g_boxed_copy (BILATERAL_TYPE_DATE, date);

  assert_true (bilateral_date_equal (copy, date));
  g_boxed_free (BILATERAL_TYPE_DATE, copy);
  assert_true (G_TYPE_IS_BOXED (BILATERAL_TYPE_DATE));
  assert_true (G_TYPE_IS_FLAGS (BILATERAL_TYPE_DATE_QUALIFIER));
  assert_true (G_TYPE_IS_ENUM (BILATERAL_TYPE_DATE_PRECISION));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_ranges),
    cmocka_unit_test (test_open_and_unknown_ends),
    cmocka_unit_test (test_fields),
    cmocka_unit_test (test_errors),
    cmocka_unit_test (test_compare_and_overlap),
    cmocka_unit_test (test_constructors),
    cmocka_unit_test (test_day_numbers),
    cmocka_unit_test (test_boxed),
  };
  return cmocka_run_group_tests_name ("date", tests, NULL, NULL);
}
