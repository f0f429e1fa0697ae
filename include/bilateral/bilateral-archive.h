/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(BILATERAL_INSIDE) && !defined(BILATERAL_COMPILATION)
#error "Only <bilateral/bilateral.h> can be included directly."
#endif

#include "bilateral-actor.h"
#include "bilateral-event-format.h"
#include "bilateral-event.h"
#include "bilateral-event-filter.h"
#include "bilateral-event-load.h"
#include "bilateral-phase.h"
#include "bilateral-relation.h"
#include "bilateral-source.h"
#include "bilateral-succession.h"
#include "bilateral-version.h"

G_BEGIN_DECLS

/**
 * BILATERAL_FORMAT:
 *
 * The value of the `format` member of the documents this version reads
 * and writes.
 */
#define BILATERAL_FORMAT "bilateral/1"

#define BILATERAL_TYPE_ARCHIVE (bilateral_archive_get_type ())

BILATERAL_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (BilateralArchive, bilateral_archive, BILATERAL, ARCHIVE, GObject)

BILATERAL_AVAILABLE_IN_ALL
BilateralArchive *bilateral_archive_new (void);
BILATERAL_AVAILABLE_IN_ALL
BilateralArchive *bilateral_archive_new_from_file (const char *path,
                                                   GError    **error);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_archive_new_from_file_async (const char          *path,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
BILATERAL_AVAILABLE_IN_ALL
BilateralArchive *bilateral_archive_new_from_file_finish (GAsyncResult *result,
                                                          GError      **error);
BILATERAL_AVAILABLE_IN_ALL
BilateralArchive *bilateral_archive_new_from_data (const char *data,
                                                   gssize      length,
                                                   GError    **error);
BILATERAL_AVAILABLE_IN_ALL
char **bilateral_archive_list_builtin (void);
BILATERAL_AVAILABLE_IN_ALL
BilateralArchive *bilateral_archive_load_builtin (const char *name,
                                                  GError    **error);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_archive_save_to_file (BilateralArchive *self,
                                         const char       *path,
                                         GError          **error);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_archive_save_to_file_async (BilateralArchive    *self,
                                           const char          *path,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_archive_save_to_file_finish (BilateralArchive *self,
                                                GAsyncResult     *result,
                                                GError          **error);
BILATERAL_AVAILABLE_IN_ALL
char *bilateral_archive_to_data (BilateralArchive *self,
                                 gsize            *length);
BILATERAL_AVAILABLE_IN_ALL
char *bilateral_archive_to_string (BilateralArchive *self);

BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_archive_get_title (BilateralArchive *self);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_archive_set_title (BilateralArchive *self,
                                  const char       *title);
BILATERAL_AVAILABLE_IN_ALL
const char *bilateral_archive_get_description (BilateralArchive *self);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_archive_set_description (BilateralArchive *self,
                                        const char       *description);

BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_archive_get_sources (BilateralArchive *self);
BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_archive_get_actors (BilateralArchive *self);
BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_archive_get_successions (BilateralArchive *self);
BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_archive_get_events (BilateralArchive *self);
BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_archive_get_phases (BilateralArchive *self);

BILATERAL_AVAILABLE_IN_ALL
BilateralSource *bilateral_archive_lookup_source (BilateralArchive *self,
                                                  const char       *id);
BILATERAL_AVAILABLE_IN_ALL
BilateralActor *bilateral_archive_lookup_actor (BilateralArchive *self,
                                                const char       *code);
BILATERAL_AVAILABLE_IN_ALL
BilateralEvent *bilateral_archive_lookup_event (BilateralArchive *self,
                                                const char       *id);
BILATERAL_AVAILABLE_IN_ALL
BilateralPhase *bilateral_archive_lookup_phase (BilateralArchive *self,
                                                const char       *id);

BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_archive_add_source (BilateralArchive *self,
                                       BilateralSource  *source,
                                       GError          **error);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_archive_add_actor (BilateralArchive *self,
                                      BilateralActor   *actor,
                                      GError          **error);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_archive_add_succession (BilateralArchive    *self,
                                           BilateralSuccession *succession,
                                           GError             **error);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_archive_add_event (BilateralArchive *self,
                                      BilateralEvent   *event,
                                      GError          **error);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_archive_add_phase (BilateralArchive *self,
                                      BilateralPhase   *phase,
                                      GError          **error);
BILATERAL_AVAILABLE_IN_ALL
BilateralEventLoad *bilateral_archive_load_events (BilateralArchive     *self,
                                                   const char           *path,
                                                   BilateralEventFormat  format,
                                                   BilateralEventFilter *filter,
                                                   GCancellable         *cancellable,
                                                   GError              **error);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_archive_load_events_async (BilateralArchive     *self,
                                          const char           *path,
                                          BilateralEventFormat  format,
                                          BilateralEventFilter *filter,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
BILATERAL_AVAILABLE_IN_ALL
BilateralEventLoad *bilateral_archive_load_events_finish (BilateralArchive *self,
                                                          GAsyncResult     *result,
                                                          GError          **error);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_archive_add_events_from_file (BilateralArchive     *self,
                                                 const char           *path,
                                                 BilateralEventFormat  format,
                                                 BilateralEventFilter *filter,
                                                 guint                *n_added,
                                                 guint                *n_skipped,
                                                 GCancellable         *cancellable,
                                                 GError              **error);
BILATERAL_AVAILABLE_IN_ALL
void bilateral_archive_add_events_from_file_async (BilateralArchive     *self,
                                                   const char           *path,
                                                   BilateralEventFormat  format,
                                                   BilateralEventFilter *filter,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_archive_add_events_from_file_finish (BilateralArchive *self,
                                                        GAsyncResult     *result,
                                                        guint            *n_added,
                                                        guint            *n_skipped,
                                                        GError          **error);
BILATERAL_AVAILABLE_IN_ALL
gboolean bilateral_archive_validate (BilateralArchive *self,
                                     GError          **error);

BILATERAL_AVAILABLE_IN_ALL
BilateralRelation *bilateral_archive_get_relation (BilateralArchive *self,
                                                   BilateralActor   *first,
                                                   BilateralActor   *second);
BILATERAL_AVAILABLE_IN_ALL
GListModel *bilateral_archive_get_relations (BilateralArchive *self);

G_END_DECLS
