/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "bilateral-private.h"

/* The histories bundled with the library, compiled in as a GResource.
 * Part of BilateralArchive. */

#define HISTORIES_PATH "/org/libbilateral/histories/"

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/**
 * bilateral_archive_list_builtin:
 *
 * Names the histories bundled with the library, for
 * bilateral_archive_load_builtin(): `pakistan-russia`, the reference
 * history of Pakistan and the USSR/Russia, 1947–2015.
 *
 * Returns: (transfer full) (array zero-terminated=1): the names, sorted
 */
char **
bilateral_archive_list_builtin (void)
{
  g_auto (GStrv) files = g_resources_enumerate_children (HISTORIES_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  GPtrArray *names = g_ptr_array_new ();

  for (guint i = 0; files && files[i]; i++)
    if (g_str_has_suffix (files[i], ".json"))
      g_ptr_array_add (names, g_strndup (files[i], strlen (files[i]) - strlen (".json")));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (names, FALSE);
}

/**
 * bilateral_archive_load_builtin:
 * @name: the name of a bundled history, such as `pakistan-russia`
 * @error: return location for a #GError
 *
 * Loads a history bundled with the library; see
 * bilateral_archive_list_builtin(). An unknown name gives
 * %BILATERAL_ERROR_NOT_FOUND with the names there are.
 *
 * Returns: (transfer full): a new archive, or %NULL with @error set
 */
BilateralArchive *
bilateral_archive_load_builtin (const char *name, GError **error)
{
  g_autofree char *path = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *origin = NULL;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  path = g_strconcat (HISTORIES_PATH, name, ".json", NULL);
  bytes = strchr (name, '/') ? NULL : g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    {
      g_auto (GStrv) names = bilateral_archive_list_builtin ();
      g_autofree char *known = g_strjoinv (", ", names);
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_NOT_FOUND, "no bundled history is named “%s” (there are: %s)", name,
                   known);
      return NULL;
    }
  origin = g_strconcat ("builtin:", name, NULL);
  return _bilateral_archive_load_bytes (bytes, origin, error);
}
