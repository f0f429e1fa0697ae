/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <yajl/yajl_parse.h>

#include "bilateral-private.h"

/* Parsing a JSON document a piece at a time with yajl's event parser, so
 * that the tree of a large document never exists whole: the elements of one
 * array member of the top-level object are handed out as each is complete,
 * and dropped once the caller has read them. The rest of the document is
 * built as json-glib nodes, as json_parser_load_from_data() would. The text
 * is checked (_bilateral_json_check_upto()) just ahead of the parser. */

#define CHUNK (1u << 20)

typedef struct {
  JsonNode *node;    /* an object or array being built */
  gboolean streamed; /* the array whose elements are handed out */
} Level;

typedef struct {
  GArray *levels;
  GPtrArray *keys; /* of each level, in an object the name of the member being read */
  JsonNode *root;
  GString *text; /* a string as json-glib wants it, NUL-terminated */
  const char *streamed;
  BilateralJsonElementFunc func;
  gpointer user_data;
  guint index; /* of the next element handed out */
  yajl_handle parser;
  const char *data, *origin;
  gsize base; /* the offset of the piece being parsed */
  GError *failure;
} Builder;

static void
free_key (gpointer key)
{
  g_string_free (key, TRUE);
}

static void
level_clear (gpointer data)
{
  Level *v = data;

  g_clear_pointer (&v->node, json_node_unref);
}

/* A value is complete: it goes into its container, or is handed out. */
static int
add (Builder *b, JsonNode *node)
{
  Level *top;

  if (b->levels->len == 0)
    {
      b->root = node;
      return 1;
    }
  top = &g_array_index (b->levels, Level, b->levels->len - 1);
  if (top->streamed)
    {
      JsonObject *root = json_node_get_object (g_array_index (b->levels, Level, 0).node);
      if (b->func (root, node, b->index++, b->user_data))
        json_node_unref (node);
      else
        json_array_add_element (json_node_get_array (top->node), node);
    }
  else if (JSON_NODE_HOLDS_ARRAY (top->node))
    json_array_add_element (json_node_get_array (top->node), node);
  else
    {
      json_object_set_member (json_node_get_object (top->node), ((GString *) b->keys->pdata[b->levels->len - 1])->str, node);
    }
  return 1;
}

static JsonNode *
value_node (void)
{
  return json_node_new (JSON_NODE_VALUE);
}

static int
on_null (void *ctx)
{
  return add (ctx, json_node_new (JSON_NODE_NULL));
}

static int
on_boolean (void *ctx, int value)
{
  JsonNode *node = value_node ();

  json_node_set_boolean (node, value);
  return add (ctx, node);
}

/* As json-glib reads numbers: an integer unless it has a fraction or an
 * exponent. The text check has already kept out what neither can hold. */
static int
on_number (void *ctx, const char *text, size_t length)
{
  Builder *b = ctx;
  JsonNode *node = value_node ();

  g_string_truncate (b->text, 0);
  g_string_append_len (b->text, text, (gssize) length);
  if (strpbrk (b->text->str, ".eE"))
    json_node_set_double (node, g_ascii_strtod (b->text->str, NULL));
  else
    json_node_set_int (node, g_ascii_strtoll (b->text->str, NULL, 10));
  return add (b, node);
}

static int
on_string (void *ctx, const unsigned char *text, size_t length)
{
  Builder *b = ctx;
  JsonNode *node = value_node ();

  g_string_truncate (b->text, 0);
  g_string_append_len (b->text, (const char *) text, (gssize) length);
  json_node_set_string (node, b->text->str);
  return add (b, node);
}

static int
on_key (void *ctx, const unsigned char *text, size_t length)
{
  Builder *b = ctx;
  Level *top = &g_array_index (b->levels, Level, b->levels->len - 1);
  GString *key = b->keys->pdata[b->levels->len - 1];

  g_string_truncate (key, 0);
  g_string_append_len (key, (const char *) text, (gssize) length);
  /* json-glib would keep the last silently: a document's half would be lost. */
  if (b->levels->len == 1 && json_object_has_member (json_node_get_object (top->node), key->str))
    {
      g_autofree char *shown = _bilateral_printable (key->str, -1);
      guint line, column;
      _bilateral_json_position (b->data, b->base + yajl_get_bytes_consumed (b->parser), &line, &column);
      g_set_error (&b->failure, BILATERAL_ERROR, BILATERAL_ERROR_PARSE, "%s:%u:%u: the member “%s” appears twice", b->origin,
                   line, column, shown);
      return 0;
    }
  return 1;
}

static int
start (Builder *b, JsonNode *node)
{
  Level v = { node, FALSE };

  if (b->levels->len == 1 && JSON_NODE_HOLDS_ARRAY (node) && JSON_NODE_HOLDS_OBJECT (g_array_index (b->levels, Level, 0).node))
    v.streamed = b->streamed && strcmp (((GString *) b->keys->pdata[0])->str, b->streamed) == 0;
  g_array_append_val (b->levels, v);
  /* A key's buffer is kept for the next container at its depth. */
  if (b->keys->len < b->levels->len)
    g_ptr_array_add (b->keys, g_string_new (NULL));
  else
    g_string_truncate (b->keys->pdata[b->levels->len - 1], 0);
  return 1;
}

static int
on_start_map (void *ctx)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, json_object_new ());
  return start (ctx, node);
}

static int
on_start_array (void *ctx)
{
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  json_node_take_array (node, json_array_new ());
  return start (ctx, node);
}

static int
on_end (void *ctx)
{
  Builder *b = ctx;
  Level *top = &g_array_index (b->levels, Level, b->levels->len - 1);
  JsonNode *node = g_steal_pointer (&top->node);

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

JsonNode *
_bilateral_json_stream_parse (const char *data, gsize length, const char *origin, const char *streamed,
                              BilateralJsonElementFunc func, gpointer user_data, gboolean mapped, GError **error)
{
  Builder b = { g_array_new (FALSE, TRUE, sizeof (Level)),
                g_ptr_array_new_with_free_func (free_key),
                NULL,
                g_string_new (NULL),
                streamed,
                func,
                user_data,
                0,
                NULL,
                data,
                origin,
                0,
                NULL };
  g_autoptr (GError) local = NULL;
  yajl_handle parser = b.parser = yajl_alloc (&callbacks, NULL, &b);
  BilateralJsonCheck check;
  gsize offset = 0;

  g_array_set_clear_func (b.levels, level_clear);
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
  g_ptr_array_unref (b.keys);
  g_string_free (b.text, TRUE);
  if (local != NULL)
    {
      g_clear_pointer (&b.root, json_node_unref);
      g_propagate_error (error, g_steal_pointer (&local));
    }
  return b.root;
}
