/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-private.h"

/**
 * BilateralState:
 *
 * A state, or a territory that ISO 3166 codes apart (its
 * #BilateralState:status says which), with its codes in each
 * #BilateralCodeScheme and its place in a chain of succession.
 *
 * The codes are construct properties named after the schemes (`iso2`,
 * `iso3`, `isonum`, `cow`, `cow-letters`, `gw`, `gw-letters`, `cameo`).
 * Succession links are added by the archive that holds the state
 * (bilateral_archive_add_succession()).
 */

struct _BilateralState {
  BilateralActor parent_instance;
  char *codes[BILATERAL_N_CODE_SCHEMES];
  GListStore *predecessors;
  GListModel *predecessors_view; /* what the getter gives */
  GListStore *successors;
  GListModel *successors_view; /* what the getter gives */
  GPtrArray *spells;           /* of BilateralDate; built from the existence unless set */
  BilateralStateStatus status;
};

G_DEFINE_FINAL_TYPE (BilateralState, bilateral_state, BILATERAL_TYPE_ACTOR)

/* Code property ids are 1 + the scheme, so the two tables cannot drift apart. */
enum { PROP_0, PROP_STATUS = BILATERAL_N_CODE_SCHEMES + 1, N_PROPS };

static GParamSpec *props[N_PROPS];

/* The property names double as the JSON member names of the data format. */
static const char *const scheme_names[BILATERAL_N_CODE_SCHEMES] = {
  "iso2", "iso3", "isonum", "cow", "cow-letters", "gw", "gw-letters", "cameo",
};

/**
 * bilateral_code_scheme_to_string:
 * @scheme: a code scheme
 *
 * The short name of a scheme: the #BilateralState property that holds it,
 * and the member of a state's `codes` in the data format.
 *
 * Returns: (transfer none): `iso2`, `iso3`, `isonum`, `cow`, `cow-letters`,
 *   `gw`, `gw-letters` or `cameo`
 */
const char *
bilateral_code_scheme_to_string (BilateralCodeScheme scheme)
{
  g_return_val_if_fail ((guint) scheme < BILATERAL_N_CODE_SCHEMES, NULL);
  return scheme_names[scheme];
}

static void
bilateral_state_finalize (GObject *object)
{
  BilateralState *self = BILATERAL_STATE (object);

  for (guint i = 0; i < BILATERAL_N_CODE_SCHEMES; i++)
    g_free (self->codes[i]);
  g_clear_object (&self->predecessors_view);
  g_clear_object (&self->predecessors);
  g_clear_object (&self->successors_view);
  g_clear_object (&self->successors);
  g_clear_pointer (&self->spells, g_ptr_array_unref);
  G_OBJECT_CLASS (bilateral_state_parent_class)->finalize (object);
}

static void
bilateral_state_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BilateralState *self = BILATERAL_STATE (object);

  if (prop_id == PROP_STATUS)
    g_value_set_enum (value, self->status);
  else if (prop_id >= 1 && prop_id <= BILATERAL_N_CODE_SCHEMES)
    g_value_set_string (value, self->codes[prop_id - 1]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
bilateral_state_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BilateralState *self = BILATERAL_STATE (object);
  const char *code;

  if (prop_id == PROP_STATUS)
    {
      self->status = g_value_get_enum (value);
      return;
    }
  if (prop_id < 1 || prop_id > BILATERAL_N_CODE_SCHEMES)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  code = g_value_get_string (value);
  /* An empty code means "none", as in a CSV column. */
  self->codes[prop_id - 1] = code && *code ? g_strdup (code) : NULL;
}

