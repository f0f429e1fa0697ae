/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bilateral-dyad-panel-private.h"

/**
 * BilateralDyadPanel:
 *
 * Event data — GDELT 1.0 and 2.0 event files, ICEWS event files — read
 * into a dyad panel: for each pair of countries and each day, month or
 * year, the number of events, their Goldstein sum and mean, their counts
 * per QuadClass and their mean tone.
 *
 * A plain file is read in pieces of whole lines, which the panel's threads
 * (bilateral_dyad_panel_set_threads()) take in turn, each reading its
 * piece itself, with no allocation per row; `.gz` and `.zip` files (as
 * GDELT ships them) are inflated, and any #GInputStream, standard input
 * included, read (bilateral_dyad_panel_add_stream()), a block ahead on a
 * thread of their own while the panel's threads scan the block before. A row is kept when both its country
 * codes are present and differ, and the filter
 * (bilateral_dyad_panel_set_filter()) keeps it; an undirected panel counts
 * A→B and B→A in the group of the pair in byte order.
 *
 * Dirty rows — the wrong number of columns, an event code such as `13y`, a
 * date or number that cannot be read, `NA` — are skipped and counted by
 * reason, with the first few line numbers
 * (bilateral_dyad_panel_get_skipped_lines()); a strict panel stops at the
 * first with a #GError naming the file and line. Rows dropped by their
 * country codes (one missing, both the same, or the filter's dyad or
 * country) are not checked further. A row that repeats a row read before
 * (the same id, or the same day, countries, code and story; see
 * bilateral_event_filter_set_keep_duplicates()) is dropped and counted
 * too, unless the filter keeps repeats.
 *
 * Panels merge (bilateral_dyad_panel_merge()): counts and sums add, so files
 * can be read apart — by a job array, on a cluster — written as partial CSV
 * (bilateral_dyad_panel_write_csv() with @partial), read back with
 * bilateral_dyad_panel_new_from_csv() and merged into one.
 */

G_DEFINE_FINAL_TYPE (BilateralDyadPanel, bilateral_dyad_panel, G_TYPE_OBJECT)

enum { SIGNAL_PROGRESS, N_SIGNALS };
enum { PROP_0, PROP_BIN, PROP_DIRECTED, PROP_THREADS, PROP_STRICT, N_PROPS };

static guint signals[N_SIGNALS];
static GParamSpec *props[N_PROPS];

#define MAX_THREADS BILATERAL_PANEL_MAX_THREADS

static void
bilateral_dyad_panel_finalize (GObject *object)
{
  BilateralDyadPanel *self = BILATERAL_DYAD_PANEL (object);

  g_clear_object (&self->filter);
  for (guint i = 0; i <= self->n_shards; i++)
    _bilateral_cell_table_clear (_bilateral_dyad_panel_table (self, i));
  for (guint k = 0; k < BILATERAL_PRINT_SHARDS; k++)
    _bilateral_print_set_clear (&self->seen[k]);
  g_clear_pointer (&self->deferred, g_array_unref);
  g_clear_pointer (&self->deferred_names, g_string_chunk_free);
  for (guint r = 0; r < BILATERAL_N_SKIP_REASONS; r++)
    g_ptr_array_unref (self->skipped_lines[r]);
  g_hash_table_unref (self->unknown_names);
  G_OBJECT_CLASS (bilateral_dyad_panel_parent_class)->finalize (object);
}

static void
bilateral_dyad_panel_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BilateralDyadPanel *self = BILATERAL_DYAD_PANEL (object);

  switch (prop_id)
    {
    case PROP_BIN: g_value_set_enum (value, self->bin); break;
    case PROP_DIRECTED: g_value_set_boolean (value, self->directed); break;
    case PROP_THREADS: g_value_set_uint (value, self->threads); break;
    case PROP_STRICT: g_value_set_boolean (value, self->strict); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_dyad_panel_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BilateralDyadPanel *self = BILATERAL_DYAD_PANEL (object);

  switch (prop_id)
    {
    case PROP_BIN: self->bin = g_value_get_enum (value); break;
    case PROP_DIRECTED: self->directed = g_value_get_boolean (value); break;
    case PROP_THREADS: bilateral_dyad_panel_set_threads (self, g_value_get_uint (value)); break;
    case PROP_STRICT: bilateral_dyad_panel_set_strict (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_dyad_panel_class_init (BilateralDyadPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  const GParamFlags settable = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = bilateral_dyad_panel_finalize;
  object_class->get_property = bilateral_dyad_panel_get_property;
  object_class->set_property = bilateral_dyad_panel_set_property;

  /**
   * BilateralDyadPanel:bin:
   *
   * The periods of the panel: days, months or years. Set when the panel is
   * made (`Bilateral.DyadPanel(bin=Bilateral.PanelBin.MONTH)`).
   */
  props[PROP_BIN] = g_param_spec_enum ("bin", NULL, NULL, BILATERAL_TYPE_PANEL_BIN, BILATERAL_PANEL_BIN_DAY, construct);
  /**
   * BilateralDyadPanel:directed:
   *
   * Whether A→B is kept apart from B→A. Set when the panel is made.
   */
  props[PROP_DIRECTED] = g_param_spec_boolean ("directed", NULL, NULL, FALSE, construct);
  /**
   * BilateralDyadPanel:threads:
   *
   * How many threads read a file: 1 to 64; 0 when set means the number of
   * processors. A plain file takes this many cores, one thread reading and
   * scanning each piece; a compressed file or a stream has one more thread,
   * which inflates or reads the next block.
   */
  props[PROP_THREADS] = g_param_spec_uint ("threads", NULL, NULL, 0, MAX_THREADS, 1, settable);
  /**
   * BilateralDyadPanel:strict:
   *
   * Whether a dirty row is an error rather than skipped and counted.
   */
  props[PROP_STRICT] = g_param_spec_boolean ("strict", NULL, NULL, FALSE, settable);
  g_object_class_install_properties (object_class, N_PROPS, props);

  /**
   * BilateralDyadPanel::progress:
   * @panel: the panel
   * @bytes: the bytes read so far from the current input
   * @rows: the rows read so far, in all
   * @skipped: the dirty rows skipped so far, in all
   *
   * Emitted after each block of a file: on the thread that reads, or, for
   * bilateral_dyad_panel_add_file_async(), on the caller's main context;
   * for bilateral_dyad_panel_add_files(), once per file as it is added,
   * @bytes then being the file's size.
   */
  signals[SIGNAL_PROGRESS] = g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 3, G_TYPE_UINT64, G_TYPE_UINT64, G_TYPE_UINT64);
}

static void
bilateral_dyad_panel_init (BilateralDyadPanel *self)
{
  self->threads = 1;
  self->has_tone = TRUE;
  _bilateral_cell_table_init (&self->groups);
  for (guint r = 0; r < BILATERAL_N_SKIP_REASONS; r++)
    self->skipped_lines[r] = g_ptr_array_new_with_free_func (g_free);
  self->unknown_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

void
_bilateral_dyad_panel_add_unknown_names (GHashTable *into, GHashTable *from)
{
  GHashTableIter iter;
  gpointer name, count;

  g_hash_table_iter_init (&iter, from);
  while (g_hash_table_iter_next (&iter, &name, &count))
    {
      gsize before = GPOINTER_TO_SIZE (g_hash_table_lookup (into, name));
      g_hash_table_insert (into, g_strdup (name), GSIZE_TO_POINTER (before + GPOINTER_TO_SIZE (count)));
    }
}

gboolean
_bilateral_dyad_panel_overflow_error (const char *where, GError **error)
{
  g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_INVALID,
               "%s: a group's count or sum is too large to hold (over 4,294,967,295 events of one QuadClass, "
               "or a sum beyond 64 bits)",
               where);
  return FALSE;
}

void
_bilateral_dyad_panel_emit_progress (BilateralDyadPanel *self, guint64 bytes, guint64 rows, guint64 skipped)
{
  g_signal_emit (self, signals[SIGNAL_PROGRESS], 0, bytes, rows, skipped);
}

/**
 * bilateral_dyad_panel_new:
 * @bin: the periods: days, months or years
 * @directed: %TRUE to keep A→B apart from B→A
 *
 * Makes an empty panel.
 *
 * Returns: (transfer full): the panel
 */
BilateralDyadPanel *
bilateral_dyad_panel_new (BilateralPanelBin bin, gboolean directed)
{
  return g_object_new (BILATERAL_TYPE_DYAD_PANEL, "bin", bin, "directed", !!directed, NULL);
}

/**
 * bilateral_dyad_panel_get_bin:
 * @self: a panel
 *
 * Gets the periods of the panel.
 *
 * Returns: days, months or years
 */
BilateralPanelBin
bilateral_dyad_panel_get_bin (BilateralDyadPanel *self)
{
  g_return_val_if_fail (BILATERAL_IS_DYAD_PANEL (self), BILATERAL_PANEL_BIN_MONTH);
  return self->bin;
}

/**
 * bilateral_dyad_panel_get_directed:
 * @self: a panel
 *
 * Gets whether the panel keeps the two directions of a dyad apart.
 *
 * Returns: whether it is directed
 */
gboolean
bilateral_dyad_panel_get_directed (BilateralDyadPanel *self)
{
  g_return_val_if_fail (BILATERAL_IS_DYAD_PANEL (self), FALSE);
  return self->directed;
}

/**
 * bilateral_dyad_panel_set_filter:
 * @self: a panel
 * @filter: (nullable): the filter for the files read next, or %NULL for none
 *
 * Sets which rows the files read next contribute.
 */
void
bilateral_dyad_panel_set_filter (BilateralDyadPanel *self, BilateralEventFilter *filter)
{
  g_return_if_fail (BILATERAL_IS_DYAD_PANEL (self));
  g_set_object (&self->filter, filter);
}

/**
 * bilateral_dyad_panel_get_filter:
 * @self: a panel
 *
 * Gets the filter of the files read next.
 *
 * Returns: (transfer none) (nullable): the filter
 */
BilateralEventFilter *
bilateral_dyad_panel_get_filter (BilateralDyadPanel *self)
{
  g_return_val_if_fail (BILATERAL_IS_DYAD_PANEL (self), NULL);
  return self->filter;
}

/**
 * bilateral_dyad_panel_set_threads:
 * @self: a panel
 * @threads: how many threads to read with, 1 to 64; 0 for the number of
 *   processors
 *
 * Sets how many threads read a file (#BilateralDyadPanel:threads).
 */
void
bilateral_dyad_panel_set_threads (BilateralDyadPanel *self, guint threads)
{
  g_return_if_fail (BILATERAL_IS_DYAD_PANEL (self));
  if (threads == 0)
    threads = g_get_num_processors ();
  threads = CLAMP (threads, 1, MAX_THREADS);
  if (self->threads == threads)
    return;
  self->threads = threads;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_THREADS]);
}

