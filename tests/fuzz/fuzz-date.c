/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "fuzz-util.h"

/* EDTF: a date that parses gives back its text, reparses to the same days,
 * equals itself, and has a first and last day unless its ends are open. */
int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr (GError) error = NULL;
  g_autoptr (BilateralDate) date = bilateral_date_parse (text, &error);
  g_autoptr (BilateralDate) again = NULL;
  g_autoptr (BilateralDate) earliest = NULL;
  g_autoptr (BilateralDate) latest = NULL;
  g_autofree char *written = NULL;

  if (date == NULL)
    {
      fuzz_check_error (error);
      return 0;
    }
  written = bilateral_date_to_string (date);
  FUZZ_CHECK (g_str_equal (written, text));
  again = bilateral_date_parse (written, NULL);
  FUZZ_CHECK (again != NULL);
  FUZZ_CHECK (bilateral_date_compare (date, again) == 0 && bilateral_date_equal (date, again));
  FUZZ_CHECK (bilateral_date_get_earliest_day (date) <= bilateral_date_get_latest_day (date));
  FUZZ_CHECK (bilateral_date_overlaps (date, again) ||
              bilateral_date_get_earliest_day (date) > bilateral_date_get_latest_day (date));
  earliest = bilateral_date_get_earliest (date);
  latest = bilateral_date_get_latest (date);
  FUZZ_CHECK ((earliest != NULL) == (bilateral_date_get_earliest_day (date) != BILATERAL_DAY_OPEN_START));
  FUZZ_CHECK ((latest != NULL) == (bilateral_date_get_latest_day (date) != BILATERAL_DAY_OPEN_END));
  if (earliest)
    FUZZ_CHECK (bilateral_date_get_earliest_day (earliest) == bilateral_date_get_earliest_day (date));
  if (latest)
    FUZZ_CHECK (bilateral_date_get_latest_day (latest) == bilateral_date_get_latest_day (date));
  return 0;
}
