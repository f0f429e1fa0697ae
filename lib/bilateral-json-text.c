/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "bilateral-private.h"

/* Checks of a JSON document's text that its parser (yajl) does not make,
 * run just ahead of it: the text is UTF-8; no string holds a NUL character
 * (`\u0000`, which C strings would cut short) or half of a surrogate pair
 * (which would make text that is not UTF-8); no number is beyond what it
 * can hold (2^63 would wrap round to a negative number, 1e400 be read as
 * infinity); and nesting stays within BILATERAL_JSON_MAX_DEPTH. One pass,
 * in linear time, resumable a piece at a time. */

typedef struct {
  const char *data;
  const char *origin;
  const char **failed_at; /* where the first problem is, or NULL */
} Text;

static gboolean text_fail (const Text *t, const char *at, GError **error, const char *fmt, ...) G_GNUC_PRINTF (4, 5);

static gboolean
text_fail (const Text *t, const char *at, GError **error, const char *fmt, ...)
{
  va_list args;
  g_autofree char *what = NULL;
  guint line, column;

  if (t->failed_at)
    *t->failed_at = at;
  _bilateral_json_position (t->data, at - t->data, &line, &column);
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
      if (*p != 'u')
        continue; /* the parser reports another bad escape itself */
      /* A parser may take fewer digits, or make half a surrogate of them. */
      if ((u = hex4 (p + 1, end)) < 0)
        return text_fail (t, p - 1, error, "a \\u escape needs four hexadecimal digits"), NULL;
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

void
_bilateral_json_check_init (BilateralJsonCheck *check, const char *data, gsize length, const char *origin)
{
  *check = (BilateralJsonCheck){ data, data + length, origin, data, data, 0 };
}

/* Checks the tokens that start before @limit (a token may run past it: the
 * whole text is at hand) and the UTF-8 up to where they end. */
gboolean
_bilateral_json_check_upto (BilateralJsonCheck *check, gsize limit, GError **error)
{
  const char *end = check->end, *stop = MIN (check->data + limit, end), *p = check->scanned, *bad, *valid_to;
  const char *token_at = NULL;
  g_autoptr (GError) token_error = NULL;
  Text tokens = { check->data, check->origin, &token_at }, text = { check->data, check->origin, &check->failed_at };

  /* The tokens first, then the UTF-8 of the bytes they covered: the first
   * problem of the text is the one told, however the text is cut. */
  while (p && p < stop)
    {
      switch (*p)
        {
        case '"': p = check_string (&tokens, p, end, &token_error); break;
        case '[':
        case '{':
          if (++check->depth > BILATERAL_JSON_MAX_DEPTH)
            {
              text_fail (&tokens, p, &token_error, "arrays and objects are nested deeper than %u levels",
                         BILATERAL_JSON_MAX_DEPTH);
              p = NULL;
              break;
            }
          p++;
          break;
        case ']':
        case '}':
          check->depth -= check->depth > 0;
          p++;
          break;
        case '-':
        case '0' ... '9': p = check_number (&tokens, p, end, &token_error); break;
        default: p++;
        }
    }
  /* To the end of the last token (a string or number may run past @limit),
   * never cutting a character in two; only up to a token's problem. */
  valid_to = p ? MAX (stop, p) : token_at;
  while (valid_to < end && ((guchar) *valid_to & 0xc0) == 0x80)
    valid_to++;
  if (valid_to > check->validated && !g_utf8_validate_len (check->validated, valid_to - check->validated, &bad) &&
      (token_at == NULL || bad < token_at))
    return text_fail (&text, bad, error, *bad ? "the text is not UTF-8 (byte 0x%02X)" : "the text holds a NUL byte",
                      (guchar) *bad);
  if (token_error)
    {
      check->failed_at = token_at;
      g_propagate_error (error, g_steal_pointer (&token_error));
      return FALSE;
    }
  check->scanned = p;
  check->validated = MAX (check->validated, valid_to);
  return TRUE;
}

void
_bilateral_json_position (const char *data, gsize offset, guint *line, guint *column)
{
  *line = 1, *column = 1;
  for (const char *p = data; p < data + offset; p++)
    {
      if (*p == '\n')
        (*line)++, *column = 1;
      else if (((guchar) *p & 0xc0) != 0x80)
        (*column)++; /* columns count characters, not bytes */
    }
}

/* Where the values of a document are ------------------------------------- */

typedef struct {
  gboolean array;
  guint index;
  GString *key; /* of the member being read */
} Level;

static void
note_position (GHashTable *wanted, GString *pointer, guint line, guint column)
{
  const char *at = pointer->len ? pointer->str : "/";

  if (g_hash_table_contains (wanted, at) && g_hash_table_lookup (wanted, at) == NULL)
    g_hash_table_insert (wanted, g_strdup (at), g_strdup_printf ("%u:%u", line, column));
}

static void
pointer_of (GArray *levels, GString *out)
{
  g_string_truncate (out, 0);
  for (guint i = 0; i < levels->len; i++)
    {
      Level *v = &g_array_index (levels, Level, i);
      if (v->array)
        g_string_append_printf (out, "/%u", v->index);
      else
        g_string_append_printf (out, "/%s", v->key->str);
    }
}

void
_bilateral_json_locate (const char *data, gsize length, GHashTable *wanted)
{
  g_autoptr (GArray) levels = g_array_new (FALSE, TRUE, sizeof (Level));
  g_autoptr (GString) pointer = g_string_new (NULL);
  const char *p = data, *end = data + length;
  guint line = 1, column = 1;
  gboolean expect_key = FALSE, value_pending = TRUE;

  while (p < end)
    {
      char c = *p;
      Level *top = levels->len ? &g_array_index (levels, Level, levels->len - 1) : NULL;

      if (c == '\n')
        {
          line++, column = 1, p++;
          continue;
        }
      if (c == ' ' || c == '\t' || c == '\r' || c == ':')
        {
          p++, column++;
          continue;
        }
      if (c == ',')
        {
          if (top && top->array)
            top->index++, value_pending = TRUE;
          else if (top)
            expect_key = TRUE;
          p++, column++;
          continue;
        }
      if (c == '}' || c == ']')
        {
          if (levels->len)
            {
              Level *v = &g_array_index (levels, Level, levels->len - 1);
              if (v->key)
                g_string_free (v->key, TRUE);
              g_array_set_size (levels, levels->len - 1);
            }
          p++, column++;
          continue;
        }
      if (expect_key && c == '"')
        {
          /* A member's name: the pointer of the member is where its name is. */
          const char *q = p + 1;
          g_string_truncate (top->key, 0);
          while (q < end && *q != '"')
            {
              if (*q == '\\' && q + 1 < end)
                q++;
              g_string_append_c (top->key, *q++);
            }
          pointer_of (levels, pointer);
          note_position (wanted, pointer, line, column);
          column += (guint) g_utf8_strlen (p, q + 1 - p);
          p = q + 1;
          expect_key = FALSE;
          value_pending = TRUE;
          continue;
        }
      /* A value starts here. */
      if (value_pending)
        {
          pointer_of (levels, pointer);
          note_position (wanted, pointer, line, column);
          value_pending = FALSE;
        }
      if (c == '{' || c == '[')
        {
          Level v = { c == '[', 0, c == '{' ? g_string_new (NULL) : NULL };
          g_array_append_val (levels, v);
          expect_key = c == '{';
          value_pending = c == '[';
          p++, column++;
          continue;
        }
      if (c == '"')
        {
          const char *q = p + 1;
          while (q < end && *q != '"')
            q += *q == '\\' ? 2 : 1;
          column += (guint) g_utf8_strlen (p, MIN (q + 1, end) - p);
          p = MIN (q + 1, end);
          continue;
        }
      p++, column++;
    }
  for (guint i = 0; i < levels->len; i++)
    if (g_array_index (levels, Level, i).key)
      g_string_free (g_array_index (levels, Level, i).key, TRUE);
}
