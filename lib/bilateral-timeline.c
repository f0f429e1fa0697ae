/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <math.h>

#include "bilateral-timeline-private.h"

/**
 * BilateralTimeline:
 *
 * Draws the story of one or more relations on a shared time axis, onto any
 * `cairo_t`: a widget's, a PDF page's, an image's.
 *
 * Each relation is a panel, stacked under the one before (small
 * multiples): its curated phases as bands coloured by stance, on
 * ColorBrewer's colour-blind-safe RdBu scale from hostile (red) to allied
 * (blue); optionally the inferred phases in a lane beneath
 * (#BilateralTimeline:show-inferred); then its events, placed by date and
 * by weight on the Goldstein scale (−10 to +10). A date's uncertainty is
 * drawn: a month or a year as a bar over its span, an interval as a wide
 * bar, an approximate date (`~`) as a hollow mark, an uncertain one (`?`)
 * with a question mark, a decade, century or open end as a range that
 * fades. Events of others that bore on the dyad are triangles, placed at
 * their effect (the impact's weight times the event's Goldstein value) and
 * labelled with the weight. The relationship index can be drawn over the
 * events (#BilateralTimeline:show-index) with its own scale on the right.
 *
 * Labels never overlap: each event's label goes beside its mark where
 * nothing else is, the heaviest events first, and the events left without
 * room are counted in badges ("+3"). A relation with more events than half
 * the axis's pixels is drawn in bins, a cell per four pixels and Goldstein
 * point, darker with more events.
 *
 * The layout depends on #BilateralTimeline:width only; the height follows
 * (bilateral_timeline_get_height()). bilateral_timeline_get_item_at() and
 * bilateral_timeline_get_item_bounds() tell what is drawn where, for
 * pointers and popovers. bilateral_timeline_write_to_file() writes SVG,
 * PNG, PDF or a self-contained interactive HTML page.
 *
 * The timeline follows its relations: when their archive gains events or
 * phases, it lays out again and emits #BilateralTimeline::changed.
 */

struct _BilateralTimeline {
  GObject parent_instance;
  BilateralArchive *archive;
  GListStore *relations;
  GListModel *relations_view;
  char *title;
  BilateralDate *span;
  gboolean show_inferred, show_index;
  double width, scale;
  TimelineLayout *layout; /* at width; NULL until asked for, or after a change */
};

G_DEFINE_FINAL_TYPE (BilateralTimeline, bilateral_timeline, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ARCHIVE,
  PROP_RELATIONS,
  PROP_TITLE,
  PROP_SPAN,
  PROP_SHOW_INFERRED,
  PROP_SHOW_INDEX,
  PROP_WIDTH,
  PROP_SCALE,
  PROP_HEIGHT,
  N_PROPS
};
enum { SIGNAL_CHANGED, N_SIGNALS };

static GParamSpec *props[N_PROPS];
static guint signals[N_SIGNALS];

#define DEFAULT_WIDTH 1200.0
#define MIN_WIDTH 320.0
#define MAX_WIDTH 16384.0
/* cairo's image surfaces hold at most 32767 pixels a side. */
#define MAX_IMAGE_SIDE 32767.0

static void
invalidate (BilateralTimeline *self)
{
  g_clear_pointer (&self->layout, _bilateral_timeline_layout_free);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_HEIGHT]);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
relation_changed (BilateralTimeline *self)
{
  invalidate (self);
}

static GListModel *
relation_list (BilateralRelation *relation, guint which)
{
  switch (which)
    {
    case 0: return bilateral_relation_get_events (relation);
    case 1: return bilateral_relation_get_phases (relation);
    default: return bilateral_relation_get_third_party_events (relation);
    }
}

static void
unwatch_relations (BilateralTimeline *self)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->relations)); i++)
    {
      g_autoptr (BilateralRelation) relation = g_list_model_get_item (G_LIST_MODEL (self->relations), i);
      for (guint which = 0; which < 3; which++)
        g_signal_handlers_disconnect_by_data (relation_list (relation, which), self);
    }
}

static void
bilateral_timeline_dispose (GObject *object)
{
  BilateralTimeline *self = BILATERAL_TIMELINE (object);

  if (self->relations)
    unwatch_relations (self);
  g_clear_object (&self->relations_view);
  g_clear_object (&self->relations);
  g_clear_object (&self->archive);
  G_OBJECT_CLASS (bilateral_timeline_parent_class)->dispose (object);
}

