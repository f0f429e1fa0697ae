/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "bilateral-private.h"

/**
 * BilateralLocation:
 *
 * Where an event happened, as far as its source says: the country, the
 * first-level division, the place, its latitude and longitude, and the
 * kind of feature the place is.
 *
 * #BilateralLocation:country is the id of a state of the registry
 * (`AFG`), which filters and panels compare; #BilateralLocation:code
 * keeps the dataset's own way of naming the country (GDELT's FIPS 10-4
 * `AF`, ICEWS's `Afghanistan`), so that nothing is lost when the registry
 * cannot tell the state. Every part may be missing; the coordinates go
 * together, with #BilateralLocation:has-coordinates:
 *
 * ```c
 * location = g_object_new (BILATERAL_TYPE_LOCATION, "country", "AFG", "place", "Kabul",
 *                          "has-coordinates", TRUE, "latitude", 34.53, "longitude", 69.17, NULL);
 * ```
 */

struct _BilateralLocation {
  GObject parent_instance;
  char *country, *code, *division, *place, *feature;
  double latitude, longitude;
  gboolean has_coordinates;
};

G_DEFINE_FINAL_TYPE (BilateralLocation, bilateral_location, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_COUNTRY,
  PROP_CODE,
  PROP_DIVISION,
  PROP_PLACE,
  PROP_LATITUDE,
  PROP_LONGITUDE,
  PROP_FEATURE,
  PROP_HAS_COORDINATES,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void
bilateral_location_finalize (GObject *object)
{
  BilateralLocation *self = BILATERAL_LOCATION (object);

  g_free (self->country);
  g_free (self->code);
  g_free (self->division);
  g_free (self->place);
  g_free (self->feature);
  G_OBJECT_CLASS (bilateral_location_parent_class)->finalize (object);
}

static void
bilateral_location_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BilateralLocation *self = BILATERAL_LOCATION (object);

  switch (prop_id)
    {
    case PROP_COUNTRY: g_value_set_string (value, self->country); break;
    case PROP_CODE: g_value_set_string (value, self->code); break;
    case PROP_DIVISION: g_value_set_string (value, self->division); break;
    case PROP_PLACE: g_value_set_string (value, self->place); break;
    case PROP_LATITUDE: g_value_set_double (value, self->latitude); break;
    case PROP_LONGITUDE: g_value_set_double (value, self->longitude); break;
    case PROP_FEATURE: g_value_set_string (value, self->feature); break;
    case PROP_HAS_COORDINATES: g_value_set_boolean (value, bilateral_location_get_has_coordinates (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static char *
dup_or_null (const GValue *value)
{
  const char *text = g_value_get_string (value);
  return text && *text ? _bilateral_dup_text (text) : NULL;
}

static void
bilateral_location_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BilateralLocation *self = BILATERAL_LOCATION (object);

  switch (prop_id)
    {
    case PROP_COUNTRY: self->country = dup_or_null (value); break;
    case PROP_CODE: self->code = dup_or_null (value); break;
    case PROP_DIVISION: self->division = dup_or_null (value); break;
    case PROP_PLACE: self->place = dup_or_null (value); break;
    case PROP_FEATURE: self->feature = dup_or_null (value); break;
    case PROP_LATITUDE: self->latitude = g_value_get_double (value); break;
    case PROP_LONGITUDE: self->longitude = g_value_get_double (value); break;
    case PROP_HAS_COORDINATES: self->has_coordinates = g_value_get_boolean (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bilateral_location_constructed (GObject *object)
{
  BilateralLocation *self = BILATERAL_LOCATION (object);

  G_OBJECT_CLASS (bilateral_location_parent_class)->constructed (object);
  if (!self->has_coordinates && (self->latitude != 0 || self->longitude != 0))
    {
      g_critical ("BilateralLocation: a latitude or longitude given without has-coordinates");
      self->latitude = self->longitude = 0;
    }
}

static void
bilateral_location_class_init (BilateralLocationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = bilateral_location_finalize;
  object_class->get_property = bilateral_location_get_property;
  object_class->set_property = bilateral_location_set_property;
  object_class->constructed = bilateral_location_constructed;

  /**
   * BilateralLocation:country:
   *
   * The id of the registry's state the place was in (`AFG`), or %NULL.
   */
  props[PROP_COUNTRY] = g_param_spec_string ("country", NULL, NULL, NULL, flags);
  /**
   * BilateralLocation:code:
   *
   * The country as the dataset names it: GDELT's FIPS 10-4 code (`AF`),
   * ICEWS's name, POLECAT's ISO code; %NULL when it names none.
   */
  props[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, flags);
  /**
   * BilateralLocation:division:
   *
   * The first-level division: GDELT's ADM1 code (`AF13`), a province's name.
   */
  props[PROP_DIVISION] = g_param_spec_string ("division", NULL, NULL, NULL, flags);
  /**
   * BilateralLocation:place:
   *
   * The place's name, as the source gives it (`Kabul, Kabol, Afghanistan`).
   */
  props[PROP_PLACE] = g_param_spec_string ("place", NULL, NULL, NULL, flags);
  /**
   * BilateralLocation:latitude:
   *
   * Degrees north, −90 to 90, when #BilateralLocation:has-coordinates.
   */
  props[PROP_LATITUDE] = g_param_spec_double ("latitude", NULL, NULL, -90, 90, 0, flags);
  /**
   * BilateralLocation:longitude:
   *
   * Degrees east, −180 to 180, when #BilateralLocation:has-coordinates.
   */
  props[PROP_LONGITUDE] = g_param_spec_double ("longitude", NULL, NULL, -180, 180, 0, flags);
  /**
   * BilateralLocation:feature:
   *
   * The kind of place, as the dataset says: GDELT's geographic resolution
   * (`country`, `world-state`, `world-city`, `us-state`, `us-city`), a
   * GeoNames feature code (`PPLC`).
   */
  props[PROP_FEATURE] = g_param_spec_string ("feature", NULL, NULL, NULL, flags);
  /**
   * BilateralLocation:has-coordinates:
   *
   * Whether the latitude and longitude are known: set it with them.
   */
  props[PROP_HAS_COORDINATES] = g_param_spec_boolean ("has-coordinates", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
bilateral_location_init (BilateralLocation *self)
{
}

/**
 * bilateral_location_new:
 * @country: (nullable): the id of the registry's state (`AFG`), or %NULL
 * @place: (nullable): the place's name, or %NULL
 *
 * Creates a location of a country and a place. For the other parts, set
 * the construct properties with g_object_new().
 *
 * Returns: (transfer full): a new location
 */
BilateralLocation *
bilateral_location_new (const char *country, const char *place)
{
  return g_object_new (BILATERAL_TYPE_LOCATION, "country", country, "place", place, NULL);
}

#define GETTER(field)                                                  \
  const char *bilateral_location_get_##field (BilateralLocation *self) \
  {                                                                    \
    g_return_val_if_fail (BILATERAL_IS_LOCATION (self), NULL);         \
    return self->field;                                                \
  }

/**
 * bilateral_location_get_country:
 * @self: a location
 *
 * Gets the id of the registry's state the place was in.
 *
 * Returns: (nullable) (transfer none): the state's id, or %NULL
 */
GETTER (country)

/**
 * bilateral_location_get_code:
 * @self: a location
 *
 * Gets the country as the dataset named it.
 *
 * Returns: (nullable) (transfer none): the dataset's code or name, or %NULL
 */
GETTER (code)

/**
 * bilateral_location_get_division:
 * @self: a location
 *
 * Gets the first-level division.
 *
 * Returns: (nullable) (transfer none): the division, or %NULL
 */
GETTER (division)

/**
 * bilateral_location_get_place:
 * @self: a location
 *
 * Gets the place's name.
 *
 * Returns: (nullable) (transfer none): the place, or %NULL
 */
GETTER (place)

/**
 * bilateral_location_get_feature:
 * @self: a location
 *
 * Gets the kind of place, as the dataset says.
 *
 * Returns: (nullable) (transfer none): the kind of feature, or %NULL
 */
GETTER (feature)

/**
 * bilateral_location_get_has_coordinates:
 * @self: a location
 *
 * Gets whether the latitude and longitude are known.
 *
 * Returns: %TRUE if they are
 */
gboolean
bilateral_location_get_has_coordinates (BilateralLocation *self)
{
  g_return_val_if_fail (BILATERAL_IS_LOCATION (self), FALSE);
  return self->has_coordinates;
}

/**
 * bilateral_location_get_latitude:
 * @self: a location
 *
 * Gets the latitude; 0 when bilateral_location_get_has_coordinates() says
 * it is not known.
 *
 * Returns: degrees north
 */
double
bilateral_location_get_latitude (BilateralLocation *self)
{
  g_return_val_if_fail (BILATERAL_IS_LOCATION (self), 0);
  return self->latitude;
}

/**
 * bilateral_location_get_longitude:
 * @self: a location
 *
 * Gets the longitude; 0 when bilateral_location_get_has_coordinates() says
 * it is not known.
 *
 * Returns: degrees east
 */
double
bilateral_location_get_longitude (BilateralLocation *self)
{
  g_return_val_if_fail (BILATERAL_IS_LOCATION (self), 0);
  return self->longitude;
}

/**
 * bilateral_location_to_string:
 * @self: a location
 *
 * Says where, for display: the place, the division and the country, with
 * the coordinates: `Kabul, Kabol, Afghanistan (AFG; 34.5167, 69.1833)`.
 *
 * Returns: (transfer full): the text
 */
char *
bilateral_location_to_string (BilateralLocation *self)
{
  GString *text;
  gboolean open;

  g_return_val_if_fail (BILATERAL_IS_LOCATION (self), NULL);
  text = g_string_new (self->place);
  if (self->division && !(self->place && strstr (self->place, self->division)))
    g_string_append_printf (text, "%s%s", text->len ? ", " : "", self->division);
  open = self->country || bilateral_location_get_has_coordinates (self);
  if (open)
    g_string_append (text, text->len ? " (" : "(");
  if (self->country)
    g_string_append (text, self->country);
  if (bilateral_location_get_has_coordinates (self))
    {
      char lat[G_ASCII_DTOSTR_BUF_SIZE], lon[G_ASCII_DTOSTR_BUF_SIZE];
      g_string_append_printf (text, "%s%s, %s", self->country ? "; " : "",
                              g_ascii_formatd (lat, sizeof lat, "%.4f", self->latitude),
                              g_ascii_formatd (lon, sizeof lon, "%.4f", self->longitude));
    }
  if (open)
    g_string_append_c (text, ')');
  if (text->len == 0 && self->code)
    g_string_append (text, self->code);
  return g_string_free (text, FALSE);
}
