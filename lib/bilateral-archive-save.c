/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <math.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "bilateral-private.h"

/* Writing an archive as a `bilateral/1` document. Part of BilateralArchive.
 * The document is written by hand rather than with JsonGenerator, which
 * prints -4.4 as -4.4000000000000004: numbers here are printed with the
 * fewest digits that read back to the same double, so files stay as people
 * wrote them and a round trip changes nothing. */

typedef struct {
  GString *out;
  int depth;
  gboolean first; /* no member or element written yet at this depth */
  BilateralArchive *archive;
  int fd;          /* where a save spills what is written, or -1 */
  int write_errno; /* why spilling failed, or 0 */
} Writer;

static gboolean write_all (int fd, const char *data, gsize length);

/* A save writes the document a megabyte at a time, never whole in memory. */
static void
spill (Writer *w, gsize at_least)
{
  if (w->fd < 0 || w->out->len < at_least || w->write_errno != 0)
    return;
  if (!write_all (w->fd, w->out->str, w->out->len))
    w->write_errno = errno;
  g_string_truncate (w->out, 0);
}

static void
newline (Writer *w)
{
  static const char spaces[] = "                                "; /* 16 levels */

  g_string_append_c (w->out, '\n');
  for (int left = 2 * w->depth; left > 0; left -= (int) sizeof spaces - 1)
    g_string_append_len (w->out, spaces, MIN (left, (int) sizeof spaces - 1));
}

static void
write_string (Writer *w, const char *s)
{
  _bilateral_json_append_string (w->out, s, FALSE);
}

/* A short decimal (a weight, a coordinate) without printf, in what %.15g
 * would print: the digits of |value| × 10^k for the least k that makes it
 * whole, below 10^15, read back to check. FALSE if there is none. */
static gboolean
short_decimal (double value, char *buf)
{
  double magnitude = fabs (value), scale = 1;

  if (!(magnitude >= 1e-4 && magnitude < 1e15))
    return FALSE; /* %g writes an exponent there, or it is ±0 */
  for (int k = 0; k <= 9; k++, scale *= 10)
    {
      double m = magnitude * scale;
      char digits[24], *o = buf;
      guint64 n;
      int len = 0, last;

      if (m >= 1e15)
        return FALSE;
      if (m != floor (m))
        continue;
      for (n = (guint64) m; n > 0 || len <= k; n /= 10)
        digits[len++] = (char) ('0' + n % 10); /* least significant first */
      for (last = 0; last < k && digits[last] == '0'; last++)
        ; /* trailing zeros of the fraction, which %g drops */
      if (value < 0)
        *o++ = '-';
      for (int i = len - 1; i >= k; i--)
        *o++ = digits[i];
      if (last < k)
        *o++ = '.';
      for (int i = k - 1; i >= last; i--)
        *o++ = digits[i];
      *o = '\0';
      return g_ascii_strtod (buf, NULL) == value;
    }
  return FALSE;
}

static void
write_double (Writer *w, double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  /* The fewest digits that read back: a number with at most 15 has them
   * printed by %.15g (which drops trailing zeros), so start there. */
  static const char *const formats[] = { "%.15g", "%.16g", "%.17g" };

  if (short_decimal (value, buf))
    {
      g_string_append (w->out, buf);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buf, sizeof buf, formats[i], value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  g_string_append (w->out, buf);
}

static void
open_container (Writer *w, char bracket)
{
  g_string_append_c (w->out, bracket);
  w->depth++;
  w->first = TRUE;
}

static void
close_container (Writer *w, char bracket)
{
  gboolean empty = w->first;

  w->depth--;
  if (!empty)
    newline (w);
  g_string_append_c (w->out, bracket);
  w->first = FALSE;
}

static void
key (Writer *w, const char *name)
{
  if (!w->first)
    g_string_append_c (w->out, ',');
  newline (w);
  write_string (w, name);
  g_string_append (w->out, ": ");
  w->first = FALSE;
}

static void
element (Writer *w)
{
  if (!w->first)
    g_string_append_c (w->out, ',');
  newline (w);
  w->first = FALSE;
}

static void
member_string (Writer *w, const char *name, const char *value)
{
  if (value == NULL)
    return;
  key (w, name);
  write_string (w, value);
}

static void
member_date (Writer *w, const char *name, BilateralDate *date)
{
  g_autofree char *text = NULL;

  if (date == NULL)
    return;
  text = bilateral_date_to_string (date);
  member_string (w, name, text);
}

static void
member_enum (Writer *w, const char *name, GType type, int value)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (type);

  member_string (w, name, g_enum_get_value (klass, value)->value_nick);
}

