/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include "bilateral-actor.h"
#include "bilateral-phase.h"
#include "bilateral-inference-params.h"
#include "bilateral-series.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

#define BILATERAL_TYPE_RELATION (bilateral_relation_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralRelation, bilateral_relation, BILATERAL, RELATION, GObject)

BILATERAL_AVAILABLE_IN_ALL
BilateralActor *bilateral_relation_get_first (BilateralRelation *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralActor *bilateral_relation_get_second (BilateralRelation *self);
BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_relation_get_events (BilateralRelation *self);
BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_relation_get_phases (BilateralRelation *self);
BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_relation_get_third_party_events (BilateralRelation *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralPhase *bilateral_relation_phase_at (BilateralRelation   *self,
                                             const BilateralDate *date);
BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_relation_events_in (BilateralRelation   *self,
                                          const BilateralDate *span);
BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_relation_events_in_full (BilateralRelation   *self,
                                               const BilateralDate *span,
                                               gboolean             third_party);

BILATERAL_AVAILABLE_IN_ALL
BilateralSeries *bilateral_relation_get_series (BilateralRelation     *self,
                                                BilateralSeriesParams *params);

BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_relation_infer_phases (BilateralRelation        *self,
                                             BilateralInferenceParams *params);

G_END_DECLS
