/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "bilateral-private.h"

/**
 * BilateralPhase:
 *
 * A span of a relationship with one character: its stance, a label, a
 * summary, the events that opened and closed it, and where it comes from.
 *
 * A phase runs from the first day of its start date up to, but not
 * including, the first day of its end date: a phase ending `1954-09` and
 * the next starting `1954-09` meet without overlapping. A phase without an
 * end goes on.
 */

struct _BilateralPhase {
  GObject parent_instance;
  char *id;
  BilateralActor *first;
  BilateralActor *second;
  BilateralDate *start;
  BilateralDate *end;
  BilateralStance stance;
  char *label;
  char *summary;
  BilateralEvent *opening_event;
  BilateralEvent *closing_event;
  BilateralPhaseOrigin origin;
  GListModel *citations;
};

G_DEFINE_FINAL_TYPE (BilateralPhase, bilateral_phase, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FIRST,
  PROP_SECOND,
  PROP_START,
  PROP_END,
  PROP_STANCE,
  PROP_LABEL,
  PROP_SUMMARY,
  PROP_OPENING_EVENT,
  PROP_CLOSING_EVENT,
  PROP_ORIGIN,
  PROP_CITATIONS,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
bilateral_phase_finalize (GObject *object)
{
  BilateralPhase *self = BILATERAL_PHASE (object);

  g_free (self->id);
  g_clear_object (&self->first);
  g_clear_object (&self->second);
  g_clear_pointer (&self->start, bilateral_date_unref);
  g_clear_pointer (&self->end, bilateral_date_unref);
  g_free (self->label);
  g_free (self->summary);
  g_clear_object (&self->opening_event);
  g_clear_object (&self->closing_event);
  g_clear_object (&self->citations);
  G_OBJECT_CLASS (bilateral_phase_parent_class)->finalize (object);
}

static void
bilateral_phase_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BilateralPhase *self = BILATERAL_PHASE (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_FIRST: g_value_set_object (value, self->first); break;
    case PROP_SECOND: g_value_set_object (value, self->second); break;
    case PROP_START: g_value_set_boxed (value, self->start); break;
    case PROP_END: g_value_set_boxed (value, self->end); break;
    case PROP_STANCE: g_value_set_enum (value, self->stance); break;
    case PROP_LABEL: g_value_set_string (value, self->label); break;
    case PROP_SUMMARY: g_value_set_string (value, self->summary); break;
    case PROP_OPENING_EVENT: g_value_set_object (value, self->opening_event); break;
    case PROP_CLOSING_EVENT: g_value_set_object (value, self->closing_event); break;
    case PROP_ORIGIN: g_value_set_enum (value, self->origin); break;
    case PROP_CITATIONS: g_value_set_object (value, self->citations); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_phase_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BilateralPhase *self = BILATERAL_PHASE (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = _bilateral_dup_text (g_value_get_string (value)); break;
    case PROP_FIRST: self->first = g_value_dup_object (value); break;
    case PROP_SECOND: self->second = g_value_dup_object (value); break;
    case PROP_START: self->start = g_value_dup_boxed (value); break;
    case PROP_END: self->end = g_value_dup_boxed (value); break;
    case PROP_STANCE: self->stance = g_value_get_enum (value); break;
    case PROP_LABEL: self->label = _bilateral_dup_text (g_value_get_string (value)); break;
    case PROP_SUMMARY: self->summary = _bilateral_dup_text (g_value_get_string (value)); break;
    case PROP_OPENING_EVENT: self->opening_event = g_value_dup_object (value); break;
    case PROP_CLOSING_EVENT: self->closing_event = g_value_dup_object (value); break;
    case PROP_ORIGIN: self->origin = g_value_get_enum (value); break;
    case PROP_CITATIONS: self->citations = _bilateral_list_copy (g_value_get_object (value), BILATERAL_TYPE_CITATION); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_phase_constructed (GObject *object)
{
  BilateralPhase *self = BILATERAL_PHASE (object);

  G_OBJECT_CLASS (bilateral_phase_parent_class)->constructed (object);
  if (self->id == NULL || self->first == NULL || self->second == NULL || self->start == NULL)
    g_critical ("A BilateralPhase needs an id, two actors and a start");
  else if (self->end && bilateral_phase_get_end_day (self) <= bilateral_phase_get_first_day (self))
    g_critical ("BilateralPhase %s ends before it starts", self->id);
  if (self->citations == NULL)
    self->citations = _bilateral_list_copy (NULL, BILATERAL_TYPE_CITATION);
}

static void
bilateral_phase_class_init (BilateralPhaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = bilateral_phase_finalize;
  object_class->get_property = bilateral_phase_get_property;
  object_class->set_property = bilateral_phase_set_property;
  object_class->constructed = bilateral_phase_constructed;

  /**
   * BilateralPhase:id:
   *
   * The phase's id, unique in its archive.
   */
  props[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  /**
   * BilateralPhase:first:
   *
   * One actor of the dyad.
   */
  props[PROP_FIRST] = g_param_spec_object ("first", NULL, NULL, BILATERAL_TYPE_ACTOR, flags);
  /**
   * BilateralPhase:second:
   *
   * The other actor of the dyad.
   */
  props[PROP_SECOND] = g_param_spec_object ("second", NULL, NULL, BILATERAL_TYPE_ACTOR, flags);
  /**
   * BilateralPhase:start:
   *
   * When the phase began; it runs from this date's first day.
   */
  props[PROP_START] = g_param_spec_boxed ("start", NULL, NULL, BILATERAL_TYPE_DATE, flags);
  /**
   * BilateralPhase:end:
   *
   * When the next phase began, or %NULL if this one goes on; the phase
   * stops the day before this date's first day.
   */
  props[PROP_END] = g_param_spec_boxed ("end", NULL, NULL, BILATERAL_TYPE_DATE, flags);
  /**
   * BilateralPhase:stance:
   *
   * How warm the relationship was.
   */
  props[PROP_STANCE] = g_param_spec_enum ("stance", NULL, NULL, BILATERAL_TYPE_STANCE, BILATERAL_STANCE_NEUTRAL, flags);
  /**
   * BilateralPhase:label:
   *
   * A short name for the phase.
   */
  props[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  /**
   * BilateralPhase:summary:
   *
   * A few sentences on the phase, or %NULL.
   */
  props[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  /**
   * BilateralPhase:opening-event:
   *
   * The event that opened the phase, or %NULL.
   */
  props[PROP_OPENING_EVENT] = g_param_spec_object ("opening-event", NULL, NULL, BILATERAL_TYPE_EVENT, flags);
  /**
   * BilateralPhase:closing-event:
   *
   * The event that closed the phase, or %NULL.
   */
  props[PROP_CLOSING_EVENT] = g_param_spec_object ("closing-event", NULL, NULL, BILATERAL_TYPE_EVENT, flags);
  /**
   * BilateralPhase:origin:
   *
   * Whether the phase was curated or inferred.
   */
  props[PROP_ORIGIN] = g_param_spec_enum ("origin", NULL, NULL, BILATERAL_TYPE_PHASE_ORIGIN, BILATERAL_PHASE_ORIGIN_CURATED,
                                          flags);
  /**
   * BilateralPhase:citations:
   *
   * Where the phase is drawn from: a #GListModel of #BilateralCitation.
   */
  props[PROP_CITATIONS] = g_param_spec_object ("citations", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
bilateral_phase_init (BilateralPhase *self)
{
}

/**
 * bilateral_phase_new:
 * @id: the id, unique in an archive
 * @first: one actor of the dyad
 * @second: the other
 * @start: when the phase began
 * @end: (nullable): when the next began, or %NULL if it goes on
 * @stance: how warm the relationship was
 * @label: a short name
 *
 * Makes a curated phase; give the summary, events, origin and citations
 * with g_object_new().
 *
 * Returns: (transfer full): the phase
 */
BilateralPhase *
bilateral_phase_new (const char *id, BilateralActor *first, BilateralActor *second, BilateralDate *start, BilateralDate *end,
                     BilateralStance stance, const char *label)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (BILATERAL_IS_ACTOR (first) && BILATERAL_IS_ACTOR (second), NULL);
  g_return_val_if_fail (start != NULL, NULL);
  g_return_val_if_fail (end == NULL || bilateral_date_get_earliest_day (end) > bilateral_date_get_earliest_day (start), NULL);
  return g_object_new (BILATERAL_TYPE_PHASE, "id", id, "first", first, "second", second, "start", start, "end", end, "stance",
                       stance, "label", label, NULL);
}

/**
 * bilateral_phase_get_id:
 * @self: a phase
 *
 * Gets the phase's id.
 *
 * Returns: (transfer none): the phase's id
 */
const char *
bilateral_phase_get_id (BilateralPhase *self)
{
  g_return_val_if_fail (BILATERAL_IS_PHASE (self), NULL);
  return self->id;
}

/**
 * bilateral_phase_get_first:
 * @self: a phase
 *
 * Gets one actor of the dyad.
 *
 * Returns: (transfer none): one actor of the dyad
 */
BilateralActor *
bilateral_phase_get_first (BilateralPhase *self)
{
  g_return_val_if_fail (BILATERAL_IS_PHASE (self), NULL);
  return self->first;
}

/**
 * bilateral_phase_get_second:
 * @self: a phase
 *
 * Gets the other actor of the dyad.
 *
 * Returns: (transfer none): the other actor of the dyad
 */
BilateralActor *
bilateral_phase_get_second (BilateralPhase *self)
{
  g_return_val_if_fail (BILATERAL_IS_PHASE (self), NULL);
  return self->second;
}

/**
 * bilateral_phase_get_start:
 * @self: a phase
 *
 * Gets when the phase began.
 *
 * Returns: (transfer none): when the phase began
 */
BilateralDate *
bilateral_phase_get_start (BilateralPhase *self)
{
  g_return_val_if_fail (BILATERAL_IS_PHASE (self), NULL);
  return self->start;
}

/**
 * bilateral_phase_get_end:
 * @self: a phase
 *
 * Gets when the next phase began.
 *
 * Returns: (transfer none) (nullable): when the next phase began, or
 *   %NULL if this one goes on
 */
BilateralDate *
bilateral_phase_get_end (BilateralPhase *self)
{
  g_return_val_if_fail (BILATERAL_IS_PHASE (self), NULL);
  return self->end;
}

/**
 * bilateral_phase_get_stance:
 * @self: a phase
 *
 * Gets how warm the relationship was.
 *
 * Returns: how warm the relationship was
 */
BilateralStance
bilateral_phase_get_stance (BilateralPhase *self)
{
  g_return_val_if_fail (BILATERAL_IS_PHASE (self), BILATERAL_STANCE_NEUTRAL);
  return self->stance;
}

/**
 * bilateral_phase_get_label:
 * @self: a phase
 *
 * Gets the short name.
 *
 * Returns: (transfer none) (nullable): the short name
 */
const char *
bilateral_phase_get_label (BilateralPhase *self)
{
  g_return_val_if_fail (BILATERAL_IS_PHASE (self), NULL);
  return self->label;
}

/**
 * bilateral_phase_get_summary:
 * @self: a phase
 *
 * Gets the summary.
 *
 * Returns: (transfer none) (nullable): the summary
 */
const char *
bilateral_phase_get_summary (BilateralPhase *self)
{
  g_return_val_if_fail (BILATERAL_IS_PHASE (self), NULL);
  return self->summary;
}

/**
 * bilateral_phase_get_opening_event:
 * @self: a phase
 *
 * Gets the event that opened the phase.
 *
 * Returns: (transfer none) (nullable): the event that opened the phase
 */
BilateralEvent *
bilateral_phase_get_opening_event (BilateralPhase *self)
{
  g_return_val_if_fail (BILATERAL_IS_PHASE (self), NULL);
  return self->opening_event;
}

/**
 * bilateral_phase_get_closing_event:
 * @self: a phase
 *
 * Gets the event that closed the phase.
 *
 * Returns: (transfer none) (nullable): the event that closed the phase
 */
BilateralEvent *
bilateral_phase_get_closing_event (BilateralPhase *self)
{
  g_return_val_if_fail (BILATERAL_IS_PHASE (self), NULL);
  return self->closing_event;
}

/**
 * bilateral_phase_get_origin:
 * @self: a phase
 *
 * Gets where the phase comes from.
 *
 * Returns: whether the phase was curated or inferred
 */
BilateralPhaseOrigin
bilateral_phase_get_origin (BilateralPhase *self)
{
  g_return_val_if_fail (BILATERAL_IS_PHASE (self), BILATERAL_PHASE_ORIGIN_CURATED);
  return self->origin;
}

/**
 * bilateral_phase_get_citations:
 * @self: a phase
 *
 * Gets the list of #BilateralCitation, as a #GListModel.
 *
 * Returns: (transfer none): a #GListModel of #BilateralCitation
 */
GListModel *
bilateral_phase_get_citations (BilateralPhase *self)
{
  g_return_val_if_fail (BILATERAL_IS_PHASE (self), NULL);
  return self->citations;
}

/**
 * bilateral_phase_get_first_day:
 * @self: a phase
 *
 * Gets the phase's first day as a day number, for arithmetic.
 *
 * Returns: the day number (see bilateral_date_day_from_ymd()) of the
 *   phase's first day
 */
gint32
bilateral_phase_get_first_day (BilateralPhase *self)
{
  g_return_val_if_fail (BILATERAL_IS_PHASE (self), 0);
  return bilateral_date_get_earliest_day (self->start);
}

/**
 * bilateral_phase_get_end_day:
 * @self: a phase
 *
 * Gets the day after the phase as a day number, for arithmetic.
 *
 * Returns: the day number of the first day after the phase, or
 *   %BILATERAL_DAY_OPEN_END if it goes on
 */
gint32
bilateral_phase_get_end_day (BilateralPhase *self)
{
  g_return_val_if_fail (BILATERAL_IS_PHASE (self), 0);
  return self->end ? bilateral_date_get_earliest_day (self->end) : BILATERAL_DAY_OPEN_END;
}

/**
 * bilateral_phase_overlaps:
 * @self: a phase
 * @other: another phase
 *
 * Checks whether the two phases share a day.
 *
 * Returns: whether the two phases share a day
 */
gboolean
bilateral_phase_overlaps (BilateralPhase *self, BilateralPhase *other)
{
  g_return_val_if_fail (BILATERAL_IS_PHASE (self) && BILATERAL_IS_PHASE (other), FALSE);
  return bilateral_phase_get_first_day (self) < bilateral_phase_get_end_day (other) &&
         bilateral_phase_get_first_day (other) < bilateral_phase_get_end_day (self);
}

int
_bilateral_phase_compare (gconstpointer a, gconstpointer b, gpointer user_data)
{
  BilateralPhase *x = (BilateralPhase *) a, *y = (BilateralPhase *) b;
  int c = bilateral_date_compare (x->start, y->start);

  return c != 0 ? c : strcmp (x->id, y->id);
}

/**
 * bilateral_stance_to_string:
 * @value: a stance
 *
 * The short name of @value, for display and messages.
 *
 * Returns: (transfer none): `hostile`, `antagonistic`, `cool`, `neutral`, `cordial`, `friendly` or `allied`
 */
const char *
bilateral_stance_to_string (BilateralStance value)
{
  const char *nick = _bilateral_enum_nick (BILATERAL_TYPE_STANCE, value);

  g_return_val_if_fail (nick != NULL, NULL);
  return nick;
}

/**
 * bilateral_phase_origin_to_string:
 * @value: an origin
 *
 * The short name of @value, for display and messages.
 *
 * Returns: (transfer none): `curated` or `inferred`
 */
const char *
bilateral_phase_origin_to_string (BilateralPhaseOrigin value)
{
  const char *nick = _bilateral_enum_nick (BILATERAL_TYPE_PHASE_ORIGIN, value);

  g_return_val_if_fail (nick != NULL, NULL);
  return nick;
}