static void
bilateral_timeline_finalize (GObject *object)
{
  BilateralTimeline *self = BILATERAL_TIMELINE (object);

  g_clear_pointer (&self->layout, _bilateral_timeline_layout_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->span, bilateral_date_unref);
  G_OBJECT_CLASS (bilateral_timeline_parent_class)->finalize (object);
}

static void
bilateral_timeline_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BilateralTimeline *self = BILATERAL_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_ARCHIVE: g_value_set_object (value, self->archive); break;
    case PROP_RELATIONS: g_value_set_object (value, self->relations_view); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_SPAN: g_value_set_boxed (value, self->span); break;
    case PROP_SHOW_INFERRED: g_value_set_boolean (value, self->show_inferred); break;
    case PROP_SHOW_INDEX: g_value_set_boolean (value, self->show_index); break;
    case PROP_WIDTH: g_value_set_double (value, self->width); break;
    case PROP_SCALE: g_value_set_double (value, self->scale); break;
    case PROP_HEIGHT: g_value_set_double (value, bilateral_timeline_get_height (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_timeline_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BilateralTimeline *self = BILATERAL_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_ARCHIVE: self->archive = g_value_dup_object (value); break;
    case PROP_TITLE: bilateral_timeline_set_title (self, g_value_get_string (value)); break;
    case PROP_SPAN: bilateral_timeline_set_span (self, g_value_get_boxed (value)); break;
    case PROP_SHOW_INFERRED: bilateral_timeline_set_show_inferred (self, g_value_get_boolean (value)); break;
    case PROP_SHOW_INDEX: bilateral_timeline_set_show_index (self, g_value_get_boolean (value)); break;
    case PROP_WIDTH: bilateral_timeline_set_width (self, g_value_get_double (value)); break;
    case PROP_SCALE: bilateral_timeline_set_scale (self, g_value_get_double (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_timeline_constructed (GObject *object)
{
  BilateralTimeline *self = BILATERAL_TIMELINE (object);

  G_OBJECT_CLASS (bilateral_timeline_parent_class)->constructed (object);
  if (self->archive == NULL)
    {
      g_critical ("BilateralTimeline needs an archive");
      self->archive = bilateral_archive_new ();
    }
}

static void
bilateral_timeline_class_init (BilateralTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = bilateral_timeline_dispose;
  object_class->finalize = bilateral_timeline_finalize;
  object_class->get_property = bilateral_timeline_get_property;
  object_class->set_property = bilateral_timeline_set_property;
  object_class->constructed = bilateral_timeline_constructed;

  /**
   * BilateralTimeline:archive:
   *
   * The archive the relations are of: it names their sources and states.
   */
  props[PROP_ARCHIVE] = g_param_spec_object ("archive", NULL, NULL, BILATERAL_TYPE_ARCHIVE,
                                             G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * BilateralTimeline:relations:
   *
   * The relations drawn, a panel each from the top, as a read-only list
   * of #BilateralRelation.
   */
  props[PROP_RELATIONS] = g_param_spec_object ("relations", NULL, NULL, G_TYPE_LIST_MODEL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * BilateralTimeline:title:
   *
   * The title drawn at the top; %NULL for the archive's title.
   */
  props[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  /**
   * BilateralTimeline:span:
   *
   * The dates the time axis shows; %NULL for every phase and event of the
   * relations, with a margin. Either end may be open (`1979/..`): that end
   * follows the data.
   */
  props[PROP_SPAN] = g_param_spec_boxed ("span", NULL, NULL, BILATERAL_TYPE_DATE, flags);
  /**
   * BilateralTimeline:show-inferred:
   *
   * Whether each panel has a second lane with the phases inferred from
   * its events (bilateral_relation_infer_phases() with the default
   * parameters).
   */
  props[PROP_SHOW_INFERRED] = g_param_spec_boolean ("show-inferred", NULL, NULL, FALSE, flags);
  /**
   * BilateralTimeline:show-index:
   *
   * Whether the relationship index (the default #BilateralSeries) is drawn
   * as a line over the events, scaled to its largest magnitude.
   */
  props[PROP_SHOW_INDEX] = g_param_spec_boolean ("show-index", NULL, NULL, FALSE, flags);
  /**
   * BilateralTimeline:width:
   *
   * The width to lay out for, in pixels (from 320 to 16384).
   */
  props[PROP_WIDTH] = g_param_spec_double ("width", NULL, NULL, MIN_WIDTH, MAX_WIDTH, DEFAULT_WIDTH, flags);
  /**
   * BilateralTimeline:scale:
   *
   * Device pixels per pixel in PNG output (2 for a high-density screen);
   * from 0.25 to 8. Other outputs are vector and ignore it.
   */
  props[PROP_SCALE] = g_param_spec_double ("scale", NULL, NULL, 0.25, 8, 1, flags);
  /**
   * BilateralTimeline:height:
   *
   * The height the layout needs at #BilateralTimeline:width.
   */
  props[PROP_HEIGHT] = g_param_spec_double ("height", NULL, NULL, 0, G_MAXDOUBLE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, props);

  /**
   * BilateralTimeline::changed:
   * @self: the timeline
   *
   * The picture changed: a property, the relations, or what they hold.
   * Draw again.
   */
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
}

static void
bilateral_timeline_init (BilateralTimeline *self)
{
  self->relations = g_list_store_new (BILATERAL_TYPE_RELATION);
  self->relations_view = _bilateral_list_view_new (G_LIST_MODEL (self->relations));
  self->width = DEFAULT_WIDTH;
  self->scale = 1;
}

/**
 * bilateral_timeline_new:
 * @archive: the archive the relations are of
 *
 * Creates a timeline with no relation yet: add them with
 * bilateral_timeline_add_relation().
 *
 * Returns: (transfer full): a new timeline
 */
BilateralTimeline *
bilateral_timeline_new (BilateralArchive *archive)
{
  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (archive), NULL);
  return g_object_new (BILATERAL_TYPE_TIMELINE, "archive", archive, NULL);
}

/**
 * bilateral_timeline_get_archive:
 * @self: a timeline
 *
 * Gets the archive the timeline's relations are of.
 *
 * Returns: (transfer none): the archive
 */
BilateralArchive *
bilateral_timeline_get_archive (BilateralTimeline *self)
{
  g_return_val_if_fail (BILATERAL_IS_TIMELINE (self), NULL);
  return self->archive;
}

/**
 * bilateral_timeline_add_relation:
 * @self: a timeline
 * @relation: a relation of the timeline's archive
 *
 * Adds a panel for @relation under those there are, on the same time axis.
 */
void
bilateral_timeline_add_relation (BilateralTimeline *self, BilateralRelation *relation)
{
  g_return_if_fail (BILATERAL_IS_TIMELINE (self));
  g_return_if_fail (BILATERAL_IS_RELATION (relation));

  for (guint which = 0; which < 3; which++)
    g_signal_connect_object (relation_list (relation, which), "items-changed", G_CALLBACK (relation_changed), self,
                             G_CONNECT_SWAPPED);
  g_list_store_append (self->relations, relation);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_RELATIONS]);
  invalidate (self);
}

/**
 * bilateral_timeline_remove_all:
 * @self: a timeline
 *
 * Removes every relation: the timeline then draws only its title, axis
 * and legend.
 */
void
bilateral_timeline_remove_all (BilateralTimeline *self)
{
  g_return_if_fail (BILATERAL_IS_TIMELINE (self));
  unwatch_relations (self);
  g_list_store_remove_all (self->relations);
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_RELATIONS]);
  invalidate (self);
}

/**
 * bilateral_timeline_get_relations:
 * @self: a timeline
 *
 * Gets the relations drawn, from the top panel down.
 *
 * Returns: (transfer none): a read-only list of #BilateralRelation
 */
GListModel *
bilateral_timeline_get_relations (BilateralTimeline *self)
{
  g_return_val_if_fail (BILATERAL_IS_TIMELINE (self), NULL);
  return self->relations_view;
}

/**
 * bilateral_timeline_get_title:
 * @self: a timeline
 *
 * Gets the title set with bilateral_timeline_set_title().
 *
 * Returns: (nullable) (transfer none): the title, or %NULL when the
 *   archive's is drawn
 */
const char *
bilateral_timeline_get_title (BilateralTimeline *self)
{
  g_return_val_if_fail (BILATERAL_IS_TIMELINE (self), NULL);
  return self->title;
}

/**
 * bilateral_timeline_set_title:
 * @self: a timeline
 * @title: (nullable): a title, or %NULL for the archive's
 *
 * Sets the title drawn at the top. An empty title draws none.
 */
void
bilateral_timeline_set_title (BilateralTimeline *self, const char *title)
{
  g_return_if_fail (BILATERAL_IS_TIMELINE (self));
  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = title ? _bilateral_dup_text (title) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_TITLE]);
  invalidate (self);
}

