/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "bilateral-event-header.h"
#include "bilateral-zip.h"

/* Reading event files a block of whole lines at a time, whatever they come
 * from: a plain file, a .gz file (through zlib, which checks every member's
 * CRC and length), a .zip file (through libarchive), a stream. The block
 * bounds the memory a file costs, whatever its size. */

#define BLOCK_SIZE BILATERAL_EVENT_BLOCK_SIZE

typedef gssize (*ReadFunc) (gpointer source, char *buffer, gsize size, GCancellable *cancellable, GError **error);

static BilateralEventFormat
format_of_columns (const char *data, gsize len)
{
  const char *nl = memchr (data, '\n', len);
  gsize line = nl ? (gsize) (nl - data) : len;
  guint tabs = 0;

  for (gsize i = 0; i < line; i++)
    tabs += data[i] == '\t';
  return _bilateral_event_format_of_columns ((int) tabs + 1);
}

/* Whether a tab-separated line has the column @name. */
static gboolean
has_name (const char *line, gsize len, const char *name)
{
  gsize n = strlen (name);

  for (const char *p = line; p + n <= line + len;)
    {
      const char *tab = memchr (p, '\t', line + len - p);
      const char *end = tab ? tab : line + len;
      if ((gsize) (end - p) == n || ((gsize) (end - p) == n + 1 && end[-1] == '\r'))
        if (memcmp (p, name, n) == 0)
          return TRUE;
      if (tab == NULL)
        break;
      p = tab + 1;
    }
  return FALSE;
}

/* A header names its columns: ICEWS's and POLECAT's "Event ID", POLECAT's
 * "Recipient Country" wherever it is, GDELT's "SQLDATE". */
static gboolean
is_header (const char *line, gsize len)
{
  return (len >= 9 && memcmp (line, "Event ID\t", 9) == 0) || has_name (line, len, "Recipient Country") ||
         has_name (line, len, "SQLDATE");
}

/* Whether the file starts with a line of a CSV: commas and no tab. */
static gboolean
starts_as_csv (const char *data, gsize length)
{
  const char *nl = memchr (data, '\n', length);
  gsize line = nl ? (gsize) (nl - data) : length;

  return memchr (data, '\t', line) == NULL && memchr (data, ',', line) != NULL;
}

/* What a file's first line says: a CSV header (no tab, and a comma), a
 * header of ICEWS or POLECAT ("Event ID", then a tab), or GDELT's
 * headerless rows, told apart by their number of columns. On return,
 * @block has the format and columns, @data where rows start. */
static gboolean
read_first_line (BilateralEventBlock *block, BilateralColumns *header, BilateralCsvState *csv, gboolean *is_csv, char *buffer,
                 gsize *filled, const char **data, BilateralEventFormat requested, GError **error)
{
  const char *nl = memchr (buffer, '\n', *filled);
  gsize line = nl ? (gsize) (nl - buffer) : *filled;

  *is_csv = starts_as_csv (buffer, *filled);
  if (*is_csv)
    {
      *filled = _bilateral_csv_to_tsv (csv, buffer, *filled);
      nl = memchr (buffer, '\n', *filled);
      line = nl ? (gsize) (nl - buffer) : *filled;
    }
  if (*is_csv || is_header (buffer, line))
    {
      if (!*is_csv && !has_name (buffer, line, "Recipient Country") && memcmp (buffer, "Event ID\t", 9) == 0)
        {
          block->format = BILATERAL_EVENT_FORMAT_ICEWS; /* ICEWS: its fixed 20 columns */
          block->columns = &_bilateral_icews_columns;
        }
      else if (!_bilateral_event_header_read (buffer, line, requested, *is_csv, &block->format, header, block->name, error))
        return FALSE;
      else
        block->columns = header;
      *data = nl ? nl + 1 : buffer + *filled;
      block->first_line = 2;
      return TRUE;
    }
  if (requested == BILATERAL_EVENT_FORMAT_POLECAT)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE,
                   "%s:1: POLECAT files start with a header, and this one has none", block->name);
      return FALSE;
    }
  block->format = requested != BILATERAL_EVENT_FORMAT_AUTO ? requested : format_of_columns (buffer, *filled);
  if (block->format == BILATERAL_EVENT_FORMAT_AUTO)
    {
      guint tabs = 0;
      for (const char *p = buffer; p < buffer + line; p++)
        tabs += *p == '\t';
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE,
                   "%s: the first line has %u columns: not GDELT 1.0 (57 or 58), GDELT 2.0 (61) nor ICEWS (20), "
                   "and no header of POLECAT or of a BigQuery CSV export",
                   block->name, tabs + 1);
      return FALSE;
    }
  block->columns = _bilateral_fixed_columns (block->format);
  return TRUE;
}

