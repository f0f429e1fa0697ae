/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include <bilateral/bilateral.h>

/* Fails unless @error is set in the bilateral domain with @code and a
 * message containing every given fragment; then clears it. */
#define assert_error(error, code, ...) \
  assert_error_full (&(error), (code), __FILE__, __LINE__, __VA_ARGS__, NULL)

static inline void
assert_error_full (GError **error, int code, const char *file, int line, ...)
{
  va_list args;
  const char *fragment;

  if (*error == NULL)
    {
      print_error ("%s:%d: expected an error, got none\n", file, line);
      _fail (file, line);
    }
  if (!g_error_matches (*error, BILATERAL_ERROR, code))
    {
      print_error ("%s:%d: expected code %d, got %s %d: %s\n", file, line, code,
                      g_quark_to_string ((*error)->domain), (*error)->code, (*error)->message);
      _fail (file, line);
    }
  va_start (args, line);
  while ((fragment = va_arg (args, const char *)))
    if (strstr ((*error)->message, fragment) == NULL)
      {
        print_error ("%s:%d: “%s” not in the message: %s\n", file, line, fragment, (*error)->message);
        va_end (args);
        _fail (file, line);
      }
  va_end (args);
  g_clear_error (error);
}

/* The same for an error GIO gave, passed on (G_IO_ERROR_NOT_FOUND …). */
#define assert_gio_error(error, code, fragment) \
  do { \
    if ((error) == NULL || !g_error_matches ((error), G_IO_ERROR, (code))) \
      fail_msg ("expected GIO error %d, got %s", (code), (error) ? (error)->message : "none"); \
    if (strstr ((error)->message, (fragment)) == NULL) \
      fail_msg ("“%s” not in the message: %s", (fragment), (error)->message); \
    g_clear_error (&(error)); \
  } while (0)

#define assert_no_error(error) \
  do { \
    if ((error) != NULL) \
      fail_msg ("unexpected error: %s", (error)->message); \
  } while (0)

static inline char *
test_data_path (const char *name)
{
  return g_build_filename (g_getenv ("BILATERAL_TEST_DATA") ? g_getenv ("BILATERAL_TEST_DATA") : TEST_DATA_DIR,
                           name, NULL);
}

/* A panel written as CSV, partial or not. */
static inline char *
panel_csv (BilateralDyadPanel *panel, gboolean partial)
{
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr (GBytes) bytes = NULL;
  GError *error = NULL;

  assert_true (bilateral_dyad_panel_write_csv (panel, out, partial, NULL, &error));
  assert_no_error (error);
  g_output_stream_close (out, NULL, NULL);
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}
