/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "bilateral-dyad-panel-private.h"

#define MAX_THREADS BILATERAL_PANEL_MAX_THREADS

/* A file is read into a stage, a panel of its own, and merged into the
 * panel only once it has been read whole: a file that fails adds nothing.
 *
 * With several threads, the rows are cut at line ends into pieces that
 * the threads take in turn as they finish the last: a plain file's pieces
 * from the whole file, each read by the thread that scans it into its own
 * buffer (a copy from the page cache scales with the cores, where the page
 * faults of a mapping shared by the threads, and the dropping of its pages,
 * stop them all), or else each block's, a few per thread. What a piece's
 * scan told is kept apart and added in the order of the pieces, so that
 * line numbers and the first dirty row are the file's. Each thread keeps a
 * shard of the groups, and hands the rows of the others' on to them. */
#define PIECES_PER_THREAD 4
#define MAX_BLOCK_PIECES (MAX_THREADS * PIECES_PER_THREAD)
#define FILE_PIECE (1u << 20)      /* bytes of a plain file's piece (see file_piece_bytes ()) */
#define FILE_LOOKAHEAD (64u << 10) /* read past a piece's end, for its last line */
#define HAND_ON_ROWS 16384         /* rows an outbox holds before it goes */
#define PROGRESS_BYTES (8u << 20)  /* a plain file's progress is told this often */

/* What the scan of one piece told. */
typedef struct {
  const char *data; /* (of a block's piece) */
  gsize len;
  int done; /* atomic */
  guint64 lines, rows, kept, filtered;
  BilateralSkipStat skipped[BILATERAL_N_SKIP_REASONS];
  guint64 first_dirty_line;
  BilateralSkipReason first_dirty_reason;
  int first_dirty_field;
  char first_dirty_value[64]; /* a copy: a file's piece is gone once scanned */
  gsize first_dirty_value_len;
  gboolean too_long;  /* the line after the piece's rows is a block or longer */
  GError *read_error; /* reading the piece failed */
  GArray *kept_rows;  /* BilateralKeptRow, when repeats are dropped: added in order */
} Piece;

typedef enum { TASK_SCAN_BLOCK, TASK_SCAN_FILE, TASK_TELL_REPEATS, TASK_HAND_ON, TASK_TAKE } Task;

typedef struct {
  BilateralDyadPanel *panel; /* whose progress is told */
  GMainContext *context;     /* where to tell it, when reading in another thread; NULL: here */
  BilateralDyadPanel *stage;
  BilateralCountryNames *names;
  GCancellable *cancellable;
  BilateralScanJob jobs[MAX_THREADS];
  guint n_jobs;
  /* The workers, which live as long as the file is read: each task, this
   * thread does job n_jobs − 1's part and they the others'. */
  GThread *workers[MAX_THREADS];
  GMutex lock;
  GCond start, finished;
  guint64 generation; /* of the task the workers are to do */
  Task task;
  guint busy; /* workers still at it */
  gboolean quit;
  /* The pieces, taken in turn (next_piece is atomic): a block's, or a file's. */
  Piece block_pieces[MAX_BLOCK_PIECES];
  Piece *pieces;
  guint n_pieces;
  int next_piece;
  int last_piece;               /* atomic: no piece after it is taken (after a dirty row, an error) */
  gsize piece_bytes, lookahead; /* of a file's pieces */
  BilateralEventBlock *block;
  guint added;        /* pieces added */
  guint64 told_bytes; /* where progress was last told */
  GError *error;      /* the first of the pieces added */
  /* Each shard's rows from the other jobs: their outboxes, once full. */
  GMutex inbox_lock[MAX_THREADS];
  GPtrArray *inbox[MAX_THREADS];
  gboolean beside;        /* read beside other files: no progress (each tells its own once), kept rows deferred */
  gboolean drops_repeats; /* rows that report an event already read are dropped */
  /* Each job tells repeats among the prints of its shards (s % n_jobs ==
   * its index), piece after piece in order: the next piece it is to read. */
  int repeats_told[MAX_THREADS]; /* atomic */
} Reader;

typedef struct {
  Reader *reader;
  guint index;
} Worker;

