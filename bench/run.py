#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Runs the jobs of JOB.md on generated GDELT files with libbilateral and its
peers, checks every output against libbilateral's, and prints a table of
seconds, MB/s and peak RSS. Usage: run.py BILATERAL_TOOL [ROWS...]

Files come from ../shared/bench/gen_gdelt.py (seeded), kept in bench/data/.
Each run is timed by /usr/bin/time; the fastest of three counts (one for the
slow peers on the large file); the file is read once first, so it is in the
page cache."""
import os
import subprocess
import sys

from compare import compare

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared", "bench")
DATA = os.path.join(HERE, "data")


def timed(command, repeat):
    """(seconds, peak RSS in MB) of the fastest of @repeat runs."""
    best = None
    for _ in range(repeat):
        result = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + command, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError("%s failed: %s" % (" ".join(command), result.stderr[-500:]))
        seconds, kb = result.stderr.strip().splitlines()[-1].split()
        # /usr/bin/time counts hundredths: a faster run counts as one.
        run = (max(float(seconds), 0.01), int(kb) / 1024)
        best = run if best is None or run[0] < best[0] else best
    return best


def field_split():
    """The field-split floor, built from bench/field-split.c."""
    binary = os.path.join(DATA, "field-split")
    source = os.path.join(HERE, "field-split.c")
    if not os.path.exists(binary) or os.path.getmtime(binary) < os.path.getmtime(source):
        os.makedirs(DATA, exist_ok=True)
        subprocess.run(["cc", "-O2", "-o", binary, source], check=True)
    return binary


def data_file(rows):
    os.makedirs(DATA, exist_ok=True)
    path = os.path.join(DATA, "gdelt-%s.tsv" % rows)
    if not os.path.exists(path):
        generator = os.path.join(SHARED, "gen_gdelt.py")
        if not os.path.exists(generator):
            sys.exit("run.py: %s is missing: the benchmark runs beside ../shared (see bench/README.md)" % generator)
        print("generating %s rows into %s" % (rows, path), flush=True)
        subprocess.run([sys.executable, os.path.join(SHARED, "gen_gdelt.py"), str(rows), path + ".part", "--jobs", "2"],
                       check=True)
        os.rename(path + ".part", path)
    return path


# JOB.md counts every row: libbilateral keeps the rows that repeat an
# earlier row's id or story, which it drops by default (a row of its own
# shows that default's cost; the generator's rows repeat none).
KEEP = ["--keep-duplicates"]


def engines(tool, job, source, target):
    dyad = ["--dyad", "PAK,RUS"] if job == "B" else []
    node = ["node", os.path.join(HERE, "duckdb-job.mjs")]
    return [
        ("libbilateral, 1 thread", [tool, "aggregate", "-q", "--threads", "1", "-o", target, source] + dyad + KEEP, True),
        ("libbilateral, 2 threads", [tool, "aggregate", "-q", "--threads", "2", "-o", target, source] + dyad + KEEP, True),
        ("libbilateral, 2 threads, repeats dropped", [tool, "aggregate", "-q", "--threads", "2", "-o", target, source] + dyad,
         True),
        ("DuckDB, 1 thread", node + [job, "1", source, target], True),
        ("DuckDB, 2 threads", node + [job, "2", source, target], True),
        ("pandas", [sys.executable, os.path.join(HERE, "pandas_job.py"), job, source, target], False),
        ("awk + sort", ["sh", os.path.join(HERE, "awk-job.sh"), job, source, target], False),
    ]


DAYS = 30


def daily_files(source, rows):
    """A month of daily files as GDELT ships them: the rows of @source cut
    into 30 consecutive runs (the generator writes its rows as a
    concatenation of daily files, by DATEADDED), each zipped on its own, and
    the same days gzipped for DuckDB, which reads gzip and not zip."""
    directory = os.path.join(DATA, "daily-%s" % rows)
    done = os.path.join(directory, ".done")
    if not os.path.exists(done):
        import gzip
        import zipfile
        os.makedirs(directory, exist_ok=True)
        with open(source, "rb") as f:
            lines = f.readlines()
        per_day = (len(lines) + DAYS - 1) // DAYS
        for day in range(DAYS):
            name = "201510%02d.export.CSV" % (day + 1)
            data = b"".join(lines[day * per_day:(day + 1) * per_day])
            with zipfile.ZipFile(os.path.join(directory, name + ".zip"), "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr(name, data)
            with gzip.open(os.path.join(directory, name + ".gz"), "wb", compresslevel=6) as g:
                g.write(data)
        open(done, "w").close()
    names = sorted(os.listdir(directory))
    return ([os.path.join(directory, n) for n in names if n.endswith(".zip")],
            os.path.join(directory, "*.gz"), sum(os.path.getsize(os.path.join(directory, n)) for n in names
                                                 if n.endswith(".zip")) / 1e6)


def daily_rows(tool, rows):
    """Job A on a month of daily zips, against DuckDB on the same days gzipped."""
    zips, gz_glob, megabytes = daily_files(data_file(rows), rows)
    reference = os.path.join(DATA, "out-daily-%s-libbilateral.csv" % rows)
    other = os.path.join(DATA, "out-daily-%s-other.csv" % rows)
    node = ["node", os.path.join(HERE, "duckdb-job.mjs")]
    out, times = [], {}
    for name, command, target in (
            ("libbilateral, 1 thread, zips", [tool, "aggregate", "-q", "--threads", "1", "-o", reference] + KEEP + zips,
             reference),
            ("libbilateral, 2 threads, zips", [tool, "aggregate", "-q", "--threads", "2", "-o", reference] + KEEP + zips,
             reference),
            ("DuckDB, 1 thread, gzip", node + ["A", "1", gz_glob, other], other),
            ("DuckDB, 2 threads, gzip", node + ["A", "2", gz_glob, other], other)):
        seconds, rss = timed(command, 3)
        check = "reference" if target == reference else ("same" if compare(reference, other) is None else "DIFFERENT")
        times[name] = seconds
        out.append(("%s/30d" % rows, "A", name, seconds, megabytes / seconds, rss, check))
    for threads in ("1 thread", "2 threads"):
        ratio = times["DuckDB, %s, gzip" % threads] / times["libbilateral, %s, zips" % threads]
        out.append(("%s/30d" % rows, "A", "speed-up over DuckDB, %s" % threads, None, None, None, "%.2f×" % ratio))
    return out


def main(argv):
    tool = os.path.abspath(argv[1])
    sizes = argv[2:] or ["1000000", "5000000"]
    rows_out = []
    for rows in sizes:
        source = data_file(rows)
        megabytes = os.path.getsize(source) / 1e6
        subprocess.run(["cat", source], stdout=subprocess.DEVNULL, check=True)  # into the page cache
        for name, command in (("floor: cat", ["cat", source]), ("floor: wc -l", ["wc", "-l", source]),
                              ("floor: 35 fields split, 1 core", [field_split(), source])):
            seconds, rss = timed(command, 3)
            rows_out.append((rows, "-", name, seconds, megabytes / seconds, rss, ""))
        for job in ("A", "B"):
            reference = os.path.join(DATA, "out-%s-%s-libbilateral.csv" % (rows, job))
            times = {}
            for name, command, fast in engines(tool, job, source, "@"):
                ours = command[0] == tool and "--keep-duplicates" in command
                target = reference if ours else os.path.join(DATA, "out-%s-%s-other.csv" % (rows, job))
                command = [target if c == "@" else c for c in command]
                repeat = 3 if fast or int(rows) <= 1000000 else 1
                seconds, rss = timed(command, repeat)
                check = "reference" if ours else ("same" if compare(reference, target) is None else "DIFFERENT")
                times[name] = seconds
                rows_out.append((rows, job, name, seconds, megabytes / seconds, rss, check))
            for threads in ("1 thread", "2 threads"):
                ratio = times["DuckDB, %s" % threads] / times["libbilateral, %s" % threads]
                rows_out.append((rows, job, "speed-up over DuckDB, %s" % threads, None, None, None, "%.2f×" % ratio))

    rows_out += daily_rows(tool, sizes[0])

    print("%-11s %-3s %-40s %9s %9s %9s  %s" % ("rows", "job", "engine", "seconds", "MB/s", "RSS MB", "output"))
    for rows, job, name, seconds, rate, rss, check in rows_out:
        if seconds is None:
            print("%-11s %-3s %-40s %9s %9s %9s  %s" % (rows, job, name, "", "", "", check))
        else:
            print("%-11s %-3s %-40s %9.2f %9.0f %9.1f  %s" % (rows, job, name, seconds, rate, rss, check))
    return 1 if any(r[6] == "DIFFERENT" for r in rows_out) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
