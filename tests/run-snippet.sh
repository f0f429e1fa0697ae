#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# Runs README's snippet of a language from the source root and checks that
# it prints what it should: run-snippet.sh LANGUAGE INTERPRETER EXPECTED
set -eu
language=$1 interpreter=$2 expected=$3
top=$(cd "$(dirname "$0")/.." && pwd)
snippet=$(mktemp)
trap 'rm -f "$snippet"' EXIT
python3 "$top/tests/extract-snippet.py" "$top/README.md" "$language" "$snippet"
cd "$top"
output=$("$interpreter" "$snippet")
echo "$output"
echo "$output" | grep -qF -- "$expected"
