/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include <glib-object.h>
#include "bilateral-date.h"
#include "bilateral-series-params.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

/**
 * BilateralSeriesMeasure:
 * @BILATERAL_SERIES_COUNT: how many events fell in the bin
 * @BILATERAL_SERIES_GOLDSTEIN: the sum of their Goldstein weights
 * @BILATERAL_SERIES_VERBAL_COOPERATION: how many were of QuadClass 1
 * @BILATERAL_SERIES_MATERIAL_COOPERATION: how many were of QuadClass 2
 * @BILATERAL_SERIES_VERBAL_CONFLICT: how many were of QuadClass 3
 * @BILATERAL_SERIES_MATERIAL_CONFLICT: how many were of QuadClass 4
 * @BILATERAL_SERIES_IMPACT: the contributions of others' events that bore
 *   on the dyad: each impact's weight times its event's Goldstein weight
 * @BILATERAL_SERIES_WEIGHT: the bin's weight: the Goldstein sum plus the
 *   impact contributions
 * @BILATERAL_SERIES_INDEX: the relationship index: the weights of this and
 *   every earlier bin, each decayed by its age (see #BilateralSeries)
 * @BILATERAL_SERIES_STANCE_INDEX: the index per event: the index over the
 *   events behind it, decayed alike, on the scale of one event's Goldstein
 *   weight, so that it means the same for a dyad of ten events a decade
 *   and one of a thousand a month (see #BilateralSeries)
 *
 * What a #BilateralSeries measures in each bin.
 */
typedef enum {
  BILATERAL_SERIES_COUNT,
  BILATERAL_SERIES_GOLDSTEIN,
  BILATERAL_SERIES_VERBAL_COOPERATION,
  BILATERAL_SERIES_MATERIAL_COOPERATION,
  BILATERAL_SERIES_VERBAL_CONFLICT,
  BILATERAL_SERIES_MATERIAL_CONFLICT,
  BILATERAL_SERIES_IMPACT,
  BILATERAL_SERIES_WEIGHT,
  BILATERAL_SERIES_INDEX,
  BILATERAL_SERIES_STANCE_INDEX,
} BilateralSeriesMeasure;

/**
 * BILATERAL_N_SERIES_MEASURES:
 *
 * How many values #BilateralSeriesMeasure has.
 */
#define BILATERAL_N_SERIES_MEASURES 10

#define BILATERAL_TYPE_SERIES (bilateral_series_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralSeries, bilateral_series, BILATERAL, SERIES, GObject)

BILATERAL_AVAILABLE_IN_ALL
BilateralSeriesBin bilateral_series_get_bin (BilateralSeries *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralSeriesDirection bilateral_series_get_direction (BilateralSeries *self);
BILATERAL_AVAILABLE_IN_ALL
double bilateral_series_get_half_life (BilateralSeries *self);
BILATERAL_AVAILABLE_IN_ALL
guint bilateral_series_get_n_bins (BilateralSeries *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralDate *bilateral_series_get_bin_date (BilateralSeries *self,
                                              guint            bin);
BILATERAL_AVAILABLE_IN_ALL
int bilateral_series_find_bin (BilateralSeries     *self,
                               const BilateralDate *date);
BILATERAL_AVAILABLE_IN_ALL
const double *bilateral_series_get_values (BilateralSeries       *self,
                                           BilateralSeriesMeasure measure,
                                           gsize                 *n_values);
BILATERAL_AVAILABLE_IN_ALL
GBytes *bilateral_series_get_bytes (BilateralSeries       *self,
                                    BilateralSeriesMeasure measure);
BILATERAL_AVAILABLE_IN_ALL
const double *bilateral_series_get_index (BilateralSeries *self,
                                          gsize           *n_values);

G_END_DECLS
