/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "fuzz-util.h"

/* The same bytes through the SIMD scan, the scalar scan and three threads,
 * from a stream and from a file cut into small pieces, give the same
 * panel, the same counts and the same verdict. */
static char *
scan (GInputStream *stream, const char *path, guint threads, gboolean scalar, guint64 counts[10], gboolean *ok)
{
  g_autoptr (BilateralDyadPanel) panel = bilateral_dyad_panel_new (BILATERAL_PANEL_BIN_MONTH, FALSE);
  g_autoptr (GError) error = NULL;

  if (scalar)
    g_setenv ("BILATERAL_SCALAR", "1", TRUE);
  else
    g_unsetenv ("BILATERAL_SCALAR");
  bilateral_dyad_panel_set_threads (panel, threads);
  if (stream)
    {
      g_seekable_seek (G_SEEKABLE (stream), 0, G_SEEK_SET, NULL, NULL);
      *ok = bilateral_dyad_panel_add_stream (panel, stream, path, BILATERAL_EVENT_FORMAT_AUTO, NULL, &error);
    }
  else
    *ok = bilateral_dyad_panel_add_file (panel, path, BILATERAL_EVENT_FORMAT_AUTO, NULL, &error);
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
  g_autofree char *path = fuzz_write_file (".tsv", data, size);
  g_autofree char *pieces = g_strdup_printf ("%u", 1 + (size ? data[size - 1] : 0u) % 97);
  guint64 counts[5][10] = { { 0 } };
  gboolean ok[5];
  char *panels[5];

  panels[0] = scan (stream, path, 1, FALSE, counts[0], &ok[0]);
  panels[1] = scan (stream, path, 1, TRUE, counts[1], &ok[1]);
  panels[2] = scan (stream, path, 3, FALSE, counts[2], &ok[2]);
  /* A file's pieces of 1 to 97 bytes, each read by its thread. */
  g_setenv ("BILATERAL_PIECE_BYTES", pieces, TRUE);
  panels[3] = scan (NULL, path, 1, FALSE, counts[3], &ok[3]);
  panels[4] = scan (NULL, path, 3, FALSE, counts[4], &ok[4]);
  g_unsetenv ("BILATERAL_PIECE_BYTES");
  g_unlink (path);
  for (guint i = 1; i < G_N_ELEMENTS (panels); i++)
    {
      FUZZ_CHECK (ok[0] == ok[i]);
      FUZZ_CHECK (g_str_equal (panels[0], panels[i]));
      FUZZ_CHECK (memcmp (counts[0], counts[i], sizeof counts[0]) == 0);
    }
  for (guint i = 0; i < G_N_ELEMENTS (panels); i++)
    g_free (panels[i]);
  return 0;
}
