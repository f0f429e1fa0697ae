/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bilateral-registry-private.h"

/**
 * BilateralRegistry:
 *
 * The world's states and their codes, with the dates each code meant each
 * state and who succeeded whom: the one conversion layer between ISO 3166,
 * Correlates of War, Gleditsch–Ward and CAMEO codes.
 *
 * The registry joins the Correlates of War state system membership list
 * (v2016) and the Gleditsch–Ward list of independent states (with its
 * microstates) with the ISO 3166-1 and ISO 3166-3 codes of Debian's
 * iso-codes, through libbilateral's own table of which codes each state
 * held when. It knows the cases that trip users up: COW and G-W number
 * both the USSR and the Russian Federation 365; ISO withdrew `SUN`; COW
 * numbers Germany 255, 260 and 265 where G-W keeps 260 for the Federal
 * Republic before and after unification; Yemen is 679 in COW and 678 in
 * G-W; Serbia is 345 in COW and 340 in G-W; COW's 970 is Nauru but G-W's
 * is Kiribati.
 *
 * A code given with a date resolves to the state it meant then
 * (bilateral_registry_resolve()), by the rule of its scheme. COW and
 * Gleditsch–Ward codes mean a state only within its membership spells:
 * COW 20 in 1919 is no state, though Canada existed. ISO and CAMEO codes
 * of a state that did not exist on that date resolve to the state of its
 * line of continuation that did: ISO `RUS` in 1970 is the USSR.
 * bilateral_registry_resolve_full() chooses the rule.
 *
 * The registry is built once, at first use, and never changes.
 */

struct _BilateralRegistry {
  GObject parent_instance;
  GListStore *states;
  GListModel *states_view;                       /* what the getter gives */
  GHashTable *by_id;                             /* id → state */
  GHashTable *by_code[BILATERAL_N_CODE_SCHEMES]; /* code → GPtrArray of assignments */
  GHashTable *by_state;                          /* state → GPtrArray of assignments */
  GHashTable *microstates;                       /* set of states */
  BilateralNameIndex *names;
  JsonArray *pending_names; /* the compiled names, until the index is built */
  GOnce names_once;         /* the index is built at the first name looked up */
};

G_DEFINE_FINAL_TYPE (BilateralRegistry, bilateral_registry, G_TYPE_OBJECT)

#define REGISTRY_RESOURCE "/org/libbilateral/registry.json"

static void
assignment_free (BilateralAssignment *a)
{
  g_free (a->code);
  g_free (a);
}

static void
bilateral_registry_finalize (GObject *object)
{
  BilateralRegistry *self = BILATERAL_REGISTRY (object);

  for (guint s = 0; s < BILATERAL_N_CODE_SCHEMES; s++)
    g_clear_pointer (&self->by_code[s], g_hash_table_unref);
  g_clear_pointer (&self->by_state, g_hash_table_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->microstates, g_hash_table_unref);
  g_clear_pointer (&self->names, _bilateral_name_index_free);
  g_clear_pointer (&self->pending_names, json_array_unref);
  g_clear_object (&self->states_view);
  g_clear_object (&self->states);
  G_OBJECT_CLASS (bilateral_registry_parent_class)->finalize (object);
}

static void
bilateral_registry_class_init (BilateralRegistryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bilateral_registry_finalize;
}

static void
bilateral_registry_init (BilateralRegistry *self)
{
  self->states = g_list_store_new (BILATERAL_TYPE_STATE);
  self->states_view = _bilateral_list_view_new (G_LIST_MODEL (self->states));
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint s = 0; s < BILATERAL_N_CODE_SCHEMES; s++)
    self->by_code[s] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  self->by_state = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->microstates = g_hash_table_new (NULL, NULL);
  self->names = _bilateral_name_index_new ();
  self->names_once = (GOnce) G_ONCE_INIT;
}

/* Codes as the registry stores them: numbers without leading zeros for COW
 * and G-W, three digits for ISO numeric, letters in upper case. */
static char *
normalize_code (BilateralCodeScheme scheme, const char *code)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (code));

  switch (scheme)
    {
    case BILATERAL_CODE_SCHEME_COW:
    case BILATERAL_CODE_SCHEME_GW:
      {
        const char *p = trimmed;
        while (p[0] == '0' && p[1] != '\0')
          p++;
        return g_strdup (p);
      }
    case BILATERAL_CODE_SCHEME_ISO_NUMERIC:
      if (strlen (trimmed) < 3 && strspn (trimmed, "0123456789") == strlen (trimmed) && *trimmed)
        return g_strdup_printf ("%03d", atoi (trimmed));
      return g_steal_pointer (&trimmed);
    default: return g_ascii_strup (trimmed, -1);
    }
}

static void
add_name (BilateralRegistry *self, const char *name, BilateralState *state)
{
  _bilateral_name_index_add (self->names, name, state, 0, BILATERAL_DAY_OPEN_START, BILATERAL_DAY_OPEN_END);
}

