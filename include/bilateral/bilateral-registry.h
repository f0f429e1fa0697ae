/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include <gio/gio.h>
#include "bilateral-date.h"
#include "bilateral-state.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

/**
 * BilateralResolveFlags:
 * @BILATERAL_RESOLVE_DEFAULT: each scheme's own rule: COW and G-W codes (and
 *   their letter codes) mean a state only within its membership spells;
 *   ISO and CAMEO codes follow the line of continuation
 * @BILATERAL_RESOLVE_STRICT: only the state that held exactly that code on
 *   that date, in any scheme
 * @BILATERAL_RESOLVE_FOLLOW_CONTINUATION: when no state held the code then,
 *   the state of the holder's line of continuation that existed, in any
 *   scheme
 *
 * How bilateral_registry_resolve_full() reads a code outside the dates it
 * was held.
 */
typedef enum {
  BILATERAL_RESOLVE_DEFAULT = 0,
  BILATERAL_RESOLVE_STRICT = 1 << 0,
  BILATERAL_RESOLVE_FOLLOW_CONTINUATION = 1 << 1,
} BilateralResolveFlags;

#define BILATERAL_TYPE_REGISTRY (bilateral_registry_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralRegistry, bilateral_registry, BILATERAL, REGISTRY, GObject)

BILATERAL_AVAILABLE_IN_ALL
BilateralRegistry *bilateral_registry_get_default (void);

BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_registry_get_states (BilateralRegistry *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralState *bilateral_registry_lookup_id (BilateralRegistry *self,
                                              const char        *id);
BILATERAL_AVAILABLE_IN_ALL
BilateralState *bilateral_registry_lookup_name (BilateralRegistry *self,
                                                const char        *name);
BILATERAL_AVAILABLE_IN_ALL
BilateralState *bilateral_registry_lookup_name_at (BilateralRegistry   *self,
                                                   const char          *name,
                                                   const BilateralDate *date);
BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_registry_lookup_names (BilateralRegistry *self,
                                             const char        *name);
BILATERAL_AVAILABLE_IN_ALL
BilateralState *bilateral_registry_resolve (BilateralRegistry   *self,
                                            const char          *code,
                                            BilateralCodeScheme  scheme,
                                            const BilateralDate *date,
                                            GError             **error);
BILATERAL_AVAILABLE_IN_ALL
BilateralState *bilateral_registry_resolve_full (BilateralRegistry    *self,
                                                 const char           *code,
                                                 BilateralCodeScheme   scheme,
                                                 const BilateralDate  *date,
                                                 BilateralResolveFlags flags,
                                                 GError              **error);
BILATERAL_AVAILABLE_IN_ALL
char *bilateral_registry_convert (BilateralRegistry   *self,
                                  const char          *code,
                                  BilateralCodeScheme  from,
                                  BilateralCodeScheme  to,
                                  const BilateralDate *date,
                                  GError             **error);
BILATERAL_AVAILABLE_IN_ALL
char **bilateral_registry_convert_codes (BilateralRegistry   *self,
                                         const char *const   *codes,
                                         BilateralCodeScheme  from,
                                         BilateralCodeScheme  to,
                                         const char *const   *dates,
                                         const BilateralDate *at,
                                         guint               *n_failed,
                                         GError             **error);
BILATERAL_AVAILABLE_IN_ALL
char **bilateral_registry_convert_names (BilateralRegistry   *self,
                                         const char *const   *names,
                                         BilateralCodeScheme  to,
                                         const char *const   *dates,
                                         const BilateralDate *at,
                                         guint               *n_failed,
                                         GError             **error);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_registry_get_code (BilateralRegistry   *self,
                                         BilateralState      *state,
                                         BilateralCodeScheme  scheme,
                                         const BilateralDate *date);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_registry_is_microstate (BilateralRegistry *self,
                                           BilateralState    *state);

BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_registry_get_states_in_year (BilateralRegistry *self,
                                                   int                year);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_registry_write_panel (BilateralRegistry *self,
                                         int                first_year,
                                         int                last_year,
                                         gboolean           dyads,
                                         GOutputStream     *stream,
                                         GCancellable      *cancellable,
                                         GError           **error);

G_END_DECLS
