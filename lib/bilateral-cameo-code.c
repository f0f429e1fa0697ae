/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-cameo-private.h"

/**
 * BilateralCameoCode:
 *
 * One code of the CAMEO event codebook: its name, its level in the code
 * tree, its root, its QuadClass and Goldstein weight, and the PLOVER event
 * type and mode it maps to. Get codes from bilateral_cameo_lookup().
 */

struct _BilateralCameoCode {
  GObject parent_instance;
  char *code;
  char *name;
  guint level;
  char *root_code;
  char *base_code;
  BilateralQuadClass quad_class;
  double goldstein;
  char *plover_type;
  char *plover_mode;
  GStrv plover_contexts;
};

G_DEFINE_FINAL_TYPE (BilateralCameoCode, bilateral_cameo_code, G_TYPE_OBJECT)

static void
bilateral_cameo_code_finalize (GObject *object)
{
  BilateralCameoCode *self = BILATERAL_CAMEO_CODE (object);

  g_free (self->code);
  g_free (self->name);
  g_free (self->root_code);
  g_free (self->base_code);
  g_free (self->plover_type);
  g_free (self->plover_mode);
  g_strfreev (self->plover_contexts);
  G_OBJECT_CLASS (bilateral_cameo_code_parent_class)->finalize (object);
}

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_LEVEL,
  PROP_ROOT_CODE,
  PROP_BASE_CODE,
  PROP_QUAD_CLASS,
  PROP_GOLDSTEIN,
  PROP_PLOVER_TYPE,
  PROP_PLOVER_MODE,
  PROP_PLOVER_CONTEXTS,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