static gint32
day_or (const char *text, gint32 open)
{
  int y, m, d;

  if (text == NULL || sscanf (text, "%d-%d-%d", &y, &m, &d) != 3)
    return open;
  return bilateral_date_day_from_ymd (y, m, d);
}

static BilateralDate *
span_date (const char *first, const char *last)
{
  g_autofree char *text = g_strdup_printf ("%s/%s", first ? first : "..", last ? last : "..");
  return bilateral_date_parse (text, NULL);
}

static BilateralStateStatus
status_of (const char *nick)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (BILATERAL_TYPE_STATE_STATUS);
  GEnumValue *value = g_enum_get_value_by_nick (klass, nick);

  if (value == NULL)
    g_critical ("The registry gives an unknown status “%s”", nick);
  return value ? (BilateralStateStatus) value->value : BILATERAL_STATE_STATUS_SOVEREIGN;
}

static void
add_state (BilateralRegistry *self, JsonObject *o)
{
  JsonArray *spells = json_object_get_array_member (o, "spells");
  JsonArray *codes = json_object_get_array_member (o, "codes");
  JsonArray *aliases = json_object_get_array_member (o, "aliases");
  guint n_spells = json_array_get_length (spells);
  g_autoptr (GPtrArray) spell_dates = g_ptr_array_new_with_free_func ((GDestroyNotify) bilateral_date_unref);
  g_autoptr (GStrvBuilder) alias_builder = g_strv_builder_new ();
  g_auto (GStrv) alias_list = NULL;
  const char *latest[BILATERAL_N_CODE_SCHEMES] = { NULL };
  gint32 latest_day[BILATERAL_N_CODE_SCHEMES];
  g_autoptr (BilateralDate) existence = NULL;
  GPtrArray *own;
  BilateralState *state;
  const char *names[BILATERAL_N_CODE_SCHEMES + 5];
  GValue values[BILATERAL_N_CODE_SCHEMES + 5] = { G_VALUE_INIT };
  guint n = 0;

  for (guint i = 0; i < n_spells; i++)
    {
      JsonArray *s = json_array_get_array_element (spells, i);
      g_ptr_array_add (
        spell_dates, span_date (json_node_is_null (json_array_get_element (s, 0)) ? NULL : json_array_get_string_element (s, 0),
                                json_node_is_null (json_array_get_element (s, 1)) ? NULL : json_array_get_string_element (s, 1)));
    }
  /* An entry with no spells is one whose dates no source gives: no existence. */
  if (n_spells > 0)
    {
      JsonArray *first = json_array_get_array_element (spells, 0);
      JsonArray *last = json_array_get_array_element (spells, n_spells - 1);
      existence = span_date (
        json_node_is_null (json_array_get_element (first, 0)) ? NULL : json_array_get_string_element (first, 0),
        json_node_is_null (json_array_get_element (last, 1)) ? NULL : json_array_get_string_element (last, 1));
    }
  for (guint i = 0; i < json_array_get_length (aliases); i++)
    g_strv_builder_add (alias_builder, json_array_get_string_element (aliases, i));
  alias_list = g_strv_builder_end (alias_builder);

  /* A state's own codes are the latest it held in each scheme. */
  for (guint s = 0; s < BILATERAL_N_CODE_SCHEMES; s++)
    latest_day[s] = G_MININT32;
  for (guint i = 0; i < json_array_get_length (codes); i++)
    {
      JsonArray *c = json_array_get_array_element (codes, i);
      BilateralCodeScheme scheme;
      gint32 first = day_or (json_node_is_null (json_array_get_element (c, 2)) ? NULL : json_array_get_string_element (c, 2),
                             BILATERAL_DAY_OPEN_START);
      if (!bilateral_code_scheme_from_string (json_array_get_string_element (c, 0), &scheme))
        continue;
      if (first >= latest_day[scheme])
        {
          latest_day[scheme] = first;
          latest[scheme] = json_array_get_string_element (c, 1);
        }
    }

  names[n] = "id";
  g_value_init (&values[n], G_TYPE_STRING);
  g_value_set_string (&values[n++], json_object_get_string_member (o, "id"));
  names[n] = "name";
  g_value_init (&values[n], G_TYPE_STRING);
  g_value_set_string (&values[n++], json_object_get_string_member (o, "name"));
  names[n] = "existence";
  g_value_init (&values[n], BILATERAL_TYPE_DATE);
  g_value_set_boxed (&values[n++], existence);
  names[n] = "aliases";
  g_value_init (&values[n], G_TYPE_STRV);
  g_value_set_boxed (&values[n++], alias_list);
  names[n] = "status";
  g_value_init (&values[n], BILATERAL_TYPE_STATE_STATUS);
  g_value_set_enum (&values[n++], status_of (json_object_get_string_member (o, "status")));
  for (guint s = 0; s < BILATERAL_N_CODE_SCHEMES; s++)
    if (latest[s])
      {
        names[n] = bilateral_code_scheme_to_string (s);
        g_value_init (&values[n], G_TYPE_STRING);
        g_value_set_string (&values[n++], latest[s]);
      }
  state = BILATERAL_STATE (g_object_new_with_properties (BILATERAL_TYPE_STATE, n, names, values));
  for (guint i = 0; i < n; i++)
    g_value_unset (&values[i]);
  _bilateral_state_set_spells (state, spell_dates);

  g_list_store_append (self->states, state);
  g_hash_table_insert (self->by_id, (gpointer) bilateral_actor_get_id (BILATERAL_ACTOR (state)), state);
  if (json_object_get_boolean_member (o, "microstate"))
    g_hash_table_add (self->microstates, state);

  own = g_ptr_array_new ();
  g_hash_table_insert (self->by_state, state, own);
  for (guint i = 0; i < json_array_get_length (codes); i++)
    {
      JsonArray *c = json_array_get_array_element (codes, i);
      BilateralAssignment *a = g_new0 (BilateralAssignment, 1);
      GPtrArray *holders;

      if (!bilateral_code_scheme_from_string (json_array_get_string_element (c, 0), &a->scheme))
        {
          g_free (a);
          continue;
        }
      a->state = state;
      a->code = g_strdup (json_array_get_string_element (c, 1));
      a->first = day_or (json_node_is_null (json_array_get_element (c, 2)) ? NULL : json_array_get_string_element (c, 2),
                         BILATERAL_DAY_OPEN_START);
      a->last = day_or (json_node_is_null (json_array_get_element (c, 3)) ? NULL : json_array_get_string_element (c, 3),
                        BILATERAL_DAY_OPEN_END);
      holders = g_hash_table_lookup (self->by_code[a->scheme], a->code);
      if (holders == NULL)
        {
          holders = g_ptr_array_new_with_free_func ((GDestroyNotify) assignment_free);
          g_hash_table_insert (self->by_code[a->scheme], g_strdup (a->code), holders);
        }
      g_ptr_array_add (holders, a);
      g_ptr_array_add (own, a);
    }
}

