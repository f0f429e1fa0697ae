#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# The benchmark, in one command, as root on Debian 12: installs the peers
# (DuckDB from npm, pandas, awk, GNU time), builds libbilateral, generates
# the seeded GDELT files and prints the table. Extra arguments are row
# counts (default: 1000000 5000000).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)

# The seeded generator and the jobs live beside the checkout, in ../shared.
shared=$(cd "$top/.." && pwd)/shared/bench
if [ ! -f "$shared/gen_gdelt.py" ] || [ ! -f "$shared/JOB.md" ]; then
  echo "bench/run.sh: $shared/gen_gdelt.py and JOB.md are missing." >&2
  echo "The benchmark runs from a checkout beside the project's shared directory" >&2
  echo "(../shared, holding bench/gen_gdelt.py, the seeded GDELT generator, and" >&2
  echo "bench/JOB.md, the jobs): put it there, or link it, and run again." >&2
  exit 1
fi

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
if ! (cd "$here" && npm install --no-audit --no-fund --silent); then
  echo "bench/run.sh: npm install failed: DuckDB comes from the npm registry" >&2
  echo "(bench/package.json pins @duckdb/node-api), which must be reachable." >&2
  exit 1
fi

# What libbilateral needs, and its build (BUILD_DIR, default build/).
BUILD_DIR=${BUILD_DIR:-$top/build}
BUILD_DIR=$BUILD_DIR sh "$top/build-aux/quickstart.sh" build

exec /usr/bin/python3 "$here/run.py" "$BUILD_DIR/tools/bilateral" "$@"
