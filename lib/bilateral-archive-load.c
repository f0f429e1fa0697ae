/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "bilateral-json-tree.h"
#include "bilateral-private.h"

/* Reading a `bilateral/1` document into an archive. Part of BilateralArchive.
 * Every problem is collected with its JSON pointer; a record with a problem
 * that prevents building it is skipped, and the rest still read, so that
 * one load reports everything. */

typedef struct _Loader Loader;

/* An element of the second half: its index there, its problems (those
 * from @checks_from its event's checks), and its event's place in the
 * loader's, or -1 for none built. */
typedef struct {
  guint index, problems_from, checks_from, problems_to;
  int event;
  char *id; /* as given, of an element whose event was not built */
} HalfElement;

static void
half_element_clear (gpointer data)
{
  g_free (((HalfElement *) data)->id);
}
struct _Loader {
  BilateralArchive *archive;
  BilateralProblems *problems;
  GHashTable *actor_ids;    /* id → actor, while actors are being read */
  GHashTable *ids;          /* the document's records, for problems->forgiven */
  GHashTable *failed;       /* "event\x1fID" of the events not built, joining those at the end */
  gboolean streaming;       /* events are read as the parser hands them out */
  GHashTable *dates;        /* text → date, and */
  GHashTable *locations;    /* fields → location: immutable, so records share them */
  GPtrArray *events;        /* read, to be added to the archive at once */
  BilateralTextPool *texts; /* of this thread */
  /* Reading a long document's second half on another thread: the index (in
   * that half) of each of its events, and the loader of the first half. It
   * leaves the archive alone; its events are indexed when the halves meet. */
  GArray *elements;  /* of HalfElement */
  guint checks_from; /* of the event being read */
  GArray *order;     /* the events' positions in date order */
  Loader *first_half;
};

/* Adds to a set of strings copies of another's. */
static void
add_copies (GHashTable *into, GHashTable *from)
{
  GHashTableIter iter;
  gpointer text;

  g_hash_table_iter_init (&iter, from);
  while (g_hash_table_iter_next (&iter, &text, NULL))
    g_hash_table_add (into, g_strdup (text));
}

static void
add_id (GHashTable *ids, const char *kind, BjNode *element)
{
  BjNode *id = BJ_NODE_HOLDS_OBJECT (element) ? bj_object_get_member (bj_node_get_object (element), "id") : NULL;

  if (id && BJ_NODE_HOLDS_VALUE (id) && bj_node_get_value_type (id) == G_TYPE_STRING)
    g_hash_table_add (ids, g_strconcat (kind, "\x1f", bj_node_get_string (id), NULL));
}

/* "kind\x1fid" of every record the document has, built or not: a
 * reference to one that failed is not reported again. */
static void
add_document_ids (GHashTable *ids, BjObject *o)
{
  static const char *const lists[][2] = {
    { "sources", "source" }, { "actors", "actor" }, { "events", "event" }, { "phases", "phase" }
  };

  for (guint k = 0; k < G_N_ELEMENTS (lists); k++)
    {
      BjNode *node = bj_object_get_member (o, lists[k][0]);
      BjArray *array = node && BJ_NODE_HOLDS_ARRAY (node) ? bj_node_get_array (node) : NULL;
      for (guint i = 0; array && i < bj_array_get_length (array); i++)
        add_id (ids, lists[k][1], bj_array_get_element (array, i));
    }
}

static void problem (Loader *l, int code, const char *pointer, const char *member, const char *fmt, ...) G_GNUC_PRINTF (5, 6);

static void
problem (Loader *l, int code, const char *pointer, const char *member, const char *fmt, ...)
{
  va_list args;
  g_autofree char *what = NULL;
  g_autofree char *at = member ? g_strdup_printf ("%s/%s", pointer, member) : g_strdup (pointer);

  va_start (args, fmt);
  what = g_strdup_vprintf (fmt, args);
  va_end (args);
  _bilateral_problems_add (l->problems, code, *at ? at : "/", "%s", what);
}

static const char *
node_type_name (BjNode *node)
{
  switch (bj_node_get_node_type (node))
    {
    case BJ_NODE_OBJECT: return "an object";
    case BJ_NODE_ARRAY: return "an array";
    case BJ_NODE_NULL: return "null";
    case BJ_NODE_VALUE:
    default:
      switch (bj_node_get_value_type (node))
        {
        case G_TYPE_STRING: return "a string";
        case G_TYPE_BOOLEAN: return "a boolean";
        default: return "a number";
        }
    }
}

static gboolean
check_members (Loader *l, BjObject *object, const char *pointer, const char *const *allowed)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < object->n; i++)
    {
      const char *name = object->v.members[i].name;
      if (!g_strv_contains (allowed, name))
        {
          problem (l, BILATERAL_ERROR_SCHEMA, pointer, name, "unknown member “%s”", name);
          ok = FALSE;
        }
    }
  return ok;
}

/* Gets a member of the given kind; reports it missing (if @required) or mistyped. */
static BjNode *
member (Loader *l, BjObject *object, const char *pointer, const char *name, gboolean required, BjNodeType type, GType value_type,
        const char *expected)
{
  BjNode *node = bj_object_get_member (object, name);

  if (node == NULL || (bj_node_is_null (node) && !required))
    {
      if (required)
        problem (l, BILATERAL_ERROR_SCHEMA, pointer, NULL, "the member “%s” is missing", name);
      return NULL;
    }
  if (bj_node_get_node_type (node) != type ||
      (type == BJ_NODE_VALUE && value_type != G_TYPE_DOUBLE && bj_node_get_value_type (node) != value_type) ||
      (type == BJ_NODE_VALUE && value_type == G_TYPE_DOUBLE && bj_node_get_value_type (node) != G_TYPE_DOUBLE &&
       bj_node_get_value_type (node) != G_TYPE_INT64))
    {
      problem (l, BILATERAL_ERROR_SCHEMA, pointer, name, "expected %s, found %s", expected, node_type_name (node));
      return NULL;
    }
  return node;
}

static const char *
get_string (Loader *l, BjObject *object, const char *pointer, const char *name, gboolean required)
{
  BjNode *node = member (l, object, pointer, name, required, BJ_NODE_VALUE, G_TYPE_STRING, "a string");
  const char *value = node ? bj_node_get_string (node) : NULL;

  if (value && required && *value == '\0')
    {
      problem (l, BILATERAL_ERROR_SCHEMA, pointer, name, "must not be empty");
      return NULL;
    }
  return value;
}

static BjArray *
get_array (Loader *l, BjObject *object, const char *pointer, const char *name, gboolean required)
{
  BjNode *node = member (l, object, pointer, name, required, BJ_NODE_ARRAY, 0, "an array");
  return node ? bj_node_get_array (node) : NULL;
}

/* "PREFIX/I", without printf: a load makes several an event. */
static char *
index_pointer (const char *prefix, guint i)
{
  char digits[12], *d = digits + sizeof digits;

  *--d = '\0';
  do
    *--d = (char) ('0' + i % 10);
  while ((i /= 10) > 0);
  return g_strconcat (prefix, "/", d, NULL);
}

/* Objects of an array, with their pointers; a non-object element is reported. */
static BjObject *
element_object (Loader *l, BjNode *node, guint i, const char *array_pointer, char **pointer)
{
  *pointer = index_pointer (array_pointer, i);
  if (!BJ_NODE_HOLDS_OBJECT (node))
    {
      problem (l, BILATERAL_ERROR_SCHEMA, *pointer, NULL, "expected an object, found %s", node_type_name (node));
      return NULL;
    }
  return bj_node_get_object (node);
}

static BjObject *
array_object (Loader *l, BjArray *array, guint i, const char *array_pointer, char **pointer)
{
  return element_object (l, bj_array_get_element (array, i), i, array_pointer, pointer);
}

static gboolean
get_date (Loader *l, BjObject *object, const char *pointer, const char *name, gboolean required, BilateralDate **out)
{
  const char *text = get_string (l, object, pointer, name, required);
  g_autoptr (GError) error = NULL;

  *out = NULL;
  if (text == NULL)
    return !required && bj_object_get_member (object, name) == NULL;
  if ((*out = g_hash_table_lookup (l->dates, text)))
    {
      bilateral_date_ref (*out);
      return TRUE;
    }
  *out = bilateral_date_parse (text, &error);
  if (*out == NULL)
    {
      problem (l, error->code, pointer, name, "%s", error->message);
      return FALSE;
    }
  g_hash_table_insert (l->dates, g_strdup (text), bilateral_date_ref (*out));
  return TRUE;
}