static const char *
last_newline (const char *data, gsize len)
{
  for (const char *p = data + len; p > data; p--)
    if (p[-1] == '\n')
      return p - 1;
  return NULL;
}

/* Reading and scanning overlap: a reader thread fills one buffer while
 * the caller's thread scans the block in the other, so the copy from the
 * page cache or the inflating costs no time of its own. Blocks reach the
 * caller in order, through a queue; buffers go back through another. */
#define N_BUFFERS 2

typedef struct {
  char *buffer;     /* whose block this is; NULL for the end or an error */
  const char *data; /* the block's whole lines */
  gsize len;
  guint64 bytes;     /* read from the input so far */
  gboolean too_long; /* a line longer than a buffer: the caller says where */
  GError *error;
} Item;

typedef struct {
  ReadFunc read_func;
  gpointer source;
  BilateralEventFormat format;
  GCancellable *cancellable;
  GAsyncQueue *full;         /* Item *, reader to caller */
  GAsyncQueue *empty;        /* buffers, caller to reader */
  int stop;                  /* atomic: the caller wants no more */
  BilateralEventBlock block; /* format and columns, set before the first item */
  BilateralColumns header;
} Pipe;

static void
push (Pipe *pipe, char *buffer, const char *data, gsize len, guint64 bytes, gboolean too_long, GError *error)
{
  Item *item = g_new (Item, 1);

  *item = (Item){ buffer, data, len, bytes, too_long, error };
  g_async_queue_push (pipe->full, item);
}

static gpointer
reader_thread (gpointer data)
{
  Pipe *pipe = data;
  char *buffer = g_async_queue_pop (pipe->empty);
  gsize filled = 0;
  guint64 bytes = 0;
  gboolean first = TRUE, at_end = FALSE, is_csv = FALSE;
  BilateralCsvState csv = { 0 };
  GError *error = NULL;

  while (!at_end && !g_atomic_int_get (&pipe->stop))
    {
      gssize got;
      const char *rows = buffer, *last_nl;
      gsize len;

      if (filled == BLOCK_SIZE)
        {
          push (pipe, NULL, NULL, 0, bytes, TRUE, NULL);
          g_async_queue_push (pipe->empty, buffer);
          return NULL;
        }
      got = pipe->read_func (pipe->source, buffer + filled, BLOCK_SIZE - filled, pipe->cancellable, &error);
      if (got < 0)
        break;
      at_end = got == 0;
      bytes += got;
      if (is_csv)
        got = (gssize) _bilateral_csv_to_tsv (&csv, buffer + filled, (gsize) got);
      filled += got;
      if (filled == 0)
        break;
      if (first)
        {
          if (memchr (buffer, '\n', filled) == NULL && !at_end)
            continue; /* the first line goes on: read more */
          if (!read_first_line (&pipe->block, &pipe->header, &csv, &is_csv, buffer, &filled, &rows, pipe->format, &error))
            break;
          first = FALSE;
        }

      /* Hand on the whole lines; keep the partial last one for the next read. */
      len = buffer + filled - rows;
      last_nl = at_end ? rows + len - 1 : last_newline (rows, len);
      if (last_nl == NULL || len == 0)
        {
          if (rows != buffer)
            {
              /* Only the header so far: drop it, keep what follows. */
              memmove (buffer, rows, len);
              filled = len;
            }
          continue;
        }
      {
        char *next = g_async_queue_pop (pipe->empty);
        gsize tail = buffer + filled - (last_nl + 1);

        memcpy (next, last_nl + 1, tail);
        push (pipe, buffer, rows, last_nl + 1 - rows, bytes, FALSE, NULL);
        buffer = next;
        filled = tail;
      }
    }
  push (pipe, NULL, NULL, 0, bytes, FALSE, error);
  g_async_queue_push (pipe->empty, buffer);
  return NULL;
}

