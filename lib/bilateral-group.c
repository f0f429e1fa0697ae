/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-private.h"

/**
 * BilateralGroup:
 *
 * An actor that is a non-state group (the Taliban).
 */

struct _BilateralGroup {
  BilateralActor parent_instance;
};

G_DEFINE_FINAL_TYPE (BilateralGroup, bilateral_group, BILATERAL_TYPE_ACTOR)

static void
bilateral_group_class_init (BilateralGroupClass *klass)
{
  BILATERAL_ACTOR_CLASS (klass)->kind = BILATERAL_ACTOR_KIND_GROUP;
}

static void
bilateral_group_init (BilateralGroup *self)
{
}

/**
 * bilateral_group_new:
 * @id: the id events use
 * @name: the name in English
 * @existence: (nullable): when it existed
 *
 * Makes the actor; give aliases and citations with g_object_new().
 *
 * Returns: (transfer full): the new actor
 */
BilateralGroup *
bilateral_group_new (const char *id, const char *name, BilateralDate *existence)
{
  g_return_val_if_fail (id != NULL, NULL);
  return g_object_new (BILATERAL_TYPE_GROUP, "id", id, "name", name, "existence", existence, NULL);
}
