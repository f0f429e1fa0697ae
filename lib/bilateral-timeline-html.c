/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* A timeline as SVG with a layer that names every phase and event, and as
 * a self-contained page: the picture at several zoom levels, that layer
 * made focusable, the records of every item, and our own small script. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "bilateral-timeline-private.h"

static const double zoom_levels[] = { 1, 2, 4, 8 };
/* A page stops adding zoom levels once it holds this many items, so that
 * a relation of tens of thousands of events in bins stays a page a
 * browser opens at once. */
#define PAGE_ITEM_BUDGET 20000

static void
append_escaped (GString *out, const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_string_append (out, escaped);
}

static char *
actor_ids (BilateralEvent *event)
{
  BilateralActor *target = bilateral_event_get_target (event);
  return g_strdup_printf ("%s → %s", bilateral_actor_get_id (bilateral_event_get_source (event)),
                          target ? bilateral_actor_get_id (target) : "—");
}

static char *
phase_dates (BilateralPhase *phase)
{
  BilateralDate *end = bilateral_phase_get_end (phase);
  g_autofree char *start = bilateral_date_to_string (bilateral_phase_get_start (phase));
  g_autofree char *finish = end ? bilateral_date_to_string (end) : g_strdup ("..");
  return g_strdup_printf ("%s → %s", start, finish);
}

/* "−1.5", with a true minus sign. */
static char *
signed_text (double value)
{
  g_autofree char *text = g_strdup_printf ("%+.1f", value);
  return text[0] == '-' ? g_strconcat ("−", text + 1, NULL) : g_steal_pointer (&text);
}

static char *
cell_days (const TimelineItem *item)
{
  g_autoptr (BilateralDate) first = NULL;
  g_autoptr (BilateralDate) last = NULL;
  int y, m, d;

  if (item->first_day == BILATERAL_DAY_OPEN_START || item->last_day == BILATERAL_DAY_OPEN_END)
    return g_strdup ("..");
  bilateral_date_ymd_from_day (item->first_day, &y, &m, &d);
  first = bilateral_date_new_ymd (y, m, d, NULL);
  bilateral_date_ymd_from_day (item->last_day, &y, &m, &d);
  last = bilateral_date_new_ymd (y, m, d, NULL);
  {
    g_autofree char *a = first ? bilateral_date_to_string (first) : g_strdup ("?");
    g_autofree char *b = last ? bilateral_date_to_string (last) : g_strdup ("?");
    return g_strcmp0 (a, b) == 0 ? g_strdup (a) : g_strdup_printf ("%s/%s", a, b);
  }
}

/* One line that says what an item is: its <title> and accessible name. */
static char *
describe (const TimelineItem *item)
{
  switch (item->kind)
    {
    case TIMELINE_ITEM_PHASE:
    case TIMELINE_ITEM_INFERRED_PHASE:
      {
        BilateralPhase *phase = BILATERAL_PHASE (item->object);
        const char *label = bilateral_phase_get_label (phase);
        g_autofree char *dates = phase_dates (phase);
        return g_strdup_printf ("%s%s%s%s · %s",
                                item->kind == TIMELINE_ITEM_INFERRED_PHASE ? "inferred phase: " : "phase: ", label ? label : "",
                                label ? " · " : "", bilateral_stance_to_string (item->stance), dates);
      }
    case TIMELINE_ITEM_EVENT:
    case TIMELINE_ITEM_THIRD_PARTY:
      {
        BilateralEvent *event = BILATERAL_EVENT (item->object);
        g_autofree char *date = bilateral_date_to_string (bilateral_event_get_date (event));
        g_autofree char *actors = actor_ids (event);
        g_autofree char *weight = signed_text (bilateral_event_get_goldstein (event));
        g_autofree char *effect = item->kind == TIMELINE_ITEM_THIRD_PARTY ? signed_text (item->value) : NULL;
        g_autofree char *factor = item->kind == TIMELINE_ITEM_THIRD_PARTY ? signed_text (item->factor) : NULL;
        return g_strdup_printf ("%s · %s · %s · %s%s%s%s%s%s%s", date, actors, _bilateral_event_code_label (event), weight,
                                effect ? " · bears on the dyad: " : "", effect ? factor : "", effect ? " × " : "",
                                effect ? weight : "", effect ? " = " : "", effect ? effect : "");
      }
    case TIMELINE_ITEM_CELL:
      {
        g_autofree char *days = cell_days (item);
        g_autofree char *low = signed_text (item->value - 0.5);
        g_autofree char *high = signed_text (item->value + 0.5);
        return g_strdup_printf ("%u %s%s · %s · weight %s to %s", item->count, item->count == 1 ? "event" : "events",
                                item->factor ? " of others" : "", days, low, high);
      }
    }
  return g_strdup ("");
}

