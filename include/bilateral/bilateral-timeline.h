/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include <cairo.h>
#include <gio/gio.h>
#include "bilateral-archive.h"
#include "bilateral-date.h"
#include "bilateral-relation.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

/**
 * BilateralTimelineFormat:
 * @BILATERAL_TIMELINE_FORMAT_AUTO: from the file name's suffix
 *   (`.svg`, `.png`, `.pdf`, `.html` or `.htm`)
 * @BILATERAL_TIMELINE_FORMAT_SVG: SVG 1.1, the picture with an invisible
 *   layer naming every phase and event
 * @BILATERAL_TIMELINE_FORMAT_PNG: a PNG image, #BilateralTimeline:width
 *   times #BilateralTimeline:scale pixels wide
 * @BILATERAL_TIMELINE_FORMAT_PDF: a one-page PDF
 * @BILATERAL_TIMELINE_FORMAT_HTML: a self-contained interactive page
 *
 * The kinds of file a #BilateralTimeline writes.
 */
typedef enum {
  BILATERAL_TIMELINE_FORMAT_AUTO,
  BILATERAL_TIMELINE_FORMAT_SVG,
  BILATERAL_TIMELINE_FORMAT_PNG,
  BILATERAL_TIMELINE_FORMAT_PDF,
  BILATERAL_TIMELINE_FORMAT_HTML,
} BilateralTimelineFormat;

#define BILATERAL_TYPE_TIMELINE (bilateral_timeline_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralTimeline, bilateral_timeline, BILATERAL, TIMELINE, GObject)

BILATERAL_AVAILABLE_IN_ALL
BilateralTimeline *bilateral_timeline_new (BilateralArchive *archive);
BILATERAL_AVAILABLE_IN_ALL
BilateralArchive *bilateral_timeline_get_archive (BilateralTimeline *self);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_timeline_add_relation (BilateralTimeline *self,
                                      BilateralRelation *relation);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_timeline_remove_all (BilateralTimeline *self);
BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_timeline_get_relations (BilateralTimeline *self);

BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_timeline_get_title (BilateralTimeline *self);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_timeline_set_title (BilateralTimeline *self,
                                   const char        *title);
BILATERAL_AVAILABLE_IN_ALL
BilateralDate *bilateral_timeline_get_span (BilateralTimeline *self);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_timeline_set_span (BilateralTimeline   *self,
                                  const BilateralDate *span);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_timeline_get_show_inferred (BilateralTimeline *self);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_timeline_set_show_inferred (BilateralTimeline *self,
                                           gboolean           show_inferred);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_timeline_get_show_index (BilateralTimeline *self);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_timeline_set_show_index (BilateralTimeline *self,
                                        gboolean           show_index);
BILATERAL_AVAILABLE_IN_ALL
double bilateral_timeline_get_width (BilateralTimeline *self);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_timeline_set_width (BilateralTimeline *self,
                                   double             width);
BILATERAL_AVAILABLE_IN_ALL
double bilateral_timeline_get_scale (BilateralTimeline *self);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_timeline_set_scale (BilateralTimeline *self,
                                   double             scale);

BILATERAL_AVAILABLE_IN_ALL
double bilateral_timeline_get_height (BilateralTimeline *self);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_timeline_draw (BilateralTimeline *self,
                              cairo_t           *cr);
BILATERAL_AVAILABLE_IN_ALL
GObject *bilateral_timeline_get_item_at (BilateralTimeline *self,
                                         double             x,
                                         double             y);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_timeline_get_item_bounds (BilateralTimeline *self,
                                             GObject           *item,
                                             double            *x,
                                             double            *y,
                                             double            *width,
                                             double            *height);
BILATERAL_AVAILABLE_IN_ALL
double bilateral_timeline_get_x_for_day (BilateralTimeline *self,
                                         gint32             day);

BILATERAL_AVAILABLE_IN_ALL
GBytes *bilateral_timeline_to_bytes (BilateralTimeline      *self,
                                     BilateralTimelineFormat format,
                                     GError                **error);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_timeline_write_to_file (BilateralTimeline      *self,
                                           const char             *path,
                                           BilateralTimelineFormat format,
                                           GError                **error);

BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_timeline_format_to_string (BilateralTimelineFormat value);

G_END_DECLS
