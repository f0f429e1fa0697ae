/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "bilateral-private.h"

/**
 * BilateralDate:
 *
 * A date as historians write it: an EDTF (ISO 8601-2) level 0 or level 1
 * string.
 *
 * A date may be a day (`1950-03-18`), a day and time
 * (`1985-04-12T23:20:30`, `…Z`, `…+04:00`), a month (`1949-12`), a season
 * (`1950-21`, spring 1950), a year (`1948`, `-0333` for 334 BCE), a decade
 * (`198X`) or century (`19XX`), with an unspecified month or day
 * (`1985-XX`, `1985-04-XX`), qualified as uncertain (`1979?`), approximate
 * (`1949-12~`) or both (`1950%`), or an interval of two such dates
 * (`1950-05-03/1950-05-30`, `1987/1989`) whose ends may be open
 * (`../1950`, `1991/..`) or unknown (`/1950`, `1950/`).
 *
 * Years are numbered astronomically, as EDTF does: `0000` is 1 BCE, `-0001`
 * 2 BCE. They run from -9999 to 9999: EDTF's years of more than four digits
 * (`Y170000002`), which it gives no month or day, are refused with an
 * error, as is the winter of 9999, which would end in the year 10000.
 *
 * A date and time counts as a day: with an offset from UTC (`Z`,
 * `+04:00`), the day it falls on in UTC (`1985-04-12T23:20:30-04:00` is
 * 13 April), without one, its own day. bilateral_date_get_year() and the
 * others give the day as written; the text keeps the time.
 *
 * Every date covers a range of days, from its earliest to its latest: that
 * range orders dates and decides whether two overlap. Seasons follow the
 * northern-hemisphere months (spring is March to May, winter runs from
 * December into the next year). Open and unknown ends stretch the range
 * to %BILATERAL_DAY_OPEN_START or %BILATERAL_DAY_OPEN_END.
 *
 * Dates are immutable and reference counted; bilateral_date_to_string()
 * gives back the text the date was parsed from.
 */

typedef enum {
  POINT_DATE,
  POINT_OPEN,    /* ".." */
  POINT_UNKNOWN, /* empty side of an interval */
} PointKind;

typedef struct {
  PointKind kind;
  int year;      /* astronomical: 0 is 1 BCE; for 198X: 1980; for -198X: -1989 */
  int month;     /* 0 unknown, 1-12, 21-24 season */
  int day;       /* 0 unknown */
  int day_shift; /* a time with an offset: its UTC day minus its own */
  BilateralDatePrecision precision;
  BilateralDateQualifier qualifiers;
} Point;

/* The years whose every day EDTF can write: four digits, and a sign. */
#define MAX_YEAR 9999

struct _BilateralDate {
  char *text;
  gboolean is_interval;
  Point start;
  Point end; /* equals start for a single date */
  gint32 earliest;
  gint32 latest;
};

G_DEFINE_BOXED_TYPE (BilateralDate, bilateral_date, bilateral_date_ref, bilateral_date_unref)

static const char *const month_names[] = {
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
};

