/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-private.h"

/**
 * BilateralSource:
 *
 * A work that records cite: an essay, a book, a data set. Citations name
 * it by its id.
 */

struct _BilateralSource {
  GObject parent_instance;
  char *id;
  char *title;
  char *author;
  char *url;
  BilateralDate *published;
  char *note;
};

G_DEFINE_FINAL_TYPE (BilateralSource, bilateral_source, G_TYPE_OBJECT)

enum { PROP_0, PROP_ID, PROP_TITLE, PROP_AUTHOR, PROP_URL, PROP_PUBLISHED, PROP_NOTE, N_PROPS };

static GParamSpec *props[N_PROPS];

static void
bilateral_source_finalize (GObject *object)
{
  BilateralSource *self = BILATERAL_SOURCE (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->author);
  g_free (self->url);
  g_clear_pointer (&self->published, bilateral_date_unref);
  g_free (self->note);
  G_OBJECT_CLASS (bilateral_source_parent_class)->finalize (object);
}

static void
bilateral_source_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BilateralSource *self = BILATERAL_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_AUTHOR: g_value_set_string (value, self->author); break;
    case PROP_URL: g_value_set_string (value, self->url); break;
    case PROP_PUBLISHED: g_value_set_boxed (value, self->published); break;
    case PROP_NOTE: g_value_set_string (value, self->note); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_source_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BilateralSource *self = BILATERAL_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = _bilateral_dup_text (g_value_get_string (value)); break;
    case PROP_TITLE: self->title = _bilateral_dup_text (g_value_get_string (value)); break;
    case PROP_AUTHOR: self->author = _bilateral_dup_text (g_value_get_string (value)); break;
    case PROP_URL: self->url = _bilateral_dup_text (g_value_get_string (value)); break;
    case PROP_PUBLISHED: self->published = g_value_dup_boxed (value); break;
    case PROP_NOTE: self->note = _bilateral_dup_text (g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_source_constructed (GObject *object)
{
  BilateralSource *self = BILATERAL_SOURCE (object);

  G_OBJECT_CLASS (bilateral_source_parent_class)->constructed (object);
  if (self->id == NULL || *self->id == '\0')
    g_critical ("A BilateralSource needs an id");
}

static void
bilateral_source_class_init (BilateralSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = bilateral_source_finalize;
  object_class->get_property = bilateral_source_get_property;
  object_class->set_property = bilateral_source_set_property;
  object_class->constructed = bilateral_source_constructed;

  /**
   * BilateralSource:id:
   *
   * The id citations use, unique in an archive.
   */
  props[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  /**
   * BilateralSource:title:
   *
   * The title of the work.
   */
  props[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  /**
   * BilateralSource:author:
   *
   * Who wrote or published the work, or %NULL.
   */
  props[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL, flags);
  /**
   * BilateralSource:url:
   *
   * Where the work can be found, or %NULL.
   */
  props[PROP_URL] = g_param_spec_string ("url", NULL, NULL, NULL, flags);
  /**
   * BilateralSource:published:
   *
   * When the work was published, or %NULL.
   */
  props[PROP_PUBLISHED] = g_param_spec_boxed ("published", NULL, NULL, BILATERAL_TYPE_DATE, flags);
  /**
   * BilateralSource:note:
   *
   * A remark on the work (its terms of use, say), or %NULL.
   */
  props[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
bilateral_source_init (BilateralSource *self)
{
}

/**
 * bilateral_source_new:
 * @id: the id citations use
 * @title: the title of the work
 *
 * Makes a source; set the other properties with g_object_new().
 *
 * Returns: (transfer full): the source
 */
BilateralSource *
bilateral_source_new (const char *id, const char *title)
{
  g_return_val_if_fail (id != NULL, NULL);
  return g_object_new (BILATERAL_TYPE_SOURCE, "id", id, "title", title, NULL);
}

/**
 * bilateral_source_get_id:
 * @self: a source
 *
 * Gets the id citations use.
 *
 * Returns: (transfer none): the id citations use
 */
const char *
bilateral_source_get_id (BilateralSource *self)
{
  g_return_val_if_fail (BILATERAL_IS_SOURCE (self), NULL);
  return self->id;
}

/**
 * bilateral_source_get_title:
 * @self: a source
 *
 * Gets the title.
 *
 * Returns: (transfer none) (nullable): the title
 */
const char *
bilateral_source_get_title (BilateralSource *self)
{
  g_return_val_if_fail (BILATERAL_IS_SOURCE (self), NULL);
  return self->title;
}

/**
 * bilateral_source_get_author:
 * @self: a source
 *
 * Gets the author.
 *
 * Returns: (transfer none) (nullable): the author
 */
const char *
bilateral_source_get_author (BilateralSource *self)
{
  g_return_val_if_fail (BILATERAL_IS_SOURCE (self), NULL);
  return self->author;
}

/**
 * bilateral_source_get_url:
 * @self: a source
 *
 * Gets where the work can be found.
 *
 * Returns: (transfer none) (nullable): where the work can be found
 */
const char *
bilateral_source_get_url (BilateralSource *self)
{
  g_return_val_if_fail (BILATERAL_IS_SOURCE (self), NULL);
  return self->url;
}

/**
 * bilateral_source_get_published:
 * @self: a source
 *
 * Gets when the work was published.
 *
 * Returns: (transfer none) (nullable): when the work was published
 */
BilateralDate *
bilateral_source_get_published (BilateralSource *self)
{
  g_return_val_if_fail (BILATERAL_IS_SOURCE (self), NULL);
  return self->published;
}

/**
 * bilateral_source_get_note:
 * @self: a source
 *
 * Gets the remark on the work.
 *
 * Returns: (transfer none) (nullable): the remark on the work
 */
const char *
bilateral_source_get_note (BilateralSource *self)
{
  g_return_val_if_fail (BILATERAL_IS_SOURCE (self), NULL);
  return self->note;
}
