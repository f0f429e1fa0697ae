/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Draws a timeline's layout onto any cairo_t: the one drawing routine
 * behind the widget, SVG, PNG, PDF and the page. */
#include "config.h"

#include <math.h>

#include "bilateral-timeline-private.h"

static const TimelineColor ink = { 0.13, 0.13, 0.13 };
static const TimelineColor faint_ink = { 0.42, 0.42, 0.42 };
static const TimelineColor grid = { 0.86, 0.86, 0.86 };

static void
set_color (cairo_t *cr, TimelineColor color, double alpha)
{
  cairo_set_source_rgba (cr, color.r, color.g, color.b, alpha);
}

static void
show_text (const TimelineLayout *layout, cairo_t *cr, const char *text, double x, double y, double size, gboolean bold,
           TimelineColor color)
{
  g_autoptr (PangoLayout) pango = _bilateral_timeline_text (layout, text, size, bold, -1);

  set_color (cr, color, 1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, pango);
  cairo_new_path (cr); /* else the next shape would start with a line from here */
}

/* A horizontal gradient of @color over [x0, x1], opaque where @solid_* say. */
static cairo_pattern_t *
fading (TimelineColor color, double alpha, double x0, double x1, gboolean fade_start, gboolean fade_end)
{
  cairo_pattern_t *pattern = cairo_pattern_create_linear (x0, 0, x1, 0);
  double edge = x1 - x0 > 0 ? MIN (0.45, 48 / (x1 - x0)) : 0.5;

  cairo_pattern_add_color_stop_rgba (pattern, 0, color.r, color.g, color.b, fade_start ? 0 : alpha);
  cairo_pattern_add_color_stop_rgba (pattern, fade_start ? edge : 0, color.r, color.g, color.b, alpha);
  cairo_pattern_add_color_stop_rgba (pattern, fade_end ? 1 - edge : 1, color.r, color.g, color.b, alpha);
  cairo_pattern_add_color_stop_rgba (pattern, 1, color.r, color.g, color.b, fade_end ? 0 : alpha);
  return pattern;
}

static void
draw_phase (const TimelineLayout *layout, cairo_t *cr, const TimelineItem *item)
{
  TimelineColor color = _bilateral_timeline_stance_color (item->stance);
  const TimelineBox *box = &item->mark;

  cairo_rectangle (cr, box->x, box->y, box->width, box->height);
  if (item->fade_end)
    {
      /* A phase that goes on fades out over the last stretch of the axis. */
      cairo_pattern_t *pattern = fading (color, 1, box->x, box->x + box->width, FALSE, TRUE);
      cairo_set_source (cr, pattern);
      cairo_pattern_destroy (pattern);
    }
  else
    set_color (cr, color, 1);
  cairo_fill (cr);
  cairo_rectangle (cr, box->x + 0.5, box->y + 0.5, box->width - 1, box->height - 1);
  set_color (cr, faint_ink, 0.55);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  if (item->label_text && item->label.width > 0)
    {
      gboolean inside = item->label.y >= box->y && item->label.y < box->y + box->height;
      TimelineColor text = inside && _bilateral_timeline_stance_is_dark (item->stance) ? (TimelineColor){ 1, 1, 1 } : ink;

      show_text (layout, cr, item->label_text, item->label.x, item->label.y, item->kind == TIMELINE_ITEM_PHASE ? 11 : 9.5,
                 item->kind == TIMELINE_ITEM_PHASE && inside, text);
      if (!inside)
        {
          /* A tick from the row label up to its band. */
          double x = CLAMP (box->x + box->width / 2, item->label.x, item->label.x + item->label.width);
          set_color (cr, faint_ink, 0.8);
          cairo_move_to (cr, floor (x) + 0.5, box->y + box->height);
          cairo_line_to (cr, floor (x) + 0.5, item->label.y);
          cairo_stroke (cr);
        }
    }
}

