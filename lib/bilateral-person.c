/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-private.h"

/**
 * BilateralPerson:
 *
 * A person who acts for another actor: a prime minister for a state, an
 * ambassador, an army chief. In a #BilateralRelation an event of a person
 * counts as an event of the actor the person acts for.
 */

struct _BilateralPerson {
  BilateralActor parent_instance;
  BilateralActor *affiliation;
  char *role;
};

G_DEFINE_FINAL_TYPE (BilateralPerson, bilateral_person, BILATERAL_TYPE_ACTOR)

enum { PROP_0, PROP_AFFILIATION, PROP_ROLE, N_PROPS };

static GParamSpec *props[N_PROPS];

static void
bilateral_person_finalize (GObject *object)
{
  BilateralPerson *self = BILATERAL_PERSON (object);

  g_clear_object (&self->affiliation);
  g_free (self->role);
  G_OBJECT_CLASS (bilateral_person_parent_class)->finalize (object);
}

static void
bilateral_person_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BilateralPerson *self = BILATERAL_PERSON (object);

  switch (prop_id)
    {
    case PROP_AFFILIATION: g_value_set_object (value, self->affiliation); break;
    case PROP_ROLE: g_value_set_string (value, self->role); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_person_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BilateralPerson *self = BILATERAL_PERSON (object);

  switch (prop_id)
    {
    case PROP_AFFILIATION: self->affiliation = g_value_dup_object (value); break;
    case PROP_ROLE: self->role = _bilateral_dup_text (g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_person_constructed (GObject *object)
{
  BilateralPerson *self = BILATERAL_PERSON (object);

  G_OBJECT_CLASS (bilateral_person_parent_class)->constructed (object);
  if (self->affiliation && BILATERAL_IS_PERSON (self->affiliation))
    {
      g_critical ("A BilateralPerson acts for a state, organisation or group, not for a person");
      g_clear_object (&self->affiliation);
    }
}

static void
bilateral_person_class_init (BilateralPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = bilateral_person_finalize;
  object_class->get_property = bilateral_person_get_property;
  object_class->set_property = bilateral_person_set_property;
  object_class->constructed = bilateral_person_constructed;
  BILATERAL_ACTOR_CLASS (klass)->kind = BILATERAL_ACTOR_KIND_PERSON;

  /**
   * BilateralPerson:affiliation:
   *
   * The actor the person acts for, or %NULL.
   */
  props[PROP_AFFILIATION] = g_param_spec_object ("affiliation", NULL, NULL, BILATERAL_TYPE_ACTOR, flags);
  /**
   * BilateralPerson:role:
   *
   * The person's office or role ("Prime Minister"), or %NULL.
   */
  props[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
bilateral_person_init (BilateralPerson *self)
{
}

/**
 * bilateral_person_new:
 * @id: the id events use
 * @name: the person's name
 * @affiliation: (nullable): the state, organisation or group the person
 *   acts for
 * @role: (nullable): the person's office
 *
 * Makes a person.
 *
 * Returns: (transfer full): the person
 */
BilateralPerson *
bilateral_person_new (const char *id, const char *name, BilateralActor *affiliation, const char *role)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (affiliation == NULL || BILATERAL_IS_ACTOR (affiliation), NULL);
  return g_object_new (BILATERAL_TYPE_PERSON, "id", id, "name", name, "affiliation", affiliation, "role", role, NULL);
}

/**
 * bilateral_person_get_affiliation:
 * @self: a person
 *
 * Gets the actor the person acts for.
 *
 * Returns: (transfer none) (nullable): the actor the person acts for
 */
BilateralActor *
bilateral_person_get_affiliation (BilateralPerson *self)
{
  g_return_val_if_fail (BILATERAL_IS_PERSON (self), NULL);
  return self->affiliation;
}

/**
 * bilateral_person_get_role:
 * @self: a person
 *
 * Gets the person's office.
 *
 * Returns: (transfer none) (nullable): the person's office
 */
const char *
bilateral_person_get_role (BilateralPerson *self)
{
  g_return_val_if_fail (BILATERAL_IS_PERSON (self), NULL);
  return self->role;
}
