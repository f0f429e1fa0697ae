/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "bilateral-cli.h"

BilateralArchive *
bilateral_cli_open_history (const char *name_or_path, GError **error)
{
  g_auto (GStrv) builtin = bilateral_archive_list_builtin ();

  /* A bundled name wins unless a file of that name is right here. */
  if (g_strv_contains ((const char *const *) builtin, name_or_path) && !g_file_test (name_or_path, G_FILE_TEST_EXISTS))
    return bilateral_archive_load_builtin (name_or_path, error);
  if (!g_file_test (name_or_path, G_FILE_TEST_EXISTS) && !strchr (name_or_path, '/') && !g_str_has_suffix (name_or_path, ".json"))
    {
      g_autofree char *known = g_strjoinv (", ", builtin);
      g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_NOT_FOUND, "“%s” is neither a bundled history (%s) nor a file",
                   name_or_path, known);
      return NULL;
    }
  return bilateral_archive_new_from_file (name_or_path, error);
}

gboolean
bilateral_cli_lookup_dyad (BilateralArchive *archive, const char *a, const char *b, BilateralActor **first,
                           BilateralActor **second, GError **error)
{
  const char *names[2] = { a, b };
  BilateralActor *found[2];

  for (int i = 0; i < 2; i++)
    {
      found[i] = bilateral_archive_lookup_actor (archive, names[i]);
      if (found[i] == NULL)
        {
          g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_NOT_FOUND,
                       "no actor of the history is “%s” (by id, code, name or alias)", names[i]);
          return FALSE;
        }
    }
  *first = found[0];
  *second = found[1];
  return TRUE;
}

int
bilateral_cli_width (int requested)
{
  const char *columns = g_getenv ("COLUMNS");
  struct winsize size;

  if (requested > 0)
    return MAX (requested, 40);
  if (columns && atoi (columns) > 0)
    return MAX (atoi (columns), 40);
  if (isatty (STDOUT_FILENO) && ioctl (STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
    return MAX (size.ws_col, 40);
  return 100;
}

int
bilateral_cli_text_width (const char *text)
{
  return (int) g_utf8_strlen (text, -1);
}

void
bilateral_cli_print_padded (const char *text, int columns)
{
  fputs (text, stdout);
  for (int w = bilateral_cli_text_width (text); w < columns; w++)
    fputc (' ', stdout);
}

void
bilateral_cli_print_wrapped (const char *text, int indent, int width)
{
  g_auto (GStrv) words = g_strsplit_set (text, " \n", -1);
  int column = 0;

  for (guint i = 0; words[i]; i++)
    {
      int w = bilateral_cli_text_width (words[i]);

      if (w == 0)
        continue;
      if (column > 0 && column + 1 + w > width)
        {
          fputc ('\n', stdout);
          column = 0;
        }
      if (column == 0)
        {
          printf ("%*s", indent, "");
          column = indent;
        }
      else
        {
          fputc (' ', stdout);
          column++;
        }
      fputs (words[i], stdout);
      column += w;
    }
  if (column > 0)
    fputc ('\n', stdout);
}

gboolean
bilateral_cli_parse_duration (const char *text, double *days, GError **error)
{
  char *end = NULL;
  double value = g_ascii_strtod (text, &end);
  double unit = 1.0;

  if (end == text || value <= 0)
    goto bad;
  if (g_str_equal (end, "y"))
    unit = 365.2425;
  else if (g_str_equal (end, "m"))
    unit = 365.2425 / 12;
  else if (!g_str_equal (end, "d") && *end != '\0')
    goto bad;
  *days = value * unit;
  if (*days < 1)
    goto bad;
  return TRUE;

bad:
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "“%s” is not a duration of at least a day: write 2y, 18m or 730d",
               text);
  return FALSE;
}

gboolean
bilateral_cli_parse_bin (const char *text, BilateralSeriesBin *bin, GError **error)
{
  if (text == NULL || g_str_equal (text, "year"))
    *bin = BILATERAL_SERIES_BIN_YEAR;
  else if (g_str_equal (text, "month"))
    *bin = BILATERAL_SERIES_BIN_MONTH;
  else
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "--by takes year or month, not “%s”", text);
      return FALSE;
    }
  return TRUE;
}

BilateralRelation *
bilateral_cli_open_relation (const char *command, const char *history, const char *a, const char *b)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BilateralArchive) archive = bilateral_cli_open_history (history, &error);
  BilateralActor *first, *second;

  if (archive == NULL || !bilateral_cli_lookup_dyad (archive, a, b, &first, &second, &error))
    {
      g_printerr ("bilateral %s: %s\n", command, error->message);
      return NULL;
    }
  return bilateral_archive_get_relation (archive, first, second);
}

