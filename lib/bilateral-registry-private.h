/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "bilateral-private.h"

G_BEGIN_DECLS

/* A code a state held over a span of days (inclusive; open ends are
 * BILATERAL_DAY_OPEN_START and BILATERAL_DAY_OPEN_END). */
typedef struct {
  BilateralState *state;
  BilateralCodeScheme scheme;
  char *code;
  gint32 first;
  gint32 last;
} BilateralAssignment;

/* Days common to two inclusive spans; 0 if they are apart. */
static inline gint64
_bilateral_overlap (gint64 a_first, gint64 a_last, gint64 b_first, gint64 b_last)
{
  gint64 first = MAX (a_first, b_first), last = MIN (a_last, b_last);
  return last >= first ? last - first + 1 : 0;
}

gint64 _bilateral_registry_days_existing (BilateralState *state, gint64 first, gint64 last);
GPtrArray *_bilateral_registry_assignments_of (BilateralRegistry *self, BilateralState *state);
BilateralState *_bilateral_registry_continued (BilateralRegistry *self, BilateralState *state);

G_END_DECLS
