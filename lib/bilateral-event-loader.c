/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "bilateral-event-scan.h"
#include "bilateral-registry-private.h"

/* Event data into an archive: each row a BilateralEvent between states of
 * the registry, resolved by the row's date (RUS in 1985 is the USSR), and
 * citing its dataset with the row's own reference. Rows go through the same
 * scan, with the same checks and skip reasons, as a panel's.
 *
 * In two steps: reading takes what an event needs from each row (a
 * Pending, touching no archive), applying makes the events in the archive.
 * The synchronous call does both a row at a time; the asynchronous one
 * reads in a thread and applies on the caller's. */

/* What an event needs from a row. */
typedef struct {
  BilateralEventFormat format;
  int year, month, day;
  guint32 source, target; /* packed CAMEO codes */
  char code[5];           /* CAMEO's; empty for POLECAT's */
  char *plover[2];        /* POLECAT's event type and mode */
  GStrv contexts;         /* and contexts */
  double goldstein;
  char *number; /* the dataset's id of the row */
  char *title;  /* ICEWS's event text; NULL for the code's name */
  char *note;   /* how to find the row again */
  guint64 line;
  char *file;
  GStrv sectors[2]; /* of the source and the target */
  char *place[6];   /* where: as the Place enum */
  gboolean has_coordinates;
  gboolean iso3; /* the place's code is ISO 3166 alpha-3 (POLECAT) */
  char *story;   /* what the row was read from: ICEWS's story id, GDELT's URL; NULL: not known */
  double latitude, longitude;
} Pending;

/* What a row says of where: strings as the dataset writes them. */
enum { PLACE_NAME, PLACE_CODE, PLACE_COUNTRY_NAME, PLACE_DIVISION, PLACE_FEATURE, N_PLACE };

static void
pending_clear (Pending *p)
{
  g_free (p->number);
  g_free (p->title);
  g_free (p->note);
  g_free (p->file);
  g_strfreev (p->sectors[0]);
  g_strfreev (p->sectors[1]);
  g_free (p->story);
  g_free (p->plover[0]);
  g_free (p->plover[1]);
  g_strfreev (p->contexts);
  for (guint i = 0; i < N_PLACE; i++)
    g_free (p->place[i]);
}

typedef struct {
  BilateralArchive *archive; /* NULL while reading in a thread */
  GArray *pending;           /* of Pending, when reading in a thread */
  BilateralEventBlock *block;
  const BilateralCompiledFilter *filter;
  BilateralCountryNames *names;
  BilateralEventLoad *load; /* what was added and skipped */
  guint filtered;
  GHashTable *seen; /* the archive's repeat keys (repeat_keys ()), once asked for */
  GPtrArray *added; /* the events made, checked, to go into the archive at once */
  /* POLECAT's text is ISO 8859-1 or UTF-8: a file's first row that is not
   * ASCII decides which, for the whole file. */
  char *text_file;   /* the file (or member) decided; NULL: none yet */
  gboolean latin1;   /* what was decided */
  GString *row_text; /* a row in UTF-8, converted from ISO 8859-1 */
  GError *error;
} Loader;

static const struct {
  const char *id, *title, *url;
} datasets[] = {
  [BILATERAL_EVENT_FORMAT_GDELT1] = { "gdelt-1", "The GDELT Project: GDELT 1.0 event database", "https://www.gdeltproject.org/" },
  [BILATERAL_EVENT_FORMAT_GDELT2] = { "gdelt-2", "The GDELT Project: GDELT 2.0 event database", "https://www.gdeltproject.org/" },
  [BILATERAL_EVENT_FORMAT_ICEWS] = { "icews", "ICEWS Coded Event Data", "https://dataverse.harvard.edu/dataverse/icews" },
  [BILATERAL_EVENT_FORMAT_POLECAT] = { "polecat", "POLECAT Weekly Data (PLOVER-coded global event data)",
                                       "https://dataverse.harvard.edu/dataset.xhtml?persistentId=doi:10.7910/DVN/AJGVIT" },
};

static char *
field (const BilateralEventRow *row, int f)
{
  if (f < 0 || f >= row->n_fields)
    return g_strdup ("");
  return g_strndup (row->fields[f], row->fields[f + 1] - row->fields[f] - 1);
}

static gboolean
field_clean (const BilateralEventRow *row, int f)
{
  return f < 0 || f >= row->n_fields || _bilateral_text_is_clean (row->fields[f], row->fields[f + 1] - row->fields[f] - 1);
}

/* GDELT's SOURCEURL: named by a header, else the last field of a daily
 * file's 58 (1.0) or 61 (2.0); -1 when the row has none. */
static int
url_column (Loader *l, const BilateralEventRow *row)
{
  const BilateralColumns *c = l->block->columns;

  if (c->url >= 0 || c->columns > 0 || l->block->format == BILATERAL_EVENT_FORMAT_ICEWS)
    return c->url;
  return row->n_fields == 58 || row->n_fields == 61 ? row->n_fields - 1 : -1;
}

/* Whether every field an event takes text from is UTF-8 without NUL bytes. */
static gboolean
text_fields_clean (Loader *l, const BilateralEventRow *row)
{
  const BilateralColumns *c = l->block->columns;

  return field_clean (row, c->id) && field_clean (row, c->text) && field_clean (row, c->story) &&
         field_clean (row, c->sentence) && field_clean (row, c->publisher) && field_clean (row, url_column (l, row));
}

