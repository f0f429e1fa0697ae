#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The known-answer evaluation of inferred phases: streams of
bench/phases/streams.py at four volumes, each segmented by PELT and by
binary segmentation with the library's defaults (monthly bins), scored by
boundary F1 within two bins, covering and stance agreement by day; the
means per method and volume, as a Markdown table.

    evaluate.py [STREAMS_PER_VOLUME]   (default 20; seeds 1, 2, …)

Run it with a built tree on GI_TYPELIB_PATH and LD_LIBRARY_PATH (bench/README.md)."""
import os
import statistics
import sys

import gi

gi.require_version("Bilateral", "1.0")
from gi.repository import Bilateral  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from streams import evaluate, generate  # noqa: E402

VOLUMES = [0.5, 2, 5, 20, 50, 200]  # events per bin
METHODS = [("PELT", Bilateral.Segmentation.PELT), ("binary segmentation", Bilateral.Segmentation.BINARY)]


def table(n):
    rows = []
    for volume in VOLUMES:
        streams = [generate(seed, volume) for seed in range(1, n + 1)]
        for name, method in METHODS:
            scores = [evaluate(s, Bilateral, method)[:3] for s in streams]
            rows.append((name, volume, *(statistics.mean(x[k] for x in scores) for k in range(3)),
                         *(min(x[k] for x in scores) for k in range(2))))
    return rows


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    print(f"| method | events per bin | boundary F1 (2 bins) | covering | stance agreement | worst F1 | worst covering |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, volume, f1, cover, agree, worst_f1, worst_cover in table(n):
        print(f"| {name} | {volume:g} | {f1:.3f} | {cover:.3f} | {agree:.3f} | {worst_f1:.3f} | {worst_cover:.3f} |")
    print(f"\n{n} streams per volume, seeds 1 to {n}; 240 monthly bins each.")


if __name__ == "__main__":
    main()
