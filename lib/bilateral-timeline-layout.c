/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Where a timeline puts everything at one width (see bilateral-timeline-private.h). */
#include "config.h"

#include <math.h>

#include "bilateral-timeline-private.h"

/* ColorBrewer's 7-class RdBu, a diverging scale ColorBrewer marks as safe
 * for colour-blind readers (Cynthia A. Brewer, colorbrewer2.org), from
 * hostile (red) through neutral (grey-white) to allied (blue). */
static const TimelineColor stance_colors[7] = {
  { 0xb2 / 255.0, 0x18 / 255.0, 0x2b / 255.0 }, { 0xef / 255.0, 0x8a / 255.0, 0x62 / 255.0 },
  { 0xfd / 255.0, 0xdb / 255.0, 0xc7 / 255.0 }, { 0xf7 / 255.0, 0xf7 / 255.0, 0xf7 / 255.0 },
  { 0xd1 / 255.0, 0xe5 / 255.0, 0xf0 / 255.0 }, { 0x67 / 255.0, 0xa9 / 255.0, 0xcf / 255.0 },
  { 0x21 / 255.0, 0x66 / 255.0, 0xac / 255.0 },
};

const TimelineColor _bilateral_timeline_event_color = { 0x1a / 255.0, 0x1a / 255.0, 0x1a / 255.0 };
/* PRGn's darkest purple: apart from both ends of RdBu. */
const TimelineColor _bilateral_timeline_third_party_color = { 0x76 / 255.0, 0x2a / 255.0, 0x83 / 255.0 };

TimelineColor
_bilateral_timeline_stance_color (BilateralStance stance)
{
  return stance_colors[CLAMP ((int) stance, -3, 3) + 3];
}

gboolean
_bilateral_timeline_stance_is_dark (BilateralStance stance)
{
  return stance == BILATERAL_STANCE_HOSTILE || stance == BILATERAL_STANCE_ALLIED;
}

/* Heights of the parts of a panel. */
#define HEADER_HEIGHT 36.0
#define PHASE_LANE 26.0
#define INFERRED_LANE 20.0
#define LANE_GAP 4.0
#define LABEL_ROW 17.0
#define PLOT_HEIGHT 240.0
#define PANEL_GAP 18.0
#define TICK_LABELS 20.0
#define LABEL_MAX_WIDTH 230.0
#define LABEL_SIZE 9.0
/* Above this many events per pixel of axis, events are drawn in bins. */
#define DENSE_EVENTS_PER_PIXEL 0.5
#define CELL_WIDTH 4.0
#define CELL_ROWS 20

