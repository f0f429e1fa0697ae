/* SPDX-License-Identifier: LGPL-2.1-or-later */

#include <stdio.h>
#include <string.h>

#include "bilateral-cli.h"

/* bilateral convert: a column of codes or names converted to another
 * scheme, appended to each row of a CSV file (RFC 4180: quoted fields may
 * hold commas, quotes and newlines), with every value that did not convert
 * reported by value and count. */

typedef struct {
  const char *start; /* the record as written, without its line end */
  gsize length;
  GPtrArray *fields; /* unquoted */
} Record;

static void
record_clear (Record *r)
{
  g_ptr_array_unref (r->fields);
}

/* Reads the CSV records of @data; FALSE with @error at a quote left open. */
static GArray *
read_records (const char *data, gsize length, const char *path, gboolean *crlf, GError **error)
{
  GArray *records = g_array_new (FALSE, FALSE, sizeof (Record));
  const char *p = data, *end = data + length;
  guint line = 1;

  g_array_set_clear_func (records, (GDestroyNotify) record_clear);
  *crlf = FALSE;
  while (p < end)
    {
      Record r = { p, 0, g_ptr_array_new_with_free_func (g_free) };
      GString *field = g_string_new (NULL);
      gboolean quoted = FALSE, at_start = TRUE;
      guint first_line = line;

      for (; p < end; p++)
        {
          if (quoted)
            {
              if (*p == '"' && p + 1 < end && p[1] == '"')
                g_string_append_c (field, '"'), p++;
              else if (*p == '"')
                quoted = FALSE;
              else
                {
                  line += *p == '\n';
                  g_string_append_c (field, *p);
                }
            }
          else if (*p == '"' && at_start)
            quoted = TRUE;
          else if (*p == ',')
            {
              g_ptr_array_add (r.fields, g_string_free (field, FALSE));
              field = g_string_new (NULL);
              at_start = TRUE;
              continue;
            }
          else if (*p == '\n' || *p == '\r')
            break;
          else
            g_string_append_c (field, *p);
          at_start = FALSE;
        }
      if (quoted)
        {
          g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE, "%s:%u: a quoted field is not closed", path, first_line);
          g_string_free (field, TRUE);
          record_clear (&r);
          g_array_unref (records);
          return NULL;
        }
      g_ptr_array_add (r.fields, g_string_free (field, FALSE));
      r.length = p - r.start;
      if (p < end && *p == '\r')
        *crlf = TRUE, p++;
      if (p < end && *p == '\n')
        p++;
      line++;
      g_array_append_val (records, r);
    }
  return records;
}