/**
 * bilateral_dyad_panel_get_threads:
 * @self: a panel
 *
 * Gets how many threads read a file.
 *
 * Returns: the number of threads
 */
guint
bilateral_dyad_panel_get_threads (BilateralDyadPanel *self)
{
  g_return_val_if_fail (BILATERAL_IS_DYAD_PANEL (self), 1);
  return self->threads;
}

/**
 * bilateral_dyad_panel_set_strict:
 * @self: a panel
 * @strict: %TRUE to fail at the first dirty row
 *
 * Sets whether a dirty row is an error (with its file and line) rather
 * than skipped and counted.
 */
void
bilateral_dyad_panel_set_strict (BilateralDyadPanel *self, gboolean strict)
{
  g_return_if_fail (BILATERAL_IS_DYAD_PANEL (self));
  if (self->strict == !!strict)
    return;
  self->strict = !!strict;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_STRICT]);
}

/**
 * bilateral_dyad_panel_get_strict:
 * @self: a panel
 *
 * Gets whether a dirty row is an error.
 *
 * Returns: whether the panel is strict
 */
gboolean
bilateral_dyad_panel_get_strict (BilateralDyadPanel *self)
{
  g_return_val_if_fail (BILATERAL_IS_DYAD_PANEL (self), FALSE);
  return self->strict;
}

static BilateralDyadPanel *
read_stage (BilateralDyadPanel *self, const char *path, GInputStream *stream, const char *name, BilateralEventFormat format,
            GMainContext *context, guint threads, GCancellable *cancellable, GError **error)
{
  return _bilateral_panel_read (self, path, stream, name, format, context, threads, FALSE, cancellable, error);
}

static void merge_counts (BilateralDyadPanel *self, BilateralDyadPanel *other);

/* The shards of the groups into the one table, side by side (their keys
 * all differ): done when the panel is added to, not when it is read. */
static gpointer
insert_shards (gpointer data)
{
  gpointer *job = data; /* the panel, the first shard, the step */
  BilateralDyadPanel *self = job[0];

  for (guint i = GPOINTER_TO_UINT (job[1]); i < self->n_shards; i += GPOINTER_TO_UINT (job[2]))
    _bilateral_cell_table_insert_apart (&self->groups, &self->shards[i]);
  return NULL;
}

static void
join_groups (BilateralDyadPanel *self)
{
  GThread *threads[MAX_THREADS] = { NULL };
  gpointer jobs[MAX_THREADS][3];
  guint n_threads = MIN (MAX (self->threads, 1), self->n_shards);
  gsize n = self->groups.n;

  if (self->n_shards == 0)
    return;
  for (guint i = 0; i < self->n_shards; i++)
    n += self->shards[i].n;
  _bilateral_cell_table_reserve (&self->groups, n);
  for (guint t = 0; t < n_threads; t++)
    {
      jobs[t][0] = self, jobs[t][1] = GUINT_TO_POINTER (t), jobs[t][2] = GUINT_TO_POINTER (n_threads);
      if (t > 0)
        threads[t] = g_thread_new ("bilateral-join", insert_shards, jobs[t]);
    }
  insert_shards (jobs[0]);
  for (guint t = 1; t < n_threads; t++)
    g_thread_join (threads[t]);
  self->groups.n = n;
  for (guint i = 0; i < self->n_shards; i++)
    _bilateral_cell_table_clear (&self->shards[i]);
  self->n_shards = 0;
}

/* A group, in whichever table holds it; NULL: none. */
static const BilateralCell *
find_group (BilateralDyadPanel *self, guint64 key)
{
  for (guint i = 0; i <= self->n_shards; i++)
    {
      const BilateralCell *g = _bilateral_cell_table_find (_bilateral_dyad_panel_table (self, i), key);
      if (g)
        return g;
    }
  return NULL;
}

/* A stage's deferred rows into the panel, but those that report an event
 * a row kept before reported: the stage counts them as skipped. */
static gboolean
add_deferred (BilateralDyadPanel *self, BilateralDyadPanel *stage)
{
  GPtrArray *lines = stage->skipped_lines[BILATERAL_SKIP_DUPLICATE];
  gboolean ok = TRUE;

  join_groups (self);
  for (guint i = 0; i < stage->deferred->len; i++)
    {
      const BilateralDeferredRow *d = &g_array_index (stage->deferred, BilateralDeferredRow, i);
      const BilateralKeptRow *row = &d->row;
      gboolean repeat = FALSE;

      /* (Every row's prints count, a repeat's too, as when files are read one by one.) */
      for (int kind = 0; kind < 2; kind++)
        if (_bilateral_has_print (row->prints[kind]))
          repeat |= !_bilateral_print_set_add (&self->seen[_bilateral_print_shard (row->prints[kind])], row->prints[kind]);
      if (repeat)
        {
          stage->skipped[BILATERAL_SKIP_DUPLICATE]++;
          stage->kept--;
          _bilateral_dyad_panel_note_line (lines, d->name, row->line);
          continue;
        }
      ok &= _bilateral_cell_add (_bilateral_cell_table_get (&self->groups, row->cell.key), &row->cell);
    }
  g_clear_pointer (&stage->deferred, g_array_unref);
  g_clear_pointer (&stage->deferred_names, g_string_chunk_free);
  return ok;
}