/* The block's lines before the next piece to add. */
static inline guint64
lines_before (const Reader *r)
{
  return r->block->first_line - 1 + r->block->lines;
}

/* A plain file's pieces: FILE_PIECE bytes, or BILATERAL_PIECE_BYTES's (a
 * knob for tests, which cut small files into many pieces). */
static gsize
file_piece_bytes (void)
{
  const char *knob = g_getenv ("BILATERAL_PIECE_BYTES");
  guint64 bytes = knob ? g_ascii_strtoull (knob, NULL, 10) : 0;

  return bytes > 0 && bytes <= FILE_PIECE ? (gsize) bytes : FILE_PIECE;
}

/* Rows handed on --------------------------------------------------------- */

/* A job's outboxes go to the other shards' inboxes: when full, or (@all) whenever they hold a row. */
static void
hand_on (Reader *r, guint t, gboolean all)
{
  BilateralScanJob *job = &r->jobs[t];

  for (guint u = 0; u < r->n_jobs; u++)
    {
      GArray *rows = job->outboxes[u];

      if (u == t || rows->len == 0 || (!all && rows->len < HAND_ON_ROWS))
        continue;
      g_mutex_lock (&r->inbox_lock[u]);
      g_ptr_array_add (r->inbox[u], rows);
      g_mutex_unlock (&r->inbox_lock[u]);
      job->outboxes[u] = g_array_sized_new (FALSE, FALSE, sizeof (BilateralCell), HAND_ON_ROWS);
    }
}

/* The rows the other jobs have handed on to a job's shard. */
static void
take_inbox (Reader *r, guint t)
{
  GPtrArray *mail;

  g_mutex_lock (&r->inbox_lock[t]);
  if (r->inbox[t]->len == 0)
    {
      g_mutex_unlock (&r->inbox_lock[t]);
      return;
    }
  mail = r->inbox[t];
  r->inbox[t] = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_mutex_unlock (&r->inbox_lock[t]);
  for (guint i = 0; i < mail->len; i++)
    _bilateral_scan_take (&r->jobs[t], g_ptr_array_index (mail, i));
  g_ptr_array_unref (mail);
}

/* Pieces ----------------------------------------------------------------- */

/* Scans @len bytes of whole lines for @piece. */
static void
scan_piece (Reader *r, guint t, Piece *piece, const char *data, gsize len)
{
  BilateralScanJob *job = &r->jobs[t];

  job->data = data;
  job->len = len;
  job->lines = job->rows = job->kept = job->filtered = 0;
  memset (job->skipped, 0, sizeof job->skipped);
  job->first_dirty_line = 0;
  job->first_dirty_field = -1;
  if (r->drops_repeats)
    job->kept_rows = piece->kept_rows = g_array_new (FALSE, FALSE, sizeof (BilateralKeptRow));
  if (len > 0)
    _bilateral_scan (job);
  piece->lines = job->lines;
  piece->rows = job->rows;
  piece->kept = job->kept;
  piece->filtered = job->filtered;
  memcpy (piece->skipped, job->skipped, sizeof piece->skipped);
  piece->first_dirty_line = job->first_dirty_line;
  if (job->first_dirty_line)
    {
      piece->first_dirty_reason = job->first_dirty_reason;
      piece->first_dirty_field = job->first_dirty_field;
      piece->first_dirty_value_len = job->first_dirty_field >= 0 ? job->first_dirty_value_len : 0;
      if (piece->first_dirty_value_len > 0)
        memcpy (piece->first_dirty_value, job->first_dirty_value,
                MIN (piece->first_dirty_value_len, sizeof piece->first_dirty_value));
    }
  if (r->n_jobs > 1)
    {
      hand_on (r, t, FALSE);
      take_inbox (r, t);
    }
}

/* No piece after @i is taken. */
static void
stop_after (Reader *r, int i)
{
  int last = g_atomic_int_get (&r->last_piece);

  while (i < last && !g_atomic_int_compare_and_exchange (&r->last_piece, last, i))
    last = g_atomic_int_get (&r->last_piece);
}

