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