/* The archive's state for a registry state, added on first use as a
 * document naming only its id would have it, so a save writes its id alone. */
static BilateralActor *
archive_state (Loader *l, BilateralState *known)
{
  const char *id = bilateral_actor_get_id (BILATERAL_ACTOR (known));
  BilateralActor *actor = _bilateral_archive_actor_by_id (l->archive, id);
  g_autoptr (BilateralActor) state = NULL;
  GListModel *links[2];
  guint filled;

  if (actor)
    return actor;
  state = BILATERAL_ACTOR (_bilateral_archive_new_registry_state (id, &filled));
  if (!bilateral_archive_add_actor (l->archive, state, &l->error))
    return NULL;
  _bilateral_archive_set_filled (l->archive, state, filled);

  /* The registry's links between this state and those already here, so
   * that a relation spans a continuation (the USSR and Russia). */
  links[0] = bilateral_state_get_predecessors (known);
  links[1] = bilateral_state_get_successors (known);
  for (guint k = 0; k < 2; k++)
    for (guint i = 0; i < g_list_model_get_n_items (links[k]); i++)
      {
        g_autoptr (BilateralSuccession) link = g_list_model_get_item (links[k], i);
        const char *other = k == 0 ? bilateral_succession_get_predecessor_id (link)
                                   : bilateral_succession_get_successor_id (link);
        if (_bilateral_archive_actor_by_id (l->archive, other) && !bilateral_archive_add_succession (l->archive, link, &l->error))
          return NULL;
      }
  return state;
}

static BilateralActor *
row_actor (Loader *l, guint32 packed, BilateralDate *date)
{
  char code[4];
  BilateralState *known;

  _bilateral_unpack_code (packed, code);
  known = bilateral_registry_resolve (bilateral_registry_get_default (), code, BILATERAL_CODE_SCHEME_CAMEO, date, NULL);
  return known ? archive_state (l, known) : NULL;
}

/* A field's text, or NULL when it is empty or missing ("None", "NA"). */
static char *
value_of (const BilateralEventRow *row, int f)
{
  char *text = field (row, f);

  if (*text == '\0' || g_str_equal (text, "None") || g_str_equal (text, "NA") || !g_utf8_validate (text, -1, NULL))
    g_clear_pointer (&text, g_free);
  return text;
}

/* What a reader needs to find the row again: the article, or the story. */
static char *
row_reference (Loader *l, const BilateralEventRow *row, guint64 line)
{
  const BilateralColumns *c = l->block->columns;
  g_autofree char *id = field (row, c->id);

  if (l->block->format == BILATERAL_EVENT_FORMAT_ICEWS)
    {
      g_autofree char *story = field (row, c->story);
      g_autofree char *sentence = field (row, c->sentence);
      g_autofree char *publisher = field (row, c->publisher);
      return g_strdup_printf ("story %s, sentence %s (%s); event %s, %s:%" G_GUINT64_FORMAT, story, sentence, publisher, id,
                              l->block->name, line);
    }
  if (url_column (l, row) >= 0)
    {
      g_autofree char *url = field (row, url_column (l, row));
      if (*url != '\0')
        return g_strdup_printf ("%s; GLOBALEVENTID %s, %s:%" G_GUINT64_FORMAT, url, id, l->block->name, line);
    }
  if (l->block->format == BILATERAL_EVENT_FORMAT_POLECAT)
    {
      g_autofree char *story = c->story >= 0 ? value_of (row, c->story) : NULL;
      return story ? g_strdup_printf ("story %s; Event ID %s, %s:%" G_GUINT64_FORMAT, story, id, l->block->name, line)
                   : g_strdup_printf ("Event ID %s, %s:%" G_GUINT64_FORMAT, id, l->block->name, line);
    }
  /* GDELT 1.0 back-files have no source URL; some daily rows leave it empty. */
  return g_strdup_printf ("GLOBALEVENTID %s, %s:%" G_GUINT64_FORMAT, id, l->block->name, line);
}

/* A side's sectors: GDELT's actor types one per column; ICEWS's a comma
 * list, POLECAT's a "; " list after its primary sector. */
static GStrv
row_sectors (const BilateralEventRow *row, const int columns[3])
{
  GStrvBuilder *builder = g_strv_builder_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GStrv out;

  for (int k = 0; k < 3; k++)
    {
      g_autofree char *text = value_of (row, columns[k]);
      g_auto (GStrv) parts = text ? g_strsplit_set (text, ",;", -1) : NULL;

      for (guint i = 0; parts && parts[i]; i++)
        {
          char *part = g_strstrip (parts[i]);
          if (*part && !g_hash_table_contains (seen, part))
            {
              g_strv_builder_add (builder, part);
              g_hash_table_add (seen, g_strdup (part));
            }
        }
    }
  out = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  if (out[0] == NULL)
    g_clear_pointer (&out, g_strfreev);
  return out;
}

/* GDELT's ActionGeo_Type, in words. */
static const char *
gdelt_feature (const char *type)
{
  static const char *const names[] = { NULL, "country", "us-state", "us-city", "world-city", "world-state" };
  return type && strlen (type) == 1 && type[0] >= '1' && type[0] <= '5' ? names[type[0] - '0'] : type;
}

