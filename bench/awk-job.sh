#!/bin/sh
# SPDX-License-Identifier: LGPL-2.1-or-later
# The benchmark jobs of JOB.md in awk, sorted by sort(1): awk-job.sh A|B INPUT.tsv OUTPUT.csv
job=$1 input=$2 output=$3
{
  echo "dyad_a,dyad_b,month,events,goldstein_sum,goldstein_mean,q1,q2,q3,q4,tone_mean"
  awk -F'\t' -v job="$job" '
    $8 != "" && $18 != "" && $8 != $18 {
      if (job == "B" && !(($8 == "PAK" && $18 == "RUS") || ($8 == "RUS" && $18 == "PAK"))) next
      if ($8 < $18) k = $8 "," $18 "," int($2 / 100); else k = $18 "," $8 "," int($2 / 100)
      n[k]++; g[k] += $31; t[k] += $35; q[k, $30]++
    }
    END {
      for (k in n)
        printf "%s,%d,%.1f,%.6f,%d,%d,%d,%d,%.6f\n", k, n[k], g[k], g[k] / n[k], q[k, 1], q[k, 2], q[k, 3], q[k, 4], t[k] / n[k]
    }' "$input" | LC_ALL=C sort -t, -k1,1 -k2,2 -k3,3n
} > "$output"