static gboolean
is_leap (int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int
_bilateral_days_in_month (int year, int month)
{
  static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  return month == 2 && is_leap (year) ? 29 : days[month - 1];
}

/**
 * bilateral_date_day_from_ymd:
 * @year: a proleptic Gregorian year, astronomically numbered (0 is 1 BCE)
 * @month: a month, 1 to 12
 * @day: a day of the month
 *
 * Gives the day number of a calendar day: the number of days since
 * 1970-01-01, negative before it. Day numbers make date arithmetic simple.
 * The arguments are not checked; see bilateral_date_new_ymd() for that.
 *
 * Returns: the day number
 */
gint32
bilateral_date_day_from_ymd (int year, int month, int day)
{
  /* Count from March so the leap day ends the year; 400-year eras repeat. */
  int y = month <= 2 ? year - 1 : year;
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int mp = (month + 9) % 12;
  int doy = (153 * mp + 2) / 5 + day - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/**
 * bilateral_date_ymd_from_day:
 * @day_number: days since 1970-01-01
 * @year: (out) (optional): the year
 * @month: (out) (optional): the month, 1 to 12
 * @day: (out) (optional): the day of the month
 *
 * Gives the calendar day of a day number; the inverse of
 * bilateral_date_day_from_ymd().
 */
void
bilateral_date_ymd_from_day (gint32 day_number, int *year, int *month, int *day)
{
  gint64 z = (gint64) day_number + 719468;
  gint64 era = (z >= 0 ? z : z - 146096) / 146097;
  gint64 doe = z - era * 146097;
  gint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  gint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  gint64 mp = (5 * doy + 2) / 153;
  int d = (int) (doy - (153 * mp + 2) / 5 + 1);
  int m = (int) (mp < 10 ? mp + 3 : mp - 9);
  int y = (int) (yoe + era * 400 + (m <= 2 ? 1 : 0));

  if (year)
    *year = y;
  if (month)
    *month = m;
  if (day)
    *day = d;
}

static void
point_range (const Point *p, gint32 *first, gint32 *last)
{
  int y = p->year;

  switch (p->precision)
    {
    case BILATERAL_DATE_PRECISION_DAY: *first = *last = bilateral_date_day_from_ymd (y, p->month, p->day) + p->day_shift; break;
    case BILATERAL_DATE_PRECISION_MONTH:
      *first = bilateral_date_day_from_ymd (y, p->month, 1);
      *last = bilateral_date_day_from_ymd (y, p->month, _bilateral_days_in_month (y, p->month));
      break;
    case BILATERAL_DATE_PRECISION_SEASON:
      {
        int first_month = 3 * (p->month - 21) + 3; /* 21 → March ... 24 → December */
        int last_month = first_month + 2;
        int last_year = y;
        if (last_month > 12)
          last_month -= 12, last_year++;
        *first = bilateral_date_day_from_ymd (y, first_month, 1);
        *last = bilateral_date_day_from_ymd (last_year, last_month, _bilateral_days_in_month (last_year, last_month));
      }
      break;
    case BILATERAL_DATE_PRECISION_YEAR:
      *first = bilateral_date_day_from_ymd (y, 1, 1);
      *last = bilateral_date_day_from_ymd (y, 12, 31);
      break;
    case BILATERAL_DATE_PRECISION_DECADE:
      *first = bilateral_date_day_from_ymd (y, 1, 1);
      *last = bilateral_date_day_from_ymd (y + 9, 12, 31);
      break;
    case BILATERAL_DATE_PRECISION_CENTURY:
      *first = bilateral_date_day_from_ymd (y, 1, 1);
      *last = bilateral_date_day_from_ymd (y + 99, 12, 31);
      break;
    case BILATERAL_DATE_PRECISION_INTERVAL:
    default: g_assert_not_reached ();
    }
}

static gboolean
is_digit (char c)
{
  return c >= '0' && c <= '9';
}

static int
two_digits (const char *s)
{
  return (s[0] - '0') * 10 + (s[1] - '0');
}

static gboolean fail (GError **error, int code, const char *text, const char *fmt, ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail (GError **error, int code, const char *text, const char *fmt, ...)
{
  va_list args;
  g_autofree char *what = NULL;

  g_autofree char *shown = _bilateral_printable (text, -1);
  g_autofree char *said = NULL;

  va_start (args, fmt);
  what = g_strdup_vprintf (fmt, args);
  va_end (args);
  /* The text may be anything a caller gave: quote it printable, as UTF-8. */
  said = _bilateral_printable (what, -1);
  g_set_error (error, BILATERAL_ERROR, code, "“%s”: %s", shown, said);
  return FALSE;
}

/* The time of a date and time: `THH:MM:SS`, then `Z`, `±HH:MM` or `±HH`
 * for its offset from UTC, or nothing for local time. A time with an
 * offset counts as the day it falls on in UTC. */
static gboolean
parse_time (const char *s, gsize len, const char *whole, Point *p, GError **error)
{
  int hour, minute, second, offset = 0;
  gsize rest;

  if (len < 9 || s[0] != 'T' || !is_digit (s[1]) || !is_digit (s[2]) || s[3] != ':' || !is_digit (s[4]) || !is_digit (s[5]) ||
      s[6] != ':' || !is_digit (s[7]) || !is_digit (s[8]))
    return fail (error, BILATERAL_ERROR_PARSE, whole, "expected a time “THH:MM:SS” after the day, found “%.*s”", (int) len, s);
  hour = two_digits (s + 1);
  minute = two_digits (s + 4);
  second = two_digits (s + 7);
  if (hour > 23 || minute > 59 || second > 60)
    return fail (error, BILATERAL_ERROR_DATE, whole, "%.8s is not a time of day", s + 1);
  rest = len - 9;
  s += 9;
  if (rest == 1 && s[0] == 'Z')
    offset = 0;
  else if ((rest == 3 || rest == 6) && (s[0] == '+' || s[0] == '-') && is_digit (s[1]) && is_digit (s[2]) &&
           (rest == 3 || (s[3] == ':' && is_digit (s[4]) && is_digit (s[5]))))
    {
      int hours = two_digits (s + 1), minutes = rest == 6 ? two_digits (s + 4) : 0;
      if (hours > 23 || minutes > 59)
        return fail (error, BILATERAL_ERROR_DATE, whole, "“%.*s” is not an offset from UTC", (int) rest, s);
      offset = (hours * 60 + minutes) * (s[0] == '-' ? -1 : 1);
    }
  else if (rest != 0)
    return fail (error, BILATERAL_ERROR_PARSE, whole, "expected “Z” or an offset such as “+04:00” after the time, found “%.*s”",
                 (int) rest, s);
  if (rest != 0)
    {
      int utc = hour * 60 + minute - offset; /* minutes from its own midnight, in UTC */
      p->day_shift = utc < 0 ? -1 : utc >= 24 * 60 ? 1 : 0;
    }
  return TRUE;
}

/* The year of a date: `1950`, `0000` (1 BCE), `-0999`, or with unspecified
 * last digits (`198X`, `19XX`, `-198X`). Sets *used to the bytes read. */
static gboolean
parse_year (const char *s, gsize len, const char *whole, Point *p, gsize *used, GError **error)
{
  gboolean negative = s[0] == '-';
  gsize i = negative, digits, x = 0;
  int year = 0;

  if (s[0] == 'Y')
    return fail (error, BILATERAL_ERROR_DATE, whole,
                 "years of more than four digits (EDTF's “Y”) are not supported: years run from -9999 to 9999");
  for (digits = 0; i < len && is_digit (s[i]) && digits < 4; i++, digits++)
    year = year * 10 + (s[i] - '0');
  if (digits >= 2 && digits < 4)
    for (; x + digits < 4 && i < len && s[i] == 'X'; i++)
      x++;
  if (digits < 2 || digits + x != 4 || (i < len && s[i] == 'X'))
    return fail (error, BILATERAL_ERROR_PARSE, whole, "the year “%.*s” must be four digits, with X only for the last one or two",
                 (int) MIN (len, (gsize) 5 + negative), s);
  if (negative && year == 0 && x == 0)
    return fail (error, BILATERAL_ERROR_PARSE, whole, "the year 0 has no sign: write “0000”");
  for (gsize k = 0; k < x; k++)
    year *= 10;
  if (x)
    {
      /* The years whose digits fit: -198X is -1989 … -1980. */
      int span = x == 1 ? 9 : 99;
      p->year = negative ? -year - span : year;
      p->precision = x == 1 ? BILATERAL_DATE_PRECISION_DECADE : BILATERAL_DATE_PRECISION_CENTURY;
      if (i != len)
        return fail (error, BILATERAL_ERROR_PARSE, whole, "nothing may follow the partly unspecified year “%.*s”", (int) i, s);
    }
  else
    {
      p->year = negative ? -year : year;
      p->precision = BILATERAL_DATE_PRECISION_YEAR;
    }
  *used = i;
  return TRUE;
}

/* Parses one date (no '/') of length len at s; whole is the full text, for messages. */
static gboolean
parse_point (const char *s, gsize len, const char *whole, Point *p, GError **error)
{
  const char *time;
  gsize used = 0;

  memset (p, 0, sizeof *p);
  p->kind = POINT_DATE;

  if (len > 0 && strchr ("?~%", s[len - 1]))
    {
      char q = s[--len];
      p->qualifiers = q == '?'   ? BILATERAL_DATE_QUALIFIER_UNCERTAIN
                      : q == '~' ? BILATERAL_DATE_QUALIFIER_APPROXIMATE
                                 : BILATERAL_DATE_QUALIFIER_UNCERTAIN | BILATERAL_DATE_QUALIFIER_APPROXIMATE;
      if (len > 0 && strchr ("?~%", s[len - 1]))
        return fail (error, BILATERAL_ERROR_PARSE, whole, "only one qualifier (?, ~ or %%) may end a date");
    }
  if ((time = memchr (s, 'T', len)))
    {
      if (p->qualifiers)
        return fail (error, BILATERAL_ERROR_PARSE, whole, "a date with a time cannot be qualified");
      if (!parse_time (time, len - (time - s), whole, p, error))
        return FALSE;
      len = time - s;
    }
  if (len == 0)
    return fail (error, BILATERAL_ERROR_PARSE, whole, "a date needs a year");
  if (!parse_year (s, len, whole, p, &used, error))
    return FALSE;
  if (time && p->precision != BILATERAL_DATE_PRECISION_YEAR)
    return fail (error, BILATERAL_ERROR_PARSE, whole, "a time follows only a whole day (YYYY-MM-DD)");
  if (used == len)
    {
      if (time)
        return fail (error, BILATERAL_ERROR_PARSE, whole, "a time follows only a whole day (YYYY-MM-DD)");
      return TRUE;
    }
  s += used - 4; /* the month starts at s[5], as after a four-digit year */
  len -= used - 4;

  /* Month, season or XX. */
  if (len < 7 || s[4] != '-')
    return fail (error, BILATERAL_ERROR_PARSE, whole, "expected “-MM” after the year, found “%.*s”", (int) (len - 4), s + 4);
  if (s[5] == 'X' && s[6] == 'X')
    {
      if (time)
        return fail (error, BILATERAL_ERROR_PARSE, whole, "a time follows only a whole day (YYYY-MM-DD)");
      if (len == 7)
        return TRUE;
      if (len == 10 && s[7] == '-' && s[8] == 'X' && s[9] == 'X')
        return TRUE;
      return fail (error, BILATERAL_ERROR_PARSE, whole, "only “-XX” may follow an unspecified month");
    }
  if (!is_digit (s[5]) || !is_digit (s[6]))
    return fail (error, BILATERAL_ERROR_PARSE, whole, "the month “%.2s” must be two digits", s + 5);
  p->month = two_digits (s + 5);
  if (p->month >= 21 && p->month <= 24)
    {
      p->precision = BILATERAL_DATE_PRECISION_SEASON;
      if (len > 7 || time)
        return fail (error, BILATERAL_ERROR_PARSE, whole, "a day cannot follow the season %02d", p->month);
      if (p->month == 24 && p->year == MAX_YEAR)
        return fail (error, BILATERAL_ERROR_DATE, whole, "the winter of %d runs into %d, past the last year supported", MAX_YEAR,
                     MAX_YEAR + 1);
      return TRUE;
    }
  if (p->month < 1 || p->month > 12)
    return fail (error, BILATERAL_ERROR_DATE, whole, "month %02d is not 01–12 (nor a season 21–24)", p->month);
  p->precision = BILATERAL_DATE_PRECISION_MONTH;
  if (len == 7)
    {
      if (time)
        return fail (error, BILATERAL_ERROR_PARSE, whole, "a time follows only a whole day (YYYY-MM-DD)");
      return TRUE;
    }

  /* Day or XX. */
  if (len != 10 || s[7] != '-')
    return fail (error, BILATERAL_ERROR_PARSE, whole, "expected “-DD” after the month, found “%.*s”", (int) (len - 7), s + 7);
  if (s[8] == 'X' && s[9] == 'X')
    {
      if (time)
        return fail (error, BILATERAL_ERROR_PARSE, whole, "a time follows only a whole day (YYYY-MM-DD)");
      return TRUE;
    }
  if (!is_digit (s[8]) || !is_digit (s[9]))
    return fail (error, BILATERAL_ERROR_PARSE, whole, "the day “%.2s” must be two digits", s + 8);
  p->day = two_digits (s + 8);
  if (p->day < 1 || p->day > _bilateral_days_in_month (p->year, p->month))
    return fail (error, BILATERAL_ERROR_DATE, whole, "day %02d is not in %s %d, which has %d days", p->day,
                 month_names[p->month - 1], p->year, _bilateral_days_in_month (p->year, p->month));
  p->precision = BILATERAL_DATE_PRECISION_DAY;
  return TRUE;
}

static gboolean
parse_side (const char *s, gsize len, const char *whole, Point *p, GError **error)
{
  if (len == 0)
    {
      memset (p, 0, sizeof *p);
      p->kind = POINT_UNKNOWN;
      return TRUE;
    }
  if (len == 2 && s[0] == '.' && s[1] == '.')
    {
      memset (p, 0, sizeof *p);
      p->kind = POINT_OPEN;
      return TRUE;
    }
  return parse_point (s, len, whole, p, error);
}

/* Fills the range and checks an interval's order; takes ownership of text. */
static BilateralDate *
date_finish (char *text, gboolean is_interval, const Point *start, const Point *end, GError **error)
{
  g_autofree char *owned = text;
  BilateralDate *self;
  gint32 start_first = BILATERAL_DAY_OPEN_START, start_last = BILATERAL_DAY_OPEN_START;
  gint32 end_first = BILATERAL_DAY_OPEN_END, end_last = BILATERAL_DAY_OPEN_END;

  if (start->kind == POINT_DATE)
    point_range (start, &start_first, &start_last);
  if (end->kind == POINT_DATE)
    point_range (end, &end_first, &end_last);

  if (is_interval && start->kind == POINT_DATE && end->kind == POINT_DATE && start_first > end_last)
    {
      fail (error, BILATERAL_ERROR_DATE, owned, "the interval starts after it ends");
      return NULL;
    }

  self = g_atomic_rc_box_new0 (BilateralDate);
  self->text = g_steal_pointer (&owned);
  self->is_interval = is_interval;
  self->start = *start;
  self->end = *end;
  self->earliest = start_first;
  self->latest = end_last;
  return self;
}

/**
 * bilateral_date_parse:
 * @text: an EDTF date, level 0 or 1
 * @error: return location for a #GError
 *
 * Parses @text. The error quotes the text and says which part is wrong:
 * %BILATERAL_ERROR_PARSE for text that is not EDTF, %BILATERAL_ERROR_DATE
 * for a day that does not exist or an interval that ends before it starts.
 *
 * Returns: (transfer full): the date, or %NULL with @error set
 */
BilateralDate *
bilateral_date_parse (const char *text, GError **error)
{
  const char *slash;
  Point start, end;
  gsize len;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  len = strlen (text);
  slash = strchr (text, '/');
  if (slash == NULL)
    {
      if (len == 0)
        return fail (error, BILATERAL_ERROR_PARSE, text, "a date cannot be empty"), NULL;
      if (strcmp (text, "..") == 0)
        return fail (error, BILATERAL_ERROR_PARSE, text, "“..” is only allowed as one end of an interval"), NULL;
      if (!parse_point (text, len, text, &start, error))
        return NULL;
      return date_finish (g_strdup (text), FALSE, &start, &start, error);
    }

  if (strchr (slash + 1, '/'))
    return fail (error, BILATERAL_ERROR_PARSE, text, "an interval has exactly one “/”"), NULL;
  if (!parse_side (text, slash - text, text, &start, error) ||
      !parse_side (slash + 1, len - (slash + 1 - text), text, &end, error))
    return NULL;
  if (start.kind != POINT_DATE && end.kind != POINT_DATE)
    return fail (error, BILATERAL_ERROR_PARSE, text, "at least one end of an interval must be a date"), NULL;
  return date_finish (g_strdup (text), TRUE, &start, &end, error);
}

/**
 * bilateral_date_new_ymd:
 * @year: the year, -9999 to 9999 (0 is 1 BCE)
 * @month: the month, 1 to 12, or 0 if only the year is known
 * @day: the day of the month, or 0 if only the month is known
 * @error: return location for a #GError
 *
 * Makes a date of day, month or year precision, checking that it exists.
 *
 * Returns: (transfer full): the date, or %NULL with @error set
 */
BilateralDate *
bilateral_date_new_ymd (int year, int month, int day, GError **error)
{
  g_autofree char *text = NULL;
  g_autofree char *year_text = NULL;

  if (year < -MAX_YEAR || year > MAX_YEAR)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_DATE, "year %d is beyond ±%d", year, MAX_YEAR);
      return NULL;
    }
  if (month == 0 && day != 0)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_DATE, "day %d given without a month", day);
      return NULL;
    }
  if (month < 0 || month > 12 || day < 0 || day > 99)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_DATE, "%04d-%d-%d is not a date", year, month, day);
      return NULL;
    }

  year_text = year < 0 ? g_strdup_printf ("-%04d", -year) : g_strdup_printf ("%04d", year);
  if (month == 0)
    text = g_strdup (year_text);
  else if (day == 0)
    text = g_strdup_printf ("%s-%02d", year_text, month);
  else
    text = g_strdup_printf ("%s-%02d-%02d", year_text, month, day);
  return bilateral_date_parse (text, error);
}