static void
row_place (Loader *l, const BilateralEventRow *row, Pending *p)
{
  const BilateralColumns *c = l->block->columns;
  g_autofree char *latitude = value_of (row, c->latitude), *longitude = value_of (row, c->longitude);
  g_autofree char *feature = value_of (row, c->feature);

  p->place[PLACE_NAME] = value_of (row, c->place);
  p->place[PLACE_CODE] = value_of (row, c->place_country);
  p->place[PLACE_DIVISION] = value_of (row, c->division);
  p->iso3 = c->countries == BILATERAL_COUNTRIES_ISO3;
  if (c->country_name >= 0)
    p->place[PLACE_COUNTRY_NAME] = value_of (row, c->country_name);
  else if (p->place[PLACE_NAME] && c->countries == BILATERAL_COUNTRIES_CAMEO)
    {
      /* GDELT's full name ends with the country's: "Kabul, Kabol, Afghanistan". */
      const char *comma = strrchr (p->place[PLACE_NAME], ',');
      p->place[PLACE_COUNTRY_NAME] = g_strdup (comma ? comma + 1 + strspn (comma + 1, " ") : p->place[PLACE_NAME]);
    }
  if (feature)
    p->place[PLACE_FEATURE] = g_strdup (c->countries == BILATERAL_COUNTRIES_CAMEO ? gdelt_feature (feature) : feature);
  if (latitude && longitude)
    {
      char *end_lat, *end_lon;
      p->latitude = g_ascii_strtod (latitude, &end_lat);
      p->longitude = g_ascii_strtod (longitude, &end_lon);
      /* Coordinates that cannot be read or are out of range are left out, with the rest of the place. */
      p->has_coordinates = *end_lat == '\0' && *end_lon == '\0' && fabs (p->latitude) <= 90 && fabs (p->longitude) <= 180;
    }
}

/* The state a row's place was in: by its code (POLECAT's ISO), else by
 * the country's name, at the event's date. */
static const char *
place_state (const Pending *p, BilateralDate *date)
{
  BilateralState *state = _bilateral_registry_place_state (
    bilateral_registry_get_default (), p->iso3 ? p->place[PLACE_CODE] : NULL, p->place[PLACE_COUNTRY_NAME], date);

  return state ? bilateral_actor_get_id (BILATERAL_ACTOR (state)) : NULL;
}

static BilateralLocation *
pending_location (const Pending *p, BilateralDate *date)
{
  const char *country = place_state (p, date);

  if (!country && !p->place[PLACE_NAME] && !p->place[PLACE_CODE] && !p->place[PLACE_DIVISION] && !p->has_coordinates)
    return NULL;
  if (p->has_coordinates)
    return g_object_new (BILATERAL_TYPE_LOCATION, "country", country, "code", p->place[PLACE_CODE], "division",
                         p->place[PLACE_DIVISION], "place", p->place[PLACE_NAME], "feature", p->place[PLACE_FEATURE],
                         "has-coordinates", TRUE, "latitude", p->latitude, "longitude", p->longitude, NULL);
  return g_object_new (BILATERAL_TYPE_LOCATION, "country", country, "code", p->place[PLACE_CODE], "division",
                       p->place[PLACE_DIVISION], "place", p->place[PLACE_NAME], "feature", p->place[PLACE_FEATURE], NULL);
}

/* Repeats ------------------------------------------------------------------
 *
 * A row repeats an event when an earlier row, of this load or of one
 * before into the same archive, had the same id, or the same day, states,
 * code and story; every row's keys count, a repeat's too (as a dyad panel
 * counts them). The keys live on the archive: the story keys and the ids
 * of the rows dropped (those of the rows added are the archive's events),
 * made again from its events when events came in by other ways. An event
 * from a dataset tells its story in its citation's note, as
 * row_reference () wrote it. */
typedef struct {
  GHashTable *keys;
  guint n_events; /* the archive's when the keys were last made whole */
} RepeatKeys;

static void
repeat_keys_free (gpointer data)
{
  RepeatKeys *r = data;
  g_hash_table_unref (r->keys);
  g_free (r);
}

static char *
story_key (BilateralDate *date, BilateralActor *source, BilateralActor *target, const char *code, const char *story)
{
  return g_strdup_printf ("%d-%d-%d\t%s\t%s\t%s\t%s", bilateral_date_get_year (date), bilateral_date_get_month (date),
                          bilateral_date_get_day (date), bilateral_actor_get_id (source), bilateral_actor_get_id (target), code,
                          story);
}

/* The story in a dataset event's note, or NULL. */
static char *
story_of_note (const char *source_id, const char *note)
{
  const char *from = note, *to = NULL;
  gboolean url = g_str_has_prefix (source_id, "gdelt-");

  if (note == NULL)
    return NULL;
  if (url)
    to = strstr (note, "; GLOBALEVENTID ");
  else if (g_str_has_prefix (note, "story "))
    {
      from = note + 6;
      to = strstr (from, g_str_equal (source_id, "icews") ? ", sentence " : "; Event ID ");
    }
  if (to == NULL || to == from || !_bilateral_story_is_one (from, (gsize) (to - from), url))
    return NULL;
  return g_strndup (from, (gsize) (to - from));
}

static GQuark
repeat_keys_quark (void)
{
  return g_quark_from_static_string ("bilateral-repeat-keys");
}

