/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>

#include <string.h>

#include "bilateral-private.h"

/**
 * BilateralEvent:
 *
 * Something that happened between actors on a date: who did it (the
 * source), to whom (the target, if any), coded on the CAMEO scheme with a
 * Goldstein weight, with the sources that state it and the effects it had
 * on other relationships (#BilateralImpact).
 *
 * Events are immutable: all their properties are construct-only.
 */

struct _BilateralEvent {
  GObject parent_instance;
  char *id;
  BilateralDate *date;
  BilateralActor *source;
  BilateralActor *target;
  char *cameo_code;
  char *plover_type, *plover_mode; /* as given: NULL for the code's */
  GStrv plover_contexts;
  BilateralQuadClass plover_quad_class;
  double goldstein;
  gboolean goldstein_given; /* else the codebook's, and not saved */
  char *title;
  GListModel *citations;
  GListModel *impacts;
  GStrv source_sectors, target_sectors;
  BilateralLocation *location;
  GListModel *participants;
};

G_DEFINE_FINAL_TYPE (BilateralEvent, bilateral_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DATE,
  PROP_SOURCE,
  PROP_TARGET,
  PROP_CAMEO_CODE,
  PROP_PLOVER_TYPE,
  PROP_PLOVER_MODE,
  PROP_PLOVER_CONTEXTS,
  PROP_GOLDSTEIN,
  PROP_QUAD_CLASS,
  PROP_TITLE,
  PROP_CITATIONS,
  PROP_IMPACTS,
  PROP_SOURCE_SECTORS,
  PROP_TARGET_SECTORS,
  PROP_LOCATION,
  PROP_PARTICIPANTS,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

/**
 * bilateral_cameo_code_is_valid:
 * @code: a CAMEO event code
 *
 * Checks the form of a CAMEO event code: two to four digits whose first
 * two are a root from `01` to `20`. Codes are strings: `010` is not `10`.
 * Whether the codebook defines the code is not checked.
 *
 * Returns: whether @code has the form of a CAMEO event code
 */
gboolean
bilateral_cameo_code_is_valid (const char *code)
{
  gsize len;
  int root;

  g_return_val_if_fail (code != NULL, FALSE);
  len = strlen (code);
  if (len < 2 || len > 4)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (code[i] < '0' || code[i] > '9')
      return FALSE;
  root = (code[0] - '0') * 10 + (code[1] - '0');
  return root >= 1 && root <= 20;
}

/* Sectors or contexts (@what) as given, each clean text; an empty list is
 * none. Shared, from @pool if there is one. */
static GStrv
strings_copy (const char *const *sectors, const char *what, BilateralTextPool *pool)
{
  GStrvBuilder *builder;

  if (sectors == NULL || sectors[0] == NULL)
    return NULL;
  builder = g_strv_builder_new ();
  for (guint i = 0; sectors[i]; i++)
    {
      if (*sectors[i] == '\0')
        {
          g_critical ("BilateralEvent: an empty %s", what);
          continue;
        }
      {
        g_autofree char *clean = _bilateral_dup_text (sectors[i]);
        g_strv_builder_add (builder, clean);
      }
    }
  {
    g_auto (GStrv) out = g_strv_builder_end (builder);
    g_strv_builder_unref (builder);
    return pool ? _bilateral_text_pool_list (pool, (const char *const *) out)
                : _bilateral_intern_list ((const char *const *) out);
  }
}

static void
bilateral_event_finalize (GObject *object)
{
  BilateralEvent *self = BILATERAL_EVENT (object);

  g_free (self->id);
  g_clear_pointer (&self->date, bilateral_date_unref);
  g_clear_object (&self->source);
  g_clear_object (&self->target);
  g_clear_pointer (&self->cameo_code, g_ref_string_release);
  g_clear_pointer (&self->plover_type, g_ref_string_release);
  g_clear_pointer (&self->plover_mode, g_ref_string_release);
  _bilateral_release_list (self->plover_contexts);
  g_clear_pointer (&self->title, g_ref_string_release);
  g_clear_object (&self->citations);
  g_clear_object (&self->impacts);
  _bilateral_release_list (self->source_sectors);
  _bilateral_release_list (self->target_sectors);
  g_clear_object (&self->location);
  g_clear_object (&self->participants);
  G_OBJECT_CLASS (bilateral_event_parent_class)->finalize (object);
}

static void
bilateral_event_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BilateralEvent *self = BILATERAL_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_DATE: g_value_set_boxed (value, self->date); break;
    case PROP_SOURCE: g_value_set_object (value, self->source); break;
    case PROP_TARGET: g_value_set_object (value, self->target); break;
    case PROP_CAMEO_CODE: g_value_set_string (value, self->cameo_code); break;
    case PROP_PLOVER_TYPE: g_value_set_string (value, bilateral_event_get_plover_type (self)); break;
    case PROP_PLOVER_MODE: g_value_set_string (value, bilateral_event_get_plover_mode (self)); break;
    case PROP_PLOVER_CONTEXTS: g_value_set_boxed (value, bilateral_event_get_plover_contexts (self)); break;
    case PROP_GOLDSTEIN: g_value_set_double (value, self->goldstein); break;
    case PROP_QUAD_CLASS: g_value_set_enum (value, bilateral_event_get_quad_class (self)); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_CITATIONS: g_value_set_object (value, self->citations); break;
    case PROP_IMPACTS: g_value_set_object (value, self->impacts); break;
    case PROP_SOURCE_SECTORS: g_value_set_boxed (value, self->source_sectors); break;
    case PROP_TARGET_SECTORS: g_value_set_boxed (value, self->target_sectors); break;
    case PROP_LOCATION: g_value_set_object (value, self->location); break;
    case PROP_PARTICIPANTS: g_value_set_object (value, self->participants); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_event_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BilateralEvent *self = BILATERAL_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = _bilateral_dup_text (g_value_get_string (value)); break;
    case PROP_DATE: self->date = g_value_dup_boxed (value); break;
    case PROP_SOURCE: self->source = g_value_dup_object (value); break;
    case PROP_TARGET: self->target = g_value_dup_object (value); break;
    case PROP_CAMEO_CODE: self->cameo_code = _bilateral_intern_text (g_value_get_string (value)); break;
    case PROP_PLOVER_TYPE: self->plover_type = _bilateral_intern_text (g_value_get_string (value)); break;
    case PROP_PLOVER_MODE: self->plover_mode = _bilateral_intern_text (g_value_get_string (value)); break;
    case PROP_PLOVER_CONTEXTS: self->plover_contexts = strings_copy (g_value_get_boxed (value), "PLOVER context", NULL); break;
    case PROP_GOLDSTEIN:
      /* GObject sets a construct property that was not given to its
       * default, −0.0: that one value means "not given". */
      self->goldstein = g_value_get_double (value);
      self->goldstein_given = !(self->goldstein == 0.0 && signbit (self->goldstein));
      if (!self->goldstein_given)
        self->goldstein = 0.0;
      break;
    case PROP_TITLE: self->title = _bilateral_intern_text (g_value_get_string (value)); break;
    case PROP_CITATIONS: self->citations = _bilateral_list_copy (g_value_get_object (value), BILATERAL_TYPE_CITATION); break;
    case PROP_IMPACTS: self->impacts = _bilateral_list_copy (g_value_get_object (value), BILATERAL_TYPE_IMPACT); break;
    case PROP_SOURCE_SECTORS: self->source_sectors = strings_copy (g_value_get_boxed (value), "sector", NULL); break;
    case PROP_TARGET_SECTORS: self->target_sectors = strings_copy (g_value_get_boxed (value), "sector", NULL); break;
    case PROP_LOCATION: self->location = g_value_dup_object (value); break;
    case PROP_PARTICIPANTS:
      self->participants = _bilateral_list_copy (g_value_get_object (value), BILATERAL_TYPE_PARTICIPANT);
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Set while _bilateral_event_new_from_fields() makes one: its fields come after. */
static GPrivate making_from_fields;

/* What constructed() checks and derives, once the fields are in. */
static void
finish_construction (BilateralEvent *self)
{
  if (self->id == NULL || self->date == NULL || self->source == NULL)
    g_critical ("A BilateralEvent needs an id, a date and a source");
  if (self->plover_type || self->plover_mode || self->plover_contexts)
    {
      g_autoptr (GError) error = NULL;
      double score = NAN;

      if (self->plover_type == NULL)
        g_critical ("BilateralEvent %s: a PLOVER mode or context needs a PLOVER type", self->id);
      else if (!bilateral_cameo_lookup_plover (bilateral_cameo_get_default (), self->plover_type, self->plover_mode,
                                               (const char *const *) self->plover_contexts, &self->plover_quad_class, &score,
                                               &error))
        g_critical ("BilateralEvent %s: %s", self->id, error->message);
      else if (!self->goldstein_given && self->cameo_code == NULL && !isnan (score))
        self->goldstein = score; /* the type's score, as a code gives its weight */
    }
  if (self->cameo_code ? !bilateral_cameo_code_is_valid (self->cameo_code) : self->plover_type == NULL)
    g_critical ("BilateralEvent %s: “%s” is not a CAMEO event code", self->id, self->cameo_code ? self->cameo_code : "(null)");
  if (self->citations == NULL)
    self->citations = _bilateral_list_copy (NULL, BILATERAL_TYPE_CITATION);
  if (self->impacts == NULL)
    self->impacts = _bilateral_list_copy (NULL, BILATERAL_TYPE_IMPACT);
  if (self->participants == NULL)
    self->participants = _bilateral_list_copy (NULL, BILATERAL_TYPE_PARTICIPANT);
  /* One rule, in code as in a file: no weight given is the codebook's. */
  if (!self->goldstein_given && self->cameo_code)
    {
      BilateralCameoCode *code = bilateral_cameo_lookup (bilateral_cameo_get_default (), self->cameo_code, NULL);
      if (code)
        self->goldstein = bilateral_cameo_code_get_goldstein (code);
    }
}

static void
bilateral_event_constructed (GObject *object)
{
  G_OBJECT_CLASS (bilateral_event_parent_class)->constructed (object);
  if (g_private_get (&making_from_fields) == NULL)
    finish_construction (BILATERAL_EVENT (object));
}

/* The same event g_object_new() would make of these properties, without
 * naming each (a reader makes them by the million): the construct
 * properties get their defaults first, then the fields are set as
 * set_property() would set them. */
static char *
text (const char *given, BilateralTextPool *pool)
{
  return pool ? _bilateral_text_pool_text (pool, given) : _bilateral_intern_text (given);
}

BilateralEvent *
_bilateral_event_new_from_fields (const BilateralEventFields *f)
{
  BilateralEvent *self;

  g_private_set (&making_from_fields, GINT_TO_POINTER (TRUE));
  self = g_object_new (BILATERAL_TYPE_EVENT, NULL);
  g_private_set (&making_from_fields, NULL);
  self->id = _bilateral_dup_text (f->id);
  self->date = f->date ? bilateral_date_ref (f->date) : NULL;
  g_set_object (&self->source, f->source);
  g_set_object (&self->target, f->target);
  self->cameo_code = text (f->cameo_code, f->pool);
  self->plover_type = text (f->plover_type, f->pool);
  self->plover_mode = text (f->plover_mode, f->pool);
  self->plover_contexts = strings_copy (f->plover_contexts, "PLOVER context", f->pool);
  self->goldstein_given = f->goldstein_given && !(f->goldstein == 0.0 && signbit (f->goldstein));
  self->goldstein = self->goldstein_given ? f->goldstein : 0.0;
  self->title = text (f->title, f->pool);
  g_clear_object (&self->citations);
  self->citations = _bilateral_list_copy (f->citations, BILATERAL_TYPE_CITATION);
  g_clear_object (&self->impacts);
  self->impacts = _bilateral_list_copy (f->impacts, BILATERAL_TYPE_IMPACT);
  self->source_sectors = strings_copy (f->source_sectors, "sector", f->pool);
  self->target_sectors = strings_copy (f->target_sectors, "sector", f->pool);
  g_set_object (&self->location, f->location);
  g_clear_object (&self->participants);
  self->participants = _bilateral_list_copy (f->participants, BILATERAL_TYPE_PARTICIPANT);
  finish_construction (self);
  return self;
}

gboolean
_bilateral_event_goldstein_given (BilateralEvent *self)
{
  return self->goldstein_given;
}

static void
bilateral_event_class_init (BilateralEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = bilateral_event_finalize;
  object_class->get_property = bilateral_event_get_property;
  object_class->set_property = bilateral_event_set_property;
  object_class->constructed = bilateral_event_constructed;

  /**
   * BilateralEvent:id:
   *
   * The event's id, unique in its archive.
   */
  props[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  /**
   * BilateralEvent:date:
   *
   * When the event happened, at the precision the source gives.
   */
  props[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, BILATERAL_TYPE_DATE, flags);
  /**
   * BilateralEvent:source:
   *
   * The actor who acted.
   */
  props[PROP_SOURCE] = g_param_spec_object ("source", NULL, NULL, BILATERAL_TYPE_ACTOR, flags);
  /**
   * BilateralEvent:target:
   *
   * The actor acted upon, or %NULL.
   */
  props[PROP_TARGET] = g_param_spec_object ("target", NULL, NULL, BILATERAL_TYPE_ACTOR, flags);
  /**
   * BilateralEvent:cameo-code:
   *
   * The CAMEO event code, as a string (`036`), or %NULL for an event that
   * has a PLOVER type instead.
   */
  props[PROP_CAMEO_CODE] = g_param_spec_string ("cameo-code", NULL, NULL, NULL, flags);
  /**
   * BilateralEvent:plover-type:
   *
   * The PLOVER event type (`CONSULT`): the event's own, as POLECAT gives
   * it, or else the one its CAMEO code maps to in the codebook; %NULL when
   * there is neither. An event needs a CAMEO code, a PLOVER type, or both.
   */
  props[PROP_PLOVER_TYPE] = g_param_spec_string ("plover-type", NULL, NULL, NULL, flags);
  /**
   * BilateralEvent:plover-mode:
   *
   * The PLOVER mode of the type (`visit`), or %NULL; as for
   * #BilateralEvent:plover-type, the event's own or its code's.
   */
  props[PROP_PLOVER_MODE] = g_param_spec_string ("plover-mode", NULL, NULL, NULL, flags);
  /**
   * BilateralEvent:plover-contexts:
   *
   * The PLOVER contexts (`military`, `economic`…), or %NULL; as for
   * #BilateralEvent:plover-type, the event's own or its code's.
   */
  props[PROP_PLOVER_CONTEXTS] = g_param_spec_boxed ("plover-contexts", NULL, NULL, G_TYPE_STRV, flags);
  /**
   * BilateralEvent:goldstein:
   *
   * The Goldstein weight, −10 (most hostile) to +10 (most cooperative).
   * An event made without one has its CAMEO code's weight in the codebook,
   * as an event of a file without one does, or, with no code, its PLOVER
   * type's conflict–cooperation score (bilateral_cameo_lookup_plover());
   * it is not saved, since it follows from the code or type.
   */
  props[PROP_GOLDSTEIN] = g_param_spec_double ("goldstein", NULL, NULL, -10.0, 10.0, -0.0, flags);
  /**
   * BilateralEvent:quad-class:
   *
   * The QuadClass of the CAMEO code.
   */
  props[PROP_QUAD_CLASS] = g_param_spec_enum ("quad-class", NULL, NULL, BILATERAL_TYPE_QUAD_CLASS,
                                              BILATERAL_QUAD_CLASS_VERBAL_COOPERATION, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BilateralEvent:title:
   *
   * A one-line description, or %NULL.
   */
  props[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  /**
   * BilateralEvent:citations:
   *
   * Where the event is stated: a #GListModel of #BilateralCitation.
   */
  props[PROP_CITATIONS] = g_param_spec_object ("citations", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  /**
   * BilateralEvent:impacts:
   *
   * The event's effects on other dyads: a #GListModel of #BilateralImpact.
   */
  props[PROP_IMPACTS] = g_param_spec_object ("impacts", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  /**
   * BilateralEvent:source-sectors:
   *
   * Which part of the source acted, as the data gives it, the principal
   * first: CAMEO actor types (`GOV`, `MIL`, `REB`, `OPP`, `BUS`…) from
   * GDELT, ICEWS's and POLECAT's sectors. %NULL when none is known.
   */
  props[PROP_SOURCE_SECTORS] = g_param_spec_boxed ("source-sectors", NULL, NULL, G_TYPE_STRV, flags);
  /**
   * BilateralEvent:target-sectors:
   *
   * Which part of the target was acted on, as for
   * #BilateralEvent:source-sectors.
   */
  props[PROP_TARGET_SECTORS] = g_param_spec_boxed ("target-sectors", NULL, NULL, G_TYPE_STRV, flags);
  /**
   * BilateralEvent:location:
   *
   * Where it happened, or %NULL when the source does not say.
   */
  props[PROP_LOCATION] = g_param_spec_object ("location", NULL, NULL, BILATERAL_TYPE_LOCATION, flags);
  /**
   * BilateralEvent:participants:
   *
   * Others that took part, with their roles: a #GListModel of
   * #BilateralParticipant.
   */
  props[PROP_PARTICIPANTS] = g_param_spec_object ("participants", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
bilateral_event_init (BilateralEvent *self)
{
}

/**
 * bilateral_event_new:
 * @id: the id, unique in an archive
 * @date: when it happened
 * @source: who acted
 * @target: (nullable): who was acted upon
 * @cameo_code: the CAMEO event code, as a string
 * @goldstein: the Goldstein weight, −10 to +10, or NaN for the CAMEO
 *   codebook's weight of @cameo_code
 * @title: (nullable): a one-line description
 *
 * Makes an event; give citations and impacts with g_object_new().
 *
 * Returns: (transfer full): the event
 */
BilateralEvent *
bilateral_event_new (const char *id, BilateralDate *date, BilateralActor *source, BilateralActor *target, const char *cameo_code,
                     double goldstein, const char *title)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (BILATERAL_IS_ACTOR (source), NULL);
  g_return_val_if_fail (target == NULL || BILATERAL_IS_ACTOR (target), NULL);
  g_return_val_if_fail (cameo_code != NULL && bilateral_cameo_code_is_valid (cameo_code), NULL);
  g_return_val_if_fail (isnan (goldstein) || (goldstein >= -10.0 && goldstein <= 10.0), NULL);
  /* A NaN weight leaves the property unset: the codebook's. */
  return g_object_new (BILATERAL_TYPE_EVENT, "id", id, "date", date, "source", source, "target", target, "cameo-code", cameo_code,
                       "title", title, isnan (goldstein) ? NULL : "goldstein", goldstein, NULL);
}

/**
 * bilateral_event_new_plover:
 * @id: the id, unique in an archive
 * @date: when it happened
 * @source: who acted
 * @target: (nullable): who was acted upon
 * @plover_type: the PLOVER event type: `CONSULT`
 * @plover_mode: (nullable): the type's mode: `visit`
 * @goldstein: the weight, −10 to +10 (POLECAT's intensity), or NaN for
 *   the PLOVER score of @plover_type in @plover_mode
 * @title: (nullable): a one-line description
 *
 * Makes an event that has a PLOVER type and no CAMEO code, as POLECAT's
 * do; give contexts with g_object_new() (#BilateralEvent:plover-contexts).
 *
 * Returns: (transfer full): the event
 */
BilateralEvent *
bilateral_event_new_plover (const char *id, BilateralDate *date, BilateralActor *source, BilateralActor *target,
                            const char *plover_type, const char *plover_mode, double goldstein, const char *title)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (BILATERAL_IS_ACTOR (source), NULL);
  g_return_val_if_fail (target == NULL || BILATERAL_IS_ACTOR (target), NULL);
  g_return_val_if_fail (plover_type != NULL, NULL);
  g_return_val_if_fail (
    bilateral_cameo_lookup_plover (bilateral_cameo_get_default (), plover_type, plover_mode, NULL, NULL, NULL, NULL), NULL);
  g_return_val_if_fail (isnan (goldstein) || (goldstein >= -10.0 && goldstein <= 10.0), NULL);
  return g_object_new (BILATERAL_TYPE_EVENT, "id", id, "date", date, "source", source, "target", target, "plover-type",
                       plover_type, "plover-mode", plover_mode, "title", title, isnan (goldstein) ? NULL : "goldstein", goldstein,
                       NULL);
}

/**
 * bilateral_event_get_id:
 * @self: an event
 *
 * Gets the event's id.
 *
 * Returns: (transfer none): the event's id
 */
const char *
bilateral_event_get_id (BilateralEvent *self)
{
  g_return_val_if_fail (BILATERAL_IS_EVENT (self), NULL);
  return self->id;
}

/**
 * bilateral_event_get_date:
 * @self: an event
 *
 * Gets when the event happened.
 *
 * Returns: (transfer none): when the event happened
 */
BilateralDate *
bilateral_event_get_date (BilateralEvent *self)
{
  g_return_val_if_fail (BILATERAL_IS_EVENT (self), NULL);
  return self->date;
}

/**
 * bilateral_event_get_source:
 * @self: an event
 *
 * Gets the actor who acted.
 *
 * Returns: (transfer none): the actor who acted
 */
BilateralActor *
bilateral_event_get_source (BilateralEvent *self)
{
  g_return_val_if_fail (BILATERAL_IS_EVENT (self), NULL);
  return self->source;
}

/**
 * bilateral_event_get_target:
 * @self: an event
 *
 * Gets the actor acted upon.
 *
 * Returns: (transfer none) (nullable): the actor acted upon
 */
BilateralActor *
bilateral_event_get_target (BilateralEvent *self)
{
  g_return_val_if_fail (BILATERAL_IS_EVENT (self), NULL);
  return self->target;
}

/**
 * bilateral_event_get_cameo_code:
 * @self: an event
 *
 * Gets the CAMEO event code.
 *
 * Returns: (transfer none) (nullable): the CAMEO event code, or %NULL for
 *   an event with a PLOVER type and no code
 */
const char *
bilateral_event_get_cameo_code (BilateralEvent *self)
{
  g_return_val_if_fail (BILATERAL_IS_EVENT (self), NULL);
  return self->cameo_code;
}

/* The codebook's entry of the event's code, or NULL. */
static BilateralCameoCode *
code_entry (BilateralEvent *self)
{
  return self->cameo_code ? bilateral_cameo_lookup (bilateral_cameo_get_default (), self->cameo_code, NULL) : NULL;
}

/**
 * bilateral_event_get_plover_type:
 * @self: an event
 *
 * Gets the PLOVER event type: the event's own, or else the one its CAMEO
 * code maps to (bilateral_cameo_code_get_plover_type()).
 *
 * Returns: (transfer none) (nullable): the PLOVER event type, or %NULL
 */
const char *
bilateral_event_get_plover_type (BilateralEvent *self)
{
  BilateralCameoCode *code;

  g_return_val_if_fail (BILATERAL_IS_EVENT (self), NULL);
  if (self->plover_type || !(code = code_entry (self)))
    return self->plover_type;
  return bilateral_cameo_code_get_plover_type (code);
}

/**
 * bilateral_event_get_plover_mode:
 * @self: an event
 *
 * Gets the PLOVER mode: the event's own (with its own type), or else the
 * one its CAMEO code maps to.
 *
 * Returns: (transfer none) (nullable): the PLOVER mode, or %NULL
 */
const char *
bilateral_event_get_plover_mode (BilateralEvent *self)
{
  BilateralCameoCode *code;

  g_return_val_if_fail (BILATERAL_IS_EVENT (self), NULL);
  if (self->plover_type || !(code = code_entry (self)))
    return self->plover_mode;
  return bilateral_cameo_code_get_plover_mode (code);
}

/**
 * bilateral_event_get_plover_contexts:
 * @self: an event
 *
 * Gets the PLOVER contexts: the event's own (with its own type), or else
 * the ones its CAMEO code maps to.
 *
 * Returns: (transfer none) (nullable): the PLOVER contexts, or %NULL for none
 */
const char *const *
bilateral_event_get_plover_contexts (BilateralEvent *self)
{
  BilateralCameoCode *code;
  const char *const *contexts;

  g_return_val_if_fail (BILATERAL_IS_EVENT (self), NULL);
  if (self->plover_type || !(code = code_entry (self)))
    return (const char *const *) self->plover_contexts;
  contexts = bilateral_cameo_code_get_plover_contexts (code);
  return contexts && contexts[0] ? contexts : NULL;
}

const char *
_bilateral_event_code_label (BilateralEvent *self)
{
  return self->cameo_code ? self->cameo_code : bilateral_event_get_plover_type (self);
}

/* What the event itself gives, for a save: the type, mode and contexts. */
const char *
_bilateral_event_own_plover (BilateralEvent *self, const char **mode, const char *const **contexts)
{
  *mode = self->plover_mode;
  *contexts = (const char *const *) self->plover_contexts;
  return self->plover_type;
}

/**
 * bilateral_event_get_goldstein:
 * @self: an event
 *
 * Gets the Goldstein weight, −10 to +10.
 *
 * Returns: the Goldstein weight, −10 to +10
 */
double
bilateral_event_get_goldstein (BilateralEvent *self)
{
  g_return_val_if_fail (BILATERAL_IS_EVENT (self), 0.0);
  return self->goldstein;
}

/**
 * bilateral_event_get_quad_class:
 * @self: an event
 *
 * Gets the QuadClass of the event's CAMEO root code, or of its PLOVER
 * type when it has no code.
 *
 * Returns: the event's QuadClass
 */
BilateralQuadClass
bilateral_event_get_quad_class (BilateralEvent *self)
{
  int root;

  g_return_val_if_fail (BILATERAL_IS_EVENT (self), BILATERAL_QUAD_CLASS_VERBAL_COOPERATION);
  if (self->cameo_code == NULL && self->plover_type)
    return self->plover_quad_class ? self->plover_quad_class : BILATERAL_QUAD_CLASS_VERBAL_COOPERATION;
  /* Only an event built around bilateral_event_new() can lack a valid code. */
  g_return_val_if_fail (self->cameo_code && bilateral_cameo_code_is_valid (self->cameo_code),
                        BILATERAL_QUAD_CLASS_VERBAL_COOPERATION);
  root = (self->cameo_code[0] - '0') * 10 + (self->cameo_code[1] - '0');
  if (root <= 5)
    return BILATERAL_QUAD_CLASS_VERBAL_COOPERATION;
  if (root <= 9)
    return BILATERAL_QUAD_CLASS_MATERIAL_COOPERATION;
  if (root <= 14)
    return BILATERAL_QUAD_CLASS_VERBAL_CONFLICT;
  return BILATERAL_QUAD_CLASS_MATERIAL_CONFLICT;
}

/**
 * bilateral_event_get_title:
 * @self: an event
 *
 * Gets the one-line description.
 *
 * Returns: (transfer none) (nullable): the one-line description
 */
const char *
bilateral_event_get_title (BilateralEvent *self)
{
  g_return_val_if_fail (BILATERAL_IS_EVENT (self), NULL);
  return self->title;
}

/**
 * bilateral_event_get_citations:
 * @self: an event
 *
 * Gets the list of #BilateralCitation, as a #GListModel.
 *
 * Returns: (transfer none): a #GListModel of #BilateralCitation
 */
GListModel *
bilateral_event_get_citations (BilateralEvent *self)
{
  g_return_val_if_fail (BILATERAL_IS_EVENT (self), NULL);
  return self->citations;
}

/**
 * bilateral_event_get_impacts:
 * @self: an event
 *
 * Gets the list of #BilateralImpact, as a #GListModel.
 *
 * Returns: (transfer none): a #GListModel of #BilateralImpact
 */
GListModel *
bilateral_event_get_impacts (BilateralEvent *self)
{
  g_return_val_if_fail (BILATERAL_IS_EVENT (self), NULL);
  return self->impacts;
}

/**
 * bilateral_event_get_source_sectors:
 * @self: an event
 *
 * Gets which part of the source acted (#BilateralEvent:source-sectors).
 *
 * Returns: (nullable) (transfer none): the sectors, or %NULL
 */
const char *const *
bilateral_event_get_source_sectors (BilateralEvent *self)
{
  g_return_val_if_fail (BILATERAL_IS_EVENT (self), NULL);
  return (const char *const *) self->source_sectors;
}

/**
 * bilateral_event_get_target_sectors:
 * @self: an event
 *
 * Gets which part of the target was acted on.
 *
 * Returns: (nullable) (transfer none): the sectors, or %NULL
 */
const char *const *
bilateral_event_get_target_sectors (BilateralEvent *self)
{
  g_return_val_if_fail (BILATERAL_IS_EVENT (self), NULL);
  return (const char *const *) self->target_sectors;
}

/**
 * bilateral_event_has_sector:
 * @self: an event
 * @sector: a sector (`GOV`), compared without regard to case
 *
 * Checks whether both sides were of @sector: a government-to-government
 * event has `GOV` on both.
 *
 * Returns: whether the source's and the target's sectors both hold @sector
 */
gboolean
bilateral_event_has_sector (BilateralEvent *self, const char *sector)
{
  gboolean found[2] = { FALSE, FALSE };
  GStrv lists[2];

  g_return_val_if_fail (BILATERAL_IS_EVENT (self), FALSE);
  g_return_val_if_fail (sector != NULL, FALSE);
  lists[0] = self->source_sectors;
  lists[1] = self->target_sectors;
  for (int k = 0; k < 2; k++)
    for (guint i = 0; lists[k] && lists[k][i]; i++)
      found[k] |= g_ascii_strcasecmp (lists[k][i], sector) == 0;
  return found[0] && found[1];
}

/**
 * bilateral_event_get_location:
 * @self: an event
 *
 * Gets where the event happened.
 *
 * Returns: (nullable) (transfer none): the location, or %NULL
 */
BilateralLocation *
bilateral_event_get_location (BilateralEvent *self)
{
  g_return_val_if_fail (BILATERAL_IS_EVENT (self), NULL);
  return self->location;
}

/**
 * bilateral_event_get_participants:
 * @self: an event
 *
 * Gets the others that took part, with their roles.
 *
 * Returns: (transfer none): a read-only list of #BilateralParticipant
 */
GListModel *
bilateral_event_get_participants (BilateralEvent *self)
{
  g_return_val_if_fail (BILATERAL_IS_EVENT (self), NULL);
  return self->participants;
}

int
_bilateral_event_compare (gconstpointer a, gconstpointer b, gpointer user_data)
{
  BilateralEvent *x = (BilateralEvent *) a, *y = (BilateralEvent *) b;
  int c = bilateral_date_compare (x->date, y->date);

  return c != 0 ? c : strcmp (x->id, y->id);
}

static int
compare_pointed (gconstpointer a, gconstpointer b)
{
  return _bilateral_event_compare (*(BilateralEvent *const *) a, *(BilateralEvent *const *) b, NULL);
}

void
_bilateral_events_merge (GPtrArray *events, GPtrArray *sorted)
{
  g_autofree gpointer *old = g_memdup2 (events->pdata, events->len * sizeof (gpointer));
  guint n = events->len, i = 0, j = 0, out = 0;

  g_ptr_array_set_size (events, n + sorted->len);
  while (i < n || j < sorted->len)
    events->pdata[out++] = j == sorted->len || (i < n && _bilateral_event_compare (old[i], sorted->pdata[j], NULL) <= 0)
                             ? old[i++]
                             : sorted->pdata[j++];
}

void
_bilateral_events_sort (GPtrArray *events)
{
  guint descents = 0, run = 0;

  for (guint i = 1; i < events->len && descents < 2; i++)
    if (_bilateral_event_compare (events->pdata[i - 1], events->pdata[i], NULL) > 0)
      descents++, run = i;
  if (descents == 1)
    {
      /* Two runs, merged in place (the array may own its items: its size stays). */
      g_autofree gpointer *first = g_memdup2 (events->pdata, run * sizeof (gpointer));
      guint i = 0, j = run, out = 0;
      while (i < run)
        events->pdata[out++] = j == events->len || _bilateral_event_compare (first[i], events->pdata[j], NULL) <= 0
                                 ? first[i++]
                                 : events->pdata[j++];
    }
  else if (descents > 1)
    g_ptr_array_sort (events, compare_pointed);
}

/**
 * bilateral_quad_class_to_string:
 * @value: a QuadClass
 *
 * The short name of @value, for display and messages.
 *
 * Returns: (transfer none): `verbal-cooperation`, `material-cooperation`, `verbal-conflict` or `material-conflict`
 */
const char *
bilateral_quad_class_to_string (BilateralQuadClass value)
{
  const char *nick = _bilateral_enum_nick (BILATERAL_TYPE_QUAD_CLASS, value);

  g_return_val_if_fail (nick != NULL, NULL);
  return nick;
}