static void
write_field (GString *out, const char *value)
{
  if (strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (out, value);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static int
column_index (Record *header, const char *name)
{
  for (guint i = 0; i < header->fields->len; i++)
    if (g_str_equal (g_ptr_array_index (header->fields, i), name))
      return (int) i;
  return -1;
}

/* Why a value did not convert, in a few words. */
static char *
why (BilateralRegistry *registry, const char *value, gboolean names, BilateralCodeScheme from, BilateralCodeScheme to,
     const char *date_text)
{
  g_autoptr (BilateralDate) date = date_text && *date_text ? bilateral_date_parse (date_text, NULL) : NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *code = NULL;

  if (names)
    {
      g_autoptr (GListModel) candidates = bilateral_registry_lookup_names (registry, value);
      guint n = g_list_model_get_n_items (candidates);
      GString *list;

      if (n == 0)
        return g_strdup ("no entry has this name");
      if (n == 1)
        return g_strdup_printf ("no %s code then", bilateral_code_scheme_to_string (to));
      list = g_string_new ("fits several: ");
      for (guint i = 0; i < n; i++)
        {
          g_autoptr (BilateralState) s = g_list_model_get_item (candidates, i);
          g_string_append_printf (list, "%s%s", i ? ", " : "", bilateral_actor_get_id (BILATERAL_ACTOR (s)));
        }
      return g_string_free (list, FALSE);
    }
  code = bilateral_registry_convert (registry, value, from, to, date, &error);
  return g_strdup (error ? error->message : "");
}

int
bilateral_command_convert (int argc, char **argv)
{
  g_autofree char *column = NULL, *from_text = NULL, *to_text = NULL, *date_column = NULL, *at_text = NULL, *output = NULL;
  g_autofree char *as = NULL, *data = NULL;
  g_autoptr (GOptionContext) context = g_option_context_new ("FILE.csv — convert a column of codes or names");
  g_autoptr (GError) error = NULL;
  g_autoptr (BilateralDate) at = NULL;
  g_autoptr (GArray) records = NULL;
  g_autoptr (GPtrArray) values = g_ptr_array_new ();
  g_autoptr (GPtrArray) dates = g_ptr_array_new ();
  g_autoptr (GHashTable) failures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto (GStrv) converted = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  BilateralRegistry *registry = bilateral_registry_get_default ();
  BilateralCodeScheme from = 0, to;
  gboolean names, crlf;
  int value_column, date_index = -1;
  guint n_failed = 0;
  gsize length;
  GOptionEntry entries[] = {
    { "column", 'c', 0, G_OPTION_ARG_STRING, &column, "The column to convert", "NAME" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text,
      "Its scheme (iso2, iso3, isonum, cow, cow-letters, gw, gw-letters, cameo), or name", "SCHEME" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, "The scheme wanted", "SCHEME" },
    { "date-column", 'd', 0, G_OPTION_ARG_STRING, &date_column, "A column of EDTF dates, one for each row", "NAME" },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at_text, "The date of every row (default: today; for names, any time)", "DATE" },
    { "as", 0, 0, G_OPTION_ARG_STRING, &as, "The name of the new column (default: COLUMN_SCHEME)", "NAME" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE (default: standard output)", "FILE" },
    { NULL },
  };

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_description (context, "Appends the converted column to every row; every value that did not\n"
                                             "convert is reported on standard error, by value and count.");
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || !column || !from_text || !to_text ||
      (date_column && at_text))
    {
      g_printerr ("bilateral convert: %s\n", error ? error->message
                                                   : "give one FILE.csv, --column, --from and --to, and at most one of "
                                                     "--date-column and --at");
      return 2;
    }
  names = g_ascii_strcasecmp (from_text, "name") == 0;
  if ((!names && !bilateral_code_scheme_from_string (from_text, &from)) || !bilateral_code_scheme_from_string (to_text, &to))
    {
      g_printerr ("bilateral convert: a scheme is one of iso2, iso3, isonum, cow, cow-letters, gw, gw-letters, cameo"
                  " (and --from may be name)\n");
      return 2;
    }
  if (at_text && (at = bilateral_date_parse (at_text, &error)) == NULL)
    {
      g_printerr ("bilateral convert: --at: %s\n", error->message);
      return 2;
    }
  if (!g_file_get_contents (argv[1], &data, &length, &error) ||
      (records = read_records (data, length, argv[1], &crlf, &error)) == NULL)
    {
      g_printerr ("bilateral convert: %s\n", error->message);
      return 1;
    }
  if (records->len == 0 || (value_column = column_index (&g_array_index (records, Record, 0), column)) < 0 ||
      (date_column && (date_index = column_index (&g_array_index (records, Record, 0), date_column)) < 0))
    {
      g_printerr ("bilateral convert: %s: the header has no column “%s”\n", argv[1],
                  records->len == 0 || value_column < 0 ? column : date_column);
      return 1;
    }

  for (guint i = 1; i < records->len; i++)
    {
      Record *r = &g_array_index (records, Record, i);
      if (r->length == 0)
        continue; /* a blank line */
      if ((int) r->fields->len <= MAX (value_column, date_index))
        {
          g_printerr ("bilateral convert: %s:%u: the row has %u columns, fewer than the header\n", argv[1], i + 1,
                      r->fields->len);
          return 1;
        }
      g_ptr_array_add (values, g_ptr_array_index (r->fields, value_column));
      g_ptr_array_add (dates, date_index >= 0 ? g_ptr_array_index (r->fields, date_index) : (gpointer) "");
    }
  g_ptr_array_add (values, NULL);
  g_ptr_array_add (dates, NULL);
  converted = names ? bilateral_registry_convert_names (registry, (const char *const *) values->pdata, to,
                                                        (const char *const *) dates->pdata, at, &n_failed, &error)
                    : bilateral_registry_convert_codes (registry, (const char *const *) values->pdata, from, to,
                                                        (const char *const *) dates->pdata, at, &n_failed, &error);
  if (converted == NULL)
    {
      g_printerr ("bilateral convert: %s: %s\n", argv[1], error->message);
      return 1;
    }

  /* The rows as they were, and the new column. */
  {
    Record *header = &g_array_index (records, Record, 0);
    g_autofree char *name = as ? g_strdup (as) : g_strdup_printf ("%s_%s", column, bilateral_code_scheme_to_string (to));
    const char *eol = crlf ? "\r\n" : "\n";
    guint k = 0;

    g_string_append_len (out, header->start, header->length);
    g_string_append_c (out, ',');
    write_field (out, name);
    g_string_append (out, eol);
    for (guint i = 1; i < records->len; i++)
      {
        Record *r = &g_array_index (records, Record, i);
        if (r->length == 0)
          continue;
        g_string_append_len (out, r->start, r->length);
        g_string_append_c (out, ',');
        write_field (out, converted[k]);
        g_string_append (out, eol);
        if (*converted[k] == '\0')
          {
            g_autofree char *key = g_strconcat (values->pdata[k], "\x1f", dates->pdata[k], NULL);
            gsize n = GPOINTER_TO_SIZE (g_hash_table_lookup (failures, key));
            g_hash_table_insert (failures, g_steal_pointer (&key), GSIZE_TO_POINTER (n + 1));
          }
        k++;
      }
  }
  if (output ? !g_file_set_contents (output, out->str, (gssize) out->len, &error)
             : fwrite (out->str, 1, out->len, stdout) != out->len)
    {
      g_printerr ("bilateral convert: %s\n", error ? error->message : "cannot write to standard output");
      return 1;
    }

  if (n_failed)
    {
      GHashTableIter iter;
      gpointer key, count;

      g_printerr ("bilateral convert: %u %s did not convert:\n", n_failed, n_failed == 1 ? "value" : "values");
      g_hash_table_iter_init (&iter, failures);
      while (g_hash_table_iter_next (&iter, &key, &count))
        {
          g_auto (GStrv) parts = g_strsplit (key, "\x1f", 2);
          g_autofree char *reason = why (registry, parts[0], names, from, to, *parts[1] ? parts[1] : at_text);
          g_printerr ("  “%s”%s%s: %" G_GSIZE_FORMAT " %s (%s)\n", parts[0], *parts[1] ? " at " : "", parts[1],
                      GPOINTER_TO_SIZE (count), GPOINTER_TO_SIZE (count) == 1 ? "row" : "rows", reason);
        }
    }
  return 0;
}
