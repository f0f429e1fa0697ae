/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-private.h"

/* The lists an immutable record holds (an event's citations, impacts and
 * participants): a read-only GListModel over a plain array, with the
 * item-type and n-items properties of GLib's list models. It never changes,
 * so it needs no store and no signal of its own; one empty list of each item
 * type is shared. A history of a million events holds a few million. */

struct _BilateralFixedList {
  GObject parent_instance;
  GType item_type;
  guint n_items;
  GObject **items;
};

enum { PROP_0, PROP_ITEM_TYPE, PROP_N_ITEMS, N_PROPS };

static GParamSpec *props[N_PROPS];

static GType
fixed_get_item_type (GListModel *list)
{
  return BILATERAL_FIXED_LIST (list)->item_type;
}

static guint
fixed_get_n_items (GListModel *list)
{
  return BILATERAL_FIXED_LIST (list)->n_items;
}

static gpointer
fixed_get_item (GListModel *list, guint position)
{
  BilateralFixedList *self = BILATERAL_FIXED_LIST (list);

  return position < self->n_items ? g_object_ref (self->items[position]) : NULL;
}

static void
bilateral_fixed_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = fixed_get_item_type;
  iface->get_n_items = fixed_get_n_items;
  iface->get_item = fixed_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (BilateralFixedList, _bilateral_fixed_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, bilateral_fixed_list_model_init))

static void
bilateral_fixed_list_finalize (GObject *object)
{
  BilateralFixedList *self = BILATERAL_FIXED_LIST (object);

  for (guint i = 0; i < self->n_items; i++)
    g_object_unref (self->items[i]);
  g_free (self->items);
  G_OBJECT_CLASS (_bilateral_fixed_list_parent_class)->finalize (object);
}

static void
bilateral_fixed_list_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BilateralFixedList *self = BILATERAL_FIXED_LIST (object);

  switch (prop_id)
    {
    case PROP_ITEM_TYPE: g_value_set_gtype (value, self->item_type); break;
    case PROP_N_ITEMS: g_value_set_uint (value, self->n_items); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
_bilateral_fixed_list_class_init (BilateralFixedListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bilateral_fixed_list_finalize;
  object_class->get_property = bilateral_fixed_list_get_property;
  props[PROP_ITEM_TYPE] = g_param_spec_gtype ("item-type", NULL, NULL, G_TYPE_OBJECT, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  props[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
_bilateral_fixed_list_init (BilateralFixedList *self)
{
}

static GListModel *
empty_list (GType item_type)
{
  static GMutex lock;
  static GHashTable *empty; /* item type → its empty list, for the process's life */
  GListModel *list;

  g_mutex_lock (&lock);
  if (empty == NULL)
    empty = g_hash_table_new (g_direct_hash, g_direct_equal);
  list = g_hash_table_lookup (empty, GSIZE_TO_POINTER (item_type));
  if (list == NULL)
    {
      BilateralFixedList *self = g_object_new (BILATERAL_TYPE_FIXED_LIST, NULL);
      self->item_type = item_type;
      list = G_LIST_MODEL (self);
      g_hash_table_insert (empty, GSIZE_TO_POINTER (item_type), list);
    }
  g_mutex_unlock (&lock);
  return g_object_ref (list);
}

GListModel *
_bilateral_list_copy (GListModel *model, GType item_type)
{
  guint n = model ? g_list_model_get_n_items (model) : 0;
  BilateralFixedList *self;

  if (BILATERAL_IS_FIXED_LIST (model) && BILATERAL_FIXED_LIST (model)->item_type == item_type)
    return g_object_ref (model); /* it cannot change: share it */
  if (n == 0)
    return empty_list (item_type);
  self = g_object_new (BILATERAL_TYPE_FIXED_LIST, NULL);
  self->item_type = item_type;
  self->items = g_new (GObject *, n);
  for (guint i = 0; i < n; i++)
    {
      GObject *item = g_list_model_get_item (model, i);
      if (!g_type_is_a (G_OBJECT_TYPE (item), item_type))
        {
          g_critical ("List item %u is a %s, not a %s", i, G_OBJECT_TYPE_NAME (item), g_type_name (item_type));
          g_object_unref (item);
          continue;
        }
      self->items[self->n_items++] = item;
    }
  return G_LIST_MODEL (self);
}

GListModel *
_bilateral_fixed_list_new (GType item_type, GPtrArray *items)
{
  BilateralFixedList *self;

  if (items->len == 0)
    return empty_list (item_type);
  self = g_object_new (BILATERAL_TYPE_FIXED_LIST, NULL);
  self->item_type = item_type;
  self->items = g_new (GObject *, items->len);
  for (guint i = 0; i < items->len; i++)
    self->items[self->n_items++] = g_object_ref (items->pdata[i]);
  return G_LIST_MODEL (self);
}
