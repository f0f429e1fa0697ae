#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Checks that two outputs of a benchmark job agree, as JOB.md defines it:
the same keys in the same order, the same integer columns, and the three
float columns within 1e-6. Usage: compare.py OURS.csv THEIRS.csv"""
import sys

FLOATS = {"goldstein_sum", "goldstein_mean", "tone_mean"}


def compare(ours, theirs):
    """None if the outputs agree, else what differs first."""
    with open(ours, encoding="utf-8") as a, open(theirs, encoding="utf-8") as b:
        header = a.readline().rstrip("\n").split(",")
        if header != b.readline().rstrip("\n").split(","):
            return "the headers differ"
        line = 1
        for x, y in zip(a, b):
            line += 1
            xs, ys = x.rstrip("\n").split(","), y.rstrip("\n").split(",")
            if len(xs) != len(ys):
                return "line %d: %d fields against %d" % (line, len(xs), len(ys))
            for name, u, v in zip(header, xs, ys):
                if name in FLOATS:
                    if abs(float(u) - float(v)) > 1e-6 + 1e-12:
                        return "line %d: %s %s against %s" % (line, name, u, v)
                elif u != v:
                    return "line %d: %s %s against %s" % (line, name, u, v)
        if a.readline() or b.readline():
            return "one has more rows"
    return None


if __name__ == "__main__":
    problem = compare(sys.argv[1], sys.argv[2])
    print(problem or "the outputs agree")
    sys.exit(1 if problem else 0)
