/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "test-util.h"

static BilateralDate *
date (const char *text)
{
  return bilateral_date_parse (text, NULL);
}

static const char *
resolved_id (const char *code, BilateralCodeScheme scheme, const char *when)
{
  BilateralRegistry *reg = bilateral_registry_get_default ();
  g_autoptr (BilateralDate) d = date (when);
  GError *error = NULL;
  BilateralState *state = bilateral_registry_resolve (reg, code, scheme, d, &error);

  assert_no_error (error);
  return bilateral_actor_get_id (BILATERAL_ACTOR (state));
}

static void
test_resolve (void **state)
{
  assert_string_equal (resolved_id ("RUS", BILATERAL_CODE_SCHEME_ISO_ALPHA3, "1970-06-01"), "SUN");
  assert_string_equal (resolved_id ("365", BILATERAL_CODE_SCHEME_COW, "1995"), "RUS");
  assert_string_equal (resolved_id ("365", BILATERAL_CODE_SCHEME_GW, "1900"), "russian-empire");
  assert_string_equal (resolved_id ("255", BILATERAL_CODE_SCHEME_COW, "1995"), "DEU");
  assert_string_equal (resolved_id ("265", BILATERAL_CODE_SCHEME_GW, "1960"), "DDR");
  assert_string_equal (resolved_id ("679", BILATERAL_CODE_SCHEME_COW, "2000"), "YEM");
  assert_string_equal (resolved_id ("680", BILATERAL_CODE_SCHEME_COW, "1980"), "YMD");
  assert_string_equal (resolved_id ("345", BILATERAL_CODE_SCHEME_COW, "2010"), "SRB");
  assert_string_equal (resolved_id ("340", BILATERAL_CODE_SCHEME_GW, "2010"), "SRB");
  assert_string_equal (resolved_id ("pak", BILATERAL_CODE_SCHEME_ISO_ALPHA3, "1980"), "PAK");
  assert_string_equal (resolved_id ("4", BILATERAL_CODE_SCHEME_ISO_NUMERIC, "2000"), "AFG");
  assert_string_equal (resolved_id ("970", BILATERAL_CODE_SCHEME_COW, "2005"), "NRU");
  assert_string_equal (resolved_id ("970", BILATERAL_CODE_SCHEME_GW, "2005"), "KIR");
  assert_string_equal (resolved_id ("BGD", BILATERAL_CODE_SCHEME_CAMEO, "1980"), "BGD");
}

static void
test_resolve_today (void **state)
{
  BilateralRegistry *reg = bilateral_registry_get_default ();
  GError *error = NULL;
  BilateralState *rus = bilateral_registry_resolve (reg, "365", BILATERAL_CODE_SCHEME_COW, NULL, &error);

  assert_no_error (error);
  assert_ptr_equal (rus, bilateral_registry_lookup_id (reg, "RUS"));
}

static void
test_resolve_errors (void **state)
{
  BilateralRegistry *reg = bilateral_registry_get_default ();
  g_autoptr (BilateralDate) in_1900 = date ("1900-06-01");
  g_autoptr (BilateralDate) in_1946 = date ("1946");
  GError *error = NULL;

  assert_null (bilateral_registry_resolve (reg, "700", BILATERAL_CODE_SCHEME_COW, in_1900, &error));
  assert_error (error, BILATERAL_ERROR_NOT_FOUND, "the COW code “700” meant no state on 1900-06-01",
                "Afghanistan's from 1919-08-08");
  assert_null (bilateral_registry_resolve (reg, "ZZZ", BILATERAL_CODE_SCHEME_ISO_ALPHA3, in_1900, &error));
  assert_error (error, BILATERAL_ERROR_NOT_FOUND, "no state ever had the ISO alpha-3 code “ZZZ”");
  assert_null (bilateral_registry_resolve (reg, "770", BILATERAL_CODE_SCHEME_GW, in_1946, &error));
  assert_error (error, BILATERAL_ERROR_NOT_FOUND, "“770”", "1946", "Pakistan's from 1947-08-14");
}

