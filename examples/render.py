#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Draws the bundled history of Pakistan and the USSR/Russia as a PNG
picture and an interactive HTML page, with the inferred phases and the
relationship index, and draws the same timeline onto a pycairo surface:
    render.py OUTPUT-DIRECTORY"""
import os
import sys

import cairo
import gi

gi.require_version("Bilateral", "1.0")
from gi.repository import Bilateral, GLib  # noqa: E402


def main(argv):
    if len(argv) != 2:
        print("usage: %s OUTPUT-DIRECTORY" % argv[0], file=sys.stderr)
        return 2
    history = Bilateral.Archive.load_builtin("pakistan-russia")
    relation = history.get_relation(history.lookup_actor("PAK"), history.lookup_actor("RUS"))
    timeline = Bilateral.Timeline.new(history)
    timeline.add_relation(relation)
    timeline.props.show_inferred = True
    timeline.props.show_index = True

    try:
        for name in ("pakistan-russia.png", "pakistan-russia.html"):
            path = os.path.join(argv[1], name)
            timeline.write_to_file(path, Bilateral.TimelineFormat.AUTO)
            print("wrote", path)
    except GLib.Error as error:
        print(error.message, file=sys.stderr)
        return 1

    # Any cairo context will do: here a pycairo image, half size.
    surface = cairo.ImageSurface(cairo.FORMAT_RGB24, 600, int(timeline.get_height() / 2) + 1)
    context = cairo.Context(surface)
    context.scale(0.5, 0.5)
    timeline.draw(context)
    path = os.path.join(argv[1], "pakistan-russia-small.png")
    surface.write_to_png(path)
    print("wrote", path)

    phase = relation.phase_at(Bilateral.Date.parse("1985"))
    ok, x, y, width, height = timeline.get_item_bounds(phase)
    print("%s is drawn at x %.0f–%.0f" % (phase.get_label(), x, x + width))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