/* [name, id, tier, from, to]: the abbreviations, former names and
 * translations the build compiled from its sources. */
static void
add_names (BilateralRegistry *self, JsonArray *names)
{
  for (guint i = 0; names && i < json_array_get_length (names); i++)
    {
      JsonArray *n = json_array_get_array_element (names, i);
      BilateralState *state = g_hash_table_lookup (self->by_id, json_array_get_string_element (n, 1));
      JsonNode *from = json_array_get_element (n, 3), *to = json_array_get_element (n, 4);

      if (state == NULL)
        {
          g_critical ("The registry names an entry it does not have: %s", json_array_get_string_element (n, 1));
          continue;
        }
      _bilateral_name_index_add (self->names, json_array_get_string_element (n, 0), state,
                                 (guint) json_array_get_int_element (n, 2),
                                 day_or (json_node_is_null (from) ? NULL : json_node_get_string (from), BILATERAL_DAY_OPEN_START),
                                 day_or (json_node_is_null (to) ? NULL : json_node_get_string (to), BILATERAL_DAY_OPEN_END));
    }
}

static void
add_succession (BilateralRegistry *self, JsonArray *s)
{
  g_autoptr (GEnumClass) kinds = g_type_class_ref (BILATERAL_TYPE_SUCCESSION_KIND);
  GEnumValue *kind = g_enum_get_value_by_nick (kinds, json_array_get_string_element (s, 2));
  g_autoptr (BilateralDate) date = bilateral_date_parse (json_array_get_string_element (s, 3), NULL);
  BilateralState *pred = g_hash_table_lookup (self->by_id, json_array_get_string_element (s, 0));
  BilateralState *succ = g_hash_table_lookup (self->by_id, json_array_get_string_element (s, 1));
  g_autoptr (BilateralSuccession) link = NULL;

  if (!kind || !pred || !succ)
    {
      g_critical ("The registry's succession of %s by %s is broken", json_array_get_string_element (s, 0),
                  json_array_get_string_element (s, 1));
      return;
    }
  link = bilateral_succession_new (json_array_get_string_element (s, 0), json_array_get_string_element (s, 1), kind->value, date);
  _bilateral_state_add_successor (pred, link);
  _bilateral_state_add_predecessor (succ, link);
}

