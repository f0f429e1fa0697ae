#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# The benchmark, in one command, as root on Debian 12: installs the peers
# (DuckDB from npm, pandas, awk, GNU time), builds libbilateral, generates
# the seeded GDELT files and prints the table. Extra arguments are row
# counts (default: 1000000 5000000).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)

missing=""
for p in time python3-pandas mawk nodejs npm; do
  dpkg-query -W -f '${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^ii' || missing="$missing $p"
done
# A Node.js that is already there (not from Debian) will do.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=$(echo "$missing" | sed 's/ nodejs//; s/ npm//')
fi
if [ -n "$(echo $missing)" ]; then
  DEBIAN_FRONTEND=noninteractive apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
fi
(cd "$here" && npm install --no-audit --no-fund --silent)

BUILD_DIR=${BUILD_DIR:-$top/build}
[ -f "$BUILD_DIR/build.ninja" ] || meson setup "$BUILD_DIR" "$top"
meson compile -C "$BUILD_DIR" bilateral

exec /usr/bin/python3 "$here/run.py" "$BUILD_DIR/tools/bilateral" "$@"
