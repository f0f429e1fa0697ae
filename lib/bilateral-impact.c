/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>

#include "bilateral-private.h"

/**
 * BilateralImpact:
 *
 * The effect an event had on a relationship other than its own, as a
 * source describes it: Pakistan's entry into SEATO "enhanced this gulf"
 * with the USSR.
 *
 * The weight, from −1 to +1, says how the event's Goldstein value bears on
 * the affected dyad: the analysis adds the weight times the Goldstein value
 * to that dyad (see #BilateralSeries). A negative weight turns the event's
 * tone round: Pakistan's alliance with the West (+8, cooperation) widened
 * the gulf with the USSR, weight −1, contribution −8. A positive weight
 * carries it over: the Soviet invasion of Afghanistan (−10, conflict) was
 * a blow to Soviet–Pakistani relations, weight +1, contribution −10.
 */

struct _BilateralImpact {
  GObject parent_instance;
  BilateralActor *first;
  BilateralActor *second;
  double weight;
  GListModel *citations;
};

G_DEFINE_FINAL_TYPE (BilateralImpact, bilateral_impact, G_TYPE_OBJECT)

enum { PROP_0, PROP_FIRST, PROP_SECOND, PROP_WEIGHT, PROP_CITATIONS, N_PROPS };

static GParamSpec *props[N_PROPS];

static void
bilateral_impact_finalize (GObject *object)
{
  BilateralImpact *self = BILATERAL_IMPACT (object);

  g_clear_object (&self->first);
  g_clear_object (&self->second);
  g_clear_object (&self->citations);
  G_OBJECT_CLASS (bilateral_impact_parent_class)->finalize (object);
}

static void
bilateral_impact_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BilateralImpact *self = BILATERAL_IMPACT (object);

  switch (prop_id)
    {
    case PROP_FIRST: g_value_set_object (value, self->first); break;
    case PROP_SECOND: g_value_set_object (value, self->second); break;
    case PROP_WEIGHT: g_value_set_double (value, self->weight); break;
    case PROP_CITATIONS: g_value_set_object (value, self->citations); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_impact_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BilateralImpact *self = BILATERAL_IMPACT (object);

  switch (prop_id)
    {
    case PROP_FIRST: self->first = g_value_dup_object (value); break;
    case PROP_SECOND: self->second = g_value_dup_object (value); break;
    case PROP_WEIGHT: self->weight = g_value_get_double (value); break;
    case PROP_CITATIONS: self->citations = _bilateral_list_copy (g_value_get_object (value), BILATERAL_TYPE_CITATION); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_impact_constructed (GObject *object)
{
  BilateralImpact *self = BILATERAL_IMPACT (object);

  G_OBJECT_CLASS (bilateral_impact_parent_class)->constructed (object);
  if (self->first == NULL || self->second == NULL)
    g_critical ("A BilateralImpact needs the two actors of the affected dyad");
  if (self->citations == NULL)
    self->citations = _bilateral_list_copy (NULL, BILATERAL_TYPE_CITATION);
}

static void
bilateral_impact_class_init (BilateralImpactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = bilateral_impact_finalize;
  object_class->get_property = bilateral_impact_get_property;
  object_class->set_property = bilateral_impact_set_property;
  object_class->constructed = bilateral_impact_constructed;

  /**
   * BilateralImpact:first:
   *
   * One actor of the affected dyad.
   */
  props[PROP_FIRST] = g_param_spec_object ("first", NULL, NULL, BILATERAL_TYPE_ACTOR, flags);
  /**
   * BilateralImpact:second:
   *
   * The other actor of the affected dyad.
   */
  props[PROP_SECOND] = g_param_spec_object ("second", NULL, NULL, BILATERAL_TYPE_ACTOR, flags);
  /**
   * BilateralImpact:weight:
   *
   * How the event's Goldstein value bears on the affected dyad, −1 to +1:
   * the dyad gets the weight times the Goldstein value.
   */
  props[PROP_WEIGHT] = g_param_spec_double ("weight", NULL, NULL, -1.0, 1.0, 0.0, flags);
  /**
   * BilateralImpact:citations:
   *
   * Where the effect is stated: a #GListModel of #BilateralCitation.
   */
  props[PROP_CITATIONS] = g_param_spec_object ("citations", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
bilateral_impact_init (BilateralImpact *self)
{
}

/**
 * bilateral_impact_new:
 * @first: one actor of the affected dyad
 * @second: the other
 * @weight: the factor, −1 to +1, by which the event's Goldstein value bears on the dyad
 *
 * Makes an impact; give citations with g_object_new().
 *
 * Returns: (transfer full): the impact
 */
BilateralImpact *
bilateral_impact_new (BilateralActor *first, BilateralActor *second, double weight)
{
  g_return_val_if_fail (BILATERAL_IS_ACTOR (first), NULL);
  g_return_val_if_fail (BILATERAL_IS_ACTOR (second), NULL);
  g_return_val_if_fail (weight >= -1.0 && weight <= 1.0, NULL);
  return g_object_new (BILATERAL_TYPE_IMPACT, "first", first, "second", second, "weight", weight, NULL);
}

/**
 * bilateral_impact_get_first:
 * @self: an impact
 *
 * Gets one actor of the affected dyad.
 *
 * Returns: (transfer none): one actor of the affected dyad
 */
BilateralActor *
bilateral_impact_get_first (BilateralImpact *self)
{
  g_return_val_if_fail (BILATERAL_IS_IMPACT (self), NULL);
  return self->first;
}

/**
 * bilateral_impact_get_second:
 * @self: an impact
 *
 * Gets the other actor of the affected dyad.
 *
 * Returns: (transfer none): the other actor of the affected dyad
 */
BilateralActor *
bilateral_impact_get_second (BilateralImpact *self)
{
  g_return_val_if_fail (BILATERAL_IS_IMPACT (self), NULL);
  return self->second;
}

/**
 * bilateral_impact_get_weight:
 * @self: an impact
 *
 * Gets the factor by which the event's Goldstein value bears on the
 * affected dyad.
 *
 * Returns: the weight, −1 to +1
 */
double
bilateral_impact_get_weight (BilateralImpact *self)
{
  g_return_val_if_fail (BILATERAL_IS_IMPACT (self), NAN);
  return self->weight;
}

/**
 * bilateral_impact_get_citations:
 * @self: an impact
 *
 * Gets the list of #BilateralCitation, as a #GListModel.
 *
 * Returns: (transfer none): a #GListModel of #BilateralCitation
 */
GListModel *
bilateral_impact_get_citations (BilateralImpact *self)
{
  g_return_val_if_fail (BILATERAL_IS_IMPACT (self), NULL);
  return self->citations;
}
