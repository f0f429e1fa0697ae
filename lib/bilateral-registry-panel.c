/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "bilateral-registry-private.h"

/* State-year and dyad-year panels of the registry's states, the rows that
 * peacesciencer builds. Part of BilateralRegistry.
 *
 * A state is in a year's panel if it existed on some day of the year. Where
 * one code passes from one state to another within a year (COW 365 from the
 * USSR to the Russian Federation on 1991-12-26), the state that held it for
 * more of the year keeps it, and a state left with none of the codes it
 * held that year is not in that year's panel: 1991 is the USSR's, 1992 the
 * Federation's. */

typedef struct {
  BilateralState *state;
  const char *codes[BILATERAL_N_CODE_SCHEMES];
} StateYear;

/* The code of @state in @scheme that covers most of the year, with its days. */
static BilateralAssignment *
main_assignment (GPtrArray *own, BilateralCodeScheme scheme, gint64 first, gint64 last, gint64 *days)
{
  BilateralAssignment *best = NULL;

  *days = 0;
  for (guint i = 0; own && i < own->len; i++)
    {
      BilateralAssignment *a = g_ptr_array_index (own, i);
      gint64 d = a->scheme == scheme ? _bilateral_overlap (first, last, a->first, a->last) : 0;
      if (d > *days)
        {
          best = a;
          *days = d;
        }
    }
  return best;
}

static gboolean
is_system_scheme (BilateralCodeScheme scheme)
{
  return scheme == BILATERAL_CODE_SCHEME_COW || scheme == BILATERAL_CODE_SCHEME_GW;
}

static GArray *
state_years (BilateralRegistry *self, int year)
{
  GListModel *states = bilateral_registry_get_states (self);
  gint64 first = bilateral_date_day_from_ymd (year, 1, 1), last = bilateral_date_day_from_ymd (year, 12, 31);
  g_autoptr (GArray) candidates = g_array_new (FALSE, TRUE, sizeof (StateYear));
  g_autoptr (GHashTable) holder_days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (StateYear));

  for (guint i = 0; i < g_list_model_get_n_items (states); i++)
    {
      BilateralState *state = g_list_model_get_item (states, i);
      GPtrArray *own = _bilateral_registry_assignments_of (self, state);
      StateYear row = { state, { NULL } };

      g_object_unref (state); /* the registry keeps it */
      if (_bilateral_registry_days_existing (state, first, last) == 0)
        continue;
      for (guint s = 0; s < BILATERAL_N_CODE_SCHEMES; s++)
        {
          gint64 days;
          BilateralAssignment *a = main_assignment (own, s, first, last, &days);
          g_autofree char *key = NULL;

          if (a == NULL)
            continue;
          row.codes[s] = a->code;
          if (!is_system_scheme (s))
            continue;
          key = g_strdup_printf ("%d:%s", s, a->code);
          if (days > (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (holder_days, key)))
            g_hash_table_insert (holder_days, g_steal_pointer (&key), GSIZE_TO_POINTER (days));
        }
      g_array_append_val (candidates, row);
    }

  /* Keep each COW and G-W code with its main holder of the year. */
  for (guint i = 0; i < candidates->len; i++)
    {
      StateYear *row = &g_array_index (candidates, StateYear, i);
      GPtrArray *own = _bilateral_registry_assignments_of (self, row->state);
      gboolean kept_any = FALSE;

      for (guint s = 0; s < BILATERAL_N_CODE_SCHEMES; s++)
        {
          g_autofree char *key = NULL;
          gint64 days;

          if (!is_system_scheme (s) || row->codes[s] == NULL)
            continue;
          main_assignment (own, s, first, last, &days);
          key = g_strdup_printf ("%d:%s", s, row->codes[s]);
          if (days < (gint64) GPOINTER_TO_SIZE (g_hash_table_lookup (holder_days, key)))
            {
              row->codes[s] = NULL;
              row->codes[s == BILATERAL_CODE_SCHEME_COW ? BILATERAL_CODE_SCHEME_COW_LETTERS : BILATERAL_CODE_SCHEME_GW_LETTERS] =
                NULL;
            }
          else
            kept_any = TRUE;
        }
      /* The panel is the state system: members of the COW or G-W list that year. */
      if (kept_any)
        g_array_append_val (rows, *row);
    }
  return rows;
}

/**
 * bilateral_registry_get_states_in_year:
 * @self: the registry
 * @year: a year
 *
 * The states of a year's panel: the members of the COW or Gleditsch–Ward
 * state system on some day of @year, less a state whose COW and G-W codes
 * passed to another that held them for more of the year (the Russian
 * Federation in 1991). The registry's other entries (dependent
 * territories, British India, the Holy See) are not in the panel.
 *
 * Returns: (transfer full): a #GListModel of #BilateralState
 */
