/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bilateral-cameo-private.h"

/**
 * BilateralCameo:
 *
 * The CAMEO event codebook, bundled: every code's name, level, root,
 * QuadClass and Goldstein weight (GDELT's lookup tables of CAMEO event
 * codes and Goldstein weights), and the PLOVER event type, mode and
 * contexts it maps to (the CAMEO2PLOVER table of the PLOVER project, 2021,
 * CC BY-SA 4.0); and PLOVER's own event types, modes and contexts, with
 * each type's (and mode's) QuadClass and conflict–cooperation score, from
 * the PLOVER manual (draft 2.0), for events that carry a PLOVER type and
 * no CAMEO code (bilateral_cameo_lookup_plover()).
 *
 * Codes are strings: `010` is not `10`.
 */

struct _BilateralCameo {
  GObject parent_instance;
  GListStore *codes;
  GListModel *codes_view; /* what the getter gives */
  GHashTable *by_code;
  GHashTable *plover;   /* "TYPE" or "TYPE\tmode" → PloverEntry */
  GHashTable *contexts; /* PLOVER's contexts */
};

typedef struct {
  BilateralQuadClass quad_class;
  double score; /* NaN: the manual gives none */
} PloverEntry;

G_DEFINE_FINAL_TYPE (BilateralCameo, bilateral_cameo, G_TYPE_OBJECT)

#define CODES_RESOURCE "/org/libbilateral/cameo/cameo-event-codes.tsv"
#define PLOVER_RESOURCE "/org/libbilateral/cameo/CAMEO2PLOVER-2021.txt"
#define PLOVER_TYPES_RESOURCE "/org/libbilateral/cameo/plover-event-types.tsv"
#define PLOVER_CONTEXTS_RESOURCE "/org/libbilateral/cameo/plover-contexts.tsv"

static void
bilateral_cameo_finalize (GObject *object)
{
  BilateralCameo *self = BILATERAL_CAMEO (object);

  g_clear_pointer (&self->by_code, g_hash_table_unref);
  g_clear_pointer (&self->plover, g_hash_table_unref);
  g_clear_pointer (&self->contexts, g_hash_table_unref);
  g_clear_object (&self->codes_view);
  g_clear_object (&self->codes);
  G_OBJECT_CLASS (bilateral_cameo_parent_class)->finalize (object);
}

static void
bilateral_cameo_class_init (BilateralCameoClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bilateral_cameo_finalize;
}

static void
bilateral_cameo_init (BilateralCameo *self)
{
  self->codes = g_list_store_new (BILATERAL_TYPE_CAMEO_CODE);
  self->codes_view = _bilateral_list_view_new (G_LIST_MODEL (self->codes));
  self->by_code = g_hash_table_new (g_str_hash, g_str_equal);
  self->plover = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->contexts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static char *
resource_text (const char *path)
{
  g_autoptr (GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  if (bytes == NULL)
    {
      g_critical ("The CAMEO codebook is not compiled in (%s)", path);
      return g_strdup ("");
    }
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* code, level, root_code, base_code, quad_class, quad_name, goldstein, description */
static void
read_codes (BilateralCameo *self)
{
  g_autofree char *text = resource_text (CODES_RESOURCE);
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 1; lines[i]; i++)
    {
      g_auto (GStrv) f = g_strsplit (lines[i], "\t", -1);
      g_autoptr (BilateralCameoCode) code = NULL;

      if (g_strv_length (f) < 8)
        continue;
      code = _bilateral_cameo_code_new (f[0], f[7], (guint) atoi (f[1]), f[2], f[3], atoi (f[4]), g_ascii_strtod (f[6], NULL));
      g_list_store_append (self->codes, code);
      g_hash_table_insert (self->by_code, (gpointer) bilateral_cameo_code_get_code (code), code);
    }
}

/* Lines "CODE: TYPE, mode, context[; context] # CAMEO text"; a root line
 * "03: AGREE" gives the type alone. */
static void
read_plover (BilateralCameo *self)
{
  g_autofree char *text = resource_text (PLOVER_RESOURCE);
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i]; i++)
    {
      char *line = lines[i], *colon, *hash;
      g_auto (GStrv) fields = NULL;
      g_autoptr (GStrvBuilder) contexts = g_strv_builder_new ();
      BilateralCameoCode *code;

      if (!g_ascii_isdigit (line[0]) || !(colon = strchr (line, ':')))
        continue;
      *colon = '\0';
      if ((hash = strchr (colon + 1, '#')))
        *hash = '\0';
      code = g_hash_table_lookup (self->by_code, g_strstrip (line));
      if (code == NULL)
        continue;
      fields = g_strsplit (colon + 1, ",", 3);
      for (guint f = 0; fields[f]; f++)
        g_strstrip (fields[f]);
      if (fields[0] == NULL || *fields[0] == '\0')
        continue;
      if (fields[1] && fields[2])
        {
          g_auto (GStrv) parts = g_strsplit (fields[2], ";", -1);
          for (guint p = 0; parts[p]; p++)
            if (*g_strstrip (parts[p]))
              g_strv_builder_add (contexts, parts[p]);
        }
      _bilateral_cameo_code_set_plover (code, fields[0], fields[1], g_strv_builder_end (contexts));
    }
}

