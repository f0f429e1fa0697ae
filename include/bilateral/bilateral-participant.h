/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include "bilateral-actor.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

#define BILATERAL_TYPE_PARTICIPANT (bilateral_participant_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralParticipant, bilateral_participant, BILATERAL, PARTICIPANT, GObject)

BILATERAL_AVAILABLE_IN_ALL
BilateralParticipant *bilateral_participant_new (BilateralActor *actor,
                                                 const char     *role);
BILATERAL_AVAILABLE_IN_ALL
BilateralActor *bilateral_participant_get_actor (BilateralParticipant *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_participant_get_role (BilateralParticipant *self);

G_END_DECLS