/* The next piece for a job, or -1 when none is left (or the read is cancelled). */
static int
take_piece (Reader *r)
{
  guint i;

  if (g_cancellable_is_cancelled (r->cancellable))
    stop_after (r, -1);
  i = (guint) g_atomic_int_add (&r->next_piece, 1);
  return i < r->n_pieces && (int) i <= g_atomic_int_get (&r->last_piece) ? (int) i : -1;
}

/* Reads @len bytes at @offset of a file to @at in @buffer, which grows. */
static gboolean
read_at (const BilateralEventBlock *block, GByteArray *buffer, gsize at, guint64 offset, gsize len, GError **error)
{
  if (buffer->len < at + len)
    g_byte_array_set_size (buffer, (guint) (at + len));
  while (len > 0)
    {
      gssize got = pread (block->fd, buffer->data + at, len, (off_t) offset);
      if (got < 0 && errno == EINTR)
        continue;
      if (got <= 0)
        {
          int code = got < 0 ? errno : EIO;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (code), "%s: %s", block->name,
                       got < 0 ? g_strerror (code) : "the file was cut short while it was read");
          return FALSE;
        }
      at += (gsize) got, offset += (guint64) got, len -= (gsize) got;
    }
  return TRUE;
}

/* Reads piece @i of a plain file into @buffer: the lines that start in its
 * r->piece_bytes, from the byte before (a newline there starts a line in
 * it) to the end of its last line, which may need more reading. Its rows
 * are @buffer[*first, *first + *len); on FALSE, reading failed or the
 * last line is a block or longer (@too_long), and they are the rows before. */
static gboolean
read_file_piece (Reader *r, int i, GByteArray *buffer, gsize *first, gsize *len, gboolean *too_long, GError **error)
{
  const BilateralEventBlock *block = r->block;
  guint64 rows_end = block->offset + block->len;
  guint64 from = block->offset + (guint64) i * r->piece_bytes, to = MIN (from + r->piece_bytes, rows_end);
  guint64 base = i == 0 ? from : from - 1; /* the byte of the file at buffer[0] */
  gsize got = (gsize) (MIN (to + r->lookahead, rows_end) - base), own = (gsize) (to - base), last, end;
  const guint8 *nl;

  *first = *len = 0;
  if (!read_at (block, buffer, 0, base, got, error))
    return FALSE;
  if (i > 0)
    {
      if ((nl = memchr (buffer->data, '\n', own - 1)) == NULL)
        return TRUE; /* a line runs through the piece */
      *first = (gsize) (nl - buffer->data) + 1;
    }
  if (to == rows_end)
    {
      *len = got - *first;
      return TRUE;
    }
  /* The piece's last line ends after it, at the first newline from its last byte on. */
  for (last = own - 1; last > *first && buffer->data[last - 1] != '\n'; last--)
    ;
  nl = memchr (buffer->data + own - 1, '\n', got - (own - 1));
  while (nl == NULL && base + got < rows_end && got - last < BILATERAL_EVENT_BLOCK_SIZE)
    {
      gsize more = (gsize) MIN (rows_end - (base + got), MAX (got, r->lookahead));

      if (!read_at (block, buffer, got, base + got, more, error))
        return FALSE;
      nl = memchr (buffer->data + got, '\n', more);
      got += more;
    }
  end = nl ? (gsize) (nl - buffer->data) + 1 : got; /* without a newline: the file's end */
  /* A line of a block or more is an error, as a reader of blocks finds it. */
  if ((nl ? end - 1 : end) - last >= BILATERAL_EVENT_BLOCK_SIZE)
    {
      *len = last - *first;
      *too_long = TRUE;
      return FALSE;
    }
  *len = end - *first;
  return TRUE;
}

static void
scan_file_piece (Reader *r, guint t, int i, GByteArray *buffer)
{
  Piece *piece = &r->pieces[i];
  gsize first, len;
  gboolean ok = read_file_piece (r, i, buffer, &first, &len, &piece->too_long, &piece->read_error);

  scan_piece (r, t, piece, (const char *) buffer->data + first, len);
  if (!ok || piece->first_dirty_line)
    stop_after (r, i);
}