/* type, mode ("" for the type itself), QuadClass name, score; and a
 * context a line. */
static void
read_plover_types (BilateralCameo *self)
{
  static const char *const quads[] = { "VERBAL COOPERATION", "MATERIAL COOPERATION", "VERBAL CONFLICT", "MATERIAL CONFLICT" };
  g_autofree char *types = resource_text (PLOVER_TYPES_RESOURCE);
  g_autofree char *contexts = resource_text (PLOVER_CONTEXTS_RESOURCE);
  g_auto (GStrv) lines = g_strsplit (types, "\n", -1);
  g_auto (GStrv) names = g_strsplit (contexts, "\n", -1);

  for (guint i = 1; lines[i]; i++)
    {
      g_auto (GStrv) f = g_strsplit (lines[i], "\t", -1);
      PloverEntry *entry;

      if (g_strv_length (f) < 4)
        continue;
      entry = g_new (PloverEntry, 1);
      entry->quad_class = BILATERAL_QUAD_CLASS_VERBAL_COOPERATION;
      for (guint q = 0; q < G_N_ELEMENTS (quads); q++)
        if (g_str_equal (f[2], quads[q]))
          entry->quad_class = (BilateralQuadClass) (BILATERAL_QUAD_CLASS_VERBAL_COOPERATION + q);
      entry->score = *f[3] ? g_ascii_strtod (f[3], NULL) : NAN;
      g_hash_table_insert (self->plover, *f[1] ? g_strconcat (f[0], "\t", f[1], NULL) : g_strdup (f[0]), entry);
    }
  for (guint i = 1; names[i]; i++)
    if (*names[i])
      g_hash_table_add (self->contexts, g_strdup (names[i]));
}

static gpointer
cameo_load (gpointer unused)
{
  BilateralCameo *self = g_object_new (BILATERAL_TYPE_CAMEO, NULL);

  read_codes (self);
  read_plover (self);
  read_plover_types (self);
  return self;
}

/**
 * bilateral_cameo_get_default:
 *
 * The bundled CAMEO codebook, read at the first call.
 *
 * Returns: (transfer none): the codebook
 */
BilateralCameo *
bilateral_cameo_get_default (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, cameo_load, NULL);
}

/**
 * bilateral_cameo_lookup:
 * @self: the codebook
 * @code: a CAMEO event code, as a string: `036`
 * @error: return location for a #GError
 *
 * Finds a code in the codebook. A code the codebook lacks gives
 * %BILATERAL_ERROR_NOT_FOUND, naming it; so does `10` for `010`.
 *
 * Returns: (transfer none): the code, or %NULL with @error set
 */
