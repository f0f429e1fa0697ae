/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "bilateral-event-header.h"

/* Files whose first line names their columns: POLECAT (tab-separated) and
 * GDELT as BigQuery exports it (comma-separated, quoted where a field holds
 * a comma or a quote). A CSV file is turned into tab-separated text as it
 * is read, so the one scan reads every layout. */

/* CSV to TSV -------------------------------------------------------------- */

enum { CSV_FIELD_START, CSV_UNQUOTED, CSV_QUOTED, CSV_QUOTE_IN_QUOTED };

gsize
_bilateral_csv_to_tsv (BilateralCsvState *state, char *data, gsize len)
{
  char *out = data;

  for (gsize i = 0; i < len; i++)
    {
      char c = data[i];

      switch (state->state)
        {
        case CSV_QUOTE_IN_QUOTED:
          if (c == '"')
            {
              *out++ = '"'; /* "" in a quoted field is one quote */
              state->state = CSV_QUOTED;
              continue;
            }
          state->state = CSV_UNQUOTED; /* the closing quote: the field goes on unquoted, if at all */
          G_GNUC_FALLTHROUGH;
        case CSV_FIELD_START:
        case CSV_UNQUOTED:
          if (c == '"' && state->state == CSV_FIELD_START)
            state->state = CSV_QUOTED;
          else if (c == ',')
            {
              *out++ = '\t';
              state->state = CSV_FIELD_START;
            }
          else if (c == '\n')
            {
              *out++ = '\n';
              state->state = CSV_FIELD_START;
            }
          else
            {
              /* A tab outside quotes would split the field: it is a NUL,
               * which no text of an event takes, as inside quotes. */
              *out++ = c == '\t' ? '\0' : c;
              state->state = CSV_UNQUOTED;
            }
          break;
        case CSV_QUOTED:
          if (c == '"')
            state->state = CSV_QUOTE_IN_QUOTED;
          else
            /* A tab or line break inside a field cannot stay in a line of
             * tab-separated fields; a NUL marks the field as not clean text. */
            *out++ = c == '\t' || c == '\n' || c == '\r' ? '\0' : c;
          break;
        }
    }
  return (gsize) (out - data);
}

/* Headers ------------------------------------------------------------------ */

static int
column_of (char **names, const char *name)
{
  for (int i = 0; names[i]; i++)
    if (g_str_equal (names[i], name))
      return i;
  return -1;
}

/* The names of a header line, without a carriage return or a UTF-8 BOM. */
static char **
header_names (const char *line, gsize len)
{
  g_autofree char *text = NULL;

  if (len >= 3 && memcmp (line, "\xef\xbb\xbf", 3) == 0)
    line += 3, len -= 3;
  if (len > 0 && line[len - 1] == '\r')
    len--;
  text = g_strndup (line, len);
  return g_strsplit (text, "\t", -1);
}

static gboolean
require (char **names, const char *const *wanted, guint n_wanted, int *columns[], const char *layout, const char *name,
         GError **error)
{
  GString *missing = NULL;

  for (guint i = 0; i < n_wanted; i++)
    {
      *columns[i] = column_of (names, wanted[i]);
      if (*columns[i] < 0)
        {
          if (missing == NULL)
            missing = g_string_new (NULL);
          g_string_append_printf (missing, "%s“%s”", missing->len ? ", " : "", wanted[i]);
        }
    }
  if (missing == NULL)
    return TRUE;
  g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE, "%s:1: a %s header without the column%s %s", name, layout,
               strchr (missing->str, ',') ? "s" : "", missing->str);
  g_string_free (missing, TRUE);
  return FALSE;
}

static void
columns_clear (BilateralColumns *columns)
{
  *columns = (BilateralColumns){ .date = -1,
                                 .source = -1,
                                 .target = -1,
                                 .code = -1,
                                 .quad = -1,
                                 .weight = -1,
                                 .tone = -1,
                                 .is_root = -1,
                                 .id = -1,
                                 .url = -1,
                                 .story = -1,
                                 .sentence = -1,
                                 .publisher = -1,
                                 .text = -1,
                                 .source_sectors = { -1, -1, -1 },
                                 .target_sectors = { -1, -1, -1 },
                                 .place = -1,
                                 .place_country = -1,
                                 .division = -1,
                                 .latitude = -1,
                                 .longitude = -1,
                                 .feature = -1,
                                 .country_name = -1,
                                 .plover = { -1, -1, -1 } };
}

static void
finish (BilateralColumns *columns, int n_names)
{
  int needed[] = { columns->date, columns->source, columns->target, columns->code,
                   columns->quad, columns->weight, columns->tone,   columns->is_root };

  columns->columns = n_names;
  columns->last_needed = 0;
  for (guint i = 0; i < G_N_ELEMENTS (needed); i++)
    columns->last_needed = MAX (columns->last_needed, needed[i]);
}

/* Where a row says where: the kind of place, its name, the country's
 * code, the division, the latitude and the longitude, by these names. */
static void
place_columns (char **names, BilateralColumns *columns, const char *const place[6])
{
  int *where[] = { &columns->feature,  &columns->place,    &columns->place_country,
                   &columns->division, &columns->latitude, &columns->longitude };

  for (guint i = 0; i < G_N_ELEMENTS (where); i++)
    *where[i] = column_of (names, place[i]);
}