/* COW and G-W codes mean members only; ISO and CAMEO follow continuation. */
static void
test_resolve_by_scheme (void **state)
{
  BilateralRegistry *reg = bilateral_registry_get_default ();
  g_autoptr (BilateralDate) in_1919 = date ("1919");
  g_autoptr (BilateralDate) in_1907 = date ("1907");
  g_autoptr (BilateralDate) in_1980 = date ("1980");
  g_autoptr (BilateralDate) in_1995 = date ("1995");
  g_autoptr (BilateralDate) in_1920 = date ("1920");
  g_autoptr (BilateralDate) day = date ("2006-06-04");
  GError *error = NULL;

  assert_null (bilateral_registry_resolve (reg, "20", BILATERAL_CODE_SCHEME_COW, in_1919, &error));
  assert_error (error, BILATERAL_ERROR_NOT_FOUND, "the COW code “20” meant no state on 1919", "Canada's from 1920-01-10");
  assert_null (bilateral_registry_resolve (reg, "40", BILATERAL_CODE_SCHEME_COW, in_1907, &error));
  assert_error (error, BILATERAL_ERROR_NOT_FOUND, "Cuba's from 1902-05-20 to 1906-09-25");
  assert_null (bilateral_registry_resolve (reg, "255", BILATERAL_CODE_SCHEME_COW, in_1980, &error));
  assert_error (error, BILATERAL_ERROR_NOT_FOUND, "“255”", "Germany's from 1990-10-03");
  assert_null (bilateral_registry_resolve (reg, "340", BILATERAL_CODE_SCHEME_GW, day, &error));
  assert_error (error, BILATERAL_ERROR_NOT_FOUND, "G-W code “340” meant no state on 2006-06-04");
  assert_null (bilateral_registry_convert (reg, "20", BILATERAL_CODE_SCHEME_COW, BILATERAL_CODE_SCHEME_GW, in_1919, &error));
  assert_error (error, BILATERAL_ERROR_NOT_FOUND, "COW code “20”");
  assert_string_equal (resolved_id ("RUS", BILATERAL_CODE_SCHEME_ISO_ALPHA3, "1970"), "SUN");
  assert_string_equal (resolved_id ("SUN", BILATERAL_CODE_SCHEME_CAMEO, "1995"), "RUS");

  /* The flags choose the rule in every scheme. */
  assert_null (
    bilateral_registry_resolve_full (reg, "SUN", BILATERAL_CODE_SCHEME_ISO_ALPHA3, in_1995, BILATERAL_RESOLVE_STRICT, &error));
  assert_error (error, BILATERAL_ERROR_NOT_FOUND, "ISO alpha-3 code “SUN” meant no state on 1995");
  assert_ptr_equal (
    bilateral_registry_resolve_full (reg, "SUN", BILATERAL_CODE_SCHEME_ISO_ALPHA3, in_1995, BILATERAL_RESOLVE_DEFAULT, &error),
    bilateral_registry_lookup_id (reg, "RUS"));
  assert_ptr_equal (bilateral_registry_resolve_full (reg, "20", BILATERAL_CODE_SCHEME_COW, in_1919,
                                                     BILATERAL_RESOLVE_FOLLOW_CONTINUATION, &error),
                    bilateral_registry_lookup_id (reg, "CAN"));
  assert_no_error (error);
  /* COW 365 names Russia throughout, so the revolution's years need no rule. */
  assert_non_null (
    bilateral_registry_resolve_full (reg, "365", BILATERAL_CODE_SCHEME_COW, in_1920, BILATERAL_RESOLVE_STRICT, &error));
  assert_no_error (error);
  assert_null (bilateral_registry_resolve_full (reg, "PAK", BILATERAL_CODE_SCHEME_ISO_ALPHA3, in_1995,
                                                BILATERAL_RESOLVE_STRICT | BILATERAL_RESOLVE_FOLLOW_CONTINUATION, &error));
  assert_error (error, BILATERAL_ERROR_INVALID, "not both");
}