/* Names (ICEWS's countries, POLECAT's codes) are learnt before the threads
 * scan, which read them: here in a pass of their own over the file. */
static void
learn_file_names (Reader *r)
{
  g_autoptr (GByteArray) buffer = g_byte_array_sized_new ((guint) (r->piece_bytes + r->lookahead));

  for (guint i = 0; i < r->n_pieces; i++)
    {
      g_autoptr (GError) error = NULL;
      gboolean too_long = FALSE, ok;
      gsize first, len;

      ok = read_file_piece (r, (int) i, buffer, &first, &len, &too_long, &error);
      _bilateral_country_names_learn (r->names, r->block->columns, (const char *) buffer->data + first, len);
      if (!ok)
        break; /* the scan tells why */
    }
}

/* Telling what was read -------------------------------------------------- */

typedef struct {
  BilateralDyadPanel *panel;
  guint64 bytes, rows, skipped;
} Progress;

static gboolean
emit_progress (gpointer data)
{
  Progress *p = data;
  _bilateral_dyad_panel_emit_progress (p->panel, p->bytes, p->rows, p->skipped);
  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer data)
{
  Progress *p = data;
  g_object_unref (p->panel);
  g_free (p);
}

/* The progress signal, on the thread of the caller's main context. */
static void
tell_progress (Reader *r, guint64 bytes)
{
  Progress *p = g_new (Progress, 1);
  guint64 skipped = 0;

  for (guint reason = 0; reason < BILATERAL_N_SKIP_REASONS; reason++)
    skipped += r->panel->skipped[reason] + r->stage->skipped[reason];
  *p = (Progress){ g_object_ref (r->panel), bytes, r->panel->rows + r->stage->rows, skipped };
  r->told_bytes = bytes;
  if (r->context == NULL)
    {
      emit_progress (p);
      progress_free (p);
    }
  else
    {
      /* A source, not g_main_context_invoke (), which would run it on this
       * thread whenever the context is free to take. */
      GSource *source = g_idle_source_new ();
      g_source_set_priority (source, G_PRIORITY_DEFAULT);
      g_source_set_callback (source, emit_progress, p, progress_free);
      g_source_attach (source, r->context);
      g_source_unref (source);
    }
}

/* A strict panel's error for the first dirty row: where, why, and the value. */
static void
dirty_row_error (const BilateralEventBlock *block, guint64 line, const Piece *piece, GError **error)
{
  const char *why = bilateral_skip_reason_describe (piece->first_dirty_reason);
  g_autofree char *value = NULL;

  if (piece->first_dirty_field < 0)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE, "%s:%" G_GUINT64_FORMAT ": skipped row: %s", block->name, line,
                   why);
      return;
    }
  value = _bilateral_printable (piece->first_dirty_value, (gssize) MIN (piece->first_dirty_value_len, 64));
  g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE, "%s:%" G_GUINT64_FORMAT ": skipped row: %s (column %d: “%s”%s)",
               block->name, line, why, piece->first_dirty_field + 1, value, piece->first_dirty_value_len > 64 ? "…" : "");
}

/* Tells which prints of a piece's kept rows are repeats, among those of
 * job @t's shards: a print is a repeat when a row before it, in this file
 * or the panel's files before, had it. */
static void
tell_repeats (Reader *r, guint t, Piece *piece)
{
  BilateralPrintSet *before = r->panel->seen, *seen = r->stage->seen;
  guint n = piece->kept_rows ? piece->kept_rows->len : 0;

  for (guint i = 0; i < n; i++)
    {
      BilateralKeptRow *row = &g_array_index (piece->kept_rows, BilateralKeptRow, i);

      for (int kind = 0; kind < 2; kind++)
        {
          const guint64 *print = row->prints[kind], *ahead = i + 8 < n ? row[8].prints[kind] : NULL;
          guint shard = _bilateral_print_shard (print);

          if (ahead && _bilateral_print_shard (ahead) % r->n_jobs == t)
            _bilateral_print_set_prefetch (&seen[_bilateral_print_shard (ahead)], ahead);
          if (_bilateral_has_print (print) && shard % r->n_jobs == t)
            row->repeat[kind] = _bilateral_print_set_contains (&before[shard], print) ||
                                !_bilateral_print_set_add (&seen[shard], print);
        }
    }
}

