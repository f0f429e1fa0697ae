#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# Fails if a C source is not as .clang-format has it (the public headers,
# aligned by hand in GNOME's way, are not checked). Run from anywhere.
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
command -v clang-format >/dev/null || { echo "clang-format is missing (build-aux/debian-packages.txt)" >&2; exit 77; }
status=0
for f in lib/*.c tools/*.c tests/c/*.c tests/fuzz/*.c examples/*.c; do
  [ -f "$f" ] || continue
  clang-format --dry-run --Werror "$f" 2>/dev/null || { echo "not formatted: $f (clang-format -i $f)"; status=1; }
done
exit $status
