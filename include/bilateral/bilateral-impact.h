/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include "bilateral-actor.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

#define BILATERAL_TYPE_IMPACT (bilateral_impact_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralImpact, bilateral_impact, BILATERAL, IMPACT, GObject)

BILATERAL_AVAILABLE_IN_ALL
BilateralImpact *bilateral_impact_new (BilateralActor *first,
                                       BilateralActor *second,
                                       double          weight);
BILATERAL_AVAILABLE_IN_ALL
BilateralActor *bilateral_impact_get_first (BilateralImpact *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralActor *bilateral_impact_get_second (BilateralImpact *self);
BILATERAL_AVAILABLE_IN_ALL
double bilateral_impact_get_weight (BilateralImpact *self);
BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_impact_get_citations (BilateralImpact *self);

G_END_DECLS
