/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include <gio/gio.h>
#include "bilateral-date.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

/**
 * BilateralSuccessionKind:
 * @BILATERAL_SUCCESSION_CONTINUATION: the successor is the same state in
 *   law (the Russian Federation continues the USSR)
 * @BILATERAL_SUCCESSION_SUCCESSION: the successor takes over from a state
 *   that ended (British India → India)
 * @BILATERAL_SUCCESSION_SECESSION: the successor broke away from a state
 *   that goes on (Bangladesh from Pakistan)
 * @BILATERAL_SUCCESSION_UNIFICATION: the successor was formed by joining
 *   the predecessor with others (Yemen, 1990)
 * @BILATERAL_SUCCESSION_DISSOLUTION: the predecessor ended and split into
 *   successors (Czechoslovakia)
 *
 * How one state followed another.
 */
typedef enum {
  BILATERAL_SUCCESSION_CONTINUATION,
  BILATERAL_SUCCESSION_SUCCESSION,
  BILATERAL_SUCCESSION_SECESSION,
  BILATERAL_SUCCESSION_UNIFICATION,
  BILATERAL_SUCCESSION_DISSOLUTION,
} BilateralSuccessionKind;

#define BILATERAL_TYPE_SUCCESSION (bilateral_succession_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralSuccession, bilateral_succession, BILATERAL, SUCCESSION, GObject)

BILATERAL_AVAILABLE_IN_ALL
BilateralSuccession *bilateral_succession_new (const char             *predecessor_id,
                                               const char             *successor_id,
                                               BilateralSuccessionKind kind,
                                               BilateralDate          *date);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_succession_get_predecessor_id (BilateralSuccession *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_succession_get_successor_id (BilateralSuccession *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralSuccessionKind bilateral_succession_get_kind (BilateralSuccession *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralDate *bilateral_succession_get_date (BilateralSuccession *self);
BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_succession_get_citations (BilateralSuccession *self);

BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_succession_kind_to_string (BilateralSuccessionKind value);

G_END_DECLS
