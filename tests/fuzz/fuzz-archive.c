/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "fuzz-util.h"

/* An error's problems, one a line, sorted: a document read in two halves
 * reports what one pass does. */
static int
compare_lines (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

static char **
sorted_lines (const GError *error)
{
  char **lines = g_strsplit (error->message, "\n", -1);

  qsort (lines, g_strv_length (lines), sizeof (char *), compare_lines);
  return lines;
}

/* The bilateral/1 loader: a document that loads validates, saves, reloads,
 * and saves again byte for byte; read in two halves at once (in pieces of
 * a few bytes, which the knob allows) it gives what one pass does. */
int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) halves_error = NULL;
  g_autoptr (BilateralArchive) archive = NULL;
  g_autoptr (BilateralArchive) halves = NULL;
  g_autoptr (BilateralArchive) again = NULL;
  g_autofree char *first = NULL, *second = NULL;
  gsize n_first, n_second;

  g_setenv ("BILATERAL_TWO_HALVES_FROM", "0", TRUE);
  archive = bilateral_archive_new_from_data ((const char *) data, (gssize) size, &error);
  g_setenv ("BILATERAL_TWO_HALVES_FROM", "64", TRUE);
  halves = bilateral_archive_new_from_data ((const char *) data, (gssize) size, &halves_error);
  FUZZ_CHECK ((archive == NULL) == (halves == NULL));
  if (archive == NULL)
    {
      g_auto (GStrv) one = sorted_lines (error);
      g_auto (GStrv) two = sorted_lines (halves_error);
      if (!g_strv_equal ((const char *const *) one, (const char *const *) two))
        g_printerr ("one pass: %s\ntwo halves: %s\n", error->message, halves_error->message);
      FUZZ_CHECK (g_strv_equal ((const char *const *) one, (const char *const *) two));
      FUZZ_CHECK (error->code == halves_error->code);
      fuzz_check_error (error);
      return 0;
    }
  FUZZ_CHECK (bilateral_archive_validate (archive, NULL));
  first = bilateral_archive_to_data (archive, &n_first);
  FUZZ_CHECK (g_utf8_validate (first, (gssize) n_first, NULL));
  {
    g_autofree char *by_halves = bilateral_archive_to_data (halves, NULL);
    FUZZ_CHECK (strcmp (first, by_halves) == 0);
  }
  again = bilateral_archive_new_from_data (first, (gssize) n_first, &error);
  if (again == NULL)
    g_printerr ("the saved document does not load: %s\n%s\n", error->message, first);
  FUZZ_CHECK (again != NULL);
  second = bilateral_archive_to_data (again, &n_second);
  FUZZ_CHECK (n_first == n_second && memcmp (first, second, n_first) == 0);
  return 0;
}
