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
BilateralState *_bilateral_registry_place_state (BilateralRegistry *self, const char *alpha3, const char *country_name,
                                                 const BilateralDate *date);

/* The names of the registry's entries (bilateral-registry-names.c). Tier 0
 * is English, tier 1 a translation, and each ranks BILATERAL_NAME_TIER_FORM
 * lower when the key is that of another form of the name; an entry may
 * apply only between two days (a former name). */
#define BILATERAL_NAME_TIER_FORM 2
typedef struct {
  BilateralState *state;
  guint tier;
  gint32 first;
  gint32 last;
} BilateralNameEntry;

typedef struct _BilateralNameIndex BilateralNameIndex;

char *_bilateral_name_key (const char *name);
BilateralNameIndex *_bilateral_name_index_new (void);
void _bilateral_name_index_free (BilateralNameIndex *index);
void _bilateral_name_index_add (BilateralNameIndex *index, const char *name, BilateralState *state, guint tier, gint32 first,
                                gint32 last);
/* The entries under a name's key, or of its other forms; NULL for none. */
GArray *_bilateral_name_index_lookup (BilateralNameIndex *index, const char *name);
guint _bilateral_name_index_get_n_names (BilateralNameIndex *index);
guint _bilateral_name_index_get_n_keys (BilateralNameIndex *index);

G_END_DECLS