static GHashTable *
repeat_keys (BilateralArchive *archive)
{
  RepeatKeys *r = g_object_get_qdata (G_OBJECT (archive), repeat_keys_quark ());
  GListModel *events = bilateral_archive_get_events (archive);
  guint n = g_list_model_get_n_items (events);

  if (r == NULL)
    {
      r = g_new0 (RepeatKeys, 1);
      r->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_object_set_qdata_full (G_OBJECT (archive), repeat_keys_quark (), r, repeat_keys_free);
    }
  if (r->n_events == n)
    return r->keys;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (BilateralEvent) event = g_list_model_get_item (events, i);
      GListModel *citations = bilateral_event_get_citations (event);
      g_autoptr (BilateralCitation) citation = g_list_model_get_n_items (citations) ? g_list_model_get_item (citations, 0) : NULL;
      const char *source_id = citation ? bilateral_citation_get_source_id (citation) : NULL;
      const char *code = bilateral_event_get_cameo_code (event);
      g_autofree char *story = NULL;

      if (source_id == NULL ||
          !(g_str_has_prefix (source_id, "gdelt-") || g_str_equal (source_id, "icews") || g_str_equal (source_id, "polecat")))
        continue;
      story = story_of_note (source_id, bilateral_citation_get_note (citation));
      if (bilateral_event_get_plover_type (event) && g_str_equal (source_id, "polecat"))
        code = bilateral_event_get_plover_type (event);
      if (story && code)
        g_hash_table_add (r->keys, story_key (bilateral_event_get_date (event), bilateral_event_get_source (event),
                                              bilateral_event_get_target (event), code, story));
    }
  r->n_events = n;
  return r->keys;
}

/* After a load: its events are among the keys. */
static void
repeat_keys_know_events (BilateralArchive *archive)
{
  RepeatKeys *r = g_object_get_qdata (G_OBJECT (archive), repeat_keys_quark ());

  if (r)
    r->n_events = g_list_model_get_n_items (bilateral_archive_get_events (archive));
}

/* The event of a row read before, made in the archive; a row whose codes
 * the registry does not know at its date (a region) is skipped. */
static void
apply_pending (Loader *l, const Pending *p)
{
  const char *source_id = datasets[p->format].id;
  g_autofree char *id = g_strdup_printf ("%s-%s", source_id, p->number), *title = NULL;
  g_autoptr (BilateralDate) date = bilateral_date_new_ymd (p->year, p->month, p->day, NULL);
  g_autoptr (BilateralCitation) citation = NULL;
  g_autoptr (GListStore) citations = NULL;
  g_autoptr (BilateralEvent) event = NULL;
  g_autoptr (BilateralLocation) location = NULL;
  BilateralActor *source, *target;

  if (l->error)
    return;
  if (bilateral_archive_lookup_source (l->archive, source_id) == NULL)
    {
      g_autoptr (BilateralSource) dataset = g_object_new (BILATERAL_TYPE_SOURCE, "id", source_id, "title",
                                                          datasets[p->format].title, "url", datasets[p->format].url, NULL);
      if (!bilateral_archive_add_source (l->archive, dataset, &l->error))
        return;
    }
  source = row_actor (l, p->source, date);
  target = source ? row_actor (l, p->target, date) : NULL;
  if (l->error)
    return;
  if (target == NULL)
    {
      _bilateral_event_load_skip (l->load, BILATERAL_SKIP_UNKNOWN_STATE, p->file, p->line);
      return;
    }
  {
    gboolean repeat = bilateral_archive_lookup_event (l->archive, id) != NULL; /* (never added twice) */

    if (!(l->filter && l->filter->keep_duplicates))
      {
        g_autofree char *id_key = g_strconcat ("id\t", id, NULL);

        if (l->seen == NULL)
          l->seen = repeat_keys (l->archive);
        /* The same event reported twice: the same day, states, code and story. */
        if (p->story)
          repeat |= !g_hash_table_add (l->seen,
                                       story_key (date, source, target, p->plover[0] ? p->plover[0] : p->code, p->story));
        /* Or the same id as a row dropped before. */
        repeat |= g_hash_table_contains (l->seen, id_key);
        if (repeat)
          g_hash_table_add (l->seen, g_steal_pointer (&id_key));
      }
    if (repeat)
      {
        _bilateral_event_load_skip (l->load, BILATERAL_SKIP_DUPLICATE, p->file, p->line);
        return;
      }
  }
  if (p->title == NULL && p->plover[0] == NULL)
    {
      BilateralCameoCode *entry = bilateral_cameo_lookup (bilateral_cameo_get_default (), p->code, NULL);
      title = g_strdup (entry ? bilateral_cameo_code_get_name (entry) : NULL);
    }
  citation = g_object_new (BILATERAL_TYPE_CITATION, "source-id", source_id, "note", p->note, NULL);
  citations = g_list_store_new (BILATERAL_TYPE_CITATION);
  g_list_store_append (citations, citation);
  location = pending_location (p, date);
  if (l->filter && l->filter->located[0] &&
      !(location && g_strcmp0 (bilateral_location_get_country (location), l->filter->located) == 0))
    {
      l->filtered++;
      return;
    }
  event = g_object_new (BILATERAL_TYPE_EVENT, "id", id, "date", date, "source", source, "target", target, "cameo-code",
                        p->plover[0] ? NULL : p->code, "plover-type", p->plover[0], "plover-mode", p->plover[1],
                        "plover-contexts", p->contexts, "goldstein", p->goldstein, "title", p->title ? p->title : title,
                        "citations", citations, "source-sectors", p->sectors[0], "target-sectors", p->sectors[1], "location",
                        location, NULL);
  if (!_bilateral_archive_add_event_later (l->archive, event, l->added, &l->error))
    g_prefix_error (&l->error, "%s:%" G_GUINT64_FORMAT ": ", p->file, p->line);
  else
    _bilateral_event_load_add_event (l->load);
}

