#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Loads a history made by make_history.py from Python and times what a
user does first: load, get_relation() (twice), the yearly series, save;
then prints one Markdown row with the peak RSS of the process.

    measure.py HISTORY"""
import os
import resource
import sys
import tempfile
import time

import gi

gi.require_version("Bilateral", "1.0")
from gi.repository import Bilateral  # noqa: E402


def main():
    path = sys.argv[1]
    t0 = time.perf_counter()
    archive = Bilateral.Archive.new_from_file(path)
    t1 = time.perf_counter()
    usa, chn = archive.lookup_actor("USA"), archive.lookup_actor("CHN")
    relation = archive.get_relation(usa, chn)
    t2 = time.perf_counter()
    archive.get_relation(usa, chn)
    t3 = time.perf_counter()
    series = relation.get_series(None)
    t4 = time.perf_counter()
    with tempfile.TemporaryDirectory() as d:
        archive.save_to_file(os.path.join(d, "saved.json"))
        t5 = time.perf_counter()
    n = archive.get_events().get_n_items()
    total = sum(series.get_values(Bilateral.SeriesMeasure.GOLDSTEIN))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = os.path.getsize(path) / 1e6
    print(f"| {n} | {size:.0f} | {t1 - t0:.2f} | {t2 - t1:.3f} | {(t3 - t2) * 1000:.3f} | {t4 - t3:.3f} | {t5 - t4:.2f} | "
          f"{rss:.0f} | {rss * 1024 * 1024 / n:.0f} | {total:.1f} |")


if __name__ == "__main__":
    main()
