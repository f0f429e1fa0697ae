/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib/gstdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bilateral/bilateral.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* What every harness holds the library to, beyond not crashing: an error
 * is in the library's domain (or GIO's, for files) and its message is
 * UTF-8; a broken rule aborts, which libFuzzer reports as a finding. */

#define FUZZ_CHECK(cond) \
  do { \
    if (!(cond)) \
      { \
        g_printerr ("%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        abort (); \
      } \
  } while (0)

static inline void
fuzz_check_error (GError *error)
{
  FUZZ_CHECK (error != NULL);
  FUZZ_CHECK (error->domain == BILATERAL_ERROR || error->domain == G_IO_ERROR || error->domain == G_FILE_ERROR);
  FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
}

/* A file holding the input, for the calls that read paths; in memory where
 * the system has /dev/shm. The name's suffix picks the reader. */
static inline char *
fuzz_write_file (const char *suffix, const uint8_t *data, size_t size)
{
  const char *dir = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir ();
  char *path = g_strdup_printf ("%s/bilateral-fuzz-%d%s", dir, (int) getpid (), suffix);

  FUZZ_CHECK (g_file_set_contents (path, (const char *) data, (gssize) size, NULL));
  return path;
}

static inline char *
fuzz_panel_csv (BilateralDyadPanel *panel)
{
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr (GBytes) bytes = NULL;

  FUZZ_CHECK (bilateral_dyad_panel_write_csv (panel, out, TRUE, NULL, NULL));
  g_output_stream_close (out, NULL, NULL);
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* A partial aggregate the library wrote reads back to the same panel. */
static inline void
fuzz_check_csv_round_trip (BilateralDyadPanel *panel)
{
  g_autofree char *csv = fuzz_panel_csv (panel);
  g_autofree char *path = fuzz_write_file ("-round.csv", (const uint8_t *) csv, strlen (csv));
  g_autoptr (GError) error = NULL;
  g_autoptr (BilateralDyadPanel) back = bilateral_dyad_panel_new_from_csv (path, &error);
  g_autofree char *again = NULL;

  g_unlink (path);
  if (back == NULL)
    g_printerr ("%s\n%s\n", error->message, csv);
  FUZZ_CHECK (back != NULL);
  again = fuzz_panel_csv (back);
  FUZZ_CHECK (g_str_equal (csv, again));
}