/**
 * bilateral_timeline_get_span:
 * @self: a timeline
 *
 * Gets the span set with bilateral_timeline_set_span().
 *
 * Returns: (nullable) (transfer none): the span, or %NULL when the axis
 *   follows the data
 */
BilateralDate *
bilateral_timeline_get_span (BilateralTimeline *self)
{
  g_return_val_if_fail (BILATERAL_IS_TIMELINE (self), NULL);
  return self->span;
}

/**
 * bilateral_timeline_set_span:
 * @self: a timeline
 * @span: (nullable): the dates to show (any date: `1979/1991`, `1965`,
 *   `2003/..`), or %NULL for all of the data
 *
 * Sets the dates the time axis shows. Phases are clipped to it; events
 * whose date lies outside are left out and counted in the panel's summary.
 */
void
bilateral_timeline_set_span (BilateralTimeline *self, const BilateralDate *span)
{
  g_return_if_fail (BILATERAL_IS_TIMELINE (self));
  if (self->span == span || (self->span && span && bilateral_date_equal (self->span, span)))
    return;
  g_clear_pointer (&self->span, bilateral_date_unref);
  self->span = span ? bilateral_date_ref ((BilateralDate *) span) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SPAN]);
  invalidate (self);
}

/**
 * bilateral_timeline_get_show_inferred:
 * @self: a timeline
 *
 * Gets whether inferred phases are drawn.
 *
 * Returns: whether each panel has a lane of inferred phases
 */
