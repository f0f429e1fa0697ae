/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "bilateral-private.h"

G_BEGIN_DECLS

BilateralCameoCode *_bilateral_cameo_code_new (const char *code, const char *name, guint level, const char *root_code,
                                               const char *base_code, BilateralQuadClass quad_class, double goldstein);
void _bilateral_cameo_code_set_plover (BilateralCameoCode *self, const char *type, const char *mode, GStrv contexts);

G_END_DECLS
