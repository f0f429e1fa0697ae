/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include <glib.h>
#include "bilateral-version.h"

G_BEGIN_DECLS

/**
 * BILATERAL_ERROR:
 *
 * The error domain of libbilateral.
 */
#define BILATERAL_ERROR (bilateral_error_quark ())

/**
 * BilateralError:
 * @BILATERAL_ERROR_PARSE: text could not be parsed (JSON syntax, date syntax)
 * @BILATERAL_ERROR_DATE: a date is well formed but impossible (30 February)
 * @BILATERAL_ERROR_SCHEMA: a document does not follow the data format
 *   (a missing, unknown or mistyped field)
 * @BILATERAL_ERROR_REFERENCE: an id refers to nothing, or is used twice
 * @BILATERAL_ERROR_INVALID: records contradict each other (an event outside
 *   its actors' existence, overlapping phases)
 * @BILATERAL_ERROR_IO: a file could not be read or written
 * @BILATERAL_ERROR_NOT_FOUND: a named thing does not exist
 *
 * Error codes of the %BILATERAL_ERROR domain.
 */
typedef enum {
  BILATERAL_ERROR_PARSE,
  BILATERAL_ERROR_DATE,
  BILATERAL_ERROR_SCHEMA,
  BILATERAL_ERROR_REFERENCE,
  BILATERAL_ERROR_INVALID,
  BILATERAL_ERROR_IO,
  BILATERAL_ERROR_NOT_FOUND,
} BilateralError;

BILATERAL_AVAILABLE_IN_ALL
GQuark bilateral_error_quark (void);

G_END_DECLS
