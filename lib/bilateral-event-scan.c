/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <string.h>
#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define HAVE_X86 1
#endif

#include "bilateral-event-scan.h"

/* Groups ----------------------------------------------------------------- */

#define INITIAL_CAPACITY 1024

void
_bilateral_cell_table_init (BilateralCellTable *table)
{
  table->capacity = INITIAL_CAPACITY;
  table->n = 0;
  table->slots = g_new0 (BilateralCell, table->capacity);
}

void
_bilateral_cell_table_clear (BilateralCellTable *table)
{
  g_clear_pointer (&table->slots, g_free);
  table->capacity = table->n = 0;
}

static inline gsize
hash_key (guint64 key)
{
  /* A multiplicative hash: the high bits of key × an odd constant. */
  return (gsize) ((key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 20);
}

static void
grow (BilateralCellTable *table)
{
  BilateralCell *old = table->slots;
  gsize old_capacity = table->capacity;

  table->capacity *= 2;
  table->slots = g_new0 (BilateralCell, table->capacity);
  for (gsize i = 0; i < old_capacity; i++)
    if (old[i].key)
      {
        gsize mask = table->capacity - 1, j = hash_key (old[i].key) & mask;
        while (table->slots[j].key)
          j = (j + 1) & mask;
        table->slots[j] = old[i];
      }
  g_free (old);
}

const BilateralCell *
_bilateral_cell_table_find (const BilateralCellTable *table, guint64 key)
{
  gsize mask = table->capacity - 1;

  if (table->capacity == 0)
    return NULL;
  for (gsize j = hash_key (key) & mask; table->slots[j].key; j = (j + 1) & mask)
    if (table->slots[j].key == key)
      return &table->slots[j];
  return NULL;
}

BilateralCell *
_bilateral_cell_table_get (BilateralCellTable *table, guint64 key)
{
  gsize mask = table->capacity - 1, j = hash_key (key) & mask;

  while (table->slots[j].key)
    {
      if (table->slots[j].key == key)
        return &table->slots[j];
      j = (j + 1) & mask;
    }
  if ((table->n + 1) * 10 > table->capacity * 7)
    {
      grow (table);
      return _bilateral_cell_table_get (table, key);
    }
  table->n++;
  table->slots[j].key = key;
  return &table->slots[j];
}

static gboolean
cell_add (BilateralCell *into, const BilateralCell *from, gboolean apply)
{
  BilateralCell sum = *into;

  for (int q = 0; q < 4; q++)
    if (__builtin_add_overflow (sum.quad[q], from->quad[q], &sum.quad[q]))
      return FALSE;
  if (__builtin_add_overflow (sum.goldstein, from->goldstein, &sum.goldstein) ||
      __builtin_add_overflow (sum.tone, from->tone, &sum.tone))
    return FALSE;
  if (apply)
    *into = sum;
  return TRUE;
}

gboolean
_bilateral_cell_add (BilateralCell *into, const BilateralCell *from)
{
  return cell_add (into, from, TRUE);
}

gboolean
_bilateral_cell_table_merge (BilateralCellTable *into, const BilateralCellTable *from)
{
  if (from->n == 0)
    return TRUE;
  if (into->n == 0)
    {
      g_free (into->slots);
      into->slots = g_memdup2 (from->slots, from->capacity * sizeof (BilateralCell));
      into->capacity = from->capacity;
      into->n = from->n;
      return TRUE;
    }
  /* Check every sum first, so that a merge that fails changes nothing. */
  for (gsize i = 0; i < from->capacity; i++)
    {
      const BilateralCell *t;
      if (from->slots[i].key && (t = _bilateral_cell_table_find (into, from->slots[i].key)) &&
          !cell_add ((BilateralCell *) t, &from->slots[i], FALSE))
        return FALSE;
    }
  for (gsize i = 0; i < from->capacity; i++)
    if (from->slots[i].key)
      cell_add (_bilateral_cell_table_get (into, from->slots[i].key), &from->slots[i], TRUE);
  return TRUE;
}

gboolean
_bilateral_cell_table_absorb (BilateralCellTable *into, BilateralCellTable *from)
{
  gboolean ok = TRUE;

  if (into->n == 0)
    {
      BilateralCellTable swap = *into;
      *into = *from;
      *from = swap;
    }
  else
    ok = _bilateral_cell_table_merge (into, from);
  _bilateral_cell_table_clear (from);
  return ok;
}

void
_bilateral_cell_table_reset (BilateralCellTable *table)
{
  if (table->slots == NULL)
    _bilateral_cell_table_init (table);
  else if (table->n)
    memset (table->slots, 0, table->capacity * sizeof (BilateralCell));
  table->n = 0;
}

/* Codes and keys ---------------------------------------------------------- */

guint32
_bilateral_pack_code (const char *code, gsize len)
{
  guint32 packed = 0;

  if (len == 0 || len > 3)
    return 0;
  for (gsize i = 0; i < 3; i++)
    {
      unsigned char c = i < len ? (unsigned char) code[i] : 0;
      if (i < len && !((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
        return 0;
      packed = packed << 8 | c;
    }
  return packed;
}

void
_bilateral_unpack_code (guint32 packed, char out[4])
{
  out[0] = (char) (packed >> 16);
  out[1] = (char) (packed >> 8 & 0xff);
  out[2] = (char) (packed & 0xff);
  out[3] = '\0';
}

guint64
_bilateral_cell_key (guint32 a, guint32 b, guint32 period)
{
  return (guint64) a << 40 | (guint64) b << 16 | period;
}

void
_bilateral_cell_key_parts (guint64 key, guint32 *a, guint32 *b, guint32 *period)
{
  *a = (guint32) (key >> 40);
  *b = (guint32) (key >> 16 & 0xffffff);
  *period = (guint32) (key & 0xffff);
}

/* Periods fit 16 bits: days from 1900-01-01 (to 2079), months from 1800-01
 * (to 7260), years as they are. */
#define DAY_ORIGIN (-25567) /* bilateral_date_day_from_ymd (1900, 1, 1) */

gboolean
_bilateral_period_of (BilateralPanelBin bin, int y, int m, int d, guint32 *period)
{
  gint64 p;

  switch (bin)
    {
    case BILATERAL_PANEL_BIN_DAY: p = (gint64) bilateral_date_day_from_ymd (y, m, d) - DAY_ORIGIN; break;
    case BILATERAL_PANEL_BIN_MONTH: p = (gint64) (y - 1800) * 12 + (m - 1); break;
    case BILATERAL_PANEL_BIN_YEAR:
    default: p = y; break;
    }
  if (p < 0 || p > 0xffff)
    return FALSE;
  *period = (guint32) p;
  return TRUE;
}

void
_bilateral_period_ymd (BilateralPanelBin bin, guint32 period, int *y, int *m, int *d)
{
  switch (bin)
    {
    case BILATERAL_PANEL_BIN_DAY: bilateral_date_ymd_from_day ((gint32) period + DAY_ORIGIN, y, m, d); break;
    case BILATERAL_PANEL_BIN_MONTH:
      *y = 1800 + (int) period / 12;
      *m = (int) period % 12 + 1;
      *d = 0;
      break;
    case BILATERAL_PANEL_BIN_YEAR:
    default:
      *y = (int) period;
      *m = *d = 0;
      break;
    }
}

/* Numbers ------------------------------------------------------------------ */

typedef enum { NUM_OK, NUM_MISSING, NUM_BAD, NUM_RANGE } NumResult;

static inline gboolean
is_missing (const char *s, gsize n)
{
  return n == 0 || (n == 2 && s[0] == 'N' && s[1] == 'A');
}

/* Whole digits only. */
static inline NumResult
parse_uint (const char *s, gsize n, guint32 *out)
{
  guint32 v = 0;

  if (is_missing (s, n))
    return NUM_MISSING;
  if (n > 9)
    return NUM_BAD;
  for (gsize i = 0; i < n; i++)
    {
      unsigned d = (unsigned char) s[i] - '0';
      if (d > 9)
        return NUM_BAD;
      v = v * 10 + d;
    }
  *out = v;
  return NUM_OK;
}

/* A small integer as R or GDELT may print it: "3" or "3.0". */
static inline NumResult
parse_small_int (const char *s, gsize n, guint32 *out)
{
  while (n > 2 && s[n - 1] == '0' && memchr (s, '.', n))
    n--;
  if (n >= 2 && s[n - 1] == '.')
    n--;
  return parse_uint (s, n, out);
}

static const double powers_of_ten[] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* A decimal number: [-+]digits[.digits], or anything g_ascii_strtod reads. */
static NumResult
parse_double (const char *s, gsize n, double *out)
{
  guint64 mantissa = 0;
  int digits = 0, fraction = 0;
  gboolean negative = FALSE, seen_dot = FALSE, any_digit = FALSE;
  gsize i = 0;

  if (is_missing (s, n))
    return NUM_MISSING;
  if (s[0] == '-' || s[0] == '+')
    negative = s[i++] == '-';
  for (; i < n; i++)
    {
      unsigned d = (unsigned char) s[i] - '0';
      if (d <= 9)
        {
          any_digit = TRUE;
          if (digits < 19)
            {
              mantissa = mantissa * 10 + d;
              digits += mantissa != 0;
              fraction += seen_dot;
            }
          else if (!seen_dot)
            goto slow; /* too many digits before the point */
        }
      else if (s[i] == '.' && !seen_dot)
        seen_dot = TRUE;
      else
        goto slow;
    }
  if (!any_digit)
    return NUM_BAD;
  if (fraction >= (int) G_N_ELEMENTS (powers_of_ten))
    goto slow;
  *out = (double) mantissa / powers_of_ten[fraction];
  if (negative)
    *out = -*out;
  return NUM_OK;

slow:
  {
    char buffer[64];
    char *end = NULL;

    if (n >= sizeof buffer)
      return NUM_BAD;
    memcpy (buffer, s, n);
    buffer[n] = '\0';
    *out = g_ascii_strtod (buffer, &end);
    return end == buffer + n && isfinite (*out) ? NUM_OK : NUM_BAD;
  }
}

/* A number within ±@limit in units of 1/@unit: a Goldstein value in
 * hundredths ("-4.4", "10.0", "2.85"), a tone in billionths. */
static NumResult
parse_fixed (const char *s, gsize n, double limit, double unit, gint64 *out)
{
  double value;
  NumResult r = parse_double (s, n, &value);

  if (r != NUM_OK)
    return r;
  if (!(value >= -limit && value <= limit))
    return NUM_RANGE;
  *out = (gint64) llround (value * unit);
  return NUM_OK;
}

gboolean
_bilateral_day_exists (int y, int m, int d)
{
  return m >= 1 && m <= 12 && d >= 1 && d <= _bilateral_days_in_month (y, m);
}

/* YYYYMMDD (GDELT) or YYYY-MM-DD (ICEWS). */
static inline gboolean
parse_date (const char *s, gsize n, int *y, int *m, int *d)
{
  guint32 v;

  if (n == 8)
    {
      if (parse_uint (s, 8, &v) != NUM_OK)
        return FALSE;
      *y = (int) v / 10000;
      *m = (int) v / 100 % 100;
      *d = (int) v % 100;
    }
  else if (n == 10 && s[4] == '-' && s[7] == '-')
    {
      guint32 yy, mm, dd;
      if (parse_uint (s, 4, &yy) != NUM_OK || parse_uint (s + 5, 2, &mm) != NUM_OK || parse_uint (s + 8, 2, &dd) != NUM_OK)
        return FALSE;
      *y = (int) yy;
      *m = (int) mm;
      *d = (int) dd;
    }
  else
    return FALSE;
  return _bilateral_day_exists (*y, *m, *d);
}

/* ICEWS country names --------------------------------------------------- */

struct _BilateralCountryNames {
  GHashTable *codes; /* name → packed CAMEO code, or 0 for an unknown name */
  GMutex lock;
};

BilateralCountryNames *
_bilateral_country_names_new (void)
{
  BilateralCountryNames *names = g_new0 (BilateralCountryNames, 1);

  names->codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_mutex_init (&names->lock);
  return names;
}

void
_bilateral_country_names_free (BilateralCountryNames *names)
{
  g_hash_table_unref (names->codes);
  g_mutex_clear (&names->lock);
  g_free (names);
}

/* ICEWS's own list of countries settles names that fit several: its
 * "Congo" is the Republic of the Congo (it writes "Democratic Republic of
 * Congo" for the other), its "Guinea" is Guinea. */
static BilateralState *
icews_name (const char *name)
{
  static const struct {
    const char *name, *id;
  } names[] = { { "Congo", "COG" }, { "Guinea", "GIN" } };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (name, names[i].name))
      return bilateral_registry_lookup_id (bilateral_registry_get_default (), names[i].id);
  return NULL;
}

static void
learn_name (BilateralCountryNames *names, const char *name, gsize len)
{
  char key[256]; /* as name_code () reads them: longer names stay unknown */
  BilateralState *state;
  const char *cameo;

  /* A NUL byte would cut the name short: such a name stays unknown. */
  if (len == 0 || len >= sizeof key || (len == 2 && name[0] == 'N' && name[1] == 'A') || memchr (name, '\0', len))
    return;
  memcpy (key, name, len);
  key[len] = '\0';
  if (g_hash_table_contains (names->codes, key))
    return; /* the common case: no allocation per row */
  state = icews_name (key);
  if (state == NULL)
    state = bilateral_registry_lookup_name (bilateral_registry_get_default (), key);
  cameo = state ? bilateral_state_get_code (state, BILATERAL_CODE_SCHEME_CAMEO) : NULL;
  g_hash_table_insert (names->codes, g_strdup (key), GUINT_TO_POINTER (cameo ? _bilateral_pack_code (cameo, strlen (cameo)) : 0));
}

/* Before threads scan a chunk, the names in it are looked up once each. */
void
_bilateral_country_names_learn (BilateralCountryNames *names, const char *data, gsize len)
{
  const char *p = data, *end = data + len;

  g_mutex_lock (&names->lock);
  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p), *field = p;
      const char *line_end = nl ? nl : end;
      int f = 0;

      for (const char *q = p; q <= line_end; q++)
        if (q == line_end || *q == '\t')
          {
            if (f == 4 || f == 10)
              learn_name (names, field, q - field - (q == line_end && q > field && q[-1] == '\r'));
            f++;
            field = q + 1;
          }
      p = line_end + 1;
    }
  g_mutex_unlock (&names->lock);
}

/* The packed code of a name learnt before; 0 for an unknown name. */
static guint32
name_code (BilateralCountryNames *names, const char *name, gsize len)
{
  char key[256];

  if (len == 0 || len >= sizeof key || memchr (name, '\0', len))
    return 0;
  memcpy (key, name, len);
  key[len] = '\0';
  return GPOINTER_TO_UINT (g_hash_table_lookup (names->codes, key));
}

/* Rows ------------------------------------------------------------------------ */

/* Field indices. GDELT 1.0 and 2.0 agree up to AvgTone. */
enum {
  G_SQLDATE = 1,
  G_ACTOR1_COUNTRY = 7,
  G_ACTOR2_COUNTRY = 17,
  G_IS_ROOT = 25,
  G_EVENT_CODE = 26,
  G_QUAD = 29,
  G_GOLDSTEIN = 30,
  G_TONE = 34,
  G_LAST_NEEDED = 34,
  I_DATE = 1,
  I_SOURCE_COUNTRY = 4,
  I_CAMEO = 6,
  I_INTENSITY = 7,
  I_TARGET_COUNTRY = 10,
  I_LAST_NEEDED = 10,
};

#define MAX_FIELDS 64

typedef struct {
  const char *start[MAX_FIELDS + 1]; /* start[f]; the field ends at start[f + 1] − 1 */
  int n;                             /* fields seen so far in the row */
} Fields;

static inline void
skip (BilateralScanJob *job, BilateralSkipReason reason)
{
  BilateralSkipStat *stat = &job->skipped[reason];

  if (stat->n_lines < BILATERAL_SKIP_LINES)
    stat->lines[stat->n_lines++] = job->lines;
  stat->count++;
  if (job->strict && !job->first_dirty_line)
    {
      job->first_dirty_line = job->lines;
      job->first_dirty_reason = reason;
    }
}

#define FIELD(f) (fields->start[f])
#define FIELD_LEN(f) ((gsize) (fields->start[(f) + 1] - fields->start[f] - 1))

/* A skip for the value of field @f; a strict scan keeps it for its message. */
static inline void
skip_field (BilateralScanJob *job, BilateralSkipReason reason, const Fields *fields, int f)
{
  gboolean first = job->strict && !job->first_dirty_line;

  skip (job, reason);
  if (first)
    {
      job->first_dirty_field = f;
      job->first_dirty_value = FIELD (f);
      job->first_dirty_value_len = FIELD_LEN (f);
    }
}

/* The countries of a row, checked against the filter before anything else
 * is read: most rows of a one-dyad job stop here. */
static inline int
row_countries (BilateralScanJob *job, const Fields *fields, guint32 *a, guint32 *b)
{
  gsize la, lb;
  const char *sa, *sb;
  const BilateralCompiledFilter *filter = job->filter;

  if (job->format == BILATERAL_EVENT_FORMAT_ICEWS)
    {
      sa = FIELD (I_SOURCE_COUNTRY), la = FIELD_LEN (I_SOURCE_COUNTRY);
      sb = FIELD (I_TARGET_COUNTRY), lb = FIELD_LEN (I_TARGET_COUNTRY);
      if (is_missing (sa, la) || is_missing (sb, lb))
        return 0;
      *a = name_code (job->names, sa, la);
      *b = name_code (job->names, sb, lb);
      if (!*a || !*b)
        return -1;
    }
  else
    {
      sa = FIELD (G_ACTOR1_COUNTRY), la = FIELD_LEN (G_ACTOR1_COUNTRY);
      sb = FIELD (G_ACTOR2_COUNTRY), lb = FIELD_LEN (G_ACTOR2_COUNTRY);
      if (is_missing (sa, la) || is_missing (sb, lb))
        return 0;
      *a = _bilateral_pack_code (sa, la);
      *b = _bilateral_pack_code (sb, lb);
      if (!*a || !*b)
        return -1;
    }
  if (*a == *b)
    return 0;
  if (filter)
    {
      if (filter->dyad[0] && !((*a == filter->dyad[0] && *b == filter->dyad[1]) ||
                               (!filter->directed && *a == filter->dyad[1] && *b == filter->dyad[0])))
        return 0;
      if (filter->country && *a != filter->country && *b != filter->country)
        return 0;
    }
  return 1;
}

/* An ICEWS country name the registry does not know, counted for the skip
 * report: such rows are rare, so a small allocation for each is no cost. */
static void
note_unknown_name (BilateralScanJob *job, const char *name, gsize len)
{
  g_autofree char *shown = _bilateral_printable (name, (gssize) MIN (len, 100));
  gpointer count;

  if (job->unknown_names == NULL)
    job->unknown_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  count = g_hash_table_lookup (job->unknown_names, shown);
  g_hash_table_insert (job->unknown_names, g_steal_pointer (&shown), GSIZE_TO_POINTER (GPOINTER_TO_SIZE (count) + 1));
}

static inline BilateralSkipReason
number_skip (NumResult r)
{
  return r == NUM_MISSING ? BILATERAL_SKIP_MISSING : r == NUM_RANGE ? BILATERAL_SKIP_RANGE : BILATERAL_SKIP_NUMBER;
}

static inline int
quad_of_root (guint32 root)
{
  return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}

static void
process_row (BilateralScanJob *job, const Fields *fields)
{
  const BilateralCompiledFilter *filter = job->filter;
  gboolean icews = job->format == BILATERAL_EVENT_FORMAT_ICEWS;
  guint32 a, b, quad, root, period, is_root;
  const char *code;
  gsize code_len;
  gint64 goldstein, tone = 0;
  int y, m, d, countries;
  NumResult r;
  BilateralCell *group;

  job->rows++;
  if (!_bilateral_event_format_has_columns (job->format, fields->n))
    {
      skip (job, BILATERAL_SKIP_COLUMNS);
      return;
    }
  countries = row_countries (job, fields, &a, &b);
  if (countries < 0)
    {
      int f = icews ? I_SOURCE_COUNTRY : G_ACTOR1_COUNTRY;
      if (a) /* the first was good: the second is not */
        f = icews ? I_TARGET_COUNTRY : G_ACTOR2_COUNTRY;
      skip_field (job, BILATERAL_SKIP_COUNTRY, fields, f);
      if (icews)
        {
          if (!a)
            note_unknown_name (job, FIELD (I_SOURCE_COUNTRY), FIELD_LEN (I_SOURCE_COUNTRY));
          if (!b)
            note_unknown_name (job, FIELD (I_TARGET_COUNTRY), FIELD_LEN (I_TARGET_COUNTRY));
        }
      return;
    }
  if (countries == 0)
    {
      job->filtered++;
      return;
    }

  if (!parse_date (FIELD (icews ? I_DATE : G_SQLDATE), FIELD_LEN (icews ? I_DATE : G_SQLDATE), &y, &m, &d) ||
      !_bilateral_period_of (job->bin, y, m, d, &period))
    {
      skip_field (job, BILATERAL_SKIP_DATE, fields, icews ? I_DATE : G_SQLDATE);
      return;
    }
  code = FIELD (icews ? I_CAMEO : G_EVENT_CODE);
  code_len = FIELD_LEN (icews ? I_CAMEO : G_EVENT_CODE);
  if (is_missing (code, code_len))
    {
      skip_field (job, BILATERAL_SKIP_MISSING, fields, icews ? I_CAMEO : G_EVENT_CODE);
      return;
    }
  if (code_len < 2 || code_len > 4 || parse_uint (code, code_len, &root) != NUM_OK ||
      (root = (guint32) (code[0] - '0') * 10 + (guint32) (code[1] - '0')) < 1 || root > 20)
    {
      skip_field (job, BILATERAL_SKIP_EVENT_CODE, fields, icews ? I_CAMEO : G_EVENT_CODE);
      return;
    }
  if (icews)
    quad = (guint32) quad_of_root (root);
  else if ((r = parse_small_int (FIELD (G_QUAD), FIELD_LEN (G_QUAD), &quad)) != NUM_OK || quad < 1 || quad > 4)
    {
      skip_field (job, number_skip (r), fields, G_QUAD);
      return;
    }
  if ((r = parse_fixed (FIELD (icews ? I_INTENSITY : G_GOLDSTEIN), FIELD_LEN (icews ? I_INTENSITY : G_GOLDSTEIN), 10, 100,
                        &goldstein)) != NUM_OK)
    {
      skip_field (job, number_skip (r), fields, icews ? I_INTENSITY : G_GOLDSTEIN);
      return;
    }
  if (!icews && (r = parse_fixed (FIELD (G_TONE), FIELD_LEN (G_TONE), 100, BILATERAL_TONE_UNIT, &tone)) != NUM_OK)
    {
      skip_field (job, number_skip (r), fields, G_TONE);
      return;
    }
  if (filter)
    {
      if (filter->first_day != BILATERAL_DAY_OPEN_START || filter->last_day != BILATERAL_DAY_OPEN_END)
        {
          gint32 day = bilateral_date_day_from_ymd (y, m, d);
          if (day < filter->first_day || day > filter->last_day)
            {
              job->filtered++;
              return;
            }
        }
      if ((filter->roots && !(filter->roots & (1u << root))) || (filter->quads && !(filter->quads & (1u << quad))))
        {
          job->filtered++;
          return;
        }
      if (filter->root_only && !icews)
        {
          if ((r = parse_small_int (FIELD (G_IS_ROOT), FIELD_LEN (G_IS_ROOT), &is_root)) != NUM_OK || is_root > 1)
            {
              skip_field (job, number_skip (r), fields, G_IS_ROOT);
              return;
            }
          if (!is_root)
            {
              job->filtered++;
              return;
            }
        }
    }

  if (job->row_func)
    {
      BilateralEventRow row = { job->lines, y, m, d, a, b, code, code_len, goldstein, fields->start, fields->n };
      job->row_func (&row, job->row_data);
      job->kept++;
      return;
    }
  if (!job->directed && a > b)
    {
      guint32 t = a;
      a = b;
      b = t;
    }
  group = _bilateral_cell_table_get (&job->table, _bilateral_cell_key (a, b, period));
  job->overflow |= ++group->quad[quad - 1] == 0;
  job->overflow |= __builtin_add_overflow (group->goldstein, goldstein, &group->goldstein);
  job->overflow |= __builtin_add_overflow (group->tone, tone, &group->tone);
  job->kept++;
}

/* The scan --------------------------------------------------------------------- */

/* Bit i of *tabs (*newlines) is set when p[i] is a tab (newline); 64 bytes. */
static inline void
masks_scalar (const char *p, guint64 *tabs, guint64 *newlines)
{
  guint64 t = 0, n = 0;

  for (int i = 0; i < 64; i++)
    {
      t |= (guint64) (p[i] == '\t') << i;
      n |= (guint64) (p[i] == '\n') << i;
    }
  *tabs = t;
  *newlines = n;
}

#ifdef HAVE_X86
__attribute__ ((target ("avx2"))) static inline void
masks_avx2 (const char *p, guint64 *tabs, guint64 *newlines)
{
  const __m256i tab = _mm256_set1_epi8 ('\t'), nl = _mm256_set1_epi8 ('\n');
  __m256i lo = _mm256_loadu_si256 ((const __m256i *) p), hi = _mm256_loadu_si256 ((const __m256i *) (p + 32));

  *tabs = (guint32) _mm256_movemask_epi8 (_mm256_cmpeq_epi8 (lo, tab)) |
          (guint64) (guint32) _mm256_movemask_epi8 (_mm256_cmpeq_epi8 (hi, tab)) << 32;
  *newlines = (guint32) _mm256_movemask_epi8 (_mm256_cmpeq_epi8 (lo, nl)) |
              (guint64) (guint32) _mm256_movemask_epi8 (_mm256_cmpeq_epi8 (hi, nl)) << 32;
}
#endif

typedef void (*MaskFunc) (const char *p, guint64 *tabs, guint64 *newlines);

/* The scan proper: one generic body, inlined into a function per mask
 * function, so that the masks inline too (scan_avx2 calls no function to
 * find tabs). The state of a row survives from one 64-byte block to the next. */
static inline __attribute__ ((always_inline)) void
scan_body (BilateralScanJob *job, MaskFunc masks)
{
  const char *base = job->data, *end = job->data + job->len;
  int last_needed = job->format == BILATERAL_EVENT_FORMAT_ICEWS ? I_LAST_NEEDED : G_LAST_NEEDED;
  gboolean skipping = FALSE;
  Fields fields;
  char tail[64];

  fields.n = 0;
  fields.start[0] = base;
  for (const char *block = base; block < end; block += 64)
    {
      guint64 tabs, newlines, bits;
      gsize left = end - block;

      if (left >= 64)
        masks (block, &tabs, &newlines);
      else
        {
          memset (tail, 0, sizeof tail);
          memcpy (tail, block, left);
          masks (tail, &tabs, &newlines);
        }
      bits = skipping ? newlines : tabs | newlines;
      while (bits)
        {
          int i = __builtin_ctzll (bits);
          const char *at = block + i;

          bits &= bits - 1;
          if (newlines >> i & 1)
            {
              job->lines++;
              if (!skipping)
                {
                  /* A carriage return before the newline is not part of the last field. */
                  const char *stop = at > fields.start[fields.n] && at[-1] == '\r' ? at - 1 : at;
                  if (fields.n < MAX_FIELDS)
                    fields.start[++fields.n] = stop + 1;
                  if (stop == fields.start[0])
                    ; /* an empty line */
                  else if (fields.n <= last_needed + 1)
                    {
                      job->rows++;
                      skip (job, BILATERAL_SKIP_COLUMNS);
                    }
                  else
                    process_row (job, &fields);
                }
              skipping = FALSE;
              fields.n = 0;
              fields.start[0] = at + 1;
              bits = tabs | newlines;
              bits &= i == 63 ? 0 : ~G_GUINT64_CONSTANT (0) << (i + 1);
              if (job->strict && job->first_dirty_line)
                return;
            }
          else if (fields.n < MAX_FIELDS)
            {
              fields.start[++fields.n] = at + 1;
              /* With the countries read, a row dropped by them needs nothing more. */
              if (fields.n == (job->format == BILATERAL_EVENT_FORMAT_ICEWS ? I_TARGET_COUNTRY + 1 : G_ACTOR2_COUNTRY + 1))
                {
                  guint32 a, b;
                  if (row_countries (job, &fields, &a, &b) == 0)
                    {
                      job->rows++;
                      job->filtered++;
                      skipping = TRUE;
                      bits &= newlines;
                    }
                }
            }
        }
    }
  /* A last line without a newline. */
  if (!skipping && fields.start[0] < end)
    {
      job->lines++;
      if (fields.n < MAX_FIELDS)
        fields.start[++fields.n] = end + 1;
      if (fields.n <= last_needed + 1)
        {
          job->rows++;
          skip (job, BILATERAL_SKIP_COLUMNS);
        }
      else
        process_row (job, &fields);
    }
  else if (skipping)
    job->lines++;
}

static void
scan_scalar (BilateralScanJob *job)
{
  scan_body (job, masks_scalar);
}

#ifdef HAVE_X86
__attribute__ ((target ("avx2"))) static void
scan_avx2 (BilateralScanJob *job)
{
  scan_body (job, masks_avx2);
}
#endif

void
_bilateral_scan (BilateralScanJob *job)
{
  if (job->table.slots == NULL)
    _bilateral_cell_table_init (&job->table);
#ifdef HAVE_X86
  if (!job->scalar && __builtin_cpu_supports ("avx2"))
    {
      scan_avx2 (job);
      return;
    }
#endif
  scan_scalar (job);
}
