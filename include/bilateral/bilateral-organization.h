/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include "bilateral-actor.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

#define BILATERAL_TYPE_ORGANIZATION (bilateral_organization_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralOrganization, bilateral_organization, BILATERAL, ORGANIZATION, BilateralActor)

BILATERAL_AVAILABLE_IN_ALL
BilateralOrganization *bilateral_organization_new (const char    *id,
                                   const char    *name,
                                   BilateralDate *existence);

G_END_DECLS