gboolean
bilateral_timeline_get_show_inferred (BilateralTimeline *self)
{
  g_return_val_if_fail (BILATERAL_IS_TIMELINE (self), FALSE);
  return self->show_inferred;
}

/**
 * bilateral_timeline_set_show_inferred:
 * @self: a timeline
 * @show_inferred: whether to draw the inferred phases
 *
 * Sets whether each panel has a lane of the phases inferred from its
 * events, under the curated ones.
 */
void
bilateral_timeline_set_show_inferred (BilateralTimeline *self, gboolean show_inferred)
{
  g_return_if_fail (BILATERAL_IS_TIMELINE (self));
  if (self->show_inferred == !!show_inferred)
    return;
  self->show_inferred = !!show_inferred;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SHOW_INFERRED]);
  invalidate (self);
}

/**
 * bilateral_timeline_get_show_index:
 * @self: a timeline
 *
 * Gets whether the relationship index is drawn.
 *
 * Returns: whether the index line is drawn over the events
 */
gboolean
bilateral_timeline_get_show_index (BilateralTimeline *self)
{
  g_return_val_if_fail (BILATERAL_IS_TIMELINE (self), FALSE);
  return self->show_index;
}

/**
 * bilateral_timeline_set_show_index:
 * @self: a timeline
 * @show_index: whether to draw the index
 *
 * Sets whether the relationship index is drawn as a line over each
 * panel's events.
 */
void
bilateral_timeline_set_show_index (BilateralTimeline *self, gboolean show_index)
{
  g_return_if_fail (BILATERAL_IS_TIMELINE (self));
  if (self->show_index == !!show_index)
    return;
  self->show_index = !!show_index;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SHOW_INDEX]);
  invalidate (self);
}

/**
 * bilateral_timeline_get_width:
 * @self: a timeline
 *
 * Gets the width the timeline lays out for.
 *
 * Returns: the width in pixels
 */
double
bilateral_timeline_get_width (BilateralTimeline *self)
{
  g_return_val_if_fail (BILATERAL_IS_TIMELINE (self), 0);
  return self->width;
}

/**
 * bilateral_timeline_set_width:
 * @self: a timeline
 * @width: the width in pixels, from 320 to 16384
 *
 * Sets the width to lay out for; the height follows.
 */
void
bilateral_timeline_set_width (BilateralTimeline *self, double width)
{
  g_return_if_fail (BILATERAL_IS_TIMELINE (self));
  g_return_if_fail (width >= MIN_WIDTH && width <= MAX_WIDTH);
  if (self->width == width)
    return;
  self->width = width;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_WIDTH]);
  invalidate (self);
}

