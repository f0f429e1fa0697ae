/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include <glib-object.h>
#include "bilateral-version.h"

G_BEGIN_DECLS

/**
 * BilateralDatePrecision:
 * @BILATERAL_DATE_PRECISION_DAY: a calendar day, `1950-03-18`
 * @BILATERAL_DATE_PRECISION_MONTH: a month, `1949-12`
 * @BILATERAL_DATE_PRECISION_SEASON: a season, `1950-21` (spring 1950)
 * @BILATERAL_DATE_PRECISION_YEAR: a year, `1948`
 * @BILATERAL_DATE_PRECISION_DECADE: a decade, `198X`
 * @BILATERAL_DATE_PRECISION_CENTURY: a century, `19XX`
 * @BILATERAL_DATE_PRECISION_INTERVAL: an interval, `1987/1989`
 *
 * How precisely a #BilateralDate is known.
 */
typedef enum {
  BILATERAL_DATE_PRECISION_DAY,
  BILATERAL_DATE_PRECISION_MONTH,
  BILATERAL_DATE_PRECISION_SEASON,
  BILATERAL_DATE_PRECISION_YEAR,
  BILATERAL_DATE_PRECISION_DECADE,
  BILATERAL_DATE_PRECISION_CENTURY,
  BILATERAL_DATE_PRECISION_INTERVAL,
} BilateralDatePrecision;

/**
 * BilateralDateQualifier:
 * @BILATERAL_DATE_QUALIFIER_NONE: the date is stated as known
 * @BILATERAL_DATE_QUALIFIER_UNCERTAIN: `?`, the source is unsure of it
 * @BILATERAL_DATE_QUALIFIER_APPROXIMATE: `~`, it is about right
 *
 * The EDTF qualifiers of a date; `%` sets both flags.
 */
typedef enum /*< flags >*/ {
  BILATERAL_DATE_QUALIFIER_NONE = 0,
  BILATERAL_DATE_QUALIFIER_UNCERTAIN = 1 << 0,
  BILATERAL_DATE_QUALIFIER_APPROXIMATE = 1 << 1,
} BilateralDateQualifier;

/**
 * BILATERAL_DAY_OPEN_START:
 *
 * The earliest day number of a date that is open at its start (`../1950`).
 */
#define BILATERAL_DAY_OPEN_START (-2147483647 - 1)

/**
 * BILATERAL_DAY_OPEN_END:
 *
 * The latest day number of a date that is open at its end (`1991/..`).
 */
#define BILATERAL_DAY_OPEN_END 2147483647

#define BILATERAL_TYPE_DATE (bilateral_date_get_type ())

typedef struct _BilateralDate BilateralDate;

BILATERAL_AVAILABLE_IN_ALL
GType bilateral_date_get_type (void) G_GNUC_CONST;

BILATERAL_AVAILABLE_IN_ALL
BilateralDate *bilateral_date_parse (const char *text,
                                     GError    **error);
BILATERAL_AVAILABLE_IN_ALL
BilateralDate *bilateral_date_new_ymd (int      year,
                                       int      month,
                                       int      day,
                                       GError **error);
BILATERAL_AVAILABLE_IN_ALL
BilateralDate *bilateral_date_new_interval (BilateralDate *start,
                                            BilateralDate *end,
                                            GError       **error);
BILATERAL_AVAILABLE_IN_ALL
BilateralDate *bilateral_date_ref (BilateralDate *self);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_date_unref (BilateralDate *self);

BILATERAL_AVAILABLE_IN_ALL
char *bilateral_date_to_string (const BilateralDate *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralDatePrecision bilateral_date_get_precision (const BilateralDate *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralDateQualifier bilateral_date_get_qualifiers (const BilateralDate *self);
BILATERAL_AVAILABLE_IN_ALL
int bilateral_date_get_year (const BilateralDate *self);
BILATERAL_AVAILABLE_IN_ALL
int bilateral_date_get_month (const BilateralDate *self);
BILATERAL_AVAILABLE_IN_ALL
int bilateral_date_get_day (const BilateralDate *self);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_date_is_interval (const BilateralDate *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralDate *bilateral_date_get_start (const BilateralDate *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralDate *bilateral_date_get_end (const BilateralDate *self);
BILATERAL_AVAILABLE_IN_ALL
gint32 bilateral_date_get_earliest_day (const BilateralDate *self);
BILATERAL_AVAILABLE_IN_ALL
gint32 bilateral_date_get_latest_day (const BilateralDate *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralDate *bilateral_date_get_earliest (const BilateralDate *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralDate *bilateral_date_get_latest (const BilateralDate *self);

BILATERAL_AVAILABLE_IN_ALL
int bilateral_date_compare (const BilateralDate *a,
                            const BilateralDate *b);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_date_equal (const BilateralDate *a,
                               const BilateralDate *b);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_date_overlaps (const BilateralDate *self,
                                  const BilateralDate *other);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_date_contains (const BilateralDate *self,
                                  const BilateralDate *other);

BILATERAL_AVAILABLE_IN_ALL
gint32 bilateral_date_day_from_ymd (int year,
                                    int month,
                                    int day);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_date_ymd_from_day (gint32 day_number,
                                  int   *year,
                                  int   *month,
                                  int   *day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BilateralDate, bilateral_date_unref)

BILATERAL_AVAILABLE_IN_ALL
BilateralDate *bilateral_date_new_from_date_time (GDateTime *date_time);

G_END_DECLS
