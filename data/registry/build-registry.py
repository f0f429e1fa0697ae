#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Builds the registry of states that libbilateral compiles in.

Joins the Correlates of War state list (v2016) and the Gleditsch-Ward list
with ISO 3166 codes from Debian's iso-codes, through our own table of which
codes a state held when (states.csv) and our table of successions
(successions.csv). Writes one JSON document; fails, naming the row, on any
inconsistency (an unknown code, two states holding one code at once).

    build-registry.py STATES.csv SUCCESSIONS.csv COW.csv GW.csv ISO_JSON_DIR OUTPUT.json
"""
import csv
import datetime
import json
import os
import sys

COW_ONGOING = "2016-12-31"  # COW v2016 closes ongoing memberships on this day
GW_ONGOING = "9999-12-31"
SCHEMES = ("iso2", "iso3", "isonum", "cow", "cow-letters", "gw", "gw-letters", "cameo")
KINDS = ("continuation", "succession", "secession", "unification", "dissolution")


class BuildError(Exception):
    pass


def day(text):
    return datetime.date.fromisoformat(text) if text else None


def intersect(a, b):
    """Intersection of two spans (start, end), None meaning unbounded; None if empty."""
    start = max((x for x in (a[0], b[0]) if x), default=None)
    ends = [x for x in (a[1], b[1]) if x]
    end = min(ends) if ends else None
    if start and end and start > end:
        return None
    return (start, end)


def merge(spans):
    """Sorted union of spans, joining those that touch."""
    lo = datetime.date.min
    spans = sorted(spans, key=lambda s: s[0] or lo)
    merged = []
    for start, end in spans:
        if merged:
            last_start, last_end = merged[-1]
            if last_end is None or (start or lo) <= last_end + datetime.timedelta(days=1):
                if last_end is not None and (end is None or end > last_end):
                    merged[-1] = (last_start, end)
                continue
        merged.append((start, end))
    return merged


def text(d):
    return d.isoformat() if d else None


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def read_systems(cow_path, gw_path):
    cow, gw = {}, {}
    for r in read_csv(cow_path):
        start = datetime.date(int(r["styear"]), int(r["stmonth"]), int(r["stday"]))
        end = datetime.date(int(r["endyear"]), int(r["endmonth"]), int(r["endday"]))
        end_text = end.isoformat()
        cow.setdefault(r["ccode"], []).append((r["stateabb"], r["statenme"], start, None if end_text == COW_ONGOING else end, False))
    for r in read_csv(gw_path):
        end = None if r["end"] == GW_ONGOING else day(r["end"])
        gw.setdefault(r["gwcode"], []).append((r["gwc"], r["country_name"], day(r["start"]), end, r["microstate"] == "TRUE"))
    return cow, gw


def read_iso(directory):
    iso = {}
    with open(os.path.join(directory, "iso_3166-1.json"), encoding="utf-8") as f:
        for c in json.load(f)["3166-1"]:
            iso[c["alpha_3"]] = dict(alpha2=c["alpha_2"], numeric=c["numeric"], name=c.get("common_name", c["name"]),
                                     official=c.get("official_name"), plain_name=c["name"])
    with open(os.path.join(directory, "iso_3166-3.json"), encoding="utf-8") as f:
        for c in json.load(f)["3166-3"]:
            if c["alpha_3"] not in iso:
                iso[c["alpha_3"]] = dict(alpha2=c["alpha_4"][:2], numeric=c.get("numeric"), name=c["name"],
                                         official=None, plain_name=c["name"])
    return iso


def build(states_path, successions_path, cow_path, gw_path, iso_dir):
    cow, gw = read_systems(cow_path, gw_path)
    iso = read_iso(iso_dir)
    states, order = {}, []

    rows = read_csv(states_path)
    for line, r in enumerate(rows, start=2):
        where = "%s:%d" % (os.path.basename(states_path), line)
        state = states.get(r["id"])
        if state is None:
            state = states[r["id"]] = dict(id=r["id"], name=r["name"], aliases=[], spells=[], rows=[], microstate=False,
                                           system_names=set())
            order.append(r["id"])
        window = (day(r["from"]), day(r["to"]))
        state["rows"].append((where, window, r))
        for alias in filter(None, r["aliases"].split("|")):
            if alias not in state["aliases"]:
                state["aliases"].append(alias)
        for system, table, key in (("cow", cow, "cow"), ("gw", gw, "gw")):
            if not r[key]:
                continue
            if r[key] not in table:
                raise BuildError("%s: no %s state has the code %s" % (where, system.upper(), r[key]))
            for letters, name, start, end, micro in table[r[key]]:
                span = intersect((start, end), window)
                if span:
                    state["spells"].append(span)
                    state["system_names"].add(name)
                    state["microstate"] |= micro
        if not r["cow"] and not r["gw"]:
            if not r["from"]:
                raise BuildError("%s: a state in neither list needs the dates of its existence" % where)
            state["spells"].append(window)

    result = []
    holders = {}  # (scheme, code) -> [(start, end, id)]
    for state_id in order:
        state = states[state_id]
        spells = merge(state["spells"])
        if not spells:
            raise BuildError("%s: no existence: its codes never overlap its dates" % state_id)
        codes = []
        for where, window, r in state["rows"]:
            for system, table, key in (("cow", cow, "cow"), ("gw", gw, "gw")):
                for letters, name, start, end, micro in table.get(r[key], []):
                    span = intersect((start, end), window)
                    if span:
                        codes.append((system, r[key]) + span)
                        codes.append((system + "-letters", letters) + span)
            # ISO and CAMEO codes name the state while it exists, within the row's dates.
            for spell in spells:
                span = intersect(spell, window)
                if span is None:
                    continue
                if r["iso3"]:
                    if r["iso3"] not in iso:
                        raise BuildError("%s: iso-codes has no alpha-3 code %s" % (where, r["iso3"]))
                    entry = iso[r["iso3"]]
                    codes.append(("iso3", r["iso3"]) + span)
                    codes.append(("iso2", entry["alpha2"]) + span)
                    if entry["numeric"]:
                        codes.append(("isonum", entry["numeric"]) + span)
                cameo = r["cameo"] or r["iso3"]
                if cameo:
                    codes.append(("cameo", cameo) + span)
            if r["iso3"] in iso:
                entry = iso[r["iso3"]]
                if not state["name"]:
                    state["name"] = entry["name"]
                for alias in (entry["official"], entry["plain_name"], entry["name"]):
                    if alias and alias != state["name"] and alias not in state["aliases"]:
                        state["aliases"].append(alias)
        if not state["name"]:
            raise BuildError("%s: no name" % state_id)
        # The lists' own names are aliases only where they name this state alone.
        if len(state["rows"]) == 1 and not state["rows"][0][1][0] and not state["rows"][0][1][1]:
            for name in sorted(state["system_names"]):
                if name != state["name"] and name not in state["aliases"]:
                    state["aliases"].append(name)
        for scheme, code, start, end in codes:
            for other_start, other_end, other in holders.get((scheme, code), []):
                if other != state_id and intersect((start, end), (other_start, other_end)):
                    raise BuildError("%s %s is held by both %s and %s at once" % (scheme, code, other, state_id))
            holders.setdefault((scheme, code), []).append((start, end, state_id))
        result.append(dict(id=state_id, name=state["name"], aliases=state["aliases"], microstate=state["microstate"],
                           spells=[[text(s), text(e)] for s, e in spells],
                           codes=[[scheme, code, text(s), text(e)] for scheme, code, s, e in codes]))
        state["spells"] = spells

    successions = []
    for line, r in enumerate(read_csv(successions_path), start=2):
        where = "%s:%d" % (os.path.basename(successions_path), line)
        for key in ("predecessor", "successor"):
            if r[key] not in states:
                raise BuildError("%s: no state %s" % (where, r[key]))
        if r["kind"] not in KINDS:
            raise BuildError("%s: %s is not one of %s" % (where, r["kind"], ", ".join(KINDS)))
        date = r["date"]
        if not date:
            last = states[r["predecessor"]]["spells"][-1][1]
            if last is None:
                raise BuildError("%s: %s goes on, so the succession needs a date" % (where, r["predecessor"]))
            date = (last + datetime.timedelta(days=1)).isoformat()
        successions.append([r["predecessor"], r["successor"], r["kind"], date, r["note"]])
    return dict(states=result, successions=successions)


def main(argv):
    if len(argv) != 7:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        registry = build(*argv[1:6])
    except BuildError as error:
        print("build-registry: %s" % error, file=sys.stderr)
        return 1
    with open(argv[6], "w", encoding="utf-8") as f:
        json.dump(registry, f, ensure_ascii=False, separators=(",", ":"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
