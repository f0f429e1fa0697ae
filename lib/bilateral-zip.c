/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <libdeflate.h>
#include <string.h>
#include <unistd.h>

#include "bilateral-zip.h"

/* The members of a plain zip file (stored or deflated, not encrypted, not
 * ZIP64), found through its central directory and inflated whole, each in
 * one call of libdeflate, which is several times as fast as inflating a
 * stream. A zip this does not take (or a member too large to hold) is left
 * to libarchive, which streams it. */

#define MAX_MEMBER (512u << 20)
#define EOCD_SIZE 22
#define CENTRAL_SIZE 46
#define LOCAL_SIZE 30

static guint16
u16 (const guint8 *p)
{
  return (guint16) (p[0] | p[1] << 8);
}

static guint32
u32 (const guint8 *p)
{
  return (guint32) p[0] | (guint32) p[1] << 8 | (guint32) p[2] << 16 | (guint32) p[3] << 24;
}

static gboolean
read_at (int fd, guint64 offset, void *buffer, gsize length)
{
  gsize done = 0;

  while (done < length)
    {
      gssize n = pread (fd, (char *) buffer + done, length - done, (off_t) (offset + done));
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      done += (gsize) n;
    }
  return TRUE;
}

static void
clear_entry (gpointer data)
{
  g_free (((BilateralZipEntry *) data)->name);
}

void
_bilateral_zip_close (BilateralZip *zip)
{
  if (zip->fd >= 0)
    close (zip->fd);
  g_clear_pointer (&zip->entries, g_array_unref);
  g_free (zip);
}

/* The central directory, or NULL if the file is not a zip this reads. */
BilateralZip *
_bilateral_zip_open (const char *path)
{
  g_autoptr (GArray) entries = NULL;
  g_autofree guint8 *tail = NULL, *central = NULL;
  int fd = open (path, O_RDONLY | O_CLOEXEC);
  off_t size;
  gsize tail_length, central_length, at = 0;
  guint64 central_offset;
  guint n_entries;
  const guint8 *eocd = NULL;
  BilateralZip *zip;

  if (fd < 0)
    return NULL;
  size = lseek (fd, 0, SEEK_END);
  if (size < EOCD_SIZE)
    goto fail;
  /* The end record is within the last 22 + 65535 (a comment) bytes. */
  tail_length = (gsize) MIN ((guint64) size, (guint64) EOCD_SIZE + 65535);
  tail = g_malloc (tail_length);
  if (!read_at (fd, (guint64) size - tail_length, tail, tail_length))
    goto fail;
  for (gsize i = tail_length - EOCD_SIZE + 1; i > 0; i--)
    if (u32 (tail + i - 1) == 0x06054b50 && i - 1 + EOCD_SIZE + u16 (tail + i - 1 + 20) == tail_length)
      {
        eocd = tail + i - 1;
        break;
      }
  if (eocd == NULL || u16 (eocd + 4) != 0 || u16 (eocd + 6) != 0 || u16 (eocd + 8) != u16 (eocd + 10))
    goto fail; /* no end record, or several disks */
  n_entries = u16 (eocd + 10);
  central_length = u32 (eocd + 12);
  central_offset = u32 (eocd + 16);
  if (n_entries == 0xffff || central_length == 0xffffffff || central_offset == 0xffffffff ||
      central_offset + central_length > (guint64) size - tail_length + (gsize) (eocd - tail))
    goto fail; /* ZIP64, or a directory that does not fit */
  central = g_malloc (central_length + 1);
  if (!read_at (fd, central_offset, central, central_length))
    goto fail;

  entries = g_array_new (FALSE, TRUE, sizeof (BilateralZipEntry));
  g_array_set_clear_func (entries, clear_entry);
  for (guint i = 0; i < n_entries; i++)
    {
      BilateralZipEntry entry = { 0 };
      guint name_length, extra_length, comment_length;

      if (at + CENTRAL_SIZE > central_length || u32 (central + at) != 0x02014b50)
        goto fail;
      entry.flags = u16 (central + at + 8);
      entry.method = u16 (central + at + 10);
      entry.crc = u32 (central + at + 16);
      entry.compressed = u32 (central + at + 20);
      entry.size = u32 (central + at + 24);
      name_length = u16 (central + at + 28);
      extra_length = u16 (central + at + 30);
      comment_length = u16 (central + at + 32);
      entry.header = u32 (central + at + 42);
      if (at + CENTRAL_SIZE + name_length + extra_length + comment_length > central_length)
        goto fail;
      if ((entry.flags & 1) || (entry.method != 0 && entry.method != 8) || entry.compressed == 0xffffffff ||
          entry.size == 0xffffffff || entry.header == 0xffffffff || entry.size > MAX_MEMBER || entry.compressed > MAX_MEMBER ||
          (entry.method == 0 && entry.compressed != entry.size))
        goto fail; /* encrypted, another method, ZIP64, or too large to hold: libarchive's */
      entry.name = g_strndup ((const char *) central + at + CENTRAL_SIZE, name_length);
      at += CENTRAL_SIZE + name_length + extra_length + comment_length;
      g_array_append_val (entries, entry);
    }
  zip = g_new0 (BilateralZip, 1);
  zip->fd = fd;
  zip->size = (guint64) size;
  zip->entries = g_steal_pointer (&entries);
  return zip;

fail:
  close (fd);
  return NULL;
}

/* A member's bytes, inflated and checked against its CRC-32. */
char *
_bilateral_zip_read (BilateralZip *zip, const BilateralZipEntry *entry, const char *name, GError **error)
{
  guint8 local[LOCAL_SIZE];
  g_autofree guint8 *compressed = NULL;
  g_autofree char *data = NULL;
  guint64 start;

  if (!read_at (zip->fd, entry->header, local, LOCAL_SIZE) || u32 (local) != 0x04034b50)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_IO, "%s: a damaged zip file (no member header at byte %u)", name,
                   entry->header);
      return NULL;
    }
  start = (guint64) entry->header + LOCAL_SIZE + u16 (local + 26) + u16 (local + 28);
  if (start + entry->compressed > zip->size)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_IO, "%s: a truncated zip file (the member ends past the file)", name);
      return NULL;
    }
  data = g_malloc (MAX (entry->size, 1));
  if (entry->method == 0)
    {
      if (!read_at (zip->fd, start, data, entry->size))
        goto damaged;
    }
  else
    {
      struct libdeflate_decompressor *inflater = libdeflate_alloc_decompressor ();
      enum libdeflate_result result;
      size_t actual = 0;

      compressed = g_malloc (MAX (entry->compressed, 1));
      if (!read_at (zip->fd, start, compressed, entry->compressed))
        {
          libdeflate_free_decompressor (inflater);
          goto damaged;
        }
      result = libdeflate_deflate_decompress (inflater, compressed, entry->compressed, data, entry->size, &actual);
      libdeflate_free_decompressor (inflater);
      if (result != LIBDEFLATE_SUCCESS || actual != entry->size)
        goto damaged;
    }
  if (libdeflate_crc32 (0, data, entry->size) != entry->crc)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_IO, "%s: damaged zip data (the CRC-32 does not match)", name);
      return NULL;
    }
  return g_steal_pointer (&data);

damaged:
  g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_IO, "%s: damaged zip data (it does not inflate to its %u bytes)", name,
               entry->size);
  return NULL;
}
