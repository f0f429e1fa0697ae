/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "bilateral-private.h"

/* Text from files the library did not write, made fit for a message: valid
 * UTF-8 is kept, control characters and bytes that are not UTF-8 are
 * written as \xNN, so a GError message is always UTF-8 and one line. */
char *
_bilateral_printable (const char *text, gssize length)
{
  GString *out;
  const char *p, *end;

  if (text == NULL)
    return g_strdup ("(null)");
  if (length < 0)
    length = (gssize) strlen (text);
  out = g_string_sized_new ((gsize) length + 8);
  for (p = text, end = text + length; p < end;)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2 || c < 0x20 || c == 0x7f)
        {
          g_string_append_printf (out, "\\x%02X", (guchar) *p);
          p++;
        }
      else
        {
          const char *next = g_utf8_next_char (p);
          g_string_append_len (out, p, next - p);
          p = next;
        }
    }
  return g_string_free (out, FALSE);
}

gboolean
_bilateral_text_is_clean (const char *text, gssize length)
{
  return g_utf8_validate_len (text, length < 0 ? strlen (text) : (gsize) length, NULL);
}

char *
_bilateral_dup_text (const char *text)
{
  if (text == NULL || g_utf8_validate (text, -1, NULL))
    return g_strdup (text);
  /* A programming error, as GLib treats text that is not UTF-8 in its own
   * API: the model keeps only UTF-8, so it can always be saved and read. */
  g_critical ("libbilateral: text that is not UTF-8 was given to the model; its bad bytes are replaced");
  return g_utf8_make_valid (text, -1);
}

void
_bilateral_propagate_io_error (GError **dest, GError *src, const char *path)
{
  g_autofree char *display = _bilateral_printable (path, -1);

  /* GIO's messages name the file already; where they do not, say which. */
  if (strstr (src->message, path))
    g_propagate_error (dest, src);
  else
    g_propagate_prefixed_error (dest, src, "%s: ", display);
}

const char *
_bilateral_enum_nick (GType type, int value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);

  /* Enum classes live as long as the program: the nick stays valid. */
  g_type_class_unref (klass);
  return v ? v->value_nick : NULL;
}

void
_bilateral_json_append_string (GString *out, const char *s, gboolean in_html)
{
  g_string_append_c (out, '"');
  for (const unsigned char *p = (const unsigned char *) s; *p; p++)
    {
      /* Most text needs no escape: copy its runs whole. */
      const unsigned char *run = p;
      while (*p >= 0x20 && *p != '"' && *p != '\\' && !(in_html && (*p == '<' || *p == '>' || *p == '&' || *p == 0xe2)))
        p++;
      if (p > run)
        g_string_append_len (out, (const char *) run, p - run);
      if (*p == '\0')
        break;
      switch (*p)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '<':
        case '>':
        case '&':
          if (in_html)
            {
              /* Inside <script>, "</script>" or "<!--" would end or change it. */
              g_string_append_printf (out, "\\u%04x", *p);
              break;
            }
          G_GNUC_FALLTHROUGH;
        default:
          if (*p < 0x20)
            g_string_append_printf (out, "\\u%04x", *p);
          else if (in_html && p[0] == 0xe2 && p[1] == 0x80 && (p[2] == 0xa8 || p[2] == 0xa9))
            {
              /* U+2028 and U+2029 end a line in older JavaScript. */
              g_string_append_printf (out, "\\u%04x", p[2] == 0xa8 ? 0x2028 : 0x2029);
              p += 2;
            }
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

/* A copy of an array of strings as a NULL-terminated vector. */
char **
_bilateral_strv_of (const GPtrArray *strings)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char **out;

  for (guint i = 0; i < strings->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (strings, i));
  out = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return out;
}
