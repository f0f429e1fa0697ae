/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include <glib-object.h>
#include "bilateral-event-format.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

#define BILATERAL_TYPE_EVENT_LOAD (bilateral_event_load_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralEventLoad, bilateral_event_load, BILATERAL, EVENT_LOAD, GObject)

BILATERAL_AVAILABLE_IN_ALL
guint bilateral_event_load_get_added (BilateralEventLoad *self);
BILATERAL_AVAILABLE_IN_ALL
guint64 bilateral_event_load_get_skipped (BilateralEventLoad *self);
BILATERAL_AVAILABLE_IN_ALL
guint64 bilateral_event_load_get_skipped_for (BilateralEventLoad  *self,
                                              BilateralSkipReason  reason);
BILATERAL_AVAILABLE_IN_ALL
char **bilateral_event_load_get_skipped_lines (BilateralEventLoad  *self,
                                               BilateralSkipReason  reason);

G_END_DECLS
