/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-private.h"

/* Texts records repeat by the million (a CAMEO code, a title, a sector):
 * one copy each, counted. A text is a GRefString, released with
 * g_ref_string_release(); a list of texts is counted the same way. A pool
 * keeps a reference to each text and list a reader has met, so that making
 * the next record takes no lock: two threads reading one document would
 * otherwise meet at the intern table's for every event. */

char *
_bilateral_intern_text (const char *text)
{
  char *clean;

  if (text == NULL)
    return NULL;
  if (g_utf8_validate (text, -1, NULL))
    return g_ref_string_new_intern (text);
  clean = _bilateral_dup_text (text);
  text = g_ref_string_new_intern (clean);
  g_free (clean);
  return (char *) text;
}

/* A list sits after its count and key. */
typedef struct {
  gint refs; /* atomic; a list that reached 0 is never given again */
  char *key; /* the texts joined by U+001F, the table's key */
  char *texts[];
} SharedList;

static GMutex shared_lists_lock;
static GHashTable *shared_lists; /* key → SharedList */

static SharedList *
list_of (char **texts)
{
  return (SharedList *) ((char *) texts - G_STRUCT_OFFSET (SharedList, texts));
}

char **
_bilateral_intern_list (const char *const *texts)
{
  g_autofree char *key = NULL;
  SharedList *list;
  guint n;

  if (texts == NULL || texts[0] == NULL)
    return NULL;
  key = g_strjoinv ("\x1f", (char **) texts);
  g_mutex_lock (&shared_lists_lock);
  if (shared_lists == NULL)
    shared_lists = g_hash_table_new (g_str_hash, g_str_equal);
  list = g_hash_table_lookup (shared_lists, key);
  if (list && g_atomic_int_get (&list->refs) == 0)
    {
      /* Released to 0: its releaser frees it. Not to be given again. */
      g_hash_table_remove (shared_lists, list->key);
      list = NULL;
    }
  if (list == NULL)
    {
      n = g_strv_length ((char **) texts);
      list = g_malloc (sizeof (SharedList) + (n + 1) * sizeof (char *));
      list->refs = 0;
      list->key = g_steal_pointer (&key);
      for (guint i = 0; i < n; i++)
        list->texts[i] = g_strdup (texts[i]);
      list->texts[n] = NULL;
      g_hash_table_insert (shared_lists, list->key, list);
    }
  g_atomic_int_inc (&list->refs);
  g_mutex_unlock (&shared_lists_lock);
  return list->texts;
}

char **
_bilateral_ref_list (char **texts)
{
  if (texts)
    g_atomic_int_inc (&list_of (texts)->refs);
  return texts;
}

void
_bilateral_release_list (char **texts)
{
  SharedList *list;

  if (texts == NULL)
    return;
  list = list_of (texts);
  if (!g_atomic_int_dec_and_test (&list->refs))
    return;
  /* This thread took it to 0, and only this one frees it. */
  g_mutex_lock (&shared_lists_lock);
  if (g_hash_table_lookup (shared_lists, list->key) == list)
    g_hash_table_remove (shared_lists, list->key);
  g_mutex_unlock (&shared_lists_lock);
  for (char **t = list->texts; *t; t++)
    g_free (*t);
  g_free (list->key);
  g_free (list);
}

/* The pool ---------------------------------------------------------------- */

struct _BilateralTextPool {
  GHashTable *texts; /* text → its GRefString, a reference kept */
  GHashTable *lists; /* the texts joined by U+001F → the list, a reference kept */
};

BilateralTextPool *
_bilateral_text_pool_new (void)
{
  BilateralTextPool *pool = g_new (BilateralTextPool, 1);

  pool->texts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ref_string_release);
  pool->lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) _bilateral_release_list);
  return pool;
}

void
_bilateral_text_pool_free (BilateralTextPool *pool)
{
  g_hash_table_unref (pool->texts);
  g_hash_table_unref (pool->lists);
  g_free (pool);
}

char *
_bilateral_text_pool_text (BilateralTextPool *pool, const char *text)
{
  char *shared;

  if (text == NULL)
    return NULL;
  if ((shared = g_hash_table_lookup (pool->texts, text)) == NULL)
    {
      shared = _bilateral_intern_text (text);
      g_hash_table_insert (pool->texts, shared, shared);
    }
  return g_ref_string_acquire (shared);
}

char **
_bilateral_text_pool_list (BilateralTextPool *pool, const char *const *texts)
{
  g_autofree char *key = NULL;
  char **shared;

  if (texts == NULL || texts[0] == NULL)
    return NULL;
  key = g_strjoinv ("\x1f", (char **) texts);
  if ((shared = g_hash_table_lookup (pool->lists, key)) == NULL)
    {
      shared = _bilateral_intern_list (texts);
      g_hash_table_insert (pool->lists, g_steal_pointer (&key), shared);
    }
  return _bilateral_ref_list (shared);
}