static gboolean
absorb_stage (BilateralDyadPanel *self, BilateralDyadPanel *stage, const char *name, GError **error)
{
  /* The groups move (into an empty panel, without a copy, the shards as
   * they are), with the prints of the rows kept; then a file read beside
   * others has its kept rows told from repeats; then the counts. */
  if (self->groups.n == 0 && self->n_shards == 0 && (stage->groups.n == 0 || stage->n_shards == 0))
    {
      memcpy (self->shards, stage->shards, stage->n_shards * sizeof *stage->shards);
      self->n_shards = stage->n_shards;
      stage->n_shards = 0;
    }
  else
    {
      join_groups (self);
      join_groups (stage);
    }
  if (!_bilateral_cell_table_absorb (&self->groups, &stage->groups))
    return _bilateral_dyad_panel_overflow_error (name, error);
  for (guint k = 0; k < BILATERAL_PRINT_SHARDS; k++)
    _bilateral_print_set_absorb (&self->seen[k], &stage->seen[k]);
  if (stage->deferred && !add_deferred (self, stage))
    return _bilateral_dyad_panel_overflow_error (name, error);
  merge_counts (self, stage);
  return TRUE;
}

static gboolean
read_events (BilateralDyadPanel *self, const char *path, GInputStream *stream, const char *name, BilateralEventFormat format,
             GCancellable *cancellable, GError **error)
{
  g_autoptr (BilateralDyadPanel) stage = read_stage (self, path, stream, name, format, NULL, self->threads, cancellable, error);

  return stage && absorb_stage (self, stage, name, error);
}

typedef struct {
  char *path;
  BilateralEventFormat format;
  GMainContext *context;
} AddFile;

static void
add_file_free (AddFile *a)
{
  g_free (a->path);
  g_main_context_unref (a->context);
  g_free (a);
}

static void
add_file_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  AddFile *a = task_data;
  GError *error = NULL;
  BilateralDyadPanel *stage = read_stage (source, a->path, NULL, a->path, a->format, a->context,
                                          BILATERAL_DYAD_PANEL (source)->threads, cancellable, &error);

  if (stage)
    g_task_return_pointer (task, stage, g_object_unref);
  else
    g_task_return_error (task, error);
}

/**
 * bilateral_dyad_panel_add_file_async:
 * @self: a panel
 * @path: (type filename): an event file: plain, `.gz` or `.zip`
 * @format: its layout, or %BILATERAL_EVENT_FORMAT_AUTO
 * @cancellable: (nullable): a #GCancellable, checked between blocks
 * @callback: (scope async): called on the thread-default main context of
 *   the caller when the file is read
 * @user_data: data for @callback
 *
 * Reads an event file as bilateral_dyad_panel_add_file() does, in a
 * thread; #BilateralDyadPanel::progress is emitted on the caller's main
 * context. The panel gains the file's rows only in
 * bilateral_dyad_panel_add_file_finish(), all or none; it must not be read
 * from or added to in between.
 */
void
bilateral_dyad_panel_add_file_async (BilateralDyadPanel *self, const char *path, BilateralEventFormat format,
                                     GCancellable *cancellable, GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = NULL;
  AddFile *a;

  g_return_if_fail (BILATERAL_IS_DYAD_PANEL (self));
  g_return_if_fail (path != NULL);

  a = g_new0 (AddFile, 1);
  a->path = g_strdup (path);
  a->format = format;
  a->context = g_main_context_ref_thread_default ();
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, bilateral_dyad_panel_add_file_async);
  g_task_set_task_data (task, a, (GDestroyNotify) add_file_free);
  g_task_run_in_thread (task, add_file_thread);
}

/**
 * bilateral_dyad_panel_add_file_finish:
 * @self: a panel
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Finishes bilateral_dyad_panel_add_file_async(): the panel gains the
 * file's rows, or, on an error (%G_IO_ERROR_CANCELLED when cancelled),
 * none.
 *
 * Returns: %TRUE on success
 */
gboolean
bilateral_dyad_panel_add_file_finish (BilateralDyadPanel *self, GAsyncResult *result, GError **error)
{
  g_autoptr (BilateralDyadPanel) stage = NULL;
  AddFile *a;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == bilateral_dyad_panel_add_file_async, FALSE);
  a = g_task_get_task_data (G_TASK (result));
  stage = g_task_propagate_pointer (G_TASK (result), error);
  return stage && absorb_stage (self, stage, a->path, error);
}

/**
 * bilateral_dyad_panel_add_file:
 * @self: a panel
 * @path: (type filename): an event file: plain, `.gz` or `.zip`
 * @format: its layout, or %BILATERAL_EVENT_FORMAT_AUTO to tell by its first
 *   line
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads an event file into the panel, whole or not at all. The error is
 * GIO's (%G_IO_ERROR_NOT_FOUND …) when the file cannot be opened or read,
 * %BILATERAL_ERROR_IO when its compressed data is damaged,
 * %BILATERAL_ERROR_PARSE when its layout cannot be told, a line is longer
 * than 8 MiB, or (strict) a row is dirty, with the file and line.
 *
 * Returns: %TRUE on success
 */
