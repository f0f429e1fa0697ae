/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <yajl/yajl_parse.h>

#include "bilateral-json-tree.h"
#include "bilateral-private.h"

/* Parsing a JSON document a piece at a time with yajl's event parser, so
 * that the tree of a large document never exists whole: the elements of one
 * array member of the top-level object are handed out as each is complete,
 * and their memory reused for the next. The tree is bilateral-json-tree.h's,
 * its nodes in arenas: the document's, and one for the element being read.
 * The text is checked (_bilateral_json_check_upto()) just ahead of the
 * parser. */

#define CHUNK (1u << 20)

typedef struct {
  gboolean object;   /* else an array */
  guint start;       /* where its members or elements begin on the stacks */
  const char *key;   /* in an object, the name of the member being read */
  gboolean streamed; /* the array whose elements are handed out */
} Level;

typedef struct {
  GArray *levels;
  GArray *members;     /* of the objects being read, BjMember */
  GPtrArray *elements; /* of the arrays being read */
  BjArena *document, *element;
  GHashTable *top_names; /* the members of the top-level object so far */
  BjNode *root;
  const char *streamed;
  BilateralJsonTakeFunc take;
  BilateralJsonElementFunc func;
  gpointer user_data;
  gboolean taking; /* the streamed array's elements are handed out */
  guint index;     /* of the next element handed out */
  yajl_handle parser;
  const char *data, *origin;
  gsize base; /* the offset of the piece being parsed */
  GError *failure;
} Builder;

/* Where a node at @depth (0: the document itself) is made: a handed-out
 * element's is the element arena, reset after each. */
static BjArena *
arena_at (Builder *b, guint depth)
{
  if (b->taking && depth >= 2 && g_array_index (b->levels, Level, 1).streamed)
    return b->element;
  return b->document;
}

/* A value is complete: it goes into its container, or is handed out. */
static int
add (Builder *b, BjNode *node)
{
  Level *top;

  if (b->levels->len == 0)
    {
      b->root = node;
      return 1;
    }
  top = &g_array_index (b->levels, Level, b->levels->len - 1);
  if (top->streamed && b->taking)
    {
      b->func (node, b->index++, b->user_data);
      bj_arena_reset (b->element);
    }
  else if (!top->object)
    g_ptr_array_add (b->elements, node);
  else
    {
      BjMember member = { top->key ? top->key : "", node };
      g_array_append_val (b->members, member);
      top->key = NULL;
    }
  return 1;
}

static BjNode *
value_node (Builder *b, GType type)
{
  BjNode *node = bj_arena_alloc (arena_at (b, b->levels->len), sizeof (BjNode));

  *node = (BjNode){ BJ_NODE_VALUE, type, 0, { 0 }, NULL };
  return node;
}

static int
on_null (void *ctx)
{
  Builder *b = ctx;
  BjNode *node = value_node (b, G_TYPE_INVALID);

  node->type = BJ_NODE_NULL;
  return add (b, node);
}

static int
on_boolean (void *ctx, int value)
{
  Builder *b = ctx;
  BjNode *node = value_node (b, G_TYPE_BOOLEAN);

  node->v.b = value != 0;
  return add (b, node);
}

/* As json-glib reads numbers: an integer unless it has a fraction or an
 * exponent. The text check has already kept out what neither can hold,
 * and any number of 64 characters or more. */
static int
on_number (void *ctx, const char *text, size_t length)
{
  Builder *b = ctx;
  char buffer[64];
  BjNode *node;

  if (length >= sizeof buffer)
    return 0;
  memcpy (buffer, text, length);
  buffer[length] = '\0';
  if (strpbrk (buffer, ".eE"))
    {
      node = value_node (b, G_TYPE_DOUBLE);
      node->v.d = g_ascii_strtod (buffer, NULL);
    }
  else
    {
      node = value_node (b, G_TYPE_INT64);
      node->v.i = g_ascii_strtoll (buffer, NULL, 10);
    }
  return add (b, node);
}

static int
on_string (void *ctx, const unsigned char *text, size_t length)
{
  Builder *b = ctx;
  BjNode *node = value_node (b, G_TYPE_STRING);

  node->v.s = bj_arena_strndup (arena_at (b, b->levels->len), (const char *) text, length);
  return add (b, node);
}

static int
on_key (void *ctx, const unsigned char *text, size_t length)
{
  Builder *b = ctx;
  Level *top = &g_array_index (b->levels, Level, b->levels->len - 1);

  top->key = bj_arena_strndup (arena_at (b, b->levels->len), (const char *) text, length);
  /* json-glib would keep the last silently: a document's half would be lost. */
  if (b->levels->len == 1 && !g_hash_table_add (b->top_names, (gpointer) top->key))
    {
      g_autofree char *shown = _bilateral_printable (top->key, -1);
      guint line, column;
      _bilateral_json_position (b->data, b->base + yajl_get_bytes_consumed (b->parser), &line, &column);
      g_set_error (&b->failure, BILATERAL_ERROR, BILATERAL_ERROR_PARSE, "%s:%u:%u: the member “%s” appears twice", b->origin,
                   line, column, shown);
      return 0;
    }
  return 1;
}