BilateralCameoCode *
bilateral_cameo_lookup (BilateralCameo *self, const char *code, GError **error)
{
  BilateralCameoCode *found;

  g_return_val_if_fail (BILATERAL_IS_CAMEO (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  found = g_hash_table_lookup (self->by_code, code);
  if (found == NULL)
    g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_NOT_FOUND, "“%s” is not a code of the CAMEO codebook%s", code,
                 bilateral_cameo_code_is_valid (code) ? "" : " (codes are two to four digits, root 01–20)");
  return found;
}

/**
 * bilateral_cameo_get_codes:
 * @self: the codebook
 *
 * Gets every code of the codebook, in code order.
 *
 * Returns: (transfer none): a #GListModel of #BilateralCameoCode
 */
GListModel *
bilateral_cameo_get_codes (BilateralCameo *self)
{
  g_return_val_if_fail (BILATERAL_IS_CAMEO (self), NULL);
  return self->codes_view;
}

/**
 * bilateral_cameo_lookup_plover:
 * @self: the codebook
 * @type: a PLOVER event type: `CONSULT`
 * @mode: (nullable): one of the type's modes: `visit`
 * @contexts: (nullable) (array zero-terminated=1): PLOVER contexts: `military`
 * @quad_class: (out) (optional): the QuadClass of @type
 * @weight: (out) (optional): the conflict–cooperation score of @type in
 *   @mode (of @type alone when the manual gives the mode none), from −10
 *   to +10, on the scale of Goldstein weights
 * @error: return location for a #GError
 *
 * Checks a PLOVER event type, mode and contexts against PLOVER's codebook
 * (the manual's draft 2.0: 16 types, their modes, 37 contexts) and gives
 * the type's QuadClass and score. A type, mode or context the codebook
 * lacks gives %BILATERAL_ERROR_NOT_FOUND, naming it (and leaves
 * @quad_class the first QuadClass, @weight NaN). Two of the manual's
 * numbers are mended: `ACCUSE` is −3, not the 3 it prints, and
 * `PROTEST`/`vandalize`, which has none, has its type's.
 *
 * Returns: %TRUE when each is PLOVER's
 */
gboolean
bilateral_cameo_lookup_plover (BilateralCameo *self, const char *type, const char *mode, const char *const *contexts,
                               BilateralQuadClass *quad_class, double *weight, GError **error)
{
  const PloverEntry *entry, *of_mode = NULL;

  g_return_val_if_fail (BILATERAL_IS_CAMEO (self), FALSE);
  g_return_val_if_fail (type != NULL, FALSE);

  /* Defined on failure too, as bindings read them whatever happens. */
  if (quad_class)
    *quad_class = BILATERAL_QUAD_CLASS_VERBAL_COOPERATION;
  if (weight)
    *weight = NAN;
  entry = g_hash_table_lookup (self->plover, type);
  if (entry == NULL)
    {
      g_autofree char *shown = _bilateral_printable (type, -1);
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_NOT_FOUND, "“%s” is not a PLOVER event type", shown);
      return FALSE;
    }
  if (mode)
    {
      g_autofree char *key = g_strconcat (type, "\t", mode, NULL);
      if (!(of_mode = g_hash_table_lookup (self->plover, key)))
        {
          g_autofree char *shown = _bilateral_printable (mode, -1);
          g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_NOT_FOUND, "“%s” is not a mode of the PLOVER event type %s", shown,
                       type);
          return FALSE;
        }
    }
  for (guint i = 0; contexts && contexts[i]; i++)
    if (!g_hash_table_contains (self->contexts, contexts[i]))
      {
        g_autofree char *shown = _bilateral_printable (contexts[i], -1);
        g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_NOT_FOUND, "“%s” is not a PLOVER context", shown);
        return FALSE;
      }
  if (quad_class)
    *quad_class = entry->quad_class;
  if (weight)
    *weight = of_mode && !isnan (of_mode->score) ? of_mode->score : entry->score;
  return TRUE;
}
