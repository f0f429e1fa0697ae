/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include <glib-object.h>
#include "bilateral-phase.h"
#include "bilateral-series-params.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

/**
 * BilateralSegmentation:
 * @BILATERAL_SEGMENTATION_PELT: the optimal partition for the penalty, by
 *   pruned exact linear time search (Killick, Fearnhead and Eckley 2012)
 * @BILATERAL_SEGMENTATION_BINARY: binary segmentation: the best single cut,
 *   then the best cut of each side, while a cut saves more than the penalty
 *   (Scott and Knott 1974); greedy, and not always optimal
 *
 * How the stance index is cut into segments of constant mean.
 */
typedef enum {
  BILATERAL_SEGMENTATION_PELT,
  BILATERAL_SEGMENTATION_BINARY,
} BilateralSegmentation;

#define BILATERAL_TYPE_INFERENCE_PARAMS (bilateral_inference_params_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralInferenceParams, bilateral_inference_params, BILATERAL, INFERENCE_PARAMS, GObject)

BILATERAL_AVAILABLE_IN_ALL
BilateralInferenceParams *bilateral_inference_params_new (void);
BILATERAL_AVAILABLE_IN_ALL
BilateralSeriesParams *bilateral_inference_params_get_series_params (BilateralInferenceParams *self);
BILATERAL_AVAILABLE_IN_ALL
double bilateral_inference_params_get_penalty (BilateralInferenceParams *self);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_inference_params_set_penalty (BilateralInferenceParams *self,
                                             double                    penalty);
BILATERAL_AVAILABLE_IN_ALL
BilateralSegmentation bilateral_inference_params_get_method (BilateralInferenceParams *self);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_inference_params_set_method (BilateralInferenceParams *self,
                                            BilateralSegmentation     method);
BILATERAL_AVAILABLE_IN_ALL
guint bilateral_inference_params_get_min_segment (BilateralInferenceParams *self);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_inference_params_set_min_segment (BilateralInferenceParams *self,
                                                 guint                     bins);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_inference_params_get_thresholds (BilateralInferenceParams *self,
                                                double                   *neutral,
                                                double                   *strong,
                                                double                   *extreme);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_inference_params_set_thresholds (BilateralInferenceParams *self,
                                                double                    neutral,
                                                double                    strong,
                                                double                    extreme);
BILATERAL_AVAILABLE_IN_ALL
BilateralStance bilateral_inference_params_stance_for (BilateralInferenceParams *self,
                                                       double                    index);

G_END_DECLS