bilateral_cameo_code_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BilateralCameoCode *self = BILATERAL_CAMEO_CODE (object);

  switch (prop_id)
    {
    case PROP_CODE: g_value_set_string (value, bilateral_cameo_code_get_code (self)); break;
    case PROP_NAME: g_value_set_string (value, bilateral_cameo_code_get_name (self)); break;
    case PROP_LEVEL: g_value_set_uint (value, bilateral_cameo_code_get_level (self)); break;
    case PROP_ROOT_CODE: g_value_set_string (value, bilateral_cameo_code_get_root_code (self)); break;
    case PROP_BASE_CODE: g_value_set_string (value, bilateral_cameo_code_get_base_code (self)); break;
    case PROP_QUAD_CLASS: g_value_set_enum (value, bilateral_cameo_code_get_quad_class (self)); break;
    case PROP_GOLDSTEIN: g_value_set_double (value, bilateral_cameo_code_get_goldstein (self)); break;
    case PROP_PLOVER_TYPE: g_value_set_string (value, bilateral_cameo_code_get_plover_type (self)); break;
    case PROP_PLOVER_MODE: g_value_set_string (value, bilateral_cameo_code_get_plover_mode (self)); break;
    case PROP_PLOVER_CONTEXTS: g_value_set_boxed (value, bilateral_cameo_code_get_plover_contexts (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_cameo_code_class_init (BilateralCameoCodeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bilateral_cameo_code_finalize;
  G_OBJECT_CLASS (klass)->get_property = bilateral_cameo_code_get_property;
  /**
   * BilateralCameoCode:code:
   *
   * The code, as a string (`036`).
   */
  props[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BilateralCameoCode:name:
   *
   * The name of the code.
   */
  props[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BilateralCameoCode:level:
   *
   * The level of the code (bilateral_cameo_code_get_level()).
   */
  props[PROP_LEVEL] = g_param_spec_uint ("level", NULL, NULL, 0, 4, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BilateralCameoCode:root-code:
   *
   * The root code (`03`).
   */
  props[PROP_ROOT_CODE] = g_param_spec_string ("root-code", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BilateralCameoCode:base-code:
   *
   * The base code (bilateral_cameo_code_get_base_code()).
   */
  props[PROP_BASE_CODE] = g_param_spec_string ("base-code", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BilateralCameoCode:quad-class:
   *
   * The QuadClass of the code.
   */
  props[PROP_QUAD_CLASS] = g_param_spec_enum ("quad-class", NULL, NULL, BILATERAL_TYPE_QUAD_CLASS,
                                              BILATERAL_QUAD_CLASS_VERBAL_COOPERATION, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BilateralCameoCode:goldstein:
   *
   * The Goldstein weight of the code.
   */
  props[PROP_GOLDSTEIN] = g_param_spec_double ("goldstein", NULL, NULL, -10, 10, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BilateralCameoCode:plover-type:
   *
   * The PLOVER event type the code maps to, if any.
   */
  props[PROP_PLOVER_TYPE] = g_param_spec_string ("plover-type", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BilateralCameoCode:plover-mode:
   *
   * The PLOVER mode the code maps to, if any.
   */
  props[PROP_PLOVER_MODE] = g_param_spec_string ("plover-mode", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BilateralCameoCode:plover-contexts:
   *
   * The PLOVER contexts the code maps to.
   */
  props[PROP_PLOVER_CONTEXTS] = g_param_spec_boxed ("plover-contexts", NULL, NULL, G_TYPE_STRV,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (G_OBJECT_CLASS (klass), N_PROPS, props);
}

static void
bilateral_cameo_code_init (BilateralCameoCode *self)
{
}

BilateralCameoCode *
_bilateral_cameo_code_new (const char *code, const char *name, guint level, const char *root_code, const char *base_code,
                           BilateralQuadClass quad_class, double goldstein)
{
  BilateralCameoCode *self = g_object_new (BILATERAL_TYPE_CAMEO_CODE, NULL);

  self->code = g_strdup (code);
  self->name = g_strdup (name);
  self->level = level;
  self->root_code = g_strdup (root_code);
  self->base_code = g_strdup (base_code);
  self->quad_class = quad_class;
  self->goldstein = goldstein;
  self->plover_contexts = g_new0 (char *, 1);
  return self;
}

void
_bilateral_cameo_code_set_plover (BilateralCameoCode *self, const char *type, const char *mode, GStrv contexts)
{
  g_free (self->plover_type);
  g_free (self->plover_mode);
  g_strfreev (self->plover_contexts);
  self->plover_type = g_strdup (type);
  self->plover_mode = mode && *mode ? g_strdup (mode) : NULL;
  self->plover_contexts = contexts;
}

/**
 * bilateral_cameo_code_get_code:
 * @self: a CAMEO code
 *
 * Gets the code itself, as a string: `036`.
 *
 * Returns: (transfer none): the code
 */
const char *
bilateral_cameo_code_get_code (BilateralCameoCode *self)
{
  g_return_val_if_fail (BILATERAL_IS_CAMEO_CODE (self), NULL);
  return self->code;
}

/**
 * bilateral_cameo_code_get_name:
 * @self: a CAMEO code
 *
 * Gets the code's name in the codebook: “Express intent to meet or negotiate”.
 *
 * Returns: (transfer none): the name
 */
const char *
bilateral_cameo_code_get_name (BilateralCameoCode *self)
{
  g_return_val_if_fail (BILATERAL_IS_CAMEO_CODE (self), NULL);
  return self->name;
}

/**
 * bilateral_cameo_code_get_level:
 * @self: a CAMEO code
 *
 * Gets the code's level: 1 for a root (two digits), 2 for a three-digit
 * code, 3 for a four-digit one.
 *
 * Returns: the level
 */
guint
bilateral_cameo_code_get_level (BilateralCameoCode *self)
{
  g_return_val_if_fail (BILATERAL_IS_CAMEO_CODE (self), 0);
  return self->level;
}

/**
 * bilateral_cameo_code_get_root_code:
 * @self: a CAMEO code
 *
 * Gets the code's root, its first two digits: `03` for `036`.
 *
 * Returns: (transfer none): the root code
 */
const char *
bilateral_cameo_code_get_root_code (BilateralCameoCode *self)
{
  g_return_val_if_fail (BILATERAL_IS_CAMEO_CODE (self), NULL);
  return self->root_code;
}

/**
 * bilateral_cameo_code_get_base_code:
 * @self: a CAMEO code
 *
 * Gets the code's base, its first three digits (`031` for `0311`; the
 * root itself for a root).
 *
 * Returns: (transfer none): the base code
 */
const char *
bilateral_cameo_code_get_base_code (BilateralCameoCode *self)
{
  g_return_val_if_fail (BILATERAL_IS_CAMEO_CODE (self), NULL);
  return self->base_code;
}

/**
 * bilateral_cameo_code_get_quad_class:
 * @self: a CAMEO code
 *
 * Gets the QuadClass of the code's root.
 *
 * Returns: the QuadClass
 */
BilateralQuadClass
bilateral_cameo_code_get_quad_class (BilateralCameoCode *self)
{
  g_return_val_if_fail (BILATERAL_IS_CAMEO_CODE (self), BILATERAL_QUAD_CLASS_VERBAL_COOPERATION);
  return self->quad_class;
}

/**
 * bilateral_cameo_code_get_goldstein:
 * @self: a CAMEO code
 *
 * Gets the code's Goldstein weight, as GDELT's lookup table gives it.
 *
 * Returns: the weight, −10 to +10
 */
double
bilateral_cameo_code_get_goldstein (BilateralCameoCode *self)
{
  g_return_val_if_fail (BILATERAL_IS_CAMEO_CODE (self), 0.0);
  return self->goldstein;
}

/**
 * bilateral_cameo_code_get_plover_type:
 * @self: a CAMEO code
 *
 * Gets the PLOVER event type the code maps to (`AGREE`, `CONSULT`, …), by
 * the CAMEO2PLOVER table of 2021. CAMEO roots 01 and 02 have none.
 *
 * Returns: (transfer none) (nullable): the PLOVER event type
 */
const char *
bilateral_cameo_code_get_plover_type (BilateralCameoCode *self)
{
  g_return_val_if_fail (BILATERAL_IS_CAMEO_CODE (self), NULL);
  return self->plover_type;
}

/**
 * bilateral_cameo_code_get_plover_mode:
 * @self: a CAMEO code
 *
 * Gets the PLOVER mode the code maps to (`visit` for `042`), if any.
 *
 * Returns: (transfer none) (nullable): the PLOVER mode
 */
const char *
bilateral_cameo_code_get_plover_mode (BilateralCameoCode *self)
{
  g_return_val_if_fail (BILATERAL_IS_CAMEO_CODE (self), NULL);
  return self->plover_mode;
}

/**
 * bilateral_cameo_code_get_plover_contexts:
 * @self: a CAMEO code
 *
 * Gets the PLOVER contexts the code maps to (`economic` for `0311`).
 *
 * Returns: (transfer none) (array zero-terminated=1): the contexts, perhaps none
 */
const char *const *
bilateral_cameo_code_get_plover_contexts (BilateralCameoCode *self)
{
  g_return_val_if_fail (BILATERAL_IS_CAMEO_CODE (self), NULL);
  return (const char *const *) self->plover_contexts;
}
