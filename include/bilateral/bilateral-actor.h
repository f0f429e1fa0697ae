/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include <gio/gio.h>
#include "bilateral-date.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

/**
 * BilateralActorKind:
 * @BILATERAL_ACTOR_KIND_STATE: a sovereign state, #BilateralState
 * @BILATERAL_ACTOR_KIND_ORGANIZATION: an international organisation,
 *   #BilateralOrganization
 * @BILATERAL_ACTOR_KIND_GROUP: a non-state group, #BilateralGroup
 * @BILATERAL_ACTOR_KIND_PERSON: a person, #BilateralPerson
 *
 * What kind of actor a #BilateralActor is.
 */
typedef enum {
  BILATERAL_ACTOR_KIND_STATE,
  BILATERAL_ACTOR_KIND_ORGANIZATION,
  BILATERAL_ACTOR_KIND_GROUP,
  BILATERAL_ACTOR_KIND_PERSON,
} BilateralActorKind;

#define BILATERAL_TYPE_ACTOR (bilateral_actor_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_DERIVABLE_TYPE (BilateralActor, bilateral_actor, BILATERAL, ACTOR, GObject)

/**
 * BilateralActorClass:
 * @parent_class: the parent class
 * @kind: the kind of actor instances of the class are; a subclass sets it
 *   in its class_init
 *
 * The class of actors.
 */
struct _BilateralActorClass {
  GObjectClass parent_class;

  BilateralActorKind kind;

  /*< private >*/
  gpointer padding[8];
};

BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_actor_get_id (BilateralActor *self);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_actor_get_name (BilateralActor *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralActorKind bilateral_actor_get_kind (BilateralActor *self);
BILATERAL_AVAILABLE_IN_ALL
BilateralDate *bilateral_actor_get_existence (BilateralActor *self);
BILATERAL_AVAILABLE_IN_ALL
const char *const *bilateral_actor_get_aliases (BilateralActor *self);
BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_actor_get_citations (BilateralActor *self);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_actor_existed_during (BilateralActor      *self,
                                         const BilateralDate *date);

BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_actor_kind_to_string (BilateralActorKind value);

G_END_DECLS