/* Short lists of strings go on one line. */
static void
member_inline_strings (Writer *w, const char *name, const char *const *values)
{
  key (w, name);
  g_string_append_c (w->out, '[');
  for (guint i = 0; values[i]; i++)
    {
      if (i)
        g_string_append (w->out, ", ");
      write_string (w, values[i]);
    }
  g_string_append_c (w->out, ']');
}

static void
member_dyad (Writer *w, BilateralActor *first, BilateralActor *second)
{
  const char *ids[] = { bilateral_actor_get_id (first), bilateral_actor_get_id (second), NULL };

  member_inline_strings (w, "dyad", ids);
}

typedef void (*WriteItem) (Writer *w, gpointer item);

/* A member holding a list of objects; an empty optional list is left out. */
static void
member_list (Writer *w, const char *name, GListModel *list, gboolean optional, WriteItem write_item)
{
  guint n = g_list_model_get_n_items (list);

  if (n == 0 && optional)
    return;
  key (w, name);
  open_container (w, '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (list, i);
      element (w);
      write_item (w, item);
      spill (w, 1u << 20);
    }
  close_container (w, ']');
}

static void
write_citation (Writer *w, BilateralCitation *c)
{
  open_container (w, '{');
  member_string (w, "source", bilateral_citation_get_source_id (c));
  if (bilateral_citation_get_paragraph (c))
    {
      key (w, "paragraph");
      g_string_append_printf (w->out, "%u", bilateral_citation_get_paragraph (c));
    }
  if (bilateral_citation_get_sentence (c))
    {
      key (w, "sentence");
      g_string_append_printf (w->out, "%u", bilateral_citation_get_sentence (c));
    }
  member_string (w, "quote", bilateral_citation_get_quote (c));
  member_string (w, "note", bilateral_citation_get_note (c));
  if (bilateral_citation_get_supplement (c))
    {
      key (w, "supplement");
      g_string_append (w->out, "true");
    }
  close_container (w, '}');
}

static void
member_citations (Writer *w, GListModel *citations)
{
  member_list (w, "citations", citations, TRUE, (WriteItem) write_citation);
}

static void
write_source (Writer *w, BilateralSource *source)
{
  open_container (w, '{');
  member_string (w, "id", bilateral_source_get_id (source));
  member_string (w, "title", bilateral_source_get_title (source));
  member_string (w, "author", bilateral_source_get_author (source));
  member_string (w, "url", bilateral_source_get_url (source));
  member_date (w, "published", bilateral_source_get_published (source));
  member_string (w, "note", bilateral_source_get_note (source));
  close_container (w, '}');
}

static void
write_predecessor (Writer *w, BilateralSuccession *link)
{
  open_container (w, '{');
  member_string (w, "state", bilateral_succession_get_predecessor_id (link));
  member_enum (w, "kind", BILATERAL_TYPE_SUCCESSION_KIND, bilateral_succession_get_kind (link));
  member_date (w, "date", bilateral_succession_get_date (link));
  member_citations (w, bilateral_succession_get_citations (link));
  close_container (w, '}');
}

