/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "test-util.h"

static BilateralDate *
date (const char *text)
{
  return bilateral_date_parse (text, NULL);
}

static void
test_state (void **state)
{
  g_autoptr (BilateralDate) existence = date ("1947-08-14/..");
  g_autoptr (BilateralDate) before = date ("1946");
  g_autoptr (BilateralDate) during = date ("1958");
  const char *aliases[] = { "Islamic Republic of Pakistan", NULL };
  g_autoptr (BilateralState) pak = g_object_new (BILATERAL_TYPE_STATE, "id", "PAK", "name", "Pakistan", "existence", existence,
                                                 "aliases", aliases, "iso2", "PK", "iso3", "PAK", "isonum", "586", "cow", "770",
                                                 "cow-letters", "PAK", "gw", "770", "gw-letters", "PAK", "cameo", "", NULL);
  BilateralActor *actor = BILATERAL_ACTOR (pak);

  assert_string_equal (bilateral_actor_get_id (actor), "PAK");
  assert_string_equal (bilateral_actor_get_name (actor), "Pakistan");
  assert_int_equal (bilateral_actor_get_kind (actor), BILATERAL_ACTOR_KIND_STATE);
  assert_ptr_equal (bilateral_actor_get_existence (actor), existence);
  assert_string_equal (bilateral_actor_get_aliases (actor)[0], "Islamic Republic of Pakistan");
  assert_null (bilateral_actor_get_aliases (actor)[1]);
  assert_int_equal (g_list_model_get_n_items (bilateral_actor_get_citations (actor)), 0);
  assert_false (bilateral_actor_existed_during (actor, before));
  assert_true (bilateral_actor_existed_during (actor, during));

  assert_string_equal (bilateral_state_get_code (pak, BILATERAL_CODE_SCHEME_ISO_ALPHA2), "PK");
  assert_string_equal (bilateral_state_get_code (pak, BILATERAL_CODE_SCHEME_ISO_ALPHA3), "PAK");
  assert_string_equal (bilateral_state_get_code (pak, BILATERAL_CODE_SCHEME_ISO_NUMERIC), "586");
  assert_string_equal (bilateral_state_get_code (pak, BILATERAL_CODE_SCHEME_COW), "770");
  assert_string_equal (bilateral_state_get_code (pak, BILATERAL_CODE_SCHEME_COW_LETTERS), "PAK");
  assert_string_equal (bilateral_state_get_code (pak, BILATERAL_CODE_SCHEME_GW), "770");
  assert_string_equal (bilateral_state_get_code (pak, BILATERAL_CODE_SCHEME_GW_LETTERS), "PAK");
  assert_null (bilateral_state_get_code (pak, BILATERAL_CODE_SCHEME_CAMEO)); /* "" means none */
  assert_int_equal (g_list_model_get_n_items (bilateral_state_get_predecessors (pak)), 0);
  assert_int_equal (g_list_model_get_n_items (bilateral_state_get_successors (pak)), 0);
}

static void
test_scheme_names (void **state)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (BILATERAL_TYPE_CODE_SCHEME);

  assert_int_equal (klass->n_values, BILATERAL_N_CODE_SCHEMES);
  assert_string_equal (bilateral_code_scheme_to_string (BILATERAL_CODE_SCHEME_COW_LETTERS), "cow-letters");
  assert_string_equal (bilateral_code_scheme_to_string (BILATERAL_CODE_SCHEME_CAMEO), "cameo");
  /* Every scheme name is a property of BilateralState. */
  for (guint s = 0; s < BILATERAL_N_CODE_SCHEMES; s++)
    {
      g_autoptr (GTypeClass) state_class = g_type_class_ref (BILATERAL_TYPE_STATE);
      assert_non_null (g_object_class_find_property (G_OBJECT_CLASS (state_class), bilateral_code_scheme_to_string (s)));
    }
}

