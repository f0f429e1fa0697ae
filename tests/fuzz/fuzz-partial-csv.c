/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "fuzz-util.h"

/* Partial aggregates: one that reads writes back the same, merges with
 * itself to twice its counts, or refuses the merge and stays as it was. */
int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *path = fuzz_write_file (".csv", data, size);
  g_autoptr (GError) error = NULL;
  g_autoptr (BilateralDyadPanel) panel = bilateral_dyad_panel_new_from_csv (path, &error);
  g_autoptr (BilateralDyadPanel) copy = NULL;
  g_autofree char *before = NULL, *after = NULL;
  guint64 rows;

  if (panel == NULL)
    {
      fuzz_check_error (error);
      g_unlink (path);
      return 0;
    }
  fuzz_check_csv_round_trip (panel);
  copy = bilateral_dyad_panel_new_from_csv (path, NULL);
  g_unlink (path);
  FUZZ_CHECK (copy != NULL);
  rows = bilateral_dyad_panel_get_rows (panel);
  before = fuzz_panel_csv (panel);
  if (bilateral_dyad_panel_merge (panel, copy, &error))
    FUZZ_CHECK (bilateral_dyad_panel_get_rows (panel) == 2 * rows);
  else
    {
      fuzz_check_error (error);
      after = fuzz_panel_csv (panel);
      FUZZ_CHECK (g_str_equal (before, after) && bilateral_dyad_panel_get_rows (panel) == rows);
    }
  return 0;
}
