/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "bilateral-private.h"

/* Loading and saving without blocking a main loop. Part of
 * BilateralArchive. The work runs in a GTask's thread on data no one else
 * touches: a load builds a new archive; a save writes the document that
 * the caller's thread serialised before the thread started. */

static void
load_thread (GTask *task, gpointer source, gpointer path, GCancellable *cancellable)
{
  GError *error = NULL;
  BilateralArchive *archive = bilateral_archive_new_from_file (path, &error);

  if (archive)
    g_task_return_pointer (task, archive, g_object_unref);
  else
    g_task_return_error (task, error);
}

/**
 * bilateral_archive_new_from_file_async:
 * @path: (type filename): the path of a `bilateral/1` JSON document
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called on the thread-default main context of
 *   the caller when the archive is read
 * @user_data: data for @callback
 *
 * Reads an archive from a file, as bilateral_archive_new_from_file()
 * does, in a thread. Cancelled, it finishes at once with
 * %G_IO_ERROR_CANCELLED.
 */
void
bilateral_archive_new_from_file_async (const char *path, GCancellable *cancellable, GAsyncReadyCallback callback,
                                       gpointer user_data)
{
  g_autoptr (GTask) task = NULL;

  g_return_if_fail (path != NULL);
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, bilateral_archive_new_from_file_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, load_thread);
}

/**
 * bilateral_archive_new_from_file_finish:
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Finishes bilateral_archive_new_from_file_async().
 *
 * Returns: (transfer full): the archive, or %NULL with @error set
 */
BilateralArchive *
bilateral_archive_new_from_file_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == bilateral_archive_new_from_file_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct {
  char *path;
  char *data;
  gsize length;
} SaveData;

static void
save_data_free (SaveData *s)
{
  g_free (s->path);
  g_free (s->data);
  g_free (s);
}

static void
save_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  SaveData *s = task_data;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (_bilateral_archive_write_file (s->path, s->data, s->length, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * bilateral_archive_save_to_file_async:
 * @self: an archive
 * @path: (type filename): where to write
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called on the thread-default main context of
 *   the caller when the file is written
 * @user_data: data for @callback
 *
 * Writes the archive as bilateral_archive_save_to_file() does: the
 * document is made at once, as the archive is now, and written (atomically)
 * in a thread. Cancelled before the write starts, nothing is written.
 */
void
bilateral_archive_save_to_file_async (BilateralArchive *self, const char *path, GCancellable *cancellable,
                                      GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = NULL;
  SaveData *s;

  g_return_if_fail (BILATERAL_IS_ARCHIVE (self));
  g_return_if_fail (path != NULL);

  s = g_new0 (SaveData, 1);
  s->path = g_strdup (path);
  s->data = bilateral_archive_to_data (self, &s->length);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, bilateral_archive_save_to_file_async);
  g_task_set_task_data (task, s, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

/**
 * bilateral_archive_save_to_file_finish:
 * @self: an archive
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Finishes bilateral_archive_save_to_file_async().
 *
 * Returns: %TRUE if the file was written
 */
gboolean
bilateral_archive_save_to_file_finish (BilateralArchive *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == bilateral_archive_save_to_file_async, FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
