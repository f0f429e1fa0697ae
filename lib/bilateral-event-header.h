/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "bilateral-event-scan.h"

G_BEGIN_DECLS

/* Where a CSV file's text is, between one read and the next. */
typedef struct {
  int state;
} BilateralCsvState;

/* Turns CSV into tab-separated lines, in place: fields unquoted, "" made
 * one quote, a tab or line break inside a field made a NUL (no event's
 * text may hold one). Returns the new length; never longer. */
gsize _bilateral_csv_to_tsv (BilateralCsvState *state, char *data, gsize len);

/* Reads a header line (tab-separated, a CSV header already turned so): the
 * layout it names and where its columns are. @requested, if not AUTO, must
 * agree; GDELT 1.0 and 2.0 are told apart by 2.0's ADM2 columns. */
gboolean _bilateral_event_header_read (const char *line, gsize len, BilateralEventFormat requested, gboolean csv,
                                       BilateralEventFormat *format, BilateralColumns *columns, const char *name, GError **error);

G_END_DECLS
