#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The benchmark jobs of JOB.md in pandas: pandas_job.py A|B INPUT.tsv OUTPUT.csv"""
import sys

import pandas

job, source, target = sys.argv[1:4]
frame = pandas.read_csv(source, sep="\t", header=None, usecols=[1, 7, 17, 29, 30, 34], quoting=3,
                        dtype={1: "int64", 7: "string", 17: "string", 29: "int64", 30: "float64", 34: "float64"},
                        keep_default_na=False, na_values={7: [""], 17: [""]})
frame = frame[frame[7].notna() & frame[17].notna() & (frame[7] != frame[17])]
if job == "B":
    frame = frame[((frame[7] == "PAK") & (frame[17] == "RUS")) | ((frame[7] == "RUS") & (frame[17] == "PAK"))]
a, b = frame[7], frame[17]
frame = pandas.DataFrame({
    "dyad_a": a.where(a < b, b), "dyad_b": b.where(a < b, a), "month": frame[1] // 100,
    "g": frame[30], "q": frame[29], "tone": frame[34],
})
grouped = frame.groupby(["dyad_a", "dyad_b", "month"], sort=True)
out = grouped.agg(events=("g", "size"), goldstein_sum=("g", "sum"), goldstein_mean=("g", "mean"),
                  tone_mean=("tone", "mean"))
quads = pandas.crosstab([frame["dyad_a"], frame["dyad_b"], frame["month"]], frame["q"]).reindex(columns=[1, 2, 3, 4],
                                                                                                 fill_value=0)
out = out.join(quads).reset_index()
out = out.rename(columns={1: "q1", 2: "q2", 3: "q3", 4: "q4"})
out["goldstein_sum"] = out["goldstein_sum"].map("{:.1f}".format)
out["goldstein_mean"] = out["goldstein_mean"].map("{:.6f}".format)
out["tone_mean"] = out["tone_mean"].map("{:.6f}".format)
out = out[["dyad_a", "dyad_b", "month", "events", "goldstein_sum", "goldstein_mean", "q1", "q2", "q3", "q4", "tone_mean"]]
out.to_csv(target, index=False)