static void
test_statuses (void **state)
{
  BilateralRegistry *reg = bilateral_registry_get_default ();
  static const struct {
    const char *id;
    BilateralStateStatus status;
  } cases[] = {
    { "PAK", BILATERAL_STATE_STATUS_SOVEREIGN },
    { "VAT", BILATERAL_STATE_STATUS_SOVEREIGN },
    { "PSE", BILATERAL_STATE_STATUS_PARTIALLY_RECOGNIZED },
    { "TWN", BILATERAL_STATE_STATUS_PARTIALLY_RECOGNIZED },
    { "KOS", BILATERAL_STATE_STATUS_PARTIALLY_RECOGNIZED },
    { "HKG", BILATERAL_STATE_STATUS_PART_OF_STATE },
    { "PRI", BILATERAL_STATE_STATUS_DEPENDENT_TERRITORY },
    { "ESH", BILATERAL_STATE_STATUS_DISPUTED_TERRITORY },
    { "COK", BILATERAL_STATE_STATUS_ASSOCIATED_STATE },
    { "ATA", BILATERAL_STATE_STATUS_INTERNATIONAL },
    { "ANT", BILATERAL_STATE_STATUS_PART_OF_STATE },
    { "SKM", BILATERAL_STATE_STATUS_DEPENDENT_TERRITORY },
  };
  g_autoptr (BilateralDate) in_1970 = date ("1970");
  g_autoptr (BilateralDate) in_2000 = date ("2000");
  GError *error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      BilateralState *s = bilateral_registry_lookup_id (reg, cases[i].id);
      assert_non_null (s);
      assert_int_equal (bilateral_state_get_status (s), cases[i].status);
    }
  assert_string_equal (bilateral_state_status_to_string (BILATERAL_STATE_STATUS_PART_OF_STATE), "part-of-state");
  assert_string_equal (bilateral_actor_get_name (BILATERAL_ACTOR (bilateral_registry_lookup_id (reg, "BLR"))), "Belarus");
  /* ISO-keyed data finds every entity; withdrawn codes within their dates. */
  assert_string_equal (resolved_id ("PSE", BILATERAL_CODE_SCHEME_ISO_ALPHA3, "1985"), "PSE");
  assert_string_equal (resolved_id ("HKG", BILATERAL_CODE_SCHEME_CAMEO, "2012"), "HKG");
  assert_string_equal (resolved_id ("SK", BILATERAL_CODE_SCHEME_ISO_ALPHA2, "1970"), "SKM");
  assert_string_equal (resolved_id ("SK", BILATERAL_CODE_SCHEME_ISO_ALPHA2, "2000"), "SVK");
  assert_string_equal (resolved_id ("626", BILATERAL_CODE_SCHEME_ISO_NUMERIC, "1990"), "TMP");
  assert_string_equal (resolved_id ("626", BILATERAL_CODE_SCHEME_ISO_NUMERIC, "2010"), "TLS");
  assert_null (
    bilateral_registry_resolve_full (reg, "NHB", BILATERAL_CODE_SCHEME_ISO_ALPHA3, in_2000, BILATERAL_RESOLVE_STRICT, &error));
  assert_error (error, BILATERAL_ERROR_NOT_FOUND, "New Hebrides");
  /* The state-system panels stay the COW and G-W members. */
  {
    g_autoptr (GListModel) states = bilateral_registry_get_states_in_year (reg, 1970);
    for (guint i = 0; i < g_list_model_get_n_items (states); i++)
      {
        g_autoptr (BilateralState) s = g_list_model_get_item (states, i);
        assert_non_null (bilateral_registry_get_code (reg, s, BILATERAL_CODE_SCHEME_GW, in_1970)
                           ?: bilateral_registry_get_code (reg, s, BILATERAL_CODE_SCHEME_COW, in_1970));
      }
  }
}

