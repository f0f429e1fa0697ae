/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-private.h"

/**
 * BilateralActor:
 *
 * Someone who acts in a relationship: a state, an organisation, a group or
 * a person. The subclasses add what each kind has; an actor is always one
 * of them (#BilateralActor itself is abstract).
 *
 * Every actor has an id unique in its archive (states use their ISO alpha-3
 * code where they have one), a name, optional aliases that
 * bilateral_archive_lookup_actor() also accepts, an optional existence
 * span that events are checked against, and citations.
 */

typedef struct {
  char *id;
  char *name;
  BilateralDate *existence;
  GStrv aliases;
  GListModel *citations;
} BilateralActorPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (BilateralActor, bilateral_actor, G_TYPE_OBJECT)

enum { PROP_0, PROP_ID, PROP_NAME, PROP_KIND, PROP_EXISTENCE, PROP_ALIASES, PROP_CITATIONS, N_PROPS };

static GParamSpec *props[N_PROPS];

static void
bilateral_actor_finalize (GObject *object)
{
  BilateralActorPrivate *priv = bilateral_actor_get_instance_private (BILATERAL_ACTOR (object));

  g_free (priv->id);
  g_free (priv->name);
  g_clear_pointer (&priv->existence, bilateral_date_unref);
  g_strfreev (priv->aliases);
  g_clear_object (&priv->citations);
  G_OBJECT_CLASS (bilateral_actor_parent_class)->finalize (object);
}

