/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-private.h"

/**
 * BilateralSuccession:
 *
 * A link from one state to the state that followed it, with the kind of
 * succession and its date.
 *
 * A link names its states by id, so that the two states can each list it
 * (bilateral_state_get_predecessors(), bilateral_state_get_successors())
 * without holding each other alive; bilateral_archive_lookup_actor() turns
 * an id back into the state.
 */

struct _BilateralSuccession {
  GObject parent_instance;
  char *predecessor_id;
  char *successor_id;
  BilateralSuccessionKind kind;
  BilateralDate *date;
  GListModel *citations;
};

G_DEFINE_FINAL_TYPE (BilateralSuccession, bilateral_succession, G_TYPE_OBJECT)

enum { PROP_0, PROP_PREDECESSOR_ID, PROP_SUCCESSOR_ID, PROP_KIND, PROP_DATE, PROP_CITATIONS, N_PROPS };

static GParamSpec *props[N_PROPS];

static void
bilateral_succession_finalize (GObject *object)
{
  BilateralSuccession *self = BILATERAL_SUCCESSION (object);

  g_free (self->predecessor_id);
  g_free (self->successor_id);
  g_clear_pointer (&self->date, bilateral_date_unref);
  g_clear_object (&self->citations);
  G_OBJECT_CLASS (bilateral_succession_parent_class)->finalize (object);
}