/* Job @t tells the repeats of the pieces scanned, in order, up to one that is not. */
static void
tell_repeats_of_scanned (Reader *r, guint t)
{
  int k = r->repeats_told[t];

  while ((guint) k < r->n_pieces && g_atomic_int_get (&r->pieces[k].done))
    {
      tell_repeats (r, t, &r->pieces[k]);
      g_atomic_int_set (&r->repeats_told[t], ++k);
    }
}

/* Whether every job has told the repeats of piece @k. */
static gboolean
repeats_told (Reader *r, guint k)
{
  for (guint t = 0; t < r->n_jobs && r->drops_repeats; t++)
    if ((guint) g_atomic_int_get (&r->repeats_told[t]) <= k)
      return FALSE;
  return TRUE;
}

/* The rows a piece kept, in order, but the repeats, which report an event
 * an earlier row reported (the same id, or the same day, countries, code
 * and story: the events loader's rule): dropped, and counted among the
 * skipped. The others go to their groups' shards. */
static void
add_kept_rows (Reader *r, Piece *piece)
{
  BilateralDyadPanel *self = r->stage;
  BilateralScanJob *job = &r->jobs[r->n_jobs - 1]; /* this thread's */
  GPtrArray *lines = self->skipped_lines[BILATERAL_SKIP_DUPLICATE];

  for (guint i = 0; i < piece->kept_rows->len; i++)
    {
      const BilateralKeptRow *row = &g_array_index (piece->kept_rows, BilateralKeptRow, i);

      if (row->repeat[BILATERAL_PRINT_ID] || row->repeat[BILATERAL_PRINT_STORY])
        {
          self->skipped[BILATERAL_SKIP_DUPLICATE]++;
          piece->kept--;
          _bilateral_dyad_panel_note_line (lines, r->block->name, lines_before (r) + row->line);
        }
      else
        _bilateral_scan_add_cell (job, &row->cell);
    }
  g_clear_pointer (&piece->kept_rows, g_array_unref);
  if (r->n_jobs > 1)
    hand_on (r, r->n_jobs - 1, FALSE);
}

/* The rows a piece of a file read beside others kept: the panel tells
 * their repeats when it adds the files, in order (absorb_stage ()). */
static void
defer_kept_rows (Reader *r, Piece *piece)
{
  BilateralDyadPanel *self = r->stage;
  const char *name;

  if (self->deferred == NULL)
    {
      self->deferred = g_array_new (FALSE, FALSE, sizeof (BilateralDeferredRow));
      self->deferred_names = g_string_chunk_new (256);
    }
  name = g_string_chunk_insert_const (self->deferred_names, r->block->name);
  for (guint i = 0; i < piece->kept_rows->len; i++)
    {
      BilateralDeferredRow d = { g_array_index (piece->kept_rows, BilateralKeptRow, i), name };
      d.row.line += lines_before (r);
      g_array_append_val (self->deferred, d);
    }
  g_clear_pointer (&piece->kept_rows, g_array_unref);
}

/* Adds the next piece's counts to the stage, and its error if it has one;
 * after an error, nothing more. */
static void
add_piece (Reader *r)
{
  BilateralDyadPanel *self = r->stage;
  Piece *piece = &r->pieces[r->added++];
  const char *name = r->block->name;

  if (r->error)
    {
      g_clear_error (&piece->read_error);
      g_clear_pointer (&piece->kept_rows, g_array_unref);
      return;
    }
  if (piece->kept_rows && r->beside)
    defer_kept_rows (r, piece);
  else if (piece->kept_rows)
    add_kept_rows (r, piece);
  self->rows += piece->rows;
  self->kept += piece->kept;
  self->filtered += piece->filtered;
  for (guint reason = 0; reason < BILATERAL_N_SKIP_REASONS; reason++)
    {
      self->skipped[reason] += piece->skipped[reason].count;
      for (guint k = 0; k < piece->skipped[reason].n_lines; k++)
        _bilateral_dyad_panel_note_line (self->skipped_lines[reason], name, lines_before (r) + piece->skipped[reason].lines[k]);
    }
  if (piece->first_dirty_line)
    dirty_row_error (r->block, lines_before (r) + piece->first_dirty_line, piece, &r->error);
  else if (piece->too_long)
    g_set_error (&r->error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE, "%s:%" G_GUINT64_FORMAT ": a line longer than %u bytes", name,
                 lines_before (r) + piece->lines + 1, BILATERAL_EVENT_BLOCK_SIZE);
  else if (piece->read_error)
    r->error = g_steal_pointer (&piece->read_error);
  r->block->lines += piece->lines;
  if (r->error)
    stop_after (r, -1);
}