static gboolean
read_blocks (ReadFunc read_func, gpointer source, const char *name, BilateralEventFormat format, BilateralBlockFunc func,
             gpointer user_data, GCancellable *cancellable, GError **error)
{
  Pipe pipe = { read_func,
                source,
                format,
                cancellable,
                g_async_queue_new (),
                g_async_queue_new (),
                0,
                { NULL, 0, 1, format, NULL, name, 0, 0, -1, 0 } };
  char *buffers[N_BUFFERS];
  GThread *reader;
  gboolean ok = TRUE, done = FALSE;

  for (guint i = 0; i < N_BUFFERS; i++)
    g_async_queue_push (pipe.empty, buffers[i] = g_malloc (BLOCK_SIZE));
  reader = g_thread_new ("bilateral-read", reader_thread, &pipe);

  while (!done)
    {
      Item *item = g_async_queue_pop (pipe.full);

      if (item->buffer == NULL)
        {
          done = TRUE;
          if (ok && item->too_long)
            {
              /* A full buffer without a newline: the line it starts is too long. */
              g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE, "%s:%" G_GUINT64_FORMAT ": a line longer than %u bytes",
                           name, pipe.block.first_line, BLOCK_SIZE);
              ok = FALSE;
            }
          else if (ok && item->error)
            {
              g_propagate_error (error, item->error);
              ok = FALSE;
            }
          else
            g_clear_error (&item->error);
        }
      else
        {
          if (ok)
            {
              pipe.block.data = item->data;
              pipe.block.len = item->len;
              pipe.block.bytes = item->bytes;
              pipe.block.lines = 0;
              ok = func (&pipe.block, user_data, error) && !g_cancellable_set_error_if_cancelled (cancellable, error);
              pipe.block.first_line += pipe.block.lines;
              if (!ok)
                g_atomic_int_set (&pipe.stop, TRUE);
            }
          g_async_queue_push (pipe.empty, item->buffer);
        }
      g_free (item);
    }
  g_thread_join (reader);
  for (guint i = 0; i < N_BUFFERS; i++)
    g_free (buffers[i]);
  g_async_queue_unref (pipe.full);
  g_async_queue_unref (pipe.empty);
  return ok;
}

static gssize
read_stream (gpointer source, char *buffer, gsize size, GCancellable *cancellable, GError **error)
{
  gsize got = 0;

  /* Fill the buffer as far as the stream allows, so blocks are large. */
  if (!g_input_stream_read_all (source, buffer, size, &got, cancellable, error))
    return -1;
  return (gssize) got;
}

/* A plain file handed over whole: its first line read here, to tell its
 * layout, and the rest left to the caller, who reads it from the file
 * itself, in pieces, on every core (a copy from the page cache per piece
 * scales with the cores, where the page faults of a mapping shared by the
 * threads and the dropping of its pages do not). A CSV, which is
 * transcoded as it is read, and anything that is not a regular file are
 * read in blocks: for those this returns -1, having read nothing; else
 * whether the file was read. */
static int
read_rows_of (int fd, const char *name, BilateralEventFormat format, BilateralBlockFunc func, gpointer user_data,
              GCancellable *cancellable, GError **error)
{
  BilateralEventBlock block = { NULL, 0, 1, format, NULL, name, 0, 0, -1, 0 };
  BilateralColumns header;
  BilateralCsvState csv = { 0 };
  g_autofree char *buffer = NULL;
  const char *rows;
  gboolean is_csv = FALSE;
  struct stat st;
  gssize got;
  gsize filled;

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    return -1;
  if (st.st_size == 0)
    return TRUE;
  buffer = g_malloc (MIN ((gsize) st.st_size, BLOCK_SIZE));
  do
    got = pread (fd, buffer, MIN ((gsize) st.st_size, BLOCK_SIZE), 0);
  while (got < 0 && errno == EINTR);
  if (got <= 0 || starts_as_csv (buffer, (gsize) got))
    return -1;
  filled = (gsize) got;
  if (filled == BLOCK_SIZE && memchr (buffer, '\n', filled) == NULL)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE, "%s:1: a line longer than %u bytes", name, BLOCK_SIZE);
      return FALSE;
    }
  rows = buffer; /* (where a header does not move it) */
  if (!read_first_line (&block, &header, &csv, &is_csv, buffer, &filled, &rows, format, error))
    return FALSE;
  g_assert (!is_csv);
  block.offset = (guint64) (rows - buffer);
  if (block.offset >= (guint64) st.st_size)
    return TRUE; /* a header and no rows */
  block.len = (gsize) ((guint64) st.st_size - block.offset);
  block.bytes = (guint64) st.st_size;
  block.fd = fd;
  return func (&block, user_data, error) && !g_cancellable_set_error_if_cancelled (cancellable, error);
}

/* libarchive leaves its error string unset for some truncated files. */
static const char *
archive_message (struct archive *archive)
{
  const char *message = archive_error_string (archive);
  return message ? message : "truncated or damaged zip file";
}

typedef struct {
  struct archive *archive;
  const char *name;
} ArchiveSource;

