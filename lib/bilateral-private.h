/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <string.h>

#include "bilateral.h"

G_BEGIN_DECLS

/* Text from outside, made valid UTF-8 and one line for a message (bytes
 * that are not, as \xNN); and whether text is UTF-8 without a NUL byte. */
char *_bilateral_printable (const char *text, gssize length);
/* Zeroed memory for a large table, written at once: memory that calloc ()
 * leaves to the kernel's zero page would be copied on the first write to
 * each page, and each copy stops every other thread of the process to
 * flush its TLB. Freed with g_free (). */
static inline gpointer
_bilateral_zeroed_table (gsize bytes)
{
  gpointer memory = g_malloc (bytes);

  memset (memory, 0, bytes);
  return memory;
}
char **_bilateral_strv_of (const GPtrArray *strings);
gboolean _bilateral_text_is_clean (const char *text, gssize length);
/* An enum value's nick (`hostile`), for the _to_string () helpers; NULL for none. */
const char *_bilateral_enum_nick (GType type, int value);
/* Passes a GIO error on, in its own domain, with the path in its message. */
void _bilateral_propagate_io_error (GError **dest, GError *src, const char *path);
/* A copy of text given to the model, which holds only UTF-8. */
char *_bilateral_dup_text (const char *text);
/* The same, shared (bilateral-shared-text.c): a GRefString, and a list
 * released with _bilateral_release_list(). Neither may be changed. A pool,
 * one a thread, keeps what it has given, so that giving it again takes no lock. */
char *_bilateral_intern_text (const char *text);
char **_bilateral_intern_list (const char *const *texts);
char **_bilateral_ref_list (char **texts);
void _bilateral_release_list (char **texts);
typedef struct _BilateralTextPool BilateralTextPool;
BilateralTextPool *_bilateral_text_pool_new (void);
void _bilateral_text_pool_free (BilateralTextPool *pool);
char *_bilateral_text_pool_text (BilateralTextPool *pool, const char *text);
char **_bilateral_text_pool_list (BilateralTextPool *pool, const char *const *texts);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BilateralTextPool, _bilateral_text_pool_free)
/* Appends @s as a JSON string; @in_html also escapes what would end a <script>. */
void _bilateral_json_append_string (GString *out, const char *s, gboolean in_html);

/* The days of a month of the proleptic Gregorian calendar. */
int _bilateral_days_in_month (int year, int month);

/* A read-only view of a list (bilateral-list-view.c): what getters give. */
#define BILATERAL_TYPE_LIST_VIEW (_bilateral_list_view_get_type ())
G_DECLARE_FINAL_TYPE (BilateralListView, _bilateral_list_view, BILATERAL, LIST_VIEW, GObject)
GListModel *_bilateral_list_view_new (GListModel *model);

/* A list over an array, that its owner changes (bilateral-array-list.c). */
#define BILATERAL_TYPE_ARRAY_LIST (_bilateral_array_list_get_type ())
G_DECLARE_FINAL_TYPE (BilateralArrayList, _bilateral_array_list, BILATERAL, ARRAY_LIST, GObject)
BilateralArrayList *_bilateral_array_list_new (GType item_type);
gpointer _bilateral_array_list_peek (BilateralArrayList *self, guint position); /* (transfer none) */
void _bilateral_array_list_splice (BilateralArrayList *self, guint position, gpointer const *items, guint n);
guint _bilateral_array_list_position (BilateralArrayList *self, gpointer item, GCompareDataFunc compare);
guint _bilateral_array_list_insert_sorted (BilateralArrayList *self, gpointer item, GCompareDataFunc compare);
void _bilateral_array_list_merge (BilateralArrayList *self, GPtrArray *sorted, GCompareDataFunc compare, guint *from,
                                  guint *placed);

/* A private, read-only copy of an optional list, so immutable objects stay
 * so (bilateral-fixed-list.c): a list made by it is shared, not copied. */
#define BILATERAL_TYPE_FIXED_LIST (_bilateral_fixed_list_get_type ())
G_DECLARE_FINAL_TYPE (BilateralFixedList, _bilateral_fixed_list, BILATERAL, FIXED_LIST, GObject)
GListModel *_bilateral_list_copy (GListModel *model, GType item_type);
/* The same of @items, which the caller keeps. */
GListModel *_bilateral_fixed_list_new (GType item_type, GPtrArray *items);

