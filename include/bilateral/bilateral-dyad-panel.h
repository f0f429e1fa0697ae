/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include <gio/gio.h>
#include "bilateral-event-filter.h"
#include "bilateral-series.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

/**
 * BilateralEventFormat:
 * @BILATERAL_EVENT_FORMAT_AUTO: tell by the header and the number of columns
 * @BILATERAL_EVENT_FORMAT_GDELT1: GDELT 1.0: 57 columns (back-files to
 *   March 2013) or 58 (daily files, with `SOURCEURL`)
 * @BILATERAL_EVENT_FORMAT_GDELT2: GDELT 2.0 events: 61 columns
 * @BILATERAL_EVENT_FORMAT_ICEWS: ICEWS: 20 columns with a header, country
 *   names mapped to CAMEO codes through #BilateralRegistry
 *
 * The layouts of event files a #BilateralDyadPanel reads.
 */
typedef enum {
  BILATERAL_EVENT_FORMAT_AUTO,
  BILATERAL_EVENT_FORMAT_GDELT1,
  BILATERAL_EVENT_FORMAT_GDELT2,
  BILATERAL_EVENT_FORMAT_ICEWS,
} BilateralEventFormat;

/**
 * BilateralPanelBin:
 * @BILATERAL_PANEL_BIN_DAY: days, 1900-01-01 to 2079-06-06
 * @BILATERAL_PANEL_BIN_MONTH: months, from 1800
 * @BILATERAL_PANEL_BIN_YEAR: years
 *
 * The periods of a #BilateralDyadPanel.
 */
typedef enum {
  BILATERAL_PANEL_BIN_DAY,
  BILATERAL_PANEL_BIN_MONTH,
  BILATERAL_PANEL_BIN_YEAR,
} BilateralPanelBin;

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
 *   title, a reference) is not UTF-8 or holds a NUL byte
 *
 * Why a row was skipped as dirty.
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
} BilateralSkipReason;

BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_skip_reason_describe (BilateralSkipReason reason);

#define BILATERAL_TYPE_DYAD_PANEL (bilateral_dyad_panel_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralDyadPanel, bilateral_dyad_panel, BILATERAL, DYAD_PANEL, GObject)

BILATERAL_AVAILABLE_IN_ALL
BilateralDyadPanel *bilateral_dyad_panel_new (BilateralPanelBin bin,
                                              gboolean          directed);
BILATERAL_AVAILABLE_IN_ALL
BilateralDyadPanel *bilateral_dyad_panel_new_from_csv (const char *path,
                                                       GError    **error);
BILATERAL_AVAILABLE_IN_ALL
BilateralPanelBin bilateral_dyad_panel_get_bin (BilateralDyadPanel *self);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_dyad_panel_get_directed (BilateralDyadPanel *self);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_dyad_panel_set_filter (BilateralDyadPanel   *self,
                                      BilateralEventFilter *filter);
BILATERAL_AVAILABLE_IN_ALL
char **bilateral_dyad_panel_get_unknown_names (BilateralDyadPanel *self);
BILATERAL_AVAILABLE_IN_ALL
guint64 bilateral_dyad_panel_get_unknown_name_count (BilateralDyadPanel *self,
                                                     const char         *name);
BILATERAL_AVAILABLE_IN_ALL
BilateralEventFilter *bilateral_dyad_panel_get_filter (BilateralDyadPanel *self);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_dyad_panel_set_threads (BilateralDyadPanel *self,
                                       guint               threads);
BILATERAL_AVAILABLE_IN_ALL
guint bilateral_dyad_panel_get_threads (BilateralDyadPanel *self);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_dyad_panel_set_strict (BilateralDyadPanel *self,
                                      gboolean            strict);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_dyad_panel_get_strict (BilateralDyadPanel *self);

BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_dyad_panel_add_file (BilateralDyadPanel  *self,
                                        const char          *path,
                                        BilateralEventFormat format,
                                        GCancellable        *cancellable,
                                        GError             **error);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_dyad_panel_add_file_async (BilateralDyadPanel  *self,
                                          const char          *path,
                                          BilateralEventFormat format,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_dyad_panel_add_file_finish (BilateralDyadPanel *self,
                                               GAsyncResult       *result,
                                               GError            **error);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_dyad_panel_add_stream (BilateralDyadPanel  *self,
                                          GInputStream        *stream,
                                          const char          *name,
                                          BilateralEventFormat format,
                                          GCancellable        *cancellable,
                                          GError             **error);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_dyad_panel_merge (BilateralDyadPanel *self,
                                     BilateralDyadPanel *other,
                                     GError            **error);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_dyad_panel_write_csv (BilateralDyadPanel *self,
                                         GOutputStream      *stream,
                                         gboolean            partial,
                                         GCancellable       *cancellable,
                                         GError            **error);

BILATERAL_AVAILABLE_IN_ALL
guint bilateral_dyad_panel_get_n_groups (BilateralDyadPanel *self);
BILATERAL_AVAILABLE_IN_ALL
guint64 bilateral_dyad_panel_get_rows (BilateralDyadPanel *self);
BILATERAL_AVAILABLE_IN_ALL
guint64 bilateral_dyad_panel_get_kept (BilateralDyadPanel *self);
BILATERAL_AVAILABLE_IN_ALL
guint64 bilateral_dyad_panel_get_filtered (BilateralDyadPanel *self);
BILATERAL_AVAILABLE_IN_ALL
guint64 bilateral_dyad_panel_get_skipped (BilateralDyadPanel *self,
                                          BilateralSkipReason reason);
BILATERAL_AVAILABLE_IN_ALL
char **bilateral_dyad_panel_get_skipped_lines (BilateralDyadPanel *self,
                                               BilateralSkipReason reason);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_dyad_panel_lookup (BilateralDyadPanel  *self,
                                      const char          *first,
                                      const char          *second,
                                      const BilateralDate *period,
                                      guint64             *events,
                                      double              *goldstein_sum,
                                      double              *tone_mean);
BILATERAL_AVAILABLE_IN_ALL
BilateralSeries *bilateral_dyad_panel_get_series (BilateralDyadPanel    *self,
                                                  const char            *first,
                                                  const char            *second,
                                                  BilateralSeriesParams *params,
                                                  GError               **error);

G_END_DECLS
