/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "bilateral-private.h"

/* Checks of a JSON document's text that json-glib does not make, run
 * before it parses: the text is UTF-8; no string holds a NUL character
 * (`\u0000`, which json-glib's C strings would cut short) or half of a
 * surrogate pair (which would make text that is not UTF-8); no number is
 * beyond what it can hold (json-glib wraps 2^63 round to a negative
 * number and reads 1e400 as infinity); and nesting stays within
 * BILATERAL_JSON_MAX_DEPTH, since json-glib's parser recurses and a deep
 * enough document would overflow the stack. One pass, in linear time. */

typedef struct {
  const char *data;
  const char *origin;
} Text;

static gboolean
text_fail (const Text *t, const char *at, GError **error, const char *fmt, ...) G_GNUC_PRINTF (4, 5);

static gboolean
text_fail (const Text *t, const char *at, GError **error, const char *fmt, ...)
{
  va_list args;
  g_autofree char *what = NULL;
  guint line = 1, column = 1;

  for (const char *p = t->data; p < at; p++)
    {
      if (*p == '\n')
        line++, column = 1;
      else if (((guchar) *p & 0xc0) != 0x80)
        column++; /* columns count characters, not bytes */
    }
  va_start (args, fmt);
  what = g_strdup_vprintf (fmt, args);
  va_end (args);
  g_set_error (error, BILATERAL_ERROR, BILATERAL_ERROR_PARSE, "%s:%u:%u: %s", t->origin, line, column, what);
  return FALSE;
}

static int
hex4 (const char *p, const char *end)
{
  int v = 0;

  if (end - p < 4)
    return -1;
  for (int i = 0; i < 4; i++)
    {
      int d = g_ascii_xdigit_value (p[i]);
      if (d < 0)
        return -1;
      v = v * 16 + d;
    }
  return v;
}

/* A string from its opening quote; returns the byte after the closing one. */
static const char *
check_string (const Text *t, const char *p, const char *end, GError **error)
{
  for (p++; p < end && *p != '"'; p++)
    {
      int u, low;

      if (*p != '\\')
        continue;
      if (++p >= end)
        break;
      if (*p != 'u' || (u = hex4 (p + 1, end)) < 0)
        continue; /* json-glib reports a bad escape itself */
      if (u == 0)
        return text_fail (t, p - 1, error, "a string holds a NUL character (\\u0000)"), NULL;
      if (u >= 0xdc00 && u <= 0xdfff)
        return text_fail (t, p - 1, error, "a string holds half of a surrogate pair (\\u%04x)", u), NULL;
      if (u >= 0xd800 && u <= 0xdbff)
        {
          if (end - p < 11 || p[5] != '\\' || p[6] != 'u' || (low = hex4 (p + 7, end)) < 0xdc00 || low > 0xdfff)
            return text_fail (t, p - 1, error, "a string holds half of a surrogate pair (\\u%04x)", u), NULL;
          p += 6;
        }
      p += 4;
    }
  return p < end ? p + 1 : end;
}

/* A number token; returns the byte after it. */
static const char *
check_number (const Text *t, const char *p, const char *end, GError **error)
{
  const char *start = p;
  gboolean integer = TRUE;
  char buffer[64];

  while (p < end && (g_ascii_isdigit (*p) || strchr ("+-.eE", *p)))
    integer &= !strchr (".eE", *p++);
  if (p - start >= (gssize) sizeof buffer)
    return text_fail (t, start, error, "the number “%.20s…” has too many digits", start), NULL;
  memcpy (buffer, start, p - start);
  buffer[p - start] = '\0';
  if (integer)
    {
      const char *digits = buffer + (buffer[0] == '-');
      gsize n = strlen (digits);
      if (n > 19 || (n == 19 && strcmp (digits, buffer[0] == '-' ? "9223372036854775808" : "9223372036854775807") > 0))
        return text_fail (t, start, error, "the number %s is too large (beyond 64 bits)", buffer), NULL;
    }
  else if (!isfinite (g_ascii_strtod (buffer, NULL)))
    return text_fail (t, start, error, "the number %s is too large", buffer), NULL;
  return p;
}

gboolean
_bilateral_json_check_text (const char *data, gsize length, const char *origin, GError **error)
{
  const char *end = data + length, *bad;
  Text t = { data, origin };
  guint depth = 0;

  if (!g_utf8_validate_len (data, length, &bad))
    return text_fail (&t, bad, error, *bad ? "the text is not UTF-8 (byte 0x%02X)" : "the text holds a NUL byte",
                      (guchar) *bad);
  for (const char *p = data; p && p < end;)
    {
      switch (*p)
        {
        case '"':
          p = check_string (&t, p, end, error);
          break;
        case '[':
        case '{':
          if (++depth > BILATERAL_JSON_MAX_DEPTH)
            return text_fail (&t, p, error, "arrays and objects are nested deeper than %u levels", BILATERAL_JSON_MAX_DEPTH);
          p++;
          break;
        case ']':
        case '}':
          depth -= depth > 0;
          p++;
          break;
        case '-':
        case '0' ... '9':
          p = check_number (&t, p, end, error);
          break;
        default:
          p++;
        }
    }
  return error == NULL || *error == NULL;
}
