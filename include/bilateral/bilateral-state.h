/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include "bilateral-actor.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

/**
 * BilateralCodeScheme:
 * @BILATERAL_CODE_SCHEME_ISO_ALPHA2: ISO 3166-1 alpha-2 (`PK`), or the
 *   ISO 3166-3 code of a withdrawn country (`SU`)
 * @BILATERAL_CODE_SCHEME_ISO_ALPHA3: ISO 3166-1 alpha-3 (`PAK`, `SUN`)
 * @BILATERAL_CODE_SCHEME_ISO_NUMERIC: ISO 3166-1 numeric, three digits (`586`)
 * @BILATERAL_CODE_SCHEME_COW: Correlates of War state number (`770`)
 * @BILATERAL_CODE_SCHEME_COW_LETTERS: Correlates of War abbreviation (`PAK`)
 * @BILATERAL_CODE_SCHEME_GW: Gleditsch–Ward state number (`770`)
 * @BILATERAL_CODE_SCHEME_GW_LETTERS: Gleditsch–Ward abbreviation (`PAK`)
 * @BILATERAL_CODE_SCHEME_CAMEO: CAMEO country code (`PAK`, `SUN`)
 *
 * The code systems that name states.
 */
typedef enum {
  BILATERAL_CODE_SCHEME_ISO_ALPHA2,
  BILATERAL_CODE_SCHEME_ISO_ALPHA3,
  BILATERAL_CODE_SCHEME_ISO_NUMERIC,
  BILATERAL_CODE_SCHEME_COW,
  BILATERAL_CODE_SCHEME_COW_LETTERS,
  BILATERAL_CODE_SCHEME_GW,
  BILATERAL_CODE_SCHEME_GW_LETTERS,
  BILATERAL_CODE_SCHEME_CAMEO,
} BilateralCodeScheme;

/**
 * BILATERAL_N_CODE_SCHEMES:
 *
 * How many values #BilateralCodeScheme has.
 */
#define BILATERAL_N_CODE_SCHEMES 8

/**
 * BilateralStateStatus:
 * @BILATERAL_STATE_STATUS_SOVEREIGN: a sovereign state (`sovereign`)
 * @BILATERAL_STATE_STATUS_PARTIALLY_RECOGNIZED: a state that many others do
 *   not recognise: Taiwan, Kosovo, Palestine (`partially-recognized`)
 * @BILATERAL_STATE_STATUS_ASSOCIATED_STATE: self-governing in free
 *   association with another state: the Cook Islands, Niue
 *   (`associated-state`)
 * @BILATERAL_STATE_STATUS_DEPENDENT_TERRITORY: a territory that another
 *   state governs or is responsible for: Puerto Rico, Bermuda, Jersey
 *   (`dependent-territory`)
 * @BILATERAL_STATE_STATUS_PART_OF_STATE: a part of a state that ISO 3166
 *   codes apart: Hong Kong, Greenland, Réunion, Åland (`part-of-state`)
 * @BILATERAL_STATE_STATUS_DISPUTED_TERRITORY: a territory whose sovereignty
 *   is the dispute: Western Sahara (`disputed-territory`)
 * @BILATERAL_STATE_STATUS_INTERNATIONAL: held under a treaty or in common:
 *   Antarctica (`international`)
 *
 * What an entry of the registry is. The state-system panels are the COW
 * and Gleditsch–Ward members, whatever their status; the other entries are
 * there so that data keyed by ISO codes finds every entity.
 */
typedef enum {
  BILATERAL_STATE_STATUS_SOVEREIGN,
  BILATERAL_STATE_STATUS_PARTIALLY_RECOGNIZED,
  BILATERAL_STATE_STATUS_ASSOCIATED_STATE,
  BILATERAL_STATE_STATUS_DEPENDENT_TERRITORY,
  BILATERAL_STATE_STATUS_PART_OF_STATE,
  BILATERAL_STATE_STATUS_DISPUTED_TERRITORY,
  BILATERAL_STATE_STATUS_INTERNATIONAL,
} BilateralStateStatus;

#define BILATERAL_TYPE_STATE (bilateral_state_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralState, bilateral_state, BILATERAL, STATE, BilateralActor)

BILATERAL_AVAILABLE_IN_ALL
BilateralState *bilateral_state_new (const char    *id,
                                     const char    *name,
                                     BilateralDate *existence);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_state_get_code (BilateralState     *self,
                                      BilateralCodeScheme scheme);
BILATERAL_AVAILABLE_IN_ALL
BilateralStateStatus bilateral_state_get_status (BilateralState *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_state_status_to_string (BilateralStateStatus status);
BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_state_get_predecessors (BilateralState *self);
BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_state_get_successors (BilateralState *self);

BILATERAL_AVAILABLE_IN_ALL
GPtrArray *bilateral_state_get_spells (BilateralState *self);

BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_code_scheme_to_string (BilateralCodeScheme scheme);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_code_scheme_from_string (const char          *name,
                                            BilateralCodeScheme *scheme);

G_END_DECLS