PangoLayout *
_bilateral_timeline_text (const TimelineLayout *layout, const char *text, double size, gboolean bold, double max_width)
{
  PangoLayout *pango = pango_layout_new (layout->pango);
  PangoFontDescription *font = pango_font_description_from_string (TIMELINE_FONT);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (pango, font);
  pango_font_description_free (font);
  if (max_width > 0)
    {
      pango_layout_set_width (pango, (int) (max_width * PANGO_SCALE));
      pango_layout_set_wrap (pango, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (pango, text, -1);
  return pango;
}

void
_bilateral_timeline_text_size (const TimelineLayout *layout, const char *text, double size, gboolean bold, double *width,
                               double *height)
{
  g_autoptr (PangoLayout) pango = _bilateral_timeline_text (layout, text, size, bold, -1);
  PangoRectangle logical;

  pango_layout_get_extents (pango, NULL, &logical);
  *width = ceil ((double) logical.width / PANGO_SCALE);
  *height = ceil ((double) logical.height / PANGO_SCALE);
}

/* @text cut at a character boundary, with "…", so that it and @suffix fit
 * @max_width; NULL if not even one character does. */
static char *
fit_text (const TimelineLayout *layout, const char *text, const char *suffix, double size, gboolean bold, double max_width)
{
  g_autofree char *whole = g_strconcat (text, suffix, NULL);
  glong n = g_utf8_strlen (text, -1), low = 1, high;
  double width, height;

  _bilateral_timeline_text_size (layout, whole, size, bold, &width, &height);
  if (width <= max_width)
    return g_steal_pointer (&whole);
  high = n - 1;
  while (low <= high)
    {
      glong mid = (low + high) / 2;
      g_autofree char *cut = g_utf8_substring (text, 0, mid);
      g_autofree char *trimmed = g_strchomp (g_strdup (cut));
      g_autofree char *candidate = g_strconcat (trimmed, "…", suffix, NULL);

      _bilateral_timeline_text_size (layout, candidate, size, bold, &width, &height);
      if (width <= max_width)
        low = mid + 1;
      else
        high = mid - 1;
    }
  if (high < 1)
    return NULL;
  {
    g_autofree char *cut = g_utf8_substring (text, 0, high);
    return g_strconcat (g_strchomp (cut), "…", suffix, NULL);
  }
}

const char *
_bilateral_timeline_code_name (BilateralEvent *event)
{
  const char *code = bilateral_event_get_cameo_code (event);
  BilateralCameoCode *entry = code ? bilateral_cameo_lookup (bilateral_cameo_get_default (), code, NULL) : NULL;

  return entry ? bilateral_cameo_code_get_name (entry) : NULL;
}

double
_bilateral_timeline_layout_x (const TimelineLayout *layout, double day)
{
  return layout->left +
         (day - layout->first_day) / (double) (layout->end_day - layout->first_day) * (layout->right - layout->left);
}

static gboolean
boxes_overlap (const TimelineBox *a, const TimelineBox *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width && a->y < b->y + b->height && b->y < a->y + a->height;
}

static gboolean
box_is_free (const TimelineBox *box, GArray *taken)
{
  for (guint i = 0; i < taken->len; i++)
    if (boxes_overlap (box, &g_array_index (taken, TimelineBox, i)))
      return FALSE;
  return TRUE;
}

static void
clear_item (gpointer data)
{
  TimelineItem *item = data;
  g_clear_object (&item->object);
  g_clear_pointer (&item->label_text, g_free);
}

static void
clear_panel (gpointer data)
{
  TimelinePanel *panel = data;
  g_clear_object (&panel->relation);
  g_clear_pointer (&panel->name, g_free);
  g_clear_pointer (&panel->summary, g_free);
  g_clear_pointer (&panel->index_points, g_array_unref);
}

static void
clear_tick (gpointer data)
{
  g_free (((TimelineTick *) data)->text);
}

static void
clear_badge (gpointer data)
{
  g_free (((TimelineBadge *) data)->text);
}

static void
clear_legend_entry (gpointer data)
{
  g_free (((TimelineLegendEntry *) data)->text);
}

void
_bilateral_timeline_layout_free (TimelineLayout *layout)
{
  g_array_unref (layout->items);
  g_array_unref (layout->panels);
  g_array_unref (layout->ticks);
  g_array_unref (layout->badges);
  g_array_unref (layout->legend);
  g_clear_object (&layout->pango);
  g_free (layout->title);
  g_free (layout);
}

/* The span of days the relations cover: phases and events whose ends are known. */
static gboolean
data_extent (GListModel *relations, gint32 *first, gint32 *last)
{
  gboolean found = FALSE;

  *first = G_MAXINT32;
  *last = G_MININT32;
  for (guint r = 0; r < g_list_model_get_n_items (relations); r++)
    {
      g_autoptr (BilateralRelation) relation = g_list_model_get_item (relations, r);
      GListModel *phases = bilateral_relation_get_phases (relation);
      GListModel *lists[] = { bilateral_relation_get_events (relation), bilateral_relation_get_third_party_events (relation) };

      for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
        {
          g_autoptr (BilateralPhase) phase = g_list_model_get_item (phases, i);
          gint32 end = bilateral_phase_get_end_day (phase);

          *first = MIN (*first, bilateral_phase_get_first_day (phase));
          *last = MAX (*last, end == BILATERAL_DAY_OPEN_END ? bilateral_phase_get_first_day (phase) : end - 1);
          found = TRUE;
        }
      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
          {
            g_autoptr (BilateralEvent) event = g_list_model_get_item (lists[l], i);
            BilateralDate *date = bilateral_event_get_date (event);
            gint32 earliest = bilateral_date_get_earliest_day (date), latest = bilateral_date_get_latest_day (date);

            if (earliest != BILATERAL_DAY_OPEN_START)
              *first = MIN (*first, earliest), *last = MAX (*last, earliest);
            if (latest != BILATERAL_DAY_OPEN_END)
              *first = MIN (*first, latest), *last = MAX (*last, latest);
            found = found || earliest != BILATERAL_DAY_OPEN_START || latest != BILATERAL_DAY_OPEN_END;
          }
    }
  return found;
}

static void
choose_span (TimelineLayout *layout, GListModel *relations, const BilateralDate *span)
{
  gint32 first, last;

  if (!data_extent (relations, &first, &last))
    {
      GDateTime *now = g_date_time_new_now_utc ();
      last = bilateral_date_day_from_ymd (g_date_time_get_year (now), 12, 31);
      first = last - 365;
      g_date_time_unref (now);
    }
  else
    {
      /* A margin of 2% (at least a fortnight) keeps marks off the edges. */
      gint32 pad = MAX (14, (gint32) ((last - first) * 0.02));
      first = first - pad;
      last = last + pad;
    }
  if (span)
    {
      gint32 earliest = bilateral_date_get_earliest_day (span), latest = bilateral_date_get_latest_day (span);
      if (earliest != BILATERAL_DAY_OPEN_START)
        first = earliest;
      if (latest != BILATERAL_DAY_OPEN_END)
        last = latest;
      if (last < first)
        last = first;
    }
  layout->first_day = first;
  layout->end_day = last + 1;
}

/* The names of a state and of those it continues or that continue it. */
static void
append_lineage (GString *names, BilateralArchive *archive, BilateralActor *actor)
{
  BilateralActor *earlier[8];
  guint n = 0;

  /* Walk back to the earliest state it continues; the archive has no loops. */
  for (BilateralActor *a = actor; a && n < G_N_ELEMENTS (earlier);)
    {
      GListModel *links = BILATERAL_IS_STATE (a) ? bilateral_state_get_predecessors (BILATERAL_STATE (a)) : NULL;
      BilateralActor *previous = NULL;

      earlier[n++] = a;
      for (guint i = 0; links && i < g_list_model_get_n_items (links); i++)
        {
          g_autoptr (BilateralSuccession) link = g_list_model_get_item (links, i);
          if (bilateral_succession_get_kind (link) == BILATERAL_SUCCESSION_CONTINUATION)
            previous = bilateral_archive_lookup_actor (archive, bilateral_succession_get_predecessor_id (link));
        }
      a = previous;
    }
  for (guint i = n; i > 0; i--)
    g_string_append_printf (names, "%s%s", i < n ? " / " : "", bilateral_actor_get_name (earlier[i - 1]));
}

static char *
dyad_name (BilateralArchive *archive, BilateralRelation *relation)
{
  GString *name = g_string_new (NULL);

  append_lineage (name, archive, bilateral_relation_get_first (relation));
  g_string_append (name, " – ");
  append_lineage (name, archive, bilateral_relation_get_second (relation));
  return g_string_free (name, FALSE);
}

static const char *
plural (guint n, const char *one, const char *many)
{
  return n == 1 ? one : many;
}

/* The phase bands of one lane, their labels inside the band when they fit,
 * else in rows under the lanes. */
static void
lay_out_phases (TimelineLayout *layout, guint panel_index, GListModel *phases, TimelineItemKind kind, double y, double height,
                GArray *row_labels, guint *n_rows)
{
  double size = kind == TIMELINE_ITEM_PHASE ? 11.0 : 9.5;
  gboolean bold = kind == TIMELINE_ITEM_PHASE; /* inside its band, a curated phase's label is bold */

  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr (BilateralPhase) phase = g_list_model_get_item (phases, i);
      gint32 first = bilateral_phase_get_first_day (phase), end = bilateral_phase_get_end_day (phase);
      const char *label = bilateral_phase_get_label (phase);
      double x0 = _bilateral_timeline_layout_x (layout, MAX (first, layout->first_day));
      double x1 = end == BILATERAL_DAY_OPEN_END ? layout->right
                                                : _bilateral_timeline_layout_x (layout, MIN (end, layout->end_day));
      TimelineItem item = { .kind = kind, .panel = panel_index, .object = G_OBJECT (g_object_ref (phase)) };
      double w, h;

      if (end <= layout->first_day || first >= layout->end_day)
        {
          clear_item (&item);
          continue; /* outside the span */
        }
      item.stance = bilateral_phase_get_stance (phase);
      item.mark = (TimelineBox){ x0, y, MAX (x1 - x0, 1.0), height };
      item.fade_end = end == BILATERAL_DAY_OPEN_END;
      /* An inferred phase is named by its stance: what the method found. */
      if (label == NULL || kind == TIMELINE_ITEM_INFERRED_PHASE)
        label = bilateral_stance_to_string (item.stance);
      item.label_text = fit_text (layout, label, "", size, bold, item.mark.width - 8);
      if (item.label_text && g_utf8_strlen (item.label_text, -1) >= MIN (6, g_utf8_strlen (label, -1)))
        {
          _bilateral_timeline_text_size (layout, item.label_text, size, bold, &w, &h);
          item.label = (TimelineBox){ x0 + 4, y + (height - h) / 2, w, h };
        }
      else
        {
          /* Too narrow: the label goes in the first row under the lanes
           * where it is free, centred on its band as far as the axis allows. */
          g_clear_pointer (&item.label_text, g_free);
          item.label_text = fit_text (layout, label, "", size, FALSE, LABEL_MAX_WIDTH);
          _bilateral_timeline_text_size (layout, item.label_text, size, FALSE, &w, &h);
          item.label.width = w;
          item.label.height = h;
          item.label.x = CLAMP ((x0 + x1 - w) / 2, layout->left, layout->right - w);
          for (guint row = 0;; row++)
            {
              item.label.y = row * LABEL_ROW; /* relative to the rows; moved below */
              if (box_is_free (&item.label, row_labels))
                {
                  *n_rows = MAX (*n_rows, row + 1);
                  break;
                }
            }
          g_array_append_val (row_labels, item.label);
          item.label.height = -h; /* marks a row label until the rows' place is known */
        }
      g_array_append_val (layout->items, item);
    }
}

/* Puts the rows of phase labels at @rows_y. */
static void
place_label_rows (TimelineLayout *layout, guint from, double rows_y)
{
  for (guint i = from; i < layout->items->len; i++)
    {
      TimelineItem *item = &g_array_index (layout->items, TimelineItem, i);
      if (item->label.height < 0)
        {
          item->label.height = -item->label.height;
          item->label.y += rows_y + 2;
        }
    }
}

static double
value_y (const TimelinePanel *panel, double value)
{
  double half = panel->plot_height / 2 - 8;
  return panel->plot_y + panel->plot_height / 2 - CLAMP (value, -10, 10) / 10 * half;
}

/* Fills the geometry of an event's date: where its mark goes, what span
 * its bar covers, which ends fade. FALSE if it lies outside the axis. */
static gboolean
place_date (const TimelineLayout *layout, BilateralDate *date, TimelineItem *item)
{
  gint32 earliest = bilateral_date_get_earliest_day (date), latest = bilateral_date_get_latest_day (date);
  gboolean open_start = earliest == BILATERAL_DAY_OPEN_START, open_end = latest == BILATERAL_DAY_OPEN_END;
  BilateralDatePrecision precision = bilateral_date_get_precision (date);
  BilateralDateQualifier qualifiers = bilateral_date_get_qualifiers (date);
  double centre;

  if ((!open_end && latest < layout->first_day) || (!open_start && earliest >= layout->end_day))
    return FALSE;
  if (open_start && open_end)
    return FALSE; /* `../..` says nothing of when */
  if (open_start)
    centre = latest + 0.5;
  else if (open_end)
    centre = earliest + 0.5;
  else
    centre = (earliest + (double) latest + 1) / 2;
  if (centre < layout->first_day || centre > layout->end_day)
    return FALSE;
  item->cx = _bilateral_timeline_layout_x (layout, centre);
  item->bar_x0 = open_start ? layout->left : _bilateral_timeline_layout_x (layout, MAX (earliest, layout->first_day));
  item->bar_x1 = open_end ? layout->right : _bilateral_timeline_layout_x (layout, MIN ((double) latest + 1, layout->end_day));
  item->approximate = (qualifiers & BILATERAL_DATE_QUALIFIER_APPROXIMATE) != 0;
  item->uncertain = (qualifiers & BILATERAL_DATE_QUALIFIER_UNCERTAIN) != 0;
  item->interval = precision == BILATERAL_DATE_PRECISION_INTERVAL;
  item->fade_both = precision == BILATERAL_DATE_PRECISION_DECADE || precision == BILATERAL_DATE_PRECISION_CENTURY;
  item->fade_start = open_start;
  item->fade_end = open_end;
  if (item->interval)
    {
      g_autoptr (BilateralDate) start = bilateral_date_get_start (date);
      g_autoptr (BilateralDate) end = bilateral_date_get_end (date);
      BilateralDatePrecision p;

      p = start ? bilateral_date_get_precision (start) : BILATERAL_DATE_PRECISION_DAY;
      item->fade_start |= p == BILATERAL_DATE_PRECISION_DECADE || p == BILATERAL_DATE_PRECISION_CENTURY;
      p = end ? bilateral_date_get_precision (end) : BILATERAL_DATE_PRECISION_DAY;
      item->fade_end |= p == BILATERAL_DATE_PRECISION_DECADE || p == BILATERAL_DATE_PRECISION_CENTURY;
    }
  return TRUE;
}

static void
add_event_item (TimelineLayout *layout, TimelinePanel *panel, guint panel_index, BilateralEvent *event, TimelineItemKind kind,
                double factor)
{
  TimelineItem item = { .kind = kind, .panel = panel_index };
  double r = TIMELINE_MARK_RADIUS;

  if (!place_date (layout, bilateral_event_get_date (event), &item))
    return;
  item.object = G_OBJECT (g_object_ref (event));
  item.factor = factor;
  item.value = kind == TIMELINE_ITEM_THIRD_PARTY ? factor * bilateral_event_get_goldstein (event)
                                                 : bilateral_event_get_goldstein (event);
  item.cy = value_y (panel, item.value);
  item.mark = (TimelineBox){ item.cx - r - 1, item.cy - r - 1, 2 * r + 2 + (item.uncertain ? 7 : 0), 2 * r + 2 };
  g_array_append_val (layout->items, item);
}

/* Bins the events of a dense panel: a cell per CELL_WIDTH pixels and per
 * Goldstein point, for each kind. */
static void
add_event_cells (TimelineLayout *layout, TimelinePanel *panel, guint panel_index, GListModel *events, TimelineItemKind kind,
                 BilateralRelation *relation)
{
  guint columns = (guint) ceil ((layout->right - layout->left) / CELL_WIDTH) + 1;
  g_autofree guint *cells = g_new0 (guint, (gsize) columns * CELL_ROWS); /* item index + 1 */
  double row_height = (panel->plot_height - 16) / CELL_ROWS;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (BilateralEvent) event = g_list_model_get_item (events, i);
      TimelineItem probe = { 0 };
      double factor = kind == TIMELINE_ITEM_THIRD_PARTY ? _bilateral_relation_get_impact_weight (relation, i) : 1.0;
      double value = factor * bilateral_event_get_goldstein (event);
      gint32 first = bilateral_date_get_earliest_day (bilateral_event_get_date (event));
      gint32 last = bilateral_date_get_latest_day (bilateral_event_get_date (event));
      guint column, row, *slot;

      if (!place_date (layout, bilateral_event_get_date (event), &probe))
        continue;
      column = MIN ((guint) ((probe.cx - layout->left) / CELL_WIDTH), columns - 1);
      row = (guint) CLAMP (floor (10 - CLAMP (value, -10, 10)), 0, CELL_ROWS - 1);
      slot = &cells[(gsize) column * CELL_ROWS + row];
      if (*slot == 0)
        {
          TimelineItem item = { .kind = TIMELINE_ITEM_CELL, .panel = panel_index, .object = G_OBJECT (g_object_ref (event)) };

          item.mark = (TimelineBox){ layout->left + column * CELL_WIDTH, panel->plot_y + 8 + row * row_height, CELL_WIDTH,
                                     row_height };
          item.cx = item.mark.x + CELL_WIDTH / 2;
          item.cy = item.mark.y + row_height / 2;
          item.value = 10 - row - 0.5;
          item.first_day = first;
          item.last_day = last;
          item.factor = kind == TIMELINE_ITEM_THIRD_PARTY; /* 1: others' events */
          g_array_append_val (layout->items, item);
          *slot = layout->items->len;
        }
      {
        TimelineItem *item = &g_array_index (layout->items, TimelineItem, *slot - 1);
        item->count++;
        if (first != BILATERAL_DAY_OPEN_START)
          item->first_day = item->first_day == BILATERAL_DAY_OPEN_START ? first : MIN (item->first_day, first);
        if (last != BILATERAL_DAY_OPEN_END)
          item->last_day = item->last_day == BILATERAL_DAY_OPEN_END ? last : MAX (item->last_day, last);
      }
    }
}