static gboolean
get_enum (Loader *l, BjObject *object, const char *pointer, const char *name, GType type, int fallback, int *out)
{
  const char *nick = get_string (l, object, pointer, name, FALSE);
  g_autoptr (GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *value;

  *out = fallback;
  if (nick == NULL)
    return bj_object_get_member (object, name) == NULL;
  value = g_enum_get_value_by_nick (klass, nick);
  if (value == NULL)
    {
      GString *known = g_string_new (NULL);
      for (guint i = 0; i < klass->n_values; i++)
        g_string_append_printf (known, "%s“%s”", i ? ", " : "", klass->values[i].value_nick);
      problem (l, BILATERAL_ERROR_SCHEMA, pointer, name, "“%s” is not one of %s", nick, known->str);
      g_string_free (known, TRUE);
      return FALSE;
    }
  *out = value->value;
  return TRUE;
}

static BilateralActor *
resolve_actor (Loader *l, const char *id, const char *pointer, const char *name)
{
  BilateralActor *actor;

  if (id == NULL)
    return NULL;
  actor = g_hash_table_lookup (l->actor_ids, id);
  if (actor == NULL && !_bilateral_problems_forgives (l->problems, "actor", id))
    problem (l, BILATERAL_ERROR_REFERENCE, pointer, name, "no actor has the id “%s”", id);
  return actor;
}

static BilateralActor *
get_actor (Loader *l, BjObject *object, const char *pointer, const char *name, gboolean required)
{
  return resolve_actor (l, get_string (l, object, pointer, name, required), pointer, name);
}

/* A dyad is an array of two actor ids. */
static gboolean
get_dyad (Loader *l, BjObject *object, const char *pointer, BilateralActor **first, BilateralActor **second)
{
  BjArray *dyad = get_array (l, object, pointer, "dyad", TRUE);
  g_autofree char *at = g_strconcat (pointer, "/dyad", NULL);
  BilateralActor *actors[2] = { NULL, NULL };

  if (dyad == NULL)
    return FALSE;
  if (bj_array_get_length (dyad) != 2)
    {
      problem (l, BILATERAL_ERROR_SCHEMA, at, NULL, "a dyad names exactly two actors, not %u", bj_array_get_length (dyad));
      return FALSE;
    }
  for (guint i = 0; i < 2; i++)
    {
      BjNode *node = bj_array_get_element (dyad, i);
      g_autofree char *index = g_strdup_printf ("%u", i);

      if (!BJ_NODE_HOLDS_VALUE (node) || bj_node_get_value_type (node) != G_TYPE_STRING)
        problem (l, BILATERAL_ERROR_SCHEMA, at, index, "expected an actor id, found %s", node_type_name (node));
      else
        actors[i] = resolve_actor (l, bj_node_get_string (node), at, index);
    }
  *first = actors[0];
  *second = actors[1];
  return actors[0] && actors[1];
}

static GListModel *
read_citations (Loader *l, BjObject *object, const char *pointer)
{
  static const char *const allowed[] = { "source", "paragraph", "sentence", "quote", "note", "supplement", NULL };
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  BjArray *array = get_array (l, object, pointer, "citations", FALSE);
  g_autofree char *array_pointer = g_strconcat (pointer, "/citations", NULL);
  guint n = array ? bj_array_get_length (array) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *at = NULL;
      BjObject *c = array_object (l, array, i, array_pointer, &at);
      const char *source;
      BjNode *node;
      gint64 numbers[2] = { 0, 0 };
      const char *number_names[2] = { "paragraph", "sentence" };
      gboolean supplement = FALSE, ok = TRUE;
      g_autoptr (BilateralCitation) citation = NULL;

      if (c == NULL)
        continue;
      ok &= check_members (l, c, at, allowed);
      source = get_string (l, c, at, "source", TRUE);
      ok &= source != NULL;
      for (guint k = 0; k < 2; k++)
        if ((node = member (l, c, at, number_names[k], FALSE, BJ_NODE_VALUE, G_TYPE_INT64, "a whole number")))
          {
            numbers[k] = bj_node_get_int (node);
            if (numbers[k] < 1 || numbers[k] > G_MAXINT)
              {
                problem (l, BILATERAL_ERROR_SCHEMA, at, number_names[k], "%" G_GINT64_FORMAT " is not a count from 1",
                         numbers[k]);
                ok = FALSE;
              }
          }
        else
          ok &= bj_object_get_member (c, number_names[k]) == NULL;
      if ((node = member (l, c, at, "supplement", FALSE, BJ_NODE_VALUE, G_TYPE_BOOLEAN, "true or false")))
        supplement = bj_node_get_boolean (node);
      if (!ok)
        continue;
      citation = g_object_new (BILATERAL_TYPE_CITATION, "source-id", source, "paragraph", (guint) numbers[0], "sentence",
                               (guint) numbers[1], "quote", get_string (l, c, at, "quote", FALSE), "note",
                               get_string (l, c, at, "note", FALSE), "supplement", supplement, NULL);
      g_ptr_array_add (items, g_steal_pointer (&citation));
    }
  return _bilateral_fixed_list_new (BILATERAL_TYPE_CITATION, items);
}

static void
read_sources (Loader *l, BjArray *array)
{
  static const char *const allowed[] = { "id", "title", "author", "url", "published", "note", NULL };

  for (guint i = 0; array && i < bj_array_get_length (array); i++)
    {
      g_autofree char *at = NULL;
      BjObject *o = array_object (l, array, i, "/sources", &at);
      g_autoptr (BilateralDate) published = NULL;
      g_autoptr (BilateralSource) source = NULL;
      const char *id;
      gboolean ok;

      if (o == NULL)
        continue;
      ok = check_members (l, o, at, allowed);
      id = get_string (l, o, at, "id", TRUE);
      ok &= get_date (l, o, at, "published", FALSE, &published);
      if (id && bilateral_archive_lookup_source (l->archive, id))
        {
          problem (l, BILATERAL_ERROR_REFERENCE, at, "id", "another source has the id “%s”", id);
          continue;
        }
      if (!ok || id == NULL)
        continue;
      source = g_object_new (BILATERAL_TYPE_SOURCE, "id", id, "title", get_string (l, o, at, "title", FALSE), "author",
                             get_string (l, o, at, "author", FALSE), "url", get_string (l, o, at, "url", FALSE), "published",
                             published, "note", get_string (l, o, at, "note", FALSE), NULL);
      _bilateral_archive_insert_source (l->archive, source, at);
    }
}

static char **
get_aliases (Loader *l, BjObject *o, const char *pointer, gboolean *ok)
{
  BjArray *array = get_array (l, o, pointer, "aliases", FALSE);
  GPtrArray *aliases = g_ptr_array_new ();

  for (guint i = 0; array && i < bj_array_get_length (array); i++)
    {
      BjNode *node = bj_array_get_element (array, i);
      if (BJ_NODE_HOLDS_VALUE (node) && bj_node_get_value_type (node) == G_TYPE_STRING)
        g_ptr_array_add (aliases, g_strdup (bj_node_get_string (node)));
      else
        {
          g_autofree char *at = g_strdup_printf ("%s/aliases/%u", pointer, i);
          problem (l, BILATERAL_ERROR_SCHEMA, at, NULL, "expected a string, found %s", node_type_name (node));
          *ok = FALSE;
        }
    }
  *ok &= array != NULL || bj_object_get_member (o, "aliases") == NULL;
  g_ptr_array_add (aliases, NULL);
  return (char **) g_ptr_array_free (aliases, FALSE);
}

/* The codes of a state, as construct properties named after the schemes. */
static gboolean
read_codes (Loader *l, BjObject *o, const char *pointer, const char **names, GValue *values, guint *n)
{
  BjNode *node = member (l, o, pointer, "codes", FALSE, BJ_NODE_OBJECT, 0, "an object");
  g_autofree char *at = g_strconcat (pointer, "/codes", NULL);
  const char *allowed[BILATERAL_N_CODE_SCHEMES + 1] = { NULL };
  BjObject *codes;
  gboolean ok = TRUE;

  if (node == NULL)
    return bj_object_get_member (o, "codes") == NULL;
  codes = bj_node_get_object (node);
  for (guint s = 0; s < BILATERAL_N_CODE_SCHEMES; s++)
    allowed[s] = bilateral_code_scheme_to_string (s);
  ok &= check_members (l, codes, at, allowed);
  for (guint s = 0; s < BILATERAL_N_CODE_SCHEMES; s++)
    {
      const char *code = get_string (l, codes, at, allowed[s], FALSE);
      if (code == NULL)
        {
          ok &= bj_object_get_member (codes, allowed[s]) == NULL;
          continue;
        }
      names[*n] = allowed[s];
      g_value_init (&values[*n], G_TYPE_STRING);
      g_value_set_string (&values[*n], code);
      (*n)++;
    }
  return ok;
}

