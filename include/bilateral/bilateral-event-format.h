/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include <glib.h>
#include "bilateral-version.h"

G_BEGIN_DECLS

/* The readers' enums: what both a dyad panel and an archive's event
 * loading take and report. */

/**
 * BilateralEventFormat:
 * @BILATERAL_EVENT_FORMAT_AUTO: tell by the header and the number of columns
 * @BILATERAL_EVENT_FORMAT_GDELT1: GDELT 1.0: 57 columns (back-files to
 *   March 2013) or 58 (daily files, with `SOURCEURL`); or a CSV export of
 *   its events table from BigQuery, with a header naming the columns
 * @BILATERAL_EVENT_FORMAT_GDELT2: GDELT 2.0 events: 61 columns; or a
 *   BigQuery CSV export, as for GDELT 1.0
 * @BILATERAL_EVENT_FORMAT_ICEWS: ICEWS: 20 columns with a header, country
 *   names mapped to CAMEO codes through #BilateralRegistry
 * @BILATERAL_EVENT_FORMAT_POLECAT: POLECAT: tab-separated with a header,
 *   columns found by name, ISO 3166 alpha-3 countries mapped to CAMEO codes
 *   through #BilateralRegistry, PLOVER event types (no CAMEO code), the
 *   intensity as the weight. Only dyad panels read it so far.
 *
 * The layouts of event files that #BilateralDyadPanel and
 * bilateral_archive_add_events_from_file() read. A file with a header is
 * read by the names in it, so columns may come in any order and a
 * BigQuery export may hold only some of them.
 */
typedef enum {
  BILATERAL_EVENT_FORMAT_AUTO,
  BILATERAL_EVENT_FORMAT_GDELT1,
  BILATERAL_EVENT_FORMAT_GDELT2,
  BILATERAL_EVENT_FORMAT_ICEWS,
  BILATERAL_EVENT_FORMAT_POLECAT,
} BilateralEventFormat;

/**
 * BilateralSkipReason:
 * @BILATERAL_SKIP_COLUMNS: the row has the wrong number of columns
 * @BILATERAL_SKIP_DATE: the date cannot be read, or is out of range
 * @BILATERAL_SKIP_EVENT_CODE: the CAMEO event code is not 2–4 digits with a
 *   root of 01–20 (`13y`)
 * @BILATERAL_SKIP_NUMBER: a number cannot be read (QuadClass, Goldstein,
 *   tone)
 * @BILATERAL_SKIP_MISSING: a value needed is empty or `NA`
 * @BILATERAL_SKIP_COUNTRY: a country code is not 1–3 upper-case letters or
 *   digits, or (ICEWS) the registry does not know the country's name
 * @BILATERAL_SKIP_RANGE: a number is out of its range: a Goldstein value or
 *   intensity outside −10 … 10, a tone outside −100 … 100
 * @BILATERAL_SKIP_ENCODING: text the row would give an event (an id, a
 *   title, a reference) is not UTF-8 or holds a NUL byte, or (in a CSV
 *   file) a tab or a line break inside a quoted field
 * @BILATERAL_SKIP_CODEBOOK: a CAMEO code that is well formed but not in
 *   the bundled codebook (GDELT's `1214`), or a PLOVER type, mode or
 *   context that is not PLOVER's; loading into an archive only
 * @BILATERAL_SKIP_DUPLICATE: the row repeats an event read before: it has
 *   the id of a row read before (into the same panel, or loaded into the
 *   same archive), or the same day, states (countries), code and story;
 *   unless the filter keeps repeats
 *   (bilateral_event_filter_set_keep_duplicates())
 * @BILATERAL_SKIP_UNKNOWN_STATE: the registry knows no state for a country
 *   code at the row's date (a region, or a code before or after its
 *   state); loading into an archive only
 *
 * Why a row was skipped. A dyad panel skips rows for the first eight and
 * for repeats; an archive that loads events
 * (bilateral_archive_load_events()) for all of them.
 */
typedef enum {
  BILATERAL_SKIP_COLUMNS,
  BILATERAL_SKIP_DATE,
  BILATERAL_SKIP_EVENT_CODE,
  BILATERAL_SKIP_NUMBER,
  BILATERAL_SKIP_MISSING,
  BILATERAL_SKIP_COUNTRY,
  BILATERAL_SKIP_RANGE,
  BILATERAL_SKIP_ENCODING,
  BILATERAL_SKIP_CODEBOOK,
  BILATERAL_SKIP_DUPLICATE,
  BILATERAL_SKIP_UNKNOWN_STATE,
} BilateralSkipReason;

BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_skip_reason_describe (BilateralSkipReason reason);

G_END_DECLS
