/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "bilateral-private.h"

G_BEGIN_DECLS

/* The engine behind BilateralDyadPanel: scans complete lines of GDELT or
 * ICEWS text into groups keyed by (code, code, period), with no allocation
 * per row. Codes are 1-3 bytes of [A-Z0-9], packed big-endian into 24 bits,
 * so the numeric order of keys is the byte order of codes, then time. */

#define BILATERAL_N_SKIP_REASONS 11
/* The most fields of a row the scan tells apart. */
#define BILATERAL_MAX_COLUMNS 64

/* The columns of each layout's rows: the one table that tells layouts
 * apart by their first line and checks every row. */
static const struct {
  BilateralEventFormat format;
  int columns;
} bilateral_event_columns[] = {
  { BILATERAL_EVENT_FORMAT_GDELT1, 57 }, /* back-files, to March 2013 */
  { BILATERAL_EVENT_FORMAT_GDELT1, 58 }, /* daily files, with SOURCEURL */
  { BILATERAL_EVENT_FORMAT_GDELT2, 61 },
  { BILATERAL_EVENT_FORMAT_ICEWS, 20 },
};

static inline gboolean
_bilateral_event_format_has_columns (BilateralEventFormat format, int n)
{
  for (guint i = 0; i < G_N_ELEMENTS (bilateral_event_columns); i++)
    if (bilateral_event_columns[i].format == format && bilateral_event_columns[i].columns == n)
      return TRUE;
  return FALSE;
}

static inline BilateralEventFormat
_bilateral_event_format_of_columns (int n)
{
  for (guint i = 0; i < G_N_ELEMENTS (bilateral_event_columns); i++)
    if (bilateral_event_columns[i].columns == n)
      return bilateral_event_columns[i].format;
  return BILATERAL_EVENT_FORMAT_AUTO;
}
#define BILATERAL_SKIP_LINES 5 /* line numbers kept per reason */

/* How a layout names countries. */
typedef enum {
  BILATERAL_COUNTRIES_CAMEO, /* CAMEO country codes (GDELT) */
  BILATERAL_COUNTRIES_NAME,  /* country names (ICEWS), through the registry */
  BILATERAL_COUNTRIES_ISO3,  /* ISO 3166 alpha-3 codes (POLECAT), through the registry */
} BilateralCountryKind;

/* Where a layout keeps what a row needs: field numbers from 0, -1 for a
 * column it does not have. GDELT's and ICEWS's are fixed; a file with a
 * header (POLECAT, a BigQuery CSV export) gets its own from the header. */
typedef struct {
  int date, source, target;
  int code;                                 /* the CAMEO event code; -1: none (POLECAT's PLOVER types) */
  int quad;                                 /* QuadClass; -1: from the code's root */
  int weight;                               /* Goldstein (GDELT), intensity (ICEWS, POLECAT) */
  int tone;                                 /* -1: none */
  int is_root;                              /* -1: none */
  int id;                                   /* the dataset's id of the row */
  int url;                                  /* GDELT's SOURCEURL; -1: none */
  int story, sentence, publisher, text;     /* ICEWS's reference; -1: none */
  int source_sectors[3], target_sectors[3]; /* GDELT's actor types; ICEWS's and POLECAT's sector lists; -1: none */
  int place, place_country, division, latitude, longitude, feature; /* where; -1: none */
  int plover[3];    /* POLECAT's event type, mode and contexts; -1: none */
  int country_name; /* a country's name to find the place's state by (ICEWS); -1: the last part of the place (GDELT) */
  int columns;      /* how many fields a row has; 0: as bilateral_event_columns says */
  int last_needed;  /* the highest of the numbers above that a row must reach */
  BilateralCountryKind countries;
  gboolean none_missing;  /* "None" is a missing value (POLECAT) */
  gboolean first_of_many; /* a field may list several values, "A; B": the first is the row's */
} BilateralColumns;

extern const BilateralColumns _bilateral_gdelt1_columns;
extern const BilateralColumns _bilateral_gdelt2_columns;
extern const BilateralColumns _bilateral_icews_columns;
/* The columns of @format's fixed layout; NULL for one with a header of its own. */
const BilateralColumns *_bilateral_fixed_columns (BilateralEventFormat format);

/* 40 bytes: the number of events is the sum of the QuadClass counts. Sums
 * are integers, so that they do not depend on the order rows were added
 * in, and so on the number of threads. */
typedef struct {
  guint64 key;
  guint32 quad[4];
  gint64 goldstein; /* hundredths */
  gint64 tone;      /* BILATERAL_TONE_UNIT */
} BilateralCell;

/* Tones are kept in billionths: exact to far below what is written. */
#define BILATERAL_TONE_UNIT 1e9
#define BILATERAL_TONE_DECIMALS 9

