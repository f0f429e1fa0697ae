/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <string.h>
#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#define HAVE_X86 1
#endif

#include "bilateral-event-scan.h"
#include "bilateral-registry-private.h"

/* Groups ----------------------------------------------------------------- */

#define INITIAL_CAPACITY 1024

static BilateralCell *
empty_slots (gsize capacity)
{
  return _bilateral_zeroed_table (capacity * sizeof (BilateralCell));
}

void
_bilateral_cell_table_init (BilateralCellTable *table)
{
  table->capacity = INITIAL_CAPACITY;
  table->n = 0;
  table->slots = empty_slots (table->capacity);
}

void
_bilateral_cell_table_clear (BilateralCellTable *table)
{
  g_clear_pointer (&table->slots, g_free);
  table->capacity = table->n = 0;
}

/* The slot of @key in a table of @capacity slots (a power of 2):
 * Fibonacci hashing, the top log2(capacity) bits of key × 2^64/φ. The top
 * bits hold every bit of the key (the first country's too), whatever the
 * capacity; fixed low bits of the product would not. */
static inline gsize
slot_of (gsize capacity, guint64 key)
{
  return (gsize) ((key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> (64 - __builtin_ctzll (capacity)));
}

static void
grow_to (BilateralCellTable *table, gsize capacity)
{
  BilateralCell *old = table->slots;
  gsize old_capacity = table->capacity;

  table->capacity = capacity;
  table->slots = empty_slots (table->capacity);
  for (gsize i = 0; i < old_capacity; i++)
    if (old[i].key)
      {
        gsize mask = table->capacity - 1, j = slot_of (table->capacity, old[i].key);
        while (table->slots[j].key)
          j = (j + 1) & mask;
        table->slots[j] = old[i];
      }
  g_free (old);
}

static void
grow (BilateralCellTable *table)
{
  grow_to (table, table->capacity * 2);
}

const BilateralCell *
_bilateral_cell_table_find (const BilateralCellTable *table, guint64 key)
{
  gsize mask = table->capacity - 1;

  if (table->capacity == 0)
    return NULL;
  for (gsize j = slot_of (table->capacity, key); table->slots[j].key; j = (j + 1) & mask)
    if (table->slots[j].key == key)
      return &table->slots[j];
  return NULL;
}

BilateralCell *
_bilateral_cell_table_get (BilateralCellTable *table, guint64 key)
{
  gsize mask = table->capacity - 1, j = slot_of (table->capacity, key);

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
  /* Room for every group first. Keys come in the order of their slots:
   * inserted into a table that grows as they come, they would pile up in
   * one run of slots ahead of the insertions, longer with each key. */
  {
    gsize capacity = into->capacity;
    while ((into->n + from->n) * 10 > capacity * 7)
      capacity *= 2;
    if (capacity > into->capacity)
      grow_to (into, capacity);
  }
  for (gsize i = 0; i < from->capacity; i++)
    if (from->slots[i].key)
      cell_add (_bilateral_cell_table_get (into, from->slots[i].key), &from->slots[i], TRUE);
  return TRUE;
}

void
_bilateral_cell_table_reserve (BilateralCellTable *table, gsize n)
{
  gsize capacity = MAX (table->capacity, INITIAL_CAPACITY);

  while (n * 10 > capacity * 7)
    capacity *= 2;
  if (capacity > table->capacity || table->slots == NULL)
    grow_to (table, capacity);
}

void
_bilateral_cell_table_insert_apart (BilateralCellTable *into, const BilateralCellTable *from)
{
  gsize mask = into->capacity - 1;

  for (gsize i = 0; i < from->capacity; i++)
    {
      const BilateralCell *cell = &from->slots[i];

      if (cell->key == 0)
        continue;
      for (gsize j = slot_of (into->capacity, cell->key);; j = (j + 1) & mask)
        {
          guint64 empty = 0;
          if (__atomic_compare_exchange_n (&into->slots[j].key, &empty, cell->key, FALSE, __ATOMIC_RELAXED, __ATOMIC_RELAXED))
            {
              into->slots[j] = *cell; /* the slot is this thread's now */
              break;
            }
        }
    }
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

/* Which of @n_shards jobs keeps the group of @key: by another multiplier
 * than slot_of ()'s, so that a shard's keys still spread over its slots. */
static inline guint
shard_of (guint64 key, guint n_shards)
{
  return (guint) ((key * G_GUINT64_CONSTANT (0xD6E8FEB86659FD93)) >> 32) % n_shards;
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

/* Missing by a layout's own words too: POLECAT writes "None". */
static inline gboolean
is_missing_in (const BilateralColumns *columns, const char *s, gsize n)
{
  return is_missing (s, n) || (columns->none_missing && n == 4 && memcmp (s, "None", 4) == 0);
}

/* The first of several values ("USA; CAN") where a layout lists several. */
static inline gsize
first_value (const BilateralColumns *columns, const char *s, gsize n)
{
  const char *semicolon = columns->first_of_many ? memchr (s, ';', n) : NULL;

  if (semicolon == NULL)
    return n;
  n = (gsize) (semicolon - s);
  while (n > 0 && s[n - 1] == ' ')
    n--;
  return n;
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

/* The state an ISO 3166 alpha-3 code stands for in POLECAT's years (from
 * 2018): codes are looked up as of mid-2020, when each has one state. */
static BilateralState *
iso3_state (const char *code)
{
  g_autoptr (BilateralDate) when = bilateral_date_new_ymd (2020, 7, 1, NULL);

  return bilateral_registry_resolve (bilateral_registry_get_default (), code, BILATERAL_CODE_SCHEME_ISO_ALPHA3, when, NULL);
}

static void
learn_name (BilateralCountryNames *names, const BilateralColumns *columns, const char *name, gsize len)
{
  char key[256]; /* as name_code () reads them: longer names stay unknown */
  BilateralState *state;
  const char *cameo;

  /* A NUL byte would cut the name short: such a name stays unknown. */
  if (len == 0 || len >= sizeof key || is_missing_in (columns, name, len) || memchr (name, '\0', len))
    return;
  memcpy (key, name, len);
  key[len] = '\0';
  if (g_hash_table_contains (names->codes, key))
    return; /* the common case: no allocation per row */
  if (columns->countries == BILATERAL_COUNTRIES_ISO3)
    state = iso3_state (key);
  else
    {
      state = icews_name (key);
      if (state == NULL)
        state = bilateral_registry_lookup_name (bilateral_registry_get_default (), key);
    }
  cameo = state ? bilateral_state_get_code (state, BILATERAL_CODE_SCHEME_CAMEO) : NULL;
  g_hash_table_insert (names->codes, g_strdup (key), GUINT_TO_POINTER (cameo ? _bilateral_pack_code (cameo, strlen (cameo)) : 0));
}

/* Before threads scan a chunk, the names (or ISO codes) in it are looked up once each. */
void
_bilateral_country_names_learn (BilateralCountryNames *names, const BilateralColumns *columns, const char *data, gsize len)
{
  const char *p = data, *end = data + len;

  g_mutex_lock (&names->lock);
  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p), *field = p;
      const char *line_end = nl ? nl : end;
      int f = 0;

      for (const char *q = p; q <= line_end && f <= MAX (columns->source, columns->target); q++)
        if (q == line_end || *q == '\t')
          {
            if (f == columns->source || f == columns->target)
              {
                gsize n = q - field - (q == line_end && q > field && q[-1] == '\r');
                learn_name (names, columns, field, first_value (columns, field, n));
              }
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

/* The fixed layouts. GDELT 1.0 and 2.0 agree up to AvgTone; the URL is
 * the last field of the files that have one. */
#define GDELT_COMMON                                                                                                           \
  .date = 1, .source = 7, .target = 17, .code = 26, .quad = 29, .weight = 30, .tone = 34, .is_root = 25, .id = 0, .url = -1,   \
  .story = -1, .sentence = -1, .publisher = -1, .text = -1, .columns = 0, .last_needed = 34, .source_sectors = { 12, 13, 14 }, \
  .target_sectors = { 22, 23, 24 }, .country_name = -1, .plover = { -1, -1, -1 }, .countries = BILATERAL_COUNTRIES_CAMEO
/* ActionGeo_: Type, FullName, CountryCode, ADM1Code, (ADM2Code in 2.0,) Lat, Long. */
const BilateralColumns _bilateral_gdelt1_columns = {
  GDELT_COMMON, .feature = 49, .place = 50, .place_country = 51, .division = 52, .latitude = 53, .longitude = 54,
};
const BilateralColumns _bilateral_gdelt2_columns = {
  GDELT_COMMON, .feature = 51, .place = 52, .place_country = 53, .division = 54, .latitude = 56, .longitude = 57,
};
const BilateralColumns _bilateral_icews_columns = {
  .date = 1,
  .source = 4,
  .target = 10,
  .code = 6,
  .quad = -1,
  .weight = 7,
  .tone = -1,
  .is_root = -1,
  .id = 0,
  .url = -1,
  .story = 11,
  .sentence = 12,
  .publisher = 13,
  .text = 5,
  .columns = 0,
  .last_needed = 10,
  .source_sectors = { 3, -1, -1 },
  .target_sectors = { 9, -1, -1 },
  .place = 14,
  .place_country = 17,
  .country_name = 17,
  .division = 16,
  .latitude = 18,
  .longitude = 19,
  .feature = -1,
  .plover = { -1, -1, -1 },
  .countries = BILATERAL_COUNTRIES_NAME,
};

const BilateralColumns *
_bilateral_fixed_columns (BilateralEventFormat format)
{
  switch (format)
    {
    case BILATERAL_EVENT_FORMAT_GDELT1: return &_bilateral_gdelt1_columns;
    case BILATERAL_EVENT_FORMAT_GDELT2: return &_bilateral_gdelt2_columns;
    case BILATERAL_EVENT_FORMAT_ICEWS: return &_bilateral_icews_columns;
    case BILATERAL_EVENT_FORMAT_AUTO:
    case BILATERAL_EVENT_FORMAT_POLECAT:
    default: return NULL;
    }
}

#define MAX_FIELDS BILATERAL_MAX_COLUMNS

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
  const BilateralColumns *columns = job->columns;
  const BilateralCompiledFilter *filter = job->filter;
  const char *sa = FIELD (columns->source), *sb = FIELD (columns->target);
  gsize la = first_value (columns, sa, FIELD_LEN (columns->source)), lb = first_value (columns, sb, FIELD_LEN (columns->target));

  if (is_missing_in (columns, sa, la) || is_missing_in (columns, sb, lb))
    return 0;
  if (columns->countries == BILATERAL_COUNTRIES_CAMEO)
    {
      *a = _bilateral_pack_code (sa, la);
      *b = _bilateral_pack_code (sb, lb);
    }
  else
    {
      *a = name_code (job->names, sa, la);
      *b = name_code (job->names, sb, lb);
    }
  if (!*a || !*b)
    return -1;
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

/* Whether a row has its layout's number of fields. A layout with a header
 * takes a row with more fields if the extra ones are empty: some POLECAT
 * files end their rows with stray tabs. */
static inline gboolean
row_has_columns (const BilateralScanJob *job, const Fields *fields)
{
  const BilateralColumns *columns = job->columns;

  if (columns->columns == 0)
    return _bilateral_event_format_has_columns (job->format, fields->n);
  if (fields->n < columns->columns || fields->n >= MAX_FIELDS)
    return FALSE;
  for (int f = columns->columns; f < fields->n; f++)
    if (FIELD_LEN (f) != 0)
      return FALSE;
  return TRUE;
}

/* QuadClass as a number (GDELT's 1 to 4, "3.0") or by name, in any case
 * (POLECAT's "Quad Code": "Verbal Cooperation" … "Material Conflict"). */
static NumResult
parse_quad (const BilateralColumns *columns, const char *s, gsize n, guint32 *quad)
{
  static const char *const names[] = { "verbal cooperation", "material cooperation", "verbal conflict", "material conflict" };
  NumResult r;

  if (is_missing_in (columns, s, n))
    return NUM_MISSING;
  if ((r = parse_small_int (s, n, quad)) == NUM_OK)
    return *quad >= 1 && *quad <= 4 ? NUM_OK : NUM_BAD;
  for (guint q = 0; q < G_N_ELEMENTS (names); q++)
    if (n == strlen (names[q]) && g_ascii_strncasecmp (s, names[q], n) == 0)
      {
        *quad = q + 1;
        return NUM_OK;
      }
  return NUM_BAD;
}

/* Whether one of a side's sector fields lists @sector ("GOV"; ICEWS's
 * "Government,Executive"; POLECAT's "GOV; MIL"), without regard to case. */
static gboolean
side_has_sector (const Fields *fields, const int columns[3], const char *sector)
{
  gsize n = strlen (sector);

  for (int k = 0; k < 3; k++)
    {
      const char *p, *end;

      if (columns[k] < 0 || columns[k] >= fields->n)
        continue;
      p = FIELD (columns[k]);
      end = p + FIELD_LEN (columns[k]);
      while (p < end)
        {
          const char *stop = p;
          while (stop < end && *stop != ',' && *stop != ';')
            stop++;
          {
            const char *a = p, *b = stop;
            while (a < b && *a == ' ')
              a++;
            while (b > a && b[-1] == ' ')
              b--;
            if ((gsize) (b - a) == n && g_ascii_strncasecmp (a, sector, n) == 0)
              return TRUE;
          }
          p = stop + 1;
        }
    }
  return FALSE;
}

/* A field's bytes, or FALSE when it is missing as the events loader reads
 * it: empty, "None", "NA", the dataset's own mark, or holding a NUL. */
static gboolean
field_span (const BilateralColumns *columns, const Fields *fields, int f, const char **text, gsize *n)
{
  if (f < 0 || f >= fields->n)
    return FALSE;
  *text = FIELD (f), *n = FIELD_LEN (f);
  return *n > 0 && !is_missing_in (columns, *text, *n) && !(*n == 4 && memcmp (*text, "None", 4) == 0) &&
         !(*n == 2 && memcmp (*text, "NA", 2) == 0) && !memchr (*text, '\0', *n);
}

/* The text of a span as the events loader reads it: UTF-8 as it is, else
 * POLECAT's ISO 8859-1 (its loader converts such a file's rows), else none. */
static char *
span_text (const BilateralColumns *columns, const char *text, gsize n)
{
  GString *utf8;

  if (text == NULL)
    return NULL;
  if (g_utf8_validate_len (text, n, NULL))
    return g_strndup (text, n);
  if (columns->countries != BILATERAL_COUNTRIES_ISO3)
    return NULL;
  utf8 = g_string_sized_new (2 * n);
  for (gsize i = 0; i < n; i++)
    g_string_append_unichar (utf8, (guchar) text[i]); /* ISO 8859-1 is the first 256 code points */
  return g_string_free (utf8, FALSE);
}

enum { PLACE_IN = 1, PLACE_OUT, PLACE_BY_DAY };

static int
place_at (const char *alpha3, const char *name, const char *located, int y, int m, int d)
{
  g_autoptr (BilateralDate) date = bilateral_date_new_ymd (y, m, d, NULL);
  BilateralState *state = _bilateral_registry_place_state (bilateral_registry_get_default (), alpha3, name, date);

  return state && strcmp (bilateral_actor_get_id (BILATERAL_ACTOR (state)), located) == 0 ? PLACE_IN : PLACE_OUT;
}

/* Whether a row's place was in the filter's state, as the events loader
 * tells it (_bilateral_registry_place_state(): POLECAT's alpha-3 code, else
 * ICEWS's country or the last part of GDELT's full name, at the row's
 * date). The registry is asked once a text and year (at its first and last
 * day), or each day in a year the text's meaning changed; a row that finds
 * its answer made allocates nothing. */
static gboolean
located_in (BilateralScanJob *job, const Fields *fields, int y, int m, int d)
{
  const BilateralColumns *c = job->columns;
  const char *located = job->filter->located, *alpha3 = NULL, *name = NULL;
  gsize alpha3_n = 0, name_n = 0;
  char key[256];
  int told = 0, key_n;

  if (c->countries == BILATERAL_COUNTRIES_ISO3 && !field_span (c, fields, c->place_country, &alpha3, &alpha3_n))
    alpha3 = NULL;
  if (c->country_name >= 0)
    {
      if (!field_span (c, fields, c->country_name, &name, &name_n))
        name = NULL;
    }
  else if (c->countries == BILATERAL_COUNTRIES_CAMEO && field_span (c, fields, c->place, &name, &name_n))
    {
      /* GDELT's full name ends with the country's: "Kabul, Kabol, Afghanistan". */
      const char *comma = name + name_n;
      while (comma > name && comma[-1] != ',')
        comma--;
      comma = comma > name ? comma - 1 : NULL;
      if (comma)
        {
          name_n -= (gsize) (comma + 1 - name), name = comma + 1;
          while (name_n > 0 && *name == ' ')
            name++, name_n--;
        }
    }
  if (alpha3 == NULL && name == NULL)
    return FALSE;
  key_n = g_snprintf (key, sizeof key, "%d\x1f%.*s\x1f%.*s", y, (int) alpha3_n, alpha3 ? alpha3 : "", (int) name_n,
                      name ? name : "");
  if (key_n < (int) sizeof key && job->places)
    told = GPOINTER_TO_INT (g_hash_table_lookup (job->places, key));
  if (told == 0 || told == PLACE_BY_DAY)
    {
      g_autofree char *alpha3_text = span_text (c, alpha3, alpha3_n), *name_text = span_text (c, name, name_n);
      if (told == 0)
        {
          int first = place_at (alpha3_text, name_text, located, y, 1, 1);
          told = first == place_at (alpha3_text, name_text, located, y, 12, 31) ? first : PLACE_BY_DAY;
          if (key_n < (int) sizeof key)
            {
              if (job->places == NULL)
                job->places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
              g_hash_table_insert (job->places, g_strdup (key), GINT_TO_POINTER (told));
            }
        }
      if (told == PLACE_BY_DAY)
        told = place_at (alpha3_text, name_text, located, y, m, d);
    }
  return told == PLACE_IN;
}

/* A 128-bit fingerprint of @n bytes: two lanes of multiply and shift over
 * 8 bytes at a time, each with its own seed, so that texts that differ
 * share one with odds of 2^-128. Never {0, 0} (which marks none). */
static void
fingerprint (const char *s, gsize n, guint64 seed, guint64 out[2])
{
  const guint64 k1 = G_GUINT64_CONSTANT (0x9E3779B97F4A7C15), k2 = G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F);
  guint64 h1 = seed ^ (n * k1), h2 = ~seed ^ (n * k2);

  for (gsize i = 0; i < n; i += 8)
    {
      guint64 w = 0;
      memcpy (&w, s + i, MIN (8, n - i));
      h1 = (h1 ^ w) * k1;
      h1 ^= h1 >> 29;
      h2 = (h2 + w) * k2;
      h2 ^= h2 >> 31;
    }
  h1 = (h1 ^ (h2 >> 17)) * k2;
  h2 = (h2 ^ (h1 >> 23)) * k1;
  out[0] = h1 ^ (h1 >> 32);
  out[1] = (h2 ^ (h2 >> 32)) | (out[0] == 0); /* never both 0 */
}

/* The story of a row, for its duplicate key: ICEWS's and POLECAT's story
 * id, GDELT's source URL (the last field of the daily files and of 2.0),
 * if it is one. */
static gboolean
row_story (const BilateralScanJob *job, const Fields *fields, const char **text, gsize *n)
{
  const BilateralColumns *c = job->columns;
  int f = c->story >= 0 ? c->story : c->url;

  if (f < 0 && c->columns == 0 && job->format != BILATERAL_EVENT_FORMAT_ICEWS && (fields->n == 58 || fields->n == 61))
    f = fields->n - 1;
  if (f < 0 || f >= fields->n)
    return FALSE;
  *text = FIELD (f);
  *n = FIELD_LEN (f);
  return !is_missing_in (c, *text, *n) && _bilateral_story_is_one (*text, *n, c->story < 0);
}

/* A kept row, for the caller to tell from repeats: the rule of the events
 * loader, the same id, or the same day, countries (in the row's
 * direction), code and story. */
static void
keep_row (BilateralScanJob *job, const Fields *fields, const BilateralCell *cell, int y, int m, int d, guint32 a, guint32 b,
          const char *code, gsize code_len)
{
  const BilateralColumns *c = job->columns;
  BilateralKeptRow *kept;
  const char *story;
  gsize story_len;

  g_array_set_size (job->kept_rows, job->kept_rows->len + 1);
  kept = &g_array_index (job->kept_rows, BilateralKeptRow, job->kept_rows->len - 1);
  kept->cell = *cell;
  kept->line = job->lines;
  memset (kept->prints, 0, sizeof kept->prints);
  kept->repeat[0] = kept->repeat[1] = 0;
  if (c->id >= 0 && c->id < fields->n && !is_missing_in (c, FIELD (c->id), FIELD_LEN (c->id)))
    fingerprint (FIELD (c->id), FIELD_LEN (c->id), 1, kept->prints[BILATERAL_PRINT_ID]);
  if (row_story (job, fields, &story, &story_len))
    {
      /* The story's print, seeded with the day, countries and code. */
      guint64 seed = ((guint64) (guint32) y << 9 | (guint64) m << 5 | (guint64) d) * G_GUINT64_CONSTANT (0xFF51AFD7ED558CCD);
      guint64 code_bits = 0;

      memcpy (&code_bits, code ? code : "", code ? MIN (code_len, sizeof code_bits) : 0);
      seed ^= ((guint64) a << 24 | b) * G_GUINT64_CONSTANT (0xC4CEB9FE1A85EC53);
      seed ^= code_bits * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
      if (code && code_len > sizeof code_bits)
        {
          guint64 whole[2];
          fingerprint (code, code_len, 5, whole);
          seed ^= whole[0];
        }
      fingerprint (story, story_len, seed, kept->prints[BILATERAL_PRINT_STORY]);
    }
  job->kept++;
}

static void
process_row (BilateralScanJob *job, const Fields *fields)
{
  const BilateralCompiledFilter *filter = job->filter;
  const BilateralColumns *columns = job->columns;
  guint32 a, b, quad, root = 0, period, is_root, shard;
  const char *code = NULL;
  gsize code_len = 0;
  gint64 goldstein, tone = 0;
  int y, m, d, countries;
  NumResult r;
  BilateralCell *group;
  guint64 key;

  job->rows++;
  if (!row_has_columns (job, fields))
    {
      skip (job, BILATERAL_SKIP_COLUMNS);
      return;
    }
  countries = row_countries (job, fields, &a, &b);
  if (countries < 0)
    {
      int f = a ? columns->target : columns->source; /* the first was good: the second is not */
      skip_field (job, BILATERAL_SKIP_COUNTRY, fields, f);
      if (columns->countries != BILATERAL_COUNTRIES_CAMEO)
        {
          if (!a)
            note_unknown_name (job, FIELD (columns->source),
                               first_value (columns, FIELD (columns->source), FIELD_LEN (columns->source)));
          if (!b)
            note_unknown_name (job, FIELD (columns->target),
                               first_value (columns, FIELD (columns->target), FIELD_LEN (columns->target)));
        }
      return;
    }
  if (countries == 0)
    {
      job->filtered++;
      return;
    }

  if (!parse_date (FIELD (columns->date), FIELD_LEN (columns->date), &y, &m, &d) ||
      !_bilateral_period_of (job->bin, y, m, d, &period))
    {
      skip_field (job, BILATERAL_SKIP_DATE, fields, columns->date);
      return;
    }
  /* The group's slot is asked for now, while the row's numbers are read:
   * it is seldom in the cache. */
  key = job->directed || a < b ? _bilateral_cell_key (a, b, period) : _bilateral_cell_key (b, a, period);
  shard = job->n_shards > 1 ? shard_of (key, job->n_shards) : job->shard;
  if (!job->row_func && !job->kept_rows && shard == job->shard)
    __builtin_prefetch (&job->table.slots[slot_of (job->table.capacity, key)], 1);
  if (columns->code >= 0)
    {
      code = FIELD (columns->code);
      code_len = FIELD_LEN (columns->code);
      if (is_missing_in (columns, code, code_len))
        {
          skip_field (job, BILATERAL_SKIP_MISSING, fields, columns->code);
          return;
        }
      if (code_len < 2 || code_len > 4 || parse_uint (code, code_len, &root) != NUM_OK ||
          (root = (guint32) (code[0] - '0') * 10 + (guint32) (code[1] - '0')) < 1 || root > 20)
        {
          skip_field (job, BILATERAL_SKIP_EVENT_CODE, fields, columns->code);
          return;
        }
    }
  if (columns->quad < 0)
    quad = (guint32) quad_of_root (root);
  else if ((r = parse_quad (columns, FIELD (columns->quad), FIELD_LEN (columns->quad), &quad)) != NUM_OK)
    {
      skip_field (job, number_skip (r), fields, columns->quad);
      return;
    }
  if (is_missing_in (columns, FIELD (columns->weight), FIELD_LEN (columns->weight)))
    {
      skip_field (job, BILATERAL_SKIP_MISSING, fields, columns->weight);
      return;
    }
  if ((r = parse_fixed (FIELD (columns->weight), FIELD_LEN (columns->weight), 10, 100, &goldstein)) != NUM_OK)
    {
      skip_field (job, number_skip (r), fields, columns->weight);
      return;
    }
  if (columns->tone >= 0 &&
      (r = parse_fixed (FIELD (columns->tone), FIELD_LEN (columns->tone), 100, BILATERAL_TONE_UNIT, &tone)) != NUM_OK)
    {
      skip_field (job, number_skip (r), fields, columns->tone);
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
      if (filter->sector[0] && !(side_has_sector (fields, columns->source_sectors, filter->sector) &&
                                 side_has_sector (fields, columns->target_sectors, filter->sector)))
        {
          job->filtered++;
          return;
        }
      /* The events loader tells an event's place itself, for its location. */
      if (filter->located[0] && !job->row_func && !located_in (job, fields, y, m, d))
        {
          job->filtered++;
          return;
        }
      if (filter->root_only && columns->is_root >= 0)
        {
          if ((r = parse_small_int (FIELD (columns->is_root), FIELD_LEN (columns->is_root), &is_root)) != NUM_OK || is_root > 1)
            {
              skip_field (job, number_skip (r), fields, columns->is_root);
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
  if (job->kept_rows)
    {
      BilateralCell row = { key, { 0 }, goldstein, tone };
      const char *plover = columns->plover[0] >= 0 && columns->plover[0] < fields->n ? FIELD (columns->plover[0]) : NULL;
      row.quad[quad - 1] = 1;
      /* The code of the key: CAMEO's, or the PLOVER type of a row without one. */
      if (code == NULL && plover)
        keep_row (job, fields, &row, y, m, d, a, b, plover, FIELD_LEN (columns->plover[0]));
      else
        keep_row (job, fields, &row, y, m, d, a, b, code, code_len);
      return;
    }
  if (shard != job->shard)
    {
      BilateralCell row = { key, { 0 }, goldstein, tone };
      row.quad[quad - 1] = 1;
      g_array_append_val (job->outboxes[shard], row);
      job->kept++;
      return;
    }
  group = _bilateral_cell_table_get (&job->table, key);
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

/* The highest field a panel's row is read up to: past it, a fixed layout's
 * fields are only counted (the row's number of columns is checked), not
 * found one by one. An archive's rows keep every field (the URL is last),
 * and a header's layout checks its stray fields are empty. */
static int
counted_from (const BilateralScanJob *job)
{
  const BilateralColumns *c = job->columns;
  int needed = c->last_needed;

  if (job->row_func || c->columns != 0 || job->kept_rows)
    return MAX_FIELDS; /* (the last field may be a story, GDELT's URL) */
  for (int k = 0; k < 3; k++)
    needed = MAX (needed, MAX (c->source_sectors[k], c->target_sectors[k]));
  if (job->filter && job->filter->located[0])
    needed = MAX (needed, MAX (c->place, MAX (c->place_country, c->country_name)));
  return needed + 1;
}

/* Bits @from to @to − 1 of a 64-bit mask. */
static inline guint64
bit_range (int from, int to)
{
  guint64 below_to = to >= 64 ? ~G_GUINT64_CONSTANT (0) : (G_GUINT64_CONSTANT (1) << to) - 1;

  return from >= to ? 0 : below_to & ~((G_GUINT64_CONSTANT (1) << from) - 1);
}

/* The masks of the 64 bytes at @block, those from @end on read as zeros. */
static inline __attribute__ ((always_inline)) void
block_masks (MaskFunc masks, const char *block, const char *end, guint64 *tabs, guint64 *newlines)
{
  char tail[64];

  if ((gsize) (end - block) >= 64)
    {
      masks (block, tabs, newlines);
      return;
    }
  memset (tail, 0, sizeof tail);
  memcpy (tail, block, (gsize) (end - block));
  masks (tail, tabs, newlines);
}

/* The scan proper: one generic body, inlined into a function per mask
 * function, so that the masks inline too (scan_avx2 calls no function to
 * find tabs). The state of a row survives from one 64-byte block to the next. */
static inline __attribute__ ((always_inline)) void
scan_body (BilateralScanJob *job, MaskFunc masks)
{
  const char *base = job->data, *end = job->data + job->len;
  int last_needed = job->columns->last_needed;
  int countries_known = MAX (job->columns->source, job->columns->target) + 1;
  int count_after = counted_from (job);
  gboolean skipping = FALSE;
  int counting_from = -1; /* counting the row's tabs from this bit of the block; -1: not counting */
  Fields fields;

  fields.n = 0;
  fields.start[0] = base;
  for (const char *block = base; block < end; block += 64)
    {
      guint64 tabs, newlines, bits;

      block_masks (masks, block, end, &tabs, &newlines);
      bits = skipping || counting_from >= 0 ? newlines : tabs | newlines;
      if (counting_from >= 0)
        counting_from = 0;
      while (bits)
        {
          int i = __builtin_ctzll (bits);
          const char *at = block + i;

          bits &= bits - 1;
          if (newlines >> i & 1)
            {
              job->lines++;
              if (counting_from >= 0)
                {
                  fields.n = MIN (fields.n + __builtin_popcountll (tabs & bit_range (counting_from, i)), MAX_FIELDS);
                  counting_from = -1;
                }
              if (!skipping)
                {
                  /* A carriage return before the newline is not part of the last field. */
                  const char *stop = at > fields.start[MIN (fields.n, count_after)] && at[-1] == '\r' ? at - 1 : at;
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
              if (fields.n == countries_known)
                {
                  guint32 a, b;
                  if (row_countries (job, &fields, &a, &b) == 0)
                    {
                      job->rows++;
                      job->filtered++;
                      skipping = TRUE;
                      bits &= newlines;
                      continue;
                    }
                }
              /* With every field a panel reads found, the others are counted at the newline. */
              if (fields.n == count_after)
                {
                  counting_from = i + 1;
                  bits &= newlines;
                }
            }
        }
      if (counting_from >= 0)
        fields.n = MIN (fields.n + __builtin_popcountll (tabs & bit_range (counting_from, 64)), MAX_FIELDS);
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

/* The fast scan of a panel's rows: a row's fields are not found one by
 * one, but only those it reads, each by its number among the row's tabs
 * (the bit that pdep selects from a block's tab mask), and the others are
 * counted. It reads rows as scan_body () does: the same checks, skips and
 * drops, in the same order. It serves a layout without a header, read
 * without a filter by sector or place (which read more fields). */

/* The tabs a panel's row needs found, in order: field f starts after tab f
 * and ends at tab f + 1. */
typedef struct {
  int tabs[2 * 10];
  int n;
  int countries_tab; /* once found, the row's countries are known */
} NeededTabs;

static void
needed_tabs (const BilateralScanJob *job, NeededTabs *needed)
{
  const BilateralColumns *c = job->columns;
  const int fields[] = {
    c->date,
    c->source,
    c->target,
    c->code,
    c->quad,
    c->weight,
    c->tone,
    job->filter && job->filter->root_only ? c->is_root : -1,
    job->kept_rows ? c->id : -1,
    job->kept_rows ? c->story : -1,
  };
  gboolean wanted[MAX_FIELDS + 1] = { FALSE };

  for (guint k = 0; k < G_N_ELEMENTS (fields); k++)
    if (fields[k] >= 0 && fields[k] < MAX_FIELDS)
      wanted[fields[k]] = wanted[fields[k] + 1] = TRUE;
  needed->n = 0;
  for (int t = 1; t <= MAX_FIELDS; t++)
    if (wanted[t])
      needed->tabs[needed->n++] = t;
  needed->countries_tab = MAX (c->source, c->target) + 1;
}

static gboolean
reads_few_fields (const BilateralScanJob *job)
{
  const BilateralCompiledFilter *filter = job->filter;

  return !job->row_func && job->columns->columns == 0 && !(filter && (filter->sector[0] || filter->located[0]));
}

/* A row whose newline (or the end of the data) is at @at, with @tabs tabs,
 * the last of them before @last (its last field's start). */
static inline void
end_row (BilateralScanJob *job, Fields *fields, const char *at, int tabs, const char *last, gboolean newline)
{
  const char *start = fields->start[0];

  fields->n = MIN (tabs + 1, MAX_FIELDS);
  if (newline && tabs == 0 && (at == start || (at == start + 1 && at[-1] == '\r')))
    return; /* an empty line */
  if (job->kept_rows && tabs + 1 < MAX_FIELDS)
    {
      /* The last field, a story (GDELT's URL), without a carriage return. */
      fields->start[tabs] = last;
      fields->start[tabs + 1] = (newline && at > last && at[-1] == '\r' ? at - 1 : at) + 1;
    }
  if (fields->n <= job->columns->last_needed + 1)
    {
      job->rows++;
      skip (job, BILATERAL_SKIP_COLUMNS);
    }
  else
    process_row (job, fields);
}

static inline __attribute__ ((always_inline)) void
select_body (BilateralScanJob *job, MaskFunc masks, guint64 (*select) (guint64 mask, int k))
{
  const char *base = job->data, *end = job->data + job->len;
  NeededTabs needed;
  Fields fields;
  int tabs_before = 0;     /* the row's tabs before the part of the block being read */
  int next = 0;            /* the next of the needed tabs to find */
  const char *last = base; /* where the row's last field starts, as far as it is read */
  gboolean skipping = FALSE, keeps = job->kept_rows != NULL;

  needed_tabs (job, &needed);
  fields.start[0] = base;
  for (const char *block = base; block < end; block += 64)
    {
      guint64 tabs, newlines;

      block_masks (masks, block, end, &tabs, &newlines);
      for (;;)
        {
          int i = newlines ? __builtin_ctzll (newlines) : 64;
          guint64 row_tabs = tabs & bit_range (0, i);

          if (!skipping)
            {
              int k = __builtin_popcountll (row_tabs);
              while (next < needed.n && needed.tabs[next] <= tabs_before + k)
                {
                  int t = needed.tabs[next++];
                  guint32 a, b;

                  fields.start[t] = block + __builtin_ctzll (select (row_tabs, t - tabs_before - 1)) + 1;
                  /* With the countries read, a row dropped by them needs nothing more. */
                  if (t == needed.countries_tab && row_countries (job, &fields, &a, &b) == 0)
                    {
                      job->rows++;
                      job->filtered++;
                      skipping = TRUE;
                      break;
                    }
                }
              tabs_before += k;
              if (keeps && row_tabs)
                last = block + 64 - __builtin_clzll (row_tabs);
            }
          if (i == 64)
            break;
          job->lines++;
          if (!skipping)
            end_row (job, &fields, block + i, tabs_before, last, TRUE);
          skipping = FALSE;
          tabs_before = next = 0;
          fields.start[0] = last = block + i + 1;
          tabs &= ~bit_range (0, i + 1);
          newlines &= newlines - 1;
          if (job->strict && job->first_dirty_line)
            return;
        }
    }
  /* A last line without a newline. */
  if (fields.start[0] < end)
    {
      job->lines++;
      if (!skipping)
        end_row (job, &fields, end, tabs_before, last, FALSE);
    }
}

#ifdef HAVE_X86
__attribute__ ((target ("avx512bw"))) static inline void
masks_avx512 (const char *p, guint64 *tabs, guint64 *newlines)
{
  __m512i v = _mm512_loadu_si512 ((const void *) p);

  *tabs = _mm512_cmpeq_epi8_mask (v, _mm512_set1_epi8 ('\t'));
  *newlines = _mm512_cmpeq_epi8_mask (v, _mm512_set1_epi8 ('\n'));
}

/* The mask's bit that is its k-th set one (from 0). */
__attribute__ ((target ("bmi2"))) static inline guint64
select_bmi2 (guint64 mask, int k)
{
  return _pdep_u64 (G_GUINT64_CONSTANT (1) << k, mask);
}

__attribute__ ((target ("avx2,bmi2,popcnt"))) static void
select_avx2 (BilateralScanJob *job)
{
  select_body (job, masks_avx2, select_bmi2);
}

__attribute__ ((target ("avx512bw,avx2,bmi2,popcnt"))) static void
select_avx512 (BilateralScanJob *job)
{
  select_body (job, masks_avx512, select_bmi2);
}

/* pdep takes a few cycles, but hundreds on AMD's processors before Zen 3
 * (family 19h): there the fields are found one by one. */
static gboolean
pdep_is_fast (void)
{
  static gsize answer = 0;

  if (g_once_init_enter (&answer))
    {
      unsigned eax, ebx, ecx, edx, family;
      gboolean fast = __builtin_cpu_supports ("bmi2");

      if (fast && __get_cpuid (0, &eax, &ebx, &ecx, &edx) && ebx == 0x68747541 /* "Auth" enticAMD */ &&
          __get_cpuid (1, &eax, &ebx, &ecx, &edx))
        {
          family = (eax >> 8) & 0xf;
          if (family == 0xf)
            family += (eax >> 20) & 0xff;
          fast = family >= 0x19;
        }
      g_once_init_leave (&answer, fast ? 2 : 1);
    }
  return answer == 2;
}
#endif

void
_bilateral_scan_add_cell (BilateralScanJob *job, const BilateralCell *cell)
{
  guint shard = job->n_shards > 1 ? shard_of (cell->key, job->n_shards) : job->shard;

  if (shard != job->shard)
    g_array_append_val (job->outboxes[shard], *cell);
  else
    {
      if (job->table.slots == NULL)
        _bilateral_cell_table_init (&job->table);
      job->overflow |= !_bilateral_cell_add (_bilateral_cell_table_get (&job->table, cell->key), cell);
    }
}

void
_bilateral_scan_take (BilateralScanJob *job, const GArray *rows)
{
  if (job->table.slots == NULL)
    _bilateral_cell_table_init (&job->table);
  for (guint r = 0; r < rows->len; r++)
    {
      const BilateralCell *row = &g_array_index (rows, BilateralCell, r);
      job->overflow |= !_bilateral_cell_add (_bilateral_cell_table_get (&job->table, row->key), row);
    }
}

void
_bilateral_scan (BilateralScanJob *job)
{
  if (job->table.slots == NULL)
    _bilateral_cell_table_init (&job->table);
#ifdef HAVE_X86
  if (!job->scalar && __builtin_cpu_supports ("avx2"))
    {
      if (reads_few_fields (job) && pdep_is_fast ())
        __builtin_cpu_supports ("avx512bw") ? select_avx512 (job) : select_avx2 (job);
      else
        scan_avx2 (job);
      return;
    }
#endif
  scan_scalar (job);
}