static GString *
append_side (GString *s, const BilateralDate *d, const Point *p)
{
  g_autofree char *side = NULL;

  if (p->kind == POINT_OPEN)
    return g_string_append (s, "..");
  if (p->kind == POINT_UNKNOWN)
    return s;
  /* The side's own text is what the interval was built from. */
  side = bilateral_date_to_string (d);
  return g_string_append (s, side);
}

/**
 * bilateral_date_new_interval:
 * @start: (nullable): the first date, or %NULL for an open start (`..`)
 * @end: (nullable): the last date, or %NULL for an open end (`..`)
 * @error: return location for a #GError
 *
 * Makes the interval from @start to @end. Neither may itself be an
 * interval, at least one must be given, and @start must not come after
 * @end.
 *
 * Returns: (transfer full): the interval, or %NULL with @error set
 */
BilateralDate *
bilateral_date_new_interval (BilateralDate *start, BilateralDate *end, GError **error)
{
  GString *text;
  Point open = { .kind = POINT_OPEN };

  g_return_val_if_fail (start != NULL || end != NULL, NULL);

  if ((start && start->is_interval) || (end && end->is_interval))
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_DATE, "an end of an interval cannot be an interval (“%s”)",
                   (start && start->is_interval ? start : end)->text);
      return NULL;
    }

  text = g_string_new (NULL);
  if (start)
    append_side (text, start, &start->start);
  else
    g_string_append (text, "..");
  g_string_append_c (text, '/');
  if (end)
    append_side (text, end, &end->start);
  else
    g_string_append (text, "..");

  return date_finish (g_string_free (text, FALSE), TRUE, start ? &start->start : &open, end ? &end->start : &open, error);
}