static void
mark_path (cairo_t *cr, const TimelineItem *item, double r)
{
  if (item->kind == TIMELINE_ITEM_THIRD_PARTY)
    {
      double s = r * 1.25;
      cairo_move_to (cr, item->cx, item->cy - s);
      cairo_line_to (cr, item->cx + s, item->cy + s * 0.8);
      cairo_line_to (cr, item->cx - s, item->cy + s * 0.8);
      cairo_close_path (cr);
    }
  else
    cairo_arc (cr, item->cx, item->cy, r, 0, 2 * G_PI);
}

static void
draw_event (const TimelineLayout *layout, cairo_t *cr, const TimelineItem *item)
{
  TimelineColor color = item->kind == TIMELINE_ITEM_THIRD_PARTY ? _bilateral_timeline_third_party_color
                                                                : _bilateral_timeline_event_color;
  double r = TIMELINE_MARK_RADIUS, bar = item->bar_x1 - item->bar_x0;

  /* The span the date covers. */
  if (bar >= 2 * r || item->fade_start || item->fade_end || item->fade_both)
    {
      gboolean fade_start = item->fade_start || item->fade_both, fade_end = item->fade_end || item->fade_both;
      double thickness = item->interval ? 5 : 2;

      cairo_save (cr);
      if (fade_start || fade_end)
        {
          cairo_pattern_t *pattern = fading (color, item->interval ? 0.45 : 0.8, item->bar_x0, item->bar_x1, fade_start,
                                             fade_end);
          cairo_set_source (cr, pattern);
          cairo_pattern_destroy (pattern);
        }
      else
        set_color (cr, color, item->interval ? 0.45 : 0.8);
      if (item->approximate)
        cairo_set_dash (cr, (double[]){ 2, 2 }, 2, 0);
      cairo_set_line_width (cr, thickness);
      cairo_set_line_cap (cr, item->interval ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);
      cairo_move_to (cr, item->bar_x0, item->cy);
      cairo_line_to (cr, item->bar_x1, item->cy);
      cairo_stroke (cr);
      if (!item->interval)
        {
          cairo_set_dash (cr, NULL, 0, 0);
          cairo_set_line_width (cr, 1.2);
          if (!fade_start)
            {
              cairo_move_to (cr, item->bar_x0, item->cy - 3.5);
              cairo_line_to (cr, item->bar_x0, item->cy + 3.5);
            }
          if (!fade_end)
            {
              cairo_move_to (cr, item->bar_x1, item->cy - 3.5);
              cairo_line_to (cr, item->bar_x1, item->cy + 3.5);
            }
          cairo_stroke (cr);
        }
      cairo_restore (cr);
    }

  if (item->label_text && item->label.width > 0 && fabs (item->label.y + item->label.height / 2 - item->cy) > 2)
    {
      /* A leader from the mark to a label moved up or down, under the mark. */
      double x = item->label.x > item->cx ? item->label.x - 1 : item->label.x + item->label.width + 1;
      set_color (cr, faint_ink, 0.7);
      cairo_set_line_width (cr, 0.8);
      cairo_move_to (cr, item->cx, item->cy);
      cairo_line_to (cr, x, item->label.y + item->label.height / 2);
      cairo_stroke (cr);
    }

  /* The mark: filled for a date as stated, hollow for an approximate one. */
  mark_path (cr, item, r);
  if (item->approximate)
    {
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_fill_preserve (cr);
      set_color (cr, color, 1);
      cairo_set_line_width (cr, 1.8);
      cairo_stroke (cr);
    }
  else
    {
      set_color (cr, color, 1);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }
  if (item->uncertain)
    show_text (layout, cr, "?", item->cx + r + 0.5, item->cy - r - 4, 9, TRUE, color);

  if (item->label_text && item->label.width > 0)
    {
      /* A veil under the text keeps it legible over grid, tint and index. */
      cairo_rectangle (cr, item->label.x - 1, item->label.y, item->label.width + 2, item->label.height);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.78);
      cairo_fill (cr);
      show_text (layout, cr, item->label_text, item->label.x, item->label.y, 9, FALSE,
                 item->kind == TIMELINE_ITEM_THIRD_PARTY ? color : ink);
    }
}

