/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include <gio/gio.h>
#include "bilateral-event-filter.h"
#include "bilateral-event-format.h"
#include "bilateral-series.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

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
gboolean bilateral_dyad_panel_add_files (BilateralDyadPanel      *self,
                                         const char *const       *paths,
                                         BilateralEventFormat     format,
                                         GCancellable            *cancellable,
                                         GError                 **error);
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
