/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-event-scan.h"

/**
 * bilateral_skip_reason_describe:
 * @reason: a reason
 *
 * Describes a reason to skip a row, for messages: "skipped a row with
 * (the description)".
 *
 * Returns: a description, such as `a bad CAMEO event code`
 */
const char *
bilateral_skip_reason_describe (BilateralSkipReason reason)
{
  static const char *const descriptions[BILATERAL_N_SKIP_REASONS] = {
    "the wrong number of columns",
    "a bad date",
    "a bad CAMEO event code",
    "a number that cannot be read",
    "a missing value",
    "a bad country code or an unknown country",
    "a number out of range",
    "text that is not UTF-8",
    "a code the codebook lacks",
    "an event read before",
    "a country code of no state at its date",
  };

  g_return_val_if_fail ((guint) reason < BILATERAL_N_SKIP_REASONS, NULL);
  return descriptions[reason];
}