static int
compare_by_weight (gconstpointer a, gconstpointer b, gpointer user_data)
{
  GArray *items = user_data;
  const TimelineItem *x = &g_array_index (items, TimelineItem, *(const guint *) a);
  const TimelineItem *y = &g_array_index (items, TimelineItem, *(const guint *) b);
  double dx = fabs (x->value), dy = fabs (y->value);

  if (dx != dy)
    return dx > dy ? -1 : 1;
  return x->cx < y->cx ? -1 : x->cx > y->cx;
}

static int
compare_by_x (gconstpointer a, gconstpointer b, gpointer user_data)
{
  GArray *items = user_data;
  const TimelineItem *x = &g_array_index (items, TimelineItem, *(const guint *) a);
  const TimelineItem *y = &g_array_index (items, TimelineItem, *(const guint *) b);
  return x->cx < y->cx ? -1 : x->cx > y->cx;
}

/* Labels events, the heaviest first, beside their marks where no label or
 * mark is; a label may move up or down from its mark (a leader line joins
 * them). The events left without one are counted in badges: "+3". */
static void
label_events (TimelineLayout *layout, const TimelinePanel *panel, guint from)
{
  static const double offsets[] = { 0, -18, 18, -36, 36, -54, 54, -72, 72 };
  g_autoptr (GArray) taken = g_array_new (FALSE, FALSE, sizeof (TimelineBox));
  g_autoptr (GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) unlabelled = g_array_new (FALSE, FALSE, sizeof (guint));
  TimelineBox bounds = { layout->left - TIMELINE_GUTTER + 24, panel->plot_y + 2, 0, panel->plot_height - 4 };

  bounds.width = layout->width - TIMELINE_MARGIN - bounds.x;
  for (guint i = from; i < layout->items->len; i++)
    {
      TimelineItem *item = &g_array_index (layout->items, TimelineItem, i);
      g_array_append_val (taken, item->mark);
      g_array_append_val (order, i);
    }
  g_array_sort_with_data (order, compare_by_weight, layout->items);

  for (guint o = 0; o < order->len; o++)
    {
      guint index = g_array_index (order, guint, o);
      TimelineItem *item = &g_array_index (layout->items, TimelineItem, index);
      BilateralEvent *event = BILATERAL_EVENT (item->object);
      const char *title = bilateral_event_get_title (event);
      g_autofree char *suffix = NULL;
      gboolean placed = FALSE;
      double w, h;

      if (title == NULL)
        title = _bilateral_timeline_code_name (event) ? _bilateral_timeline_code_name (event) : bilateral_event_get_id (event);
      suffix = item->kind == TIMELINE_ITEM_THIRD_PARTY ? g_strdup_printf (" (×%+.1f)", item->factor) : g_strdup ("");
      /* Wider pictures (the page's zoom levels) give titles more room. */
      item->label_text = fit_text (layout, title, suffix, LABEL_SIZE, FALSE,
                                   MAX (LABEL_MAX_WIDTH, (layout->right - layout->left) / 5));
      if (item->label_text == NULL)
        item->label_text = g_strdup (suffix);
      _bilateral_timeline_text_size (layout, item->label_text, LABEL_SIZE, FALSE, &w, &h);
      for (guint k = 0; k < G_N_ELEMENTS (offsets) && !placed; k++)
        for (int side = 0; side < 2 && !placed; side++)
          {
            TimelineBox box = { side == 0 ? item->cx + 8 + (item->uncertain ? 6 : 0) : item->cx - 8 - w,
                                item->cy + offsets[k] - h / 2, w, h };

            if (box.x < bounds.x || box.x + box.width > bounds.x + bounds.width || box.y < bounds.y ||
                box.y + box.height > bounds.y + bounds.height || !box_is_free (&box, taken))
              continue;
            item->label = box;
            g_array_append_val (taken, box);
            placed = TRUE;
          }
      if (!placed)
        {
          g_clear_pointer (&item->label_text, g_free);
          g_array_append_val (unlabelled, index);
        }
    }

  /* Events without a label within 28 pixels of each other share a badge. */
  g_array_sort_with_data (unlabelled, compare_by_x, layout->items);
  for (guint i = 0; i < unlabelled->len;)
    {
      guint j = i + 1;
      double top = g_array_index (layout->items, TimelineItem, g_array_index (unlabelled, guint, i)).cy;
      double x0 = g_array_index (layout->items, TimelineItem, g_array_index (unlabelled, guint, i)).cx, x1 = x0;
      TimelineBadge badge = { 0 };
      double w, h;

      while (j < unlabelled->len &&
             g_array_index (layout->items, TimelineItem, g_array_index (unlabelled, guint, j)).cx - x1 < 28)
        {
          const TimelineItem *next = &g_array_index (layout->items, TimelineItem, g_array_index (unlabelled, guint, j));
          top = MIN (top, next->cy);
          x1 = next->cx;
          j++;
        }
      badge.text = g_strdup_printf ("+%u", j - i);
      _bilateral_timeline_text_size (layout, badge.text, LABEL_SIZE, TRUE, &w, &h);
      for (guint k = 0; k < G_N_ELEMENTS (offsets); k++)
        {
          TimelineBox box = { (x0 + x1) / 2 - w / 2 - 3, top - 10 - h - fabs (offsets[k]) * (k % 2 ? 1 : -1), w + 6, h };

          if (k % 2 == 0 && k > 0)
            box.y = top + 10 + fabs (offsets[k]) - 18;
          if (box.y >= bounds.y && box.y + box.height <= bounds.y + bounds.height && box.x >= bounds.x &&
              box.x + box.width <= bounds.x + bounds.width && box_is_free (&box, taken))
            {
              badge.box = box;
              g_array_append_val (taken, box);
              g_array_append_val (layout->badges, badge);
              badge.text = NULL;
              break;
            }
        }
      g_free (badge.text);
      i = j;
    }
}

