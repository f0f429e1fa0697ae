#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Sums the test cases of meson test logs into one line "N passed, N failed".

A TAP test counts its cases (cmocka, GJS), a pytest run the cases its
summary line names, and any other test counts once by its result.
Usage: count-tests.py TESTLOG.json [TESTLOG.json ...]"""
import json
import re
import sys

TAP_CASE = re.compile(r"^(not ok|ok)\b(?:\s+\d+)?(.*)$", re.M)
PYTEST_SUMMARY = re.compile(r"^=+ (.*) in [0-9.]+s.*=+$", re.M)


def count(test):
    out = test.get("stdout") or ""
    passed = failed = skipped = 0
    if "pytest" in " ".join(test.get("command", [])):
        summary = PYTEST_SUMMARY.findall(out)
        if summary:
            for number, word in re.findall(r"(\d+) (\w+)", summary[-1]):
                if word == "passed":
                    passed += int(number)
                elif word in ("failed", "error", "errors"):
                    failed += int(number)
                elif word in ("skipped", "xfailed", "deselected"):
                    skipped += int(number)
            if test["result"] != "OK" and failed == 0:
                failed = 1
            return passed, failed, skipped
    # cmocka's closing "# ok - group" line starts with '#', so it is not matched.
    cases = TAP_CASE.findall(out)
    if cases:
        for status, rest in cases:
            if "# SKIP" in rest.upper():
                skipped += 1
            elif status == "ok":
                passed += 1
            else:
                failed += 1
        if test["result"] not in ("OK", "SKIP") and failed == 0:
            failed = 1  # crashed after its last case
        return passed, failed, skipped
    if test["result"] == "OK" or test["result"] == "EXPECTEDFAIL":
        return 1, 0, 0
    if test["result"] == "SKIP":
        return 0, 0, 1
    return 0, 1, 0


def main(paths):
    totals = [0, 0, 0]
    for path in paths:
        try:
            with open(path, encoding="utf-8") as f:
                lines = [line for line in f if line.strip()]
        except OSError as error:
            print("cannot read %s: %s" % (path, error), file=sys.stderr)
            totals[1] += 1
            continue
        for line in lines:
            for i, n in enumerate(count(json.loads(line))):
                totals[i] += n
    text = "%d passed, %d failed" % (totals[0], totals[1])
    if totals[2]:
        text += ", %d skipped" % totals[2]
    print(text)
    return 1 if totals[1] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