gboolean
bilateral_dyad_panel_add_file (BilateralDyadPanel *self, const char *path, BilateralEventFormat format, GCancellable *cancellable,
                               GError **error)
{
  g_return_val_if_fail (BILATERAL_IS_DYAD_PANEL (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  return read_events (self, path, NULL, path, format, cancellable, error);
}

/* Files side by side: each worker takes the next file and reads it whole
 * into a stage of its own, scanning on its one thread; this thread adds
 * the stages read, in order, between its own files, so that few wait. */
typedef struct {
  BilateralDyadPanel *self;
  const char *const *paths;
  BilateralEventFormat format;
  GCancellable *cancellable;
  BilateralDyadPanel **stages;
  GError **errors;
  int *read; /* atomic, per file */
  guint n;
  int next;    /* atomic: the next file to take */
  guint added; /* files added to the panel (this thread's) */
  gboolean ok;
  GError *error; /* of the first file that failed */
} FileJobs;

/* Adds the files read, in order, up to one not read yet (or all, @wait). */
static void
add_files_read (FileJobs *f, gboolean wait)
{
  BilateralDyadPanel *self = f->self;

  while (f->added < f->n && (wait || g_atomic_int_get (&f->read[f->added])))
    {
      guint i = f->added++;

      if (f->ok && f->stages[i] == NULL)
        {
          g_propagate_error (&f->error, g_steal_pointer (&f->errors[i]));
          f->ok = FALSE;
        }
      else if (f->ok)
        {
          guint64 skipped = 0;
          f->ok = absorb_stage (self, f->stages[i], f->paths[i], &f->error);
          for (guint reason = 0; reason < BILATERAL_N_SKIP_REASONS; reason++)
            skipped += self->skipped[reason];
          if (f->ok)
            {
              GStatBuf st;
              guint64 size = g_stat (f->paths[i], &st) == 0 ? (guint64) st.st_size : 0;
              g_signal_emit (self, signals[SIGNAL_PROGRESS], 0, size, self->rows, skipped);
            }
        }
      g_clear_object (&f->stages[i]);
      g_clear_error (&f->errors[i]);
    }
}

static void
read_files (FileJobs *f, gboolean adds)
{
  for (;;)
    {
      guint i = (guint) g_atomic_int_add (&f->next, 1);
      if (i >= f->n)
        break;
      if (g_cancellable_is_cancelled (f->cancellable))
        g_cancellable_set_error_if_cancelled (f->cancellable, &f->errors[i]);
      else
        f->stages[i] = _bilateral_panel_read (f->self, f->paths[i], NULL, f->paths[i], f->format, NULL, 1, TRUE, f->cancellable,
                                              &f->errors[i]);
      g_atomic_int_set (&f->read[i], TRUE);
      if (adds)
        add_files_read (f, FALSE);
    }
}

static gpointer
read_files_worker (gpointer data)
{
  read_files (data, FALSE);
  return NULL;
}
/**
 * bilateral_dyad_panel_add_files:
 * @self: a panel
 * @paths: (array zero-terminated=1) (element-type filename): event files,
 *   each plain, `.gz` or `.zip`
 * @format: their layout, or %BILATERAL_EVENT_FORMAT_AUTO to tell each by its
 *   first line
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads event files into the panel as bilateral_dyad_panel_add_file() reads
 * one, but side by side: with #BilateralDyadPanel:threads threads, each
 * file is read (and inflated) whole on one of them, so that many small
 * files (GDELT's daily zips) take all the threads, where one file's blocks
 * would wait on its inflating. The files are added in their order, each
 * whole or not at all; at the first that fails, the error is its, and the
 * files after it are not added. #BilateralDyadPanel::progress is emitted
 * once per file, on this thread. The panel is the same as reading the files
 * one by one, repeats of rows of earlier files dropped as they would be.
 *
 * Returns: %TRUE if every file was read
 */
gboolean
bilateral_dyad_panel_add_files (BilateralDyadPanel *self, const char *const *paths, BilateralEventFormat format,
                                GCancellable *cancellable, GError **error)
{
  FileJobs f = { self, paths, format, cancellable, NULL, NULL, NULL, 0, 0, 0, TRUE, NULL };
  GThread *workers[MAX_THREADS] = { NULL };
  guint threads;
  gboolean ok = TRUE;

  g_return_val_if_fail (BILATERAL_IS_DYAD_PANEL (self), FALSE);
  g_return_val_if_fail (paths != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  f.n = g_strv_length ((char **) paths);
  threads = MIN (self->threads, f.n);
  if (threads <= 1)
    {
      for (guint i = 0; ok && i < f.n; i++)
        ok = read_events (self, paths[i], NULL, paths[i], format, cancellable, error);
      return ok;
    }
  f.stages = g_new0 (BilateralDyadPanel *, f.n);
  f.errors = g_new0 (GError *, f.n);
  f.read = g_new0 (int, f.n);
  for (guint t = 1; t < threads; t++)
    workers[t] = g_thread_new ("bilateral-files", read_files_worker, &f);
  read_files (&f, TRUE);
  for (guint t = 1; t < threads; t++)
    g_thread_join (workers[t]);
  add_files_read (&f, TRUE);
  g_free (f.stages);
  g_free (f.errors);
  g_free (f.read);
  if (!f.ok)
    g_propagate_error (error, f.error);
  return f.ok;
}

/**
 * bilateral_dyad_panel_add_stream:
 * @self: a panel
 * @stream: a stream of event data, such as standard input
 * @name: the name to give it in messages (`<stdin>`)
 * @format: its layout, or %BILATERAL_EVENT_FORMAT_AUTO
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads event data from a stream into the panel, as
 * bilateral_dyad_panel_add_file() reads a plain file.
 *
 * Returns: %TRUE on success
 */
gboolean
bilateral_dyad_panel_add_stream (BilateralDyadPanel *self, GInputStream *stream, const char *name, BilateralEventFormat format,
                                 GCancellable *cancellable, GError **error)
{
  g_return_val_if_fail (BILATERAL_IS_DYAD_PANEL (self), FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  return read_events (self, NULL, stream, name, format, cancellable, error);
}

/* Merging, writing, reading back ------------------------------------------- */

/**
 * bilateral_dyad_panel_merge:
 * @self: a panel
 * @other: a panel of the same periods and direction
 * @error: return location for a #GError
 *
 * Adds @other's groups and counts to @self: reading two files into one
 * panel, or each into its own and merging, gives the same panel when
 * neither repeats the other's rows (a panel that reads both drops such
 * repeats; panels merged add them). @self learns the ids and stories of
 * @other's rows, so that files it reads after drop their repeats.
 *
 * Returns: %FALSE, with %BILATERAL_ERROR_INVALID, if the panels differ in
 *   periods or direction, or if a sum would overflow; @self is then as it
 *   was
 */
gboolean
bilateral_dyad_panel_merge (BilateralDyadPanel *self, BilateralDyadPanel *other, GError **error)
{
  g_return_val_if_fail (BILATERAL_IS_DYAD_PANEL (self), FALSE);
  g_return_val_if_fail (BILATERAL_IS_DYAD_PANEL (other), FALSE);

  if (self->bin != other->bin || self->directed != other->directed)
    {
      g_set_error_literal (error, BILATERAL_ERROR, BILATERAL_ERROR_INVALID,
                           "the panels cannot merge: they differ in their periods or direction");
      return FALSE;
    }
  join_groups (self);
  join_groups (other);
  if (!_bilateral_cell_table_merge (&self->groups, &other->groups))
    return _bilateral_dyad_panel_overflow_error ("the panels cannot merge", error);
  merge_counts (self, other);
  return TRUE;
}

/* What a panel counted besides its groups: rows, skips, names, prints. */
static void
merge_counts (BilateralDyadPanel *self, BilateralDyadPanel *other)
{
  for (guint k = 0; k < BILATERAL_PRINT_SHARDS; k++)
    _bilateral_print_set_add_all (&self->seen[k], &other->seen[k]);
  self->rows += other->rows;
  self->kept += other->kept;
  self->filtered += other->filtered;
  self->has_tone &= other->has_tone;
  _bilateral_dyad_panel_add_unknown_names (self->unknown_names, other->unknown_names);
  for (guint r = 0; r < BILATERAL_N_SKIP_REASONS; r++)
    {
      self->skipped[r] += other->skipped[r];
      for (guint i = 0; i < other->skipped_lines[r]->len && self->skipped_lines[r]->len < BILATERAL_SKIP_LINES; i++)
        g_ptr_array_add (self->skipped_lines[r], g_strdup (g_ptr_array_index (other->skipped_lines[r], i)));
    }
}

typedef struct {
  guint64 key;
  const BilateralCell *group;
} Order;

/* Groups are sorted and formatted on the panel's threads, each taking a
 * chunk of this many at least, and written in order. */
#define CSV_CHUNK_GROUPS 16384

/* The groups in key order; the tables stay as they are. The keys are
 * dealt into buckets by their top byte (each thread counts, then places,
 * those of a range of each table's slots), and the buckets, shared out among
 * the threads by size, are each sorted by a radix sort, a byte at a time
 * from the lowest, skipping the bytes all its keys share: a few linear
 * passes, side by side. */
typedef struct {
  BilateralDyadPanel *panel;
  Order *order, *spare;
  guint n_threads, index;
  guint *counts;          /* [thread][256]: keys of each top byte in the thread's slots; then where they go */
  guint first, last;      /* the buckets the thread sorts */
  const guint *bucket_at; /* [257]: where each bucket starts in order */
} SortPart;

static gpointer
deal_part (gpointer data)
{
  SortPart *p = data;
  guint *count = p->counts + 256 * p->index;

  /* Each table's slots, a range a thread. */
  for (guint k = 0; k <= p->panel->n_shards; k++)
    {
      const BilateralCellTable *table = _bilateral_dyad_panel_table (p->panel, k);
      gsize from = table->capacity * p->index / p->n_threads, to = table->capacity * (p->index + 1) / p->n_threads;

      for (gsize i = from; i < to; i++)
        if (table->slots[i].key && p->bucket_at == NULL)
          count[table->slots[i].key >> 56]++;
        else if (table->slots[i].key)
          p->order[count[table->slots[i].key >> 56]++] = (Order){ table->slots[i].key, &table->slots[i] };
    }
  return NULL;
}

static void
radix_sort (Order *order, Order *spare, guint n)
{
  Order *in = order, *out = spare;

  for (int shift = 0; shift < 56; shift += 8)
    {
      guint count[256] = { 0 }, at = 0;
      Order *swap;

      for (guint i = 0; i < n; i++)
        count[in[i].key >> shift & 0xff]++;
      if (n == 0 || count[in[0].key >> shift & 0xff] == n)
        continue; /* every key has this byte */
      for (guint byte = 0; byte < 256; byte++)
        {
          guint c = count[byte];
          count[byte] = at;
          at += c;
        }
      for (guint i = 0; i < n; i++)
        out[count[in[i].key >> shift & 0xff]++] = in[i];
      swap = in, in = out, out = swap;
    }
  if (in != order)
    memcpy (order, in, n * sizeof *order);
}

static gpointer
sort_part (gpointer data)
{
  SortPart *p = data;

  for (guint b = p->first; b < p->last; b++)
    radix_sort (p->order + p->bucket_at[b], p->spare + p->bucket_at[b], p->bucket_at[b + 1] - p->bucket_at[b]);
  return NULL;
}

/* @func on every part, side by side. */
static void
run_parts (SortPart *parts, guint n, GThreadFunc func)
{
  GThread *threads[MAX_THREADS] = { NULL };

  for (guint t = 1; t < n; t++)
    threads[t] = g_thread_new ("bilateral-sort", func, &parts[t]);
  func (&parts[0]);
  for (guint t = 1; t < n; t++)
    g_thread_join (threads[t]);
}

static Order *
sorted_groups (BilateralDyadPanel *self, guint *n_out)
{
  guint n = bilateral_dyad_panel_get_n_groups (self), n_threads = CLAMP (n / CSV_CHUNK_GROUPS, 1, self->threads), at = 0, t = 0,
        share = 0;
  Order *order = g_new (Order, MAX (n, 1)), *spare = g_new (Order, MAX (n, 1));
  g_autofree guint *counts = g_new0 (guint, 256 * n_threads);
  guint bucket_at[257];
  SortPart parts[MAX_THREADS];

  for (guint i = 0; i < n_threads; i++)
    parts[i] = (SortPart){ self, order, spare, n_threads, i, counts, 0, 0, NULL };
  run_parts (parts, n_threads, deal_part);
  /* Each bucket's place, and within it each thread's. */
  for (guint b = 0; b < 256; b++)
    {
      bucket_at[b] = at;
      for (guint i = 0; i < n_threads; i++)
        {
          guint c = counts[256 * i + b];
          counts[256 * i + b] = at;
          at += c;
        }
    }
  bucket_at[256] = at;
  g_assert (at == n);
  /* The buckets shared out in runs of about n / n_threads keys. */
  for (guint b = 0; b < 256 && t < n_threads; b++)
    {
      share += bucket_at[b + 1] - bucket_at[b];
      if (share * n_threads >= (t + 1) * (guint64) n || b == 255)
        {
          parts[t].last = b + 1;
          if (++t < n_threads)
            parts[t].first = b + 1;
        }
    }
  for (guint i = 0; i < n_threads; i++)
    {
      parts[i].bucket_at = bucket_at;
      if (i >= t)
        parts[i].first = parts[i].last = 256;
    }
  run_parts (parts, n_threads, deal_part);
  run_parts (parts, n_threads, sort_part);
  g_free (spare);
  *n_out = n;
  return order;
}

/* A row is formatted into a buffer a character at a time: these write
 * at @p and return where they stopped. */
static char *
put_uint (char *p, guint64 value)
{
  char digits[20];
  int n = 0;

  do
    digits[n++] = (char) ('0' + value % 10);
  while ((value /= 10));
  while (n)
    *p++ = digits[--n];
  return p;
}

/* @value in exactly @width digits, with leading zeros. */
static char *
put_padded (char *p, guint64 value, int width)
{
  for (int i = width - 1; i >= 0; i--, value /= 10)
    p[i] = (char) ('0' + value % 10);
  return p + width;
}

static char *
put_string (char *p, const char *s)
{
  while (*s)
    *p++ = *s++;
  return p;
}

/* value with six decimals, as printf's %.6f but for the last digit's rounding. */
static char *
put_micros (char *p, double value)
{
  gint64 micros;

  if (!isfinite (value) || fabs (value) > 9e12)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];
      return put_string (p, g_ascii_formatd (buffer, sizeof buffer, "%.6f", value));
    }
  micros = (gint64) nearbyint (value * 1e6); /* half to even, as printf */
  if (micros < 0 || (micros == 0 && signbit (value) && value != 0))
    *p++ = '-';
  micros = ABS (micros);
  p = put_uint (p, (guint64) micros / 1000000);
  *p++ = '.';
  return put_padded (p, (guint64) micros % 1000000, 6);
}

static const char *const period_columns[] = { "day", "month", "year" };

/* YYYYMMDD, YYYYMM or YYYY, with the year in four digits (0994). */
static char *
put_period (char *p, BilateralPanelBin bin, guint32 period)
{
  int y, m, d;

  _bilateral_period_ymd (bin, period, &y, &m, &d);
  p = y <= 9999 ? put_padded (p, (guint64) y, 4) : put_uint (p, (guint64) y);
  if (bin != BILATERAL_PANEL_BIN_YEAR)
    p = put_padded (p, (guint64) m, 2);
  if (bin == BILATERAL_PANEL_BIN_DAY)
    p = put_padded (p, (guint64) d, 2);
  return p;
}

/* An integer count of 10^-@decimals units, exactly, as a decimal number. */
static char *
put_fixed (char *p, gint64 units, int decimals)
{
  guint64 magnitude = units < 0 ? (guint64) 0 - (guint64) units : (guint64) units, scale = 1;

  for (int i = 0; i < decimals; i++)
    scale *= 10;
  if (units < 0)
    *p++ = '-';
  p = put_uint (p, magnitude / scale);
  *p++ = '.';
  return put_padded (p, magnitude % scale, decimals);
}

/* A sum of hundredths with one decimal: exact when it is a multiple of 0.1. */
static char *
put_tenths (char *p, gint64 hundredths)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (hundredths % 10 == 0)
    return put_fixed (p, hundredths / 10, 1);
  return put_string (p, g_ascii_formatd (buffer, sizeof buffer, "%.1f", hundredths / 100.0));
}

/**
 * bilateral_dyad_panel_write_csv:
 * @self: a panel
 * @stream: where to write
 * @partial: %TRUE for a partial aggregate, to merge later
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the panel as CSV, a row per group sorted by the codes (byte order)
 * then the period, under the header
 * `dyad_a,dyad_b,month,events,goldstein_sum,goldstein_mean,q1,q2,q3,q4,tone_mean`
 * (`source,target` for a directed panel, `day` or `year` for other
 * periods): the period as `YYYYMM` (`YYYYMMDD`, `YYYY`), the Goldstein sum
 * with one decimal, the means with six; the tone is empty for ICEWS data,
 * which has none.
 *
 * A partial aggregate adds a `tone_sum` column (nine decimals) and writes
 * the Goldstein sum with two decimals: the panel's sums exactly, so that
 * bilateral_dyad_panel_new_from_csv() reads them back as they were. Sums
 * are kept as integers (hundredths of a Goldstein point, billionths of a
 * tone), so they do not depend on the order rows were read in nor on the
 * number of threads.
 *
 * Returns: %TRUE on success
 */
/* Lines @from to @to of the sorted groups, as CSV. */
typedef struct {
  BilateralDyadPanel *panel;
  const Order *order;
  guint from, to;
  gboolean partial;
  GString *out;
} CsvChunk;

static gpointer
format_chunk (gpointer data)
{
  CsvChunk *c = data;
  BilateralDyadPanel *self = c->panel;

  for (guint i = c->from; i < c->to; i++)
    {
      const BilateralCell *g = c->order[i].group;

      /* The groups are in key order, their slots anywhere: ask for a later one's now. */
      if (i + 16 < c->to)
        __builtin_prefetch (c->order[i + 16].group);
      guint64 events = _bilateral_cell_events (g);
      guint32 a, b, period;
      char ca[4], cb[4], row[512], *p = row; /* a row is at most about 250 bytes */

      _bilateral_cell_key_parts (g->key, &a, &b, &period);
      _bilateral_unpack_code (a, ca);
      _bilateral_unpack_code (b, cb);
      p = put_string (p, ca);
      *p++ = ',';
      p = put_string (p, cb);
      *p++ = ',';
      p = put_period (p, self->bin, period);
      *p++ = ',';
      p = put_uint (p, events);
      *p++ = ',';
      p = c->partial ? put_fixed (p, g->goldstein, 2) : put_tenths (p, g->goldstein);
      *p++ = ',';
      p = put_micros (p, g->goldstein / 100.0 / events);
      for (int q = 0; q < 4; q++)
        {
          *p++ = ',';
          p = put_uint (p, g->quad[q]);
        }
      *p++ = ',';
      if (self->has_tone)
        p = put_micros (p, g->tone / BILATERAL_TONE_UNIT / events);
      if (c->partial)
        {
          *p++ = ',';
          if (self->has_tone)
            p = put_fixed (p, g->tone, BILATERAL_TONE_DECIMALS);
        }
      *p++ = '\n';
      g_string_append_len (c->out, row, p - row);
    }
  return NULL;
}

gboolean
bilateral_dyad_panel_write_csv (BilateralDyadPanel *self, GOutputStream *stream, gboolean partial, GCancellable *cancellable,
                                GError **error)
{
  g_autofree Order *order = NULL;
  guint n_groups, n_threads, round = 0;
  g_autoptr (GString) header = g_string_new (NULL);
  CsvChunk chunks[2][MAX_THREADS]; /* a round's, and the round before's, still to write */
  gboolean ok = TRUE;

  g_return_val_if_fail (BILATERAL_IS_DYAD_PANEL (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  g_string_append_printf (header, "%s,%s,events,goldstein_sum,goldstein_mean,q1,q2,q3,q4,tone_mean%s\n",
                          self->directed ? "source,target" : "dyad_a,dyad_b", period_columns[self->bin],
                          partial ? ",tone_sum" : "");
  if (!g_output_stream_write_all (stream, header->str, header->len, NULL, cancellable, error))
    return FALSE;
  order = sorted_groups (self, &n_groups);
  n_threads = CLAMP (n_groups / CSV_CHUNK_GROUPS, 1, self->threads);
  for (guint k = 0; k < 2; k++)
    for (guint t = 0; t < n_threads; t++)
      chunks[k][t] = (CsvChunk){ self, order, 0, 0, partial, g_string_sized_new (1 << 20) };
  /* Each round, this thread writes the round before's chunks while the
   * others format theirs, then formats its own. */
  for (guint from = 0;; from += n_threads * CSV_CHUNK_GROUPS, round++)
    {
      CsvChunk *these = chunks[round % 2], *before = chunks[(round + 1) % 2];
      GThread *threads[MAX_THREADS] = { NULL };
      gboolean more = ok && from < n_groups;

      for (guint t = 0; t < n_threads && more; t++)
        {
          these[t].from = MIN (n_groups, from + t * CSV_CHUNK_GROUPS);
          these[t].to = MIN (n_groups, these[t].from + CSV_CHUNK_GROUPS);
          g_string_truncate (these[t].out, 0);
          if (t > 0)
            threads[t] = g_thread_new ("bilateral-csv", format_chunk, &these[t]);
        }
      for (guint t = 0; t < n_threads && round > 0 && ok; t++)
        ok = g_output_stream_write_all (stream, before[t].out->str, before[t].out->len, NULL, cancellable, error);
      if (!more)
        break;
      format_chunk (&these[0]);
      for (guint t = 1; t < n_threads; t++)
        g_thread_join (threads[t]);
    }
  for (guint k = 0; k < 2; k++)
    for (guint t = 0; t < n_threads; t++)
      g_string_free (chunks[k][t].out, TRUE);
  return ok;
}

static gboolean
parse_period (BilateralPanelBin bin, const char *text, guint32 *period)
{
  gsize n = strlen (text);
  int y = 0, m = 1, d = 1;

  if (strspn (text, "0123456789") != n || n != (bin == BILATERAL_PANEL_BIN_DAY ? 8u : bin == BILATERAL_PANEL_BIN_MONTH ? 6u : 4u))
    return FALSE;
  if (bin == BILATERAL_PANEL_BIN_DAY)
    sscanf (text, "%4d%2d%2d", &y, &m, &d);
  else if (bin == BILATERAL_PANEL_BIN_MONTH)
    sscanf (text, "%4d%2d", &y, &m);
  else
    sscanf (text, "%4d", &y);
  return _bilateral_day_exists (y, m, d) && _bilateral_period_of (bin, y, m, d, period);
}

/* A decimal number with at most @decimals decimals, exactly, in units of
 * 10^-@decimals: the inverse of append_fixed (). */
static gboolean
parse_fixed_text (const char *text, int decimals, gint64 *out)
{
  const char *p = text;
  gboolean negative = *p == '-';
  guint64 value = 0;
  int seen = -1; /* decimals read; -1 before the point */

  if (negative || *p == '+')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  for (; *p; p++)
    {
      if (*p == '.' && seen < 0)
        {
          seen = 0;
          continue;
        }
      if (!g_ascii_isdigit (*p) || seen == decimals || value > (G_MAXINT64 - 9) / 10)
        return FALSE;
      value = value * 10 + (guint64) (*p - '0');
      seen += seen >= 0;
    }
  for (int i = MAX (seen, 0); i < decimals; i++)
    {
      if (value > G_MAXINT64 / 10)
        return FALSE;
      value *= 10;
    }
  *out = negative ? -(gint64) value : (gint64) value;
  return TRUE;
}

static gboolean
is_number (const char *text)
{
  char *end;
  double v = g_ascii_strtod (text, &end);
  return *text && *end == '\0' && isfinite (v);
}

static gboolean
csv_fail (GError **error, const char *path, guint line, const char *what)
{
  g_autofree char *display = _bilateral_printable (path, -1);
  g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE, "%s:%u: %s", display, line, what);
  return FALSE;
}

/* One row of a partial aggregate into @g; FALSE says what is wrong in @what. */
static gboolean
read_csv_row (char **f, BilateralPanelBin bin, gboolean *has_tone, guint line, BilateralCell *g, const char **what)
{
  guint32 a, b, period;
  guint64 events, q[4];
  char *end;

  *what = "the wrong number of columns";
  if (g_strv_length (f) != 12)
    return FALSE;
  *what = "a bad country code";
  if (!(a = _bilateral_pack_code (f[0], strlen (f[0]))) || !(b = _bilateral_pack_code (f[1], strlen (f[1]))))
    return FALSE;
  *what = "a period that is not a day, month or year of the panel";
  if (!parse_period (bin, f[2], &period))
    return FALSE;
  *what = "counts that are not whole numbers adding up to events";
  for (int k = 0; k < 4; k++)
    {
      q[k] = g_ascii_strtoull (f[6 + k], &end, 10);
      if (!g_ascii_isdigit (*f[6 + k]) || *end != '\0' || q[k] > G_MAXUINT32)
        return FALSE;
      g->quad[k] = (guint32) q[k];
    }
  events = g_ascii_strtoull (f[3], &end, 10);
  if (!g_ascii_isdigit (*f[3]) || *end != '\0' || events != q[0] + q[1] + q[2] + q[3] || events == 0)
    return FALSE;
  *what = "a Goldstein sum that is not a number with two decimals, within ±10 per event";
  if (!parse_fixed_text (f[4], 2, &g->goldstein) || fabs ((double) g->goldstein) > 1000.0 * (double) events || !is_number (f[5]))
    return FALSE;
  *what = "a tone sum that is not a number with up to nine decimals, within ±100 per event (or empty on every row)";
  if (*f[11] == '\0' && *f[10] == '\0' && (line == 2 || !*has_tone))
    *has_tone = FALSE;
  else if (!*has_tone || !parse_fixed_text (f[11], BILATERAL_TONE_DECIMALS, &g->tone) ||
           fabs ((double) g->tone) > 100.0 * BILATERAL_TONE_UNIT * (double) events || !is_number (f[10]))
    return FALSE;
  g->key = _bilateral_cell_key (a, b, period);
  return TRUE;
}

/**
 * bilateral_dyad_panel_new_from_csv:
 * @path: (type filename): a partial aggregate, as
 *   bilateral_dyad_panel_write_csv() writes it with @partial
 * @error: return location for a #GError
 *
 * Reads a partial aggregate back into a panel, to merge with others. Lines
 * may end in CRLF. The error names the file and line of anything that is
 * not a partial aggregate row, and says what is wrong: every column is
 * checked, so nothing is read as a zero or skipped.
 *
 * Returns: (transfer full): the panel, or %NULL with @error set
 */
BilateralDyadPanel *
bilateral_dyad_panel_new_from_csv (const char *path, GError **error)
{
  g_autofree char *data = NULL;
  g_autoptr (GError) local = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (BilateralDyadPanel) self = NULL;
  g_auto (GStrv) lines = NULL;
  g_auto (GStrv) header = NULL;
  BilateralPanelBin bin;
  gboolean directed;
  const char *nul;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  file = g_file_new_for_path (path);
  if (!g_file_load_contents (file, NULL, &data, &length, NULL, &local))
    {
      _bilateral_propagate_io_error (error, g_steal_pointer (&local), path);
      return NULL;
    }
  if ((nul = memchr (data, '\0', length)))
    {
      guint line = 1;
      for (const char *p = data; p < nul; p++)
        line += *p == '\n';
      csv_fail (error, path, line, "a NUL byte: not a partial aggregate");
      return NULL;
    }
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    if (g_str_has_suffix (lines[i], "\r"))
      lines[i][strlen (lines[i]) - 1] = '\0';
  header = g_strsplit (lines[0] ? lines[0] : "", ",", -1);
  if (g_strv_length (header) != 12 || !g_str_equal (header[11], "tone_sum") || !g_str_equal (header[3], "events"))
    {
      csv_fail (error, path, 1, "not a partial aggregate: the header must end in tone_sum (write it with --partial)");
      return NULL;
    }
  directed = g_str_equal (header[0], "source");
  bin = g_str_equal (header[2], "day")    ? BILATERAL_PANEL_BIN_DAY
        : g_str_equal (header[2], "year") ? BILATERAL_PANEL_BIN_YEAR
                                          : BILATERAL_PANEL_BIN_MONTH;
  self = bilateral_dyad_panel_new (bin, directed);
  {
    /* The header must be the one bilateral_dyad_panel_write_csv() writes. */
    g_autofree char *expected = g_strdup_printf ("%s,%s,events,goldstein_sum,goldstein_mean,q1,q2,q3,q4,tone_mean,tone_sum",
                                                 directed ? "source,target" : "dyad_a,dyad_b", period_columns[bin]);
    if (!g_str_equal (lines[0], expected))
      {
        g_autofree char *what = g_strdup_printf ("not a partial aggregate: the header must be %s", expected);
        csv_fail (error, path, 1, what);
        return NULL;
      }
  }
  for (guint i = 1; lines[i]; i++)
    {
      g_auto (GStrv) f = NULL;
      BilateralCell row = { 0 };
      const char *what;

      if (*lines[i] == '\0')
        {
          if (lines[i + 1] == NULL)
            break; /* the file's last newline */
          csv_fail (error, path, i + 1, "an empty line");
          return NULL;
        }
      f = g_strsplit (lines[i], ",", -1);
      if (!read_csv_row (f, bin, &self->has_tone, i + 1, &row, &what))
        {
          g_autofree char *message = g_strdup_printf ("not a partial aggregate row: %s", what);
          csv_fail (error, path, i + 1, message);
          return NULL;
        }
      if (!_bilateral_cell_add (_bilateral_cell_table_get (&self->groups, row.key), &row))
        {
          _bilateral_dyad_panel_overflow_error (path, error);
          return NULL;
        }
      self->kept += _bilateral_cell_events (&row);
      self->rows += _bilateral_cell_events (&row);
    }
  return g_steal_pointer (&self);
}

/* Counts ------------------------------------------------------------------- */

/**
 * bilateral_dyad_panel_get_n_groups:
 * @self: a panel
 *
 * Gets the number of groups: (dyad, period) pairs with an event.
 *
 * Returns: the number of groups
 */
guint
bilateral_dyad_panel_get_n_groups (BilateralDyadPanel *self)
{
  g_return_val_if_fail (BILATERAL_IS_DYAD_PANEL (self), 0);
  gsize n = 0;

  for (guint i = 0; i <= self->n_shards; i++)
    n += _bilateral_dyad_panel_table (self, i)->n;
  return (guint) n;
}

/**
 * bilateral_dyad_panel_get_rows:
 * @self: a panel
 *
 * Gets the number of rows read, empty lines and headers aside.
 *
 * Returns: the rows read
 */
guint64
bilateral_dyad_panel_get_rows (BilateralDyadPanel *self)
{
  g_return_val_if_fail (BILATERAL_IS_DYAD_PANEL (self), 0);
  return self->rows;
}

/**
 * bilateral_dyad_panel_get_kept:
 * @self: a panel
 *
 * Gets the number of rows counted in a group.
 *
 * Returns: the rows kept
 */
guint64
bilateral_dyad_panel_get_kept (BilateralDyadPanel *self)
{
  g_return_val_if_fail (BILATERAL_IS_DYAD_PANEL (self), 0);
  return self->kept;
}

/**
 * bilateral_dyad_panel_get_filtered:
 * @self: a panel
 *
 * Gets the number of clean rows left out: a country code missing, the same
 * on both sides, or the filter's choice.
 *
 * Returns: the rows filtered out
 */
guint64
bilateral_dyad_panel_get_filtered (BilateralDyadPanel *self)
{
  g_return_val_if_fail (BILATERAL_IS_DYAD_PANEL (self), 0);
  return self->filtered;
}

/**
 * bilateral_dyad_panel_get_skipped:
 * @self: a panel
 * @reason: a reason
 *
 * Gets the number of dirty rows skipped for @reason.
 *
 * Returns: the rows skipped
 */
guint64
bilateral_dyad_panel_get_skipped (BilateralDyadPanel *self, BilateralSkipReason reason)
{
  g_return_val_if_fail (BILATERAL_IS_DYAD_PANEL (self), 0);
  g_return_val_if_fail ((guint) reason < BILATERAL_N_SKIP_REASONS, 0);
  return self->skipped[reason];
}

/**
 * bilateral_dyad_panel_get_skipped_lines:
 * @self: a panel
 * @reason: a reason
 *
 * Gets where the first (up to five) rows skipped for @reason were.
 *
 * Returns: (transfer full) (array zero-terminated=1): places as `file:line`
 */
char **
bilateral_dyad_panel_get_skipped_lines (BilateralDyadPanel *self, BilateralSkipReason reason)
{
  g_return_val_if_fail (BILATERAL_IS_DYAD_PANEL (self), NULL);
  g_return_val_if_fail ((guint) reason < BILATERAL_N_SKIP_REASONS, NULL);
  return _bilateral_strv_of (self->skipped_lines[reason]);
}

static int
compare_by_count (gconstpointer a, gconstpointer b, gpointer table)
{
  const char *x = *(const char *const *) a, *y = *(const char *const *) b;
  gsize nx = GPOINTER_TO_SIZE (g_hash_table_lookup (table, x)), ny = GPOINTER_TO_SIZE (g_hash_table_lookup (table, y));

  return nx != ny ? (nx < ny ? 1 : -1) : g_strcmp0 (x, y);
}

/**
 * bilateral_dyad_panel_get_unknown_names:
 * @self: a panel
 *
 * Gets the country names of ICEWS rows that the registry does not know, or
 * that fit several entries (the rows are skipped as
 * %BILATERAL_SKIP_COUNTRY), the most frequent first; see
 * bilateral_dyad_panel_get_unknown_name_count() for how often each came.
 * Bytes that are not UTF-8 are written as `\xNN`.
 *
 * Returns: (transfer full): the names
 */
char **
bilateral_dyad_panel_get_unknown_names (BilateralDyadPanel *self)
{
  GPtrArray *names;
  GHashTableIter iter;
  gpointer name;

  g_return_val_if_fail (BILATERAL_IS_DYAD_PANEL (self), NULL);
  names = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, self->unknown_names);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort_with_data (names, compare_by_count, self->unknown_names);
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (names, FALSE);
}

/**
 * bilateral_dyad_panel_get_unknown_name_count:
 * @self: a panel
 * @name: a name, as bilateral_dyad_panel_get_unknown_names() gives it
 *
 * Gets how many times rows skipped for @name named it.
 *
 * Returns: the count; 0 for a name that was not unknown
 */
guint64
bilateral_dyad_panel_get_unknown_name_count (BilateralDyadPanel *self, const char *name)
{
  g_return_val_if_fail (BILATERAL_IS_DYAD_PANEL (self), 0);
  g_return_val_if_fail (name != NULL, 0);
  return GPOINTER_TO_SIZE (g_hash_table_lookup (self->unknown_names, name));
}

static gboolean
dyad_codes (const char *first, const char *second, guint32 *a, guint32 *b, GError **error)
{
  g_autofree char *ua = g_ascii_strup (first, -1);
  g_autofree char *ub = g_ascii_strup (second, -1);

  *a = _bilateral_pack_code (ua, strlen (ua));
  *b = _bilateral_pack_code (ub, strlen (ub));
  if (!*a || !*b)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE, "“%s” is not a country code of event data",
                   *a ? second : first);
      return FALSE;
    }
  return TRUE;
}

