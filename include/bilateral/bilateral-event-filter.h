/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include <glib-object.h>
#include "bilateral-date.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

#define BILATERAL_TYPE_EVENT_FILTER (bilateral_event_filter_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralEventFilter, bilateral_event_filter, BILATERAL, EVENT_FILTER, GObject)

BILATERAL_AVAILABLE_IN_ALL
BilateralEventFilter *bilateral_event_filter_new (void);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_event_filter_set_dyad (BilateralEventFilter *self,
                                          const char           *first,
                                          const char           *second,
                                          gboolean              directed,
                                          GError              **error);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_event_filter_set_country (BilateralEventFilter *self,
                                             const char           *country,
                                             GError              **error);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_event_filter_set_span (BilateralEventFilter *self,
                                      BilateralDate        *span);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_event_filter_set_root_codes (BilateralEventFilter *self,
                                                const char *const    *roots,
                                                GError              **error);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_event_filter_set_quad_classes (BilateralEventFilter *self,
                                              const int            *classes,
                                              gsize                 n_classes);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_event_filter_set_root_events_only (BilateralEventFilter *self,
                                                  gboolean              root_only);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_event_filter_set_sector (BilateralEventFilter *self,
                                            const char           *sector,
                                            GError              **error);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_event_filter_set_located (BilateralEventFilter *self,
                                             const char           *state,
                                             GError              **error);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_event_filter_set_keep_duplicates (BilateralEventFilter *self,
                                                 gboolean              keep);
BILATERAL_AVAILABLE_IN_ALL
char *bilateral_event_filter_to_string (BilateralEventFilter *self);

G_END_DECLS