/* The record's id of a phase or event; NULL for a bin. */
static const char *
item_id (const TimelineItem *item)
{
  if (item->kind == TIMELINE_ITEM_CELL)
    return NULL;
  return item->kind <= TIMELINE_ITEM_INFERRED_PHASE ? bilateral_phase_get_id (BILATERAL_PHASE (item->object))
                                                    : bilateral_event_get_id (BILATERAL_EVENT (item->object));
}

static char *
item_key (const TimelineItem *item, guint index, guint level)
{
  static const char letters[] = { 'p', 'i', 'e', 't', 'c' };
  const char *id = item_id (item);

  if (item->kind == TIMELINE_ITEM_CELL)
    return g_strdup_printf ("L%u-p%u-c%u", level, item->panel, index);
  return g_strdup_printf ("p%u-%c-%s", item->panel, letters[item->kind], id);
}

static const char *
item_class (const TimelineItem *item)
{
  switch (item->kind)
    {
    case TIMELINE_ITEM_PHASE: return "phase";
    case TIMELINE_ITEM_INFERRED_PHASE: return "phase inferred";
    case TIMELINE_ITEM_EVENT: return "event";
    case TIMELINE_ITEM_THIRD_PARTY: return "event third-party";
    case TIMELINE_ITEM_CELL: return "cell";
    }
  return "";
}

/* The invisible layer: a focusable shape over each item's mark or band,
 * with its description, its label as drawn, and the label's box. */