static void
write_actor (Writer *w, BilateralActor *actor)
{
  const char *const *aliases = bilateral_actor_get_aliases (actor);
  guint filled = _bilateral_archive_get_filled (w->archive, actor);

  open_container (w, '{');
  member_string (w, "id", bilateral_actor_get_id (actor));
  member_enum (w, "kind", BILATERAL_TYPE_ACTOR_KIND, bilateral_actor_get_kind (actor));
  if (!(filled & BILATERAL_FILLED_NAME))
    member_string (w, "name", bilateral_actor_get_name (actor));
  if (aliases[0])
    member_inline_strings (w, "aliases", aliases);
  if (!(filled & BILATERAL_FILLED_EXISTENCE))
    member_date (w, "existence", bilateral_actor_get_existence (actor));
  if (BILATERAL_IS_STATE (actor))
    {
      gboolean any = FALSE;
      for (guint s = 0; s < BILATERAL_N_CODE_SCHEMES; s++)
        {
          const char *code = bilateral_state_get_code (BILATERAL_STATE (actor), s);
          if (code == NULL || (filled & BILATERAL_FILLED_CODE (s)))
            continue;
          if (!any)
            {
              key (w, "codes");
              open_container (w, '{');
              any = TRUE;
            }
          member_string (w, bilateral_code_scheme_to_string (s), code);
        }
      if (any)
        close_container (w, '}');
      member_list (w, "predecessors", bilateral_state_get_predecessors (BILATERAL_STATE (actor)), TRUE,
                   (WriteItem) write_predecessor);
    }
  if (BILATERAL_IS_PERSON (actor))
    {
      BilateralActor *affiliation = bilateral_person_get_affiliation (BILATERAL_PERSON (actor));
      if (affiliation)
        member_string (w, "affiliation", bilateral_actor_get_id (affiliation));
      member_string (w, "role", bilateral_person_get_role (BILATERAL_PERSON (actor)));
    }
  if (BILATERAL_IS_GROUP (actor) && bilateral_group_get_affiliation (BILATERAL_GROUP (actor)))
    {
      member_string (w, "affiliation", bilateral_actor_get_id (bilateral_group_get_affiliation (BILATERAL_GROUP (actor))));
      member_string (w, "role", bilateral_group_get_role (BILATERAL_GROUP (actor)));
      member_date (w, "affiliation_span", bilateral_group_get_affiliation_span (BILATERAL_GROUP (actor)));
    }
  member_citations (w, bilateral_actor_get_citations (actor));
  close_container (w, '}');
}

static void
write_impact (Writer *w, BilateralImpact *impact)
{
  open_container (w, '{');
  member_dyad (w, bilateral_impact_get_first (impact), bilateral_impact_get_second (impact));
  key (w, "weight");
  write_double (w, bilateral_impact_get_weight (impact));
  member_citations (w, bilateral_impact_get_citations (impact));
  close_container (w, '}');
}

static void
write_participant (Writer *w, BilateralParticipant *participant)
{
  open_container (w, '{');
  member_string (w, "actor", bilateral_actor_get_id (bilateral_participant_get_actor (participant)));
  member_string (w, "role", bilateral_participant_get_role (participant));
  close_container (w, '}');
}

static void
member_sectors (Writer *w, BilateralEvent *event)
{
  const char *const *source = bilateral_event_get_source_sectors (event);
  const char *const *target = bilateral_event_get_target_sectors (event);

  if (source == NULL && target == NULL)
    return;
  key (w, "sectors");
  open_container (w, '{');
  if (source)
    member_inline_strings (w, "source", source);
  if (target)
    member_inline_strings (w, "target", target);
  close_container (w, '}');
}

/* The PLOVER type the event was given; one its code maps to follows from the code. */
static void
member_plover (Writer *w, BilateralEvent *event)
{
  const char *mode;
  const char *const *contexts;
  const char *type = _bilateral_event_own_plover (event, &mode, &contexts);

  if (type == NULL)
    return;
  key (w, "plover");
  open_container (w, '{');
  member_string (w, "type", type);
  member_string (w, "mode", mode);
  if (contexts)
    member_inline_strings (w, "contexts", contexts);
  close_container (w, '}');
}

static void
member_location (Writer *w, BilateralLocation *location)
{
  if (location == NULL)
    return;
  key (w, "location");
  open_container (w, '{');
  member_string (w, "country", bilateral_location_get_country (location));
  member_string (w, "code", bilateral_location_get_code (location));
  member_string (w, "division", bilateral_location_get_division (location));
  member_string (w, "place", bilateral_location_get_place (location));
  if (bilateral_location_get_has_coordinates (location))
    {
      key (w, "latitude");
      write_double (w, bilateral_location_get_latitude (location));
      key (w, "longitude");
      write_double (w, bilateral_location_get_longitude (location));
    }
  member_string (w, "feature", bilateral_location_get_feature (location));
  close_container (w, '}');
}