/**
 * bilateral_dyad_panel_lookup:
 * @self: a panel
 * @first: a country code
 * @second: another (in an undirected panel, either order)
 * @period: a date within the period (`2012-08`)
 * @events: (out) (optional): the number of events
 * @goldstein_sum: (out) (optional): their Goldstein sum
 * @tone_mean: (out) (optional): their mean tone (NaN for ICEWS data)
 *
 * Looks up one group of the panel.
 *
 * Returns: whether the group has events
 */
gboolean
bilateral_dyad_panel_lookup (BilateralDyadPanel *self, const char *first, const char *second, const BilateralDate *period,
                             guint64 *events, double *goldstein_sum, double *tone_mean)
{
  const BilateralCell *g;
  guint32 a, b, p;
  int y, m, d;

  g_return_val_if_fail (BILATERAL_IS_DYAD_PANEL (self), FALSE);
  g_return_val_if_fail (first != NULL && second != NULL && period != NULL, FALSE);

  if (!dyad_codes (first, second, &a, &b, NULL))
    return FALSE;
  if (!self->directed && a > b)
    {
      guint32 t = a;
      a = b;
      b = t;
    }
  bilateral_date_ymd_from_day (bilateral_date_get_earliest_day (period), &y, &m, &d);
  if (!_bilateral_period_of (self->bin, y, m, d, &p))
    return FALSE;
  g = find_group (self, _bilateral_cell_key (a, b, p));
  if (g == NULL)
    return FALSE;
  if (events)
    *events = _bilateral_cell_events (g);
  if (goldstein_sum)
    *goldstein_sum = g->goldstein / 100.0;
  if (tone_mean)
    *tone_mean = self->has_tone ? g->tone / BILATERAL_TONE_UNIT / _bilateral_cell_events (g) : NAN;
  return TRUE;
}