static gpointer
registry_load (gpointer unused)
{
  BilateralRegistry *self = g_object_new (BILATERAL_TYPE_REGISTRY, NULL);
  g_autoptr (GBytes) bytes = g_resources_lookup_data (REGISTRY_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  g_autoptr (GError) error = NULL;
  JsonObject *root;
  JsonArray *states, *successions;

  if (bytes == NULL || !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
    {
      g_critical ("The registry of states could not be read: %s", error ? error->message : "not compiled in");
      return self;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  states = json_object_get_array_member (root, "states");
  successions = json_object_get_array_member (root, "successions");
  for (guint i = 0; i < json_array_get_length (states); i++)
    add_state (self, json_array_get_object_element (states, i));
  for (guint i = 0; i < json_array_get_length (successions); i++)
    add_succession (self, json_array_get_array_element (successions, i));

  /* Tens of thousands of names: indexed only when one is first looked up. */
  if (json_object_has_member (root, "names"))
    self->pending_names = json_array_ref (json_object_get_array_member (root, "names"));
  return self;
}

static gpointer
build_names (gpointer data)
{
  BilateralRegistry *self = data;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->states));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BilateralActor) state = g_list_model_get_item (G_LIST_MODEL (self->states), i);
      const char *const *aliases = bilateral_actor_get_aliases (state);
      add_name (self, bilateral_actor_get_name (state), BILATERAL_STATE (state));
      for (guint a = 0; aliases[a]; a++)
        add_name (self, aliases[a], BILATERAL_STATE (state));
    }
  add_names (self, self->pending_names);
  g_clear_pointer (&self->pending_names, json_array_unref);
  return self->names;
}

/**
 * bilateral_registry_get_default:
 *
 * The registry of the world's states, built at the first call.
 *
 * Returns: (transfer none): the registry
 */
BilateralRegistry *
bilateral_registry_get_default (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, registry_load, NULL);
}

/**
 * bilateral_registry_get_states:
 * @self: the registry
 *
 * Gets every state of the registry, in the order of its table: the states
 * of today first, by their COW number, then those that ended.
 *
 * Returns: (transfer none): a #GListModel of #BilateralState
 */
GListModel *
bilateral_registry_get_states (BilateralRegistry *self)
{
  g_return_val_if_fail (BILATERAL_IS_REGISTRY (self), NULL);
  return self->states_view;
}

/**
 * bilateral_registry_lookup_id:
 * @self: the registry
 * @id: a registry id: the ISO alpha-3 code of a state that has one
 *   (`PAK`, `SUN`), else a name such as `russian-empire`
 *
 * Finds a state by its registry id.
 *
 * Returns: (transfer none) (nullable): the state, or %NULL
 */
BilateralState *
bilateral_registry_lookup_id (BilateralRegistry *self, const char *id)
{
  g_return_val_if_fail (BILATERAL_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->by_id, id);
}

/**
 * bilateral_registry_is_microstate:
 * @self: the registry
 * @state: a state of the registry
 *
 * Checks whether the Gleditsch–Ward list counts @state among its
 * microstates (population under 250,000).
 *
 * Returns: whether @state is a microstate
 */
gboolean
bilateral_registry_is_microstate (BilateralRegistry *self, BilateralState *state)
{
  g_return_val_if_fail (BILATERAL_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (BILATERAL_IS_STATE (state), FALSE);
  return g_hash_table_contains (self->microstates, state);
}

GPtrArray *
_bilateral_registry_assignments_of (BilateralRegistry *self, BilateralState *state)
{
  return g_hash_table_lookup (self->by_state, state);
}

gint64
_bilateral_registry_days_existing (BilateralState *state, gint64 first, gint64 last)
{
  GPtrArray *spells = bilateral_state_get_spells (state);
  gint64 days = 0;

  for (guint i = 0; i < spells->len; i++)
    {
      BilateralDate *spell = g_ptr_array_index (spells, i);
      days += _bilateral_overlap (first, last, bilateral_date_get_earliest_day (spell), bilateral_date_get_latest_day (spell));
    }
  return days;
}

/* The state @state continues, if any. */
BilateralState *
_bilateral_registry_continued (BilateralRegistry *self, BilateralState *state)
{
  GListModel *links = bilateral_state_get_predecessors (state);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr (BilateralSuccession) link = g_list_model_get_item (links, i);
      if (bilateral_succession_get_kind (link) == BILATERAL_SUCCESSION_CONTINUATION)
        return g_hash_table_lookup (self->by_id, bilateral_succession_get_predecessor_id (link));
    }
  return NULL;
}

/* The days a date covers; no date means today. */
static void
date_span (const BilateralDate *date, gint64 *first, gint64 *last)
{
  if (date == NULL)
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
      *first = *last = bilateral_date_day_from_ymd (g_date_time_get_year (now), g_date_time_get_month (now),
                                                    g_date_time_get_day_of_month (now));
      return;
    }
  *first = bilateral_date_get_earliest_day (date);
  *last = bilateral_date_get_latest_day (date);
}

static char *
date_text (const BilateralDate *date)
{
  return date ? bilateral_date_to_string (date) : g_strdup ("today");
}

