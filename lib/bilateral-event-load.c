/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-event-scan.h"
#include "bilateral-private.h"

/**
 * BilateralEventLoad:
 *
 * What loading an event file into an archive did
 * (bilateral_archive_load_events()): how many events it added, and how
 * many rows it skipped, for each #BilateralSkipReason, with the first few
 * lines of each (`FILE:LINE`), as a #BilateralDyadPanel reports a file's
 * dirty rows. Nothing a file holds is dropped without being counted here.
 */

struct _BilateralEventLoad {
  GObject parent_instance;
  guint added;
  guint64 skipped[BILATERAL_N_SKIP_REASONS];
  GPtrArray *lines[BILATERAL_N_SKIP_REASONS]; /* of "FILE:LINE", at most BILATERAL_SKIP_LINES */
};

G_DEFINE_FINAL_TYPE (BilateralEventLoad, bilateral_event_load, G_TYPE_OBJECT)

static void
bilateral_event_load_finalize (GObject *object)
{
  BilateralEventLoad *self = BILATERAL_EVENT_LOAD (object);

  for (guint r = 0; r < BILATERAL_N_SKIP_REASONS; r++)
    g_ptr_array_unref (self->lines[r]);
  G_OBJECT_CLASS (bilateral_event_load_parent_class)->finalize (object);
}

static void
bilateral_event_load_class_init (BilateralEventLoadClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bilateral_event_load_finalize;
}

static void
bilateral_event_load_init (BilateralEventLoad *self)
{
  for (guint r = 0; r < BILATERAL_N_SKIP_REASONS; r++)
    self->lines[r] = g_ptr_array_new_with_free_func (g_free);
}

BilateralEventLoad *
_bilateral_event_load_new (void)
{
  return g_object_new (BILATERAL_TYPE_EVENT_LOAD, NULL);
}

void
_bilateral_event_load_add_event (BilateralEventLoad *self)
{
  self->added++;
}

/* A skipped row, at @file:@line (NULL: the line is not known). */
void
_bilateral_event_load_skip (BilateralEventLoad *self, BilateralSkipReason reason, const char *file, guint64 line)
{
  self->skipped[reason]++;
  if (file && self->lines[reason]->len < BILATERAL_SKIP_LINES)
    g_ptr_array_add (self->lines[reason], g_strdup_printf ("%s:%" G_GUINT64_FORMAT, file, line));
}

/* Rows skipped for @reason whose places are not kept. */
void
_bilateral_event_load_count (BilateralEventLoad *self, BilateralSkipReason reason, guint64 rows)
{
  self->skipped[reason] += rows;
}

/**
 * bilateral_event_load_get_added:
 * @self: a load
 *
 * Gets how many events the load added to the archive.
 *
 * Returns: the number of events added
 */
guint
bilateral_event_load_get_added (BilateralEventLoad *self)
{
  g_return_val_if_fail (BILATERAL_IS_EVENT_LOAD (self), 0);
  return self->added;
}

/**
 * bilateral_event_load_get_skipped:
 * @self: a load
 *
 * Gets how many rows the load skipped, for every reason.
 *
 * Returns: the number of rows skipped
 */
guint64
bilateral_event_load_get_skipped (BilateralEventLoad *self)
{
  guint64 total = 0;

  g_return_val_if_fail (BILATERAL_IS_EVENT_LOAD (self), 0);
  for (guint r = 0; r < BILATERAL_N_SKIP_REASONS; r++)
    total += self->skipped[r];
  return total;
}

/**
 * bilateral_event_load_get_skipped_for:
 * @self: a load
 * @reason: why
 *
 * Gets how many rows the load skipped for @reason.
 *
 * Returns: the number of rows skipped for @reason
 */
guint64
bilateral_event_load_get_skipped_for (BilateralEventLoad *self, BilateralSkipReason reason)
{
  g_return_val_if_fail (BILATERAL_IS_EVENT_LOAD (self), 0);
  g_return_val_if_fail ((guint) reason < BILATERAL_N_SKIP_REASONS, 0);
  return self->skipped[reason];
}

/**
 * bilateral_event_load_get_skipped_lines:
 * @self: a load
 * @reason: why
 *
 * Gets where the first rows skipped for @reason are, as `FILE:LINE`, at
 * most five.
 *
 * Returns: (transfer full) (array zero-terminated=1): the places
 */
char **
bilateral_event_load_get_skipped_lines (BilateralEventLoad *self, BilateralSkipReason reason)
{
  g_return_val_if_fail (BILATERAL_IS_EVENT_LOAD (self), NULL);
  g_return_val_if_fail ((guint) reason < BILATERAL_N_SKIP_REASONS, NULL);
  return _bilateral_strv_of (self->lines[reason]);
}
