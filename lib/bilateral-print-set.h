/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A set of 128-bit fingerprints ({0, 0} is none): what tells a repeated
 * row, kept exactly rather than in a filter that may err. */
typedef struct {
  guint64 (*slots)[2]; /* {0, 0}: empty */
  gsize capacity;      /* a power of 2, or 0 */
  gsize n;
} BilateralPrintSet;

gboolean _bilateral_print_set_contains (const BilateralPrintSet *set, const guint64 print[2]);
/* Adds @print; FALSE if it was there. */
gboolean _bilateral_print_set_add (BilateralPrintSet *set, const guint64 print[2]);
/* Asks for @print's slot, ahead of a look-up. */
void _bilateral_print_set_prefetch (const BilateralPrintSet *set, const guint64 print[2]);
/* Adds @from's prints to @into. */
void _bilateral_print_set_add_all (BilateralPrintSet *into, const BilateralPrintSet *from);
/* The same, but @from is emptied (an empty @into takes its slots). */
void _bilateral_print_set_absorb (BilateralPrintSet *into, BilateralPrintSet *from);
void _bilateral_print_set_clear (BilateralPrintSet *set);

G_END_DECLS