static void
lay_out_index (TimelineLayout *layout, TimelinePanel *panel)
{
  g_autoptr (BilateralSeries) series = bilateral_relation_get_series (panel->relation, NULL);
  gsize n = 0;
  const double *index = bilateral_series_get_index (series, &n);

  panel->index_points = g_array_new (FALSE, FALSE, sizeof (TimelinePoint));
  panel->index_max = 0;
  for (gsize i = 0; i < n; i++)
    panel->index_max = MAX (panel->index_max, fabs (index[i]));
  if (panel->index_max == 0)
    panel->index_max = 1;
  for (gsize i = 0; i < n; i++)
    {
      g_autoptr (BilateralDate) bin = bilateral_series_get_bin_date (series, (guint) i);
      double centre = (bilateral_date_get_earliest_day (bin) + (double) bilateral_date_get_latest_day (bin) + 1) / 2;
      TimelinePoint point;

      if (centre < layout->first_day || centre > layout->end_day)
        continue;
      point.x = _bilateral_timeline_layout_x (layout, centre);
      point.y = value_y (panel, index[i] / panel->index_max * 10);
      g_array_append_val (panel->index_points, point);
    }
}

static void
lay_out_panel (TimelineLayout *layout, BilateralArchive *archive, BilateralRelation *relation, gboolean inferred, gboolean index,
               double top)
{
  TimelinePanel panel = { .relation = g_object_ref (relation), .top = top };
  guint panel_index = layout->panels->len, from, events_from;
  g_autoptr (GArray) row_labels = g_array_new (FALSE, FALSE, sizeof (TimelineBox));
  GListModel *events = bilateral_relation_get_events (relation);
  GListModel *others = bilateral_relation_get_third_party_events (relation);
  guint n_phases = g_list_model_get_n_items (bilateral_relation_get_phases (relation));
  guint n_rows = 0, n_inferred = 0;
  double y = top;

  panel.name = dyad_name (archive, relation);
  panel.n_events = g_list_model_get_n_items (events);
  panel.n_third_party = g_list_model_get_n_items (others);
  panel.header_y = y;
  y += HEADER_HEIGHT;

  from = layout->items->len;
  panel.phase_y = y;
  panel.phase_height = PHASE_LANE;
  lay_out_phases (layout, panel_index, bilateral_relation_get_phases (relation), TIMELINE_ITEM_PHASE, y, PHASE_LANE, row_labels,
                  &n_rows);
  y += PHASE_LANE + LANE_GAP;
  if (inferred)
    {
      g_autoptr (GListModel) found = bilateral_relation_infer_phases (relation, NULL);

      n_inferred = g_list_model_get_n_items (found);
      panel.inferred_y = y;
      panel.inferred_height = INFERRED_LANE;
      lay_out_phases (layout, panel_index, found, TIMELINE_ITEM_INFERRED_PHASE, y, INFERRED_LANE, row_labels, &n_rows);
      y += INFERRED_LANE + LANE_GAP;
    }
  panel.label_rows_y = y;
  place_label_rows (layout, from, y);
  y += n_rows * LABEL_ROW + (n_rows ? 4 : 0);

  panel.plot_y = y;
  panel.plot_height = PLOT_HEIGHT;
  panel.dense = panel.n_events + panel.n_third_party > DENSE_EVENTS_PER_PIXEL * (layout->right - layout->left);
  events_from = layout->items->len;
  if (panel.dense)
    {
      add_event_cells (layout, &panel, panel_index, events, TIMELINE_ITEM_EVENT, relation);
      add_event_cells (layout, &panel, panel_index, others, TIMELINE_ITEM_THIRD_PARTY, relation);
    }
  else
    {
      for (guint i = 0; i < panel.n_events; i++)
        {
          g_autoptr (BilateralEvent) event = g_list_model_get_item (events, i);
          add_event_item (layout, &panel, panel_index, event, TIMELINE_ITEM_EVENT, 1.0);
        }
      for (guint i = 0; i < panel.n_third_party; i++)
        {
          g_autoptr (BilateralEvent) event = g_list_model_get_item (others, i);
          add_event_item (layout, &panel, panel_index, event, TIMELINE_ITEM_THIRD_PARTY,
                          _bilateral_relation_get_impact_weight (relation, i));
        }
      label_events (layout, &panel, events_from);
    }
  if (index)
    lay_out_index (layout, &panel);
  y += PLOT_HEIGHT;
  panel.bottom = y;

  {
    guint shown = 0;
    for (guint i = events_from; i < layout->items->len; i++)
      shown += MAX (g_array_index (layout->items, TimelineItem, i).count, 1);
    panel.summary = g_strdup_printf (
      "%u %s · %u %s · %u %s", n_phases, plural (n_phases, "phase", "phases"), panel.n_events,
      plural (panel.n_events, "event", "events"), panel.n_third_party,
      plural (panel.n_third_party, "event of others bearing on it", "events of others bearing on it"));
    if (shown < panel.n_events + panel.n_third_party)
      {
        char *more = g_strdup_printf ("%s · %u outside the span shown", panel.summary,
                                      panel.n_events + panel.n_third_party - shown);
        g_free (panel.summary);
        panel.summary = more;
      }
    if (inferred)
      {
        char *more = g_strdup_printf ("%s · %u inferred %s", panel.summary, n_inferred, plural (n_inferred, "phase", "phases"));
        g_free (panel.summary);
        panel.summary = more;
      }
  }
  g_array_append_val (layout->panels, panel);
}

