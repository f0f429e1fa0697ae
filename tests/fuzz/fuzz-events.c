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
      /* Kept in a place: the rest filtered, or repeats; with repeats kept,
       * never more than all. */
      fuzz_check_csv_round_trip (panel);
      for (int keep = 0; keep < 2; keep++)
        {
          g_autoptr (BilateralDyadPanel) all = bilateral_dyad_panel_new (size % 3, size % 2);
          g_autoptr (BilateralDyadPanel) located = bilateral_dyad_panel_new (size % 3, size % 2);
          g_autoptr (BilateralEventFilter) every = bilateral_event_filter_new ();
          g_autoptr (BilateralEventFilter) filter = bilateral_event_filter_new ();
          guint64 counts[2];

          bilateral_event_filter_set_keep_duplicates (every, keep);
          bilateral_event_filter_set_keep_duplicates (filter, keep);
          FUZZ_CHECK (bilateral_event_filter_set_located (filter, size % 2 ? "AFG" : "RUS", NULL));
          bilateral_dyad_panel_set_filter (all, every);
          bilateral_dyad_panel_set_filter (located, filter);
          FUZZ_CHECK (bilateral_dyad_panel_add_file (all, path, BILATERAL_EVENT_FORMAT_AUTO, NULL, NULL));
          FUZZ_CHECK (bilateral_dyad_panel_add_file (located, path, BILATERAL_EVENT_FORMAT_AUTO, NULL, NULL));
          for (int k = 0; k < 2; k++)
            {
              BilateralDyadPanel *p = k ? located : all;
              counts[k] = bilateral_dyad_panel_get_kept (p) + bilateral_dyad_panel_get_filtered (p) +
                          bilateral_dyad_panel_get_skipped (p, BILATERAL_SKIP_DUPLICATE);
            }
          FUZZ_CHECK (counts[0] == counts[1]);
          FUZZ_CHECK (!keep || bilateral_dyad_panel_get_kept (located) <= bilateral_dyad_panel_get_kept (all));
          FUZZ_CHECK (keep || bilateral_dyad_panel_get_kept (all) == bilateral_dyad_panel_get_kept (panel));
        }
    }
  g_unlink (path);
  return 0;
}