static char *
day_text (gint32 day)
{
  int y, m, d;

  bilateral_date_ymd_from_day (day, &y, &m, &d);
  return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
}

/* How schemes are named in messages. */
static const char *
scheme_label (BilateralCodeScheme scheme)
{
  static const char *const labels[BILATERAL_N_CODE_SCHEMES] = {
    "ISO alpha-2", "ISO alpha-3", "ISO numeric", "COW", "COW letter", "G-W", "G-W letter", "CAMEO",
  };
  return labels[scheme];
}

/* "Afghanistan's from 1919-08-08 and …": when a code did mean a state,
 * joining the spans of one state that follow each other. */
static void
append_holdings (GString *text, GPtrArray *holders)
{
  for (guint i = 0; i < holders->len;)
    {
      BilateralAssignment *a = g_ptr_array_index (holders, i);
      gint32 last = a->last;
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;

      for (i++; i < holders->len; i++)
        {
          BilateralAssignment *next = g_ptr_array_index (holders, i);
          if (next->state != a->state || last == BILATERAL_DAY_OPEN_END || next->first != last + 1)
            break;
          last = next->last;
        }
      from = a->first == BILATERAL_DAY_OPEN_START ? NULL : day_text (a->first);
      to = last == BILATERAL_DAY_OPEN_END ? NULL : day_text (last);
      if (text->str[text->len - 1] != ' ')
        g_string_append (text, i == holders->len ? " and " : ", ");
      g_string_append_printf (text, "%s's", bilateral_actor_get_name (BILATERAL_ACTOR (a->state)));
      if (from)
        g_string_append_printf (text, " from %s", from);
      if (to)
        g_string_append_printf (text, " to %s", to);
    }
}

/* The state of @start's line of continuation (both ways) that most existed in the span. */
static BilateralState *
follow_continuations (BilateralRegistry *self, BilateralState *start, gint64 first, gint64 last, gint64 *best_days)
{
  g_autoptr (GPtrArray) queue = g_ptr_array_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);
  BilateralState *best = NULL;

  g_ptr_array_add (queue, start);
  g_hash_table_add (seen, start);
  for (guint i = 0; i < queue->len; i++)
    {
      BilateralState *state = g_ptr_array_index (queue, i);
      GListModel *lists[] = { bilateral_state_get_predecessors (state), bilateral_state_get_successors (state) };
      gint64 days = _bilateral_registry_days_existing (state, first, last);

      if (days > *best_days)
        {
          best = state;
          *best_days = days;
        }
      for (guint l = 0; l < 2; l++)
        for (guint k = 0; k < g_list_model_get_n_items (lists[l]); k++)
          {
            g_autoptr (BilateralSuccession) link = g_list_model_get_item (lists[l], k);
            BilateralState *next;

            if (bilateral_succession_get_kind (link) != BILATERAL_SUCCESSION_CONTINUATION)
              continue;
            next = g_hash_table_lookup (self->by_id, l == 0 ? bilateral_succession_get_predecessor_id (link)
                                                            : bilateral_succession_get_successor_id (link));
            if (next && g_hash_table_add (seen, next))
              g_ptr_array_add (queue, next);
          }
    }
  return best;
}

/* The entries a name may mean: those of the best tier of its key; at
 * @date, those that applied then (a dated name within its dates, any other
 * while its entry existed), or else the states of their lines of
 * continuation that existed. Each state once, in the index's order. */
static GPtrArray *
name_candidates (BilateralRegistry *self, const char *name, const BilateralDate *date)
{
  GArray *entries = _bilateral_name_index_lookup (g_once (&self->names_once, build_names, self), name);
  GPtrArray *out = g_ptr_array_new ();
  guint best = G_MAXUINT;
  gboolean any_undated = FALSE;
  gint64 first = 0, last = 0;

  if (entries == NULL)
    return out;
  for (guint i = 0; i < entries->len; i++)
    {
      BilateralNameEntry *e = &g_array_index (entries, BilateralNameEntry, i);
      best = MIN (best, e->tier);
    }
  for (guint i = 0; i < entries->len; i++)
    {
      BilateralNameEntry *e = &g_array_index (entries, BilateralNameEntry, i);
      any_undated |= e->tier == best && e->first == BILATERAL_DAY_OPEN_START && e->last == BILATERAL_DAY_OPEN_END;
    }
  if (date)
    date_span (date, &first, &last);
  for (guint i = 0; i < entries->len; i++)
    {
      BilateralNameEntry *e = &g_array_index (entries, BilateralNameEntry, i);
      gboolean dated = e->first != BILATERAL_DAY_OPEN_START || e->last != BILATERAL_DAY_OPEN_END;
      BilateralDate *existence = bilateral_actor_get_existence (BILATERAL_ACTOR (e->state));

      if (e->tier != best || g_ptr_array_find (out, e->state, NULL))
        continue;
      /* Without a date, a name's lasting meanings before those it had for a while. */
      if (!date && dated && any_undated)
        continue;
      if (date && dated && _bilateral_overlap (first, last, e->first, e->last) == 0)
        continue;
      if (date && !dated && existence && _bilateral_registry_days_existing (e->state, first, last) == 0)
        continue;
      g_ptr_array_add (out, e->state);
    }
  /* "Russia" in 1970: the Russian Federation's line, the USSR then. */
  for (guint i = 0; date && out->len == 0 && i < entries->len; i++)
    {
      BilateralNameEntry *e = &g_array_index (entries, BilateralNameEntry, i);
      gint64 days = 0;
      BilateralState *line = e->tier == best ? follow_continuations (self, e->state, first, last, &days) : NULL;
      if (line && !g_ptr_array_find (out, line, NULL))
        g_ptr_array_add (out, line);
    }
  return out;
}

