#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# An uninstalled build can be compiled against: build with the
# meson-uninstalled pkg-config file, run what it built.
#   uninstalled-pc.sh BUILD_ROOT
set -eu
build=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat > "$dir/main.c" <<'C'
#include <bilateral/bilateral.h>
int
main (void)
{
  g_autoptr (BilateralDate) date = bilateral_date_parse ("1950-03-18", NULL);
  return date == NULL || bilateral_date_get_year (date) != 1950;
}
C
flags=$(PKG_CONFIG_PATH="$build/meson-uninstalled" pkg-config --cflags --libs bilateral-1.0)
${CC:-cc} "$dir/main.c" -o "$dir/main" $flags
LD_LIBRARY_PATH="$build/lib" "$dir/main"
echo "compiled and ran against $build/meson-uninstalled/bilateral-1.0-uninstalled.pc"
