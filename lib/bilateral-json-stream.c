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
  gsize last_element_end; /* just past the last element handed out */
  gsize array_start;      /* just past the streamed array's "[" */
  gboolean helper;        /* the second half's parser: stops at the array's end */
  gsize array_end;        /* there, just past its "]" */
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
      b->last_element_end = b->base + yajl_get_bytes_consumed (b->parser);
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
          b->array_start = b->base + yajl_get_bytes_consumed (b->parser);
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
  if (b->helper && b->levels->len == 1)
    {
      /* The second half's parser has read to the end of the array. */
      b->array_end = b->base + yajl_get_bytes_consumed (b->parser);
      return 0;
    }
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

/* The parser failed in the first @upto bytes (or at their end). Where is
 * found by reading them again in one piece: the place yajl says depends on
 * how its text was cut, and this one does not. Only when there is an error. */
static void
parse_error (const char *data, gsize upto, const char *origin, GError **error)
{
  yajl_handle parser = yajl_alloc (NULL, NULL, NULL);
  g_autofree char *message = NULL;
  const char *what;
  gsize offset = upto;
  guint line, column;

  if (yajl_parse (parser, (const unsigned char *) data, upto) != yajl_status_ok)
    offset = yajl_get_bytes_consumed (parser);
  else
    yajl_complete_parse (parser);
  what = message = (char *) yajl_get_error (parser, 0, NULL, 0);
  yajl_free (parser);

  /* yajl says "parse error: …" or "lexical error: …". */
  if (strstr (what, "error: "))
    what = strstr (what, "error: ") + strlen ("error: ");
  g_strchomp ((char *) what);
  _bilateral_json_position (data, offset, &line, &column);
  g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE, "%s:%u:%u: Parse error: %s", origin, line, column, what);
}

