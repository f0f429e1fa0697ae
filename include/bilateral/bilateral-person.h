/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include "bilateral-actor.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

#define BILATERAL_TYPE_PERSON (bilateral_person_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralPerson, bilateral_person, BILATERAL, PERSON, BilateralActor)

BILATERAL_AVAILABLE_IN_ALL
BilateralPerson *bilateral_person_new (const char     *id,
                                       const char     *name,
                                       BilateralActor *affiliation,
                                       const char     *role);
BILATERAL_AVAILABLE_IN_ALL
BilateralActor *bilateral_person_get_affiliation (BilateralPerson *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_person_get_role (BilateralPerson *self);

G_END_DECLS
