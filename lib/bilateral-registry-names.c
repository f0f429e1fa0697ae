/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "bilateral-registry-private.h"

/* Names of the registry's entries, found however people write them. One
 * normaliser makes the key of a name: Unicode compatibility decomposition
 * without accents, case folded; apostrophes of every kind dropped
 * ("Côte d’Ivoire", "Cote d'Ivoire"); every other punctuation mark, dash
 * and symbol a space, `&` the word "and"; the glue words "and" and "of"
 * dropped, and "the" unless it ends the name (ISO's "Congo (the)" is not
 * "Congo"); common abbreviations spelt out ("Rep.", "Dem.", "St.", "Is.");
 * runs of single letters joined ("U.S.A." is "usa"). Each name is indexed
 * under its key and under the keys of its other forms: a comma inversion
 * turned round and cut ("Korea, Republic of": "Republic of Korea",
 * "Korea") and a parenthesis moved and dropped ("Bolivia (Plurinational
 * State of)": "Plurinational State of Bolivia", "Bolivia"). */

struct _BilateralNameIndex {
  GHashTable *keys; /* key → GArray of BilateralNameEntry */
  guint n_names;
};

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x02B9 || c == '`' || c == 0x00B4 || c == 0x2032 ||
         c == 0xFF07;
}

static const struct {
  const char *abbreviation, *word;
} expansions[] = {
  { "rep", "republic" }, { "dem", "democratic" }, { "st", "saint" },   { "ste", "sainte" }, { "is", "islands" },
  { "isl", "islands" },  { "fed", "federal" },    { "sts", "states" }, { "utd", "united" }, { "kingdm", "kingdom" },
};

char *
_bilateral_name_key (const char *name)
{
  g_autofree char *decomposed = g_utf8_normalize (name, -1, G_NORMALIZE_NFKD);
  g_autofree char *folded = g_utf8_casefold (decomposed ? decomposed : "", -1);
  g_autoptr (GString) spaced = g_string_new (NULL);
  g_auto (GStrv) tokens = NULL;
  g_autoptr (GPtrArray) kept = g_ptr_array_new ();
  GString *key;
  guint n;

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK || is_apostrophe (c))
        continue;
      if (c == '&')
        g_string_append (spaced, " and ");
      else if (g_unichar_isalnum (c))
        g_string_append_unichar (spaced, c);
      else
        g_string_append_c (spaced, ' ');
    }
  tokens = g_strsplit (spaced->str, " ", -1);
  n = g_strv_length (tokens);
  while (n > 0 && *tokens[n - 1] == '\0')
    n--; /* now tokens[n - 1] is the last word */
  for (guint i = 0; i < n; i++)
    {
      const char *t = tokens[i];

      if (*t == '\0' || g_str_equal (t, "and") || g_str_equal (t, "of") || (g_str_equal (t, "the") && i + 1 != n))
        continue;
      for (guint e = 0; e < G_N_ELEMENTS (expansions); e++)
        if (g_str_equal (t, expansions[e].abbreviation))
          t = expansions[e].word;
      g_ptr_array_add (kept, (gpointer) t);
    }

  /* Join the tokens, with no space inside a run of single letters. */
  key = g_string_new (NULL);
  for (guint i = 0; i < kept->len; i++)
    {
      const char *t = g_ptr_array_index (kept, i);
      gboolean single = g_utf8_strlen (t, -1) == 1;
      gboolean after_single = i > 0 && g_utf8_strlen (g_ptr_array_index (kept, i - 1), -1) == 1;

      if (i > 0 && !(single && after_single))
        g_string_append_c (key, ' ');
      g_string_append (key, t);
    }
  return g_string_free (key, FALSE);
}

/* The forms of a name other than itself, as text: turned round and cut at
 * its first comma, its parenthesis moved to the front and dropped. */
static GPtrArray *
other_forms (const char *name)
{
  GPtrArray *forms = g_ptr_array_new_with_free_func (g_free);
  const char *comma = strstr (name, ", ");
  const char *open = strchr (name, '(');
  const char *close = open ? strchr (open, ')') : NULL;

  if (comma)
    {
      g_ptr_array_add (forms, g_strdup_printf ("%s %.*s", comma + 2, (int) (comma - name), name));
      g_ptr_array_add (forms, g_strndup (name, comma - name));
    }
  if (open && close)
    {
      g_autofree char *inside = g_strndup (open + 1, close - open - 1);
      g_autofree char *outside = g_strdup_printf ("%.*s %s", (int) (open - name), name, close + 1);
      g_ptr_array_add (forms, g_strdup_printf ("%s %s", inside, outside));
      g_ptr_array_add (forms, g_steal_pointer (&outside));
    }
  return forms;
}

BilateralNameIndex *
_bilateral_name_index_new (void)
{
  BilateralNameIndex *index = g_new0 (BilateralNameIndex, 1);

  index->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  return index;
}

void
_bilateral_name_index_free (BilateralNameIndex *index)
{
  g_hash_table_unref (index->keys);
  g_free (index);
}

static void
add_key (BilateralNameIndex *index, char *key, const BilateralNameEntry *entry)
{
  GArray *entries;

  if (*key == '\0')
    {
      g_free (key);
      return;
    }
  entries = g_hash_table_lookup (index->keys, key);
  if (entries == NULL)
    {
      entries = g_array_sized_new (FALSE, FALSE, sizeof (BilateralNameEntry), 1);
      g_hash_table_insert (index->keys, key, entries);
    }
  else
    {
      g_free (key);
      for (guint i = 0; i < entries->len; i++)
        {
          BilateralNameEntry *e = &g_array_index (entries, BilateralNameEntry, i);
          if (e->state == entry->state && e->first == entry->first && e->last == entry->last)
            {
              e->tier = MIN (e->tier, entry->tier);
              return;
            }
        }
    }
  g_array_append_val (entries, *entry);
}

void
_bilateral_name_index_add (BilateralNameIndex *index, const char *name, BilateralState *state, guint tier, gint32 first,
                           gint32 last)
{
  BilateralNameEntry entry = { state, tier, first, last };
  g_autoptr (GPtrArray) forms = other_forms (name);

  index->n_names++;
  add_key (index, _bilateral_name_key (name), &entry);
  /* A name as written outranks another's turned or cut form: "India" is
   * India, not "India (the British Raj)". */
  entry.tier += BILATERAL_NAME_TIER_FORM;
  for (guint i = 0; i < forms->len; i++)
    add_key (index, _bilateral_name_key (g_ptr_array_index (forms, i)), &entry);
}

GArray *
_bilateral_name_index_lookup (BilateralNameIndex *index, const char *name)
{
  g_autofree char *key = _bilateral_name_key (name);
  g_autoptr (GPtrArray) forms = NULL;
  GArray *entries = g_hash_table_lookup (index->keys, key);

  if (entries)
    return entries;
  forms = other_forms (name);
  for (guint i = 0; i < forms->len && entries == NULL; i++)
    {
      g_autofree char *other = _bilateral_name_key (g_ptr_array_index (forms, i));
      entries = g_hash_table_lookup (index->keys, other);
    }
  return entries;
}

guint
_bilateral_name_index_get_n_names (BilateralNameIndex *index)
{
  return index->n_names;
}

guint
_bilateral_name_index_get_n_keys (BilateralNameIndex *index)
{
  return g_hash_table_size (index->keys);
}
