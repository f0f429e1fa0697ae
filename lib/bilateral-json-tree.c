/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "bilateral-json-tree.h"

#define BLOCK (64u * 1024)
#define FEW_MEMBERS 16 /* looked up one by one; more are sorted by name */
#define SMALL_TABLE 64 /* slots of the table that finds a name given twice in an object of half as many members */

typedef struct _Block Block;
struct _Block {
  Block *next;
  gsize size, used;
  char data[];
};

struct _BjArena {
  Block *blocks; /* the one being filled first, then the rest */
  Block *first;  /* kept by a reset */
};

static Block *
block_new (gsize size)
{
  Block *b = g_malloc (sizeof (Block) + size);

  b->next = NULL;
  b->size = size;
  b->used = 0;
  return b;
}

BjArena *
bj_arena_new (void)
{
  BjArena *arena = g_new (BjArena, 1);

  arena->blocks = arena->first = block_new (BLOCK);
  return arena;
}

void
bj_arena_reset (BjArena *arena)
{
  for (Block *b = arena->blocks, *next; b; b = next)
    {
      next = b->next;
      if (b != arena->first)
        g_free (b);
    }
  arena->first->next = NULL;
  arena->first->used = 0;
  arena->blocks = arena->first;
}

void
bj_arena_free (BjArena *arena)
{
  bj_arena_reset (arena);
  g_free (arena->first);
  g_free (arena);
}

gpointer
bj_arena_alloc (BjArena *arena, gsize size)
{
  Block *b = arena->blocks;
  gsize at = (b->used + 7) & ~(gsize) 7;

  if (at <= b->size && size <= b->size - at)
    {
      b->used = at + size;
      return b->data + at;
    }
  if (size > BLOCK / 4)
    {
      /* A large one has a block of its own, behind the one being filled. */
      Block *own = block_new (size);
      own->used = size;
      own->next = b->next;
      b->next = own;
      return own->data;
    }
  b = block_new (BLOCK);
  b->next = arena->blocks;
  arena->blocks = b;
  b->used = size;
  return b->data;
}

char *
bj_arena_strndup (BjArena *arena, const char *text, gsize length)
{
  char *copy = bj_arena_alloc (arena, length + 1);

  memcpy (copy, text, length);
  copy[length] = '\0';
  return copy;
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (((const BjMember *) a)->name, ((const BjMember *) b)->name);
}

/* A name given twice is found by a small table on the stack for an object
 * of few members, by a hash table for more. */
BjNode *
bj_object_new (BjArena *arena, const BjMember *members, guint n)
{
  BjNode *node = bj_arena_alloc (arena, sizeof (BjNode));
  BjMember *out = bj_arena_alloc (arena, MAX (n, 1) * sizeof (BjMember));
  g_autoptr (GHashTable) seen = n > SMALL_TABLE / 2 ? g_hash_table_new (g_str_hash, g_str_equal) : NULL;
  guint8 slots[SMALL_TABLE] = { 0 }; /* 1 + the index in @out of a name with this hash */
  guint kept = 0;

  for (guint i = 0; i < n; i++)
    {
      const char *name = members[i].name;
      guint at = kept;
      if (seen)
        {
          gpointer found;
          if (g_hash_table_lookup_extended (seen, name, NULL, &found))
            at = GPOINTER_TO_UINT (found);
          else
            g_hash_table_insert (seen, (gpointer) name, GUINT_TO_POINTER (kept));
        }
      else
        {
          guint h = g_str_hash (name) % SMALL_TABLE;
          while (slots[h] && strcmp (out[slots[h] - 1].name, name) != 0)
            h = (h + 1) % SMALL_TABLE;
          if (slots[h])
            at = slots[h] - 1u;
          else
            slots[h] = (guint8) (kept + 1);
        }
      out[at] = members[i];
      kept += at == kept;
    }
  *node = (BjNode){ BJ_NODE_OBJECT, G_TYPE_INVALID, kept, { .members = out }, NULL };
  if (kept > FEW_MEMBERS)
    {
      node->by_name = bj_arena_alloc (arena, kept * sizeof (BjMember));
      memcpy (node->by_name, out, kept * sizeof (BjMember));
      qsort (node->by_name, kept, sizeof (BjMember), compare_names);
    }
  return node;
}

BjNode *
bj_array_new (BjArena *arena, BjNode *const *elements, guint n)
{
  BjNode *node = bj_arena_alloc (arena, sizeof (BjNode));
  BjNode **copy = bj_arena_alloc (arena, MAX (n, 1) * sizeof (BjNode *));

  if (n > 0)
    memcpy (copy, elements, n * sizeof (BjNode *));
  *node = (BjNode){ BJ_NODE_ARRAY, G_TYPE_INVALID, n, { .elements = copy }, NULL };
  return node;
}

BjNode *
bj_object_get_member (BjObject *object, const char *name)
{
  if (object->by_name)
    {
      BjMember key = { name, NULL };
      BjMember *found = bsearch (&key, object->by_name, object->n, sizeof (BjMember), compare_names);
      return found ? found->node : NULL;
    }
  for (guint i = 0; i < object->n; i++)
    if (strcmp (object->v.members[i].name, name) == 0)
      return object->v.members[i].node;
  return NULL;
}