/**
 * bilateral_date_ref:
 * @self: a date
 *
 * Takes a reference.
 *
 * Returns: (transfer full): @self
 */
BilateralDate *
bilateral_date_ref (BilateralDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

static void
date_clear (BilateralDate *self)
{
  g_free (self->text);
}

/**
 * bilateral_date_unref:
 * @self: (transfer full): a date
 *
 * Drops a reference; the last one frees the date.
 */
void
bilateral_date_unref (BilateralDate *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, (GDestroyNotify) date_clear);
}

/**
 * bilateral_date_to_string:
 * @self: a date
 *
 * Formats the date as EDTF: the text it was parsed from.
 *
 * Returns: (transfer full): the EDTF text
 */
char *
bilateral_date_to_string (const BilateralDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_strdup (self->text);
}

/**
 * bilateral_date_get_precision:
 * @self: a date
 *
 * Gets how precisely the date is known.
 *
 * Returns: how precisely the date is known; %BILATERAL_DATE_PRECISION_INTERVAL
 *   for an interval
 */
BilateralDatePrecision
bilateral_date_get_precision (const BilateralDate *self)
{
  g_return_val_if_fail (self != NULL, BILATERAL_DATE_PRECISION_DAY);
  return self->is_interval ? BILATERAL_DATE_PRECISION_INTERVAL : self->start.precision;
}