/* The registry's state for a state of the document: the one with its id
 * (PAK, SUN), else the one its first code meant during its existence. */
static BilateralState *
registry_match (const char *id, BilateralDate *existence, const char **names, GValue *values, guint first_code, guint n)
{
  BilateralRegistry *registry = bilateral_registry_get_default ();
  BilateralState *state = bilateral_registry_lookup_id (registry, id);

  for (guint i = first_code; state == NULL && i < n; i++)
    {
      BilateralCodeScheme scheme;
      if (bilateral_code_scheme_from_string (names[i], &scheme))
        state = bilateral_registry_resolve (registry, g_value_get_string (&values[i]), scheme, existence, NULL);
    }
  return state;
}

/* A state takes from the registry what it does not give: its existence and
 * its codes (those it held during the given existence). */
static BilateralState *
fill_from_registry (const char *id, BilateralDate **existence, const char **names, GValue *values, guint first_code, guint *n,
                    guint *filled)
{
  BilateralRegistry *registry = bilateral_registry_get_default ();
  BilateralState *state = registry_match (id, *existence, names, values, first_code, *n);
  BilateralDate *when;

  if (state == NULL)
    return NULL;
  if (*existence == NULL && bilateral_actor_get_existence (BILATERAL_ACTOR (state)))
    {
      *existence = bilateral_date_ref (bilateral_actor_get_existence (BILATERAL_ACTOR (state)));
      *filled |= BILATERAL_FILLED_EXISTENCE;
    }
  when = *existence;
  for (guint s = 0; s < BILATERAL_N_CODE_SCHEMES; s++)
    {
      const char *name = bilateral_code_scheme_to_string (s);
      const char *code = NULL;
      gboolean given = FALSE;

      for (guint i = first_code; i < *n && !given; i++)
        given = g_str_equal (names[i], name);
      if (given)
        continue;
      /* Over an open existence, the code of its last years. */
      if (when && bilateral_date_get_latest_day (when) != BILATERAL_DAY_OPEN_END)
        code = bilateral_registry_get_code (registry, state, s, when);
      else
        code = bilateral_state_get_code (state, s);
      if (code == NULL)
        continue;
      names[*n] = name;
      g_value_init (&values[*n], G_TYPE_STRING);
      g_value_set_string (&values[(*n)++], code);
      *filled |= BILATERAL_FILLED_CODE (s);
    }
  /* The format has no status: it is always the registry's. */
  names[*n] = "status";
  g_value_init (&values[*n], BILATERAL_TYPE_STATE_STATUS);
  g_value_set_enum (&values[(*n)++], bilateral_state_get_status (state));
  return state;
}

/* A state added in code takes from the registry what it lacks, as one of a
 * document does; saving writes back only what it was given. */
void
_bilateral_archive_complete_state (BilateralArchive *self, BilateralState *state)
{
  BilateralActor *actor = BILATERAL_ACTOR (state);
  const char *names[1 + 2 * BILATERAL_N_CODE_SCHEMES];
  GValue values[1 + 2 * BILATERAL_N_CODE_SCHEMES] = { G_VALUE_INIT };
  BilateralDate *given = bilateral_actor_get_existence (actor);
  g_autoptr (BilateralDate) existence = given ? bilateral_date_ref (given) : NULL;
  guint n = 0, n_given, filled = 0;
  BilateralState *known;

  for (guint s = 0; s < BILATERAL_N_CODE_SCHEMES; s++)
    if (bilateral_state_get_code (state, s))
      {
        names[n] = bilateral_code_scheme_to_string (s);
        g_value_init (&values[n], G_TYPE_STRING);
        g_value_set_string (&values[n++], bilateral_state_get_code (state, s));
      }
  n_given = n;
  known = fill_from_registry (bilateral_actor_get_id (actor), &existence, names, values, 0, &n, &filled);
  if (known)
    {
      for (guint i = n_given; i < n; i++)
        {
          BilateralCodeScheme scheme;
          if (g_str_equal (names[i], "status"))
            _bilateral_state_set_status (state, g_value_get_enum (&values[i]));
          else if (bilateral_code_scheme_from_string (names[i], &scheme))
            _bilateral_state_complete_code (state, scheme, g_value_get_string (&values[i]));
        }
      if (bilateral_actor_get_name (actor) == NULL ||
          g_str_equal (bilateral_actor_get_name (actor), bilateral_actor_get_id (actor)))
        filled |= BILATERAL_FILLED_NAME;
      _bilateral_actor_complete (actor, bilateral_actor_get_name (BILATERAL_ACTOR (known)),
                                 filled & BILATERAL_FILLED_EXISTENCE ? existence : NULL);
      _bilateral_archive_set_filled (self, state, filled);
    }
  for (guint i = 0; i < n; i++)
    g_value_unset (&values[i]);
}

/* A state the registry knows, as a document that gives only its id would
 * have it: everything else taken from the registry, and marked so in @filled. */
BilateralState *
_bilateral_archive_new_registry_state (const char *id, guint *filled)
{
  const char *names[4 + BILATERAL_N_CODE_SCHEMES];
  GValue values[4 + BILATERAL_N_CODE_SCHEMES] = { G_VALUE_INIT };
  g_autoptr (BilateralDate) existence = NULL;
  BilateralState *known, *state;
  guint n = 0;

  *filled = BILATERAL_FILLED_NAME;
  known = fill_from_registry (id, &existence, names, values, 0, &n, filled);
  if (known == NULL)
    return NULL;
  names[n] = "id";
  g_value_init (&values[n], G_TYPE_STRING);
  g_value_set_string (&values[n++], id);
  names[n] = "name";
  g_value_init (&values[n], G_TYPE_STRING);
  g_value_set_string (&values[n++], bilateral_actor_get_name (BILATERAL_ACTOR (known)));
  names[n] = "existence";
  g_value_init (&values[n], BILATERAL_TYPE_DATE);
  g_value_set_boxed (&values[n++], existence);
  state = BILATERAL_STATE (g_object_new_with_properties (BILATERAL_TYPE_STATE, n, names, values));
  for (guint i = 0; i < n; i++)
    g_value_unset (&values[i]);
  return state;
}