/* Succession links are wired by the archive once both states are in it. */
void _bilateral_state_add_predecessor (BilateralState *self, BilateralSuccession *link);
void _bilateral_state_add_successor (BilateralState *self, BilateralSuccession *link);
void _bilateral_state_set_spells (BilateralState *self, GPtrArray *spells);
/* What an archive gives a state it takes from the registry: only what the
 * state lacks (a name, an existence, a code). */
void _bilateral_actor_complete (BilateralActor *self, const char *name, BilateralDate *existence);
void _bilateral_state_complete_code (BilateralState *self, BilateralCodeScheme scheme, const char *code);
void _bilateral_state_set_status (BilateralState *self, BilateralStateStatus status);
void _bilateral_archive_complete_state (BilateralArchive *self, BilateralState *state);

/* Whether an event was given its weight, or took its code's from the codebook. */
/* An event's properties, for _bilateral_event_new_from_fields(). */
typedef struct {
  const char *id;
  BilateralDate *date;
  BilateralActor *source, *target;
  const char *cameo_code, *plover_type, *plover_mode;
  const char *const *plover_contexts;
  gboolean goldstein_given;
  double goldstein;
  const char *title;
  GListModel *citations, *impacts, *participants;
  const char *const *source_sectors, *const *target_sectors;
  BilateralLocation *location;
  BilateralTextPool *pool; /* where its texts come from; NULL: the intern tables */
} BilateralEventFields;
BilateralEvent *_bilateral_event_new_from_fields (const BilateralEventFields *fields);
gboolean _bilateral_event_goldstein_given (BilateralEvent *self);
BilateralEventLoad *_bilateral_event_load_new (void);
void _bilateral_event_load_add_event (BilateralEventLoad *self);
/* A row skipped for @reason at @file:@line (@file NULL: where is not kept). */
void _bilateral_event_load_skip (BilateralEventLoad *self, BilateralSkipReason reason, const char *file, guint64 line);
void _bilateral_event_load_count (BilateralEventLoad *self, BilateralSkipReason reason, guint64 rows);

/* The event's CAMEO code, or its PLOVER type when it has none: to show. */
const char *_bilateral_event_code_label (BilateralEvent *self);
/* The PLOVER type the event was given (NULL: none, its code's), with its mode and contexts. */
const char *_bilateral_event_own_plover (BilateralEvent *self, const char **mode, const char *const **contexts);

/* Date order for lists of events and phases; ties by id so order is total. */
int _bilateral_event_compare (gconstpointer a, gconstpointer b, gpointer user_data);
/* Arrays of events: @sorted merged into @events (which takes no references), both
 * in date order; and put in date order, cheaply when nearly so (none out
 * of place, or two sorted runs, as a load read in two halves gives). */
void _bilateral_events_merge (GPtrArray *events, GPtrArray *sorted);
void _bilateral_events_sort (GPtrArray *events);
int _bilateral_phase_compare (gconstpointer a, gconstpointer b, gpointer user_data);

BilateralRelation *_bilateral_relation_new (BilateralArchive *archive, BilateralActor *first, BilateralActor *second);
/* A record the archive gained: the relation takes it if it is of its dyad. */
void _bilateral_relation_offer_event (BilateralRelation *self, BilateralArchive *archive, BilateralEvent *event);
/* The same of many, in date order, at once. */
void _bilateral_relation_offer_events (BilateralRelation *self, BilateralArchive *archive, GPtrArray *events);
void _bilateral_relation_offer_phase (BilateralRelation *self, BilateralArchive *archive, BilateralPhase *phase);

/* Which way a relation's event went, and how much a third party's bore on it. */
#define BILATERAL_RELATION_FORWARD 1 /* from the relation's first actor to its second */
#define BILATERAL_RELATION_BACKWARD 2
guint _bilateral_relation_get_direction (BilateralRelation *self, guint event_index);
double _bilateral_relation_get_impact_weight (BilateralRelation *self, guint third_party_index);