static gssize
read_archive (gpointer source, char *buffer, gsize size, GCancellable *cancellable, GError **error)
{
  ArchiveSource *a = source;
  gsize total = 0;

  while (total < size)
    {
      la_ssize_t got = archive_read_data (a->archive, buffer + total, size - total);
      if (got < 0)
        {
          g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_IO, "%s: %s", a->name, archive_message (a->archive));
          return -1;
        }
      if (got == 0)
        break;
      total += (gsize) got;
    }
  return (gssize) total;
}

typedef struct {
  const char *data;
  gsize length, at;
} MemorySource;

static gssize
read_memory (gpointer source, char *buffer, gsize size, GCancellable *cancellable, GError **error)
{
  MemorySource *m = source;
  gsize n = MIN (size, m->length - m->at);

  memcpy (buffer, m->data + m->at, n);
  m->at += n;
  return (gssize) n;
}

/* A zip's members inflated whole, each told apart by its own first line. */
static gboolean
read_zip_whole (BilateralZip *zip, const char *display, BilateralEventFormat format, BilateralBlockFunc func, gpointer user_data,
                GCancellable *cancellable, GError **error)
{
  for (guint i = 0; i < zip->entries->len; i++)
    {
      const BilateralZipEntry *entry = &g_array_index (zip->entries, BilateralZipEntry, i);
      g_autofree char *member = _bilateral_printable (entry->name, -1);
      g_autofree char *name = g_strdup_printf ("%s:%s", display, member);
      g_autofree char *data = NULL;
      MemorySource source;

      if (g_str_has_suffix (entry->name, "/"))
        continue; /* a folder */
      data = _bilateral_zip_read (zip, entry, name, error);
      if (data == NULL)
        return FALSE;
      source = (MemorySource){ data, entry->size, 0 };
      if (!read_blocks (read_memory, &source, name, format, func, user_data, cancellable, error))
        return FALSE;
    }
  return TRUE;
}

/* Every member of a zip file, each told apart by its own first line. */
static gboolean
read_zip (const char *path, const char *display, BilateralEventFormat format, BilateralBlockFunc func, gpointer user_data,
          GCancellable *cancellable, GError **error)
{
  BilateralZip *zip = _bilateral_zip_open (path);
  struct archive *archive;
  struct archive_entry *entry;
  ArchiveSource source;
  gboolean ok = TRUE;
  int status;

  if (zip)
    {
      ok = read_zip_whole (zip, display, format, func, user_data, cancellable, error);
      _bilateral_zip_close (zip);
      return ok;
    }
  archive = archive_read_new ();
  source = (ArchiveSource){ archive, display };
  archive_read_support_format_zip (archive);
  if (archive_read_open_filename (archive, path, 1 << 16) != ARCHIVE_OK)
    {
      /* A file that cannot be opened is GIO's error, as for a plain file. */
      int errsv = archive_errno (archive);
      if (errsv > 0)
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv), "%s: %s", display, g_strerror (errsv));
      else
        g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_IO, "%s: %s", display, archive_message (archive));
      archive_read_free (archive);
      return FALSE;
    }
  while (ok && (status = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      g_autofree char *member = _bilateral_printable (archive_entry_pathname (entry), -1);
      g_autofree char *name = g_strdup_printf ("%s:%s", display, member);

      source.name = name;
      ok = read_blocks (read_archive, &source, name, format, func, user_data, cancellable, error);
    }
  if (ok && status != ARCHIVE_EOF)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_IO, "%s: %s", display, archive_message (archive));
      ok = FALSE;
    }
  archive_read_free (archive);
  return ok;
}

/* A gzip file: one member or several, concatenated, as gzip(1) reads them;
 * anything after the last member but zero padding is an error. */
typedef struct {
  GInputStream *stream;
  const char *name;
  z_stream z;
  Bytef input[1 << 16];
  guint64 offset;   /* of input[0] in the file */
  gboolean started; /* a member is being inflated */
  gboolean done;
  gboolean any; /* a member was read */
} GzipSource;

static gboolean
gzip_fill (GzipSource *g, GCancellable *cancellable, GError **error)
{
  gssize got;

  g->offset += (guint64) (g->z.next_in - g->input);
  got = g_input_stream_read (g->stream, g->input, sizeof g->input, cancellable, error);
  if (got < 0)
    return FALSE;
  g->z.next_in = g->input;
  g->z.avail_in = (uInt) got;
  return TRUE;
}

static gboolean
gzip_fail (GzipSource *g, GError **error, const char *what)
{
  g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_IO, "%s: byte %" G_GUINT64_FORMAT ": %s", g->name,
               g->offset + (guint64) (g->z.next_in - g->input), what);
  return FALSE;
}

