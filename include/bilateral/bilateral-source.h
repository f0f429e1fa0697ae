/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include <glib-object.h>
#include "bilateral-date.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

#define BILATERAL_TYPE_SOURCE (bilateral_source_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralSource, bilateral_source, BILATERAL, SOURCE, GObject)

BILATERAL_AVAILABLE_IN_ALL
BilateralSource *bilateral_source_new (const char *id,
                                       const char *title);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_source_get_id (BilateralSource *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_source_get_title (BilateralSource *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_source_get_author (BilateralSource *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_source_get_url (BilateralSource *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralDate *bilateral_source_get_published (BilateralSource *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_source_get_note (BilateralSource *self);

G_END_DECLS
