/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "bilateral-event-scan.h"

/**
 * BilateralEventFilter:
 *
 * Which rows of an event file a #BilateralDyadPanel keeps, beyond its rule
 * that both country codes be present and different: one dyad (either way,
 * or one direction), one country on either side, a span of dates, some
 * CAMEO root codes, some QuadClasses, root events only (GDELT's
 * `IsRootEvent`), a sector on both sides, a country the place was in. A
 * new filter keeps every row.
 */

struct _BilateralEventFilter {
  GObject parent_instance;
  BilateralCompiledFilter compiled;
};

G_DEFINE_FINAL_TYPE (BilateralEventFilter, bilateral_event_filter, G_TYPE_OBJECT)

static void
bilateral_event_filter_class_init (BilateralEventFilterClass *klass)
{
}

static void
bilateral_event_filter_init (BilateralEventFilter *self)
{
  self->compiled.first_day = BILATERAL_DAY_OPEN_START;
  self->compiled.last_day = BILATERAL_DAY_OPEN_END;
}

/**
 * bilateral_event_filter_new:
 *
 * Makes a filter that keeps every row.
 *
 * Returns: (transfer full): the filter
 */
BilateralEventFilter *
bilateral_event_filter_new (void)
{
  return g_object_new (BILATERAL_TYPE_EVENT_FILTER, NULL);
}

static guint32
pack (const char *code, GError **error)
{
  g_autofree char *upper = g_ascii_strup (code, -1);
  guint32 packed = _bilateral_pack_code (upper, strlen (upper));

  if (!packed)
    g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE,
                 "“%s” is not a country code of event data (1–3 letters or digits, such as PAK)", code);
  return packed;
}

/**
 * bilateral_event_filter_set_dyad:
 * @self: a filter
 * @first: a country code (`PAK`)
 * @second: another country code (`RUS`)
 * @directed: %TRUE to keep only events from @first to @second
 * @error: return location for a #GError
 *
 * Keeps only the events between two countries, in either direction unless
 * @directed.
 *
 * Returns: %FALSE, with @error set, if a code is not a country code
 */
gboolean
bilateral_event_filter_set_dyad (BilateralEventFilter *self, const char *first, const char *second, gboolean directed,
                                 GError **error)
{
  guint32 a, b;

  g_return_val_if_fail (BILATERAL_IS_EVENT_FILTER (self), FALSE);
  g_return_val_if_fail (first != NULL && second != NULL, FALSE);

  if (!(a = pack (first, error)) || !(b = pack (second, error)))
    return FALSE;
  self->compiled.dyad[0] = a;
  self->compiled.dyad[1] = b;
  self->compiled.directed = directed;
  return TRUE;
}

/**
 * bilateral_event_filter_set_country:
 * @self: a filter
 * @country: (nullable): a country code, or %NULL for any
 * @error: return location for a #GError
 *
 * Keeps only the events with @country on one side or the other.
 *
 * Returns: %FALSE, with @error set, if @country is not a country code
 */
gboolean
bilateral_event_filter_set_country (BilateralEventFilter *self, const char *country, GError **error)
{
  guint32 c = 0;

  g_return_val_if_fail (BILATERAL_IS_EVENT_FILTER (self), FALSE);
  if (country && !(c = pack (country, error)))
    return FALSE;
  self->compiled.country = c;
  return TRUE;
}

/**
 * bilateral_event_filter_set_span:
 * @self: a filter
 * @span: (nullable): the dates to keep (`2012-08/2012-09`), or %NULL for any
 *
 * Keeps only the events dated within @span.
 */
void
bilateral_event_filter_set_span (BilateralEventFilter *self, BilateralDate *span)
{
  g_return_if_fail (BILATERAL_IS_EVENT_FILTER (self));
  self->compiled.first_day = span ? bilateral_date_get_earliest_day (span) : BILATERAL_DAY_OPEN_START;
  self->compiled.last_day = span ? bilateral_date_get_latest_day (span) : BILATERAL_DAY_OPEN_END;
}

/**
 * bilateral_event_filter_set_root_codes:
 * @self: a filter
 * @roots: (nullable) (array zero-terminated=1): CAMEO root codes (`14`,
 *   `18`), or %NULL or none for any
 * @error: return location for a #GError
 *
 * Keeps only the events whose CAMEO code has one of @roots as its root.
 *
 * Returns: %FALSE, with @error set, if a root is not `01` to `20`
 */
