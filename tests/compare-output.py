#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Runs a command and fails unless its standard output equals a file:
    compare-output.py EXPECTED COMMAND [ARG...]"""
import difflib
import subprocess
import sys


def main(argv):
    expected_path, command = argv[1], argv[2:]
    with open(expected_path, encoding="utf-8") as f:
        expected = f.read()
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    actual = result.stdout.decode("utf-8", errors="replace")
    sys.stderr.write(result.stderr.decode("utf-8", errors="replace"))
    if result.returncode != 0:
        print("%s exited with %d" % (command[0], result.returncode))
        return 1
    if actual != expected:
        sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                                   expected_path, "output"))
        return 1
    print("output matches %s" % expected_path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