static void
bilateral_actor_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BilateralActor *self = BILATERAL_ACTOR (object);
  BilateralActorPrivate *priv = bilateral_actor_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, priv->id); break;
    case PROP_NAME: g_value_set_string (value, priv->name); break;
    case PROP_KIND: g_value_set_enum (value, bilateral_actor_get_kind (self)); break;
    case PROP_EXISTENCE: g_value_set_boxed (value, priv->existence); break;
    case PROP_ALIASES: g_value_set_boxed (value, priv->aliases); break;
    case PROP_CITATIONS: g_value_set_object (value, priv->citations); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_actor_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BilateralActorPrivate *priv = bilateral_actor_get_instance_private (BILATERAL_ACTOR (object));

  switch (prop_id)
    {
    case PROP_ID: priv->id = _bilateral_dup_text (g_value_get_string (value)); break;
    case PROP_NAME: priv->name = _bilateral_dup_text (g_value_get_string (value)); break;
    case PROP_EXISTENCE: priv->existence = g_value_dup_boxed (value); break;
    case PROP_ALIASES: priv->aliases = g_value_dup_boxed (value); break;
    case PROP_CITATIONS: priv->citations = _bilateral_list_copy (g_value_get_object (value), BILATERAL_TYPE_CITATION); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_actor_constructed (GObject *object)
{
  BilateralActorPrivate *priv = bilateral_actor_get_instance_private (BILATERAL_ACTOR (object));

  G_OBJECT_CLASS (bilateral_actor_parent_class)->constructed (object);
  if (priv->id == NULL || *priv->id == '\0')
    g_critical ("A BilateralActor needs an id");
  if (priv->name == NULL)
    priv->name = g_strdup (priv->id);
  if (priv->aliases == NULL)
    priv->aliases = g_new0 (char *, 1);
  if (priv->citations == NULL)
    priv->citations = _bilateral_list_copy (NULL, BILATERAL_TYPE_CITATION);
}

static void
bilateral_actor_class_init (BilateralActorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = bilateral_actor_finalize;
  object_class->get_property = bilateral_actor_get_property;
  object_class->set_property = bilateral_actor_set_property;
  object_class->constructed = bilateral_actor_constructed;

  /**
   * BilateralActor:id:
   *
   * The id that events and phases use, unique in an archive.
   */
  props[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  /**
   * BilateralActor:name:
   *
   * The actor's name in English; the id if none is given.
   */
  props[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  /**
   * BilateralActor:kind:
   *
   * What kind of actor this is; set by the subclass.
   */
  props[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, BILATERAL_TYPE_ACTOR_KIND, BILATERAL_ACTOR_KIND_STATE,
                                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BilateralActor:existence:
   *
   * When the actor existed, usually an interval such as `1947-08-14/..`;
   * %NULL if not recorded.
   */
  props[PROP_EXISTENCE] = g_param_spec_boxed ("existence", NULL, NULL, BILATERAL_TYPE_DATE, flags);
  /**
   * BilateralActor:aliases:
   *
   * Other names the actor is known by ("Soviet Union").
   */
  props[PROP_ALIASES] = g_param_spec_boxed ("aliases", NULL, NULL, G_TYPE_STRV, flags);
  /**
   * BilateralActor:citations:
   *
   * Where the actor's facts come from: a #GListModel of #BilateralCitation.
   * The list given at construction is copied.
   */
  props[PROP_CITATIONS] = g_param_spec_object ("citations", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
bilateral_actor_init (BilateralActor *self)
{
}

/**
 * bilateral_actor_get_id:
 * @self: an actor
 *
 * Gets the actor's id.
 *
 * Returns: (transfer none): the actor's id
 */
const char *
bilateral_actor_get_id (BilateralActor *self)
{
  BilateralActorPrivate *priv = bilateral_actor_get_instance_private (self);

  g_return_val_if_fail (BILATERAL_IS_ACTOR (self), NULL);
  return priv->id;
}

/**
 * bilateral_actor_get_name:
 * @self: an actor
 *
 * Gets the actor's name.
 *
 * Returns: (transfer none): the actor's name
 */
const char *
bilateral_actor_get_name (BilateralActor *self)
{
  BilateralActorPrivate *priv = bilateral_actor_get_instance_private (self);

  g_return_val_if_fail (BILATERAL_IS_ACTOR (self), NULL);
  return priv->name;
}

/**
 * bilateral_actor_get_kind:
 * @self: an actor
 *
 * Gets what kind of actor @self is.
 *
 * Returns: what kind of actor @self is
 */
BilateralActorKind
bilateral_actor_get_kind (BilateralActor *self)
{
  g_return_val_if_fail (BILATERAL_IS_ACTOR (self), BILATERAL_ACTOR_KIND_STATE);
  return BILATERAL_ACTOR_GET_CLASS (self)->kind;
}

/**
 * bilateral_actor_get_existence:
 * @self: an actor
 *
 * Gets when the actor existed.
 *
 * Returns: (transfer none) (nullable): when the actor existed
 */
BilateralDate *
bilateral_actor_get_existence (BilateralActor *self)
{
  BilateralActorPrivate *priv = bilateral_actor_get_instance_private (self);

  g_return_val_if_fail (BILATERAL_IS_ACTOR (self), NULL);
  return priv->existence;
}

/**
 * bilateral_actor_get_aliases:
 * @self: an actor
 *
 * Gets the other names of the actor.
 *
 * Returns: (transfer none) (array zero-terminated=1): other names of the
 *   actor, perhaps none
 */
const char *const *
bilateral_actor_get_aliases (BilateralActor *self)
{
  BilateralActorPrivate *priv = bilateral_actor_get_instance_private (self);

  g_return_val_if_fail (BILATERAL_IS_ACTOR (self), NULL);
  return (const char *const *) priv->aliases;
}

/**
 * bilateral_actor_get_citations:
 * @self: an actor
 *
 * Gets the list of #BilateralCitation, as a #GListModel.
 *
 * Returns: (transfer none): a #GListModel of #BilateralCitation
 */
GListModel *
bilateral_actor_get_citations (BilateralActor *self)
{
  BilateralActorPrivate *priv = bilateral_actor_get_instance_private (self);

  g_return_val_if_fail (BILATERAL_IS_ACTOR (self), NULL);
  return priv->citations;
}

/**
 * bilateral_actor_existed_during:
 * @self: an actor
 * @date: a date
 *
 * Whether @date can fall within the actor's existence: true when the two
 * overlap, or when no existence is recorded.
 *
 * Returns: whether the actor may have existed at @date
 */
gboolean
bilateral_actor_existed_during (BilateralActor *self, const BilateralDate *date)
{
  BilateralActorPrivate *priv = bilateral_actor_get_instance_private (self);

  g_return_val_if_fail (BILATERAL_IS_ACTOR (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  return priv->existence == NULL || bilateral_date_overlaps (priv->existence, date);
}

/**
 * bilateral_actor_kind_to_string:
 * @value: a kind of actor
 *
 * The short name of @value, for display and messages.
 *
 * Returns: (transfer none): `state`, `organization`, `group` or `person`, as the data format writes it
 */
const char *
bilateral_actor_kind_to_string (BilateralActorKind value)
{
  const char *nick = _bilateral_enum_nick (BILATERAL_TYPE_ACTOR_KIND, value);

  g_return_val_if_fail (nick != NULL, NULL);
  return nick;
}

void
_bilateral_actor_complete (BilateralActor *self, const char *name, BilateralDate *existence)
{
  BilateralActorPrivate *priv = bilateral_actor_get_instance_private (self);

  /* An actor made with no name has its id for one. */
  if (name && (priv->name == NULL || g_str_equal (priv->name, priv->id)))
    {
      g_free (priv->name);
      priv->name = _bilateral_dup_text (name);
    }
  if (priv->existence == NULL && existence)
    priv->existence = bilateral_date_ref (existence);
}