static char *
svg_layer (const TimelineLayout *layout, guint level, gboolean focusable)
{
  GString *out = g_string_new ("<g class=\"bilateral-items\" fill=\"transparent\" stroke=\"none\">\n");

  for (guint i = 0; i < layout->items->len; i++)
    {
      const TimelineItem *item = &g_array_index (layout->items, TimelineItem, i);
      g_autofree char *key = item_key (item, i, level);
      g_autofree char *description = describe (item);
      const char *id = item_id (item);
      const char *title = item->kind <= TIMELINE_ITEM_INFERRED_PHASE ? bilateral_phase_get_label (BILATERAL_PHASE (item->object))
                          : item->kind == TIMELINE_ITEM_CELL         ? NULL
                                                                     : bilateral_event_get_title (BILATERAL_EVENT (item->object));

      g_string_append_printf (out, "<rect class=\"item %s\" data-key=\"%s\" x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\"",
                              item_class (item), key, item->mark.x, item->mark.y, item->mark.width, item->mark.height);
      if (id)
        {
          g_string_append (out, " data-id=\"");
          append_escaped (out, id);
          g_string_append_c (out, '"');
        }
      if (item->label_text && item->label.width > 0)
        {
          g_string_append (out, " data-label=\"");
          append_escaped (out, item->label_text);
          g_string_append_printf (out, "\" data-label-box=\"%.2f %.2f %.2f %.2f\"", item->label.x, item->label.y,
                                  item->label.width, item->label.height);
        }
      if (item->kind == TIMELINE_ITEM_EVENT || item->kind == TIMELINE_ITEM_THIRD_PARTY)
        g_string_append_printf (out, " data-cx=\"%.2f\" data-cy=\"%.2f\" data-value=\"%.3f\"", item->cx, item->cy, item->value);
      if (focusable)
        g_string_append (out, " tabindex=\"0\" role=\"button\"");
      g_string_append (out, " aria-label=\"");
      append_escaped (out, description);
      if (title)
        {
          g_string_append (out, " · ");
          append_escaped (out, title);
        }
      g_string_append (out, "\"><title>");
      append_escaped (out, description);
      if (title)
        {
          g_string_append (out, " · ");
          append_escaped (out, title);
        }
      g_string_append (out, "</title></rect>\n");
    }
  /* The other text drawn: tick labels and the legend. */
  for (guint i = 0; i < layout->ticks->len; i++)
    {
      const TimelineTick *tick = &g_array_index (layout->ticks, TimelineTick, i);
      if (tick->label.width > 0)
        g_string_append_printf (out, "<rect class=\"tick\" data-label=\"%s\" data-label-box=\"%.2f %.2f %.2f %.2f\"/>\n",
                                tick->text, tick->label.x, tick->label.y, tick->label.width, tick->label.height);
    }
  for (guint i = 0; i < layout->legend->len; i++)
    {
      const TimelineLegendEntry *entry = &g_array_index (layout->legend, TimelineLegendEntry, i);
      g_string_append (out, "<rect class=\"legend\" data-label=\"");
      append_escaped (out, entry->text);
      g_string_append_printf (out, "\" data-label-box=\"%.2f %.2f %.2f 16\"/>\n", entry->x, entry->y, entry->width);
    }
  for (guint i = 0; i < layout->badges->len; i++)
    {
      const TimelineBadge *badge = &g_array_index (layout->badges, TimelineBadge, i);
      g_string_append_printf (out,
                              "<rect class=\"badge\" data-label=\"%s\" data-label-box=\"%.2f %.2f %.2f %.2f\" x=\"%.2f\" "
                              "y=\"%.2f\" width=\"%.2f\" height=\"%.2f\"/>\n",
                              badge->text, badge->box.x, badge->box.y, badge->box.width, badge->box.height, badge->box.x,
                              badge->box.y, badge->box.width, badge->box.height);
    }
  g_string_append (out, "</g>\n");
  return g_string_free (out, FALSE);
}

/* Gives every id of cairo's SVG a prefix, so that several pictures live in
 * one page without one's glyphs and gradients standing in for another's. */