static inline guint64
_bilateral_cell_events (const BilateralCell *g)
{
  return (guint64) g->quad[0] + g->quad[1] + g->quad[2] + g->quad[3];
}

typedef struct {
  BilateralCell *slots; /* key 0 marks an empty slot: no real key is 0 */
  gsize capacity;       /* a power of 2 */
  gsize n;
} BilateralCellTable;

void _bilateral_cell_table_init (BilateralCellTable *table);
/* Makes room in @table for @n groups in all. */
void _bilateral_cell_table_reserve (BilateralCellTable *table, gsize n);
void _bilateral_cell_table_clear (BilateralCellTable *table);
BilateralCell *_bilateral_cell_table_get (BilateralCellTable *table, guint64 key);
const BilateralCell *_bilateral_cell_table_find (const BilateralCellTable *table, guint64 key);
/* Adds @from's groups to @into's: all of them or, if a count or sum would
 * overflow, none (FALSE). */
gboolean _bilateral_cell_table_merge (BilateralCellTable *into, const BilateralCellTable *from);
/* The same, but @from is given up: an empty @into takes its slots, not a
 * copy of them. @from is cleared either way. */
gboolean _bilateral_cell_table_absorb (BilateralCellTable *into, BilateralCellTable *from);
/* Copies @from's groups into @into, which has room for them and holds none
 * of their keys, while other threads may do the same with other keys
 * (slots are taken by setting their key atomically). The caller counts
 * them into @into->n. */
void _bilateral_cell_table_insert_apart (BilateralCellTable *into, const BilateralCellTable *from);
/* Adds one group's counts and sums to another's; FALSE, changing nothing, on overflow. */
gboolean _bilateral_cell_add (BilateralCell *into, const BilateralCell *from);

typedef struct {
  guint32 dyad[2]; /* 0: none */
  gboolean directed;
  guint32 country;  /* 0: none */
  gint32 first_day; /* inclusive; BILATERAL_DAY_OPEN_START: none */
  gint32 last_day;
  guint32 roots; /* bit r for root code r (1..20); 0: all */
  guint32 quads; /* bit q for QuadClass q (1..4); 0: all */
  gboolean root_only;
  char sector[16]; /* on both sides, without regard to case; "": any */
  char located[8]; /* the id of the state the place was in; "": anywhere */
  gboolean keep_duplicates; /* loading events: keep rows of the same day, states, code and story */
} BilateralCompiledFilter;

typedef struct {
  guint64 count;
  guint64 lines[BILATERAL_SKIP_LINES]; /* 1-based, relative to the chunk until fixed up */
  guint n_lines;
} BilateralSkipStat;

/* Maps ICEWS country names to packed CAMEO codes; shared by the threads, read only while scanning. */
typedef struct _BilateralCountryNames BilateralCountryNames;
BilateralCountryNames *_bilateral_country_names_new (void);
void _bilateral_country_names_free (BilateralCountryNames *names);
/* Learns the names of a chunk before it is scanned; returns FALSE on none. */
void _bilateral_country_names_learn (BilateralCountryNames *names, const BilateralColumns *columns, const char *data, gsize len);

/* A row that passed every check, as the scan hands it to a row function. */
typedef struct {
  guint64 line; /* 1-based, relative to the chunk */
  int year, month, day;
  guint32 source, target; /* packed CAMEO country codes, in the row's direction */
  const char *code;       /* the CAMEO event code */
  gsize code_len;
  gint64 goldstein;          /* hundredths */
  const char *const *fields; /* field f is fields[f] .. fields[f + 1] − 1 */
  int n_fields;
} BilateralEventRow;

typedef void (*BilateralRowFunc) (const BilateralEventRow *row, gpointer user_data);

/* Whether a story field tells one story: a story id does; GDELT's source
 * URL only when it is a URL, not a citation of a service ("BBC
 * Monitoring") that many stories share. */
static inline gboolean
_bilateral_story_is_one (const char *text, gsize n, gboolean is_url)
{
  if (!is_url)
    return n > 0;
  for (gsize i = 0; i + 3 <= n; i++)
    if (text[i] == ':' && text[i + 1] == '/' && text[i + 2] == '/')
      return TRUE;
  return FALSE;
}

/* A row a panel keeps, with what tells a repeat of it: its id, and its day,
 * countries, code and story, each a 128-bit fingerprint ({0, 0}: none). */
typedef struct {
  BilateralCell cell; /* the row's group, counted once */
  guint64 prints[2][2]; /* BILATERAL_PRINT_ID, BILATERAL_PRINT_STORY */
  guint64 line;         /* 1-based, relative to the chunk */
  guint8 repeat[2];     /* set by the caller: each print is an earlier row's */
} BilateralKeptRow;