static void
bilateral_succession_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BilateralSuccession *self = BILATERAL_SUCCESSION (object);

  switch (prop_id)
    {
    case PROP_PREDECESSOR_ID: g_value_set_string (value, self->predecessor_id); break;
    case PROP_SUCCESSOR_ID: g_value_set_string (value, self->successor_id); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_DATE: g_value_set_boxed (value, self->date); break;
    case PROP_CITATIONS: g_value_set_object (value, self->citations); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_succession_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BilateralSuccession *self = BILATERAL_SUCCESSION (object);

  switch (prop_id)
    {
    case PROP_PREDECESSOR_ID: self->predecessor_id = _bilateral_dup_text (g_value_get_string (value)); break;
    case PROP_SUCCESSOR_ID: self->successor_id = _bilateral_dup_text (g_value_get_string (value)); break;
    case PROP_KIND: self->kind = g_value_get_enum (value); break;
    case PROP_DATE: self->date = g_value_dup_boxed (value); break;
    case PROP_CITATIONS: self->citations = _bilateral_list_copy (g_value_get_object (value), BILATERAL_TYPE_CITATION); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_succession_constructed (GObject *object)
{
  BilateralSuccession *self = BILATERAL_SUCCESSION (object);

  G_OBJECT_CLASS (bilateral_succession_parent_class)->constructed (object);
  if (self->predecessor_id == NULL || self->successor_id == NULL)
    g_critical ("A BilateralSuccession needs a predecessor and a successor");
  if (self->citations == NULL)
    self->citations = _bilateral_list_copy (NULL, BILATERAL_TYPE_CITATION);
}

static void
bilateral_succession_class_init (BilateralSuccessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = bilateral_succession_finalize;
  object_class->get_property = bilateral_succession_get_property;
  object_class->set_property = bilateral_succession_set_property;
  object_class->constructed = bilateral_succession_constructed;

  /**
   * BilateralSuccession:predecessor-id:
   *
   * The id of the state that came first.
   */
  props[PROP_PREDECESSOR_ID] = g_param_spec_string ("predecessor-id", NULL, NULL, NULL, flags);
  /**
   * BilateralSuccession:successor-id:
   *
   * The id of the state that followed.
   */
  props[PROP_SUCCESSOR_ID] = g_param_spec_string ("successor-id", NULL, NULL, NULL, flags);
  /**
   * BilateralSuccession:kind:
   *
   * How the successor followed the predecessor.
   */
  props[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, BILATERAL_TYPE_SUCCESSION_KIND, BILATERAL_SUCCESSION_SUCCESSION,
                                        flags);
  /**
   * BilateralSuccession:date:
   *
   * When the succession took effect, or %NULL.
   */
  props[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, BILATERAL_TYPE_DATE, flags);
  /**
   * BilateralSuccession:citations:
   *
   * Where the link comes from: a #GListModel of #BilateralCitation.
   */
  props[PROP_CITATIONS] = g_param_spec_object ("citations", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
bilateral_succession_init (BilateralSuccession *self)
{
  self->kind = BILATERAL_SUCCESSION_SUCCESSION;
}

/**
 * bilateral_succession_new:
 * @predecessor_id: the id of the state that came first
 * @successor_id: the id of the state that followed
 * @kind: how it followed
 * @date: (nullable): when
 *
 * Makes a succession link; add it to an archive with
 * bilateral_archive_add_succession() to wire it to both states.
 *
 * Returns: (transfer full): the link
 */
BilateralSuccession *
bilateral_succession_new (const char *predecessor_id, const char *successor_id, BilateralSuccessionKind kind, BilateralDate *date)
{
  g_return_val_if_fail (predecessor_id != NULL && successor_id != NULL, NULL);
  return g_object_new (BILATERAL_TYPE_SUCCESSION, "predecessor-id", predecessor_id, "successor-id", successor_id, "kind", kind,
                       "date", date, NULL);
}

/**
 * bilateral_succession_get_predecessor_id:
 * @self: a succession link
 *
 * Gets the id of the state that came first.
 *
 * Returns: (transfer none): the id of the state that came first
 */
const char *
bilateral_succession_get_predecessor_id (BilateralSuccession *self)
{
  g_return_val_if_fail (BILATERAL_IS_SUCCESSION (self), NULL);
  return self->predecessor_id;
}

/**
 * bilateral_succession_get_successor_id:
 * @self: a succession link
 *
 * Gets the id of the state that followed.
 *
 * Returns: (transfer none): the id of the state that followed
 */
const char *
bilateral_succession_get_successor_id (BilateralSuccession *self)
{
  g_return_val_if_fail (BILATERAL_IS_SUCCESSION (self), NULL);
  return self->successor_id;
}

/**
 * bilateral_succession_get_kind:
 * @self: a succession link
 *
 * Gets how the successor followed the predecessor.
 *
 * Returns: how the successor followed the predecessor
 */
BilateralSuccessionKind
bilateral_succession_get_kind (BilateralSuccession *self)
{
  g_return_val_if_fail (BILATERAL_IS_SUCCESSION (self), BILATERAL_SUCCESSION_SUCCESSION);
  return self->kind;
}

/**
 * bilateral_succession_get_date:
 * @self: a succession link
 *
 * Gets when the succession took effect.
 *
 * Returns: (transfer none) (nullable): when the succession took effect
 */
BilateralDate *
bilateral_succession_get_date (BilateralSuccession *self)
{
  g_return_val_if_fail (BILATERAL_IS_SUCCESSION (self), NULL);
  return self->date;
}

/**
 * bilateral_succession_get_citations:
 * @self: a succession link
 *
 * Gets the list of #BilateralCitation, as a #GListModel.
 *
 * Returns: (transfer none): a #GListModel of #BilateralCitation
 */
GListModel *
bilateral_succession_get_citations (BilateralSuccession *self)
{
  g_return_val_if_fail (BILATERAL_IS_SUCCESSION (self), NULL);
  return self->citations;
}

/**
 * bilateral_succession_kind_to_string:
 * @value: a kind of succession
 *
 * The short name of @value, for display and messages.
 *
 * Returns: (transfer none): `continuation`, `succession`, `secession`, `unification` or `dissolution`
 */
const char *
bilateral_succession_kind_to_string (BilateralSuccessionKind value)
{
  const char *nick = _bilateral_enum_nick (BILATERAL_TYPE_SUCCESSION_KIND, value);

  g_return_val_if_fail (nick != NULL, NULL);
  return nick;
}