static gboolean
has_sector (GStrv sectors, const char *sector)
{
  for (guint i = 0; sectors && sectors[i]; i++)
    if (g_ascii_strcasecmp (sectors[i], sector) == 0)
      return TRUE;
  return FALSE;
}

/* A POLECAT row in UTF-8: as it is, or converted from ISO 8859-1 into
 * @l's buffer, with @fields set to its fields there (tabs are ASCII in both). */
static const BilateralEventRow *
row_in_utf8 (Loader *l, const BilateralEventRow *row, BilateralEventRow *converted, const char **fields, int max_fields)
{
  const char *start = row->fields[0], *end = row->fields[row->n_fields] - 1;
  gboolean ascii = TRUE;

  if (l->block->format != BILATERAL_EVENT_FORMAT_POLECAT)
    return row;
  for (const char *c = start; c < end && ascii; c++)
    ascii = (guchar) *c < 0x80;
  if (ascii)
    return row;
  if (g_strcmp0 (l->text_file, l->block->name) != 0)
    {
      g_free (l->text_file);
      l->text_file = g_strdup (l->block->name);
      l->latin1 = !g_utf8_validate (start, end - start, NULL);
    }
  if (!l->latin1 || row->n_fields >= max_fields)
    return row;
  if (l->row_text == NULL)
    l->row_text = g_string_new (NULL);
  g_string_truncate (l->row_text, 0);
  for (const char *c = start; c < end; c++)
    if ((guchar) *c < 0x80)
      g_string_append_c (l->row_text, *c);
    else
      g_string_append_unichar (l->row_text, (guchar) *c); /* ISO 8859-1 is the first 256 code points */
  g_string_append_c (l->row_text, '\n');
  *converted = *row;
  converted->fields = fields;
  converted->n_fields = 0;
  fields[0] = l->row_text->str;
  for (const char *c = l->row_text->str; *c && converted->n_fields < max_fields; c++)
    if (*c == '\t' || *c == '\n')
      fields[++converted->n_fields] = c + 1;
  return converted;
}

/* POLECAT's "military; economic". */
static GStrv
row_list (const BilateralEventRow *row, int f)
{
  g_autofree char *text = value_of (row, f);
  g_auto (GStrv) parts = text ? g_strsplit (text, ";", -1) : NULL;
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv out;

  for (guint i = 0; parts && parts[i]; i++)
    if (*g_strstrip (parts[i]) && !g_str_equal (parts[i], "None"))
      g_strv_builder_add (builder, parts[i]);
  out = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  if (out[0] == NULL)
    g_clear_pointer (&out, g_strfreev);
  return out;
}

/* What an event needs from a row; in a thread, kept for later. */
static void
add_row (const BilateralEventRow *given, gpointer user_data)
{
  Loader *l = user_data;
  BilateralEventRow converted;
  const char *fields[BILATERAL_MAX_COLUMNS + 1];
  const BilateralEventRow *row = row_in_utf8 (l, given, &converted, fields, BILATERAL_MAX_COLUMNS);
  Pending p = { l->block->format, row->year, row->month, row->day, row->source,
                row->target,      { 0 },     { NULL },   NULL,     row->goldstein / 100.0 };
  const int *plover = l->block->columns->plover;

  if (l->error)
    return;
  p.line = l->block->first_line - 1 + row->line;
  p.number = field (row, l->block->columns->id);
  if (!text_fields_clean (l, row) || *p.number == '\0' || row->code_len >= sizeof p.code)
    {
      _bilateral_event_load_skip (l->load, *p.number ? BILATERAL_SKIP_ENCODING : BILATERAL_SKIP_MISSING, l->block->name, p.line);
      g_free (p.number);
      return;
    }
  if (row->code) /* POLECAT's rows have none */
    memcpy (p.code, row->code, row->code_len);
  if (row->code && !bilateral_cameo_lookup (bilateral_cameo_get_default (), p.code, NULL))
    {
      /* A well-formed code the codebook lacks (GDELT has 1214, 1952…): the
       * row is skipped and counted, not the load stopped (a panel, which
       * needs only the code's root, keeps it). */
      _bilateral_event_load_skip (l->load, BILATERAL_SKIP_CODEBOOK, l->block->name, p.line);
      g_free (p.number);
      return;
    }
  if (plover[0] >= 0)
    {
      p.plover[0] = value_of (row, plover[0]);
      p.plover[1] = value_of (row, plover[1]);
      p.contexts = row_list (row, plover[2]);
      if (p.plover[0] == NULL || !bilateral_cameo_lookup_plover (bilateral_cameo_get_default (), p.plover[0], p.plover[1],
                                                                 (const char *const *) p.contexts, NULL, NULL, NULL))
        {
          /* A type, mode or context PLOVER's codebook does not have. */
          _bilateral_event_load_skip (l->load, BILATERAL_SKIP_CODEBOOK, l->block->name, p.line);
          pending_clear (&p);
          return;
        }
    }
  p.file = g_strdup (l->block->name);
  p.title = l->block->columns->text >= 0 ? value_of (row, l->block->columns->text) : NULL;
  p.note = row_reference (l, row, p.line);
  p.story = value_of (row, l->block->columns->story >= 0 ? l->block->columns->story : url_column (l, row));
  if (p.story && !_bilateral_story_is_one (p.story, strlen (p.story), l->block->columns->story < 0))
    g_clear_pointer (&p.story, g_free); /* a service, not a story */
  p.sectors[0] = row_sectors (row, l->block->columns->source_sectors);
  p.sectors[1] = row_sectors (row, l->block->columns->target_sectors);
  if (l->filter && l->filter->sector[0] &&
      !(has_sector (p.sectors[0], l->filter->sector) && has_sector (p.sectors[1], l->filter->sector)))
    {
      l->filtered++;
      pending_clear (&p);
      return;
    }
  row_place (l, row, &p);
  if (l->pending)
    {
      g_array_append_val (l->pending, p);
      return;
    }
  apply_pending (l, &p);
  pending_clear (&p);
}