static void
draw_cells (const TimelineLayout *layout, cairo_t *cr, guint panel)
{
  guint most = 1;

  for (guint i = 0; i < layout->items->len; i++)
    {
      const TimelineItem *item = &g_array_index (layout->items, TimelineItem, i);
      if (item->kind == TIMELINE_ITEM_CELL && item->panel == panel)
        most = MAX (most, item->count);
    }
  for (guint i = 0; i < layout->items->len; i++)
    {
      const TimelineItem *item = &g_array_index (layout->items, TimelineItem, i);
      TimelineColor color = item->factor ? _bilateral_timeline_third_party_color : _bilateral_timeline_event_color;

      if (item->kind != TIMELINE_ITEM_CELL || item->panel != panel)
        continue;
      /* Darker with more events, on a log scale so one event still shows. */
      set_color (cr, color, 0.15 + 0.85 * log1p (item->count) / log1p (most));
      cairo_rectangle (cr, item->mark.x, item->mark.y, item->mark.width - 0.5, item->mark.height - 0.5);
      cairo_fill (cr);
    }
}

static void
draw_plot (const TimelineLayout *layout, cairo_t *cr, const TimelinePanel *panel, guint panel_index)
{
  double half = panel->plot_height / 2 - 8, middle = panel->plot_y + panel->plot_height / 2;

  /* The curated phases tint the plot, so a mark reads against its phase. */
  for (guint i = 0; i < layout->items->len; i++)
    {
      const TimelineItem *item = &g_array_index (layout->items, TimelineItem, i);
      if (item->kind == TIMELINE_ITEM_PHASE && item->panel == panel_index)
        {
          set_color (cr, _bilateral_timeline_stance_color (item->stance), 0.28);
          cairo_rectangle (cr, item->mark.x, panel->plot_y, item->mark.width, panel->plot_height);
          cairo_fill (cr);
        }
    }
  cairo_set_line_width (cr, 1);
  for (int v = -10; v <= 10; v += 5)
    {
      double y = floor (middle - v / 10.0 * half) + 0.5;
      g_autofree char *text = v ? g_strdup_printf ("%+d", v) : g_strdup ("0");
      char *minus = v < 0 ? strchr (text, '-') : NULL;
      g_autofree char *shown = minus ? g_strconcat ("−", minus + 1, NULL) : g_strdup (text);

      set_color (cr, v == 0 ? faint_ink : grid, v == 0 ? 0.8 : 1);
      cairo_move_to (cr, layout->left, y);
      cairo_line_to (cr, layout->right, y);
      cairo_stroke (cr);
      double w, h;

      _bilateral_timeline_text_size (layout, shown, 9, FALSE, &w, &h);
      show_text (layout, cr, shown, layout->left - 6 - w, y - 6, 9, FALSE, faint_ink);
    }
  {
    /* The scale's name, up the gutter's left edge. */
    g_autoptr (PangoLayout) name = _bilateral_timeline_text (layout, "weight on the dyad", 9, FALSE, -1);
    PangoRectangle logical;

    pango_layout_get_extents (name, NULL, &logical);
    cairo_save (cr);
    cairo_translate (cr, TIMELINE_MARGIN, middle + (double) logical.width / PANGO_SCALE / 2);
    cairo_rotate (cr, -G_PI / 2);
    set_color (cr, faint_ink, 1);
    cairo_move_to (cr, 0, 0);
    pango_cairo_show_layout (cr, name);
    cairo_new_path (cr);
    cairo_restore (cr);
  }
  if (panel->dense)
    draw_cells (layout, cr, panel_index);

  if (panel->index_points && panel->index_points->len > 0)
    {
      g_autofree char *top = g_strdup_printf ("%+.1f", panel->index_max);
      g_autofree char *bottom = g_strdup_printf ("−%.1f", panel->index_max);

      for (int pass = 0; pass < 2; pass++)
        {
          for (guint i = 0; i < panel->index_points->len; i++)
            {
              TimelinePoint *point = &g_array_index (panel->index_points, TimelinePoint, i);
              (i ? cairo_line_to : cairo_move_to) (cr, point->x, point->y);
            }
          /* A white halo first, so the line reads over bands and marks. */
          if (pass == 0)
            cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
          else
            set_color (cr, ink, 1);
          cairo_set_line_width (cr, pass == 0 ? 4.5 : 2);
          cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
          cairo_stroke (cr);
        }
      show_text (layout, cr, "index", layout->right + 4, panel->plot_y - 2, 9, TRUE, ink);
      show_text (layout, cr, top, layout->right + 4, middle - half + 4, 9, FALSE, ink);
      show_text (layout, cr, "0", layout->right + 4, middle - 6, 9, FALSE, ink);
      show_text (layout, cr, bottom, layout->right + 4, middle + half - 14, 9, FALSE, ink);
    }
}

