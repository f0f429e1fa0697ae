#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Column conversion: COW codes with their years to ISO alpha-3, a million
rows, through Registry.convert_codes() against a pandas map over a dict
built from the registry (the state-year panel's (cow, year) -> iso3, as a
user would build it). Both outputs are compared row by row.

    convert.py [ROWS]    (run with the build's typelib on GI_TYPELIB_PATH)
"""
import random
import sys
import time

import gi

gi.require_version("Bilateral", "1.0")
from gi.repository import Bilateral  # noqa: E402


def main():
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    reg = Bilateral.Registry.get_default()
    S = Bilateral.CodeScheme
    # The (COW code, year) pairs of the state system, 1946-2015: the data a user converts.
    pairs = []
    for year in range(1946, 2016):
        d = Bilateral.Date.parse("%04d" % year)
        for state in reg.get_states_in_year(year):
            cow = reg.get_code(state, S.COW, d)
            iso = reg.get_code(state, S.ISO_ALPHA3, d)
            if cow:
                pairs.append((cow, str(year), iso or ""))
    rng = random.Random(2026)
    sample = [rng.choice(pairs) for _ in range(rows)]
    codes = [c for c, _, _ in sample]
    years = [y for _, y, _ in sample]

    start = time.perf_counter()
    ours, _failed = reg.convert_codes(codes, S.COW, S.ISO_ALPHA3, years, None)  # states with no ISO code: ""
    lib_seconds = time.perf_counter() - start

    import pandas as pd
    start = time.perf_counter()
    table = {(c, y): iso for c, y, iso in pairs}  # built once, as from a panel
    frame = pd.DataFrame({"cow": codes, "year": years})
    theirs = pd.Series(list(zip(frame["cow"], frame["year"]))).map(table).fillna("")
    pandas_seconds = time.perf_counter() - start

    # A (code, year) that two states shared (COW 345 in 2006: Serbia and
    # Montenegro, then Serbia) has one value in a dict; the registry gives the
    # state that held the code for most of the year. Only those rows may differ.
    shared = {}
    for c, y, iso in pairs:
        shared.setdefault((c, y), set()).add(iso)
    shared = {k for k, v in shared.items() if len(v) > 1}
    differ = [i for i, (a, b) in enumerate(zip(theirs, ours)) if a != b]
    explained = all((codes[i], years[i]) in shared for i in differ)
    verdict = "same" if not differ else "same but %d rows of a (code, year) two states shared" % len(differ)
    print("| rows | engine | seconds | rows/s | output |")
    print("|---:|---|---:|---:|---|")
    print("| %d | `Registry.convert_codes()` (one call from Python) | %.2f | %.0f | reference |"
          % (rows, lib_seconds, rows / lib_seconds))
    print("| %d | pandas `map` over a (cow, year) dict | %.2f | %.0f | %s |"
          % (rows, pandas_seconds, rows / pandas_seconds, verdict if explained else "DIFFERENT"))
    return 0 if explained else 1


if __name__ == "__main__":
    sys.exit(main())