/* Gives back to the kernel the pages of a mapped file from @from to @to. */
static void
release (const char *data, gsize from, gsize to)
{
  gsize page = (gsize) sysconf (_SC_PAGESIZE);
  guintptr first = ((guintptr) data + from + page - 1) / page * page;
  guintptr last = ((guintptr) data + to) / page * page;

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

static void
builder_init (Builder *b, const char *data, const char *origin, const char *streamed, BilateralJsonTakeFunc take,
              BilateralJsonElementFunc func, gpointer user_data, BjArena *document, BjArena *element)
{
  *b = (Builder){ .levels = g_array_new (FALSE, FALSE, sizeof (Level)),
                  .members = g_array_new (FALSE, FALSE, sizeof (BjMember)),
                  .elements = g_ptr_array_new (),
                  .document = document,
                  .element = element,
                  .top_names = g_hash_table_new (g_str_hash, g_str_equal),
                  .streamed = streamed,
                  .take = take,
                  .func = func,
                  .user_data = user_data,
                  .data = data,
                  .origin = origin };
  b->parser = yajl_alloc (&callbacks, NULL, b);
}

static void
builder_clear (Builder *b)
{
  yajl_free (b->parser);
  g_array_unref (b->levels);
  g_ptr_array_unref (b->elements);
  g_array_unref (b->members);
  g_hash_table_unref (b->top_names);
  g_clear_error (&b->failure);
}

/* The second half ------------------------------------------------------------ */

/* A long array of events is read in two halves at once: a helper thread
 * parses from an element's start near the middle to the array's end while
 * this one parses up to it. Where the second half starts is a guess (the
 * first "}, {" followed by an "id" member after the middle); it is used only
 * if this thread's parser, on reaching it, is just past an element of the
 * array, and the helper read to the array's end with no problem of the text.
 * Otherwise its work is dropped, and this thread reads on as if it had not
 * been: the result is the same, only slower. */

/* From how many bytes of array: 8 MB, or BILATERAL_TWO_HALVES_FROM's (a
 * knob for tests and fuzzers, which compare both ways; 0: never). */
static gsize
two_halves_from (void)
{
  const char *knob = g_getenv ("BILATERAL_TWO_HALVES_FROM");
  guint64 bytes;

  if (knob == NULL || !g_ascii_string_to_unsigned (knob, 10, 0, G_MAXSIZE, &bytes, NULL))
    return 8u << 20;
  return bytes == 0 ? G_MAXSIZE : (gsize) bytes;
}

typedef struct {
  const char *data, *origin, *streamed;
  gsize length, split; /* split: the "," before the second half */
  gsize piece;         /* parsed at a time */
  gboolean mapped;
  const BilateralJsonHelper *spec;
  gboolean read;   /* to the array's end, with no problem of the text */
  guint n_read;    /* elements */
  gsize array_end; /* just past the array's "]" */
} Half;

static gboolean
take_all (BjNode *root_so_far, gpointer user_data)
{
  return TRUE;
}

static gpointer
read_second_half (gpointer data)
{
  Half *h = data;
  g_autoptr (BjArena) document = bj_arena_new ();
  g_autoptr (BjArena) element = bj_arena_new ();
  Level root = { TRUE, 0, h->streamed, FALSE };
  BilateralJsonCheck check;
  Builder b;
  gsize offset = h->split + 1;
  yajl_status status = yajl_status_ok;

  builder_init (&b, h->data, h->origin, h->streamed, take_all, h->spec->func, h->spec->user_data, document, element);
  b.helper = TRUE;
  /* As if inside the document's object, at its member holding the array. */
  g_array_append_val (b.levels, root);
  yajl_parse (b.parser, (const unsigned char *) "[", 1);
  _bilateral_json_check_init (&check, h->data, h->length, h->origin);
  check.scanned = check.validated = h->data + offset;
  check.depth = 2;
  while (status == yajl_status_ok && offset < h->length)
    {
      gsize n = MIN (h->piece, h->length - offset);
      if (!_bilateral_json_check_upto (&check, offset + n, NULL))
        break;
      b.base = offset;
      status = yajl_parse (b.parser, (const unsigned char *) h->data + offset, n);
      if (h->mapped)
        release (h->data, h->split, offset);
      offset += n;
    }
  /* Stopped by on_end at the array's end, and no element missing after the comma. */
  h->read = status == yajl_status_client_canceled && b.failure == NULL && b.array_end > 0 && b.index > 0;
  h->n_read = b.index;
  h->array_end = b.array_end;
  builder_clear (&b);
  if (h->read)
    h->spec->done (h->spec->user_data);
  return NULL;
}

/* The "," of the first "}, {" with an "id" member after @from, within a megabyte. */
static gsize
guess_split (const char *data, gsize from, gsize length)
{
  const char *p = data + from, *end = data + MIN (length, from + (1u << 20));

  while ((p = memchr (p, '}', end - p)) != NULL)
    {
      const char *q = p + 1, *comma;
      while (q < end && g_ascii_isspace (*q))
        q++;
      if (q >= end || *q != ',')
        {
          p++;
          continue;
        }
      comma = q++;
      while (q < end && g_ascii_isspace (*q))
        q++;
      if (q < end && *q == '{')
        {
          q++;
          while (q < end && g_ascii_isspace (*q))
            q++;
          if (end - q > 4 && memcmp (q, "\"id\"", 4) == 0)
            return comma - data;
        }
      p++;
    }
  return 0;
}

/* Whether this thread's parser, having read up to @split, is just past an
 * element of the streamed array. */
static gboolean
at_split (Builder *b, const char *data, gsize split)
{
  if (b->levels->len != 2 || !g_array_index (b->levels, Level, 1).streamed || !b->taking || b->last_element_end == 0 ||
      b->last_element_end > split || data[split] != ',')
    return FALSE;
  for (gsize i = b->last_element_end; i < split; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

/* The parse ---------------------------------------------------------------- */

BjNode *
_bilateral_json_stream_parse (const char *data, gsize length, const char *origin, const char *streamed,
                              BilateralJsonTakeFunc take, BilateralJsonElementFunc func, gpointer user_data,
                              const BilateralJsonHelper *helper, gboolean mapped, BjArena *arena, GError **error)
{
  g_autoptr (BjArena) element = bj_arena_new ();
  g_autoptr (GError) local = NULL;
  BilateralJsonCheck check;
  Builder b;
  Half half = { data, origin, streamed, length, 0, 0, mapped, helper, FALSE, 0, 0 };
  GThread *thread = NULL;
  gsize offset = 0, released = 0, halves_from = two_halves_from ();
  /* Pieces small enough that a second half can start before the first ends. */
  gsize piece = MIN (CHUNK, MAX (halves_from / 8, 16));

  half.piece = piece;
  builder_init (&b, data, origin, streamed, take, func, user_data, arena, element);
  _bilateral_json_check_init (&check, data, length, origin);
  while (local == NULL && offset < length)
    {
      gsize limit = MIN (offset + piece, length);
      if (thread && offset < half.split && limit > half.split)
        limit = half.split; /* stop there, to see if the guess was right */
      if (!_bilateral_json_check_upto (&check, limit, &local))
        {
          /* The first problem of the text is the one told: the parser's, if
           * it fails before the check's. */
          gsize at = (gsize) (check.failed_at - data);
          b.base = offset;
          if (at > offset && yajl_parse (b.parser, (const unsigned char *) data + offset, at - offset) != yajl_status_ok)
            {
              g_clear_error (&local);
              if (b.failure)
                local = g_steal_pointer (&b.failure);
              else
                parse_error (data, at, origin, &local);
            }
          break;
        }
      b.base = offset;
      if (yajl_parse (b.parser, (const unsigned char *) data + offset, limit - offset) != yajl_status_ok)
        {
          if (b.failure)
            local = g_steal_pointer (&b.failure);
          else
            parse_error (data, limit, origin, &local);
          break;
        }
      offset = limit;
      if (mapped)
        release (data, released, offset), released = offset;
      if (helper && thread == NULL && half.split == 0 && b.taking && b.array_start > 0 && length - b.array_start >= halves_from)
        {
          /* The array has started, and is long: a helper reads its second half. */
          gsize from = b.array_start + (length - b.array_start) / 2;
          half.split = MAX (guess_split (data, from, length), offset);
          if (half.split > offset)
            thread = g_thread_new ("bilateral-read", read_second_half, &half);
          else
            half.split = G_MAXSIZE; /* no guess: read on alone */
        }
      if (thread && offset == half.split)
        {
          gboolean right = at_split (&b, data, half.split);
          g_thread_join (g_steal_pointer (&thread));
          g_debug ("%s: the second half from byte %" G_GSIZE_FORMAT " %s", origin, half.split,
                   right && half.read ? "is read" : "was a wrong guess, read again");
          helper->finish (helper->user_data, b.index, right && half.read);
          if (right && half.read)
            {
              /* Close the array here, and read on after it. */
              b.index += half.n_read;
              yajl_parse (b.parser, (const unsigned char *) "]", 1);
              offset = released = half.array_end;
              check.scanned = check.validated = data + offset;
              check.depth = 1;
            }
        }
    }
  if (thread)
    {
      /* The text failed before the guess: the helper's work is not wanted. */
      g_thread_join (thread);
      helper->finish (helper->user_data, b.index, FALSE);
    }
  /* An empty document is no error here: the reader says what it lacks. */
  if (local == NULL && yajl_complete_parse (b.parser) != yajl_status_ok && !blank (data, length))
    parse_error (data, length, origin, &local);
  builder_clear (&b);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  return b.root;
}
