/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-private.h"

/**
 * BilateralGroup:
 *
 * An actor that is a non-state group (the Taliban).
 *
 * A group may belong to a state for a time, in a role: the Taliban were
 * Afghanistan's de facto government from 1996 to 2001. During
 * #BilateralGroup:affiliation-span, the group's events count for its
 * affiliation in a dyad, as a person's count for theirs; outside it, they
 * are the group's own. A group with an affiliation and no span belongs to
 * it always.
 */

struct _BilateralGroup {
  BilateralActor parent_instance;
  BilateralActor *affiliation;
  char *role;
  BilateralDate *span;
};

G_DEFINE_FINAL_TYPE (BilateralGroup, bilateral_group, BILATERAL_TYPE_ACTOR)

enum { PROP_0, PROP_AFFILIATION, PROP_ROLE, PROP_AFFILIATION_SPAN, N_PROPS };

static GParamSpec *props[N_PROPS];

static void
bilateral_group_finalize (GObject *object)
{
  BilateralGroup *self = BILATERAL_GROUP (object);

  g_clear_object (&self->affiliation);
  g_free (self->role);
  g_clear_pointer (&self->span, bilateral_date_unref);
  G_OBJECT_CLASS (bilateral_group_parent_class)->finalize (object);
}

static void
bilateral_group_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BilateralGroup *self = BILATERAL_GROUP (object);

  switch (prop_id)
    {
    case PROP_AFFILIATION: g_value_set_object (value, self->affiliation); break;
    case PROP_ROLE: g_value_set_string (value, self->role); break;
    case PROP_AFFILIATION_SPAN: g_value_set_boxed (value, self->span); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_group_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BilateralGroup *self = BILATERAL_GROUP (object);

  switch (prop_id)
    {
    case PROP_AFFILIATION: self->affiliation = g_value_dup_object (value); break;
    case PROP_ROLE: self->role = _bilateral_dup_text (g_value_get_string (value)); break;
    case PROP_AFFILIATION_SPAN: self->span = g_value_dup_boxed (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_group_constructed (GObject *object)
{
  BilateralGroup *self = BILATERAL_GROUP (object);

  G_OBJECT_CLASS (bilateral_group_parent_class)->constructed (object);
  if (self->affiliation && BILATERAL_IS_PERSON (self->affiliation))
    {
      g_critical ("BilateralGroup %s: a group belongs to a state, an organisation or a group, not a person",
                  bilateral_actor_get_id (BILATERAL_ACTOR (self)));
      g_clear_object (&self->affiliation);
    }
  if (self->affiliation == NULL && self->span)
    {
      g_critical ("BilateralGroup %s: an affiliation span without an affiliation",
                  bilateral_actor_get_id (BILATERAL_ACTOR (self)));
      g_clear_pointer (&self->span, bilateral_date_unref);
    }
}

static void
bilateral_group_class_init (BilateralGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  BILATERAL_ACTOR_CLASS (klass)->kind = BILATERAL_ACTOR_KIND_GROUP;
  object_class->finalize = bilateral_group_finalize;
  object_class->get_property = bilateral_group_get_property;
  object_class->set_property = bilateral_group_set_property;
  object_class->constructed = bilateral_group_constructed;

  /**
   * BilateralGroup:affiliation:
   *
   * The state (or organisation, or group) the group belonged to, or %NULL.
   */
  props[PROP_AFFILIATION] = g_param_spec_object ("affiliation", NULL, NULL, BILATERAL_TYPE_ACTOR, flags);
  /**
   * BilateralGroup:role:
   *
   * What it was to its affiliation (`de facto government`), or %NULL.
   */
  props[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, NULL, flags);
  /**
   * BilateralGroup:affiliation-span:
   *
   * When it belonged to its affiliation; %NULL for always.
   */
  props[PROP_AFFILIATION_SPAN] = g_param_spec_boxed ("affiliation-span", NULL, NULL, BILATERAL_TYPE_DATE, flags);
  g_object_class_install_properties (object_class, N_PROPS, props);
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
 * Makes the actor; give aliases, citations and an affiliation with
 * g_object_new().
 *
 * Returns: (transfer full): the new actor
 */
BilateralGroup *
bilateral_group_new (const char *id, const char *name, BilateralDate *existence)
{
  g_return_val_if_fail (id != NULL, NULL);
  return g_object_new (BILATERAL_TYPE_GROUP, "id", id, "name", name, "existence", existence, NULL);
}

/**
 * bilateral_group_get_affiliation:
 * @self: a group
 *
 * Gets the actor the group belonged to.
 *
 * Returns: (nullable) (transfer none): the affiliation, or %NULL
 */
BilateralActor *
bilateral_group_get_affiliation (BilateralGroup *self)
{
  g_return_val_if_fail (BILATERAL_IS_GROUP (self), NULL);
  return self->affiliation;
}

/**
 * bilateral_group_get_role:
 * @self: a group
 *
 * Gets what the group was to its affiliation.
 *
 * Returns: (nullable) (transfer none): the role, or %NULL
 */
const char *
bilateral_group_get_role (BilateralGroup *self)
{
  g_return_val_if_fail (BILATERAL_IS_GROUP (self), NULL);
  return self->role;
}

/**
 * bilateral_group_get_affiliation_span:
 * @self: a group
 *
 * Gets when the group belonged to its affiliation.
 *
 * Returns: (nullable) (transfer none): the span, or %NULL for always
 */
BilateralDate *
bilateral_group_get_affiliation_span (BilateralGroup *self)
{
  g_return_val_if_fail (BILATERAL_IS_GROUP (self), NULL);
  return self->span;
}

/**
 * bilateral_group_acts_for:
 * @self: a group
 * @date: (nullable): a date, or %NULL for whatever the date
 *
 * Tells whom the group's events at @date count for in a dyad: its
 * affiliation during the affiliation's span (always, with no span), the
 * group itself otherwise. With no @date, only an affiliation without a
 * span counts.
 *
 * Returns: (transfer none): the affiliation, or @self
 */
BilateralActor *
bilateral_group_acts_for (BilateralGroup *self, const BilateralDate *date)
{
  g_return_val_if_fail (BILATERAL_IS_GROUP (self), NULL);
  if (self->affiliation == NULL)
    return BILATERAL_ACTOR (self);
  if (self->span == NULL)
    return self->affiliation;
  if (date && bilateral_date_overlaps (self->span, date))
    return self->affiliation;
  return BILATERAL_ACTOR (self);
}