static char *
prefix_ids (const char *svg, guint level)
{
  static const char *const patterns[] = { "id=\"", "href=\"#", "url(#" };
  g_autofree char *prefix = g_strdup_printf ("L%u-", level);
  GString *out = g_string_new (NULL);

  for (const char *p = svg; *p;)
    {
      gboolean matched = FALSE;
      for (guint k = 0; k < G_N_ELEMENTS (patterns) && !matched; k++)
        if (strncmp (p, patterns[k], strlen (patterns[k])) == 0)
          {
            g_string_append (out, patterns[k]);
            g_string_append (out, prefix);
            p += strlen (patterns[k]);
            matched = TRUE;
          }
      if (!matched)
        g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

GBytes *
_bilateral_timeline_svg (BilateralTimeline *self, const TimelineLayout *layout, guint level, gboolean standalone, GError **error)
{
  g_autoptr (GBytes) drawn = _bilateral_timeline_vector (layout, BILATERAL_TIMELINE_FORMAT_SVG, error);
  g_autofree char *text = NULL;
  g_autofree char *layer = NULL;
  const char *start, *end;
  GString *out;
  gsize length;

  if (drawn == NULL)
    return NULL;
  start = g_bytes_get_data (drawn, &length);
  text = g_strndup (start, length);
  if (!standalone)
    {
      char *prefixed = prefix_ids (text, level);
      g_free (text);
      text = prefixed;
    }
  start = standalone ? text : strstr (text, "<svg");
  end = g_strrstr (text, "</svg>");
  if (start == NULL || end == NULL)
    {
      g_set_error_literal (error, BILATERAL_ERROR, BILATERAL_ERROR_IO, "cairo wrote no SVG element");
      return NULL;
    }
  layer = svg_layer (layout, level, !standalone);
  out = g_string_new_len (start, end - start);
  if (standalone && layout->title)
    {
      /* The document's title, after the <svg> element's start tag. */
      const char *svg = strstr (out->str, "<svg");
      const char *close = svg ? strchr (svg, '>') : NULL;
      if (close)
        {
          GString *title = g_string_new ("\n<title>");
          append_escaped (title, layout->title);
          g_string_append (title, "</title>");
          g_string_insert (out, close - out->str + 1, title->str);
          g_string_free (title, TRUE);
        }
    }
  g_string_append (out, layer);
  g_string_append (out, "</svg>\n");
  return g_string_free_to_bytes (out);
}

static void
json_member (GString *out, const char *name, const char *value)
{
  if (value == NULL)
    return;
  g_string_append_c (out, ',');
  _bilateral_json_append_string (out, name, TRUE);
  g_string_append_c (out, ':');
  _bilateral_json_append_string (out, value, TRUE);
}

static void
json_citations (GString *out, BilateralArchive *archive, GListModel *citations)
{
  g_string_append (out, ",\"citations\":[");
  for (guint i = 0; i < g_list_model_get_n_items (citations); i++)
    {
      g_autoptr (BilateralCitation) citation = g_list_model_get_item (citations, i);
      BilateralSource *source = bilateral_archive_lookup_source (archive, bilateral_citation_get_source_id (citation));
      guint paragraph = bilateral_citation_get_paragraph (citation), sentence = bilateral_citation_get_sentence (citation);
      g_autofree char *where = paragraph && sentence ? g_strdup_printf ("¶%u.%u", paragraph, sentence)
                               : paragraph           ? g_strdup_printf ("¶%u", paragraph)
                                                     : NULL;

      g_string_append (out, i ? ",{" : "{");
      _bilateral_json_append_string (out, "source", TRUE);
      g_string_append_c (out, ':');
      _bilateral_json_append_string (out,
                                     source && bilateral_source_get_title (source) ? bilateral_source_get_title (source)
                                                                                   : bilateral_citation_get_source_id (citation),
                                     TRUE);
      json_member (out, "url", source ? bilateral_source_get_url (source) : NULL);
      json_member (out, "where", where);
      json_member (out, "quote", bilateral_citation_get_quote (citation));
      json_member (out, "note", bilateral_citation_get_note (citation));
      if (bilateral_citation_get_supplement (citation))
        g_string_append (out, ",\"supplement\":true");
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');
}

/* What the page shows of an item when it is pointed at or focused. */
static void
json_record (GString *out, BilateralArchive *archive, const TimelineItem *item, const char *key)
{
  _bilateral_json_append_string (out, key, TRUE);
  g_string_append (out, ":{\"kind\":");
  switch (item->kind)
    {
    case TIMELINE_ITEM_PHASE:
    case TIMELINE_ITEM_INFERRED_PHASE:
      {
        BilateralPhase *phase = BILATERAL_PHASE (item->object);
        g_autofree char *dates = phase_dates (phase);
        g_autofree char *stance = g_strdup_printf ("%s (%+d)", bilateral_stance_to_string (item->stance), item->stance);

        _bilateral_json_append_string (out, item->kind == TIMELINE_ITEM_PHASE ? "phase" : "inferred phase", TRUE);
        json_member (out, "heading",
                     bilateral_phase_get_label (phase) ? bilateral_phase_get_label (phase)
                                                       : bilateral_stance_to_string (item->stance));
        json_member (out, "date", dates);
        json_member (out, "stance", item->stance ? stance : "neutral (0)");
        json_member (out, "summary", bilateral_phase_get_summary (phase));
        json_citations (out, archive, bilateral_phase_get_citations (phase));
        break;
      }
    case TIMELINE_ITEM_EVENT:
    case TIMELINE_ITEM_THIRD_PARTY:
      {
        BilateralEvent *event = BILATERAL_EVENT (item->object);
        g_autofree char *date = bilateral_date_to_string (bilateral_event_get_date (event));
        g_autofree char *actors = actor_ids (event);
        g_autofree char *weight = signed_text (bilateral_event_get_goldstein (event));
        g_autofree char *effect = NULL;

        _bilateral_json_append_string (out, item->kind == TIMELINE_ITEM_EVENT ? "event" : "event of others bearing on the dyad",
                                       TRUE);
        json_member (out, "heading",
                     bilateral_event_get_title (event) ? bilateral_event_get_title (event) : bilateral_event_get_id (event));
        json_member (out, "date", date);
        json_member (out, "actors", actors);
        json_member (out, "code", _bilateral_event_code_label (event));
        json_member (out, "codeName", _bilateral_timeline_code_name (event));
        json_member (out, "weight", weight);
        if (item->kind == TIMELINE_ITEM_THIRD_PARTY)
          {
            g_autofree char *factor = signed_text (item->factor);
            g_autofree char *value = signed_text (item->value);
            GListModel *impacts = bilateral_event_get_impacts (event);

            effect = g_strdup_printf ("%s × %s = %s", factor, weight, value);
            json_member (out, "effect", effect);
            /* Why it bears on a dyad, with the impact's own sources. */
            g_string_append (out, ",\"impacts\":[");
            for (guint i = 0; i < g_list_model_get_n_items (impacts); i++)
              {
                g_autoptr (BilateralImpact) impact = g_list_model_get_item (impacts, i);
                g_autofree char *dyad = g_strdup_printf ("%s–%s", bilateral_actor_get_id (bilateral_impact_get_first (impact)),
                                                         bilateral_actor_get_id (bilateral_impact_get_second (impact)));
                g_autofree char *impact_weight = signed_text (bilateral_impact_get_weight (impact));

                g_string_append (out, i ? ",{\"dyad\":" : "{\"dyad\":");
                _bilateral_json_append_string (out, dyad, TRUE);
                json_member (out, "weight", impact_weight);
                json_citations (out, archive, bilateral_impact_get_citations (impact));
                g_string_append_c (out, '}');
              }
            g_string_append_c (out, ']');
          }
        json_citations (out, archive, bilateral_event_get_citations (event));
        break;
      }
    case TIMELINE_ITEM_CELL:
      {
        g_autofree char *description = describe (item);
        g_autofree char *days = cell_days (item);
        BilateralEvent *first = BILATERAL_EVENT (item->object);
        g_autofree char *first_date = bilateral_date_to_string (bilateral_event_get_date (first));
        g_autofree char *example = g_strdup_printf ("%s %s", first_date,
                                                    bilateral_event_get_title (first) ? bilateral_event_get_title (first)
                                                                                      : bilateral_event_get_id (first));

        _bilateral_json_append_string (out, "bin of events", TRUE);
        json_member (out, "heading", description);
        json_member (out, "date", days);
        json_member (out, "first", example);
        json_citations (out, archive, bilateral_event_get_citations (first));
        break;
      }
    }
  g_string_append_c (out, '}');
}

/* The page's own style and script, kept in the library's resources. */
static char *
resource_text (const char *name, GError **error)
{
  g_autofree char *path = g_strconcat ("/org/libbilateral/timeline/", name, NULL);
  g_autoptr (GBytes) bytes = g_resources_lookup_data (path, 0, error);
  gsize length;
  const char *data;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  return g_strndup (data, length);
}

GBytes *
_bilateral_timeline_html (BilateralTimeline *self, GError **error)
{
  BilateralArchive *archive = bilateral_timeline_get_archive (self);
  double width = bilateral_timeline_get_width (self);
  g_autofree char *style = resource_text ("timeline.css", error);
  g_autofree char *script = style ? resource_text ("timeline.js", error) : NULL;
  g_autoptr (GString) records = g_string_new ("{");
  g_autoptr (GString) levels = g_string_new (NULL);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *title = NULL;
  GString *page;

  if (script == NULL)
    return NULL;
  for (guint level = 0; level < G_N_ELEMENTS (zoom_levels); level++)
    {
      double zoomed = width * zoom_levels[level];
      g_autoptr (TimelineLayout) layout = NULL;
      g_autoptr (GBytes) svg = NULL;

      if (level > 0 && (zoomed > 16384 || g_hash_table_size (seen) > PAGE_ITEM_BUDGET))
        break;
      layout = _bilateral_timeline_layout_at (self, zoomed);
      if (level == 0)
        title = g_strdup (layout->title);
      svg = _bilateral_timeline_svg (self, layout, level, FALSE, error);
      if (svg == NULL)
        return NULL;
      g_string_append_printf (
        levels,
        "<div class=\"level\" data-zoom=\"%g\" data-left=\"%.2f\" data-right=\"%.2f\" data-first-day=\"%d\" "
        "data-end-day=\"%d\"%s>\n",
        zoom_levels[level], layout->left, layout->right, layout->first_day, layout->end_day, level ? " hidden" : "");
      g_string_append_len (levels, g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
      g_string_append (levels, "</div>\n");
      for (guint i = 0; i < layout->items->len; i++)
        {
          const TimelineItem *item = &g_array_index (layout->items, TimelineItem, i);
          char *key = item_key (item, i, level);

          if (g_hash_table_contains (seen, key))
            {
              g_free (key);
              continue;
            }
          if (g_hash_table_size (seen) > 0)
            g_string_append_c (records, ',');
          json_record (records, archive, item, key);
          g_hash_table_add (seen, key);
        }
    }
  g_string_append_c (records, '}');

  page = g_string_new ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       /* Nothing leaves the page: no fetch, image, font or frame from anywhere. */
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                       "script-src 'unsafe-inline'; img-src data:\">\n"
                       "<meta name=\"generator\" content=\"libbilateral " PACKAGE_VERSION "\">\n<title>");
  append_escaped (page, title ? title : "Timeline");
  g_string_append (page, "</title>\n<style>\n");
  g_string_append (page, style);
  g_string_append (page, "</style>\n</head>\n<body>\n<header>\n<h1>");
  append_escaped (page, title ? title : "Timeline");
  g_string_append (page, "</h1>\n<div class=\"controls\" role=\"toolbar\" aria-label=\"Zoom the time axis\">\n"
                         "<button type=\"button\" data-action=\"out\" aria-label=\"Zoom out\">−</button>\n"
                         "<output id=\"zoom\" aria-live=\"polite\">1×</output>\n"
                         "<button type=\"button\" data-action=\"in\" aria-label=\"Zoom in\">+</button>\n"
                         "<button type=\"button\" data-action=\"reset\">Fit</button>\n"
                         "<span class=\"hint\">+ and − zoom, arrows pan; Tab moves between phases and events</span>\n"
                         "</div>\n</header>\n"
                         "<main id=\"viewport\" tabindex=\"0\" aria-label=\"Timeline\">\n");
  g_string_append (page, levels->str);
  g_string_append (page, "</main>\n<div id=\"details\" role=\"status\" aria-live=\"polite\" hidden></div>\n"
                         "<script type=\"application/json\" id=\"records\">");
  g_string_append (page, records->str);
  g_string_append (page, "</script>\n<script>\n");
  g_string_append (page, script);
  g_string_append (page, "</script>\n</body>\n</html>\n");
  return g_string_free_to_bytes (page);
}