/* Ticks at least 80 pixels apart, on round dates: days, weeks, months,
 * quarters, years, and multiples of years up to centuries. */
static void
choose_ticks (TimelineLayout *layout)
{
  static const struct {
    int days, months, years;
  } steps[] = {
    { 1, 0, 0 },   { 2, 0, 0 },   { 7, 0, 0 },   { 14, 0, 0 },   { 0, 1, 0 },    { 0, 3, 0 },  { 0, 6, 0 },
    { 0, 0, 1 },   { 0, 0, 2 },   { 0, 0, 5 },   { 0, 0, 10 },   { 0, 0, 20 },   { 0, 0, 25 }, { 0, 0, 50 },
    { 0, 0, 100 }, { 0, 0, 200 }, { 0, 0, 500 }, { 0, 0, 1000 }, { 0, 0, 2000 },
  };
  static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
  double per_day = (layout->right - layout->left) / (double) (layout->end_day - layout->first_day);
  guint s = 0;
  int year, month, day;

  for (; s < G_N_ELEMENTS (steps) - 1; s++)
    if ((steps[s].days + steps[s].months * 30.44 + steps[s].years * 365.2425) * per_day >= 80)
      break;
  bilateral_date_ymd_from_day (layout->first_day, &year, &month, &day);
  if (steps[s].days)
    {
      for (gint32 d = layout->first_day; d < layout->end_day; d++)
        {
          bilateral_date_ymd_from_day (d, &year, &month, &day);
          /* Weeks start on the 1st, 8th, 15th and 22nd (fortnights on the
           * 1st and 15th), so that the 1st, which names the month, is never
           * crowded out by a tick days before it. */
          if (steps[s].days == 7    ? (day - 1) % 7 != 0 || day > 22
              : steps[s].days == 14 ? day != 1 && day != 15
                                    : (day - 1) % steps[s].days != 0)
            continue;
          {
            TimelineTick tick = { _bilateral_timeline_layout_x (layout, d), NULL, day == 1 };
            if (layout->ticks->len == 0 || (day == 1 && month == 1))
              tick.text = g_strdup_printf ("%d %s %d", day, months[month - 1], year);
            else if (day == 1)
              tick.text = g_strdup_printf ("%d %s", day, months[month - 1]);
            else
              tick.text = g_strdup_printf ("%d", day);
            g_array_append_val (layout->ticks, tick);
          }
        }
      return;
    }
  if (steps[s].months)
    {
      for (int m = (year * 12 + month - 1);; m++)
        {
          int y = m / 12 - (m < 0 && m % 12 ? 1 : 0), mo = m - y * 12 + 1;
          gint32 d = bilateral_date_day_from_ymd (y, mo, 1);
          TimelineTick tick;

          if (d >= layout->end_day)
            break;
          if (d < layout->first_day || (mo - 1) % steps[s].months != 0)
            continue;
          tick = (TimelineTick){ _bilateral_timeline_layout_x (layout, d), NULL, mo == 1 };
          tick.text = mo == 1 ? g_strdup_printf ("%d", y) : g_strdup (months[mo - 1]);
          g_array_append_val (layout->ticks, tick);
        }
      return;
    }
  for (int y = year - (year % steps[s].years + steps[s].years) % steps[s].years;; y += steps[s].years)
    {
      gint32 d;
      TimelineTick tick;

      if (y > 9999)
        break;
      d = bilateral_date_day_from_ymd (y, 1, 1);
      if (d >= layout->end_day)
        break;
      if (d < layout->first_day)
        continue;
      tick = (TimelineTick){ _bilateral_timeline_layout_x (layout, d), g_strdup_printf ("%d", y), y % (steps[s].years * 5) == 0 };
      g_array_append_val (layout->ticks, tick);
    }
}