/**
 * bilateral_registry_lookup_name:
 * @self: the registry
 * @name: a name: "Soviet Union", "USSR", "Burma", "côte d'ivoire",
 *   "Korea, Rep.", "Bangladesch"
 *
 * Finds the entry a name means, however it is written: in any case, with
 * or without accents, with any apostrophe or dash, `&` for "and", with
 * ISO's parentheses and comma inversions ("Bolivia (Plurinational State
 * of)", "Congo (the)", "Korea, Republic of"), as an abbreviation ("USA",
 * "UAE", "DPRK"), a former name ("Gold Coast", "Zaire") or a name in
 * another language (from iso-codes and CLDR). An English name outranks a
 * translation. See bilateral_registry_lookup_name_at() for names whose
 * meaning moved.
 *
 * A name that fits several entries ("Congo", "Korea", "Guinea",
 * "Micronesia") is not guessed: this gives %NULL, and
 * bilateral_registry_lookup_names() gives every candidate.
 *
 * Returns: (transfer none) (nullable): the entry, or %NULL if the name is
 *   unknown or ambiguous
 */
BilateralState *
bilateral_registry_lookup_name (BilateralRegistry *self, const char *name)
{
  return bilateral_registry_lookup_name_at (self, name, NULL);
}

/**
 * bilateral_registry_lookup_name_at:
 * @self: the registry
 * @name: a name, as bilateral_registry_lookup_name() takes it
 * @date: (nullable): when the name was used; %NULL for any time
 *
 * Finds the entry a name meant at @date: a former name within the dates it
 * applied ("Yugoslavia" in 1980 is the Socialist Federal Republic, in 2005
 * Serbia and Montenegro), any other name while its entry existed; where
 * none existed then, the entry of its line of continuation that did
 * ("Russia" in 1970 is the USSR).
 *
 * Returns: (transfer none) (nullable): the entry, or %NULL if the name is
 *   unknown, or fits several entries at @date
 */