static BilateralActor *
read_actor (Loader *l, BjObject *o, const char *at)
{
  static const char *const allowed[] = { "id",    "kind",         "name",        "aliases", "existence",        "citations",
                                         "codes", "predecessors", "affiliation", "role",    "affiliation_span", NULL };
  const char *names[9 + BILATERAL_N_CODE_SCHEMES];
  GValue values[9 + BILATERAL_N_CODE_SCHEMES] = { G_VALUE_INIT };
  g_autoptr (BilateralDate) existence = NULL;
  g_autoptr (GListModel) citations = NULL;
  g_auto (GStrv) aliases = NULL;
  BilateralActor *actor = NULL;
  BilateralState *registry_state = NULL;
  guint filled = 0;
  const char *id, *kind_member;
  int kind;
  gboolean ok;
  guint n = 0;
  GType type;

  kind_member = get_string (l, o, at, "kind", TRUE);
  ok = check_members (l, o, at, allowed);
  id = get_string (l, o, at, "id", TRUE);
  ok &= get_enum (l, o, at, "kind", BILATERAL_TYPE_ACTOR_KIND, BILATERAL_ACTOR_KIND_STATE, &kind) && kind_member;
  ok &= get_date (l, o, at, "existence", FALSE, &existence);
  aliases = get_aliases (l, o, at, &ok);
  citations = read_citations (l, o, at);
  if (id && g_hash_table_contains (l->actor_ids, id))
    {
      problem (l, BILATERAL_ERROR_REFERENCE, at, "id", "another actor has the id “%s”", id);
      ok = FALSE;
    }

  type = kind == BILATERAL_ACTOR_KIND_STATE          ? BILATERAL_TYPE_STATE
         : kind == BILATERAL_ACTOR_KIND_ORGANIZATION ? BILATERAL_TYPE_ORGANIZATION
         : kind == BILATERAL_ACTOR_KIND_GROUP        ? BILATERAL_TYPE_GROUP
                                                     : BILATERAL_TYPE_PERSON;
  if (kind == BILATERAL_ACTOR_KIND_STATE)
    {
      guint first_code = n;
      ok &= read_codes (l, o, at, names, values, &n);
      if (ok && id)
        registry_state = fill_from_registry (id, &existence, names, values, first_code, &n, &filled);
      if (registry_state && !get_string (l, o, at, "name", FALSE))
        filled |= BILATERAL_FILLED_NAME;
    }
  else
    for (guint m = 0; m < 2; m++)
      {
        const char *state_only = m == 0 ? "codes" : "predecessors";
        if (bj_object_has_member (o, state_only))
          {
            problem (l, BILATERAL_ERROR_SCHEMA, at, state_only, "only a state has “%s”", state_only);
            ok = FALSE;
          }
      }
  if (kind == BILATERAL_ACTOR_KIND_PERSON || kind == BILATERAL_ACTOR_KIND_GROUP)
    {
      BilateralActor *affiliation = get_actor (l, o, at, "affiliation", FALSE);
      if (affiliation &&
          (BILATERAL_IS_PERSON (affiliation) || (kind == BILATERAL_ACTOR_KIND_GROUP && BILATERAL_IS_GROUP (affiliation))))
        {
          problem (l, BILATERAL_ERROR_REFERENCE, at, "affiliation", "“%s” is a %s; a %s acts for a state, organisation%s",
                   bilateral_actor_get_id (affiliation), BILATERAL_IS_PERSON (affiliation) ? "person" : "group",
                   kind == BILATERAL_ACTOR_KIND_PERSON ? "person" : "group",
                   kind == BILATERAL_ACTOR_KIND_PERSON ? " or group" : "");
          ok = FALSE;
        }
      ok &= affiliation != NULL || bj_object_get_member (o, "affiliation") == NULL;
      names[n] = "affiliation";
      g_value_init (&values[n], BILATERAL_TYPE_ACTOR);
      g_value_set_object (&values[n++], affiliation);
      names[n] = "role";
      g_value_init (&values[n], G_TYPE_STRING);
      g_value_set_string (&values[n++], get_string (l, o, at, "role", FALSE));
      if (kind == BILATERAL_ACTOR_KIND_GROUP)
        {
          g_autoptr (BilateralDate) span = NULL;
          ok &= get_date (l, o, at, "affiliation_span", FALSE, &span);
          if (span && affiliation == NULL)
            {
              problem (l, BILATERAL_ERROR_SCHEMA, at, "affiliation_span", "a span of an affiliation the group does not have");
              ok = FALSE;
            }
          names[n] = "affiliation-span";
          g_value_init (&values[n], BILATERAL_TYPE_DATE);
          g_value_set_boxed (&values[n++], span);
        }
      else if (bj_object_has_member (o, "affiliation_span"))
        {
          problem (l, BILATERAL_ERROR_SCHEMA, at, "affiliation_span", "only a group has “affiliation_span”");
          ok = FALSE;
        }
    }
  else
    for (guint m = 0; m < 3; m++)
      {
        const char *not_here = m == 0 ? "affiliation" : m == 1 ? "role" : "affiliation_span";
        if (bj_object_has_member (o, not_here))
          {
            problem (l, BILATERAL_ERROR_SCHEMA, at, not_here, "only a group or a person has “%s”", not_here);
            ok = FALSE;
          }
      }

  if (ok && id)
    {
      names[n] = "id";
      g_value_init (&values[n], G_TYPE_STRING);
      g_value_set_string (&values[n++], id);
      names[n] = "name";
      g_value_init (&values[n], G_TYPE_STRING);
      g_value_set_string (&values[n++], get_string (l, o, at, "name", FALSE) ? get_string (l, o, at, "name", FALSE)
                                        : registry_state ? bilateral_actor_get_name (BILATERAL_ACTOR (registry_state))
                                                         : NULL);
      names[n] = "existence";
      g_value_init (&values[n], BILATERAL_TYPE_DATE);
      g_value_set_boxed (&values[n++], existence);
      names[n] = "aliases";
      g_value_init (&values[n], G_TYPE_STRV);
      g_value_set_boxed (&values[n++], aliases);
      names[n] = "citations";
      g_value_init (&values[n], G_TYPE_LIST_MODEL);
      g_value_set_object (&values[n++], citations);
      actor = BILATERAL_ACTOR (g_object_new_with_properties (type, n, names, values));
      g_hash_table_insert (l->actor_ids, (gpointer) bilateral_actor_get_id (actor), actor);
      if (filled)
        _bilateral_archive_set_filled (l->archive, actor, filled);
    }
  for (guint i = 0; i < n; i++)
    g_value_unset (&values[i]);
  return actor;
}

static void
read_predecessors (Loader *l, BjObject *o, const char *pointer, BilateralActor *state)
{
  static const char *const allowed[] = { "state", "kind", "date", "citations", NULL };
  BjArray *array = get_array (l, o, pointer, "predecessors", FALSE);
  g_autofree char *array_pointer = g_strconcat (pointer, "/predecessors", NULL);

  for (guint i = 0; array && i < bj_array_get_length (array); i++)
    {
      g_autofree char *at = NULL;
      BjObject *p = array_object (l, array, i, array_pointer, &at);
      g_autoptr (BilateralDate) date = NULL;
      g_autoptr (GListModel) citations = NULL;
      g_autoptr (BilateralSuccession) link = NULL;
      BilateralActor *predecessor;
      int kind;
      gboolean ok;

      if (p == NULL)
        continue;
      ok = check_members (l, p, at, allowed);
      predecessor = get_actor (l, p, at, "state", TRUE);
      ok &= get_enum (l, p, at, "kind", BILATERAL_TYPE_SUCCESSION_KIND, BILATERAL_SUCCESSION_SUCCESSION, &kind);
      ok &= get_date (l, p, at, "date", FALSE, &date);
      citations = read_citations (l, p, at);
      if (predecessor && !BILATERAL_IS_STATE (predecessor))
        {
          problem (l, BILATERAL_ERROR_REFERENCE, at, "state", "“%s” is not a state", bilateral_actor_get_id (predecessor));
          ok = FALSE;
        }
      if (!ok || predecessor == NULL)
        continue;
      link = g_object_new (BILATERAL_TYPE_SUCCESSION, "predecessor-id", bilateral_actor_get_id (predecessor), "successor-id",
                           bilateral_actor_get_id (state), "kind", kind, "date", date, "citations", citations, NULL);
      _bilateral_archive_insert_succession (l->archive, link, at);
    }
}

static void
unref_if_set (gpointer object)
{
  if (object)
    g_object_unref (object);
}

/* The pass an actor is read in: those that name another come after it (a
 * group's affiliation is a state or an organisation; a person's may be a group). */
static int
reading_pass (BjObject *o)
{
  BjNode *kind = bj_object_get_member (o, "kind");
  const char *text = kind && BJ_NODE_HOLDS_VALUE (kind) && bj_node_get_value_type (kind) == G_TYPE_STRING
                       ? bj_node_get_string (kind)
                       : NULL;

  return g_strcmp0 (text, "person") == 0 ? 2 : g_strcmp0 (text, "group") == 0 ? 1 : 0;
}

static void
read_actors (Loader *l, BjArray *array)
{
  guint n = array ? bj_array_get_length (array) : 0;
  g_autoptr (GPtrArray) actors = g_ptr_array_new_full (n, unref_if_set);
  g_autoptr (GPtrArray) objects = g_ptr_array_new_full (n, NULL);
  g_autoptr (GPtrArray) pointers = g_ptr_array_new_full (n, g_free);

  for (guint i = 0; i < n; i++)
    {
      char *at = NULL;
      g_ptr_array_add (objects, array_object (l, array, i, "/actors", &at));
      g_ptr_array_add (pointers, at);
      g_ptr_array_add (actors, NULL);
    }
  /* Groups and persons name the actor they belong to, which may come later in the list. */
  for (int pass = 0; pass < 3; pass++)
    for (guint i = 0; i < n; i++)
      if (objects->pdata[i] && reading_pass (objects->pdata[i]) == pass)
        actors->pdata[i] = read_actor (l, objects->pdata[i], pointers->pdata[i]);
  for (guint i = 0; i < n; i++)
    if (actors->pdata[i])
      _bilateral_archive_insert_actor (l->archive, actors->pdata[i], pointers->pdata[i]);
  for (guint i = 0; i < n; i++)
    if (actors->pdata[i] && BILATERAL_IS_STATE (actors->pdata[i]))
      read_predecessors (l, objects->pdata[i], pointers->pdata[i], actors->pdata[i]);
}

