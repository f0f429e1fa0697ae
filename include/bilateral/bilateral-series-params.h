/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include <glib-object.h>
#include "bilateral-date.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

/**
 * BilateralSeriesBin:
 * @BILATERAL_SERIES_BIN_MONTH: calendar months
 * @BILATERAL_SERIES_BIN_YEAR: calendar years
 *
 * The bins of a #BilateralSeries.
 */
typedef enum {
  BILATERAL_SERIES_BIN_MONTH,
  BILATERAL_SERIES_BIN_YEAR,
} BilateralSeriesBin;

/**
 * BilateralSeriesDirection:
 * @BILATERAL_SERIES_UNDIRECTED: events either way, and the impacts of
 *   others' events on the dyad
 * @BILATERAL_SERIES_FIRST_TO_SECOND: events of the relation's first actor
 *   towards its second
 * @BILATERAL_SERIES_SECOND_TO_FIRST: events of the second towards the first
 *
 * Which events of a relation a #BilateralSeries counts. Impacts have no
 * direction, so only an undirected series includes them.
 */
typedef enum {
  BILATERAL_SERIES_UNDIRECTED,
  BILATERAL_SERIES_FIRST_TO_SECOND,
  BILATERAL_SERIES_SECOND_TO_FIRST,
} BilateralSeriesDirection;

/**
 * BILATERAL_DEFAULT_HALF_LIFE_DAYS:
 *
 * The default half-life of the relationship index, in days: two years.
 */
#define BILATERAL_DEFAULT_HALF_LIFE_DAYS 730.485

#define BILATERAL_TYPE_SERIES_PARAMS (bilateral_series_params_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralSeriesParams, bilateral_series_params, BILATERAL, SERIES_PARAMS, GObject)

BILATERAL_AVAILABLE_IN_ALL
BilateralSeriesParams *bilateral_series_params_new (void);
BILATERAL_AVAILABLE_IN_ALL
BilateralSeriesBin bilateral_series_params_get_bin (BilateralSeriesParams *self);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_series_params_set_bin (BilateralSeriesParams *self,
                                      BilateralSeriesBin     bin);
BILATERAL_AVAILABLE_IN_ALL
BilateralSeriesDirection bilateral_series_params_get_direction (BilateralSeriesParams *self);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_series_params_set_direction (BilateralSeriesParams   *self,
                                            BilateralSeriesDirection direction);
BILATERAL_AVAILABLE_IN_ALL
double bilateral_series_params_get_half_life (BilateralSeriesParams *self);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_series_params_set_half_life (BilateralSeriesParams *self,
                                            double                 days);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_series_params_get_impacts (BilateralSeriesParams *self);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_series_params_set_impacts (BilateralSeriesParams *self,
                                          gboolean               impacts);
BILATERAL_AVAILABLE_IN_ALL
BilateralDate *bilateral_series_params_get_span (BilateralSeriesParams *self);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_series_params_set_span (BilateralSeriesParams *self,
                                       BilateralDate         *span);

G_END_DECLS
