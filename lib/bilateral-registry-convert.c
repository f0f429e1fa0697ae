/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "bilateral-registry-private.h"

/* Converting columns rather than values: each distinct (value, date) is
 * looked up once, so a million rows of a few hundred countries cost a
 * million hash lookups. Part of BilateralRegistry. */

typedef char *(*ConvertOne) (BilateralRegistry *self, const char *value, BilateralCodeScheme from, BilateralCodeScheme to,
                             const BilateralDate *date);

static char *
convert_code (BilateralRegistry *self, const char *value, BilateralCodeScheme from, BilateralCodeScheme to,
              const BilateralDate *date)
{
  return bilateral_registry_convert (self, value, from, to, date, NULL);
}

static char *
convert_name (BilateralRegistry *self, const char *value, BilateralCodeScheme from, BilateralCodeScheme to,
              const BilateralDate *date)
{
  BilateralState *state = bilateral_registry_lookup_name_at (self, value, date);
  const char *code = state ? bilateral_registry_get_code (self, state, to, date) : NULL;

  return g_strdup (code);
}

static char **
convert_all (BilateralRegistry *self, const char *const *values, BilateralCodeScheme from, BilateralCodeScheme to,
             const char *const *dates, const BilateralDate *at, ConvertOne convert, guint *n_failed, GError **error)
{
  g_autoptr (GHashTable) done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GHashTable) parsed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) bilateral_date_unref);
  guint n = g_strv_length ((char **) values), failed = 0;
  char **out;

  if (dates && g_strv_length ((char **) dates) != n)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_INVALID, "%u values but %u dates", n, g_strv_length ((char **) dates));
      return NULL;
    }
  out = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      const char *when = dates ? dates[i] : NULL;
      const BilateralDate *date = at;
      g_autofree char *key = NULL;
      const char *result;

      if (when && *when)
        {
          BilateralDate *d = g_hash_table_lookup (parsed, when);
          if (d == NULL)
            {
              g_autoptr (GError) date_error = NULL;
              if ((d = bilateral_date_parse (when, &date_error)) == NULL)
                {
                  g_set_error (error, BILATERAL_ERROR, date_error->code, "date %u: %s", i + 1, date_error->message);
                  g_strfreev (out);
                  return NULL;
                }
              g_hash_table_insert (parsed, g_strdup (when), d);
            }
          date = d;
        }
      key = g_strconcat (values[i], "\x1f", when && *when ? when : "", NULL);
      result = g_hash_table_lookup (done, key);
      if (result == NULL)
        {
          char *converted = convert (self, values[i], from, to, date);
          result = converted ? converted : g_strdup ("");
          g_hash_table_insert (done, g_steal_pointer (&key), (gpointer) result);
        }
      failed += *result == '\0';
      out[i] = g_strdup (result);
    }
  if (n_failed)
    *n_failed = failed;
  return out;
}

/**
 * bilateral_registry_convert_codes:
 * @self: the registry
 * @codes: (array zero-terminated=1): codes in @from, a column of them
 * @from: their scheme
 * @to: the scheme wanted
 * @dates: (array zero-terminated=1) (nullable): an EDTF date for each code
 *   (an empty one for @at), as many as @codes; %NULL to give every code @at
 * @at: (nullable): the date of the codes without one; %NULL for today
 * @n_failed: (out) (optional): how many codes did not convert
 * @error: return location for a #GError
 *
 * Converts a column of codes as bilateral_registry_convert() converts one,
 * each as of its date: from Python, a million rows in one call. A code
 * that does not convert (unknown, or meaning no state at its date, or of a
 * state with no code in @to then) gives an empty string, counted in
 * @n_failed; call bilateral_registry_convert() on it to learn why.
 *
 * Returns: (transfer full) (array zero-terminated=1): the codes in @to, as
 *   many as @codes, or %NULL with @error set if @dates is not as long as
 *   @codes or a date cannot be read (the error names which)
 */
char **
bilateral_registry_convert_codes (BilateralRegistry *self, const char *const *codes, BilateralCodeScheme from,
                                  BilateralCodeScheme to, const char *const *dates, const BilateralDate *at, guint *n_failed,
                                  GError **error)
{
  g_return_val_if_fail (BILATERAL_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (codes != NULL, NULL);
  g_return_val_if_fail ((guint) from < BILATERAL_N_CODE_SCHEMES && (guint) to < BILATERAL_N_CODE_SCHEMES, NULL);
  return convert_all (self, codes, from, to, dates, at, convert_code, n_failed, error);
}

/**
 * bilateral_registry_convert_names:
 * @self: the registry
 * @names: (array zero-terminated=1): names of countries, a column of them
 * @to: the scheme wanted
 * @dates: (array zero-terminated=1) (nullable): an EDTF date for each name
 *   (an empty one for @at), as many as @names; %NULL to give every name @at
 * @at: (nullable): the date of the names without one; %NULL for any time
 * @n_failed: (out) (optional): how many names did not convert
 * @error: return location for a #GError
 *
 * Converts a column of names to codes: each name is found as
 * bilateral_registry_lookup_name_at() finds it, and given its code in @to
 * at its date (with no date, its latest code). A name that is unknown,
 * fits several entries, or names one with no code in @to gives an empty
 * string, counted in @n_failed.
 *
 * Returns: (transfer full) (array zero-terminated=1): the codes in @to, as
 *   many as @names, or %NULL with @error set as for
 *   bilateral_registry_convert_codes()
 */
char **
bilateral_registry_convert_names (BilateralRegistry *self, const char *const *names, BilateralCodeScheme to,
                                  const char *const *dates, const BilateralDate *at, guint *n_failed, GError **error)
{
  g_return_val_if_fail (BILATERAL_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (names != NULL, NULL);
  g_return_val_if_fail ((guint) to < BILATERAL_N_CODE_SCHEMES, NULL);
  return convert_all (self, names, 0, to, dates, at, convert_name, n_failed, error);
}
