/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "test-util.h"

static void
test_lookup (void **state)
{
  BilateralCameo *cameo = bilateral_cameo_get_default ();
  GError *error = NULL;
  BilateralCameoCode *code = bilateral_cameo_lookup (cameo, "036", &error);

  assert_no_error (error);
  assert_ptr_equal (bilateral_cameo_get_default (), cameo);
  assert_string_equal (bilateral_cameo_code_get_code (code), "036");
  assert_string_equal (bilateral_cameo_code_get_name (code), "Express intent to meet or negotiate");
  assert_int_equal (bilateral_cameo_code_get_level (code), 2);
  assert_string_equal (bilateral_cameo_code_get_root_code (code), "03");
  assert_string_equal (bilateral_cameo_code_get_base_code (code), "036");
  assert_int_equal (bilateral_cameo_code_get_quad_class (code), BILATERAL_QUAD_CLASS_VERBAL_COOPERATION);
  assert_float_equal (bilateral_cameo_code_get_goldstein (code), 4.0, 1e-12);
  assert_string_equal (bilateral_cameo_code_get_plover_type (code), "AGREE");
  assert_null (bilateral_cameo_code_get_plover_mode (code));
  assert_string_equal (bilateral_cameo_code_get_plover_contexts (code)[0], "diplomatic");
  assert_int_equal (g_list_model_get_n_items (bilateral_cameo_get_codes (cameo)), 311);
}

static void
test_codes_are_strings (void **state)
{
  BilateralCameo *cameo = bilateral_cameo_get_default ();
  GError *error = NULL;
  BilateralCameoCode *root = bilateral_cameo_lookup (cameo, "01", &error);
  BilateralCameoCode *statement = bilateral_cameo_lookup (cameo, "010", &error);

  assert_no_error (error);
  assert_int_equal (bilateral_cameo_code_get_level (root), 1);
  assert_null (bilateral_cameo_code_get_plover_type (root)); /* CAMEO 01 has no PLOVER type */
  assert_string_equal (bilateral_cameo_code_get_root_code (statement), "01");
  /* "10" is another code: the root DEMAND, not "010". */
  assert_int_equal (bilateral_cameo_code_get_quad_class (bilateral_cameo_lookup (cameo, "10", NULL)),
                    BILATERAL_QUAD_CLASS_VERBAL_CONFLICT);
  assert_int_equal (bilateral_cameo_code_get_quad_class (statement), BILATERAL_QUAD_CLASS_VERBAL_COOPERATION);
  assert_null (bilateral_cameo_lookup (cameo, "099", &error));
  assert_error (error, BILATERAL_ERROR_NOT_FOUND, "“099” is not a code of the CAMEO codebook");
  assert_null (bilateral_cameo_lookup (cameo, "13y", &error));
  assert_error (error, BILATERAL_ERROR_NOT_FOUND, "“13y”", "two to four digits");
}

static void
test_every_code_is_consistent (void **state)
{
  GListModel *codes = bilateral_cameo_get_codes (bilateral_cameo_get_default ());

  for (guint i = 0; i < g_list_model_get_n_items (codes); i++)
    {
      g_autoptr (BilateralCameoCode) code = g_list_model_get_item (codes, i);
      const char *text = bilateral_cameo_code_get_code (code);
      int root = (text[0] - '0') * 10 + (text[1] - '0');
      BilateralQuadClass quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;

      assert_true (bilateral_cameo_code_is_valid (text));
      assert_int_equal (bilateral_cameo_code_get_level (code), strlen (text) - 1);
      assert_true (g_str_has_prefix (text, bilateral_cameo_code_get_root_code (code)));
      assert_int_equal (bilateral_cameo_code_get_quad_class (code), quad);
      assert_true (bilateral_cameo_code_get_goldstein (code) >= -10 && bilateral_cameo_code_get_goldstein (code) <= 10);
      /* Every code below root 03 maps to a PLOVER type. */
      if (root >= 3)
        assert_non_null (bilateral_cameo_code_get_plover_type (code));
    }
}

static void
test_plover_modes (void **state)
{
  BilateralCameo *cameo = bilateral_cameo_get_default ();
  BilateralCameoCode *visit = bilateral_cameo_lookup (cameo, "042", NULL);
  BilateralCameoCode *economic = bilateral_cameo_lookup (cameo, "0311", NULL);

  assert_string_equal (bilateral_cameo_code_get_plover_type (visit), "CONSULT");
  assert_string_equal (bilateral_cameo_code_get_plover_mode (visit), "visit");
  assert_null (bilateral_cameo_code_get_plover_contexts (visit)[0]);
  assert_string_equal (bilateral_cameo_code_get_plover_contexts (economic)[0], "economic");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_lookup),
    cmocka_unit_test (test_codes_are_strings),
    cmocka_unit_test (test_every_code_is_consistent),
    cmocka_unit_test (test_plover_modes),
  };
  return cmocka_run_group_tests_name ("cameo", tests, NULL, NULL);
}