/**
 * bilateral_date_get_qualifiers:
 * @self: a date
 *
 * Gets the EDTF qualifiers of the date.
 *
 * Returns: the qualifiers of a single date, or those of either end of an
 *   interval
 */
BilateralDateQualifier
bilateral_date_get_qualifiers (const BilateralDate *self)
{
  g_return_val_if_fail (self != NULL, BILATERAL_DATE_QUALIFIER_NONE);
  return self->start.qualifiers | self->end.qualifiers;
}

/**
 * bilateral_date_get_year:
 * @self: a date
 *
 * The year of a single date, or of the start of an interval. A decade or
 * century gives its first year (1980 for `198X`).
 *
 * Returns: the year, or 0 if the start of an interval is open or unknown
 */
int
bilateral_date_get_year (const BilateralDate *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->start.year;
}

/**
 * bilateral_date_get_month:
 * @self: a date
 *
 * The month of a single date, or of the start of an interval. A season
 * gives its EDTF code: 21 spring, 22 summer, 23 autumn, 24 winter.
 *
 * Returns: the month, or 0 if it is not known
 */
int
bilateral_date_get_month (const BilateralDate *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->start.month;
}

/**
 * bilateral_date_get_day:
 * @self: a date
 *
 * The day of the month of a single date, or of the start of an interval.
 *
 * Returns: the day, or 0 if it is not known
 */
