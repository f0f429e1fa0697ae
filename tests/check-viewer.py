#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Runs examples/viewer.js headless (Xvfb) to draw one frame of the bundled
history, and checks the frame: the window's size, and the Afghan war's
hostile red and the timeline's white where a timeline is.
    check-viewer.py GJS VIEWER.js OUTPUT.png
Exits 77 (skipped) when Xvfb is missing."""
import os
import shutil
import subprocess
import sys

import cairo

gjs, viewer, output = sys.argv[1:4]
if shutil.which("xvfb-run") is None:
    print("skipped: xvfb-run is missing (install xvfb and xauth, build-aux/debian-packages.txt)")
    sys.exit(77)
env = dict(os.environ)
preload = env.pop("LD_PRELOAD", None)  # for gjs only, not for Xvfb
env["GSK_RENDERER"] = "cairo"
command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "env"]
if preload:
    command.append("LD_PRELOAD=" + preload)
command += [gjs, viewer, "--screenshot", output]
subprocess.run(command, check=True, env=env, timeout=120)

surface = cairo.ImageSurface.create_from_png(output)
width, height, stride = surface.get_width(), surface.get_height(), surface.get_stride()
assert (width, height) == (1200, 720), (width, height)
data = surface.get_data()
counts = {}
for y in range(0, height, 2):
    for x in range(0, width, 2):
        o = y * stride + x * 4
        counts[(data[o + 2], data[o + 1], data[o])] = counts.get((data[o + 2], data[o + 1], data[o]), 0) + 1
hostile = counts.get((0xB2, 0x18, 0x2B), 0)
white = counts.get((0xFF, 0xFF, 0xFF), 0)
print(f"hostile pixels {hostile * 4}, white pixels {white * 4}")
assert hostile * 4 > 2000, "the Afghan war's band is missing"
assert white * 4 > 100000, "the timeline's background is missing"
print("ok: the viewer drew the bundled history")
