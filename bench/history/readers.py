#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The same history read by libbilateral, pandas read_json and DuckDB
read_json (2 threads), each in its own process: one Markdown row each with
seconds, peak RSS, events and Goldstein sum, so that outputs are compared.

    readers.py HISTORY"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

LIBBILATERAL = """
import sys, time, resource, gi
gi.require_version("Bilateral", "1.0")
from gi.repository import Bilateral
t = time.perf_counter()
archive = Bilateral.Archive.new_from_file(sys.argv[1])
seconds = time.perf_counter() - t
events = archive.get_events()
total = sum(events.get_item(i).get_goldstein() for i in range(events.get_n_items()))
print(f"{events.get_n_items()}\\t{total:.1f}\\t{seconds:.2f}\\t{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
"""

PANDAS = """
import sys, time, resource, pandas
t = time.perf_counter()
document = pandas.read_json(sys.argv[1], typ="series", dtype=False)
frame = pandas.DataFrame(document["events"])
seconds = time.perf_counter() - t
print(f"{len(frame)}\\t{frame['goldstein'].sum():.1f}\\t{seconds:.2f}\\t{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
"""


def run(name, command):
    # Each reader prints events, Goldstein sum, seconds and its own peak RSS in KiB.
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout.split()
    events, total, seconds, rss = out
    print(f"| {name} | {seconds} | {int(rss) / 1024:.0f} | {events} | {total} |", flush=True)


def main():
    path = os.path.abspath(sys.argv[1])
    print("| reader | load s | peak RSS MB | events | Goldstein sum |")
    print("|---|---:|---:|---:|---:|")
    run("libbilateral (Python)", ["/usr/bin/python3", "-c", LIBBILATERAL, path])
    run("pandas read_json", ["/usr/bin/python3", "-c", PANDAS, path])
    run("DuckDB read_json, 2 threads", ["node", os.path.join(HERE, "duckdb-read.mjs"), "2", path])


if __name__ == "__main__":
    main()