gboolean
bilateral_event_filter_set_root_codes (BilateralEventFilter *self, const char *const *roots, GError **error)
{
  guint32 mask = 0;

  g_return_val_if_fail (BILATERAL_IS_EVENT_FILTER (self), FALSE);
  for (guint i = 0; roots && roots[i]; i++)
    {
      const char *r = roots[i];
      if (strlen (r) != 2 || !g_ascii_isdigit (r[0]) || !g_ascii_isdigit (r[1]) || (r[0] - '0') * 10 + (r[1] - '0') < 1 ||
          (r[0] - '0') * 10 + (r[1] - '0') > 20)
        {
          g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE, "“%s” is not a CAMEO root code (01 to 20)", r);
          return FALSE;
        }
      mask |= 1u << ((r[0] - '0') * 10 + (r[1] - '0'));
    }
  self->compiled.roots = mask;
  return TRUE;
}

/**
 * bilateral_event_filter_set_quad_classes:
 * @self: a filter
 * @classes: (array length=n_classes) (nullable): QuadClasses, 1 to 4
 * @n_classes: how many; 0 for any
 *
 * Keeps only the events of the given QuadClasses; others are ignored.
 */
void
bilateral_event_filter_set_quad_classes (BilateralEventFilter *self, const int *classes, gsize n_classes)
{
  guint32 mask = 0;

  g_return_if_fail (BILATERAL_IS_EVENT_FILTER (self));
  for (gsize i = 0; i < n_classes; i++)
    if (classes[i] >= 1 && classes[i] <= 4)
      mask |= 1u << classes[i];
  self->compiled.quads = mask;
}

/**
 * bilateral_event_filter_set_root_events_only:
 * @self: a filter
 * @root_only: whether to keep only GDELT's root events
 *
 * Keeps only the events GDELT marks as root events of their sentence
 * (`IsRootEvent` = 1). ICEWS has no such mark; the filter lets its rows by.
 */
void
bilateral_event_filter_set_root_events_only (BilateralEventFilter *self, gboolean root_only)
{
  g_return_if_fail (BILATERAL_IS_EVENT_FILTER (self));
  self->compiled.root_only = !!root_only;
}

/**
 * bilateral_event_filter_set_sector:
 * @self: a filter
 * @sector: (nullable): a sector (`GOV`), or %NULL for any
 * @error: return location for a #GError
 *
 * Keeps only the events with @sector among the sectors of both sides, as
 * the data writes them, without regard to case: `GOV` keeps
 * government-to-government events. GDELT's sectors are its actor type
 * codes (`GOV`, `MIL`, `REB` …); ICEWS and POLECAT write their own.
 *
 * Returns: %FALSE, with @error set, if @sector is empty or longer than 15
 *   bytes or not plain text
 */
gboolean
bilateral_event_filter_set_sector (BilateralEventFilter *self, const char *sector, GError **error)
{
  g_return_val_if_fail (BILATERAL_IS_EVENT_FILTER (self), FALSE);
  if (sector == NULL)
    {
      self->compiled.sector[0] = '\0';
      return TRUE;
    }
  if (*sector == '\0' || strlen (sector) >= sizeof self->compiled.sector || strpbrk (sector, ",;\t\n"))
    {
      g_autofree char *shown = _bilateral_printable (sector, -1);
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE,
                   "“%s” is not a sector: give one such as GOV, of 1 to 15 bytes, without commas", shown);
      return FALSE;
    }
  g_strlcpy (self->compiled.sector, sector, sizeof self->compiled.sector);
  return TRUE;
}

/**
 * bilateral_event_filter_set_located:
 * @self: a filter
 * @state: (nullable): a state of the registry, by any code or name (`AFG`,
 *   `Afghanistan`), or %NULL for anywhere
 * @error: return location for a #GError
 *
 * Keeps only the events whose place was in @state, as the data locates
 * them: POLECAT's ISO 3166 alpha-3 code of the place, else the country's
 * name (ICEWS's column, the last part of GDELT's `ActionGeo_FullName`) at
 * the event's date. A #BilateralDyadPanel and events loaded into an archive
 * (bilateral_archive_load_events()) follow the same rule; a row with no
 * place is left out.
 *
 * Returns: %FALSE, with @error set, if the registry knows no such state
 */
