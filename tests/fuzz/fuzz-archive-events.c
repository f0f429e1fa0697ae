/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "fuzz-util.h"

/* One dyad's rows of an event file into an archive, which then saves and
 * reads back: whatever the rows held, the saved history loads. */
static const char *const dyads[][2] = {
  { "USA", "RUS" }, { "PAK", "RUS" }, { "GEO", "RUS" }, { "JPN", "USA" }, { "FRA", "WST" }
};
static const char *const suffixes[] = { ".tsv", ".gz", ".zip" };

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  guint pick = size ? data[0] : 0;
  g_autofree char *path = NULL;
  g_autoptr (BilateralArchive) archive = bilateral_archive_new ();
  g_autoptr (BilateralArchive) back = NULL;
  g_autoptr (BilateralEventFilter) filter = bilateral_event_filter_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *saved = NULL, *again = NULL;
  gsize n_saved, n_again;
  guint added = 0, skipped = 0;

  if (size)
    data++, size--;
  path = fuzz_write_file (suffixes[pick % 3], data, size);
  FUZZ_CHECK (bilateral_event_filter_set_dyad (filter, dyads[pick / 3 % 5][0], dyads[pick / 3 % 5][1], pick & 0x80, NULL));
  if (!bilateral_archive_add_events_from_file (archive, path, BILATERAL_EVENT_FORMAT_AUTO, filter, &added, &skipped, NULL,
                                               &error))
    fuzz_check_error (error);
  g_unlink (path);
  FUZZ_CHECK (bilateral_archive_validate (archive, NULL));
  saved = bilateral_archive_to_data (archive, &n_saved);
  g_clear_error (&error);
  back = bilateral_archive_new_from_data (saved, (gssize) n_saved, &error);
  if (back == NULL)
    g_printerr ("the saved history does not load: %s\n", error->message);
  FUZZ_CHECK (back != NULL);
  again = bilateral_archive_to_data (back, &n_again);
  FUZZ_CHECK (n_saved == n_again && memcmp (saved, again, n_saved) == 0);
  return 0;
}