static void
test_names (void **state)
{
  BilateralRegistry *reg = bilateral_registry_get_default ();
  static const char *const cases[][2] = {
    { "  Pakistan ", "PAK" },
    { "Côte d’Ivoire", "CIV" },
    { "Lao People’s Democratic Republic", "LAO" },
    { "Bosnia & Herzegovina", "BIH" },
    { "Bolivia (Plurinational State of)", "BOL" },
    { "Congo (the)", "COG" },
    { "Korea, Rep.", "KOR" },
    { "Congo, Dem. Rep.", "COD" },
    { "USA", "USA" },
    { "U.S.", "USA" },
    { "UAE", "ARE" },
    { "DPRK", "PRK" },
    { "ROK", "KOR" },
    { "DRC", "COD" },
    { "Bangladesch", "BGD" },
    { "Macédoine du Nord", "MKD" },
    { "Gold Coast", "GHA" },
    { "Ukrainian SSR", "UKR" },
    { "Zaire", "COD" },
    { "Yugoslavia", "YUG" },
    { "Occupied Palestinian Territory", "PSE" },
    { "the former Yugoslav Republic of Macedonia", "MKD" },
    { "Democratic Republic of Congo", "COD" },
    { "Holy See", "VAT" },
    { "Hong Kong", "HKG" },
    { "India", "IND" },
  };
  static const char *const ambiguous[] = { "Congo", "Korea", "Guinea", "Micronesia" };
  g_autoptr (BilateralDate) in_2005 = date ("2005");
  g_autoptr (BilateralDate) in_1970 = date ("1970");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      BilateralState *s = bilateral_registry_lookup_name (reg, cases[i][0]);
      if (s == NULL || !g_str_equal (bilateral_actor_get_id (BILATERAL_ACTOR (s)), cases[i][1]))
        fail_msg ("“%s” gives %s, not %s", cases[i][0], s ? bilateral_actor_get_id (BILATERAL_ACTOR (s)) : "nothing",
                  cases[i][1]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (ambiguous); i++)
    {
      g_autoptr (GListModel) candidates = bilateral_registry_lookup_names (reg, ambiguous[i]);
      assert_null (bilateral_registry_lookup_name (reg, ambiguous[i]));
      assert_true (g_list_model_get_n_items (candidates) >= 2);
    }
  {
    g_autoptr (GListModel) none = bilateral_registry_lookup_names (reg, "Atlantis");
    assert_int_equal (g_list_model_get_n_items (none), 0);
  }
  assert_string_equal (bilateral_actor_get_id (BILATERAL_ACTOR (bilateral_registry_lookup_name_at (reg, "Yugoslavia", in_2005))),
                       "SCG");
  assert_string_equal (bilateral_actor_get_id (BILATERAL_ACTOR (bilateral_registry_lookup_name_at (reg, "Yugoslavia", in_1970))),
                       "YUG");
  assert_string_equal (bilateral_actor_get_id (BILATERAL_ACTOR (bilateral_registry_lookup_name_at (reg, "Russia", in_1970))),
                       "SUN");
}

static void
test_convert_columns (void **state)
{
  BilateralRegistry *reg = bilateral_registry_get_default ();
  const char *codes[] = { "20", "20", "365", "255", "255", NULL };
  const char *dates[] = { "1919", "1950", "1990", "1980", "1995", NULL };
  const char *names[] = { "Pakistan", "Congo", "Yugoslavia", "Atlantis", NULL };
  const char *name_dates[] = { "", "", "2005", "", NULL };
  const char *short_dates[] = { "1990", NULL };
  const char *bad_dates[] = { "1990", "1990", "19x0", "1990", "1990", NULL };
  g_autoptr (BilateralDate) in_1990 = date ("1990");
  GError *error = NULL;
  guint failed = 0;
  g_auto (GStrv) iso = bilateral_registry_convert_codes (reg, codes, BILATERAL_CODE_SCHEME_COW, BILATERAL_CODE_SCHEME_ISO_ALPHA3,
                                                         dates, NULL, &failed, &error);
  g_auto (GStrv) at = NULL;
  g_auto (GStrv) by_name = NULL;

  assert_no_error (error);
  assert_int_equal (g_strv_length (iso), 5);
  assert_string_equal (iso[0], "");
  assert_string_equal (iso[1], "CAN");
  assert_string_equal (iso[2], "SUN");
  assert_string_equal (iso[3], "");
  assert_string_equal (iso[4], "DEU");
  assert_int_equal (failed, 2);
  at = bilateral_registry_convert_codes (reg, codes, BILATERAL_CODE_SCHEME_COW, BILATERAL_CODE_SCHEME_GW, NULL, in_1990, &failed,
                                         &error);
  assert_no_error (error);
  assert_string_equal (at[2], "365");
  assert_string_equal (at[3], "260");
  assert_int_equal (failed, 0);
  by_name = bilateral_registry_convert_names (reg, names, BILATERAL_CODE_SCHEME_COW, name_dates, NULL, &failed, &error);
  assert_no_error (error);
  assert_string_equal (by_name[0], "770");
  assert_string_equal (by_name[1], "");
  assert_string_equal (by_name[2], "345");
  assert_string_equal (by_name[3], "");
  assert_int_equal (failed, 2);
  assert_null (bilateral_registry_convert_codes (reg, codes, BILATERAL_CODE_SCHEME_COW, BILATERAL_CODE_SCHEME_GW, short_dates,
                                                 NULL, NULL, &error));
  assert_error (error, BILATERAL_ERROR_INVALID, "5 values but 1 dates");
  assert_null (bilateral_registry_convert_codes (reg, codes, BILATERAL_CODE_SCHEME_COW, BILATERAL_CODE_SCHEME_GW, bad_dates, NULL,
                                                 NULL, &error));
  assert_error (error, BILATERAL_ERROR_PARSE, "date 3:", "19x0");
}