static gssize
read_gzip (gpointer source, char *buffer, gsize size, GCancellable *cancellable, GError **error)
{
  GzipSource *g = source;

  g->z.next_out = (Bytef *) buffer;
  g->z.avail_out = (uInt) MIN (size, G_MAXUINT);
  while (!g->done && g->z.avail_out > 0)
    {
      int status;

      if (g->z.avail_in == 0)
        {
          if (!gzip_fill (g, cancellable, error))
            return -1;
          if (g->z.avail_in == 0)
            {
              if (g->started)
                return gzip_fail (g, error, "the gzip data is truncated"), -1;
              if (!g->any)
                return gzip_fail (g, error, "an empty file, not gzip data"), -1;
              g->done = TRUE;
              break;
            }
        }
      if (!g->started)
        {
          /* After a member: another, or zeros, or the end. */
          if (g->any && g->z.next_in[0] == 0)
            {
              for (uInt i = 0; i < g->z.avail_in; i++)
                if (g->z.next_in[i] != 0)
                  {
                    g->z.next_in += i;
                    g->z.avail_in -= i;
                    return gzip_fail (g, error, "data after the end of the gzip stream"), -1;
                  }
              g->z.next_in += g->z.avail_in;
              g->z.avail_in = 0;
              continue;
            }
          if (g->z.next_in[0] != 0x1f || (g->z.avail_in > 1 && g->z.next_in[1] != 0x8b))
            return gzip_fail (g, error, g->any ? "data after the end of the gzip stream" : "not gzip data"), -1;
          if (inflateReset2 (&g->z, 16 + MAX_WBITS) != Z_OK)
            return gzip_fail (g, error, "zlib cannot start"), -1;
          g->started = TRUE;
        }
      status = inflate (&g->z, Z_NO_FLUSH);
      if (status == Z_STREAM_END)
        {
          g->started = FALSE;
          g->any = TRUE;
        }
      else if (status != Z_OK && status != Z_BUF_ERROR)
        {
          /* zlib checks each member's CRC-32 and length against its trailer. */
          g_autofree char *what = g_strdup_printf ("damaged gzip data (%s)", g->z.msg ? g->z.msg : "zlib error");
          return gzip_fail (g, error, what), -1;
        }
    }
  return (gssize) (size - g->z.avail_out);
}

static gboolean
read_gzip_file (GInputStream *stream, const char *display, BilateralEventFormat format, BilateralBlockFunc func,
                gpointer user_data, GCancellable *cancellable, GError **error)
{
  g_autofree GzipSource *g = g_new0 (GzipSource, 1);
  gboolean ok;

  g->stream = stream;
  g->name = display;
  g->z.next_in = g->input;
  if (inflateInit2 (&g->z, 16 + MAX_WBITS) != Z_OK)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_IO, "%s: zlib cannot start", display);
      return FALSE;
    }
  ok = read_blocks (read_gzip, g, display, format, func, user_data, cancellable, error);
  inflateEnd (&g->z);
  return ok;
}

gboolean
_bilateral_read_events (const char *path, GInputStream *stream, const char *name, BilateralEventFormat format, gboolean whole,
                        BilateralBlockFunc func, gpointer user_data, GCancellable *cancellable, GError **error)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GFileInputStream) file_stream = NULL;
  g_autoptr (GError) local = NULL;
  g_autofree char *display = _bilateral_printable (name, -1);

  if (stream)
    return read_blocks (read_stream, stream, display, format, func, user_data, cancellable, error);
  if (g_str_has_suffix (path, ".zip") || g_str_has_suffix (path, ".ZIP"))
    return read_zip (path, display, format, func, user_data, cancellable, error);
  if (whole && !g_str_has_suffix (path, ".gz"))
    {
      /* (A file that cannot be opened here is opened below, for GIO's error.) */
      int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0), done = -1;

      if (fd >= 0)
        {
          done = read_rows_of (fd, display, format, func, user_data, cancellable, error);
          close (fd);
        }
      if (done >= 0)
        return done;
    }
  file = g_file_new_for_path (path);
  file_stream = g_file_read (file, cancellable, &local);
  if (file_stream == NULL)
    {
      _bilateral_propagate_io_error (error, g_steal_pointer (&local), path);
      return FALSE;
    }
  if (g_str_has_suffix (path, ".gz"))
    return read_gzip_file (G_INPUT_STREAM (file_stream), display, format, func, user_data, cancellable, error);
  return read_blocks (read_stream, file_stream, display, format, func, user_data, cancellable, error);
}