static void
write_event (Writer *w, BilateralEvent *event)
{
  BilateralActor *target = bilateral_event_get_target (event);

  open_container (w, '{');
  member_string (w, "id", bilateral_event_get_id (event));
  member_date (w, "date", bilateral_event_get_date (event));
  member_string (w, "source", bilateral_actor_get_id (bilateral_event_get_source (event)));
  if (target)
    member_string (w, "target", bilateral_actor_get_id (target));
  member_string (w, "cameo", bilateral_event_get_cameo_code (event));
  member_plover (w, event);
  if (_bilateral_event_goldstein_given (event))
    {
      key (w, "goldstein");
      write_double (w, bilateral_event_get_goldstein (event));
    }
  member_string (w, "title", bilateral_event_get_title (event));
  member_sectors (w, event);
  member_location (w, bilateral_event_get_location (event));
  member_list (w, "participants", bilateral_event_get_participants (event), TRUE, (WriteItem) write_participant);
  member_citations (w, bilateral_event_get_citations (event));
  member_list (w, "impacts", bilateral_event_get_impacts (event), TRUE, (WriteItem) write_impact);
  close_container (w, '}');
}

static void
write_phase (Writer *w, BilateralPhase *phase)
{
  BilateralEvent *opening = bilateral_phase_get_opening_event (phase);
  BilateralEvent *closing = bilateral_phase_get_closing_event (phase);

  open_container (w, '{');
  member_string (w, "id", bilateral_phase_get_id (phase));
  member_dyad (w, bilateral_phase_get_first (phase), bilateral_phase_get_second (phase));
  member_date (w, "start", bilateral_phase_get_start (phase));
  member_date (w, "end", bilateral_phase_get_end (phase));
  member_enum (w, "stance", BILATERAL_TYPE_STANCE, bilateral_phase_get_stance (phase));
  member_string (w, "label", bilateral_phase_get_label (phase));
  member_string (w, "summary", bilateral_phase_get_summary (phase));
  if (opening)
    member_string (w, "opening_event", bilateral_event_get_id (opening));
  if (closing)
    member_string (w, "closing_event", bilateral_event_get_id (closing));
  member_enum (w, "origin", BILATERAL_TYPE_PHASE_ORIGIN, bilateral_phase_get_origin (phase));
  member_citations (w, bilateral_phase_get_citations (phase));
  close_container (w, '}');
}

/**
 * bilateral_archive_to_data:
 * @self: an archive
 * @length: (out) (optional): the length of the document in bytes
 *
 * Writes the archive as a `bilateral/1` JSON document, which
 * bilateral_archive_new_from_data() reads back to the same archive. What a
 * state of a loaded document took from the registry (see
 * bilateral_archive_new_from_file()) is left for the registry to give
 * again, so the document keeps the form it had.
 *
 * Returns: (transfer full): the document, UTF-8, ending with a newline
 */
static void
write_document (Writer *w)
{
  BilateralArchive *self = w->archive;

  open_container (w, '{');
  member_string (w, "format", BILATERAL_FORMAT);
  member_string (w, "title", bilateral_archive_get_title (self));
  member_string (w, "description", bilateral_archive_get_description (self));
  member_list (w, "sources", bilateral_archive_get_sources (self), FALSE, (WriteItem) write_source);
  member_list (w, "actors", bilateral_archive_get_actors (self), FALSE, (WriteItem) write_actor);
  member_list (w, "events", bilateral_archive_get_events (self), FALSE, (WriteItem) write_event);
  member_list (w, "phases", bilateral_archive_get_phases (self), FALSE, (WriteItem) write_phase);
  close_container (w, '}');
  g_string_append_c (w->out, '\n');
}

char *
bilateral_archive_to_data (BilateralArchive *self, gsize *length)
{
  Writer w = { NULL, 0, TRUE, self, -1, 0 };

  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), NULL);

  w.out = g_string_new (NULL);
  write_document (&w);
  if (length)
    *length = w.out->len;
  return g_string_free (w.out, FALSE);
}

/**
 * bilateral_archive_to_string:
 * @self: an archive
 *
 * Writes the archive as a `bilateral/1` JSON document, as
 * bilateral_archive_to_data() does: the document alone, for bindings that
 * would otherwise get its length too (GJS).
 *
 * Returns: (transfer full): the document, UTF-8, ending with a newline
 */
char *
bilateral_archive_to_string (BilateralArchive *self)
{
  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), NULL);
  return bilateral_archive_to_data (self, NULL);
}

/* Saving is atomic: the document is written whole to a temporary file
 * beside @path, flushed to disk, then renamed over @path. The temporary's
 * name, `.NAME.PID.XXXXXX`, says which process wrote it, so that a later
 * save removes what a process killed mid-write left behind, and never a
 * temporary that a live process is still writing. */

