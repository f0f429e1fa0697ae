/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* bilateral state: what a code, id or name meant, with the state's codes,
 * existence and succession. */
#include <stdio.h>
#include <string.h>

#include "bilateral-cli.h"

static const char *
kind_name (BilateralSuccessionKind kind)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (BILATERAL_TYPE_SUCCESSION_KIND);
  return g_enum_get_value (klass, kind)->value_nick;
}

static void
print_links (BilateralRegistry *reg, GListModel *links, gboolean predecessors, const char *heading)
{
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr (BilateralSuccession) link = g_list_model_get_item (links, i);
      const char *id = predecessors ? bilateral_succession_get_predecessor_id (link)
                                    : bilateral_succession_get_successor_id (link);
      BilateralState *other = bilateral_registry_lookup_id (reg, id);
      g_autofree char *when = bilateral_succession_get_date (link)
                                ? bilateral_date_to_string (bilateral_succession_get_date (link))
                                : g_strdup ("?");

      printf ("  %-13s %s (%s), %s, %s\n", i == 0 ? heading : "", other ? bilateral_actor_get_name (BILATERAL_ACTOR (other)) : id,
              id, kind_name (bilateral_succession_get_kind (link)), when);
    }
}

/* Reads CODE as a code of some scheme (at the date), a registry id, or a name. */
static BilateralState *
find_state (BilateralRegistry *reg, const char *code, const char *scheme_name, BilateralDate *at, GError **error)
{
  BilateralCodeScheme scheme;
  BilateralState *state;
  g_autoptr (GError) first_error = NULL;

  if (scheme_name)
    {
      if (!bilateral_code_scheme_from_string (scheme_name, &scheme))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       "“%s” is not a scheme: iso2, iso3, isonum, cow, cow-letters, gw, gw-letters, cameo", scheme_name);
          return NULL;
        }
      return bilateral_registry_resolve (reg, code, scheme, at, error);
    }
  for (guint s = 0; s < BILATERAL_N_CODE_SCHEMES; s++)
    {
      g_autoptr (GError) local = NULL;
      if ((state = bilateral_registry_resolve (reg, code, s, at, &local)))
        return state;
      /* Keep the most telling error: one that says when the code did mean a state. */
      if (first_error == NULL || (strstr (local->message, "meant no state") && !strstr (first_error->message, "meant no state")))
        {
          g_clear_error (&first_error);
          first_error = g_steal_pointer (&local);
        }
    }
  if ((state = bilateral_registry_lookup_id (reg, code)) || (state = bilateral_registry_lookup_name (reg, code)))
    return state;
  if (first_error && strstr (first_error->message, "meant no state"))
    g_propagate_error (error, g_steal_pointer (&first_error));
  else
    g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_NOT_FOUND, "no state has the id, code or name “%s”", code);
  return NULL;
}

int
bilateral_command_state (int argc, char **argv)
{
  g_autofree char *at_text = NULL;
  g_autofree char *scheme_name = NULL;
  GOptionEntry entries[] = {
    { "at", 'a', 0, G_OPTION_ARG_STRING, &at_text, "The date the code was used (EDTF; default: today)", "DATE" },
    { "scheme", 's', 0, G_OPTION_ARG_STRING, &scheme_name,
      "Read CODE in this scheme: iso2, iso3, isonum, cow, cow-letters, gw, gw-letters, cameo (default: any)", "S" },
    { NULL },
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("CODE");
  g_autoptr (GError) error = NULL;
  g_autoptr (BilateralDate) at = NULL;
  BilateralRegistry *reg = bilateral_registry_get_default ();
  BilateralState *state;
  BilateralActor *actor;
  const char *const *aliases;
  GPtrArray *spells;
  GString *line;

  g_option_context_set_summary (context, "Show the state a code, registry id or name meant, with its codes at that date, "
                                         "its existence and its succession.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("bilateral state: %s\n", error ? error->message : "give one code (see bilateral state --help)");
      return 2;
    }
  if (at_text && !(at = bilateral_date_parse (at_text, &error)))
    {
      g_printerr ("bilateral state: --at: %s\n", error->message);
      return 2;
    }
  state = find_state (reg, argv[1], scheme_name, at, &error);
  if (state == NULL)
    {
      g_printerr ("bilateral state: %s\n", error->message);
      return g_error_matches (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE) ? 2 : 1;
    }

  actor = BILATERAL_ACTOR (state);
  printf ("%s (%s)%s\n", bilateral_actor_get_name (actor), bilateral_actor_get_id (actor),
          bilateral_registry_is_microstate (reg, state) ? ", a microstate" : "");
  aliases = bilateral_actor_get_aliases (actor);
  if (aliases[0])
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) aliases);
      g_autofree char *text = g_strconcat ("  also known as ", joined, NULL);
      bilateral_cli_print_wrapped (text, 2, bilateral_cli_width (0));
    }
  spells = bilateral_state_get_spells (state);
  line = g_string_new ("  existed      ");
  for (guint i = 0; i < spells->len; i++)
    {
      g_autofree char *spell = bilateral_date_to_string (g_ptr_array_index (spells, i));
      g_string_append_printf (line, "%s%s", i ? ", " : "", spell);
    }
  printf ("%s\n", line->str);
  g_string_free (line, TRUE);

  {
    g_autofree char *when = at ? bilateral_date_to_string (at) : g_strdup ("today");
    printf ("  codes, %s:\n", at ? when : "latest");
    for (guint s = 0; s < BILATERAL_N_CODE_SCHEMES; s++)
      {
        const char *code = bilateral_registry_get_code (reg, state, s, at);
        printf ("    %-12s %s\n", bilateral_code_scheme_to_string (s), code ? code : "—");
      }
  }
  print_links (reg, bilateral_state_get_predecessors (state), TRUE, "came from");
  print_links (reg, bilateral_state_get_successors (state), FALSE, "followed by");
  return 0;
}
