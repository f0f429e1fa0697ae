/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include <gio/gio.h>
#include "bilateral-date.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

#define BILATERAL_TYPE_PHASE_COMPARISON (bilateral_phase_comparison_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralPhaseComparison, bilateral_phase_comparison, BILATERAL, PHASE_COMPARISON, GObject)

BILATERAL_AVAILABLE_IN_ALL
BilateralPhaseComparison *bilateral_phases_compare (GListModel          *reference,
                                                    GListModel          *other,
                                                    const BilateralDate *span,
                                                    guint                tolerance_days);
BILATERAL_AVAILABLE_IN_ALL
guint bilateral_phase_comparison_get_days (BilateralPhaseComparison *self);
BILATERAL_AVAILABLE_IN_ALL
double bilateral_phase_comparison_get_exact_agreement (BilateralPhaseComparison *self);
BILATERAL_AVAILABLE_IN_ALL
double bilateral_phase_comparison_get_sign_agreement (BilateralPhaseComparison *self);
BILATERAL_AVAILABLE_IN_ALL
double bilateral_phase_comparison_get_mean_boundary_distance (BilateralPhaseComparison *self);
BILATERAL_AVAILABLE_IN_ALL
double bilateral_phase_comparison_get_boundary_f1 (BilateralPhaseComparison *self);
BILATERAL_AVAILABLE_IN_ALL
double bilateral_phase_comparison_get_covering (BilateralPhaseComparison *self);
BILATERAL_AVAILABLE_IN_ALL
GPtrArray *bilateral_phase_comparison_get_unmatched_reference (BilateralPhaseComparison *self);
BILATERAL_AVAILABLE_IN_ALL
GPtrArray *bilateral_phase_comparison_get_unmatched_other (BilateralPhaseComparison *self);

G_END_DECLS