static void
test_other_actors (void **state)
{
  g_autoptr (BilateralDate) existence = date ("1954-09-08/1977-06-30");
  g_autoptr (BilateralOrganization) seato = bilateral_organization_new ("SEATO", "Southeast Asia Treaty Organization", existence);
  g_autoptr (BilateralGroup) taliban = bilateral_group_new ("TALIBAN", NULL, NULL);
  g_autoptr (BilateralState) pak = bilateral_state_new ("PAK", "Pakistan", NULL);
  g_autoptr (BilateralPerson)
    liaquat = bilateral_person_new ("liaquat", "Liaquat Ali Khan", BILATERAL_ACTOR (pak), "Prime Minister");
  g_autoptr (BilateralPerson) nobody = bilateral_person_new ("x", "X", NULL, NULL);
  g_autoptr (BilateralDate) any = date ("1960");
  BilateralActorKind kind;

  assert_int_equal (bilateral_actor_get_kind (BILATERAL_ACTOR (seato)), BILATERAL_ACTOR_KIND_ORGANIZATION);
  assert_int_equal (bilateral_actor_get_kind (BILATERAL_ACTOR (taliban)), BILATERAL_ACTOR_KIND_GROUP);
  assert_int_equal (bilateral_actor_get_kind (BILATERAL_ACTOR (liaquat)), BILATERAL_ACTOR_KIND_PERSON);
  g_object_get (liaquat, "kind", &kind, NULL);
  assert_int_equal (kind, BILATERAL_ACTOR_KIND_PERSON);
  assert_string_equal (bilateral_actor_get_name (BILATERAL_ACTOR (taliban)), "TALIBAN"); /* the id stands in */
  assert_null (bilateral_actor_get_existence (BILATERAL_ACTOR (taliban)));
  assert_true (bilateral_actor_existed_during (BILATERAL_ACTOR (taliban), any));
  assert_ptr_equal (bilateral_person_get_affiliation (liaquat), pak);
  assert_string_equal (bilateral_person_get_role (liaquat), "Prime Minister");
  assert_null (bilateral_person_get_affiliation (nobody));
  assert_null (bilateral_person_get_role (nobody));
}

static void
test_citation_and_source (void **state)
{
  g_autoptr (BilateralCitation) c = bilateral_citation_new ("essay", 2, 3, "first serious move");
  g_autoptr (BilateralCitation)
    s = g_object_new (BILATERAL_TYPE_CITATION, "source-id", "treaty", "supplement", TRUE, "note", "the date of signature", NULL);
  g_autoptr (BilateralDate) published = date ("2015-06-20");
  g_autoptr (BilateralSource)
    source = g_object_new (BILATERAL_TYPE_SOURCE, "id", "essay", "title", "An essay", "author", "Someone", "url",
                           "https://example.org/essay", "published", published, "note", "CC", NULL);
  g_autoptr (BilateralSource) bare = bilateral_source_new ("bare", NULL);

  assert_string_equal (bilateral_citation_get_source_id (c), "essay");
  assert_int_equal (bilateral_citation_get_paragraph (c), 2);
  assert_int_equal (bilateral_citation_get_sentence (c), 3);
  assert_string_equal (bilateral_citation_get_quote (c), "first serious move");
  assert_null (bilateral_citation_get_note (c));
  assert_false (bilateral_citation_get_supplement (c));
  assert_true (bilateral_citation_get_supplement (s));
  assert_string_equal (bilateral_citation_get_note (s), "the date of signature");
  assert_int_equal (bilateral_citation_get_paragraph (s), 0);

  assert_string_equal (bilateral_source_get_id (source), "essay");
  assert_string_equal (bilateral_source_get_title (source), "An essay");
  assert_string_equal (bilateral_source_get_author (source), "Someone");
  assert_string_equal (bilateral_source_get_url (source), "https://example.org/essay");
  assert_ptr_equal (bilateral_source_get_published (source), published);
  assert_string_equal (bilateral_source_get_note (source), "CC");
  assert_null (bilateral_source_get_title (bare));
  assert_null (bilateral_source_get_published (bare));
}

static void
test_succession (void **state)
{
  g_autoptr (BilateralDate) when = date ("1991-12-26");
  g_autoptr (BilateralSuccession) link = bilateral_succession_new ("SUN", "RUS", BILATERAL_SUCCESSION_CONTINUATION, when);
  g_autoptr (GListStore) citations = g_list_store_new (BILATERAL_TYPE_CITATION);
  g_autoptr (BilateralCitation) c = bilateral_citation_new ("essay", 1, 3, "legal heir of USSR");
  g_autoptr (BilateralSuccession) cited = NULL;

  assert_string_equal (bilateral_succession_get_predecessor_id (link), "SUN");
  assert_string_equal (bilateral_succession_get_successor_id (link), "RUS");
  assert_int_equal (bilateral_succession_get_kind (link), BILATERAL_SUCCESSION_CONTINUATION);
  assert_ptr_equal (bilateral_succession_get_date (link), when);
  assert_int_equal (g_list_model_get_n_items (bilateral_succession_get_citations (link)), 0);

  g_list_store_append (citations, c);
  cited = g_object_new (BILATERAL_TYPE_SUCCESSION, "predecessor-id", "PAK", "successor-id", "BGD", "kind",
                        BILATERAL_SUCCESSION_SECESSION, "citations", citations, NULL);
  /* The list is copied: changing the caller's store changes nothing. */
  g_list_store_remove_all (citations);
  assert_int_equal (g_list_model_get_n_items (bilateral_succession_get_citations (cited)), 1);
  assert_null (bilateral_succession_get_date (cited));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_state),        cmocka_unit_test (test_scheme_names),
    cmocka_unit_test (test_other_actors), cmocka_unit_test (test_citation_and_source),
    cmocka_unit_test (test_succession),
  };
  return cmocka_run_group_tests_name ("actors", tests, NULL, NULL);
}
