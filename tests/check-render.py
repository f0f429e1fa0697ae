#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Runs examples/render.py into a fresh directory and checks what it wrote.
    check-render.py PYTHON RENDER.py DIRECTORY"""
import os
import shutil
import subprocess
import sys

python, script, directory = sys.argv[1:4]
shutil.rmtree(directory, ignore_errors=True)
os.makedirs(directory)
out = subprocess.run([python, script, directory], check=True, capture_output=True, text=True).stdout
print(out, end="")
assert "The Afghan war is drawn at x" in out
for name, magic in (("pakistan-russia.png", b"\x89PNG"), ("pakistan-russia.html", b"<!DOCTYPE html>"),
                    ("pakistan-russia-small.png", b"\x89PNG")):
    with open(os.path.join(directory, name), "rb") as f:
        head = f.read(len(magic))
    assert head == magic, name
with open(os.path.join(directory, "pakistan-russia.html"), encoding="utf-8") as f:
    page = f.read()
assert page.count('class="item phase"') >= 6 and "inferred" in page
print("ok")