/**
 * bilateral_dyad_panel_get_series:
 * @self: a panel
 * @first: a country code
 * @second: another
 * @params: (nullable): the series' bins (months or years), direction,
 *   half-life and span; %NULL for the defaults, with the panel's own bins
 *   (months for a daily or monthly panel, years for a yearly one)
 * @error: return location for a #GError
 *
 * Makes a #BilateralSeries of one dyad of the panel, so that
 * bilateral_relation_infer_phases()'s method can run on event data:
 * counts, Goldstein sums and QuadClass counts per bin, and the index.
 * Event data has no impacts. A yearly series can come from any panel; a
 * monthly one needs a daily or monthly panel.
 *
 * Returns: (transfer full): the series, or %NULL with @error set
 */
BilateralSeries *
bilateral_dyad_panel_get_series (BilateralDyadPanel *self, const char *first, const char *second, BilateralSeriesParams *params,
                                 GError **error)
{
  g_autoptr (BilateralSeriesParams) defaults = NULL;
  BilateralSeriesBin bin;
  BilateralSeriesDirection direction;
  guint32 a, b;

  g_return_val_if_fail (BILATERAL_IS_DYAD_PANEL (self), NULL);
  g_return_val_if_fail (first != NULL && second != NULL, NULL);

  /* By default, the panel's own bins: months of a daily or monthly panel. */
  if (params == NULL)
    params = defaults = g_object_new (
      BILATERAL_TYPE_SERIES_PARAMS, "bin",
      self->bin == BILATERAL_PANEL_BIN_YEAR ? BILATERAL_SERIES_BIN_YEAR : BILATERAL_SERIES_BIN_MONTH, NULL);
  if (!dyad_codes (first, second, &a, &b, error))
    return NULL;
  bin = bilateral_series_params_get_bin (params);
  direction = bilateral_series_params_get_direction (params);
  if (bin == BILATERAL_SERIES_BIN_MONTH && self->bin == BILATERAL_PANEL_BIN_YEAR)
    {
      g_set_error_literal (error, BILATERAL_ERROR, BILATERAL_ERROR_INVALID, "a yearly panel cannot give a monthly series");
      return NULL;
    }
  if (direction != BILATERAL_SERIES_UNDIRECTED && !self->directed)
    {
      g_set_error_literal (error, BILATERAL_ERROR, BILATERAL_ERROR_INVALID,
                           "an undirected panel cannot give a directed series: read the files into a directed one");
      return NULL;
    }

  {
    g_autoptr (GArray) bins = g_array_new (FALSE, FALSE, sizeof (gint64));
    g_autoptr (GArray) picked = g_array_new (FALSE, FALSE, sizeof (const BilateralCell *));

    for (guint k = 0; k <= self->n_shards; k++)
      for (gsize i = 0; i < _bilateral_dyad_panel_table (self, k)->capacity; i++)
        {
          const BilateralCell *g = &_bilateral_dyad_panel_table (self, k)->slots[i];
          guint32 ga, gb, period;
          int y, m, d;
          gint64 number;
          gboolean forward, backward;

          if (!g->key)
            continue;
          _bilateral_cell_key_parts (g->key, &ga, &gb, &period);
          forward = ga == a && gb == b;
          backward = ga == b && gb == a;
          /* A directed series comes only from a directed panel (checked above). */
          if (!(direction == BILATERAL_SERIES_FIRST_TO_SECOND   ? forward
                : direction == BILATERAL_SERIES_SECOND_TO_FIRST ? backward
                                                                : forward || backward))
            continue;
          _bilateral_period_ymd (self->bin, period, &y, &m, &d);
          number = bin == BILATERAL_SERIES_BIN_YEAR ? y : (gint64) y * 12 + (m - 1);
          g_array_append_val (bins, number);
          g_array_append_val (picked, g);
        }
    return _bilateral_series_new_from_cells (params, (const gint64 *) (gpointer) bins->data,
                                             (const BilateralCell *const *) (gpointer) picked->data, picked->len);
  }
}