static void
test_convert (void **state)
{
  BilateralRegistry *reg = bilateral_registry_get_default ();
  g_autoptr (BilateralDate) in_1995 = date ("1995");
  g_autoptr (BilateralDate) in_1980 = date ("1980");
  g_autoptr (BilateralDate) in_1950 = date ("1950");
  GError *error = NULL;
  g_autofree char *gw = bilateral_registry_convert (reg, "255", BILATERAL_CODE_SCHEME_COW, BILATERAL_CODE_SCHEME_GW, in_1995,
                                                    &error);
  g_autofree char *cow = bilateral_registry_convert (reg, "260", BILATERAL_CODE_SCHEME_GW, BILATERAL_CODE_SCHEME_COW, in_1980,
                                                     &error);
  g_autofree char *sun = bilateral_registry_convert (reg, "365", BILATERAL_CODE_SCHEME_COW, BILATERAL_CODE_SCHEME_ISO_ALPHA3,
                                                     in_1980, &error);
  g_autofree char *yem = bilateral_registry_convert (reg, "679", BILATERAL_CODE_SCHEME_COW, BILATERAL_CODE_SCHEME_GW, in_1995,
                                                     &error);

  assert_no_error (error);
  assert_string_equal (gw, "260");
  assert_string_equal (cow, "260");
  assert_string_equal (sun, "SUN");
  assert_string_equal (yem, "678");
  assert_null (bilateral_registry_convert (reg, "260", BILATERAL_CODE_SCHEME_GW, BILATERAL_CODE_SCHEME_COW, in_1950, &error));
  assert_error (error, BILATERAL_ERROR_NOT_FOUND, "Germany (G-W code “260”) had no COW code on 1950");
}

static void
test_lookups_and_codes (void **state)
{
  BilateralRegistry *reg = bilateral_registry_get_default ();
  BilateralState *sun = bilateral_registry_lookup_id (reg, "SUN");
  BilateralState *deu = bilateral_registry_lookup_id (reg, "DEU");
  g_autoptr (BilateralDate) in_1980 = date ("1980");
  GPtrArray *spells;

  assert_non_null (sun);
  assert_ptr_equal (bilateral_registry_lookup_name (reg, "Soviet Union"), sun);
  assert_ptr_equal (bilateral_registry_lookup_name (reg, "ussr"), sun);
  assert_ptr_equal (bilateral_registry_lookup_name (reg, "burma"), bilateral_registry_lookup_id (reg, "MMR"));
  assert_ptr_equal (bilateral_registry_lookup_name (reg, "COTE D'IVOIRE"), bilateral_registry_lookup_id (reg, "CIV"));
  assert_null (bilateral_registry_lookup_name (reg, "Atlantis"));
  assert_null (bilateral_registry_lookup_id (reg, "ATL"));

  assert_string_equal (bilateral_state_get_code (sun, BILATERAL_CODE_SCHEME_ISO_ALPHA3), "SUN");
  assert_string_equal (bilateral_state_get_code (sun, BILATERAL_CODE_SCHEME_COW), "365");
  assert_string_equal (bilateral_state_get_code (deu, BILATERAL_CODE_SCHEME_COW), "255");
  assert_string_equal (bilateral_registry_get_code (reg, deu, BILATERAL_CODE_SCHEME_COW, in_1980), "260");
  assert_string_equal (bilateral_registry_get_code (reg, deu, BILATERAL_CODE_SCHEME_COW, NULL), "255");
  assert_null (bilateral_state_get_code (bilateral_registry_lookup_id (reg, "KOS"), BILATERAL_CODE_SCHEME_ISO_ALPHA3));
  assert_string_equal (bilateral_state_get_code (bilateral_registry_lookup_id (reg, "KOS"), BILATERAL_CODE_SCHEME_CAMEO), "KSV");

  spells = bilateral_state_get_spells (bilateral_registry_lookup_id (reg, "AFG"));
  assert_int_equal (spells->len, 2);
  assert_true (bilateral_registry_is_microstate (reg, bilateral_registry_lookup_id (reg, "MCO")));
  assert_false (bilateral_registry_is_microstate (reg, sun));
  assert_true (g_list_model_get_n_items (bilateral_registry_get_states (reg)) > 220);
}