static void
draw_panel (const TimelineLayout *layout, cairo_t *cr, const TimelinePanel *panel, guint panel_index)
{
  show_text (layout, cr, panel->name, TIMELINE_MARGIN, panel->header_y, 13, TRUE, ink);
  show_text (layout, cr, panel->summary, TIMELINE_MARGIN, panel->header_y + 17, 10, FALSE, faint_ink);
  show_text (layout, cr, "phases", TIMELINE_MARGIN, panel->phase_y + panel->phase_height / 2 - 7, 10, FALSE, faint_ink);
  if (panel->inferred_height > 0)
    show_text (layout, cr, "inferred", TIMELINE_MARGIN, panel->inferred_y + panel->inferred_height / 2 - 7, 10, FALSE, faint_ink);

  /* Year (or month) lines through the whole panel. */
  cairo_set_line_width (cr, 1);
  set_color (cr, grid, 1);
  for (guint i = 0; i < layout->ticks->len; i++)
    {
      double x = floor (g_array_index (layout->ticks, TimelineTick, i).x) + 0.5;
      cairo_move_to (cr, x, panel->phase_y);
      cairo_line_to (cr, x, panel->bottom);
    }
  cairo_stroke (cr);

  draw_plot (layout, cr, panel, panel_index);
  for (guint i = 0; i < layout->items->len; i++)
    {
      const TimelineItem *item = &g_array_index (layout->items, TimelineItem, i);
      if (item->panel != panel_index)
        continue;
      if (item->kind == TIMELINE_ITEM_PHASE || item->kind == TIMELINE_ITEM_INFERRED_PHASE)
        draw_phase (layout, cr, item);
    }
  /* Others' events first: the dyad's own events stay on top. */
  for (int kind = TIMELINE_ITEM_THIRD_PARTY; kind >= TIMELINE_ITEM_EVENT; kind--)
    for (guint i = 0; i < layout->items->len; i++)
      {
        const TimelineItem *item = &g_array_index (layout->items, TimelineItem, i);
        if (item->panel == panel_index && (int) item->kind == kind)
          draw_event (layout, cr, item);
      }
  cairo_rectangle (cr, layout->left + 0.5, floor (panel->plot_y) + 0.5, layout->right - layout->left - 1, panel->plot_height);
  set_color (cr, faint_ink, 0.6);
  cairo_stroke (cr);
}

static void
draw_axis (const TimelineLayout *layout, cairo_t *cr)
{
  double y = floor (layout->axis_y) + 0.5;

  set_color (cr, ink, 1);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, layout->left, y);
  cairo_line_to (cr, layout->right, y);
  for (guint i = 0; i < layout->ticks->len; i++)
    {
      const TimelineTick *tick = &g_array_index (layout->ticks, TimelineTick, i);
      cairo_move_to (cr, floor (tick->x) + 0.5, y);
      cairo_line_to (cr, floor (tick->x) + 0.5, y + (tick->major ? 6 : 4));
    }
  cairo_stroke (cr);
  for (guint i = 0; i < layout->ticks->len; i++)
    {
      const TimelineTick *tick = &g_array_index (layout->ticks, TimelineTick, i);
      if (tick->label.width > 0)
        show_text (layout, cr, tick->text, tick->label.x, tick->label.y, 10, tick->major, ink);
    }
}