int
bilateral_date_get_day (const BilateralDate *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->start.day;
}

/**
 * bilateral_date_is_interval:
 * @self: a date
 *
 * Checks whether the date is an interval (`1987/1989`).
 *
 * Returns: whether the date is an interval (`1987/1989`)
 */
gboolean
bilateral_date_is_interval (const BilateralDate *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->is_interval;
}

static BilateralDate *
side_date (const BilateralDate *self, const Point *p)
{
  g_autofree char *text = NULL;
  g_auto (GStrv) sides = NULL;

  if (!self->is_interval)
    return bilateral_date_ref ((BilateralDate *) self);
  if (p->kind != POINT_DATE)
    return NULL;
  sides = g_strsplit (self->text, "/", 2);
  text = g_strdup (p == &self->start ? sides[0] : sides[1]);
  return date_finish (g_steal_pointer (&text), FALSE, p, p, NULL);
}

/**
 * bilateral_date_get_start:
 * @self: a date
 *
 * The first end of an interval, or the date itself.
 *
 * Returns: (transfer full) (nullable): the start, or %NULL if it is open or
 *   unknown
 */
BilateralDate *
bilateral_date_get_start (const BilateralDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return side_date (self, &self->start);
}

/**
 * bilateral_date_get_end:
 * @self: a date
 *
 * The last end of an interval, or the date itself.
 *
 * Returns: (transfer full) (nullable): the end, or %NULL if it is open or
 *   unknown
 */
