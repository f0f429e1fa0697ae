/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-private.h"

/**
 * BilateralCitation:
 *
 * Where a record comes from: a source (by its id in the archive), the
 * paragraph and sentence in it, and a short quoted phrase.
 *
 * A citation marked as a supplement adds a fact the main source leaves out
 * (an exact date, say) and cites the reference it comes from instead.
 */

struct _BilateralCitation {
  GObject parent_instance;
  char *source_id;
  guint paragraph;
  guint sentence;
  char *quote;
  char *note;
  gboolean supplement;
};

G_DEFINE_FINAL_TYPE (BilateralCitation, bilateral_citation, G_TYPE_OBJECT)

enum { PROP_0, PROP_SOURCE_ID, PROP_PARAGRAPH, PROP_SENTENCE, PROP_QUOTE, PROP_NOTE, PROP_SUPPLEMENT, N_PROPS };

static GParamSpec *props[N_PROPS];

static void
bilateral_citation_finalize (GObject *object)
{
  BilateralCitation *self = BILATERAL_CITATION (object);

  g_free (self->source_id);
  g_free (self->quote);
  g_free (self->note);
  G_OBJECT_CLASS (bilateral_citation_parent_class)->finalize (object);
}

static void
bilateral_citation_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BilateralCitation *self = BILATERAL_CITATION (object);

  switch (prop_id)
    {
    case PROP_SOURCE_ID: g_value_set_string (value, self->source_id); break;
    case PROP_PARAGRAPH: g_value_set_uint (value, self->paragraph); break;
    case PROP_SENTENCE: g_value_set_uint (value, self->sentence); break;
    case PROP_QUOTE: g_value_set_string (value, self->quote); break;
    case PROP_NOTE: g_value_set_string (value, self->note); break;
    case PROP_SUPPLEMENT: g_value_set_boolean (value, self->supplement); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_citation_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BilateralCitation *self = BILATERAL_CITATION (object);

  switch (prop_id)
    {
    case PROP_SOURCE_ID: self->source_id = _bilateral_dup_text (g_value_get_string (value)); break;
    case PROP_PARAGRAPH: self->paragraph = g_value_get_uint (value); break;
    case PROP_SENTENCE: self->sentence = g_value_get_uint (value); break;
    case PROP_QUOTE: self->quote = _bilateral_dup_text (g_value_get_string (value)); break;
    case PROP_NOTE: self->note = _bilateral_dup_text (g_value_get_string (value)); break;
    case PROP_SUPPLEMENT: self->supplement = g_value_get_boolean (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_citation_constructed (GObject *object)
{
  BilateralCitation *self = BILATERAL_CITATION (object);

  G_OBJECT_CLASS (bilateral_citation_parent_class)->constructed (object);
  if (self->source_id == NULL || *self->source_id == '\0')
    g_critical ("A BilateralCitation needs a source id");
}

static void
bilateral_citation_class_init (BilateralCitationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = bilateral_citation_finalize;
  object_class->get_property = bilateral_citation_get_property;
  object_class->set_property = bilateral_citation_set_property;
  object_class->constructed = bilateral_citation_constructed;

  /**
   * BilateralCitation:source-id:
   *
   * The id of the cited #BilateralSource in the archive.
   */
  props[PROP_SOURCE_ID] = g_param_spec_string ("source-id", NULL, NULL, NULL, flags);
  /**
   * BilateralCitation:paragraph:
   *
   * The paragraph cited, counting from 1; 0 if the citation names none.
   */
  props[PROP_PARAGRAPH] = g_param_spec_uint ("paragraph", NULL, NULL, 0, G_MAXUINT, 0, flags);
  /**
   * BilateralCitation:sentence:
   *
   * The sentence cited within the paragraph, counting from 1; 0 if none.
   */
  props[PROP_SENTENCE] = g_param_spec_uint ("sentence", NULL, NULL, 0, G_MAXUINT, 0, flags);
  /**
   * BilateralCitation:quote:
   *
   * A short phrase quoted from the cited place, or %NULL.
   */
  props[PROP_QUOTE] = g_param_spec_string ("quote", NULL, NULL, NULL, flags);
  /**
   * BilateralCitation:note:
   *
   * A free-text remark on the citation (a page, an edition), or %NULL.
   */
  props[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, flags);
  /**
   * BilateralCitation:supplement:
   *
   * Whether the cited fact supplements the main source from another
   * reference.
   */
  props[PROP_SUPPLEMENT] = g_param_spec_boolean ("supplement", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
bilateral_citation_init (BilateralCitation *self)
{
}

/**
 * bilateral_citation_new:
 * @source_id: the id of the cited source
 * @paragraph: the paragraph, from 1, or 0
 * @sentence: the sentence in the paragraph, from 1, or 0
 * @quote: (nullable): a short quoted phrase
 *
 * Makes a citation; set #BilateralCitation:note and
 * #BilateralCitation:supplement with g_object_new() where needed.
 *
 * Returns: (transfer full): the citation
 */
BilateralCitation *
bilateral_citation_new (const char *source_id, guint paragraph, guint sentence, const char *quote)
{
  g_return_val_if_fail (source_id != NULL, NULL);
  return g_object_new (BILATERAL_TYPE_CITATION, "source-id", source_id, "paragraph", paragraph, "sentence", sentence, "quote",
                       quote, NULL);
}

/**
 * bilateral_citation_get_source_id:
 * @self: a citation
 *
 * Gets the id of the cited source.
 *
 * Returns: (transfer none): the id of the cited source
 */
const char *
bilateral_citation_get_source_id (BilateralCitation *self)
{
  g_return_val_if_fail (BILATERAL_IS_CITATION (self), NULL);
  return self->source_id;
}

/**
 * bilateral_citation_get_paragraph:
 * @self: a citation
 *
 * Gets the paragraph, from 1.
 *
 * Returns: the paragraph, from 1, or 0 if none is named
 */
guint
bilateral_citation_get_paragraph (BilateralCitation *self)
{
  g_return_val_if_fail (BILATERAL_IS_CITATION (self), 0);
  return self->paragraph;
}

/**
 * bilateral_citation_get_sentence:
 * @self: a citation
 *
 * Gets the sentence within the paragraph, from 1.
 *
 * Returns: the sentence within the paragraph, from 1, or 0 if none is named
 */
guint
bilateral_citation_get_sentence (BilateralCitation *self)
{
  g_return_val_if_fail (BILATERAL_IS_CITATION (self), 0);
  return self->sentence;
}

/**
 * bilateral_citation_get_quote:
 * @self: a citation
 *
 * Gets the quoted phrase.
 *
 * Returns: (transfer none) (nullable): the quoted phrase
 */
const char *
bilateral_citation_get_quote (BilateralCitation *self)
{
  g_return_val_if_fail (BILATERAL_IS_CITATION (self), NULL);
  return self->quote;
}

/**
 * bilateral_citation_get_note:
 * @self: a citation
 *
 * Gets the remark on the citation.
 *
 * Returns: (transfer none) (nullable): the remark on the citation
 */
const char *
bilateral_citation_get_note (BilateralCitation *self)
{
  g_return_val_if_fail (BILATERAL_IS_CITATION (self), NULL);
  return self->note;
}

/**
 * bilateral_citation_get_supplement:
 * @self: a citation
 *
 * Gets whether the citation supplements the main source.
 *
 * Returns: whether the citation supplements the main source
 */
gboolean
bilateral_citation_get_supplement (BilateralCitation *self)
{
  g_return_val_if_fail (BILATERAL_IS_CITATION (self), FALSE);
  return self->supplement;
}