static GListModel *
read_impacts (Loader *l, BjObject *o, const char *pointer, gboolean *ok)
{
  static const char *const allowed[] = { "dyad", "weight", "citations", NULL };
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  BjArray *array = get_array (l, o, pointer, "impacts", FALSE);
  g_autofree char *array_pointer = g_strconcat (pointer, "/impacts", NULL);

  *ok &= array != NULL || bj_object_get_member (o, "impacts") == NULL;
  for (guint i = 0; array && i < bj_array_get_length (array); i++)
    {
      g_autofree char *at = NULL;
      BjObject *p = array_object (l, array, i, array_pointer, &at);
      g_autoptr (GListModel) citations = NULL;
      g_autoptr (BilateralImpact) impact = NULL;
      BilateralActor *first = NULL, *second = NULL;
      BjNode *weight;
      gboolean good;

      if (p == NULL)
        {
          *ok = FALSE;
          continue;
        }
      good = check_members (l, p, at, allowed);
      good &= get_dyad (l, p, at, &first, &second);
      weight = member (l, p, at, "weight", TRUE, BJ_NODE_VALUE, G_TYPE_DOUBLE, "a number");
      if (weight && !(bj_node_get_double (weight) >= -1.0 && bj_node_get_double (weight) <= 1.0))
        {
          problem (l, BILATERAL_ERROR_SCHEMA, at, "weight", "%g is not from -1 to +1", bj_node_get_double (weight));
          good = FALSE;
        }
      citations = read_citations (l, p, at);
      if (!good || weight == NULL)
        {
          *ok = FALSE;
          continue;
        }
      impact = g_object_new (BILATERAL_TYPE_IMPACT, "first", first, "second", second, "weight", bj_node_get_double (weight),
                             "citations", citations, NULL);
      g_ptr_array_add (items, g_steal_pointer (&impact));
    }
  return _bilateral_fixed_list_new (BILATERAL_TYPE_IMPACT, items);
}

/* A list of non-empty strings: sectors. NULL when absent or empty. */
static char **
get_strings (Loader *l, BjObject *o, const char *pointer, const char *name, gboolean *ok)
{
  BjArray *array = get_array (l, o, pointer, name, FALSE);
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);

  *ok &= array != NULL || bj_object_get_member (o, name) == NULL;
  for (guint i = 0; array && i < bj_array_get_length (array); i++)
    {
      BjNode *node = bj_array_get_element (array, i);
      g_autofree char *at = g_strdup_printf ("%s/%s/%u", pointer, name, i);

      if (!BJ_NODE_HOLDS_VALUE (node) || bj_node_get_value_type (node) != G_TYPE_STRING)
        problem (l, BILATERAL_ERROR_SCHEMA, at, NULL, "expected a string, found %s", node_type_name (node));
      else if (*bj_node_get_string (node) == '\0')
        problem (l, BILATERAL_ERROR_SCHEMA, at, NULL, "must not be empty");
      else
        {
          g_ptr_array_add (values, g_strdup (bj_node_get_string (node)));
          continue;
        }
      *ok = FALSE;
    }
  if (values->len == 0)
    {
      g_ptr_array_unref (values);
      return NULL;
    }
  g_ptr_array_add (values, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&values), FALSE);
}

/* "sectors": {"source": ["GOV"], "target": ["MIL"]} */
static void
read_sectors (Loader *l, BjObject *o, const char *pointer, char ***source, char ***target, gboolean *ok)
{
  static const char *const allowed[] = { "source", "target", NULL };
  BjNode *node = member (l, o, pointer, "sectors", FALSE, BJ_NODE_OBJECT, 0, "an object");
  g_autofree char *at = g_strconcat (pointer, "/sectors", NULL);

  *source = *target = NULL;
  *ok &= node != NULL || bj_object_get_member (o, "sectors") == NULL;
  if (node == NULL)
    return;
  *ok &= check_members (l, bj_node_get_object (node), at, allowed);
  *source = get_strings (l, bj_node_get_object (node), at, "source", ok);
  *target = get_strings (l, bj_node_get_object (node), at, "target", ok);
}

/* "plover": {"type": "CONSULT", "mode": "visit", "contexts": ["military"]}:
 * the event's PLOVER type, with or without a CAMEO code. */
static void
read_plover (Loader *l, BjObject *o, const char *pointer, const char **type, const char **mode, char ***contexts, gboolean *ok)
{
  static const char *const allowed[] = { "type", "mode", "contexts", NULL };
  BjNode *node = member (l, o, pointer, "plover", FALSE, BJ_NODE_OBJECT, 0, "an object");
  g_autofree char *at = g_strconcat (pointer, "/plover", NULL);
  g_autoptr (GError) error = NULL;
  BjObject *p;

  *type = *mode = NULL;
  *contexts = NULL;
  *ok &= node != NULL || bj_object_get_member (o, "plover") == NULL;
  if (node == NULL)
    return;
  p = bj_node_get_object (node);
  *ok &= check_members (l, p, at, allowed);
  *type = get_string (l, p, at, "type", TRUE);
  *mode = get_string (l, p, at, "mode", FALSE);
  *ok &= *type != NULL && (*mode != NULL || bj_object_get_member (p, "mode") == NULL);
  *contexts = get_strings (l, p, at, "contexts", ok);
  if (*type && !bilateral_cameo_lookup_plover (bilateral_cameo_get_default (), *type, *mode, (const char *const *) *contexts,
                                               NULL, NULL, &error))
    {
      problem (l, BILATERAL_ERROR_SCHEMA, at, "type", "%s", error->message);
      *ok = FALSE;
    }
}

/* "location": {"country": "AFG", "place": "Kabul", "latitude": 34.5, …}:
 * the country is a state of the registry, or of the archive. */
/* A location's fields, as a key of Loader.locations. */
typedef struct {
  const char *texts[5]; /* country, code, division, place, feature */
  gboolean has_coordinates;
  double coordinates[2];
} Place;

static guint
place_hash (gconstpointer key)
{
  const Place *p = key;
  guint h = p->has_coordinates;

  for (guint k = 0; k < G_N_ELEMENTS (p->texts); k++)
    h = h * 31 + (p->texts[k] ? g_str_hash (p->texts[k]) : 0);
  for (guint k = 0; k < 2; k++)
    {
      guint64 bits;
      memcpy (&bits, &p->coordinates[k], sizeof bits);
      h = h * 31 + g_int64_hash (&bits);
    }
  return h;
}

static gboolean
place_equal (gconstpointer a, gconstpointer b)
{
  const Place *p = a, *q = b;

  for (guint k = 0; k < G_N_ELEMENTS (p->texts); k++)
    if (g_strcmp0 (p->texts[k], q->texts[k]) != 0)
      return FALSE;
  /* By their bits: −0 is kept apart from 0, as the document wrote it. */
  return p->has_coordinates == q->has_coordinates && memcmp (p->coordinates, q->coordinates, sizeof p->coordinates) == 0;
}