BilateralDate *
bilateral_date_get_end (const BilateralDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return side_date (self, &self->end);
}

/**
 * bilateral_date_get_earliest_day:
 * @self: a date
 *
 * Gets the first day the date may mean, as a day number.
 *
 * Returns: the day number (see bilateral_date_day_from_ymd()) of the first
 *   day the date may mean, or %BILATERAL_DAY_OPEN_START
 */
gint32
bilateral_date_get_earliest_day (const BilateralDate *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->earliest;
}

/**
 * bilateral_date_get_latest_day:
 * @self: a date
 *
 * Gets the last day the date may mean, as a day number.
 *
 * Returns: the day number of the last day the date may mean, or
 *   %BILATERAL_DAY_OPEN_END
 */
gint32
bilateral_date_get_latest_day (const BilateralDate *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->latest;
}

static BilateralDate *
day_date (gint32 day_number)
{
  int y, m, d;

  if (day_number == BILATERAL_DAY_OPEN_START || day_number == BILATERAL_DAY_OPEN_END)
    return NULL;
  bilateral_date_ymd_from_day (day_number, &y, &m, &d);
  return bilateral_date_new_ymd (y, m, d, NULL);
}

/**
 * bilateral_date_get_earliest:
 * @self: a date
 *
 * The first day the date may mean: 1980-01-01 for `198X`.
 *
 * Returns: (transfer full) (nullable): a date of day precision, or %NULL
 *   if the start is open or unknown
 */