BilateralSeries *_bilateral_series_new (BilateralRelation *relation, BilateralSeriesParams *params);
const double *_bilateral_series_get_volumes (BilateralSeries *self);

/* The segment starts of PELT for changes in mean, from 0. */
/* Segments y[0..n) of weights w (NULL: 1 each) into runs of constant mean: segment starts, from 0. */
GArray *_bilateral_segment (const double *y, const double *w, guint n, double penalty, guint min_segment);
GArray *_bilateral_segment_binary (const double *y, const double *w, guint n, double penalty, guint min_segment);

/* The actor that stands for @actor in a dyad: a person's affiliation, the
 * first state of a chain of continuations. */
BilateralActor *_bilateral_archive_actor_by_id (BilateralArchive *self, const char *id);
BilateralState *_bilateral_archive_continued_state (BilateralArchive *self, BilateralState *state);
BilateralActor *_bilateral_archive_principal (BilateralArchive *self, BilateralActor *actor);
BilateralActor *_bilateral_archive_principal_at (BilateralArchive *self, BilateralActor *actor, const BilateralDate *date);

/* Where a record sits in the document it came from (or would be saved to). */
char *_bilateral_archive_pointer_of (BilateralArchive *self, gpointer record);

/* Problems found while loading or checking, reported together in one GError.
 * A reference to a record of the document that could not be built is not
 * a problem of its own: the record's is the root cause, reported once. */
typedef struct {
  GPtrArray *messages;
  GPtrArray *wheres; /* of each message: a JSON pointer, or a record's name */
  GArray *codes;     /* of each message: its BilateralError */
  GHashTable *forgiven;  /* "kind\x1fid" of records the document has but that failed; borrowed */
  GHashTable *positions; /* pointer → "line:column"; borrowed, or NULL */
} BilateralProblems;

gboolean _bilateral_problems_forgives (BilateralProblems *problems, const char *kind, const char *id);

void _bilateral_problems_init (BilateralProblems *problems);
void _bilateral_problems_clear (BilateralProblems *problems);
void _bilateral_problems_add (BilateralProblems *problems, int code, const char *where, const char *fmt, ...)
  G_GNUC_PRINTF (4, 5);
gboolean _bilateral_problems_to_error (BilateralProblems *problems, const char *origin, GError **error);

/* What the parser does not check of a document's text, just ahead of it:
 * UTF-8, no \u0000 nor lone surrogates, numbers it can hold, nesting. */
#define BILATERAL_JSON_MAX_DEPTH 64
/* A piece at a time, for a text read as it is parsed. */
typedef struct {
  const char *data, *end, *origin;
  const char *scanned, *validated; /* how far the tokens and the UTF-8 are checked */
  guint depth;
  const char *failed_at; /* once it has failed, where */
} BilateralJsonCheck;
void _bilateral_json_check_init (BilateralJsonCheck *check, const char *data, gsize length, const char *origin);
gboolean _bilateral_json_check_upto (BilateralJsonCheck *check, gsize limit, GError **error);
/* Parses a document with yajl into a tree of bilateral-json-tree.h made in
 * @arena. When the top-level object's array member @streamed starts, @take
 * is asked with the members so far: if it says TRUE, each element is handed
 * to @func once complete and freed after (the array stays empty), else kept
 * in the tree. Returns the root, NULL for a blank text, or NULL with @error
 * set. @mapped: @data is a mapped file whose pages can be given back once
 * parsed (bilateral-json-stream.c). */
typedef struct _BjNode BjNode;
typedef struct _BjArena BjArena;
typedef gboolean (*BilateralJsonTakeFunc) (BjNode *root_so_far, gpointer user_data);
typedef void (*BilateralJsonElementFunc) (BjNode *element, guint index, gpointer user_data);
/* A long array's second half may be read on another thread by @func, as
 * a guess; @finish is then called on the parser's thread with the index of
 * its first element, and whether its elements are used (else they are read
 * again by the first @func, and what @func did must be dropped). */