static void
test_successions (void **state)
{
  BilateralRegistry *reg = bilateral_registry_get_default ();
  GListModel *preds = bilateral_state_get_predecessors (bilateral_registry_lookup_id (reg, "RUS"));
  GListModel *succs = bilateral_state_get_successors (bilateral_registry_lookup_id (reg, "SUN"));
  g_autoptr (BilateralSuccession) link = g_list_model_get_item (preds, 0);

  assert_int_equal (g_list_model_get_n_items (preds), 1);
  assert_string_equal (bilateral_succession_get_predecessor_id (link), "SUN");
  assert_int_equal (bilateral_succession_get_kind (link), BILATERAL_SUCCESSION_CONTINUATION);
  assert_int_equal (g_list_model_get_n_items (succs), 15);
}

static void
test_panel (void **state)
{
  BilateralRegistry *reg = bilateral_registry_get_default ();
  g_autoptr (GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr (GOutputStream) dyads = g_memory_output_stream_new_resizable ();
  g_autoptr (GListModel) in_1991 = bilateral_registry_get_states_in_year (reg, 1991);
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  GError *error = NULL;
  gboolean has_sun = FALSE, has_rus = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (in_1991); i++)
    {
      g_autoptr (BilateralActor) s = g_list_model_get_item (in_1991, i);
      has_sun |= g_str_equal (bilateral_actor_get_id (s), "SUN");
      has_rus |= g_str_equal (bilateral_actor_get_id (s), "RUS");
    }
  assert_true (has_sun);
  assert_false (has_rus);

  assert_true (bilateral_registry_write_panel (reg, 1991, 1992, FALSE, out, NULL, &error));
  assert_no_error (error);
  g_output_stream_close (out, NULL, NULL);
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  assert_true (g_str_has_prefix (text, "year,id,name,iso3,ccode,stateabb,gwcode,gwabb,in_cow,in_gw\n"));
  assert_non_null (strstr (text, "\n1991,SUN,Union of Soviet Socialist Republics,SUN,365,RUS,365,RUS,1,1\n"));
  assert_non_null (strstr (text, "\n1992,RUS,Russian Federation,RUS,365,RUS,365,RUS,1,1\n"));
  assert_null (strstr (text, "\n1991,RUS,"));
  assert_null (strstr (text, "british-india")); /* it ended in 1947 */

  assert_true (bilateral_registry_write_panel (reg, 1950, 1950, TRUE, dyads, NULL, &error));
  assert_false (bilateral_registry_write_panel (reg, 1990, 1980, FALSE, dyads, NULL, &error));
  assert_error (error, BILATERAL_ERROR_DATE, "1990 to 1980");
}

static void
test_code_scheme_names (void **state)
{
  BilateralCodeScheme scheme;

  assert_true (bilateral_code_scheme_from_string ("gw_letters", &scheme));
  assert_int_equal (scheme, BILATERAL_CODE_SCHEME_GW_LETTERS);
  assert_true (bilateral_code_scheme_from_string ("ISO3", &scheme));
  assert_int_equal (scheme, BILATERAL_CODE_SCHEME_ISO_ALPHA3);
  assert_false (bilateral_code_scheme_from_string ("fips", &scheme));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_resolve),
    cmocka_unit_test (test_resolve_today),
    cmocka_unit_test (test_resolve_errors),
    cmocka_unit_test (test_convert),
    cmocka_unit_test (test_lookups_and_codes),
    cmocka_unit_test (test_resolve_by_scheme),
    cmocka_unit_test (test_statuses),
    cmocka_unit_test (test_names),
    cmocka_unit_test (test_convert_columns),
    cmocka_unit_test (test_successions),
    cmocka_unit_test (test_panel),
    cmocka_unit_test (test_code_scheme_names),
  };
  return cmocka_run_group_tests_name ("registry", tests, NULL, NULL);
}