static BilateralLocation *
read_location (Loader *l, BjObject *o, const char *pointer, gboolean *ok)
{
  static const char *const allowed[] = { "country", "code", "division", "place", "latitude", "longitude", "feature", NULL };
  BjNode *node = member (l, o, pointer, "location", FALSE, BJ_NODE_OBJECT, 0, "an object");
  g_autofree char *at = g_strconcat (pointer, "/location", NULL);
  static const struct {
    const char *name;
    double limit;
  } axes[] = { { "latitude", 90 }, { "longitude", 180 } };
  BjNode *coordinates[2];
  BjObject *p;
  const char *country;
  gboolean good;

  *ok &= node != NULL || bj_object_get_member (o, "location") == NULL;
  if (node == NULL)
    return NULL;
  p = bj_node_get_object (node);
  good = check_members (l, p, at, allowed);
  country = get_string (l, p, at, "country", FALSE);
  if (country && !bilateral_registry_lookup_id (bilateral_registry_get_default (), country) &&
      !BILATERAL_IS_STATE (bilateral_archive_lookup_actor (l->archive, country)))
    {
      problem (l, BILATERAL_ERROR_REFERENCE, at, "country", "no state of the registry or of the archive has the id “%s”",
               country);
      good = FALSE;
    }
  for (guint k = 0; k < 2; k++)
    {
      coordinates[k] = member (l, p, at, axes[k].name, FALSE, BJ_NODE_VALUE, G_TYPE_DOUBLE, "a number");
      if (coordinates[k] && !(fabs (bj_node_get_double (coordinates[k])) <= axes[k].limit))
        {
          problem (l, BILATERAL_ERROR_SCHEMA, at, axes[k].name, "%g is not from -%g to +%g", bj_node_get_double (coordinates[k]),
                   axes[k].limit, axes[k].limit);
          good = FALSE;
        }
      good &= coordinates[k] != NULL || bj_object_get_member (p, axes[k].name) == NULL;
    }
  if ((coordinates[0] == NULL) != (coordinates[1] == NULL))
    {
      problem (l, BILATERAL_ERROR_SCHEMA, at, coordinates[0] ? "latitude" : "longitude",
               "a latitude needs a longitude, and a longitude a latitude");
      good = FALSE;
    }
  if (!good)
    {
      *ok = FALSE;
      return NULL;
    }
  {
    const char *code = get_string (l, p, at, "code", FALSE), *division = get_string (l, p, at, "division", FALSE);
    const char *place = get_string (l, p, at, "place", FALSE), *feature = get_string (l, p, at, "feature", FALSE);
    Place key = { { country, code, division, place, feature }, coordinates[0] != NULL, { 0, 0 } };
    BilateralLocation *location;
    Place *kept;

    for (guint k = 0; k < 2; k++)
      key.coordinates[k] = coordinates[k] ? bj_node_get_double (coordinates[k]) : 0.0;
    /* The data name few places many times: equal locations are one. */
    if ((location = g_hash_table_lookup (l->locations, &key)))
      return g_object_ref (location);
    if (coordinates[0])
      location = g_object_new (BILATERAL_TYPE_LOCATION, "country", country, "code", code, "division", division, "place", place,
                               "feature", feature, "has-coordinates", TRUE, "latitude", key.coordinates[0], "longitude",
                               key.coordinates[1], NULL);
    else
      location = g_object_new (BILATERAL_TYPE_LOCATION, "country", country, "code", code, "division", division, "place", place,
                               "feature", feature, NULL);
    kept = g_new (Place, 1);
    *kept = key;
    /* The key's texts are the location's own. */
    kept->texts[0] = bilateral_location_get_country (location);
    kept->texts[1] = bilateral_location_get_code (location);
    kept->texts[2] = bilateral_location_get_division (location);
    kept->texts[3] = bilateral_location_get_place (location);
    kept->texts[4] = bilateral_location_get_feature (location);
    g_hash_table_insert (l->locations, kept, g_object_ref (location));
    return location;
  }
}

/* "participants": [{"actor": "GBR", "role": "protecting power"}] */
static GListModel *
read_participants (Loader *l, BjObject *o, const char *pointer, gboolean *ok)
{
  static const char *const allowed[] = { "actor", "role", NULL };
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  BjArray *array = get_array (l, o, pointer, "participants", FALSE);
  g_autofree char *array_pointer = g_strconcat (pointer, "/participants", NULL);

  *ok &= array != NULL || bj_object_get_member (o, "participants") == NULL;
  for (guint i = 0; array && i < bj_array_get_length (array); i++)
    {
      g_autofree char *at = NULL;
      BjObject *p = array_object (l, array, i, array_pointer, &at);
      BilateralActor *actor;
      const char *role;
      gboolean good;

      if (p == NULL)
        {
          *ok = FALSE;
          continue;
        }
      good = check_members (l, p, at, allowed);
      actor = get_actor (l, p, at, "actor", TRUE);
      role = get_string (l, p, at, "role", TRUE);
      if (!good || actor == NULL || role == NULL)
        {
          *ok = FALSE;
          continue;
        }
      {
        g_autoptr (BilateralParticipant) participant = bilateral_participant_new (actor, role);
        g_ptr_array_add (items, g_steal_pointer (&participant));
      }
    }
  return _bilateral_fixed_list_new (BILATERAL_TYPE_PARTICIPANT, items);
}

static void
read_event (Loader *l, BjNode *node, guint i)
{
  static const char *const allowed[] = { "id",    "date",    "source",    "target",  "cameo",    "plover",       "goldstein",
                                         "title", "sectors", "citations", "impacts", "location", "participants", NULL };

  g_autofree char *at = NULL;
  BjObject *o = element_object (l, node, i, "/events", &at);
  g_autoptr (BilateralDate) date = NULL;
  g_autoptr (GListModel) citations = NULL;
  g_autoptr (GListModel) impacts = NULL;
  g_autoptr (GListModel) participants = NULL;
  g_autoptr (BilateralLocation) location = NULL;
  g_auto (GStrv) source_sectors = NULL;
  g_auto (GStrv) target_sectors = NULL;
  g_auto (GStrv) plover_contexts = NULL;
  const char *plover_type, *plover_mode;
  g_autoptr (BilateralEvent) event = NULL;
  BilateralActor *source, *target;
  BilateralCameoCode *code = NULL;
  g_autoptr (GError) cameo_error = NULL;
  const char *id, *cameo;
  BjNode *goldstein;
  gboolean ok;

  if (o == NULL)
    return;
  ok = check_members (l, o, at, allowed);
  id = get_string (l, o, at, "id", TRUE);
  ok &= get_date (l, o, at, "date", TRUE, &date);
  source = get_actor (l, o, at, "source", TRUE);
  target = get_actor (l, o, at, "target", FALSE);
  ok &= target != NULL || bj_object_get_member (o, "target") == NULL;
  /* A CAMEO code, a PLOVER type, or both. */
  read_plover (l, o, at, &plover_type, &plover_mode, &plover_contexts, &ok);
  cameo = get_string (l, o, at, "cameo", bj_object_get_member (o, "plover") == NULL);
  ok &= cameo != NULL || bj_object_get_member (o, "cameo") == NULL;
  if (cameo && !(code = bilateral_cameo_lookup (bilateral_cameo_get_default (), cameo, &cameo_error)))
    {
      problem (l, BILATERAL_ERROR_SCHEMA, at, "cameo", "%s", cameo_error->message);
      g_clear_error (&cameo_error);
      ok = FALSE;
    }
  /* An event without a Goldstein weight takes its code's. */
  goldstein = member (l, o, at, "goldstein", FALSE, BJ_NODE_VALUE, G_TYPE_DOUBLE, "a number");
  if (goldstein && !(bj_node_get_double (goldstein) >= -10.0 && bj_node_get_double (goldstein) <= 10.0))
    {
      problem (l, BILATERAL_ERROR_SCHEMA, at, "goldstein", "%g is not from -10 to +10", bj_node_get_double (goldstein));
      ok = FALSE;
    }
  ok &= goldstein != NULL || bj_object_get_member (o, "goldstein") == NULL;
  citations = read_citations (l, o, at);
  impacts = read_impacts (l, o, at, &ok);
  read_sectors (l, o, at, &source_sectors, &target_sectors, &ok);
  location = read_location (l, o, at, &ok);
  participants = read_participants (l, o, at, &ok);
  if (id && l->elements == NULL && bilateral_archive_lookup_event (l->archive, id))
    {
      problem (l, BILATERAL_ERROR_REFERENCE, at, "id", "another event has the id “%s”", id);
      ok = FALSE;
    }
  if (!ok || !id || !date || !source || !(code || plover_type))
    {
      /* Not built: a phase that names it is not reported again. */
      if (id)
        g_hash_table_add (l->failed, g_strconcat ("event\x1f", id, NULL));
      return;
    }
  /* Without "goldstein", the event takes its code's weight, as one made in code does. */
  {
    const BilateralEventFields fields = {
      .id = id,
      .date = date,
      .source = source,
      .target = target,
      .cameo_code = cameo,
      .plover_type = plover_type,
      .plover_mode = plover_mode,
      .plover_contexts = (const char *const *) plover_contexts,
      .goldstein_given = goldstein != NULL,
      .goldstein = goldstein ? bj_node_get_double (goldstein) : 0.0,
      .title = get_string (l, o, at, "title", FALSE),
      .citations = citations,
      .impacts = impacts,
      .participants = participants,
      .source_sectors = (const char *const *) source_sectors,
      .target_sectors = (const char *const *) target_sectors,
      .location = location,
      .pool = l->texts,
    };
    event = _bilateral_event_new_from_fields (&fields);
  }
  l->checks_from = l->problems->messages->len;
  _bilateral_archive_check_event (l->archive, event, at, l->problems);
  if (l->elements == NULL)
    _bilateral_archive_index_event (l->archive, event, (int) i);
  g_ptr_array_add (l->events, g_steal_pointer (&event));
}

