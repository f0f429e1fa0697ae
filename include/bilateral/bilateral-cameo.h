/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include <gio/gio.h>
#include "bilateral-cameo-code.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

#define BILATERAL_TYPE_CAMEO (bilateral_cameo_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralCameo, bilateral_cameo, BILATERAL, CAMEO, GObject)

BILATERAL_AVAILABLE_IN_ALL
BilateralCameo *bilateral_cameo_get_default (void);
BILATERAL_AVAILABLE_IN_ALL
BilateralCameoCode *bilateral_cameo_lookup (BilateralCameo *self,
                                            const char     *code,
                                            GError        **error);
BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_cameo_get_codes (BilateralCameo *self);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_cameo_lookup_plover (BilateralCameo     *self,
                                        const char         *type,
                                        const char         *mode,
                                        const char *const  *contexts,
                                        BilateralQuadClass *quad_class,
                                        double             *weight,
                                        GError            **error);

G_END_DECLS