GListModel *
bilateral_registry_get_states_in_year (BilateralRegistry *self, int year)
{
  g_autoptr (GArray) rows = NULL;
  GListStore *store;

  g_return_val_if_fail (BILATERAL_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (year >= 0 && year <= 9999, NULL);

  rows = state_years (self, year);
  store = g_list_store_new (BILATERAL_TYPE_STATE);
  for (guint i = 0; i < rows->len; i++)
    g_list_store_append (store, g_array_index (rows, StateYear, i).state);
  return G_LIST_MODEL (store);
}

static void
append_field (GString *line, const char *value)
{
  if (line->len)
    g_string_append_c (line, ',');
  if (value == NULL)
    return;
  if (strpbrk (value, ",\"\n"))
    {
      g_string_append_c (line, '"');
      for (const char *p = value; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (line, '"');
          g_string_append_c (line, *p);
        }
      g_string_append_c (line, '"');
    }
  else
    g_string_append (line, value);
}

static void
append_side (GString *line, const StateYear *row)
{
  append_field (line, bilateral_actor_get_id (BILATERAL_ACTOR (row->state)));
  append_field (line, bilateral_actor_get_name (BILATERAL_ACTOR (row->state)));
  append_field (line, row->codes[BILATERAL_CODE_SCHEME_ISO_ALPHA3]);
  append_field (line, row->codes[BILATERAL_CODE_SCHEME_COW]);
  append_field (line, row->codes[BILATERAL_CODE_SCHEME_COW_LETTERS]);
  append_field (line, row->codes[BILATERAL_CODE_SCHEME_GW]);
  append_field (line, row->codes[BILATERAL_CODE_SCHEME_GW_LETTERS]);
  append_field (line, row->codes[BILATERAL_CODE_SCHEME_COW] ? "1" : "0");
  append_field (line, row->codes[BILATERAL_CODE_SCHEME_GW] ? "1" : "0");
}

static const char *const side_columns[] = { "id", "name", "iso3", "ccode", "stateabb", "gwcode", "gwabb", "in_cow", "in_gw" };

static gboolean
flush (GOutputStream *stream, GString *buffer, gboolean force, GCancellable *cancellable, GError **error)
{
  gboolean ok = TRUE;

  if (buffer->len && (force || buffer->len > 1 << 16))
    {
      ok = g_output_stream_write_all (stream, buffer->str, buffer->len, NULL, cancellable, error);
      g_string_truncate (buffer, 0);
    }
  return ok;
}

/**
 * bilateral_registry_write_panel:
 * @self: the registry
 * @first_year: the first year of the panel
 * @last_year: the last year
 * @dyads: %FALSE for a state-year panel, %TRUE for a dyad-year one
 * @stream: where to write the CSV
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes a state-year or dyad-year panel as CSV, with a header row. A
 * state-year row is `year,id,name,iso3,ccode,stateabb,gwcode,gwabb,in_cow,in_gw`:
 * the codes the state held that year in each system, empty where it held
 * none, and whether it was a member of each system that year. A dyad-year
 * row has `year` and those columns twice, suffixed `1` and `2`, for every
 * pair of the year's states (see bilateral_registry_get_states_in_year()),
 * each pair once, in the registry's order.
 *
 * Returns: %TRUE on success
 */
gboolean
bilateral_registry_write_panel (BilateralRegistry *self, int first_year, int last_year, gboolean dyads, GOutputStream *stream,
                                GCancellable *cancellable, GError **error)
{
  g_autoptr (GString) buffer = g_string_new (NULL);
  g_autoptr (GString) line = g_string_new (NULL);

  g_return_val_if_fail (BILATERAL_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (first_year < 0 || last_year > 9999 || first_year > last_year)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_DATE, "the years %d to %d are not a span of 0000–9999", first_year,
                   last_year);
      return FALSE;
    }

  append_field (line, "year");
  for (guint side = 0; side < (dyads ? 2u : 1u); side++)
    for (guint c = 0; c < G_N_ELEMENTS (side_columns); c++)
      {
        g_autofree char *column = dyads ? g_strdup_printf ("%s%u", side_columns[c], side + 1) : g_strdup (side_columns[c]);
        append_field (line, column);
      }
  g_string_append_printf (buffer, "%s\n", line->str);

  for (int year = first_year; year <= last_year; year++)
    {
      g_autoptr (GArray) rows = state_years (self, year);
      g_autofree char *year_text = g_strdup_printf ("%d", year);

      for (guint i = 0; i < rows->len; i++)
        for (guint j = dyads ? i + 1 : i; j < (dyads ? rows->len : i + 1); j++)
          {
            g_string_truncate (line, 0);
            append_field (line, year_text);
            append_side (line, &g_array_index (rows, StateYear, i));
            if (dyads)
              append_side (line, &g_array_index (rows, StateYear, j));
            g_string_append_printf (buffer, "%s\n", line->str);
            if (!flush (stream, buffer, FALSE, cancellable, error))
              return FALSE;
          }
    }
  return flush (stream, buffer, TRUE, cancellable, error);
}
