/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-private.h"

/* A read-only GListModel over a container's own list: what getters hand
 * out, so that a caller cannot remove an event from an archive behind its
 * indexes, or edit a record's citations. It has the item-type and n-items
 * properties of GLib's list models, and says items-changed when the list
 * it shows changes (the archive gaining records). */

struct _BilateralListView {
  GObject parent_instance;
  GListModel *model;
  gulong changed;
};

enum { PROP_0, PROP_ITEM_TYPE, PROP_N_ITEMS, N_PROPS };

static GParamSpec *props[N_PROPS];

static GType
view_get_item_type (GListModel *list)
{
  return g_list_model_get_item_type (BILATERAL_LIST_VIEW (list)->model);
}

static guint
view_get_n_items (GListModel *list)
{
  return g_list_model_get_n_items (BILATERAL_LIST_VIEW (list)->model);
}

static gpointer
view_get_item (GListModel *list, guint position)
{
  return g_list_model_get_item (BILATERAL_LIST_VIEW (list)->model, position);
}

static void
bilateral_list_view_model_init (GListModelInterface *iface)
{
  iface->get_item_type = view_get_item_type;
  iface->get_n_items = view_get_n_items;
  iface->get_item = view_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (BilateralListView, _bilateral_list_view, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, bilateral_list_view_model_init))

static void
bilateral_list_view_dispose (GObject *object)
{
  BilateralListView *self = BILATERAL_LIST_VIEW (object);

  g_clear_signal_handler (&self->changed, self->model);
  g_clear_object (&self->model);
  G_OBJECT_CLASS (_bilateral_list_view_parent_class)->dispose (object);
}

static void
bilateral_list_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BilateralListView *self = BILATERAL_LIST_VIEW (object);

  switch (prop_id)
    {
    case PROP_ITEM_TYPE: g_value_set_gtype (value, g_list_model_get_item_type (self->model)); break;
    case PROP_N_ITEMS: g_value_set_uint (value, g_list_model_get_n_items (self->model)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
_bilateral_list_view_class_init (BilateralListViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bilateral_list_view_dispose;
  object_class->get_property = bilateral_list_view_get_property;
  props[PROP_ITEM_TYPE] = g_param_spec_gtype ("item-type", NULL, NULL, G_TYPE_OBJECT, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  props[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
_bilateral_list_view_init (BilateralListView *self)
{
}

static void
forward_changed (GListModel *model, guint position, guint removed, guint added, BilateralListView *self)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_N_ITEMS]);
}

GListModel *
_bilateral_list_view_new (GListModel *model)
{
  BilateralListView *self = g_object_new (BILATERAL_TYPE_LIST_VIEW, NULL);

  self->model = g_object_ref (model);
  self->changed = g_signal_connect (model, "items-changed", G_CALLBACK (forward_changed), self);
  return G_LIST_MODEL (self);
}
