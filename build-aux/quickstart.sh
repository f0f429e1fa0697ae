#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# Installs what libbilateral needs on Debian 12, builds it, then runs either
# the main job or the whole test suite:
#   sh build-aux/quickstart.sh run    # the main job
#   sh build-aux/quickstart.sh test   # every test suite
#   sh build-aux/quickstart.sh build  # neither (for bench/run.sh)
# Run it as root (for apt-get) from anywhere in the source tree.
set -eu

what=${1:-run}
top=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$top/build}

case $what in
  run|test|build) ;;
  *) echo "usage: $0 run|test|build" >&2; exit 2 ;;
esac

packages=$(grep -v '^#' "$top/build-aux/debian-packages.txt")
missing=$(dpkg-query -W -f '${db:Status-Abbrev} ${Package}\n' $packages 2>/dev/null | awk '$1 != "ii" {print $2}' || true)
# dpkg-query skips packages it has never heard of: count those as missing too.
known=$(dpkg-query -W -f '${Package}\n' $packages 2>/dev/null || true)
for p in $packages; do
  echo "$known" | grep -qx "$p" || missing="$missing $p"
done
if [ -n "$(echo $missing)" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends $packages
fi

if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" "$top"
fi
meson compile -C "$build"

case $what in
  run) exec "$build/tools/bilateral" history pakistan-russia ;;
  test) exec meson test -C "$build" --print-errorlogs ;;
esac
