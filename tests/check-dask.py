#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Runs examples/dask-aggregate.py on the test event files and checks that
the merged panel is the panel of `bilateral aggregate` reading them all.
    check-dask.py PYTHON DASK-AGGREGATE.py TOOL EVENTS-DIRECTORY WORK-DIRECTORY
Exits 77 (skipped) when Dask's distributed is not installed."""
import os
import subprocess
import sys

python, script, tool, events, work = sys.argv[1:6]
if subprocess.run([python, "-c", "import distributed"], capture_output=True).returncode != 0:
    print("skipped: Dask's distributed is missing (install python3-distributed, build-aux/debian-packages.txt)")
    sys.exit(77)
os.makedirs(work, exist_ok=True)
files = [os.path.join(events, name) for name in ("gdelt2-clean.tsv", "gdelt1-backfile-pak-rus.tsv", "icews-small.tab",
                                                  "polecat-2023.txt", "gdelt2-usa-afg.tsv")]
merged, single = os.path.join(work, "dask.csv"), os.path.join(work, "one.csv")
out = subprocess.run([python, script, merged] + files, check=True, capture_output=True, text=True, cwd=work, timeout=300)
print(out.stdout, end="")
subprocess.run([tool, "aggregate", "-q", "-o", single] + files, check=True)
with open(merged, encoding="utf-8") as a, open(single, encoding="utf-8") as b:
    merged_text, single_text = a.read(), b.read()
assert merged_text == single_text, "the merged panel differs from one process's"
assert len(merged_text.splitlines()) > 10
print("ok: %d lines, the same as one process" % len(merged_text.splitlines()))