static char *
temporary_prefix (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  return g_strdup_printf (".%s.", base);
}

static void
remove_stale_temporaries (const char *path)
{
  g_autofree char *dir_name = g_path_get_dirname (path);
  g_autofree char *prefix = temporary_prefix (path);
  g_autoptr (GDir) dir = g_dir_open (dir_name, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      const char *rest = name + strlen (prefix);
      char *end;
      guint64 pid;

      if (!g_str_has_prefix (name, prefix))
        continue;
      pid = g_ascii_strtoull (rest, &end, 10);
      if (end == rest || *end != '.' || strlen (end) != 7 || pid == 0 || pid > G_MAXINT)
        continue;
      if (kill ((pid_t) pid, 0) == 0 || errno != ESRCH)
        continue; /* its writer may still be at work */
      {
        g_autofree char *stale = g_build_filename (dir_name, name, NULL);
        g_unlink (stale);
      }
    }
}

static gboolean
write_all (int fd, const char *data, gsize length)
{
  gsize done = 0;

  while (done < length)
    {
      gssize n = write (fd, data + done, length - done);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return FALSE;
      done += (gsize) n;
    }
  return TRUE;
}

/* The temporary beside @path, open for writing; -1 with errno set. */
static int
open_temporary (const char *path, char **temporary)
{
  g_autofree char *dir_name = g_path_get_dirname (path);
  g_autofree char *prefix = temporary_prefix (path);
  g_autofree char *name = g_strdup_printf ("%s%d.XXXXXX", prefix, (int) getpid ());

  remove_stale_temporaries (path);
  *temporary = g_build_filename (dir_name, name, NULL);
  return g_mkstemp_full (*temporary, O_WRONLY | O_CLOEXEC, 0666 /* less the umask, as open () applies it */);
}

/* Flushes and renames the temporary over @path; if @write_errno, or on any
 * failure, removes it and says why with the path. Closes @fd. */
static gboolean
finish_temporary (const char *path, int fd, const char *temporary, int write_errno, GError **error)
{
  int saved = fd < 0 ? errno : write_errno;
  g_autofree char *display = NULL;

  if (fd >= 0 && saved != 0)
    close (fd);
  else if (fd >= 0 && (fsync (fd) != 0 || close (fd) != 0 || g_rename (temporary, path) != 0))
    saved = errno;
  if (saved == 0)
    return TRUE;
  if (fd >= 0)
    g_unlink (temporary);
  display = g_filename_display_name (path);
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s: cannot save: %s", display, g_strerror (saved));
  return FALSE;
}

gboolean
_bilateral_archive_write_file (const char *path, const char *data, gsize length, GError **error)
{
  g_autofree char *temporary = NULL;
  int fd = open_temporary (path, &temporary);

  return finish_temporary (path, fd, temporary, fd >= 0 && !write_all (fd, data, length) ? errno : 0, error);
}

/**
 * bilateral_archive_save_to_file:
 * @self: an archive
 * @path: (type filename): where to write
 * @error: return location for a #GError
 *
 * Writes the archive to @path as a `bilateral/1` document. The write is
 * atomic: the document goes to a temporary file beside @path
 * (`.NAME.PID.XXXXXX`) that replaces @path only once it is complete and on
 * disk, so a save that fails or is killed leaves the old file as it was. A
 * temporary left by a process that was killed is removed by the next save
 * to the same path. The error is GIO's (%G_IO_ERROR_NOT_FOUND for a folder
 * that is not there, %G_IO_ERROR_PERMISSION_DENIED), naming the path.
 *
 * Returns: %TRUE on success
 */
gboolean
bilateral_archive_save_to_file (BilateralArchive *self, const char *path, GError **error)
{
  g_autofree char *temporary = NULL;
  Writer w = { NULL, 0, TRUE, self, -1, 0 };

  g_return_val_if_fail (BILATERAL_IS_ARCHIVE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((w.fd = open_temporary (path, &temporary)) < 0)
    return finish_temporary (path, -1, temporary, 0, error);
  w.out = g_string_sized_new (2u << 20);
  write_document (&w);
  spill (&w, 0);
  g_string_free (w.out, TRUE);
  return finish_temporary (path, w.fd, temporary, w.write_errno, error);
}