static void
read_events (Loader *l, BjArray *array)
{
  for (guint i = 0; array && i < bj_array_get_length (array); i++)
    read_event (l, bj_array_get_element (array, i), i);
}

static BilateralEvent *
get_event (Loader *l, BjObject *o, const char *pointer, const char *name, gboolean *ok)
{
  const char *id = get_string (l, o, pointer, name, FALSE);
  BilateralEvent *event;

  if (id == NULL)
    {
      *ok &= bj_object_get_member (o, name) == NULL;
      return NULL;
    }
  event = bilateral_archive_lookup_event (l->archive, id);
  if (event == NULL)
    {
      if (!_bilateral_problems_forgives (l->problems, "event", id))
        problem (l, BILATERAL_ERROR_REFERENCE, pointer, name, "no event has the id “%s”", id);
      *ok = FALSE;
    }
  return event;
}

static void
read_phases (Loader *l, BjArray *array)
{
  static const char *const allowed[] = { "id",      "dyad",          "start",         "end",    "stance",    "label",
                                         "summary", "opening_event", "closing_event", "origin", "citations", NULL };

  for (guint i = 0; array && i < bj_array_get_length (array); i++)
    {
      g_autofree char *at = NULL;
      BjObject *o = array_object (l, array, i, "/phases", &at);
      g_autoptr (BilateralDate) start = NULL;
      g_autoptr (BilateralDate) end = NULL;
      g_autoptr (GListModel) citations = NULL;
      g_autoptr (BilateralPhase) phase = NULL;
      BilateralActor *first = NULL, *second = NULL;
      BilateralEvent *opening, *closing;
      const char *id;
      int stance, origin;
      gboolean ok;

      if (o == NULL)
        continue;
      ok = check_members (l, o, at, allowed);
      id = get_string (l, o, at, "id", TRUE);
      ok &= get_dyad (l, o, at, &first, &second);
      ok &= get_date (l, o, at, "start", TRUE, &start);
      ok &= get_date (l, o, at, "end", FALSE, &end);
      if (!bj_object_has_member (o, "stance"))
        {
          problem (l, BILATERAL_ERROR_SCHEMA, at, NULL, "the member “stance” is missing");
          ok = FALSE;
        }
      ok &= get_enum (l, o, at, "stance", BILATERAL_TYPE_STANCE, BILATERAL_STANCE_NEUTRAL, &stance);
      ok &= get_enum (l, o, at, "origin", BILATERAL_TYPE_PHASE_ORIGIN, BILATERAL_PHASE_ORIGIN_CURATED, &origin);
      opening = get_event (l, o, at, "opening_event", &ok);
      closing = get_event (l, o, at, "closing_event", &ok);
      citations = read_citations (l, o, at);
      if (start && end && bilateral_date_get_earliest_day (end) <= bilateral_date_get_earliest_day (start))
        {
          problem (l, BILATERAL_ERROR_INVALID, at, "end", "the phase ends before it starts");
          ok = FALSE;
        }
      if (id && bilateral_archive_lookup_phase (l->archive, id))
        {
          problem (l, BILATERAL_ERROR_REFERENCE, at, "id", "another phase has the id “%s”", id);
          ok = FALSE;
        }
      if (!ok || !id || !start)
        continue;
      phase = g_object_new (BILATERAL_TYPE_PHASE, "id", id, "first", first, "second", second, "start", start, "end", end,
                            "stance", stance, "label", get_string (l, o, at, "label", FALSE), "summary",
                            get_string (l, o, at, "summary", FALSE), "opening-event", opening, "closing-event", closing, "origin",
                            origin, "citations", citations, NULL);
      _bilateral_archive_insert_phase (l->archive, phase, at);
    }
}

/* What comes before the events: the format, the title, sources and actors. */
static gboolean
read_head (Loader *l, BjObject *o)
{
  const char *format = get_string (l, o, "", "format", TRUE);

  if (format && strcmp (format, BILATERAL_FORMAT) != 0)
    {
      problem (l, BILATERAL_ERROR_SCHEMA, "", "format", "“%s” is not “" BILATERAL_FORMAT "”", format);
      return FALSE;
    }
  if (format == NULL)
    return FALSE;
  add_document_ids (l->ids, o);
  bilateral_archive_set_title (l->archive, get_string (l, o, "", "title", FALSE));
  bilateral_archive_set_description (l->archive, get_string (l, o, "", "description", FALSE));
  read_sources (l, get_array (l, o, "", "sources", FALSE));
  read_actors (l, get_array (l, o, "", "actors", FALSE));
  return TRUE;
}

/* Events are read as the parser hands them out when the document has
 * given its format, sources and actors before them (as saved documents
 * do); otherwise they wait in the tree. */
static gboolean
take_events (BjObject *root, gpointer data)
{
  Loader *l = data;
  BjNode *format;

  if (l->streaming)
    return FALSE; /* a second "events" is an error of the parser's */
  format = bj_object_get_member (root, "format");
  if (format && BJ_NODE_HOLDS_VALUE (format) && bj_node_get_value_type (format) == G_TYPE_STRING &&
      strcmp (bj_node_get_string (format), BILATERAL_FORMAT) == 0 && bj_object_has_member (root, "sources") &&
      bj_object_has_member (root, "actors"))
    l->streaming = read_head (l, root);
  return l->streaming;
}

static void
stream_event (BjNode *element, guint index, gpointer data)
{
  read_event (data, element, index);
}

/* The same on the second half's thread, noting what each element gave. */
static void
stream_second_half (BjNode *element, guint index, gpointer data)
{
  Loader *l = data;
  guint events = l->events->len;
  HalfElement e = { index, l->problems->messages->len, 0, 0, -1, NULL };

  l->checks_from = G_MAXUINT;
  read_event (l, element, index);
  e.problems_to = l->problems->messages->len;
  e.checks_from = MIN (l->checks_from, e.problems_to);
  if (l->events->len > events)
    e.event = (int) events; /* which has its id */
  else
    {
      BjNode *id = BJ_NODE_HOLDS_OBJECT (element) ? bj_object_get_member (element, "id") : NULL;
      e.id = g_strdup (id ? bj_node_get_string (id) : NULL);
    }
  g_array_append_val (l->elements, e);
}

/* "/events/I…" of the second half, as of the whole document. */
static char *
shift_pointer (const char *text, guint first)
{
  const char *digits = text + strlen ("/events/");
  char *rest;
  guint64 index;

  if (!g_str_has_prefix (text, "/events/") || !g_ascii_isdigit (*digits))
    return g_strdup (text);
  index = g_ascii_strtoull (digits, &rest, 10);
  return g_strdup_printf ("/events/%" G_GUINT64_FORMAT "%s", index + first, rest);
}

static int
compare_positions (gconstpointer a, gconstpointer b, gpointer events)
{
  GPtrArray *e = events;
  return _bilateral_event_compare (e->pdata[*(const guint *) a], e->pdata[*(const guint *) b], NULL);
}

/* On the helper's thread: its events in date order, to be merged with the first half's. */
static void
sort_second_half (gpointer data)
{
  Loader *second = data;

  g_array_set_size (second->order, second->events->len);
  for (guint i = 0; i < second->events->len; i++)
    g_array_index (second->order, guint, i) = i;
  g_array_sort_with_data (second->order, compare_positions, second->events);
}

/* The halves meet: the second's problems follow the first's, and its events
 * are indexed in order, an id the first half has taken being reported. */
/* Moves problems @from to @to of the second half's after the first's. */
static void
take_problems (Loader *l, BilateralProblems *second, guint from, guint to, guint first)
{
  for (guint k = from; k < to; k++)
    {
      g_ptr_array_add (l->problems->messages, shift_pointer (second->messages->pdata[k], first));
      g_ptr_array_add (l->problems->wheres, shift_pointer (second->wheres->pdata[k], first));
      g_array_append_val (l->problems->codes, g_array_index (second->codes, int, k));
    }
}

/* The halves meet: element by element, in order, the second's problems
 * follow the first's and its events are indexed; one whose id is taken is
 * reported so, and not built, so its checks are not reported either, as
 * in one pass. */
