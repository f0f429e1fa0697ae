/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include "bilateral-actor.h"
#include "bilateral-date.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

#define BILATERAL_TYPE_GROUP (bilateral_group_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralGroup, bilateral_group, BILATERAL, GROUP, BilateralActor)

BILATERAL_AVAILABLE_IN_ALL
BilateralGroup *bilateral_group_new (const char    *id,
                                   const char    *name,
                                   BilateralDate *existence);
BILATERAL_AVAILABLE_IN_ALL
BilateralActor *bilateral_group_get_affiliation (BilateralGroup *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_group_get_role (BilateralGroup *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralDate *bilateral_group_get_affiliation_span (BilateralGroup *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralActor *bilateral_group_acts_for (BilateralGroup      *self,
                                          const BilateralDate *date);

G_END_DECLS