gboolean
bilateral_cli_parse_nick (const char *option, GType type, const char *text, int *value, GError **error)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (type);
  g_autofree char *lower = g_ascii_strdown (text, -1);
  GEnumValue *found = g_enum_get_value_by_nick (klass, lower);
  g_autoptr (GString) known = NULL;

  if (found)
    {
      *value = found->value;
      return TRUE;
    }
  known = g_string_new (NULL);
  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (known, "%s%s", i == 0 ? "" : i + 1 == klass->n_values ? " or " : ", ", klass->values[i].value_nick);
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "%s takes %s, not “%s”", option, known->str, text);
  return FALSE;
}

void
bilateral_cli_filter_options_clear (BilateralCliFilterOptions *options)
{
  g_clear_pointer (&options->dyad, g_free);
  g_clear_pointer (&options->country, g_free);
  g_clear_pointer (&options->span, g_free);
  g_clear_pointer (&options->roots, g_free);
  g_clear_pointer (&options->sector, g_free);
  g_clear_pointer (&options->located, g_free);
}

BilateralEventFilter *
bilateral_cli_event_filter (const char *command, const BilateralCliFilterOptions *o)
{
  g_autoptr (BilateralEventFilter) filter = bilateral_event_filter_new ();
  g_autoptr (GError) error = NULL;

  if (o->dyad)
    {
      g_auto (GStrv) codes = g_strsplit (o->dyad, ",", -1);
      if (g_strv_length (codes) != 2 || !bilateral_event_filter_set_dyad (filter, codes[0], codes[1], o->directed, &error))
        {
          g_printerr ("bilateral %s: --dyad: %s\n", command, error ? error->message : "give two codes: PAK,RUS");
          return NULL;
        }
    }
  if (o->country && !bilateral_event_filter_set_country (filter, o->country, &error))
    {
      g_printerr ("bilateral %s: --country: %s\n", command, error->message);
      return NULL;
    }
  if (o->span)
    {
      g_autoptr (BilateralDate) span = bilateral_date_parse (o->span, &error);
      if (span == NULL)
        {
          g_printerr ("bilateral %s: --span: %s\n", command, error->message);
          return NULL;
        }
      bilateral_event_filter_set_span (filter, span);
    }
  if (o->roots)
    {
      g_auto (GStrv) list = g_strsplit (o->roots, ",", -1);
      if (!bilateral_event_filter_set_root_codes (filter, (const char *const *) list, &error))
        {
          g_printerr ("bilateral %s: --roots: %s\n", command, error->message);
          return NULL;
        }
    }
  bilateral_event_filter_set_root_events_only (filter, o->root_only);
  if (o->sector && !bilateral_event_filter_set_sector (filter, o->sector, &error))
    {
      g_printerr ("bilateral %s: --sector: %s\n", command, error->message);
      return NULL;
    }
  if (o->located && !bilateral_event_filter_set_located (filter, o->located, &error))
    {
      g_printerr ("bilateral %s: --located: %s\n", command, error->message);
      return NULL;
    }
  return g_steal_pointer (&filter);
}

/* With no dyad named, the one with the most phases (counting states that
 * continue each other as one; the earliest on a tie); failing that, the
 * first event's. */
gboolean
bilateral_cli_default_dyad (BilateralArchive *archive, BilateralActor **first, BilateralActor **second, GError **error)
{
  GListModel *phases = bilateral_archive_get_phases (archive);
  GListModel *events = bilateral_archive_get_events (archive);
  guint most = 0;

  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr (BilateralPhase) phase = g_list_model_get_item (phases, i);
      g_autoptr (BilateralRelation) relation = bilateral_archive_get_relation (archive, bilateral_phase_get_first (phase),
                                                                               bilateral_phase_get_second (phase));
      guint n = g_list_model_get_n_items (bilateral_relation_get_phases (relation));

      if (n > most)
        {
          most = n;
          *first = bilateral_phase_get_first (phase);
          *second = bilateral_phase_get_second (phase);
        }
    }
  if (most > 0)
    return TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (BilateralEvent) event = g_list_model_get_item (events, i);
      if (bilateral_event_get_target (event))
        {
          *first = bilateral_event_get_source (event);
          *second = bilateral_event_get_target (event);
          return TRUE;
        }
    }
  g_set_error_literal (error, BILATERAL_ERROR, BILATERAL_ERROR_NOT_FOUND,
                       "the history has no phase and no event with two sides: name the two actors");
  return FALSE;
}
