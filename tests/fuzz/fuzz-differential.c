/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "fuzz-util.h"

/* The same bytes through the SIMD scan, the scalar scan and three threads
 * give the same panel, the same counts and the same verdict. */
static char *
scan (GInputStream *stream, guint threads, gboolean scalar, guint64 counts[10], gboolean *ok)
{
  g_autoptr (BilateralDyadPanel) panel = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_MONTH, FALSE);
  g_autoptr (GError) error = NULL;

  if (scalar)
    g_setenv ("BILATERAL_SCALAR", "1", TRUE);
  else
    g_unsetenv ("BILATERAL_SCALAR");
  bilateral_dyad_panel_set_threads (panel, threads);
  g_seekable_seek (G_SEEKABLE (stream), 0, G_SEEK_SET, NULL, NULL);
  *ok = bilateral_dyad_panel_add_stream (panel, stream, "<fuzz>", BILATERAL_EVENT_FORMAT_AUTO, NULL, &error);
  if (!*ok)
    {
      fuzz_check_error (error);
      return g_strdup (error->message);
    }
  counts[0] = bilateral_dyad_panel_get_rows (panel);
  counts[1] = bilateral_dyad_panel_get_kept (panel);
  for (guint r = 0; r <= BILATERAL_SKIP_ENCODING; r++)
    counts[2 + r] = bilateral_dyad_panel_get_skipped (panel, r);
  return fuzz_panel_csv (panel);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr (GInputStream) stream = g_memory_input_stream_new_from_data (data, (gssize) size, NULL);
  guint64 counts[3][10] = { { 0 } };
  gboolean ok[3];
  g_autofree char *simd = scan (stream, 1, FALSE, counts[0], &ok[0]);
  g_autofree char *scalar = scan (stream, 1, TRUE, counts[1], &ok[1]);
  g_autofree char *threaded = scan (stream, 3, FALSE, counts[2], &ok[2]);

  FUZZ_CHECK (ok[0] == ok[1] && ok[0] == ok[2]);
  FUZZ_CHECK (g_str_equal (simd, scalar) && g_str_equal (simd, threaded));
  FUZZ_CHECK (memcmp (counts[0], counts[1], sizeof counts[0]) == 0 && memcmp (counts[0], counts[2], sizeof counts[0]) == 0);
  return 0;
}
