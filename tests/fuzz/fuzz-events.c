/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "fuzz-util.h"

/* Event files, plain (FUZZ_SUFFIX unset), .gz or .zip: the panel reads or
 * refuses them, adds nothing when it refuses, and writes a partial
 * aggregate that reads back the same; filtered by place, it keeps a part. */
#ifndef FUZZ_SUFFIX
#define FUZZ_SUFFIX ".tsv"
#endif

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *path = fuzz_write_file (FUZZ_SUFFIX, data, size);
  g_autoptr (BilateralDyadPanel) panel = bilateral_dyad_panel_new (size % 3, size % 2);
  g_autoptr (GError) error = NULL;

  if (!bilateral_dyad_panel_add_file (panel, path, BILATERAL_EVENT_FORMAT_AUTO, NULL, &error))
    {
      fuzz_check_error (error);
      FUZZ_CHECK (bilateral_dyad_panel_get_rows (panel) == 0 && bilateral_dyad_panel_get_n_groups (panel) == 0);
    }
  else
    {
      /* Kept in a place: never more than all, and the rest filtered. */
      g_autoptr (BilateralDyadPanel) located = bilateral_dyad_panel_new (size % 3, size % 2);
      g_autoptr (BilateralEventFilter) filter = bilateral_event_filter_new ();
      fuzz_check_csv_round_trip (panel);
      FUZZ_CHECK (bilateral_event_filter_set_located (filter, size % 2 ? "AFG" : "RUS", NULL));
      bilateral_dyad_panel_set_filter (located, filter);
      FUZZ_CHECK (bilateral_dyad_panel_add_file (located, path, BILATERAL_EVENT_FORMAT_AUTO, NULL, NULL));
      FUZZ_CHECK (bilateral_dyad_panel_get_kept (located) <= bilateral_dyad_panel_get_kept (panel));
      FUZZ_CHECK (bilateral_dyad_panel_get_kept (located) + bilateral_dyad_panel_get_filtered (located) ==
                  bilateral_dyad_panel_get_kept (panel) + bilateral_dyad_panel_get_filtered (panel));
    }
  g_unlink (path);
  return 0;
}