static gboolean
load_block (BilateralEventBlock *block, gpointer user_data, GError **error)
{
  Loader *l = user_data;
  BilateralScanJob job = { 0 };

  /* Each block says its format: a zip file's members may differ. */
  l->block = block;
  if (block->columns->code < 0 && l->filter->roots)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_INVALID,
                   "%s: its events have PLOVER types, not CAMEO codes: a filter by CAMEO root code cannot apply", block->name);
      return FALSE;
    }
  if (block->columns->id < 0)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_INVALID, "%s:1: no column %s, which every event needs to cite its row",
                   block->name, block->format == BILATERAL_EVENT_FORMAT_POLECAT ? "“Event ID”" : "GLOBALEVENTID");
      return FALSE;
    }
  if (block->columns->countries != BILATERAL_COUNTRIES_CAMEO)
    _bilateral_country_names_learn (l->names, block->columns, block->data, block->len);

  job.data = block->data;
  job.len = block->len;
  job.format = block->format;
  job.columns = block->columns;
  job.bin = BILATERAL_PANEL_BIN_MONTH; /* the widest span of dates a scan takes */
  job.filter = l->filter;
  job.names = l->names;
  job.row_func = add_row;
  job.row_data = l;
  _bilateral_scan (&job);
  block->lines = job.lines;
  for (guint r = 0; r < BILATERAL_N_SKIP_REASONS; r++)
    {
      for (guint i = 0; i < job.skipped[r].n_lines; i++)
        _bilateral_event_load_skip (l->load, r, block->name, block->first_line - 1 + job.skipped[r].lines[i]);
      _bilateral_event_load_count (l->load, r, job.skipped[r].count - job.skipped[r].n_lines);
    }
  _bilateral_cell_table_clear (&job.table);
  if (l->error)
    {
      g_propagate_error (error, g_steal_pointer (&l->error));
      return FALSE;
    }
  return TRUE;
}

/* Loads @path into @self, counting in @load, which keeps what was done
 * before an error too. */
static gboolean
load_into (BilateralArchive *self, const char *path, BilateralEventFormat format, BilateralEventFilter *filter,
           BilateralEventLoad *load, GCancellable *cancellable, GError **error)
{
  Loader l = { .archive = self, .load = load };
  gboolean ok;

  l.filter = _bilateral_event_filter_compile (filter);
  if (l.filter->dyad[0] == 0)
    {
      g_set_error_literal (error, BILATERAL_ERROR, BILATERAL_ERROR_INVALID,
                           "events are loaded into an archive one dyad at a time: the filter names no dyad");
      return FALSE;
    }
  l.names = _bilateral_country_names_new ();
  l.added = g_ptr_array_new_with_free_func (g_object_unref);
  ok = _bilateral_read_events (path, NULL, path, format, FALSE, load_block, &l, cancellable, error);
  /* Those made before an error too. */
  _bilateral_archive_add_indexed_events (self, l.added);
  repeat_keys_know_events (self);
  g_ptr_array_unref (l.added);
  _bilateral_country_names_free (l.names);
  g_free (l.text_file);
  if (l.row_text)
    g_string_free (l.row_text, TRUE);
  return ok;
}