BilateralDate *
bilateral_date_get_earliest (const BilateralDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return day_date (self->earliest);
}

/**
 * bilateral_date_get_latest:
 * @self: a date
 *
 * The last day the date may mean: 1949-12-31 for `1949-12~`.
 *
 * Returns: (transfer full) (nullable): a date of day precision, or %NULL
 *   if the end is open or unknown
 */
BilateralDate *
bilateral_date_get_latest (const BilateralDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return day_date (self->latest);
}

/**
 * bilateral_date_compare:
 * @a: a date
 * @b: another date
 *
 * Orders dates by their earliest day, then by their latest day: of
 * `1950`, `1950-01` and `1950-01-01`, which start together, the shortest
 * comes first. Dates covering the same days compare equal even if their
 * text differs (`1949-12` and `1949-12~`).
 *
 * Returns: negative if @a comes first, positive if @b does, 0 if they
 *   cover the same days
 */
int
bilateral_date_compare (const BilateralDate *a, const BilateralDate *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, 0);
  if (a->earliest != b->earliest)
    return a->earliest < b->earliest ? -1 : 1;
  if (a->latest != b->latest)
    return a->latest < b->latest ? -1 : 1;
  return 0;
}

/**
 * bilateral_date_equal:
 * @a: a date
 * @b: another date
 *
 * Checks whether two dates are written the same.
 *
 * Returns: whether the two dates are the same EDTF text: `1949-12` and
 *   `1949-12~` are not equal
 */
gboolean
bilateral_date_equal (const BilateralDate *a, const BilateralDate *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);
  return strcmp (a->text, b->text) == 0;
}

/**
 * bilateral_date_overlaps:
 * @self: a date
 * @other: another date
 *
 * Checks whether some day may be meant by both dates.
 *
 * Returns: whether some day may be meant by both dates
 */
gboolean
bilateral_date_overlaps (const BilateralDate *self, const BilateralDate *other)
{
  g_return_val_if_fail (self != NULL && other != NULL, FALSE);
  return self->earliest <= other->latest && other->earliest <= self->latest;
}

/**
 * bilateral_date_contains:
 * @self: a date
 * @other: another date
 *
 * Checks whether every day @other may mean is one @self may mean.
 *
 * Returns: whether every day @other may mean is one @self may mean
 */
gboolean
bilateral_date_contains (const BilateralDate *self, const BilateralDate *other)
{
  g_return_val_if_fail (self != NULL && other != NULL, FALSE);
  return self->earliest <= other->earliest && other->latest <= self->latest;
}

/**
 * bilateral_date_new_from_date_time:
 * @date_time: a #GDateTime, such as GJS gives for a JavaScript `Date`
 *
 * Makes the date and time of @date_time, to the second, with its offset
 * from UTC: `1985-04-12T23:20:30+04:00`. It counts as the day it falls on
 * in UTC, as every date and time does.
 *
 * Returns: (transfer full): the date, or %NULL if its year is beyond 9999
 */
BilateralDate *
bilateral_date_new_from_date_time (GDateTime *date_time)
{
  g_autofree char *text = NULL;
  gint64 offset;
  int minutes;

  g_return_val_if_fail (date_time != NULL, NULL);
  offset = g_date_time_get_utc_offset (date_time) / G_TIME_SPAN_MINUTE;
  minutes = (int) ABS (offset);
  text = g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", g_date_time_get_year (date_time),
                          g_date_time_get_month (date_time), g_date_time_get_day_of_month (date_time),
                          g_date_time_get_hour (date_time), g_date_time_get_minute (date_time),
                          g_date_time_get_second (date_time), offset < 0 ? '-' : '+', minutes / 60, minutes % 60);
  return bilateral_date_parse (text, NULL);
}