/* What each job noted besides its pieces: names it did not know, and an overflow. */
static void
add_job_notes (Reader *r)
{
  for (guint t = 0; t < r->n_jobs; t++)
    {
      BilateralScanJob *job = &r->jobs[t];

      if (job->overflow && r->error == NULL)
        _bilateral_dyad_panel_overflow_error (r->block->name, &r->error);
      if (job->unknown_names)
        {
          _bilateral_dyad_panel_add_unknown_names (r->stage->unknown_names, job->unknown_names);
          g_clear_pointer (&job->unknown_names, g_hash_table_unref);
        }
      g_clear_pointer (&job->places, g_hash_table_unref);
    }
}

/* Threads ---------------------------------------------------------------- */

/* Whether the next piece can be added: scanned, its repeats told. */
static gboolean
addable (Reader *r)
{
  return r->added < r->n_pieces && g_atomic_int_get (&r->pieces[r->added].done) && (r->beside || repeats_told (r, r->added));
}

/* A job's part of a plain file: its pieces, read and scanned, and the
 * repeats told among its prints; this thread adds the pieces done, in
 * order, between its own, and tells progress. */
static void
scan_file_pieces (Reader *r, guint t)
{
  g_autoptr (GByteArray) buffer = g_byte_array_sized_new ((guint) (r->piece_bytes + r->lookahead));
  gboolean adds = t == r->n_jobs - 1;

  for (int i; (i = take_piece (r)) >= 0;)
    {
      scan_file_piece (r, t, i, buffer);
      g_atomic_int_set (&r->pieces[i].done, TRUE);
      if (r->drops_repeats && !r->beside)
        tell_repeats_of_scanned (r, t);
      while (adds && addable (r))
        add_piece (r);
      if (adds && !r->beside && r->error == NULL)
        {
          guint64 bytes = r->block->offset + MIN ((guint64) r->added * r->piece_bytes, r->block->len);
          if (bytes - r->told_bytes >= PROGRESS_BYTES)
            tell_progress (r, bytes);
        }
    }
}

static void
do_task (Reader *r, guint t)
{
  switch (r->task)
    {
    case TASK_SCAN_BLOCK:
      for (int i; (i = take_piece (r)) >= 0;)
        {
          scan_piece (r, t, &r->pieces[i], r->pieces[i].data, r->pieces[i].len);
          g_atomic_int_set (&r->pieces[i].done, TRUE);
        }
      break;
    case TASK_TELL_REPEATS: tell_repeats_of_scanned (r, t); break;
    case TASK_SCAN_FILE: scan_file_pieces (r, t); break;
    case TASK_HAND_ON: hand_on (r, t, TRUE); break;
    case TASK_TAKE: take_inbox (r, t); break;
    default: g_assert_not_reached ();
    }
}

static gpointer
scan_worker (gpointer data)
{
  Worker *w = data;
  Reader *r = w->reader;
  guint64 seen = 0;

  g_mutex_lock (&r->lock);
  for (;;)
    {
      while (r->generation == seen && !r->quit)
        g_cond_wait (&r->start, &r->lock);
      if (r->quit)
        break;
      seen = r->generation;
      g_mutex_unlock (&r->lock);
      do_task (r, w->index);
      g_mutex_lock (&r->lock);
      if (--r->busy == 0)
        g_cond_signal (&r->finished);
    }
  g_mutex_unlock (&r->lock);
  g_free (w);
  return NULL;
}