static void
bilateral_state_class_init (BilateralStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  BilateralActorClass *actor_class = BILATERAL_ACTOR_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = bilateral_state_finalize;
  object_class->get_property = bilateral_state_get_property;
  object_class->set_property = bilateral_state_set_property;
  actor_class->kind = BILATERAL_ACTOR_KIND_STATE;

  /**
   * BilateralState:iso2:
   *
   * The ISO 3166-1 alpha-2 code, or the ISO 3166-3 one of a withdrawn name.
   */
  /**
   * BilateralState:iso3:
   *
   * The ISO 3166-1 alpha-3 code (`SUN` for the USSR).
   */
  /**
   * BilateralState:isonum:
   *
   * The ISO 3166-1 numeric code, as three digits (`004`).
   */
  /**
   * BilateralState:cow:
   *
   * The Correlates of War state number, as a string.
   */
  /**
   * BilateralState:cow-letters:
   *
   * The Correlates of War state abbreviation.
   */
  /**
   * BilateralState:gw:
   *
   * The Gleditsch–Ward state number, as a string.
   */
  /**
   * BilateralState:gw-letters:
   *
   * The Gleditsch–Ward state abbreviation.
   */
  /**
   * BilateralState:cameo:
   *
   * The CAMEO country code.
   */
  for (guint i = 0; i < BILATERAL_N_CODE_SCHEMES; i++)
    props[i + 1] = g_param_spec_string (scheme_names[i], NULL, NULL, NULL, flags);

  /**
   * BilateralState:status:
   *
   * What the entity is: a sovereign state, a dependent territory, a part of
   * a state that ISO 3166 codes apart, … The registry gives each of its
   * entries one (their current, or last); a state of a document takes the
   * registry's, or is sovereign.
   */
  props[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, BILATERAL_TYPE_STATE_STATUS, BILATERAL_STATE_STATUS_SOVEREIGN,
                                          flags);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
bilateral_state_init (BilateralState *self)
{
  self->predecessors = g_list_store_new (BILATERAL_TYPE_SUCCESSION);
  self->predecessors_view = _bilateral_list_view_new (G_LIST_MODEL (self->predecessors));
  self->successors = g_list_store_new (BILATERAL_TYPE_SUCCESSION);
  self->successors_view = _bilateral_list_view_new (G_LIST_MODEL (self->successors));
}

/**
 * bilateral_state_new:
 * @id: the id, usually the ISO alpha-3 code
 * @name: (nullable): the name in English; %NULL for none (an archive gives
 *   a state the registry knows its name)
 * @existence: (nullable): when the state existed
 *
 * Makes a state with no codes; give codes with g_object_new() and the
 * scheme properties.
 *
 * Returns: (transfer full): the state
 */
BilateralState *
bilateral_state_new (const char *id, const char *name, BilateralDate *existence)
{
  g_return_val_if_fail (id != NULL, NULL);
  return g_object_new (BILATERAL_TYPE_STATE, "id", id, "name", name, "existence", existence, NULL);
}

/**
 * bilateral_state_get_code:
 * @self: a state
 * @scheme: a code scheme
 *
 * Gets the state's code in one scheme.
 *
 * Returns: (transfer none) (nullable): the state's code in @scheme, or
 *   %NULL if it has none there
 */
const char *
bilateral_state_get_code (BilateralState *self, BilateralCodeScheme scheme)
{
  g_return_val_if_fail (BILATERAL_IS_STATE (self), NULL);
  g_return_val_if_fail ((guint) scheme < BILATERAL_N_CODE_SCHEMES, NULL);
  return self->codes[scheme];
}

/**
 * bilateral_state_get_status:
 * @self: a state
 *
 * Gets what the entity is: see #BilateralState:status.
 *
 * Returns: the status
 */
BilateralStateStatus
bilateral_state_get_status (BilateralState *self)
{
  g_return_val_if_fail (BILATERAL_IS_STATE (self), BILATERAL_STATE_STATUS_SOVEREIGN);
  return self->status;
}

/**
 * bilateral_state_status_to_string:
 * @status: a status
 *
 * The short name of a status, as the registry's data and messages write it.
 *
 * Returns: (transfer none): `sovereign`, `partially-recognized`,
 *   `associated-state`, `dependent-territory`, `part-of-state`,
 *   `disputed-territory` or `international`
 */
const char *
bilateral_state_status_to_string (BilateralStateStatus status)
{
  const char *nick = _bilateral_enum_nick (BILATERAL_TYPE_STATE_STATUS, status);

  g_return_val_if_fail (nick != NULL, NULL);
  return nick;
}

/**
 * bilateral_state_get_predecessors:
 * @self: a state
 *
 * The links to the states this one followed (for the Russian Federation,
 * the USSR by continuation).
 *
 * Returns: (transfer none): a #GListModel of #BilateralSuccession
 */
GListModel *
bilateral_state_get_predecessors (BilateralState *self)
{
  g_return_val_if_fail (BILATERAL_IS_STATE (self), NULL);
  return self->predecessors_view;
}

/**
 * bilateral_state_get_successors:
 * @self: a state
 *
 * The links to the states that followed this one.
 *
 * Returns: (transfer none): a #GListModel of #BilateralSuccession
 */
GListModel *
bilateral_state_get_successors (BilateralState *self)
{
  g_return_val_if_fail (BILATERAL_IS_STATE (self), NULL);
  return self->successors_view;
}

/**
 * bilateral_code_scheme_from_string:
 * @name: a scheme's short name, as bilateral_code_scheme_to_string() gives
 * @scheme: (out): the scheme
 *
 * Reads a scheme's short name. Case is ignored, and `_` may stand for `-`.
 *
 * Returns: whether @name names a scheme
 */
gboolean
bilateral_code_scheme_from_string (const char *name, BilateralCodeScheme *scheme)
{
  g_autofree char *normal = NULL;

  g_return_val_if_fail (name != NULL, FALSE);
  normal = g_ascii_strdown (name, -1);
  g_strdelimit (normal, "_", '-');
  for (guint i = 0; i < BILATERAL_N_CODE_SCHEMES; i++)
    if (g_str_equal (normal, scheme_names[i]))
      {
        if (scheme)
          *scheme = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * bilateral_state_get_spells:
 * @self: a state
 *
 * The spells of the state's existence, in date order: one for most states,
 * several for a state that lost and regained its independence (Poland's
 * are 1918–1939 and from 1945 in the COW list; the registry joins the COW
 * and Gleditsch–Ward spells). A state of an archive has its existence as
 * its only spell, or none.
 *
 * Returns: (transfer none) (element-type Bilateral.Date): the spells, each
 *   an interval
 */
GPtrArray *
bilateral_state_get_spells (BilateralState *self)
{
  BilateralDate *existence;

  g_return_val_if_fail (BILATERAL_IS_STATE (self), NULL);
  if (self->spells == NULL)
    {
      existence = bilateral_actor_get_existence (BILATERAL_ACTOR (self));
      self->spells = g_ptr_array_new_with_free_func ((GDestroyNotify) bilateral_date_unref);
      if (existence)
        g_ptr_array_add (self->spells, bilateral_date_ref (existence));
    }
  return self->spells;
}

void
_bilateral_state_set_spells (BilateralState *self, GPtrArray *spells)
{
  g_clear_pointer (&self->spells, g_ptr_array_unref);
  self->spells = g_ptr_array_ref (spells);
}

void
_bilateral_state_add_predecessor (BilateralState *self, BilateralSuccession *link)
{
  g_list_store_append (self->predecessors, link);
}

void
_bilateral_state_add_successor (BilateralState *self, BilateralSuccession *link)
{
  g_list_store_append (self->successors, link);
}

void
_bilateral_state_complete_code (BilateralState *self, BilateralCodeScheme scheme, const char *code)
{
  if (self->codes[scheme] == NULL && code && *code)
    self->codes[scheme] = g_strdup (code);
}

void
_bilateral_state_set_status (BilateralState *self, BilateralStateStatus status)
{
  self->status = status;
}
