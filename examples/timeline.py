#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Prints a relationship's phases, each with its events, then any events
outside every phase:
    timeline.py HISTORY.json ACTOR ACTOR"""
import sys

import gi

gi.require_version("Bilateral", "1.0")
from gi.repository import Bilateral, GLib  # noqa: E402


def print_event(event):
    target = event.get_target()
    print("  %-12s %s → %s  %-4s %+.1f  %s" % (
        event.get_date(), event.get_source().get_id(), target.get_id() if target else "—",
        event.get_cameo_code(), event.get_goldstein(), event.get_title() or ""))


def main(argv):
    if len(argv) != 4:
        print("usage: %s HISTORY.json ACTOR ACTOR" % argv[0], file=sys.stderr)
        return 2
    try:
        archive = Bilateral.Archive.new_from_file(argv[1])
    except GLib.Error as error:
        print(error.message, file=sys.stderr)
        return 1
    first, second = archive.lookup_actor(argv[2]), archive.lookup_actor(argv[3])
    if first is None or second is None:
        print("no actor “%s” in %s" % (argv[3] if first else argv[2], argv[1]), file=sys.stderr)
        return 1

    relation = archive.get_relation(first, second)
    print("%s and %s" % (first.get_name(), second.get_name()))
    for phase in relation.get_phases():
        end = phase.get_end()
        stance = phase.get_stance()
        print("%s – %s  %s (%+d)  %s" % (phase.get_start(), end if end else "..", stance.value_nick,
                                          int(stance), phase.get_label() or ""))
        for event in relation.get_events():
            if relation.phase_at(event.get_date()) == phase:
                print_event(event)
    outside = [e for e in relation.get_events() if relation.phase_at(e.get_date()) is None]
    if outside:
        print("Outside any phase")
    for event in outside:
        print_event(event)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