/**
 * bilateral_timeline_get_scale:
 * @self: a timeline
 *
 * Gets the device pixels per pixel of PNG output.
 *
 * Returns: the scale
 */
double
bilateral_timeline_get_scale (BilateralTimeline *self)
{
  g_return_val_if_fail (BILATERAL_IS_TIMELINE (self), 1);
  return self->scale;
}

/**
 * bilateral_timeline_set_scale:
 * @self: a timeline
 * @scale: device pixels per pixel, from 0.25 to 8
 *
 * Sets how many device pixels a pixel of the layout takes in PNG output.
 */
void
bilateral_timeline_set_scale (BilateralTimeline *self, double scale)
{
  g_return_if_fail (BILATERAL_IS_TIMELINE (self));
  g_return_if_fail (scale >= 0.25 && scale <= 8);
  if (self->scale == scale)
    return;
  self->scale = scale;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SCALE]);
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static const TimelineLayout *
ensure_layout (BilateralTimeline *self)
{
  if (self->layout == NULL)
    self->layout = _bilateral_timeline_layout_new (self->archive, G_LIST_MODEL (self->relations), self->title, self->span,
                                                   self->show_inferred, self->show_index, self->width);
  return self->layout;
}

/* A layout at another width, for the page's zoom levels. */
TimelineLayout *
_bilateral_timeline_layout_at (BilateralTimeline *self, double width)
{
  return _bilateral_timeline_layout_new (self->archive, G_LIST_MODEL (self->relations), self->title, self->span,
                                         self->show_inferred, self->show_index, width);
}

/**
 * bilateral_timeline_get_height:
 * @self: a timeline
 *
 * Gets the height the timeline needs at its width.
 *
 * Returns: the height in pixels
 */
double
bilateral_timeline_get_height (BilateralTimeline *self)
{
  g_return_val_if_fail (BILATERAL_IS_TIMELINE (self), 0);
  return ensure_layout (self)->height;
}

/**
 * bilateral_timeline_draw:
 * @self: a timeline
 * @cr: where to draw
 *
 * Draws the timeline at its width and height, from (0, 0) in @cr's user
 * space, over a white background. Transform @cr first to place or scale
 * it.
 */
void
bilateral_timeline_draw (BilateralTimeline *self, cairo_t *cr)
{
  g_return_if_fail (BILATERAL_IS_TIMELINE (self));
  g_return_if_fail (cr != NULL);
  _bilateral_timeline_draw_layout (ensure_layout (self), cr);
}

static gboolean
box_contains (const TimelineBox *box, double x, double y, double slack)
{
  return x >= box->x - slack && x < box->x + box->width + slack && y >= box->y - slack && y < box->y + box->height + slack;
}

/**
 * bilateral_timeline_get_item_at:
 * @self: a timeline
 * @x: a point's x, in the timeline's pixels
 * @y: a point's y
 *
 * Finds what is drawn at a point: an event's mark, the bar of its date or
 * its label; a phase's band or label. Where events are drawn in bins, the
 * earliest event of the bin under the point.
 *
 * Returns: (nullable) (transfer none): a #BilateralEvent, a
 *   #BilateralPhase (curated or inferred), or %NULL
 */
GObject *
bilateral_timeline_get_item_at (BilateralTimeline *self, double x, double y)
{
  const TimelineLayout *layout;
  GObject *found = NULL;

  g_return_val_if_fail (BILATERAL_IS_TIMELINE (self), NULL);
  layout = ensure_layout (self);
  /* Marks are drawn last, so they win; then bars and labels; then bands. */
  for (guint pass = 0; pass < 3 && found == NULL; pass++)
    for (guint i = layout->items->len; i > 0 && found == NULL; i--)
      {
        const TimelineItem *item = &g_array_index (layout->items, TimelineItem, i - 1);
        gboolean phase = item->kind == TIMELINE_ITEM_PHASE || item->kind == TIMELINE_ITEM_INFERRED_PHASE;

        if (pass == 0 && !phase && box_contains (&item->mark, x, y, 1))
          found = item->object;
        else if (pass == 1 && !phase &&
                 ((item->label.width > 0 && box_contains (&item->label, x, y, 0)) ||
                  (item->kind != TIMELINE_ITEM_CELL && x >= item->bar_x0 && x <= item->bar_x1 && fabs (y - item->cy) <= 3)))
          found = item->object;
        else if (pass == 2 && phase &&
                 (box_contains (&item->mark, x, y, 0) || (item->label.width > 0 && box_contains (&item->label, x, y, 0))))
          found = item->object;
      }
  return found;
}

