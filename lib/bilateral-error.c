/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-error.h"

/**
 * bilateral_error_quark:
 *
 * The quark of the %BILATERAL_ERROR domain.
 *
 * Returns: the error domain
 */
/* The quark's name is text, not a subtraction. */
/* clang-format off */
G_DEFINE_QUARK (bilateral-error-quark, bilateral_error)
/* clang-format on */