typedef struct {
  BilateralJsonElementFunc func;
  void (*done) (gpointer user_data); /* on the helper's thread, once it has read */
  void (*finish) (gpointer user_data, guint first, gboolean used);
  gpointer user_data;
} BilateralJsonHelper;
BjNode *_bilateral_json_stream_parse (const char *data, gsize length, const char *origin, const char *streamed,
                                      BilateralJsonTakeFunc take, BilateralJsonElementFunc func, gpointer user_data,
                                      const BilateralJsonHelper *helper, gboolean mapped, BjArena *arena, GError **error);
/* The line and column (in characters, from 1) of a byte of a text. */
void _bilateral_json_position (const char *data, gsize offset, guint *line, guint *column);
/* Fills @wanted (JSON pointer → NULL) with "line:column" of each pointer's
 * value, or of its member's name, as found in the text. */
void _bilateral_json_locate (const char *data, gsize length, GHashTable *wanted);

/* Writes a document to @path atomically (bilateral-archive-save.c). */
gboolean _bilateral_archive_write_file (const char *path, const char *data, gsize length, GError **error);

BilateralArchive *_bilateral_archive_load_bytes (GBytes *bytes, const char *origin, GError **error);

/* What a state of a document took from the registry rather than gave itself,
 * so that saving the archive writes back only what the document had. */
#define BILATERAL_FILLED_CODE(scheme) (1u << (scheme))
#define BILATERAL_FILLED_NAME (1u << BILATERAL_N_CODE_SCHEMES)
#define BILATERAL_FILLED_EXISTENCE (1u << (BILATERAL_N_CODE_SCHEMES + 1))
void _bilateral_archive_set_filled (BilateralArchive *self, gpointer record, guint filled);
BilateralState *_bilateral_archive_new_registry_state (const char *id, guint *filled);
guint _bilateral_archive_get_filled (BilateralArchive *self, gpointer record);

/* The loader inserts records unchecked, then checks them all at once. */
void _bilateral_archive_insert_source (BilateralArchive *self, BilateralSource *source, const char *pointer);
void _bilateral_archive_insert_actor (BilateralArchive *self, BilateralActor *actor, const char *pointer);
void _bilateral_archive_insert_succession (BilateralArchive *self, BilateralSuccession *link, const char *pointer);
/* @index: of the event in the document's "events", or -1. A loader indexes
 * each event as it reads it (so that ids are checked), then adds them all. */
void _bilateral_archive_insert_event (BilateralArchive *self, BilateralEvent *event, int index);
void _bilateral_archive_index_event (BilateralArchive *self, BilateralEvent *event, int index);
void _bilateral_archive_add_indexed_events (BilateralArchive *self, GPtrArray *events);
gboolean _bilateral_archive_add_event_later (BilateralArchive *self, BilateralEvent *event, GPtrArray *added, GError **error);

/* An archive's events by pair of actors (bilateral-event-index.c). */
typedef struct _BilateralEventIndex BilateralEventIndex;
BilateralEventIndex *_bilateral_event_index_new (void);
void _bilateral_event_index_free (BilateralEventIndex *self);
void _bilateral_event_index_add (BilateralEventIndex *self, BilateralEvent *event);
void _bilateral_event_index_add_sorted (BilateralEventIndex *self, GPtrArray *events);
/* The events between one of @firsts and one of @seconds, and those with
 * impacts, in date order (transfer container). */
GPtrArray *_bilateral_event_index_find (BilateralEventIndex *self, GPtrArray *firsts, GPtrArray *seconds);
/* The events that may be the dyad's of @root1 and @root2 or bear on it, in
 * date order (transfer container); a superset the relation sorts out. */
GPtrArray *_bilateral_archive_dyad_candidates (BilateralArchive *self, BilateralActor *root1, BilateralActor *root2);
void _bilateral_archive_insert_phase (BilateralArchive *self, BilateralPhase *phase, const char *pointer);
/* @events_checked: by _bilateral_archive_check_event() as they were read */
void _bilateral_archive_check_all (BilateralArchive *self, gboolean events_checked, BilateralProblems *problems);
void _bilateral_archive_check_event (BilateralArchive *self, BilateralEvent *event, const char *where, BilateralProblems *problems);

G_END_DECLS
