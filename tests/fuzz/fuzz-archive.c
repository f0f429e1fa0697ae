/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "fuzz-util.h"

/* The bilateral/1 loader: a document that loads validates, saves, reloads,
 * and saves again byte for byte. */
int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (BilateralArchive) archive = bilateral_archive_new_from_data ((const char *) data, (gssize) size, &error);
  g_autoptr (BilateralArchive) again = NULL;
  g_autofree char *first = NULL, *second = NULL;
  gsize n_first, n_second;

  if (archive == NULL)
    {
      fuzz_check_error (error);
      return 0;
    }
  FUZZ_CHECK (bilateral_archive_validate (archive, NULL));
  first = bilateral_archive_to_data (archive, &n_first);
  FUZZ_CHECK (g_utf8_validate (first, (gssize) n_first, NULL));
  again = bilateral_archive_new_from_data (first, (gssize) n_first, &error);
  if (again == NULL)
    g_printerr ("the saved document does not load: %s\n%s\n", error->message, first);
  FUZZ_CHECK (again != NULL);
  second = bilateral_archive_to_data (again, &n_second);
  FUZZ_CHECK (n_first == n_second && memcmp (first, second, n_first) == 0);
  return 0;
}
