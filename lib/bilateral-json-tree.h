/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The tree a bilateral/1 document is read into (bilateral-json-tree.c): its
 * nodes live in an arena and are freed all at once, so that an event of a
 * million costs no allocation of its own. Read with the functions below,
 * which behave as json-glib's of the same names. */

typedef enum { BJ_NODE_OBJECT, BJ_NODE_ARRAY, BJ_NODE_VALUE, BJ_NODE_NULL } BjNodeType;

typedef struct _BjNode BjNode;
typedef BjNode BjObject; /* a node that is an object */
typedef BjNode BjArray;  /* a node that is an array */

typedef struct {
  const char *name;
  BjNode *node;
} BjMember;

struct _BjNode {
  BjNodeType type;
  GType value_type; /* of a value: G_TYPE_INT64, G_TYPE_DOUBLE, G_TYPE_STRING or G_TYPE_BOOLEAN */
  guint n;          /* an object's members, an array's elements */
  union {
    gint64 i;
    double d;
    gboolean b;
    const char *s;
    BjNode **elements;
    BjMember *members; /* in the order of the text, each name once */
  } v;
  BjMember *by_name; /* of an object of many members, sorted by name; else NULL */
};

#define BJ_NODE_HOLDS_OBJECT(node) ((node)->type == BJ_NODE_OBJECT)
#define BJ_NODE_HOLDS_ARRAY(node) ((node)->type == BJ_NODE_ARRAY)
#define BJ_NODE_HOLDS_VALUE(node) ((node)->type == BJ_NODE_VALUE)

static inline BjNodeType
bj_node_get_node_type (const BjNode *node)
{
  return node->type;
}

static inline GType
bj_node_get_value_type (const BjNode *node)
{
  return node->type == BJ_NODE_VALUE ? node->value_type : G_TYPE_INVALID;
}

static inline gboolean
bj_node_is_null (const BjNode *node)
{
  return node->type == BJ_NODE_NULL;
}

static inline BjObject *
bj_node_get_object (BjNode *node)
{
  return node->type == BJ_NODE_OBJECT ? node : NULL;
}

static inline BjArray *
bj_node_get_array (BjNode *node)
{
  return node->type == BJ_NODE_ARRAY ? node : NULL;
}

static inline const char *
bj_node_get_string (const BjNode *node)
{
  return node->type == BJ_NODE_VALUE && node->value_type == G_TYPE_STRING ? node->v.s : NULL;
}

static inline double
bj_node_get_double (const BjNode *node)
{
  if (node->type != BJ_NODE_VALUE)
    return 0.0;
  return node->value_type == G_TYPE_DOUBLE ? node->v.d : node->value_type == G_TYPE_INT64 ? (double) node->v.i : 0.0;
}

static inline gint64
bj_node_get_int (const BjNode *node)
{
  if (node->type != BJ_NODE_VALUE)
    return 0;
  return node->value_type == G_TYPE_INT64 ? node->v.i : node->value_type == G_TYPE_DOUBLE ? (gint64) node->v.d : 0;
}

static inline gboolean
bj_node_get_boolean (const BjNode *node)
{
  return node->type == BJ_NODE_VALUE && node->value_type == G_TYPE_BOOLEAN && node->v.b;
}

static inline guint
bj_array_get_length (const BjArray *array)
{
  return array->n;
}

static inline BjNode *
bj_array_get_element (BjArray *array, guint i)
{
  return i < array->n ? array->v.elements[i] : NULL;
}

BjNode *bj_object_get_member (BjObject *object, const char *name);

static inline gboolean
bj_object_has_member (BjObject *object, const char *name)
{
  return bj_object_get_member (object, name) != NULL;
}

/* Where nodes are made: blocks, handed out in order, freed together. */
typedef struct _BjArena BjArena;
BjArena *bj_arena_new (void);
void bj_arena_free (BjArena *arena);
/* Frees what the arena handed out, keeping its first block for reuse. */
void bj_arena_reset (BjArena *arena);
gpointer bj_arena_alloc (BjArena *arena, gsize size);
char *bj_arena_strndup (BjArena *arena, const char *text, gsize length);

/* An object's node made of @n members (copied), the later of two with one
 * name taking the earlier's place, as json-glib does. */
BjNode *bj_object_new (BjArena *arena, const BjMember *members, guint n);
BjNode *bj_array_new (BjArena *arena, BjNode *const *elements, guint n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BjArena, bj_arena_free)

G_END_DECLS