static void
finish_second_half (gpointer data, guint first, gboolean used)
{
  Loader *second = data, *l = second->first_half;
  g_autofree gboolean *taken = g_new0 (gboolean, second->events->len + 1);

  for (guint i = 0; used && i < second->elements->len; i++)
    {
      const HalfElement *e = &g_array_index (second->elements, HalfElement, i);
      BilateralEvent *event = e->event >= 0 ? second->events->pdata[e->event] : NULL;
      const char *id = event ? bilateral_event_get_id (event) : e->id;
      if (id && bilateral_archive_lookup_event (l->archive, id))
        {
          /* After what reading it found, before any check. */
          g_autofree char *at = index_pointer ("/events", first + e->index);
          take_problems (l, second->problems, e->problems_from, e->checks_from, first);
          problem (l, BILATERAL_ERROR_REFERENCE, at, "id", "another event has the id “%s”", id);
          if (event)
            taken[e->event] = TRUE;
          continue;
        }
      take_problems (l, second->problems, e->problems_from, e->problems_to, first);
      if (event)
        _bilateral_archive_index_event (l->archive, event, (int) (first + e->index));
    }
  if (used)
    {
      /* Each half in date order: the archive merges the two runs. */
      _bilateral_events_sort (l->events);
      for (guint k = 0; k < second->order->len; k++)
        {
          guint i = g_array_index (second->order, guint, k);
          if (!taken[i])
            g_ptr_array_add (l->events, g_object_ref (second->events->pdata[i]));
        }
      add_copies (l->failed, second->failed);
    }
  g_hash_table_remove_all (second->failed);
  g_ptr_array_set_size (second->events, 0);
  g_array_set_size (second->elements, 0);
  g_array_set_size (second->order, 0);
}

static void
read_document (Loader *l, BjNode *root)
{
  static const char *const allowed[] = { "format", "title", "description", "sources", "actors", "events", "phases", NULL };
  BjObject *o;

  if (root == NULL)
    {
      problem (l, BILATERAL_ERROR_PARSE, "", NULL, "the document is empty");
      return;
    }
  if (!BJ_NODE_HOLDS_OBJECT (root))
    {
      problem (l, BILATERAL_ERROR_SCHEMA, "", NULL, "expected an object, found %s", node_type_name (root));
      return;
    }
  o = bj_node_get_object (root);
  if (!l->streaming && !read_head (l, o))
    return;
  add_document_ids (l->ids, o);
  check_members (l, o, "", allowed);
  if (!l->streaming)
    read_events (l, get_array (l, o, "", "events", FALSE));
  _bilateral_archive_add_indexed_events (l->archive, l->events);
  add_copies (l->ids, l->failed);
  read_phases (l, get_array (l, o, "", "phases", FALSE));
}

/* A loader of one thread (@first_half: of the second half's, the first's),
 * with what it keeps while it reads. The archive, its actors by id and the
 * document's ids are shared: the second half's only reads them. */
static void
loader_init (Loader *l, BilateralArchive *archive, GHashTable *actor_ids, GHashTable *ids, Loader *first_half)
{
  *l = (Loader){ .archive = archive,
                 .problems = g_new (BilateralProblems, 1),
                 .actor_ids = actor_ids,
                 .ids = ids,
                 .failed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
                 .dates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) bilateral_date_unref),
                 .locations = g_hash_table_new_full (place_hash, place_equal, g_free, g_object_unref),
                 .events = g_ptr_array_new_with_free_func (g_object_unref),
                 .texts = _bilateral_text_pool_new (),
                 .first_half = first_half };
  _bilateral_problems_init (l->problems);
  l->problems->forgiven = ids; /* not written while events are read */
  if (first_half)
    {
      l->elements = g_array_new (FALSE, FALSE, sizeof (HalfElement));
      g_array_set_clear_func (l->elements, half_element_clear);
      l->order = g_array_new (FALSE, FALSE, sizeof (guint));
    }
}

static void
loader_clear (Loader *l)
{
  _bilateral_problems_clear (l->problems);
  g_free (l->problems);
  g_hash_table_unref (l->failed);
  g_hash_table_unref (l->dates);
  g_hash_table_unref (l->locations);
  g_ptr_array_unref (l->events);
  _bilateral_text_pool_free (l->texts);
  g_clear_pointer (&l->elements, g_array_unref);
  g_clear_pointer (&l->order, g_array_unref);
}

static BilateralArchive *
load (const char *data, gsize length, const char *name, gboolean mapped, GError **error)
{
  g_autofree char *origin = _bilateral_printable (name, -1); /* a path may be any bytes */
  g_autoptr (BilateralArchive) archive = bilateral_archive_new ();
  g_autoptr (GHashTable) actor_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) positions = NULL;
  g_autoptr (BjArena) arena = bj_arena_new ();
  g_autoptr (GError) json_error = NULL;
  Loader l, second;
  const BilateralJsonHelper helper = { stream_second_half, sort_second_half, finish_second_half, &second };
  BilateralProblems *problems;
  BjNode *root;
  gboolean ok;

  loader_init (&l, archive, actor_ids, ids, NULL);
  loader_init (&second, archive, actor_ids, ids, &l);
  problems = l.problems;
  root = _bilateral_json_stream_parse (data, length, origin, "events", take_events, stream_event, &l, &helper, mapped, arena,
                                       &json_error);
  loader_clear (&second);
  if (json_error == NULL)
    {
      read_document (&l, root);
      /* Records that could not be built are not in the archive; check the rest. */
      _bilateral_archive_check_all (archive, TRUE, problems);
    }
  if (json_error == NULL && problems->messages->len > 0)
    {
      /* Where each problem is, as line:column beside its pointer. */
      positions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      for (guint i = 0; i < problems->wheres->len; i++)
        if (*(char *) g_ptr_array_index (problems->wheres, i) == '/')
          g_hash_table_insert (positions, g_strdup (g_ptr_array_index (problems->wheres, i)), NULL);
      _bilateral_json_locate (data, length, positions);
      problems->positions = positions;
    }
  if (json_error)
    {
      g_propagate_error (error, g_steal_pointer (&json_error));
      ok = FALSE;
    }
  else
    ok = _bilateral_problems_to_error (problems, origin, error);
  loader_clear (&l);
  return ok ? g_steal_pointer (&archive) : NULL;
}

BilateralArchive *
_bilateral_archive_load_bytes (GBytes *bytes, const char *origin, GError **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return load (data, length, origin, FALSE, error);
}

/**
 * bilateral_archive_new_from_data:
 * @data: a `bilateral/1` JSON document
 * @length: its length in bytes, or -1 if it ends with a NUL byte
 * @error: return location for a #GError
 *
 * Reads an archive from a JSON document in memory. See
 * bilateral_archive_new_from_file() for what is checked.
 *
 * Returns: (transfer full): the archive, or %NULL with @error set
 */
BilateralArchive *
bilateral_archive_new_from_data (const char *data, gssize length, GError **error)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  return load (data, length < 0 ? strlen (data) : (gsize) length, "<data>", FALSE, error);
}

/**
 * bilateral_archive_new_from_file:
 * @path: (type filename): the path of a `bilateral/1` JSON document
 * @error: return location for a #GError
 *
 * Reads an archive from a file, checking it whole: the JSON syntax (the
 * error gives the line and column), the data format (unknown members are
 * rejected, so a misspelt field cannot vanish silently), every reference,
 * every date, each event against its actors' existence and the phases of
 * each dyad against overlap. The error lists every problem found, each
 * with its JSON pointer (`/events/3/date`) and the offending value.
 *
 * A file that cannot be read gives its #GIOErrorEnum error (such as
 * %G_IO_ERROR_NOT_FOUND), its message prefixed with the path.
 *
 * A state the registry knows (by its id, such as `SUN`, or else by the
 * first of its codes, as of its existence) takes from
 * bilateral_registry_get_default() what it does not give itself: its name,
 * its existence and its codes.
 *
 * Returns: (transfer full): the archive, or %NULL with @error set
 */
BilateralArchive *
bilateral_archive_new_from_file (const char *path, GError **error)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) file_error = NULL;
  g_autoptr (GMappedFile) mapped = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A file is mapped and read a piece at a time; what cannot be mapped
   * (a pipe) is read whole, and gives the error of what cannot be read. */
  if ((mapped = g_mapped_file_new (path, FALSE, NULL)))
    return load (g_mapped_file_get_contents (mapped), g_mapped_file_get_length (mapped), path, TRUE, error);
  file = g_file_new_for_path (path);
  if (!g_file_load_contents (file, NULL, &data, &length, NULL, &file_error))
    {
      _bilateral_propagate_io_error (error, g_steal_pointer (&file_error), path);
      return NULL;
    }
  return load (data, length, path, FALSE, error);
}
