/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "bilateral-private.h"

/* The lists an archive and its relations keep their events in: a GListModel
 * over a plain array (a reference to each item), that says items-changed
 * when items go in. A GListStore keeps a node of 64 bytes an item in a
 * balanced tree; a million events are 8 MB here, and go in at once. */

struct _BilateralArrayList {
  GObject parent_instance;
  GType item_type;
  GPtrArray *items;
};

enum { PROP_0, PROP_ITEM_TYPE, PROP_N_ITEMS, N_PROPS };

static GParamSpec *props[N_PROPS];

static GType
array_get_item_type (GListModel *list)
{
  return BILATERAL_ARRAY_LIST (list)->item_type;
}

static guint
array_get_n_items (GListModel *list)
{
  return BILATERAL_ARRAY_LIST (list)->items->len;
}

static gpointer
array_get_item (GListModel *list, guint position)
{
  BilateralArrayList *self = BILATERAL_ARRAY_LIST (list);

  return position < self->items->len ? g_object_ref (self->items->pdata[position]) : NULL;
}

static void
bilateral_array_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = array_get_item_type;
  iface->get_n_items = array_get_n_items;
  iface->get_item = array_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (BilateralArrayList, _bilateral_array_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, bilateral_array_list_model_init))

static void
bilateral_array_list_finalize (GObject *object)
{
  g_ptr_array_unref (BILATERAL_ARRAY_LIST (object)->items);
  G_OBJECT_CLASS (_bilateral_array_list_parent_class)->finalize (object);
}

static void
bilateral_array_list_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BilateralArrayList *self = BILATERAL_ARRAY_LIST (object);

  switch (prop_id)
    {
    case PROP_ITEM_TYPE: g_value_set_gtype (value, self->item_type); break;
    case PROP_N_ITEMS: g_value_set_uint (value, self->items->len); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
_bilateral_array_list_class_init (BilateralArrayListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bilateral_array_list_finalize;
  object_class->get_property = bilateral_array_list_get_property;
  props[PROP_ITEM_TYPE] = g_param_spec_gtype ("item-type", NULL, NULL, G_TYPE_OBJECT, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  props[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
_bilateral_array_list_init (BilateralArrayList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

BilateralArrayList *
_bilateral_array_list_new (GType item_type)
{
  BilateralArrayList *self = g_object_new (BILATERAL_TYPE_ARRAY_LIST, NULL);

  self->item_type = item_type;
  return self;
}

gpointer
_bilateral_array_list_peek (BilateralArrayList *self, guint position)
{
  return self->items->pdata[position];
}

void
_bilateral_array_list_splice (BilateralArrayList *self, guint position, gpointer const *items, guint n)
{
  if (n == 0)
    return;
  g_ptr_array_set_size (self->items, self->items->len + n);
  memmove (self->items->pdata + position + n, self->items->pdata + position,
           (self->items->len - n - position) * sizeof (gpointer));
  for (guint i = 0; i < n; i++)
    self->items->pdata[position + i] = g_object_ref (items[i]);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, n);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_N_ITEMS]);
}

/* Where @item goes: after every item that does not sort after it. */
guint
_bilateral_array_list_position (BilateralArrayList *self, gpointer item, GCompareDataFunc compare)
{
  guint lo = 0, hi = self->items->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (compare (self->items->pdata[mid], item, NULL) <= 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

guint
_bilateral_array_list_insert_sorted (BilateralArrayList *self, gpointer item, GCompareDataFunc compare)
{
  guint at = _bilateral_array_list_position (self, item, compare);

  _bilateral_array_list_splice (self, at, &item, 1);
  return at;
}

/* Merges @sorted (in @compare's order, as the list is) into the list at
 * once, and says where the items from @from on changed (*@from returned):
 * inserting a million one by one would move the rest each time. Each
 * item's place in the result, or that of the one it follows, goes to
 * @placed (of @sorted's length) so that a caller can merge a parallel array. */
void
_bilateral_array_list_merge (BilateralArrayList *self, GPtrArray *sorted, GCompareDataFunc compare, guint *from, guint *placed)
{
  guint n = self->items->len, m = sorted->len, first, i, j = 0;
  g_autoptr (GPtrArray) merged = NULL;

  *from = n;
  if (m == 0)
    return;
  first = _bilateral_array_list_position (self, sorted->pdata[0], compare);
  merged = g_ptr_array_new_full (n - first + m, NULL);
  for (i = first; i < n || j < m;)
    if (j == m || (i < n && compare (self->items->pdata[i], sorted->pdata[j], NULL) <= 0))
      g_ptr_array_add (merged, self->items->pdata[i++]); /* the list's reference moves */
    else
      {
        if (placed)
          placed[j] = first + merged->len;
        g_ptr_array_add (merged, g_object_ref (sorted->pdata[j++]));
      }
  g_ptr_array_set_size (self->items, n + m);
  memcpy (self->items->pdata + first, merged->pdata, merged->len * sizeof (gpointer));
  *from = first;
  g_list_model_items_changed (G_LIST_MODEL (self), first, n - first, n + m - first);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_N_ITEMS]);
}
