/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include <glib-object.h>
#include "bilateral-event.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

#define BILATERAL_TYPE_CAMEO_CODE (bilateral_cameo_code_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralCameoCode, bilateral_cameo_code, BILATERAL, CAMEO_CODE, GObject)

BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_cameo_code_get_code (BilateralCameoCode *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_cameo_code_get_name (BilateralCameoCode *self);
BILATERAL_AVAILABLE_IN_ALL
guint bilateral_cameo_code_get_level (BilateralCameoCode *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_cameo_code_get_root_code (BilateralCameoCode *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_cameo_code_get_base_code (BilateralCameoCode *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralQuadClass bilateral_cameo_code_get_quad_class (BilateralCameoCode *self);
BILATERAL_AVAILABLE_IN_ALL
double bilateral_cameo_code_get_goldstein (BilateralCameoCode *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_cameo_code_get_plover_type (BilateralCameoCode *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_cameo_code_get_plover_mode (BilateralCameoCode *self);
BILATERAL_AVAILABLE_IN_ALL
const char *const *bilateral_cameo_code_get_plover_contexts (BilateralCameoCode *self);

G_END_DECLS