/* Every job's part of @task, side by side; back when all are done. */
static void
run_task (Reader *r, Task task)
{
  g_mutex_lock (&r->lock);
  r->task = task;
  r->busy = r->n_jobs - 1;
  r->generation++;
  g_cond_broadcast (&r->start);
  g_mutex_unlock (&r->lock);
  do_task (r, r->n_jobs - 1);
  g_mutex_lock (&r->lock);
  while (r->busy > 0)
    g_cond_wait (&r->finished, &r->lock);
  g_mutex_unlock (&r->lock);
}

static void
start_workers (Reader *r)
{
  g_mutex_init (&r->lock);
  g_cond_init (&r->start);
  g_cond_init (&r->finished);
  for (guint t = 0; t + 1 < r->n_jobs; t++)
    {
      Worker *w = g_new (Worker, 1);
      *w = (Worker){ r, t };
      r->workers[t] = g_thread_new ("bilateral-scan", scan_worker, w);
    }
}

static void
stop_workers (Reader *r)
{
  g_mutex_lock (&r->lock);
  r->quit = TRUE;
  g_cond_broadcast (&r->start);
  g_mutex_unlock (&r->lock);
  for (guint t = 0; t + 1 < r->n_jobs; t++)
    g_thread_join (r->workers[t]);
  g_mutex_clear (&r->lock);
  g_cond_clear (&r->start);
  g_cond_clear (&r->finished);
}

/* Blocks and files ------------------------------------------------------- */

/* Cuts a block into pieces at line ends: one for one thread, else a few per thread. */
static void
cut_block (Reader *r, const BilateralEventBlock *block)
{
  const char *start = block->data, *end = block->data + block->len;
  guint n = r->n_jobs == 1 ? 1 : r->n_jobs * PIECES_PER_THREAD;

  r->pieces = r->block_pieces;
  r->n_pieces = 0;
  for (guint k = 0; k < n && start < end; k++)
    {
      const char *stop = k + 1 == n ? end : start + (end - start) / (n - k);

      if (stop < end)
        {
          const char *nl = memchr (stop, '\n', end - stop);
          stop = nl ? nl + 1 : end;
        }
      r->pieces[r->n_pieces++] = (Piece){ .data = start, .len = (gsize) (stop - start) };
      start = stop;
    }
}

/* Scans a block of whole lines in memory, or a plain file handed over
 * whole. A zip file's members may differ in format: each block says its own. */
static gboolean
scan_block (BilateralEventBlock *block, gpointer user_data, GError **error)
{
  Reader *r = user_data;
  gboolean whole = block->data == NULL;

  if (block->columns->tone < 0)
    r->stage->has_tone = FALSE;
  if (block->columns->code < 0 && r->jobs[0].filter && r->jobs[0].filter->roots)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_INVALID,
                   "%s: its events have PLOVER types, not CAMEO codes: a filter by CAMEO root code cannot apply", block->name);
      return FALSE;
    }
  r->block = block;
  if (whole)
    {
      r->n_pieces = (guint) ((block->len + r->piece_bytes - 1) / r->piece_bytes);
      r->pieces = g_new0 (Piece, r->n_pieces);
      if (block->columns->countries != BILATERAL_COUNTRIES_CAMEO)
        learn_file_names (r);
    }
  else
    {
      if (block->columns->countries != BILATERAL_COUNTRIES_CAMEO)
        _bilateral_country_names_learn (r->names, block->columns, block->data, block->len);
      cut_block (r, block);
    }
  for (guint t = 0; t < r->n_jobs; t++)
    {
      r->jobs[t].format = block->format;
      r->jobs[t].columns = block->columns;
    }
  r->next_piece = 0;
  r->last_piece = G_MAXINT;
  r->added = 0;
  memset (r->repeats_told, 0, sizeof r->repeats_told);
  run_task (r, whole ? TASK_SCAN_FILE : TASK_SCAN_BLOCK);
  if (r->drops_repeats && !r->beside)
    run_task (r, TASK_TELL_REPEATS); /* the pieces the jobs had not told */
  while (addable (r))
    add_piece (r);
  add_job_notes (r);
  if (whole)
    g_clear_pointer (&r->pieces, g_free);
  if (r->error == NULL)
    g_cancellable_set_error_if_cancelled (r->cancellable, &r->error);
  if (r->error)
    {
      g_propagate_error (error, g_steal_pointer (&r->error));
      return FALSE;
    }
  if (!r->beside)
    tell_progress (r, block->bytes);
  return TRUE;
}

