/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include <glib-object.h>
#include "bilateral-version.h"

G_BEGIN_DECLS

#define BILATERAL_TYPE_LOCATION (bilateral_location_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralLocation, bilateral_location, BILATERAL, LOCATION, GObject)

BILATERAL_AVAILABLE_IN_ALL
BilateralLocation *bilateral_location_new (const char *country,
                                           const char *place);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_location_get_country (BilateralLocation *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_location_get_code (BilateralLocation *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_location_get_division (BilateralLocation *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_location_get_place (BilateralLocation *self);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_location_get_has_coordinates (BilateralLocation *self);
BILATERAL_AVAILABLE_IN_ALL
double bilateral_location_get_latitude (BilateralLocation *self);
BILATERAL_AVAILABLE_IN_ALL
double bilateral_location_get_longitude (BilateralLocation *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_location_get_feature (BilateralLocation *self);
BILATERAL_AVAILABLE_IN_ALL
char *bilateral_location_to_string (BilateralLocation *self);

G_END_DECLS
