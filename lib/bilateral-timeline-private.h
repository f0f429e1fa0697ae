/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The layout of a BilateralTimeline: where every band, mark, label and
 * tick goes at one width. The drawing (bilateral-timeline-draw.c), the
 * hit tests and the page's layer of named items (bilateral-timeline-html.c)
 * all read this one layout, so what is drawn is what is named. */
#pragma once

#include <pango/pangocairo.h>

#include "bilateral-private.h"
#include "bilateral-timeline.h"

G_BEGIN_DECLS

typedef struct {
  double x, y, width, height;
} TimelineBox;

typedef enum {
  TIMELINE_ITEM_PHASE,          /* a curated phase's band */
  TIMELINE_ITEM_INFERRED_PHASE, /* an inferred phase's band */
  TIMELINE_ITEM_EVENT,          /* an event between the two sides */
  TIMELINE_ITEM_THIRD_PARTY,    /* an event of others that bore on the dyad */
  TIMELINE_ITEM_CELL,           /* a bin of events, when there are too many to draw one by one */
} TimelineItemKind;

typedef struct {
  TimelineItemKind kind;
  guint panel;                /* which relation */
  GObject *object;            /* the phase or event (for a cell: its first event), owned */
  TimelineBox mark;           /* where it is drawn, and hit */
  TimelineBox label;          /* its drawn label; width 0 when it has none */
  char *label_text;           /* the drawn label's text (may be ellipsized) */
  double cx, cy;              /* an event's mark centre */
  double bar_x0, bar_x1;      /* the span its date covers, clipped to the axis */
  double value;               /* an event's weight on the dyad; a cell's weight at its middle */
  double factor;              /* a third-party event's impact weight; for a cell, 1 if of others' events */
  guint count;                /* a cell's events */
  gint32 first_day, last_day; /* a cell's days */
  BilateralStance stance;
  guint approximate : 1, uncertain : 1, fade_start : 1, fade_end : 1, fade_both : 1, interval : 1;
} TimelineItem;

typedef struct {
  BilateralRelation *relation; /* owned */
  char *name;                  /* "Pakistan – USSR / Russian Federation" */
  char *summary;               /* "6 phases · 13 events · 7 events of others" */
  double top, bottom;
  double header_y;
  double phase_y, phase_height;       /* the curated lane */
  double inferred_y, inferred_height; /* the inferred lane; height 0 when not shown */
  double label_rows_y;                /* phase labels that did not fit in their band */
  double plot_y, plot_height;         /* events by weight, −10 at the bottom, +10 at the top */
  gboolean dense;
  guint n_events, n_third_party;
  GArray *index_points; /* TimelinePoint: the index line, in picture coordinates */
  double index_max;     /* |index| at the top of the plot */
} TimelinePanel;

typedef struct {
  double x, y;
} TimelinePoint;

typedef struct {
  double x;
  char *text;
  gboolean major;
  TimelineBox label; /* its drawn label; width 0 when it would crowd the one before */
} TimelineTick;

typedef struct {
  TimelineBox box;
  char *text;
} TimelineBadge;

typedef enum {
  TIMELINE_LEGEND_STANCE,
  TIMELINE_LEGEND_DAY,
  TIMELINE_LEGEND_SPAN,
  TIMELINE_LEGEND_INTERVAL,
  TIMELINE_LEGEND_APPROXIMATE,
  TIMELINE_LEGEND_UNCERTAIN,
  TIMELINE_LEGEND_FADING,
  TIMELINE_LEGEND_THIRD_PARTY,
  TIMELINE_LEGEND_CLUSTER,
  TIMELINE_LEGEND_CELL,
  TIMELINE_LEGEND_OTHERS_CELL,
  TIMELINE_LEGEND_INDEX,
  TIMELINE_LEGEND_INFERRED,
  TIMELINE_N_LEGEND_KINDS,
} TimelineLegendKind;

typedef struct {
  TimelineLegendKind kind;
  int stance;
  char *text;
  double x, y;
  double width; /* swatch and text */
} TimelineLegendEntry;

typedef struct {
  char *title;
  double width, height;
  double left, right;        /* the time axis */
  gint32 first_day, end_day; /* what the axis shows, end exclusive */
  double title_y, axis_y, legend_y;
  double cell_width, cell_height; /* dense panels' bins */
  GArray *items;                  /* TimelineItem */
  GArray *panels;                 /* TimelinePanel */
  GArray *ticks;                  /* TimelineTick */
  GArray *badges;                 /* TimelineBadge: "+3", counted events without a label */
  GArray *legend;                 /* TimelineLegendEntry */
  PangoContext *pango;
} TimelineLayout;

/* Sizes and colours the layout and the drawing share. */
#define TIMELINE_FONT "Sans"
#define TIMELINE_MARGIN 16.0
#define TIMELINE_GUTTER 64.0 /* left of the axis: lane names, weights */
#define TIMELINE_MARK_RADIUS 4.5

typedef struct {
  double r, g, b;
} TimelineColor;

TimelineColor _bilateral_timeline_stance_color (BilateralStance stance);
gboolean _bilateral_timeline_stance_is_dark (BilateralStance stance);
extern const TimelineColor _bilateral_timeline_event_color;
extern const TimelineColor _bilateral_timeline_third_party_color;

TimelineLayout *_bilateral_timeline_layout_new (BilateralArchive *archive, GListModel *relations, const char *title,
                                                const BilateralDate *span, gboolean inferred, gboolean index, double width);
void _bilateral_timeline_layout_free (TimelineLayout *layout);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TimelineLayout, _bilateral_timeline_layout_free)
/* The codebook's name of an event's CAMEO code, if it has a known one. */
const char *_bilateral_timeline_code_name (BilateralEvent *event);
double _bilateral_timeline_layout_x (const TimelineLayout *layout, double day);
/* The size of @text as the layout measures it (unhinted, so the same on every surface). */
void _bilateral_timeline_text_size (const TimelineLayout *layout, const char *text, double size, gboolean bold, double *width,
                                    double *height);
PangoLayout *_bilateral_timeline_text (const TimelineLayout *layout, const char *text, double size, gboolean bold,
                                       double max_width);

void _bilateral_timeline_draw_layout (const TimelineLayout *layout, cairo_t *cr);
TimelineLayout *_bilateral_timeline_layout_at (BilateralTimeline *self, double width);
GBytes *_bilateral_timeline_vector (const TimelineLayout *layout, BilateralTimelineFormat format, GError **error);
/* SVG with a layer naming every item; @level > 0 prefixes its ids for a page of several. */
GBytes *_bilateral_timeline_svg (BilateralTimeline *self, const TimelineLayout *layout, guint level, gboolean standalone,
                                 GError **error);
GBytes *_bilateral_timeline_html (BilateralTimeline *self, GError **error);

G_END_DECLS
