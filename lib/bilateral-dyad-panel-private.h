/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "bilateral-event-scan.h"
#include "bilateral-print-set.h"

G_BEGIN_DECLS

/* What BilateralDyadPanel (bilateral-dyad-panel.c) shares with its reader
 * (bilateral-panel-reader.c), which reads a file into a stage: a panel of
 * its own that the panel then absorbs. */

#define BILATERAL_PANEL_MAX_THREADS 64
#define BILATERAL_PRINT_SHARDS 16

struct _BilateralDyadPanel {
  GObject parent_instance;
  BilateralPanelBin bin;
  gboolean directed;
  gboolean strict;
  guint threads;
  gboolean has_tone;
  BilateralEventFilter *filter;
  /* The groups: one table, and the shards of the threads that read the
   * last file, not yet joined into it (their keys all differ): a panel
   * read and written joins none. */
  BilateralCellTable groups;
  BilateralCellTable shards[BILATERAL_PANEL_MAX_THREADS];
  guint n_shards;
  guint64 rows;
  guint64 kept;
  guint64 filtered;
  guint64 skipped[BILATERAL_N_SKIP_REASONS];
  GPtrArray *skipped_lines[BILATERAL_N_SKIP_REASONS]; /* "file:line" */
  GHashTable *unknown_names;                          /* ICEWS country name → rows */
  /* The prints of the ids and story keys of the rows read, to drop
   * repeats: in shards by print, each a reading thread's. */
  BilateralPrintSet seen[BILATERAL_PRINT_SHARDS];
  GArray *deferred; /* BilateralDeferredRow: a file read beside others: its kept rows, for the panel to add in order */
  GStringChunk *deferred_names;
};

/* A kept row of a file read beside others, where it was. */
typedef struct {
  BilateralKeptRow row; /* its line, the file's */
  const char *name;
} BilateralDeferredRow;

/* The shard of the prints that holds @print. */
static inline guint
_bilateral_print_shard (const guint64 print[2])
{
  return (guint) (print[1] >> 59) % BILATERAL_PRINT_SHARDS;
}

static inline gboolean
_bilateral_has_print (const guint64 print[2])
{
  return print[0] || print[1];
}

/* The panel's tables of groups: @i from 0 to n_shards (0: groups). */
static inline BilateralCellTable *
_bilateral_dyad_panel_table (BilateralDyadPanel *self, guint i)
{
  return i == 0 ? &self->groups : &self->shards[i - 1];
}

/* Adds "@name:@line" to a skip reason's first lines, while they are few. */
static inline void
_bilateral_dyad_panel_note_line (GPtrArray *lines, const char *name, guint64 line)
{
  if (lines->len < BILATERAL_SKIP_LINES)
    g_ptr_array_add (lines, g_strdup_printf ("%s:%" G_GUINT64_FORMAT, name, line));
}

void _bilateral_dyad_panel_emit_progress (BilateralDyadPanel *self, guint64 bytes, guint64 rows, guint64 skipped);
void _bilateral_dyad_panel_add_unknown_names (GHashTable *into, GHashTable *from);
gboolean _bilateral_dyad_panel_overflow_error (const char *where, GError **error);

/* Reads a file or stream into a new panel of @self's kind, which the
 * caller then absorbs: a file that fails leaves @self as it was. @context:
 * where to tell progress, when reading in another thread (NULL: here).
 * @beside: read beside other files, each on a thread: no progress, and the
 * rows kept are left for the panel to tell from repeats in order. */
BilateralDyadPanel *_bilateral_panel_read (BilateralDyadPanel *self, const char *path, GInputStream *stream, const char *name,
                                           BilateralEventFormat format, GMainContext *context, guint threads, gboolean beside,
                                           GCancellable *cancellable, GError **error);

G_END_DECLS
