/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include "bilateral-actor.h"
#include "bilateral-date.h"
#include "bilateral-location.h"
#include "bilateral-participant.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

/**
 * BilateralQuadClass:
 * @BILATERAL_QUAD_CLASS_VERBAL_COOPERATION: CAMEO roots 01–05
 * @BILATERAL_QUAD_CLASS_MATERIAL_COOPERATION: CAMEO roots 06–09
 * @BILATERAL_QUAD_CLASS_VERBAL_CONFLICT: CAMEO roots 10–14
 * @BILATERAL_QUAD_CLASS_MATERIAL_CONFLICT: CAMEO roots 15–20
 *
 * The four classes GDELT sorts CAMEO events into, numbered as GDELT's
 * `QuadClass` column.
 */
typedef enum {
  BILATERAL_QUAD_CLASS_VERBAL_COOPERATION = 1,
  BILATERAL_QUAD_CLASS_MATERIAL_COOPERATION = 2,
  BILATERAL_QUAD_CLASS_VERBAL_CONFLICT = 3,
  BILATERAL_QUAD_CLASS_MATERIAL_CONFLICT = 4,
} BilateralQuadClass;

#define BILATERAL_TYPE_EVENT (bilateral_event_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralEvent, bilateral_event, BILATERAL, EVENT, GObject)

BILATERAL_AVAILABLE_IN_ALL
BilateralEvent *bilateral_event_new (const char     *id,
                                     BilateralDate  *date,
                                     BilateralActor *source,
                                     BilateralActor *target,
                                     const char     *cameo_code,
                                     double          goldstein,
                                     const char     *title);
BILATERAL_AVAILABLE_IN_ALL
BilateralEvent *bilateral_event_new_plover (const char     *id,
                                            BilateralDate  *date,
                                            BilateralActor *source,
                                            BilateralActor *target,
                                            const char     *plover_type,
                                            const char     *plover_mode,
                                            double          goldstein,
                                            const char     *title);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_event_get_id (BilateralEvent *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralDate *bilateral_event_get_date (BilateralEvent *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralActor *bilateral_event_get_source (BilateralEvent *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralActor *bilateral_event_get_target (BilateralEvent *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_event_get_cameo_code (BilateralEvent *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_event_get_plover_type (BilateralEvent *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_event_get_plover_mode (BilateralEvent *self);
BILATERAL_AVAILABLE_IN_ALL
const char *const *bilateral_event_get_plover_contexts (BilateralEvent *self);
BILATERAL_AVAILABLE_IN_ALL
double bilateral_event_get_goldstein (BilateralEvent *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralQuadClass bilateral_event_get_quad_class (BilateralEvent *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_event_get_title (BilateralEvent *self);
BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_event_get_citations (BilateralEvent *self);
BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_event_get_impacts (BilateralEvent *self);

BILATERAL_AVAILABLE_IN_ALL
const char *const *bilateral_event_get_source_sectors (BilateralEvent *self);
BILATERAL_AVAILABLE_IN_ALL
const char *const *bilateral_event_get_target_sectors (BilateralEvent *self);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_event_has_sector (BilateralEvent *self,
                                     const char     *sector);
BILATERAL_AVAILABLE_IN_ALL
BilateralLocation *bilateral_event_get_location (BilateralEvent *self);
BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_event_get_participants (BilateralEvent *self);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_cameo_code_is_valid (const char *code);

BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_quad_class_to_string (BilateralQuadClass value);

G_END_DECLS