/* Tick labels centred on their ticks, within the picture; one that would
 * come within 4 pixels of the label before it is left out. */
static void
lay_out_ticks (TimelineLayout *layout)
{
  double last_end = -G_MAXDOUBLE;

  choose_ticks (layout);
  for (guint i = 0; i < layout->ticks->len; i++)
    {
      TimelineTick *tick = &g_array_index (layout->ticks, TimelineTick, i);
      double w, h, x;

      _bilateral_timeline_text_size (layout, tick->text, 10, tick->major, &w, &h);
      x = CLAMP (tick->x - w / 2, 0, layout->width - w);
      if (x > last_end + 4)
        {
          tick->label = (TimelineBox){ x, layout->axis_y + 6, w, h };
          last_end = x + w;
        }
    }
}

static void
add_legend (TimelineLayout *layout, TimelineLegendKind kind, int stance, const char *text)
{
  TimelineLegendEntry entry = { kind, stance, g_strdup (text), 0, 0 };
  g_array_append_val (layout->legend, entry);
}

/* The legend names only what the picture has. */
static void
lay_out_legend (TimelineLayout *layout, gboolean index)
{
  gboolean has[TIMELINE_N_LEGEND_KINDS] = { 0 };
  gboolean stances[7] = { 0 };
  static const char *const texts[TIMELINE_N_LEGEND_KINDS] = {
    [TIMELINE_LEGEND_DAY] = "event on a known day",
    [TIMELINE_LEGEND_SPAN] = "month, season or year (bar: its span)",
    [TIMELINE_LEGEND_INTERVAL] = "interval (bar: from–to)",
    [TIMELINE_LEGEND_APPROXIMATE] = "approximate date (~)",
    [TIMELINE_LEGEND_UNCERTAIN] = "uncertain date (?)",
    [TIMELINE_LEGEND_FADING] = "decade, century or open end (fades)",
    [TIMELINE_LEGEND_THIRD_PARTY] = "others' event bearing on the dyad (× its weight)",
    [TIMELINE_LEGEND_CLUSTER] = "events without room for a label",
    [TIMELINE_LEGEND_CELL] = "events in a bin (darker: more)",
    [TIMELINE_LEGEND_OTHERS_CELL] = "others' events in a bin",
    [TIMELINE_LEGEND_INDEX] = "relationship index (right scale)",
    [TIMELINE_LEGEND_INFERRED] = "inferred phases (lower lane)",
  };
  double x = TIMELINE_MARGIN, y = layout->legend_y, row_height = 16;

  for (guint i = 0; i < layout->items->len; i++)
    {
      const TimelineItem *item = &g_array_index (layout->items, TimelineItem, i);
      switch (item->kind)
        {
        case TIMELINE_ITEM_PHASE: stances[item->stance + 3] = TRUE; break;
        case TIMELINE_ITEM_INFERRED_PHASE:
          stances[item->stance + 3] = TRUE;
          has[TIMELINE_LEGEND_INFERRED] = TRUE;
          break;
        case TIMELINE_ITEM_CELL: has[item->factor ? TIMELINE_LEGEND_OTHERS_CELL : TIMELINE_LEGEND_CELL] = TRUE; break;
        case TIMELINE_ITEM_THIRD_PARTY: has[TIMELINE_LEGEND_THIRD_PARTY] = TRUE; G_GNUC_FALLTHROUGH;
        case TIMELINE_ITEM_EVENT:
          if (item->fade_start || item->fade_end || item->fade_both)
            has[TIMELINE_LEGEND_FADING] = TRUE;
          if (item->approximate)
            has[TIMELINE_LEGEND_APPROXIMATE] = TRUE;
          if (item->uncertain)
            has[TIMELINE_LEGEND_UNCERTAIN] = TRUE;
          if (item->interval)
            has[TIMELINE_LEGEND_INTERVAL] = TRUE;
          else if (item->bar_x1 - item->bar_x0 >= 2 * TIMELINE_MARK_RADIUS)
            has[TIMELINE_LEGEND_SPAN] = TRUE;
          else if (item->kind == TIMELINE_ITEM_EVENT)
            has[TIMELINE_LEGEND_DAY] = TRUE;
          break;
        }
    }
  has[TIMELINE_LEGEND_CLUSTER] = layout->badges->len > 0;
  has[TIMELINE_LEGEND_INDEX] = index;
  for (int s = 0; s < 7; s++)
    if (stances[s])
      add_legend (layout, TIMELINE_LEGEND_STANCE, s - 3, bilateral_stance_to_string (s - 3));
  for (int k = TIMELINE_LEGEND_STANCE + 1; k < TIMELINE_N_LEGEND_KINDS; k++)
    if (has[k])
      add_legend (layout, k, 0, texts[k]);

  for (guint i = 0; i < layout->legend->len; i++)
    {
      TimelineLegendEntry *entry = &g_array_index (layout->legend, TimelineLegendEntry, i);
      double w, h;

      _bilateral_timeline_text_size (layout, entry->text, 10, FALSE, &w, &h);
      w += 26 + 14;
      if (x + w > layout->width - TIMELINE_MARGIN && x > TIMELINE_MARGIN)
        {
          x = TIMELINE_MARGIN;
          y += row_height + 4;
        }
      entry->x = x;
      entry->y = y;
      entry->width = w - 14;
      x += w;
    }
  layout->height = y + row_height + TIMELINE_MARGIN;
}

