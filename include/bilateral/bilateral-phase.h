/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include "bilateral-actor.h"
#include "bilateral-date.h"
#include "bilateral-event.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

/**
 * BilateralStance:
 * @BILATERAL_STANCE_HOSTILE: open hostility: war, rupture
 * @BILATERAL_STANCE_ANTAGONISTIC: rivalry in opposing camps
 * @BILATERAL_STANCE_COOL: correct but distant, with more friction than
 *   cooperation
 * @BILATERAL_STANCE_NEUTRAL: neither warm nor cold
 * @BILATERAL_STANCE_CORDIAL: good relations, some cooperation
 * @BILATERAL_STANCE_FRIENDLY: close cooperation
 * @BILATERAL_STANCE_ALLIED: alliance
 *
 * How warm a relationship was during a phase, from −3 to +3.
 */
typedef enum {
  BILATERAL_STANCE_HOSTILE = -3,
  BILATERAL_STANCE_ANTAGONISTIC = -2,
  BILATERAL_STANCE_COOL = -1,
  BILATERAL_STANCE_NEUTRAL = 0,
  BILATERAL_STANCE_CORDIAL = 1,
  BILATERAL_STANCE_FRIENDLY = 2,
  BILATERAL_STANCE_ALLIED = 3,
} BilateralStance;

/**
 * BilateralPhaseOrigin:
 * @BILATERAL_PHASE_ORIGIN_CURATED: a person drew the phase from sources
 * @BILATERAL_PHASE_ORIGIN_INFERRED: the library found it in the events
 *
 * Where a phase comes from.
 */
typedef enum {
  BILATERAL_PHASE_ORIGIN_CURATED,
  BILATERAL_PHASE_ORIGIN_INFERRED,
} BilateralPhaseOrigin;

#define BILATERAL_TYPE_PHASE (bilateral_phase_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralPhase, bilateral_phase, BILATERAL, PHASE, GObject)

BILATERAL_AVAILABLE_IN_ALL
BilateralPhase *bilateral_phase_new (const char     *id,
                                     BilateralActor *first,
                                     BilateralActor *second,
                                     BilateralDate  *start,
                                     BilateralDate  *end,
                                     BilateralStance stance,
                                     const char     *label);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_phase_get_id (BilateralPhase *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralActor *bilateral_phase_get_first (BilateralPhase *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralActor *bilateral_phase_get_second (BilateralPhase *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralDate *bilateral_phase_get_start (BilateralPhase *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralDate *bilateral_phase_get_end (BilateralPhase *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralStance bilateral_phase_get_stance (BilateralPhase *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_phase_get_label (BilateralPhase *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_phase_get_summary (BilateralPhase *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralEvent *bilateral_phase_get_opening_event (BilateralPhase *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralEvent *bilateral_phase_get_closing_event (BilateralPhase *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralPhaseOrigin bilateral_phase_get_origin (BilateralPhase *self);
BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_phase_get_citations (BilateralPhase *self);
BILATERAL_AVAILABLE_IN_ALL
gint32 bilateral_phase_get_first_day (BilateralPhase *self);
BILATERAL_AVAILABLE_IN_ALL
gint32 bilateral_phase_get_end_day (BilateralPhase *self);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_phase_overlaps (BilateralPhase *self,
                                   BilateralPhase *other);

BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_stance_to_string (BilateralStance value);

BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_phase_origin_to_string (BilateralPhaseOrigin value);

G_END_DECLS