/**
 * bilateral_archive_load_events:
 * @self: an archive
 * @path: (type filename): an event file: plain, `.gz` or `.zip`
 * @format: its layout, or %BILATERAL_EVENT_FORMAT_AUTO to tell by its first
 *   line
 * @filter: which rows to take; it must name a dyad
 *   (bilateral_event_filter_set_dyad())
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Adds the events of one dyad from a GDELT, ICEWS or POLECAT file, each row
 * as a #BilateralEvent dated to its day, with its CAMEO code (POLECAT: its
 * PLOVER type, mode and contexts) and Goldstein value (ICEWS, POLECAT:
 * intensity). Its actors are the registry's states for the row's codes at
 * the row's date, so that GDELT's `RUS` of 1985 is the USSR (`SUN`); each
 * state is added on first use, with the registry's succession links
 * between the states present, so that the relation of Pakistan with
 * Russia spans the Soviet years. A state the archive already has, such as
 * one of a bundled history, is used as it is.
 *
 * Each event cites the dataset (a source `gdelt-1`, `gdelt-2`, `icews` or
 * `polecat`, added if missing) with a note that finds the row again:
 * GDELT's source URL and GLOBALEVENTID, ICEWS's story id, sentence number
 * and publisher, POLECAT's event id, and the file and line. Its id is the
 * dataset's id and the row's (`gdelt-2-1063431425`). Its title is the
 * ICEWS event text, POLECAT's headline, or the name of its CAMEO code.
 *
 * Rows are skipped, and counted in the result by reason with their first
 * lines, when they are dirty (as a #BilateralDyadPanel counts them; a row
 * whose dyad cannot be told counts whatever the filter), when a code is
 * well formed but not in the codebook (%BILATERAL_SKIP_CODEBOOK), when they
 * report an event read before (%BILATERAL_SKIP_DUPLICATE: the same id, or
 * the same day, states, code and story, unless the filter keeps
 * duplicates), and when the registry knows no state for a code at the
 * row's date (%BILATERAL_SKIP_UNKNOWN_STATE). Rows of other dyads are not
 * skipped but left out.
 *
 * The error is %BILATERAL_ERROR_INVALID if @filter names no dyad, and as
 * bilateral_dyad_panel_add_file() for a file that cannot be read; events
 * added before an error stay in the archive.
 *
 * Returns: (transfer full): what was added and skipped, or %NULL with
 *   @error set
 */
BilateralEventLoad *
bilateral_archive_load_events (BilateralArchive *self, const char *path, BilateralEventFormat format,
                               BilateralEventFilter *filter, GCancellable *cancellable, GError **error)
{
  g_autoptr (BilateralEventLoad) load = NULL;

  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (BILATERAL_IS_EVENT_FILTER (filter), NULL);

  load = _bilateral_event_load_new ();
  return load_into (self, path, format, filter, load, cancellable, error) ? g_steal_pointer (&load) : NULL;
}

/**
 * bilateral_archive_add_events_from_file:
 * @self: an archive
 * @path: (type filename): an event file: plain, `.gz` or `.zip`
 * @format: its layout, or %BILATERAL_EVENT_FORMAT_AUTO to tell by its first
 *   line
 * @filter: which rows to take; it must name a dyad
 *   (bilateral_event_filter_set_dyad())
 * @n_added: (out) (optional): how many events were added
 * @n_skipped: (out) (optional): how many rows were skipped, for every
 *   reason
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Adds the events of one dyad from a file as bilateral_archive_load_events()
 * does, giving only the totals; that function gives the rows skipped by
 * reason.
 *
 * Returns: %TRUE on success
 */
gboolean
bilateral_archive_add_events_from_file (BilateralArchive *self, const char *path, BilateralEventFormat format,
                                        BilateralEventFilter *filter, guint *n_added, guint *n_skipped, GCancellable *cancellable,
                                        GError **error)
{
  g_autoptr (BilateralEventLoad) load = NULL;
  gboolean ok;

  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (BILATERAL_IS_EVENT_FILTER (filter), FALSE);

  load = _bilateral_event_load_new ();
  ok = load_into (self, path, format, filter, load, cancellable, error);
  if (n_added)
    *n_added = bilateral_event_load_get_added (load);
  if (n_skipped)
    *n_skipped = (guint) MIN (bilateral_event_load_get_skipped (load), G_MAXUINT);
  return ok;
}

typedef struct {
  char *path;
  BilateralEventFormat format;
  BilateralEventFilter *filter;
  GArray *pending;          /* of Pending */
  BilateralEventLoad *load; /* what reading skipped; finishing adds the rest */
} AddEvents;

static void
add_events_free (AddEvents *a)
{
  g_free (a->path);
  g_object_unref (a->filter);
  g_clear_pointer (&a->pending, g_array_unref);
  g_clear_object (&a->load);
  g_free (a);
}

static void
add_events_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  AddEvents *a = task_data;
  Loader l = { .pending = a->pending,
               .load = a->load,
               .filter = _bilateral_event_filter_compile (a->filter),
               .names = _bilateral_country_names_new () };
  GError *error = NULL;
  gboolean ok = _bilateral_read_events (a->path, NULL, a->path, a->format, FALSE, load_block, &l, cancellable, &error);

  _bilateral_country_names_free (l.names);
  g_free (l.text_file);
  if (l.row_text)
    g_string_free (l.row_text, TRUE);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Reads @path in a thread into a task tagged @tag; its finish makes the events. */
static void
start_load (BilateralArchive *self, const char *path, BilateralEventFormat format, BilateralEventFilter *filter,
            GCancellable *cancellable, GAsyncReadyCallback callback, gpointer user_data, gpointer tag)
{
  g_autoptr (GTask) task = g_task_new (self, cancellable, callback, user_data);
  AddEvents *a;

  g_task_set_source_tag (task, tag);
  if (_bilateral_event_filter_compile (filter)->dyad[0] == 0)
    {
      g_task_return_new_error (task, BILATERAL_ERROR, BILATERAL_ERROR_INVALID,
                               "events are loaded into an archive one dyad at a time: the filter names no dyad");
      return;
    }
  a = g_new0 (AddEvents, 1);
  a->path = g_strdup (path);
  a->format = format;
  a->filter = g_object_ref (filter);
  a->pending = g_array_new (FALSE, FALSE, sizeof (Pending));
  a->load = _bilateral_event_load_new ();
  g_array_set_clear_func (a->pending, (GDestroyNotify) pending_clear);
  g_task_set_task_data (task, a, (GDestroyNotify) add_events_free);
  g_task_run_in_thread (task, add_events_thread);
}

