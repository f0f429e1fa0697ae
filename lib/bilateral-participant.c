/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-private.h"

/**
 * BilateralParticipant:
 *
 * An actor that took part in an event besides its source and target, and
 * the part it played: Britain as the protecting power that represented
 * Pakistan's interests in the Soviet Union; a mediator; a host.
 *
 * The role is free text, as the source says it; the bundled history uses
 * `protecting power`, `mediator`, `host`, `guarantor` and `observer`.
 * A participant does not make an event one of its own dyads: the event
 * stays between its source and target.
 */

struct _BilateralParticipant {
  GObject parent_instance;
  BilateralActor *actor;
  char *role;
};

G_DEFINE_FINAL_TYPE (BilateralParticipant, bilateral_participant, G_TYPE_OBJECT)

enum { PROP_0, PROP_ACTOR, PROP_ROLE, N_PROPS };

static GParamSpec *props[N_PROPS];

static void
bilateral_participant_finalize (GObject *object)
{
  BilateralParticipant *self = BILATERAL_PARTICIPANT (object);

  g_clear_object (&self->actor);
  g_free (self->role);
  G_OBJECT_CLASS (bilateral_participant_parent_class)->finalize (object);
}

static void
bilateral_participant_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BilateralParticipant *self = BILATERAL_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_ACTOR: g_value_set_object (value, self->actor); break;
    case PROP_ROLE: g_value_set_string (value, self->role); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_participant_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BilateralParticipant *self = BILATERAL_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_ACTOR: self->actor = g_value_dup_object (value); break;
    case PROP_ROLE: self->role = _bilateral_dup_text (g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_participant_constructed (GObject *object)
{
  BilateralParticipant *self = BILATERAL_PARTICIPANT (object);

  G_OBJECT_CLASS (bilateral_participant_parent_class)->constructed (object);
  if (self->actor == NULL)
    g_critical ("BilateralParticipant needs an actor");
  if (self->role == NULL || *self->role == '\0')
    {
      g_critical ("BilateralParticipant needs a role");
      g_free (self->role);
      self->role = g_strdup ("participant");
    }
}

static void
bilateral_participant_class_init (BilateralParticipantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = bilateral_participant_finalize;
  object_class->get_property = bilateral_participant_get_property;
  object_class->set_property = bilateral_participant_set_property;
  object_class->constructed = bilateral_participant_constructed;

  /**
   * BilateralParticipant:actor:
   *
   * The actor that took part.
   */
  props[PROP_ACTOR] = g_param_spec_object ("actor", NULL, NULL, BILATERAL_TYPE_ACTOR, flags);
  /**
   * BilateralParticipant:role:
   *
   * The part it played, as the source says: `protecting power`, `mediator`.
   */
  props[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
bilateral_participant_init (BilateralParticipant *self)
{
}

/**
 * bilateral_participant_new:
 * @actor: the actor that took part
 * @role: the part it played, not empty
 *
 * Creates a participant of an event.
 *
 * Returns: (transfer full): a new participant
 */
BilateralParticipant *
bilateral_participant_new (BilateralActor *actor, const char *role)
{
  g_return_val_if_fail (BILATERAL_IS_ACTOR (actor), NULL);
  g_return_val_if_fail (role != NULL && *role != '\0', NULL);
  return g_object_new (BILATERAL_TYPE_PARTICIPANT, "actor", actor, "role", role, NULL);
}

/**
 * bilateral_participant_get_actor:
 * @self: a participant
 *
 * Gets the actor that took part.
 *
 * Returns: (transfer none): the actor
 */
BilateralActor *
bilateral_participant_get_actor (BilateralParticipant *self)
{
  g_return_val_if_fail (BILATERAL_IS_PARTICIPANT (self), NULL);
  return self->actor;
}

/**
 * bilateral_participant_get_role:
 * @self: a participant
 *
 * Gets the part the actor played.
 *
 * Returns: (transfer none): the role
 */
const char *
bilateral_participant_get_role (BilateralParticipant *self)
{
  g_return_val_if_fail (BILATERAL_IS_PARTICIPANT (self), NULL);
  return self->role;
}