/**
 * bilateral_timeline_get_item_bounds:
 * @self: a timeline
 * @item: a #BilateralEvent or #BilateralPhase of the timeline
 * @x: (out) (optional): where the item's mark or band starts
 * @y: (out) (optional): its top
 * @width: (out) (optional): its width
 * @height: (out) (optional): its height
 *
 * Tells where an event's mark or a phase's band is drawn, in the
 * timeline's pixels: for a popover, or to check a picture. An item drawn
 * in two panels gives the first.
 *
 * Returns: %TRUE if @item is drawn, %FALSE if it is not (not of these
 *   relations, outside the span, or in a bin)
 */
gboolean
bilateral_timeline_get_item_bounds (BilateralTimeline *self, GObject *item, double *x, double *y, double *width, double *height)
{
  const TimelineLayout *layout;

  g_return_val_if_fail (BILATERAL_IS_TIMELINE (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (item), FALSE);
  layout = ensure_layout (self);
  for (guint i = 0; i < layout->items->len; i++)
    {
      const TimelineItem *candidate = &g_array_index (layout->items, TimelineItem, i);
      if (candidate->object == item && candidate->kind != TIMELINE_ITEM_CELL)
        {
          if (x)
            *x = candidate->mark.x;
          if (y)
            *y = candidate->mark.y;
          if (width)
            *width = candidate->mark.width;
          if (height)
            *height = candidate->mark.height;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * bilateral_timeline_get_x_for_day:
 * @self: a timeline
 * @day: a day number (bilateral_date_day_from_ymd())
 *
 * Tells where the start of a day falls on the time axis.
 *
 * Returns: the x of the day's start, in the timeline's pixels (outside
 *   the axis for a day outside the span)
 */
double
bilateral_timeline_get_x_for_day (BilateralTimeline *self, gint32 day)
{
  g_return_val_if_fail (BILATERAL_IS_TIMELINE (self), 0);
  return _bilateral_timeline_layout_x (ensure_layout (self), day);
}

static cairo_status_t
append_bytes (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_surface (cairo_surface_t *surface, const char *what, GError **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_IO, "cannot draw the %s: %s", what, cairo_status_to_string (status));
  return FALSE;
}

/* Draws @layout onto a vector surface: SVG in pixels, PDF at 96 pixels to
 * the inch. */
GBytes *
_bilateral_timeline_vector (const TimelineLayout *layout, BilateralTimelineFormat format, GError **error)
{
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;
  double scale = format == BILATERAL_TIMELINE_FORMAT_PDF ? 0.75 : 1;

  if (format == BILATERAL_TIMELINE_FORMAT_PDF)
    {
      surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, layout->width * scale, layout->height * scale);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "libbilateral " PACKAGE_VERSION);
      if (layout->title)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, layout->title);
    }
  else
    {
      surface = cairo_svg_surface_create_for_stream (append_bytes, bytes, layout->width, layout->height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
    }
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  _bilateral_timeline_draw_layout (layout, cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  ok = check_surface (surface, format == BILATERAL_TIMELINE_FORMAT_PDF ? "PDF" : "SVG", error);
  cairo_surface_destroy (surface);
  return ok ? g_byte_array_free_to_bytes (g_steal_pointer (&bytes)) : NULL;
}

static GBytes *
to_png (BilateralTimeline *self, GError **error)
{
  const TimelineLayout *layout = ensure_layout (self);
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  double w = ceil (layout->width * self->scale), h = ceil (layout->height * self->scale);
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;

  if (w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_INVALID,
                   "a PNG of %.0f × %.0f pixels is larger than cairo can draw (%.0f a side): lower the width or the scale, "
                   "or write SVG or PDF",
                   w, h, MAX_IMAGE_SIDE);
      return NULL;
    }
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) w, (int) h);
  if (!check_surface (surface, "PNG", error))
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  cr = cairo_create (surface);
  cairo_scale (cr, self->scale, self->scale);
  _bilateral_timeline_draw_layout (layout, cr);
  cairo_destroy (cr);
  ok = cairo_surface_write_to_png_stream (surface, append_bytes, bytes) == CAIRO_STATUS_SUCCESS;
  cairo_surface_destroy (surface);
  if (!ok)
    {
      g_set_error_literal (error, BILATERAL_ERROR, BILATERAL_ERROR_IO, "cannot encode the PNG");
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/* The format a file name's suffix says. */
static gboolean
format_of_path (const char *path, BilateralTimelineFormat *format, GError **error)
{
  static const struct {
    const char *suffix;
    BilateralTimelineFormat format;
  } suffixes[] = {
    { ".svg", BILATERAL_TIMELINE_FORMAT_SVG },  { ".png", BILATERAL_TIMELINE_FORMAT_PNG },
    { ".pdf", BILATERAL_TIMELINE_FORMAT_PDF },  { ".html", BILATERAL_TIMELINE_FORMAT_HTML },
    { ".htm", BILATERAL_TIMELINE_FORMAT_HTML },
  };
  g_autofree char *lower = g_ascii_strdown (path, -1);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (lower, suffixes[i].suffix))
      {
        *format = suffixes[i].format;
        return TRUE;
      }
  {
    g_autofree char *shown = g_filename_display_name (path);
    g_autofree char *printable = _bilateral_printable (shown, -1);
    g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_INVALID,
                 "%s: cannot tell the format from the name: end it in .svg, .png, .pdf or .html", printable);
  }
  return FALSE;
}