static int
start (Builder *b, gboolean object)
{
  Level v = { object, object ? b->members->len : b->elements->len, NULL, FALSE };

  if (b->levels->len == 1 && !object && g_array_index (b->levels, Level, 0).object)
    {
      Level *top = &g_array_index (b->levels, Level, 0);
      v.streamed = b->streamed && top->key && strcmp (top->key, b->streamed) == 0;
      if (v.streamed)
        {
          /* The members so far, as an object, to decide on. */
          guint n = b->members->len - top->start;
          BjNode so_far = {
            BJ_NODE_OBJECT, G_TYPE_INVALID, n, { .members = n ? &g_array_index (b->members, BjMember, top->start) : NULL }, NULL
          };
          b->taking = b->take (&so_far, b->user_data);
        }
    }
  g_array_append_val (b->levels, v);
  return 1;
}

static int
on_start_map (void *ctx)
{
  return start (ctx, TRUE);
}

static int
on_start_array (void *ctx)
{
  return start (ctx, FALSE);
}

static int
on_end (void *ctx)
{
  Builder *b = ctx;
  Level top = g_array_index (b->levels, Level, b->levels->len - 1);
  BjArena *arena = arena_at (b, b->levels->len - 1);
  BjNode *node;

  /* An empty stack may have no storage yet: no pointer into it then. */
  if (top.object)
    {
      guint n = b->members->len - top.start;
      node = bj_object_new (arena, n ? &g_array_index (b->members, BjMember, top.start) : NULL, n);
      g_array_set_size (b->members, top.start);
    }
  else
    {
      guint n = b->elements->len - top.start;
      node = bj_array_new (arena, n ? (BjNode *const *) b->elements->pdata + top.start : NULL, n);
      g_ptr_array_set_size (b->elements, top.start);
    }
  g_array_set_size (b->levels, b->levels->len - 1);
  return add (b, node);
}

static const yajl_callbacks callbacks = {
  .yajl_null = on_null,
  .yajl_boolean = on_boolean,
  .yajl_number = on_number,
  .yajl_string = on_string,
  .yajl_start_map = on_start_map,
  .yajl_map_key = on_key,
  .yajl_end_map = on_end,
  .yajl_start_array = on_start_array,
  .yajl_end_array = on_end,
};

static void
parse_error (yajl_handle parser, const char *data, gsize offset, const char *origin, GError **error)
{
  g_autofree char *message = (char *) yajl_get_error (parser, 0, NULL, 0);
  const char *what = message;
  guint line, column;

  /* yajl says "parse error: …" or "lexical error: …". */
  if (strstr (what, "error: "))
    what = strstr (what, "error: ") + strlen ("error: ");
  g_strchomp ((char *) what);
  _bilateral_json_position (data, offset, &line, &column);
  g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE, "%s:%u:%u: Parse error: %s", origin, line, column, what);
}

/* Gives back to the kernel the pages of a mapped file before @offset. */
static void
release (const char *data, gsize offset)
{
  gsize page = (gsize) sysconf (_SC_PAGESIZE);
  guintptr first = ((guintptr) data + page - 1) / page * page;
  guintptr last = ((guintptr) data + offset) / page * page;

  if (last > first)
    madvise ((void *) first, last - first, MADV_DONTNEED);
}

static gboolean
blank (const char *data, gsize length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

BjNode *
_bilateral_json_stream_parse (const char *data, gsize length, const char *origin, const char *streamed,
                              BilateralJsonTakeFunc take, BilateralJsonElementFunc func, gpointer user_data, gboolean mapped,
                              BjArena *arena, GError **error)
{
  g_autoptr (BjArena) element = bj_arena_new ();
  Builder b = { .levels = g_array_new (FALSE, FALSE, sizeof (Level)),
                .members = g_array_new (FALSE, FALSE, sizeof (BjMember)),
                .elements = g_ptr_array_new (),
                .document = arena,
                .element = element,
                .top_names = g_hash_table_new (g_str_hash, g_str_equal),
                .streamed = streamed,
                .take = take,
                .func = func,
                .user_data = user_data,
                .data = data,
                .origin = origin };
  g_autoptr (GError) local = NULL;
  yajl_handle parser = b.parser = yajl_alloc (&callbacks, NULL, &b);
  BilateralJsonCheck check;
  gsize offset = 0;

  _bilateral_json_check_init (&check, data, length, origin);
  while (local == NULL && offset < length)
    {
      gsize n = MIN (CHUNK, length - offset);
      if (!_bilateral_json_check_upto (&check, offset + n, &local))
        break;
      b.base = offset;
      if (yajl_parse (parser, (const unsigned char *) data + offset, n) != yajl_status_ok)
        {
          if (b.failure)
            local = g_steal_pointer (&b.failure);
          else
            parse_error (parser, data, offset + yajl_get_bytes_consumed (parser), origin, &local);
          break;
        }
      offset += n;
      if (mapped)
        release (data, offset);
    }
  /* An empty document is no error here: the reader says what it lacks. */
  if (local == NULL && yajl_complete_parse (parser) != yajl_status_ok && !blank (data, length))
    parse_error (parser, data, length, origin, &local);
  yajl_free (parser);
  g_array_unref (b.levels);
  g_array_unref (b.members);
  g_ptr_array_unref (b.elements);
  g_hash_table_unref (b.top_names);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  return b.root;
}
