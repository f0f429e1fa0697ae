#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Prints the first fenced code block of a language in a Markdown file:
    extract-snippet.py README.md c|python|js [OUTPUT]"""
import re
import sys


def main(argv):
    with open(argv[1], encoding="utf-8") as f:
        text = f.read()
    blocks = re.findall(r"^```%s\n(.*?)^```$" % re.escape(argv[2]), text, re.M | re.S)
    if not blocks:
        print("no ```%s block in %s" % (argv[2], argv[1]), file=sys.stderr)
        return 1
    if len(argv) > 3:
        with open(argv[3], "w", encoding="utf-8") as out:
            out.write(blocks[0])
    else:
        sys.stdout.write(blocks[0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