static gboolean
polecat_columns (char **names, BilateralColumns *columns, const char *name, GError **error)
{
  static const char *const wanted[] = { "Event Date", "Actor Country", "Recipient Country", "Quad Code" };
  int *where[] = { &columns->date, &columns->source, &columns->target, &columns->quad };

  if (!require (names, wanted, G_N_ELEMENTS (wanted), where, "POLECAT", name, error))
    return FALSE;
  /* Later releases call "Intensity" "Event Intensity". */
  columns->weight = column_of (names, "Intensity");
  if (columns->weight < 0)
    columns->weight = column_of (names, "Event Intensity");
  if (columns->weight < 0)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE,
                   "%s:1: a POLECAT header without the column “Intensity” (or “Event Intensity”)", name);
      return FALSE;
    }
  columns->id = column_of (names, "Event ID");
  columns->plover[0] = column_of (names, "Event Type");
  columns->plover[1] = column_of (names, "Event Mode");
  columns->plover[2] = column_of (names, "Contexts");
  /* Later releases have a headline and a story's id. */
  columns->text = column_of (names, "Headline");
  columns->story = column_of (names, "Story ID");
  columns->source_sectors[0] = column_of (names, "Primary Actor Sector");
  columns->source_sectors[1] = column_of (names, "Actor Sectors");
  columns->target_sectors[0] = column_of (names, "Primary Recipient Sector");
  columns->target_sectors[1] = column_of (names, "Recipient Sectors");
  place_columns (names, columns,
                 (const char *const[]){ "Feature Type", "Placename", "Country", "Province", "Latitude", "Longitude" });
  columns->countries = BILATERAL_COUNTRIES_ISO3;
  columns->none_missing = TRUE;
  columns->first_of_many = TRUE;
  return TRUE;
}

static gboolean
gdelt_columns (char **names, BilateralColumns *columns, const char *name, GError **error)
{
  static const char *const wanted[] = { "SQLDATE",   "Actor1CountryCode", "Actor2CountryCode",
                                        "EventCode", "QuadClass",         "GoldsteinScale" };
  int *where[] = { &columns->date, &columns->source, &columns->target, &columns->code, &columns->quad, &columns->weight };

  if (!require (names, wanted, G_N_ELEMENTS (wanted), where, "GDELT", name, error))
    return FALSE;
  columns->tone = column_of (names, "AvgTone");
  columns->is_root = column_of (names, "IsRootEvent");
  columns->id = column_of (names, "GLOBALEVENTID");
  columns->url = column_of (names, "SOURCEURL");
  for (int k = 0; k < 3; k++)
    {
      g_autofree char *a = g_strdup_printf ("Actor1Type%dCode", k + 1);
      g_autofree char *b = g_strdup_printf ("Actor2Type%dCode", k + 1);
      columns->source_sectors[k] = column_of (names, a);
      columns->target_sectors[k] = column_of (names, b);
    }
  place_columns (names, columns,
                 (const char *const[]){ "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
                                        "ActionGeo_Lat", "ActionGeo_Long" });
  columns->countries = BILATERAL_COUNTRIES_CAMEO;
  return TRUE;
}

gboolean
_bilateral_event_header_read (const char *line, gsize len, BilateralEventFormat requested, gboolean csv,
                              BilateralEventFormat *format, BilateralColumns *columns, const char *name, GError **error)
{
  g_auto (GStrv) names = header_names (line, len);
  int n = (int) g_strv_length (names);
  gboolean polecat = column_of (names, "Recipient Country") >= 0;

  columns_clear (columns);
  if (n > BILATERAL_MAX_COLUMNS)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE, "%s:1: a header of %d columns: at most %d are read", name, n,
                   BILATERAL_MAX_COLUMNS);
      return FALSE;
    }
  if (polecat && !csv)
    {
      if (!polecat_columns (names, columns, name, error))
        return FALSE;
      *format = BILATERAL_EVENT_FORMAT_POLECAT;
    }
  else if (column_of (names, "SQLDATE") >= 0 || column_of (names, "GLOBALEVENTID") >= 0)
    {
      if (!gdelt_columns (names, columns, name, error))
        return FALSE;
      /* GDELT 2.0 has second-level divisions (ADM2) that 1.0 does not. */
      if (requested == BILATERAL_EVENT_FORMAT_GDELT1 || requested == BILATERAL_EVENT_FORMAT_GDELT2)
        *format = requested;
      else
        *format = column_of (names, "ActionGeo_ADM2Code") >= 0 || column_of (names, "Actor1Geo_ADM2Code") >= 0
                    ? BILATERAL_EVENT_FORMAT_GDELT2
                    : BILATERAL_EVENT_FORMAT_GDELT1;
    }
  else
    {
      g_autofree char *first = _bilateral_printable (names[0] ? names[0] : "", -1);
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE,
                   "%s:1: a %s header of %d columns, from “%s”, that is neither GDELT's (with SQLDATE) nor POLECAT's "
                   "(with “Recipient Country”)",
                   name, csv ? "comma-separated" : "tab-separated", n, first);
      return FALSE;
    }
  if (requested != BILATERAL_EVENT_FORMAT_AUTO && requested != *format)
    {
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE, "%s:1: asked to read %s, but the header is %s's", name,
                   _bilateral_enum_nick (BILATERAL_TYPE_EVENT_FORMAT, requested),
                   _bilateral_enum_nick (BILATERAL_TYPE_EVENT_FORMAT, *format));
      return FALSE;
    }
  finish (columns, n);
  return TRUE;
}