static void
draw_legend_swatch (const TimelineLayout *layout, cairo_t *cr, const TimelineLegendEntry *entry)
{
  TimelineItem sample = { .kind = TIMELINE_ITEM_EVENT, .cx = entry->x + 11, .cy = entry->y + 8 };
  TimelineColor color;

  sample.bar_x0 = sample.bar_x1 = sample.cx;
  switch (entry->kind)
    {
    case TIMELINE_LEGEND_STANCE:
    case TIMELINE_LEGEND_INFERRED:
      color = _bilateral_timeline_stance_color (entry->kind == TIMELINE_LEGEND_STANCE ? entry->stance : 0);
      cairo_rectangle (cr, entry->x + 0.5, entry->y + 2.5, 21, entry->kind == TIMELINE_LEGEND_INFERRED ? 8 : 12);
      set_color (cr, color, 1);
      cairo_fill_preserve (cr);
      set_color (cr, faint_ink, 0.55);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      return;
    case TIMELINE_LEGEND_CELL:
    case TIMELINE_LEGEND_OTHERS_CELL:
      color = entry->kind == TIMELINE_LEGEND_CELL ? _bilateral_timeline_event_color : _bilateral_timeline_third_party_color;
      for (int k = 0; k < 4; k++)
        {
          set_color (cr, color, 0.15 + 0.28 * k);
          cairo_rectangle (cr, entry->x + k * 5.5, entry->y + 4, 4.5, 8);
          cairo_fill (cr);
        }
      return;
    case TIMELINE_LEGEND_INDEX:
      cairo_move_to (cr, entry->x, entry->y + 11);
      cairo_curve_to (cr, entry->x + 8, entry->y + 1, entry->x + 14, entry->y + 15, entry->x + 22, entry->y + 5);
      set_color (cr, ink, 1);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
      return;
    case TIMELINE_LEGEND_CLUSTER: show_text (layout, cr, "+3", entry->x + 2, entry->y + 1, 9, TRUE, faint_ink); return;
    case TIMELINE_LEGEND_SPAN: sample.bar_x0 = entry->x + 1, sample.bar_x1 = entry->x + 21; break;
    case TIMELINE_LEGEND_INTERVAL: sample.bar_x0 = entry->x + 2, sample.bar_x1 = entry->x + 20, sample.interval = TRUE; break;
    case TIMELINE_LEGEND_APPROXIMATE: sample.approximate = TRUE; break;
    case TIMELINE_LEGEND_UNCERTAIN: sample.uncertain = TRUE, sample.cx -= 4; break;
    case TIMELINE_LEGEND_FADING: sample.bar_x0 = entry->x - 2, sample.bar_x1 = entry->x + 24, sample.fade_both = TRUE; break;
    case TIMELINE_LEGEND_THIRD_PARTY: sample.kind = TIMELINE_ITEM_THIRD_PARTY; break;
    case TIMELINE_LEGEND_DAY:
    case TIMELINE_N_LEGEND_KINDS: break;
    }
  draw_event (layout, cr, &sample);
}

static void
draw_legend (const TimelineLayout *layout, cairo_t *cr)
{
  for (guint i = 0; i < layout->legend->len; i++)
    {
      const TimelineLegendEntry *entry = &g_array_index (layout->legend, TimelineLegendEntry, i);
      draw_legend_swatch (layout, cr, entry);
      show_text (layout, cr, entry->text, entry->x + 26, entry->y + 1, 10, FALSE, ink);
    }
}

void
_bilateral_timeline_draw_layout (const TimelineLayout *layout, cairo_t *cr)
{
  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, layout->width, layout->height);
  cairo_fill (cr);
  if (layout->title)
    show_text (layout, cr, layout->title, TIMELINE_MARGIN, layout->title_y, 17, TRUE, ink);
  for (guint i = 0; i < layout->panels->len; i++)
    draw_panel (layout, cr, &g_array_index (layout->panels, TimelinePanel, i), i);
  for (guint i = 0; i < layout->badges->len; i++)
    {
      const TimelineBadge *badge = &g_array_index (layout->badges, TimelineBadge, i);
      cairo_rectangle (cr, badge->box.x, badge->box.y, badge->box.width, badge->box.height);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
      cairo_fill (cr);
      show_text (layout, cr, badge->text, badge->box.x + 3, badge->box.y, 9, TRUE, faint_ink);
    }
  draw_axis (layout, cr);
  draw_legend (layout, cr);
  cairo_restore (cr);
}