/* Makes the events a task read, on the caller's thread; its counts, or
 * NULL when the read failed. @error is set too if making them failed. */
static BilateralEventLoad *
finish_load (BilateralArchive *self, GAsyncResult *result, GError **error)
{
  AddEvents *a;
  Loader l = { .archive = self };

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;
  a = g_task_get_task_data (G_TASK (result));
  l.load = a->load;
  l.filter = _bilateral_event_filter_compile (a->filter);
  l.added = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < a->pending->len && l.error == NULL; i++)
    apply_pending (&l, &g_array_index (a->pending, Pending, i));
  _bilateral_archive_add_indexed_events (self, l.added);
  repeat_keys_know_events (self);
  g_ptr_array_unref (l.added);
  if (l.error)
    g_propagate_error (error, l.error);
  return a->load;
}

/**
 * bilateral_archive_add_events_from_file_async:
 * @self: an archive
 * @path: (type filename): an event file: plain, `.gz` or `.zip`
 * @format: its layout, or %BILATERAL_EVENT_FORMAT_AUTO
 * @filter: which rows to take; it must name a dyad
 * @cancellable: (nullable): a #GCancellable, checked between blocks
 * @callback: (scope async): called on the thread-default main context of
 *   the caller when the file is read
 * @user_data: data for @callback
 *
 * Adds the events of one dyad from a file as
 * bilateral_archive_add_events_from_file() does: the file is read in a
 * thread, which touches no archive, and the events are made in
 * bilateral_archive_add_events_from_file_finish(), on the caller's thread,
 * so that the archive and its relations change (and say items-changed)
 * there. A file that fails, or a cancelled read, adds nothing.
 */
void
bilateral_archive_add_events_from_file_async (BilateralArchive *self, const char *path, BilateralEventFormat format,
                                              BilateralEventFilter *filter, GCancellable *cancellable,
                                              GAsyncReadyCallback callback, gpointer user_data)
{
  g_return_if_fail (BILATERAL_IS_ARCHIVE (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (BILATERAL_IS_EVENT_FILTER (filter));

  start_load (self, path, format, filter, cancellable, callback, user_data, bilateral_archive_add_events_from_file_async);
}

/**
 * bilateral_archive_add_events_from_file_finish:
 * @self: an archive
 * @result: the #GAsyncResult given to the callback
 * @n_added: (out) (optional): how many events were added
 * @n_skipped: (out) (optional): how many rows were skipped, as
 *   bilateral_archive_add_events_from_file() counts them
 * @error: return location for a #GError
 *
 * Finishes bilateral_archive_add_events_from_file_async(): the archive
 * gains the events read.
 *
 * Returns: %TRUE on success
 */
gboolean
bilateral_archive_add_events_from_file_finish (BilateralArchive *self, GAsyncResult *result, guint *n_added, guint *n_skipped,
                                               GError **error)
{
  GError *local = NULL;
  BilateralEventLoad *load;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == bilateral_archive_add_events_from_file_async, FALSE);

  load = finish_load (self, result, &local);
  if (load && n_added)
    *n_added = bilateral_event_load_get_added (load);
  if (load && n_skipped)
    *n_skipped = (guint) MIN (bilateral_event_load_get_skipped (load), G_MAXUINT);
  if (local)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  return TRUE;
}

/**
 * bilateral_archive_load_events_async:
 * @self: an archive
 * @path: (type filename): an event file: plain, `.gz` or `.zip`
 * @format: its layout, or %BILATERAL_EVENT_FORMAT_AUTO
 * @filter: which rows to take; it must name a dyad
 * @cancellable: (nullable): a #GCancellable, checked between blocks
 * @callback: (scope async): called on the thread-default main context of
 *   the caller when the file is read
 * @user_data: data for @callback
 *
 * Adds the events of one dyad from a file as bilateral_archive_load_events()
 * does, reading it in a thread, which touches no archive; the events are
 * made in bilateral_archive_load_events_finish(), on the caller's thread.
 * A file that fails, or a cancelled read, adds nothing.
 */
void
bilateral_archive_load_events_async (BilateralArchive *self, const char *path, BilateralEventFormat format,
                                     BilateralEventFilter *filter, GCancellable *cancellable, GAsyncReadyCallback callback,
                                     gpointer user_data)
{
  g_return_if_fail (BILATERAL_IS_ARCHIVE (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (BILATERAL_IS_EVENT_FILTER (filter));

  start_load (self, path, format, filter, cancellable, callback, user_data, bilateral_archive_load_events_async);
}

/**
 * bilateral_archive_load_events_finish:
 * @self: an archive
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Finishes bilateral_archive_load_events_async(): the archive gains the
 * events read.
 *
 * Returns: (transfer full): what was added and skipped, or %NULL with
 *   @error set
 */
BilateralEventLoad *
bilateral_archive_load_events_finish (BilateralArchive *self, GAsyncResult *result, GError **error)
{
  GError *local = NULL;
  BilateralEventLoad *load;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == bilateral_archive_load_events_async, NULL);

  load = finish_load (self, result, &local);
  if (local)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return g_object_ref (load);
}