/**
 * bilateral_timeline_to_bytes:
 * @self: a timeline
 * @format: the format: SVG, PNG, PDF or HTML (not
 *   %BILATERAL_TIMELINE_FORMAT_AUTO, which needs a file name)
 * @error: return location for a #GError
 *
 * Draws the timeline into a file's contents, in memory: to serve or embed.
 *
 * Returns: (transfer full): the file's bytes, or %NULL with @error set
 */
GBytes *
bilateral_timeline_to_bytes (BilateralTimeline *self, BilateralTimelineFormat format, GError **error)
{
  g_return_val_if_fail (BILATERAL_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  switch (format)
    {
    case BILATERAL_TIMELINE_FORMAT_SVG: return _bilateral_timeline_svg (self, ensure_layout (self), 0, TRUE, error);
    case BILATERAL_TIMELINE_FORMAT_PDF: return _bilateral_timeline_vector (ensure_layout (self), format, error);
    case BILATERAL_TIMELINE_FORMAT_PNG: return to_png (self, error);
    case BILATERAL_TIMELINE_FORMAT_HTML: return _bilateral_timeline_html (self, error);
    case BILATERAL_TIMELINE_FORMAT_AUTO:
    default:
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_INVALID,
                   "to_bytes needs a format: %d is not one of SVG, PNG, PDF, HTML", (int) format);
      return NULL;
    }
}

/**
 * bilateral_timeline_write_to_file:
 * @self: a timeline
 * @path: (type filename): where to write
 * @format: the format, or %BILATERAL_TIMELINE_FORMAT_AUTO for the one
 *   @path's suffix names
 * @error: return location for a #GError
 *
 * Draws the timeline into a file. The file is written whole to a temporary
 * beside @path and renamed over it, so a failure leaves any earlier file
 * as it was.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
bilateral_timeline_write_to_file (BilateralTimeline *self, const char *path, BilateralTimelineFormat format, GError **error)
{
  g_autoptr (GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (BILATERAL_IS_TIMELINE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (format == BILATERAL_TIMELINE_FORMAT_AUTO && !format_of_path (path, &format, error))
    return FALSE;
  bytes = bilateral_timeline_to_bytes (self, format, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  return _bilateral_archive_write_file (path, data, length, error);
}

/**
 * bilateral_timeline_format_to_string:
 * @value: a format
 *
 * The short name of @value, for display and messages.
 *
 * Returns: (transfer none): `auto`, `svg`, `png`, `pdf` or `html`
 */
const char *
bilateral_timeline_format_to_string (BilateralTimelineFormat value)
{
  const char *nick = _bilateral_enum_nick (BILATERAL_TYPE_TIMELINE_FORMAT, value);

  g_return_val_if_fail (nick != NULL, NULL);
  return nick;
}