gboolean
bilateral_event_filter_set_located (BilateralEventFilter *self, const char *state, GError **error)
{
  BilateralState *known;

  g_return_val_if_fail (BILATERAL_IS_EVENT_FILTER (self), FALSE);
  if (state == NULL)
    {
      self->compiled.located[0] = '\0';
      return TRUE;
    }
  known = bilateral_registry_lookup_id (bilateral_registry_get_default (), state);
  if (known == NULL)
    known = bilateral_registry_lookup_name (bilateral_registry_get_default (), state);
  if (known == NULL || strlen (bilateral_actor_get_id (BILATERAL_ACTOR (known))) >= sizeof self->compiled.located)
    {
      g_autofree char *shown = _bilateral_printable (state, -1);
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_NOT_FOUND, "the registry knows no state “%s”", shown);
      return FALSE;
    }
  g_strlcpy (self->compiled.located, bilateral_actor_get_id (BILATERAL_ACTOR (known)), sizeof self->compiled.located);
  return TRUE;
}

/**
 * bilateral_event_filter_set_keep_duplicates:
 * @self: a filter
 * @keep: whether to keep them
 *
 * Sets whether a dyad panel, or events loaded into an archive, keep the
 * rows that repeat an event read before. A row repeats one when a row
 * read before it — into the same panel (from any of its files, or a panel
 * merged into it), or loaded into the same archive (by any load, before
 * or after the archive was saved and read back) — had the same id (GDELT's
 * GLOBALEVENTID, ICEWS's and POLECAT's Event ID), or the same day, the
 * same two states (a panel: country codes) in the same direction, the
 * same code (CAMEO's, or PLOVER's type) and the same story (ICEWS's and
 * POLECAT's story id; GDELT's source URL when it is a URL, not a
 * service's name such as "BBC Monitoring"). Every row's id and story
 * count, a repeat's too. By default repeats are dropped and counted among
 * the skipped (%BILATERAL_SKIP_DUPLICATE). A panel tells them apart
 * exactly, from 128-bit prints of each row's id and story, at about 70
 * bytes a row kept; with repeats kept it needs none. An archive never
 * holds two events with one id, whatever this says.
 */
void
bilateral_event_filter_set_keep_duplicates (BilateralEventFilter *self, gboolean keep)
{
  g_return_if_fail (BILATERAL_IS_EVENT_FILTER (self));
  self->compiled.keep_duplicates = !!keep;
}

/**
 * bilateral_event_filter_to_string:
 * @self: a filter
 *
 * Describes the filter in words, for a report: `dyad PAK–RUS, roots 14 18`.
 *
 * Returns: (transfer full): the description; `all rows` for a filter that
 *   keeps every row
 */
char *
bilateral_event_filter_to_string (BilateralEventFilter *self)
{
  GString *text = g_string_new (NULL);
  const BilateralCompiledFilter *f;
  char a[4], b[4];

  g_return_val_if_fail (BILATERAL_IS_EVENT_FILTER (self), NULL);
  f = &self->compiled;
  if (f->dyad[0])
    {
      _bilateral_unpack_code (f->dyad[0], a);
      _bilateral_unpack_code (f->dyad[1], b);
      g_string_append_printf (text, "dyad %s%s%s", a, f->directed ? "→" : "–", b);
    }
  if (f->country)
    {
      _bilateral_unpack_code (f->country, a);
      g_string_append_printf (text, "%scountry %s", text->len ? ", " : "", a);
    }
  if (f->first_day != BILATERAL_DAY_OPEN_START || f->last_day != BILATERAL_DAY_OPEN_END)
    g_string_append_printf (text, "%sa span of dates", text->len ? ", " : "");
  if (f->roots)
    {
      g_string_append_printf (text, "%sroots", text->len ? ", " : "");
      for (int r = 1; r <= 20; r++)
        if (f->roots & (1u << r))
          g_string_append_printf (text, " %02d", r);
    }
  if (f->quads)
    {
      g_string_append_printf (text, "%sQuadClass", text->len ? ", " : "");
      for (int q = 1; q <= 4; q++)
        if (f->quads & (1u << q))
          g_string_append_printf (text, " %d", q);
    }
  if (f->root_only)
    g_string_append_printf (text, "%sroot events", text->len ? ", " : "");
  if (f->sector[0])
    g_string_append_printf (text, "%ssector %s", text->len ? ", " : "", f->sector);
  if (f->located[0])
    g_string_append_printf (text, "%slocated in %s", text->len ? ", " : "", f->located);
  if (f->keep_duplicates)
    g_string_append_printf (text, "%sduplicates kept", text->len ? ", " : "");
  if (text->len == 0)
    g_string_append (text, "all rows");
  return g_string_free (text, FALSE);
}

const BilateralCompiledFilter *
_bilateral_event_filter_compile (BilateralEventFilter *filter)
{
  return filter ? &filter->compiled : NULL;
}