BilateralState *
bilateral_registry_lookup_name_at (BilateralRegistry *self, const char *name, const BilateralDate *date)
{
  g_autoptr (GPtrArray) candidates = NULL;

  g_return_val_if_fail (BILATERAL_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  candidates = name_candidates (self, name, date);
  return candidates->len == 1 ? g_ptr_array_index (candidates, 0) : NULL;
}

/**
 * bilateral_registry_lookup_names:
 * @self: the registry
 * @name: a name, as bilateral_registry_lookup_name() takes it
 *
 * Finds every entry a name may mean, as bilateral_registry_lookup_name()
 * weighs them: one for most names, several for "Congo" (the Republic and
 * the Democratic Republic) or "Korea", none for a name the registry does
 * not know. A name's lasting meanings come before those it had for a
 * while: "Yugoslavia" is the Socialist Federal Republic, whose name it
 * was; bilateral_registry_lookup_name_at() finds Serbia and Montenegro in
 * 2005.
 *
 * Returns: (transfer full): a #GListModel of #BilateralState
 */
GListModel *
bilateral_registry_lookup_names (BilateralRegistry *self, const char *name)
{
  g_autoptr (GPtrArray) candidates = NULL;
  GListStore *store;

  g_return_val_if_fail (BILATERAL_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  store = g_list_store_new (BILATERAL_TYPE_STATE);
  candidates = name_candidates (self, name, NULL);
  g_list_store_splice (store, 0, 0, candidates->pdata, candidates->len);
  return G_LIST_MODEL (store);
}

/* Whether a scheme's codes follow the line of continuation by default. */
static gboolean
scheme_follows (BilateralCodeScheme scheme)
{
  switch (scheme)
    {
    case BILATERAL_CODE_SCHEME_COW:
    case BILATERAL_CODE_SCHEME_COW_LETTERS:
    case BILATERAL_CODE_SCHEME_GW:
    case BILATERAL_CODE_SCHEME_GW_LETTERS: return FALSE; /* a membership list's code means a member, and only then */
    case BILATERAL_CODE_SCHEME_ISO_ALPHA2:
    case BILATERAL_CODE_SCHEME_ISO_ALPHA3:
    case BILATERAL_CODE_SCHEME_ISO_NUMERIC:
    case BILATERAL_CODE_SCHEME_CAMEO:
    default: return TRUE; /* GDELT codes the USSR's rows RUS */
    }
}

/**
 * bilateral_registry_resolve:
 * @self: the registry
 * @code: a code in @scheme: `RUS`, `365`, `"004"` (or `4`)
 * @scheme: the scheme of @code
 * @date: (nullable): when the code was used; %NULL for today
 * @error: return location for a #GError
 *
 * Finds the state @code meant at @date, by the rule of its scheme:
 * bilateral_registry_resolve_full() with %BILATERAL_RESOLVE_DEFAULT. When
 * @date covers several days (`1991`), the state that held the code for
 * most of them wins.
 *
 * A COW or Gleditsch–Ward code means a state only while the state was a
 * member of that list: COW 20 in 1919 is an error (Canada's membership
 * begins in 1920), and so is COW 255 in 1980 (Germany was 260 then). An ISO
 * or CAMEO code of a state that did not exist at @date gives the state of
 * its line of continuation that did: ISO `RUS` in 1970 is the USSR, which
 * the Russian Federation continues, as GDELT codes it. Letter codes may be
 * given in any case.
 *
 * The error is %BILATERAL_ERROR_NOT_FOUND, naming the code and the date
 * and, where the code meant a state at other times, when that was.
 *
 * Returns: (transfer none): the state, or %NULL with @error set
 */
BilateralState *
bilateral_registry_resolve (BilateralRegistry *self, const char *code, BilateralCodeScheme scheme, const BilateralDate *date,
                            GError **error)
{
  return bilateral_registry_resolve_full (self, code, scheme, date, BILATERAL_RESOLVE_DEFAULT, error);
}

/**
 * bilateral_registry_resolve_full:
 * @self: the registry
 * @code: a code in @scheme
 * @scheme: the scheme of @code
 * @date: (nullable): when the code was used; %NULL for today
 * @flags: how to read a code outside the dates it was held
 * @error: return location for a #GError
 *
 * Finds the state @code meant at @date, as bilateral_registry_resolve()
 * does, with the rule @flags chooses: %BILATERAL_RESOLVE_STRICT takes only
 * the state that held exactly that code then (ISO `SUN` in 1995 is an
 * error), %BILATERAL_RESOLVE_FOLLOW_CONTINUATION follows the line of
 * continuation in every scheme (COW 365 in 1920, before the USSR's
 * membership, is the USSR). The two together are an error,
 * %BILATERAL_ERROR_INVALID.
 *
 * Returns: (transfer none): the state, or %NULL with @error set
 */
BilateralState *
bilateral_registry_resolve_full (BilateralRegistry *self, const char *code, BilateralCodeScheme scheme, const BilateralDate *date,
                                 BilateralResolveFlags flags, GError **error)
{
  g_autofree char *normal = NULL;
  g_autofree char *when = NULL;
  g_autofree char *shown = NULL;
  GPtrArray *holders;
  BilateralState *best = NULL;
  gint64 first, last, best_days = 0;
  gboolean follow;
  GString *message;

  g_return_val_if_fail (BILATERAL_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail ((guint) scheme < BILATERAL_N_CODE_SCHEMES, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((flags & BILATERAL_RESOLVE_STRICT) && (flags & BILATERAL_RESOLVE_FOLLOW_CONTINUATION))
    {
      g_set_error_literal (error, BILATERAL_ERROR, BILATERAL_ERROR_INVALID,
                           "a code is resolved strictly or by its line of continuation, not both");
      return NULL;
    }
  follow = flags & BILATERAL_RESOLVE_STRICT                ? FALSE
           : flags & BILATERAL_RESOLVE_FOLLOW_CONTINUATION ? TRUE
                                                           : scheme_follows (scheme);
  normal = normalize_code (scheme, code);
  holders = g_hash_table_lookup (self->by_code[scheme], normal);
  when = date_text (date);
  shown = _bilateral_printable (code, -1);
  if (holders == NULL)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_NOT_FOUND, "no state ever had the %s code “%s” (asked for %s)",
                   scheme_label (scheme), shown, when);
      return NULL;
    }

  date_span (date, &first, &last);
  for (guint i = 0; i < holders->len; i++)
    {
      BilateralAssignment *a = g_ptr_array_index (holders, i);
      gint64 days = _bilateral_overlap (first, last, a->first, a->last);
      if (days > best_days)
        {
          best = a->state;
          best_days = days;
        }
    }
  for (guint i = 0; follow && best == NULL && i < holders->len; i++)
    {
      BilateralAssignment *a = g_ptr_array_index (holders, i);
      best = follow_continuations (self, a->state, first, last, &best_days);
    }
  if (best)
    return best;

  message = g_string_new (NULL);
  g_string_append_printf (message, "the %s code “%s” meant no state on %s: it was ", scheme_label (scheme), shown, when);
  append_holdings (message, holders);
  /* By default, only a membership list's code does not follow the line. */
  if (!follow && !(flags & BILATERAL_RESOLVE_STRICT))
    g_string_append (message, " (a membership list's code means a member only while it was one)");
  g_set_error_literal (error, BILATERAL_ERROR, BILATERAL_ERROR_NOT_FOUND, message->str);
  g_string_free (message, TRUE);
  return NULL;
}

static BilateralAssignment *
assignment_at (BilateralRegistry *self, BilateralState *state, BilateralCodeScheme scheme, const BilateralDate *date)
{
  GPtrArray *own = g_hash_table_lookup (self->by_state, state);
  BilateralAssignment *best = NULL;
  gint64 first, last, best_days = 0;

  if (own == NULL)
    return NULL;
  date_span (date, &first, &last);
  for (guint i = 0; i < own->len; i++)
    {
      BilateralAssignment *a = g_ptr_array_index (own, i);
      gint64 days = a->scheme == scheme ? _bilateral_overlap (first, last, a->first, a->last) : 0;
      if (days > best_days)
        {
          best = a;
          best_days = days;
        }
    }
  return best;
}

/**
 * bilateral_registry_get_code:
 * @self: the registry
 * @state: a state of the registry
 * @scheme: a code scheme
 * @date: (nullable): a date; %NULL for the latest code
 *
 * Gets the code @state had in @scheme at @date: for Germany, COW 260 in
 * 1980 and 255 in 1995. bilateral_state_get_code() gives a state's latest
 * code.
 *
 * Returns: (transfer none) (nullable): the code, or %NULL if the state had
 *   none in @scheme then
 */
const char *
bilateral_registry_get_code (BilateralRegistry *self, BilateralState *state, BilateralCodeScheme scheme,
                             const BilateralDate *date)
{
  BilateralAssignment *a;

  g_return_val_if_fail (BILATERAL_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (BILATERAL_IS_STATE (state), NULL);
  g_return_val_if_fail ((guint) scheme < BILATERAL_N_CODE_SCHEMES, NULL);

  if (date == NULL)
    return bilateral_state_get_code (state, scheme);
  a = assignment_at (self, state, scheme, date);
  return a ? a->code : NULL;
}

/**
 * bilateral_registry_convert:
 * @self: the registry
 * @code: a code in @from
 * @from: the scheme of @code
 * @to: the scheme wanted
 * @date: (nullable): when the code was used; %NULL for today
 * @error: return location for a #GError
 *
 * Converts a code between schemes as of a date: COW 255 in 1995 is G-W
 * 260. The state is found as bilateral_registry_resolve() finds it; the
 * error says when the code meant nothing, or when that state had no code
 * in @to at @date (the Federal Republic of Germany has no COW code before
 * 1955).
 *
 * Returns: (transfer full): the code in @to, or %NULL with @error set
 */
char *
bilateral_registry_convert (BilateralRegistry *self, const char *code, BilateralCodeScheme from, BilateralCodeScheme to,
                            const BilateralDate *date, GError **error)
{
  BilateralState *state;
  BilateralAssignment *a;

  g_return_val_if_fail (BILATERAL_IS_REGISTRY (self), NULL);
  g_return_val_if_fail ((guint) to < BILATERAL_N_CODE_SCHEMES, NULL);

  state = bilateral_registry_resolve (self, code, from, date, error);
  if (state == NULL)
    return NULL;
  a = assignment_at (self, state, to, date);
  if (a == NULL)
    {
      g_autofree char *when = date_text (date);
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_NOT_FOUND, "%s (%s code “%s”) had no %s code on %s",
                   bilateral_actor_get_name (BILATERAL_ACTOR (state)), scheme_label (from), code, scheme_label (to), when);
      return NULL;
    }
  return g_strdup (a->code);
}

/* The state an event's place was in, as event data give it: by its ISO
 * 3166 alpha-3 code (POLECAT's), else by its country's name (ICEWS's
 * column, the last part of GDELT's full name), at @date; NULL if neither
 * tells one state. One rule for archives and panels. */
BilateralState *
_bilateral_registry_place_state (BilateralRegistry *self, const char *alpha3, const char *country_name, const BilateralDate *date)
{
  BilateralState *state = NULL;

  if (alpha3)
    state = bilateral_registry_resolve (self, alpha3, BILATERAL_CODE_SCHEME_ISO_ALPHA3, date, NULL);
  if (state == NULL && country_name)
    state = bilateral_registry_lookup_name_at (self, country_name, date);
  return state;
}
