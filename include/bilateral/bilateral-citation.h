/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include <glib-object.h>
#include "bilateral-version.h"

G_BEGIN_DECLS

#define BILATERAL_TYPE_CITATION (bilateral_citation_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralCitation, bilateral_citation, BILATERAL, CITATION, GObject)

BILATERAL_AVAILABLE_IN_ALL
BilateralCitation *bilateral_citation_new (const char *source_id,
                                           guint       paragraph,
                                           guint       sentence,
                                           const char *quote);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_citation_get_source_id (BilateralCitation *self);
BILATERAL_AVAILABLE_IN_ALL
guint bilateral_citation_get_paragraph (BilateralCitation *self);
BILATERAL_AVAILABLE_IN_ALL
guint bilateral_citation_get_sentence (BilateralCitation *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_citation_get_quote (BilateralCitation *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_citation_get_note (BilateralCitation *self);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_citation_get_supplement (BilateralCitation *self);

G_END_DECLS
