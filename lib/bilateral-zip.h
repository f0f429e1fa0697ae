/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "bilateral-private.h"

G_BEGIN_DECLS

typedef struct {
  char *name;
  guint32 header;     /* the offset of its local header */
  guint32 compressed; /* bytes in the file */
  guint32 size;       /* bytes inflated */
  guint32 crc;
  guint16 method, flags;
} BilateralZipEntry;

typedef struct {
  int fd;
  guint64 size;
  GArray *entries; /* BilateralZipEntry, in the directory's order */
} BilateralZip;

/* The central directory of a plain zip file: NULL for one that is not a
 * zip, or that this does not read (ZIP64, encrypted, another method, a
 * member over 512 MiB), which libarchive is then to stream. */
BilateralZip *_bilateral_zip_open (const char *path);
/* A member's bytes, inflated whole by libdeflate and checked (CRC-32). */
char *_bilateral_zip_read (BilateralZip *zip, const BilateralZipEntry *entry, const char *name, GError **error);
void _bilateral_zip_close (BilateralZip *zip);

G_END_DECLS
