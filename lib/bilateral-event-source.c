/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <string.h>

#include "bilateral-event-scan.h"

/* Reading event files a block of whole lines at a time, whatever they come
 * from: a plain file, a .gz or .zip file (through libarchive), a stream.
 * The block bounds the memory a file costs, whatever its size. */

#define BLOCK_SIZE (8u << 20)

typedef gssize (*ReadFunc) (gpointer source, char *buffer, gsize size, GCancellable *cancellable, GError **error);

static BilateralEventFormat
detect_format (const char *data, gsize len)
{
  const char *nl = memchr (data, '\n', len);
  gsize line = nl ? (gsize) (nl - data) : len;
  guint tabs = 0;

  if (line >= 9 && memcmp (data, "Event ID\t", 9) == 0)
    return BILATERAL_EVENT_FORMAT_ICEWS;
  for (gsize i = 0; i < line; i++)
    tabs += data[i] == '\t';
  switch (tabs + 1)
    {
    case 57:
    case 58: return BILATERAL_EVENT_FORMAT_GDELT1;
    case 61: return BILATERAL_EVENT_FORMAT_GDELT2;
    case 20: return BILATERAL_EVENT_FORMAT_ICEWS;
    default: return BILATERAL_EVENT_FORMAT_AUTO;
    }
}

static const char *
last_newline (const char *data, gsize len)
{
  for (const char *p = data + len; p > data; p--)
    if (p[-1] == '\n')
      return p - 1;
  return NULL;
}

static gboolean
read_blocks (ReadFunc read_func, gpointer source, const char *name, BilateralEventFormat format, BilateralBlockFunc func,
             gpointer user_data, GCancellable *cancellable, GError **error)
{
  g_autofree char *buffer = g_malloc (BLOCK_SIZE);
  gsize filled = 0;
  gboolean first = TRUE, at_end = FALSE;
  BilateralEventBlock block = { NULL, 0, 1, format, name, 0, 0 };

  while (!at_end)
    {
      gssize got = read_func (source, buffer + filled, BLOCK_SIZE - filled, cancellable, error);
      const char *data = buffer, *last_nl;
      gsize len;

      if (got < 0)
        return FALSE;
      at_end = got == 0;
      filled += got;
      block.bytes += got;
      if (filled == 0)
        break;
      if (first)
        {
          if (block.format == BILATERAL_EVENT_FORMAT_AUTO && (block.format = detect_format (buffer, filled)) == BILATERAL_EVENT_FORMAT_AUTO)
            {
              const char *nl = memchr (buffer, '\n', filled);
              guint tabs = 0;
              for (const char *p = buffer; p < (nl ? nl : buffer + filled); p++)
                tabs += *p == '\t';
              g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE,
                           "%s: the first line has %u columns: not GDELT 1.0 (57 or 58), GDELT 2.0 (61) nor ICEWS (20)", name,
                           tabs + 1);
              return FALSE;
            }
          if (block.format == BILATERAL_EVENT_FORMAT_ICEWS && filled >= 9 && memcmp (buffer, "Event ID\t", 9) == 0)
            {
              const char *nl = memchr (buffer, '\n', filled);
              if (nl == NULL && !at_end)
                continue; /* the header goes on: read more */
              data = nl ? nl + 1 : buffer + filled;
              block.first_line = 2;
            }
          first = FALSE;
        }

      /* Hand on the whole lines; keep the partial last one for the next read. */
      len = buffer + filled - data;
      last_nl = at_end ? data + len - 1 : last_newline (data, len);
      if (last_nl == NULL || len == 0)
        {
          if (filled == BLOCK_SIZE)
            {
              g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE, "%s:%" G_GUINT64_FORMAT ": a line longer than %u bytes",
                           name, block.first_line, BLOCK_SIZE);
              return FALSE;
            }
          continue;
        }
      block.data = data;
      block.len = last_nl + 1 - data;
      block.lines = 0;
      if (!func (&block, user_data, error))
        return FALSE;
      block.first_line += block.lines;
      memmove (buffer, last_nl + 1, buffer + filled - (last_nl + 1));
      filled = buffer + filled - (last_nl + 1);
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }
  return TRUE;
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
          g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_IO, "%s: %s", a->name, archive_error_string (a->archive));
          return -1;
        }
      if (got == 0)
        break;
      total += (gsize) got;
    }
  return (gssize) total;
}

static gboolean
read_compressed (const char *path, BilateralEventFormat format, BilateralBlockFunc func, gpointer user_data,
                 GCancellable *cancellable, GError **error)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  ArchiveSource source = { archive, path };
  gboolean ok = TRUE;
  int status;

  archive_read_support_filter_all (archive);
  archive_read_support_format_zip (archive);
  archive_read_support_format_raw (archive);
  if (archive_read_open_filename (archive, path, 1 << 16) != ARCHIVE_OK)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_IO, "%s: %s", path, archive_error_string (archive));
      archive_read_free (archive);
      return FALSE;
    }
  /* Every member of a zip file; the one stream of a gzip file. */
  while (ok && (status = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
    {
      g_autofree char *name = archive_format (archive) == ARCHIVE_FORMAT_RAW
                                ? g_strdup (path)
                                : g_strdup_printf ("%s:%s", path, archive_entry_pathname (entry));
      source.name = name;
      ok = read_blocks (read_archive, &source, name, format, func, user_data, cancellable, error);
    }
  if (ok && status != ARCHIVE_EOF)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_IO, "%s: %s", path, archive_error_string (archive));
      ok = FALSE;
    }
  archive_read_free (archive);
  return ok;
}

gboolean
_bilateral_read_events (const char *path, GInputStream *stream, const char *name, BilateralEventFormat format,
                        BilateralBlockFunc func, gpointer user_data, GCancellable *cancellable, GError **error)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GFileInputStream) file_stream = NULL;
  g_autoptr (GError) local = NULL;

  if (stream)
    return read_blocks (read_stream, stream, name, format, func, user_data, cancellable, error);
  if (g_str_has_suffix (path, ".gz") || g_str_has_suffix (path, ".zip") || g_str_has_suffix (path, ".ZIP"))
    return read_compressed (path, format, func, user_data, cancellable, error);
  file = g_file_new_for_path (path);
  file_stream = g_file_read (file, cancellable, &local);
  if (file_stream == NULL)
    {
      g_set_error_literal (error, BILATERAL_ERROR, BILATERAL_ERROR_IO, local->message);
      return FALSE;
    }
  return read_blocks (read_stream, file_stream, name, format, func, user_data, cancellable, error);
}
