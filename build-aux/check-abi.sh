#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# Compares the ABI of the built library with the last release's, recorded
# by `abidw` in doc/abi/ (libbilateral-VERSION.abi). Until there is a
# release there is nothing to compare with, and the test is skipped.
#   check-abi.sh LIBRARY
top=$(cd "$(dirname "$0")/.." && pwd)
library=$1
reference=$(ls "$top"/doc/abi/libbilateral-*.abi 2>/dev/null | sort -V | tail -n 1)
if [ -z "$reference" ]; then
  echo "no release yet: nothing to compare the ABI with (record one with abidw into doc/abi/)"
  exit 77
fi
command -v abidiff >/dev/null || { echo "abidiff is missing (abigail-tools)"; exit 77; }
exec abidiff --no-added-syms --headers-dir2 "$top/include/bilateral" "$reference" "$library"