TimelineLayout *
_bilateral_timeline_layout_new (BilateralArchive *archive, GListModel *relations, const char *title, const BilateralDate *span,
                                gboolean inferred, gboolean index, double width)
{
  TimelineLayout *layout = g_new0 (TimelineLayout, 1);
  PangoFontMap *fonts = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options = cairo_font_options_create ();
  guint n = g_list_model_get_n_items (relations);
  double y = TIMELINE_MARGIN;

  /* Unhinted metrics, so text measures the same on every surface. */
  layout->pango = pango_font_map_create_context (fonts);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (layout->pango, options);
  pango_cairo_context_set_resolution (layout->pango, 96);
  cairo_font_options_destroy (options);

  layout->items = g_array_new (FALSE, TRUE, sizeof (TimelineItem));
  g_array_set_clear_func (layout->items, clear_item);
  layout->panels = g_array_new (FALSE, TRUE, sizeof (TimelinePanel));
  g_array_set_clear_func (layout->panels, clear_panel);
  layout->ticks = g_array_new (FALSE, TRUE, sizeof (TimelineTick));
  g_array_set_clear_func (layout->ticks, clear_tick);
  layout->badges = g_array_new (FALSE, TRUE, sizeof (TimelineBadge));
  g_array_set_clear_func (layout->badges, clear_badge);
  layout->legend = g_array_new (FALSE, TRUE, sizeof (TimelineLegendEntry));
  g_array_set_clear_func (layout->legend, clear_legend_entry);

  layout->width = width;
  layout->left = TIMELINE_MARGIN + TIMELINE_GUTTER;
  layout->right = width - TIMELINE_MARGIN - (index ? 36 : 0);
  choose_span (layout, relations, span);

  layout->title = g_strdup (title ? title : bilateral_archive_get_title (archive));
  layout->title_y = y;
  if (layout->title)
    {
      double w, h;
      _bilateral_timeline_text_size (layout, layout->title, 17, TRUE, &w, &h);
      y += h + 6;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BilateralRelation) relation = g_list_model_get_item (relations, i);
      lay_out_panel (layout, archive, relation, inferred, index, y);
      y = g_array_index (layout->panels, TimelinePanel, i).bottom + PANEL_GAP;
    }
  layout->axis_y = y - PANEL_GAP + 2;
  lay_out_ticks (layout);
  layout->legend_y = layout->axis_y + TICK_LABELS + 8;
  lay_out_legend (layout, index);
  return layout;
}