enum { BILATERAL_PRINT_ID, BILATERAL_PRINT_STORY };

typedef struct {
  /* in */
  const char *data;
  gsize len;
  BilateralEventFormat format;
  const BilateralColumns *columns;
  BilateralPanelBin bin;
  gboolean directed;
  const BilateralCompiledFilter *filter;
  BilateralCountryNames *names;
  gboolean scalar;
  gboolean strict;
  BilateralRowFunc row_func; /* when set, kept rows go to it instead of the table */
  gpointer row_data;
  GArray *kept_rows; /* when set, kept rows go to it (BilateralKeptRow), for the caller to drop repeats */
  /* Jobs side by side each keep a shard of the groups: a row whose group
   * is another's goes to @outboxes[its shard] (BilateralCell), which that
   * job takes (_bilateral_scan_take ()). */
  guint shard, n_shards; /* n_shards 0 or 1: every group is this job's */
  GArray **outboxes;     /* n_shards of them; this job's own is not used */
  /* out */
  BilateralCellTable table;
  guint64 lines;
  guint64 rows;
  guint64 kept;
  guint64 filtered;
  BilateralSkipStat skipped[BILATERAL_N_SKIP_REASONS];
  guint64 first_dirty_line; /* in strict mode, 1-based; 0: none */
  BilateralSkipReason first_dirty_reason;
  int first_dirty_field;         /* from 0; -1: the row as a whole */
  const char *first_dirty_value; /* within data */
  gsize first_dirty_value_len;
  gboolean overflow;         /* a group's count or sum overflowed */
  GHashTable *unknown_names; /* ICEWS country name (printable) → rows; NULL: none yet */
  GHashTable *places;        /* for a filter by place: what each place text and year told; NULL: none yet */
} BilateralScanJob;

void _bilateral_scan (BilateralScanJob *job);
/* Adds a row's counts to its group: @job's table, or the outbox of the group's shard. */
void _bilateral_scan_add_cell (BilateralScanJob *job, const BilateralCell *cell);
/* Adds rows another job handed on, whose groups are @job's shard. */
void _bilateral_scan_take (BilateralScanJob *job, const GArray *rows);

guint32 _bilateral_pack_code (const char *code, gsize len);
void _bilateral_unpack_code (guint32 packed, char out[4]);
guint64 _bilateral_cell_key (guint32 a, guint32 b, guint32 period);
void _bilateral_cell_key_parts (guint64 key, guint32 *a, guint32 *b, guint32 *period);
/* The period number of a day in a bin, or FALSE out of range. */
gboolean _bilateral_period_of (BilateralPanelBin bin, int y, int m, int d, guint32 *period);
/* Whether y-m-d is a day of the calendar. */
gboolean _bilateral_day_exists (int y, int m, int d);
void _bilateral_period_ymd (BilateralPanelBin bin, guint32 period, int *y, int *m, int *d);

/* A block of whole lines of an event file. */
typedef struct {
  const char *data;
  gsize len;
  guint64 first_line;              /* the line number of data[0], from 1 */
  BilateralEventFormat format;     /* as detected */
  const BilateralColumns *columns; /* where its rows keep what is read */
  const char *name;                /* of the file, or member, for messages */
  guint64 bytes;                   /* read from the input so far */
  guint64 lines;                   /* set by the block's reader: how many lines it had */
  /* A plain file handed over whole: data is NULL, and the block is the
   * file's rows, @len bytes from @offset, for the caller to read from @fd. */
  int fd;
  guint64 offset;
} BilateralEventBlock;

typedef gboolean (*BilateralBlockFunc) (BilateralEventBlock *block, gpointer user_data, GError **error);

/* Reads a file (@path: plain, .gz or .zip) or a @stream a block at a time,
 * a reader thread filling the next block while the caller's scans this one.
 * With @whole, a plain file of tab-separated rows (not a CSV) is handed
 * over in one block that is not read (see BilateralEventBlock), for a
 * caller that reads its pieces on every core. */
gboolean _bilateral_read_events (const char *path, GInputStream *stream, const char *name, BilateralEventFormat format,
                                 gboolean whole, BilateralBlockFunc func, gpointer user_data, GCancellable *cancellable,
                                 GError **error);

/* The longest line a file may have: a block. */
#define BILATERAL_EVENT_BLOCK_SIZE (8u << 20)

const BilateralCompiledFilter *_bilateral_event_filter_compile (BilateralEventFilter *filter);

/* A series from a panel's groups, each with its series bin number (a year, or year·12 + month − 1). */
BilateralSeries *_bilateral_series_new_from_cells (BilateralSeriesParams *params, const gint64 *bins,
                                                   const BilateralCell *const *groups, guint n_groups);

G_END_DECLS
