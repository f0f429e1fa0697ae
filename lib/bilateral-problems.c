/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-private.h"

/* How many problems one error lists before it only counts the rest. */
#define MAX_LISTED 50

void
_bilateral_problems_init (BilateralProblems *problems)
{
  problems->messages = g_ptr_array_new_with_free_func (g_free);
  problems->wheres = g_ptr_array_new_with_free_func (g_free);
  problems->codes = g_array_new (FALSE, FALSE, sizeof (int));
  problems->forgiven = NULL;
  problems->positions = NULL;
}

void
_bilateral_problems_clear (BilateralProblems *problems)
{
  g_clear_pointer (&problems->messages, g_ptr_array_unref);
  g_clear_pointer (&problems->wheres, g_ptr_array_unref);
  g_clear_pointer (&problems->codes, g_array_unref);
}

void
_bilateral_problems_add (BilateralProblems *problems, int code, const char *where, const char *fmt, ...)
{
  va_list args;
  g_autofree char *what = NULL;
  g_autofree char *shown_where = NULL;

  va_start (args, fmt);
  what = g_strdup_vprintf (fmt, args);
  va_end (args);
  /* What a document gave is quoted in messages: keep them UTF-8 whatever it held. */
  if (!g_utf8_validate (what, -1, NULL))
    {
      char *shown = _bilateral_printable (what, -1);
      g_free (what);
      what = shown;
    }
  shown_where = _bilateral_printable (where, -1); /* a pointer holds the document's member names */
  g_ptr_array_add (problems->messages, g_strdup_printf ("%s: %s", shown_where, what));
  g_ptr_array_add (problems->wheres, g_strdup (where));
  g_array_append_val (problems->codes, code);
}

gboolean
_bilateral_problems_forgives (BilateralProblems *problems, const char *kind, const char *id)
{
  g_autofree char *key = NULL;

  if (problems->forgiven == NULL || id == NULL)
    return FALSE;
  key = g_strconcat (kind, "\x1f", id, NULL);
  return g_hash_table_contains (problems->forgiven, key);
}

/* "12:7" where the problem's pointer is in the text, or NULL. */
static const char *
position_of (BilateralProblems *problems, guint i)
{
  return problems->positions ? g_hash_table_lookup (problems->positions, g_ptr_array_index (problems->wheres, i)) : NULL;
}

/* One problem makes a one-line message; several are listed a line each. */
gboolean
_bilateral_problems_to_error (BilateralProblems *problems, const char *origin, GError **error)
{
  GString *message;
  guint n = problems->messages->len;

  if (n == 0)
    return TRUE;

  message = g_string_new (origin ? origin : "");
  if (origin)
    g_string_append (message, ": ");
  if (n == 1)
    {
      if (origin && position_of (problems, 0))
        {
          /* origin:line:column: pointer: what, as a compiler says it */
          g_string_truncate (message, message->len - 2);
          g_string_append_printf (message, ":%s: ", position_of (problems, 0));
        }
      g_string_append (message, g_ptr_array_index (problems->messages, 0));
    }
  else
    {
      g_string_append_printf (message, "%u problems:", n);
      for (guint i = 0; i < n && i < MAX_LISTED; i++)
        g_string_append_printf (message, "\n  %s%s%s", position_of (problems, i) ? position_of (problems, i) : "",
                                position_of (problems, i) ? ": " : "", (char *) g_ptr_array_index (problems->messages, i));
      if (n > MAX_LISTED)
        g_string_append_printf (message, "\n  … and %u more", n - MAX_LISTED);
    }
  /* The first problem's code is the error's. */
  g_set_error_literal (error, BILATERAL_ERROR, g_array_index (problems->codes, int, 0), message->str);
  g_string_free (message, TRUE);
  return FALSE;
}
