#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Runs one libFuzzer harness for a fixed time from seeds made of the test
fixtures; fails on any finding, and prints what the run covered.

    run-fuzzer.py HARNESS SEEDS DICT TEST_DATA PROJECT_DATA

BILATERAL_FUZZ_SECONDS sets the time (60), BILATERAL_FUZZ_SEED the seed (1); BILATERAL_FUZZ_CORPUS, a folder
to keep the corpus in between runs (a new temporary one otherwise)."""
import base64
import glob
import gzip
import io
import os
import subprocess
import sys
import tempfile
import zipfile

DATES = ["1950-03-18", "1949-12~", "1950-05-03/1950-05-30", "198X", "19XX", "1985-XX", "1985-04-XX", "1979?",
         "1950%", "../1950", "1991/..", "/1950", "1950/", "1950-21", "1985-04-12T23:20:30Z",
         "1985-04-12T23:20:30+04:00", "-0999", "-2004-06-11%", "0000", "9999-23", "-198X"]
PARTIAL = ("dyad_a,dyad_b,month,events,goldstein_sum,goldstein_mean,q1,q2,q3,q4,tone_mean,tone_sum\n"
           "FRA,WST,201208,1,7.00,7.000000,0,1,0,0,5.189341,5.189340813\n"
           "JPN,USA,201208,2,8.00,4.000000,2,0,0,0,11.111111,22.222222222\n")
PARTIAL_YEAR_DIRECTED = ("source,target,year,events,goldstein_sum,goldstein_mean,q1,q2,q3,q4,tone_mean,tone_sum\n"
                         "PAK,RUS,0994,3,-4.40,-1.466667,1,1,1,0,,\n")


def zipped(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(name, data)
    return out.getvalue()


def seeds(kind, test_data, project_data):
    events = [(os.path.basename(p), open(p, "rb").read()) for p in sorted(glob.glob(os.path.join(test_data, "events", "*")))]
    if kind == "date":
        return [d.encode() for d in DATES]
    if kind == "json":
        return [open(os.path.join(test_data, "sample.json"), "rb").read(),
                open(os.path.join(project_data, "histories", "pakistan-russia.json"), "rb").read()]
    if kind == "events":
        return [data for _, data in events]
    if kind == "events-gz":
        return [gzip.compress(data) for _, data in events] + [gzip.compress(events[0][1]) * 2]
    if kind == "events-zip":
        return [zipped([e]) for e in events] + [zipped(events)]
    if kind == "csv":
        return [PARTIAL.encode(), PARTIAL_YEAR_DIRECTED.encode(), PARTIAL.replace("\n", "\r\n").encode()]
    if kind == "selected-events":
        # The first byte picks the file's kind (byte % 3) and the dyad (byte / 3 % 5).
        out = []
        for pick in range(15):
            for _, data in events:
                body = data if pick % 3 == 0 else gzip.compress(data) if pick % 3 == 1 else zipped([("e.tsv", data)])
                out.append(bytes([pick]) + body)
        return out
    raise SystemExit("unknown seeds: " + kind)


def main():
    harness, kind, dictionary, test_data, project_data = sys.argv[1:6]
    seconds = int(os.environ.get("BILATERAL_FUZZ_SECONDS", "60"))
    name = os.path.basename(harness)
    with tempfile.TemporaryDirectory(prefix=name + "-") as tmp:
        corpus = os.environ.get("BILATERAL_FUZZ_CORPUS")
        corpus = os.path.join(corpus, name) if corpus else os.path.join(tmp, "corpus")
        seed_dir = os.path.join(tmp, "seeds")
        os.makedirs(corpus, exist_ok=True)
        os.makedirs(seed_dir)
        for i, data in enumerate(seeds(kind, test_data, project_data)):
            with open(os.path.join(seed_dir, "seed-%03d" % i), "wb") as f:
                f.write(data)
        artifacts = os.path.join(os.getcwd(), "fuzz-artifacts")
        os.makedirs(artifacts, exist_ok=True)
        max_len = 300000 if kind == "json" else 65536
        command = [harness, "-max_total_time=%d" % seconds, "-seed=" + os.environ.get("BILATERAL_FUZZ_SEED", "1"), "-timeout=10", "-rss_limit_mb=2048",
                   "-max_len=%d" % max_len, "-dict=" + dictionary, "-print_final_stats=1",
                   "-artifact_prefix=" + os.path.join(artifacts, name + "-"), corpus, seed_dir]
        result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace")
        lines = result.stdout.splitlines()
        stats = [l for l in lines if l.startswith("stat::") or "DONE" in l or "Done " in l]
        if result.returncode != 0:
            print("\n".join(lines[-80:]))
            for path in glob.glob(os.path.join(artifacts, name + "-*")):
                with open(path, "rb") as f:
                    print("finding %s (base64): %s" % (path, base64.b64encode(f.read()[:4096]).decode()))
            return 1
        print("%s: %d s, no finding" % (name, seconds))
        print("\n".join(stats))
        return 0


if __name__ == "__main__":
    sys.exit(main())