/* The shards, whose groups differ, to the stage: joined into one table
 * only when the panel needs one (see join_groups () of the panel). */
static gboolean
hand_shards_to_stage (Reader *r)
{
  if (r->n_jobs == 1)
    return !r->jobs[0].overflow && _bilateral_cell_table_absorb (&r->stage->groups, &r->jobs[0].table);
  run_task (r, TASK_HAND_ON);
  run_task (r, TASK_TAKE);
  for (guint t = 0; t < r->n_jobs; t++)
    if (r->jobs[t].overflow)
      return FALSE;
  for (guint t = 0; t < r->n_jobs; t++)
    if (r->jobs[t].table.n > 0)
      {
        r->stage->shards[r->stage->n_shards++] = r->jobs[t].table;
        r->jobs[t].table = (BilateralCellTable){ NULL, 0, 0 };
      }
  return TRUE;
}

BilateralDyadPanel *
_bilateral_panel_read (BilateralDyadPanel *self, const char *path, GInputStream *stream, const char *name,
                       BilateralEventFormat format, GMainContext *context, guint threads, gboolean beside,
                       GCancellable *cancellable, GError **error)
{
  g_autoptr (BilateralDyadPanel) stage = bilateral_dyad_panel_new (self->bin, self->directed);
  Reader *r = g_new0 (Reader, 1); /* (too large for a thread's stack) */
  const BilateralCompiledFilter *filter = _bilateral_event_filter_compile (self->filter);
  gboolean scalar = g_getenv ("BILATERAL_SCALAR") != NULL, ok;

  r->panel = self;
  r->context = context;
  r->stage = stage;
  r->names = _bilateral_country_names_new ();
  r->cancellable = cancellable;
  r->n_jobs = MAX (threads, 1);
  r->beside = beside;
  r->drops_repeats = !(filter && filter->keep_duplicates);
  r->piece_bytes = file_piece_bytes ();
  r->lookahead = MIN (FILE_LOOKAHEAD, r->piece_bytes);
  for (guint t = 0; t < r->n_jobs; t++)
    {
      BilateralScanJob *job = &r->jobs[t];
      job->bin = self->bin;
      job->directed = self->directed;
      job->filter = filter;
      job->names = r->names;
      job->scalar = scalar;
      job->strict = self->strict;
      job->shard = t;
      job->n_shards = r->n_jobs;
      if (r->n_jobs > 1)
        {
          job->outboxes = g_new (GArray *, r->n_jobs);
          for (guint u = 0; u < r->n_jobs; u++)
            job->outboxes[u] = g_array_sized_new (FALSE, FALSE, sizeof (BilateralCell), u == t ? 0 : HAND_ON_ROWS);
          g_mutex_init (&r->inbox_lock[t]);
          r->inbox[t] = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
        }
    }
  start_workers (r);
  ok = _bilateral_read_events (path, stream, name, format, TRUE, scan_block, r, cancellable, error);
  if (!hand_shards_to_stage (r) && ok)
    ok = _bilateral_dyad_panel_overflow_error (name, error);
  stop_workers (r);
  for (guint t = 0; t < r->n_jobs; t++)
    {
      _bilateral_cell_table_clear (&r->jobs[t].table);
      if (r->n_jobs > 1)
        {
          for (guint u = 0; u < r->n_jobs; u++)
            g_array_unref (r->jobs[t].outboxes[u]);
          g_free (r->jobs[t].outboxes);
          g_ptr_array_unref (r->inbox[t]);
          g_mutex_clear (&r->inbox_lock[t]);
        }
    }
  _bilateral_country_names_free (r->names);
  g_free (r);
  return ok ? g_steal_pointer (&stage) : NULL;
}
