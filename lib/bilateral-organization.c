/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-private.h"

/**
 * BilateralOrganization:
 *
 * An actor that is an international organisation (SEATO, CENTO, NATO, the United Nations).
 */

struct _BilateralOrganization {
  BilateralActor parent_instance;
};

G_DEFINE_FINAL_TYPE (BilateralOrganization, bilateral_organization, BILATERAL_TYPE_ACTOR)

static void
bilateral_organization_class_init (BilateralOrganizationClass *klass)
{
  BILATERAL_ACTOR_CLASS (klass)->kind = BILATERAL_ACTOR_KIND_ORGANIZATION;
}

static void
bilateral_organization_init (BilateralOrganization *self)
{
}

/**
 * bilateral_organization_new:
 * @id: the id events use
 * @name: the name in English
 * @existence: (nullable): when it existed
 *
 * Makes the actor; give aliases and citations with g_object_new().
 *
 * Returns: (transfer full): the new actor
 */
BilateralOrganization *
bilateral_organization_new (const char *id, const char *name, BilateralDate *existence)
{
  g_return_val_if_fail (id != NULL, NULL);
  return g_object_new (BILATERAL_TYPE_ORGANIZATION, "id", id, "name", name, "existence", existence, NULL);
}
