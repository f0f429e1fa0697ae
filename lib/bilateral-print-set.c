/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "bilateral-print-set.h"
#include "bilateral-private.h"

/* Open addressing, probed linearly from the print's first word (a hash
 * already), at most 70 % full. */

static inline gsize
slot_of (const BilateralPrintSet *set, const guint64 print[2])
{
  return (gsize) (print[0] ^ print[1] >> 7) & (set->capacity - 1);
}

static inline gboolean
is_empty (const guint64 slot[2])
{
  return slot[0] == 0 && slot[1] == 0;
}

gboolean
_bilateral_print_set_contains (const BilateralPrintSet *set, const guint64 print[2])
{
  if (set->capacity == 0)
    return FALSE;
  for (gsize j = slot_of (set, print);; j = (j + 1) & (set->capacity - 1))
    {
      if (is_empty (set->slots[j]))
        return FALSE;
      if (set->slots[j][0] == print[0] && set->slots[j][1] == print[1])
        return TRUE;
    }
}

void
_bilateral_print_set_prefetch (const BilateralPrintSet *set, const guint64 print[2])
{
  if (set->capacity)
    __builtin_prefetch (set->slots[slot_of (set, print)]);
}

/* Room for @n prints. */
static void
grow_for (BilateralPrintSet *set, gsize n)
{
  BilateralPrintSet bigger = { NULL, MAX (set->capacity, 1024), 0 };

  while (n * 10 > bigger.capacity * 7)
    bigger.capacity *= 2;

  bigger.slots = _bilateral_zeroed_table (bigger.capacity * sizeof *bigger.slots);
  for (gsize i = 0; i < set->capacity; i++)
    if (!is_empty (set->slots[i]))
      _bilateral_print_set_add (&bigger, set->slots[i]);
  g_free (set->slots);
  *set = bigger;
}

gboolean
_bilateral_print_set_add (BilateralPrintSet *set, const guint64 print[2])
{
  if ((set->n + 1) * 10 > set->capacity * 7)
    grow_for (set, set->n + 1); /* (twice the slots) */
  for (gsize j = slot_of (set, print);; j = (j + 1) & (set->capacity - 1))
    {
      if (is_empty (set->slots[j]))
        {
          set->slots[j][0] = print[0];
          set->slots[j][1] = print[1];
          set->n++;
          return TRUE;
        }
      if (set->slots[j][0] == print[0] && set->slots[j][1] == print[1])
        return FALSE;
    }
}

void
_bilateral_print_set_add_all (BilateralPrintSet *into, const BilateralPrintSet *from)
{
  /* Room first: prints taken in the order of their slots would pile up in
   * one run ahead of a table that grows as they come. */
  if ((into->n + from->n) * 10 > into->capacity * 7)
    grow_for (into, into->n + from->n);
  for (gsize i = 0; i < from->capacity; i++)
    if (!is_empty (from->slots[i]))
      _bilateral_print_set_add (into, from->slots[i]);
}

void
_bilateral_print_set_absorb (BilateralPrintSet *into, BilateralPrintSet *from)
{
  if (into->n == 0)
    {
      BilateralPrintSet swap = *into;
      *into = *from;
      *from = swap;
    }
  else
    _bilateral_print_set_add_all (into, from);
  _bilateral_print_set_clear (from);
}

void
_bilateral_print_set_clear (BilateralPrintSet *set)
{
  g_clear_pointer (&set->slots, g_free);
  set->capacity = set->n = 0;
}
