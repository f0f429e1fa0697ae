#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Builds the registry of states that libbilateral compiles in.

Joins the Correlates of War state list (v2016) and the Gleditsch-Ward list
with ISO 3166 codes from Debian's iso-codes, through our own table of which
codes a state held when (states.csv) and our table of successions
(successions.csv); then adds every other entry of ISO 3166-1 and every
withdrawn one of ISO 3166-3, with the status and dates of our table
(entities.csv). Writes one JSON document; fails, naming the row, on any
inconsistency (an unknown code, two entries holding one code at once, an
ISO entry that no table covers).

Names: each entry's own name and aliases; our table of abbreviations,
former names (with the dates they applied) and names that fit several
entries (names.csv); the English, official and common names of iso-codes
and their translations in its gettext catalogues; and CLDR's territory
names in every locale, with their short and variant forms. Names in
English come first: a translation never outranks them.

    build-registry.py STATES.csv SUCCESSIONS.csv COW.csv GW.csv ENTITIES.csv NAMES.csv
                      ISO_JSON_DIR LOCALE_DIR CLDR_MAIN_DIR OUTPUT.json
"""
import csv
import datetime
import gettext
import glob
import html
import json
import os
import re
import sys

COW_ONGOING = "2016-12-31"  # COW v2016 closes ongoing memberships on this day
GW_ONGOING = "9999-12-31"
SCHEMES = ("iso2", "iso3", "isonum", "cow", "cow-letters", "gw", "gw-letters", "cameo")
KINDS = ("continuation", "succession", "secession", "unification", "dissolution")
STATUSES = ("sovereign", "partially-recognized", "associated-state", "dependent-territory", "part-of-state",
            "disputed-territory", "international")


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
    """ISO 3166-1 by alpha-3 (with the withdrawn codes of 3166-3 whose alpha-3
    is not in use), and every entry, current or withdrawn, by its own key:
    the alpha-3 of 3166-1, the alpha-4 of 3166-3."""
    iso, entries = {}, {}
    with open(os.path.join(directory, "iso_3166-1.json"), encoding="utf-8") as f:
        for c in json.load(f)["3166-1"]:
            iso[c["alpha_3"]] = entries[c["alpha_3"]] = dict(
                alpha3=c["alpha_3"], alpha2=c["alpha_2"], numeric=c["numeric"], name=c.get("common_name", c["name"]),
                official=c.get("official_name"), plain_name=c["name"])
    with open(os.path.join(directory, "iso_3166-3.json"), encoding="utf-8") as f:
        for c in json.load(f)["3166-3"]:
            entry = dict(alpha3=c["alpha_3"], alpha2=c["alpha_4"][:2], numeric=c.get("numeric"), name=c["name"],
                         official=None, plain_name=c["name"], withdrawn=c.get("withdrawal_date"))
            entries[c["alpha_4"]] = entry
            if c["alpha_3"] not in iso:
                iso[c["alpha_3"]] = entry
    return iso, entries


TERRITORY = re.compile(r'<territory type="([A-Z]{2})"(?: alt="(short|variant)")?>([^<]+)</territory>')
ENGLISH, TRANSLATED = 0, 1


def current_holder(holders, scheme, code, ended=False):
    """The entry that holds a code last: now, or (ended) last of those whose hold ended."""
    spans = [h for h in holders.get((scheme, code), []) if (h[1] is not None) == ended]
    if not spans:
        return None
    return max(spans, key=lambda h: h[1] or datetime.date.max)[2]


def translations(locale_dir, domain):
    """msgid -> [msgstr, ...] over every language's catalogue of a domain; and how many languages."""
    names, languages = {}, set()
    for path in sorted(glob.glob(os.path.join(locale_dir, "*", "LC_MESSAGES", domain + ".mo"))):
        with open(path, "rb") as f:
            catalog = gettext.GNUTranslations(f)._catalog
        languages.add(path.split(os.sep)[-3])
        for msgid, msgstr in catalog.items():
            if msgid and msgstr and msgstr != msgid and isinstance(msgid, str):
                names.setdefault(msgid, []).append(msgstr)
    return names, languages


def cldr_names(main_dir):
    """(alpha-2, name, is_english) over every CLDR locale; and the locales read."""
    out, locales = [], set()
    for path in sorted(glob.glob(os.path.join(main_dir, "*.xml"))):
        locale = os.path.basename(path)[:-4]
        with open(path, encoding="utf-8") as f:
            text = f.read()
        found = TERRITORY.findall(text)
        if found:
            locales.add(locale)
        for code, _alt, name in found:
            out.append((code, html.unescape(name).strip(), locale == "en" or locale.startswith("en_")))
    return out, locales


def build_names(names_path, entries_by_id, holders, iso_entries, locale_dir, cldr_dir):
    """Every name beyond the entries' own, as [name, id, tier, from, to]."""
    seen, out = {}, []

    def add(name, entry_id, tier, start=None, end=None):
        """Once each; a name given both in English and as a translation is English."""
        key = (name, entry_id, start, end)
        if not name:
            return
        if key in seen:
            out[seen[key]][2] = min(out[seen[key]][2], tier)
            return
        seen[key] = len(out)
        out.append([name, entry_id, tier, text(start), text(end)])

    for line, r in enumerate(read_csv(names_path), start=2):
        if r["entity"] not in entries_by_id:
            raise BuildError("%s:%d: no entry %s" % (os.path.basename(names_path), line, r["entity"]))
        add(r["name"], r["entity"], ENGLISH, day(r["from"]), day(r["to"]))

    stats = {}
    for domain, withdrawn in (("iso_3166-1", False), ("iso_3166-3", True)):
        catalog, languages = translations(locale_dir, domain)
        stats[domain] = len(languages)
        for key, e in iso_entries.items():
            if ("withdrawn" in e) != withdrawn:
                continue
            holder = current_holder(holders, "iso3", e["alpha3"], ended=withdrawn) or current_holder(holders, "iso3", e["alpha3"])
            if holder is None:
                raise BuildError("no entry holds the ISO code %s" % e["alpha3"])
            for english in (e["name"], e["official"], e["plain_name"]):
                for name in catalog.get(english, []) if english else []:
                    add(name, holder, TRANSLATED)

    found, locales = cldr_names(cldr_dir)
    stats["cldr"] = len(locales)
    for code, name, english in found:
        holder = current_holder(holders, "iso2", "XK" if code == "XK" else code)
        if code == "XK":
            holder = "KOS"  # CLDR's code for Kosovo, which ISO 3166 has not assigned
        if holder:
            add(name, holder, ENGLISH if english else TRANSLATED)
    return out, stats


def build(states_path, successions_path, cow_path, gw_path, entities_path, names_path, iso_dir, locale_dir, cldr_dir):
    cow, gw = read_systems(cow_path, gw_path)
    iso, iso_entries = read_iso(iso_dir)
    states, order = {}, []

    rows = read_csv(states_path)
    for line, r in enumerate(rows, start=2):
        where = "%s:%d" % (os.path.basename(states_path), line)
        state = states.get(r["id"])
        if state is None:
            if r["status"] and r["status"] not in STATUSES:
                raise BuildError("%s: %s is not one of %s" % (where, r["status"], ", ".join(STATUSES)))
            state = states[r["id"]] = dict(id=r["id"], name=r["name"], aliases=[], spells=[], rows=[], microstate=False,
                                           system_names=set(), status=r["status"] or "sovereign")
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

    last_iso_holder, last_end = {}, {}
    for r in rows:
        # The row that ends last, or of those, begins last.
        when = (day(r["to"]) or datetime.date.max, day(r["from"]) or datetime.date.min)
        if r["iso3"] and when >= last_end.get(r["iso3"], (datetime.date.min, datetime.date.min)):
            last_iso_holder[r["iso3"]], last_end[r["iso3"]] = r["id"], when

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
            # ISO's names go to the code's last holder: "Viet Nam" is Vietnam, not the Republic of Vietnam.
            if r["iso3"] in iso and last_iso_holder.get(r["iso3"]) == state_id:
                entry = iso[r["iso3"]]
                for alias in (entry["official"], entry["plain_name"], entry["name"]):
                    if alias and alias not in state["aliases"]:
                        state["aliases"].append(alias)
        # The name is the table's, or ISO's name of the latest code: Belarus, not the Byelorussian SSR.
        if not state["name"]:
            latest = [r for where, window, r in state["rows"] if r["iso3"] in iso]
            if latest:
                state["name"] = iso[latest[-1]["iso3"]]["name"]
        state["aliases"] = [a for a in state["aliases"] if a != state["name"]]
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
                           status=state["status"], spells=[[text(s), text(e)] for s, e in spells],
                           codes=[[scheme, code, text(s), text(e)] for scheme, code, s, e in codes]))
        state["spells"] = spells

    # Every other ISO entry: dependent territories, parts of states, withdrawn codes.
    covered = {r["iso3"] for r in rows if r["iso3"]}
    for line, r in enumerate(read_csv(entities_path), start=2):
        where = "%s:%d" % (os.path.basename(entities_path), line)
        entry = iso_entries.get(r["iso"])
        if entry is None:
            raise BuildError("%s: iso-codes has no entry %s" % (where, r["iso"]))
        if r["status"] not in STATUSES:
            raise BuildError("%s: %s is not one of %s" % (where, r["status"], ", ".join(STATUSES)))
        if r["id"] in states:
            raise BuildError("%s: %s is a state of %s already" % (where, r["id"], os.path.basename(states_path)))
        window = (day(r["from"]), day(r["to"]))
        spells = [window] if window != (None, None) else []
        codes = [("iso3", entry["alpha3"]), ("iso2", entry["alpha2"]), ("cameo", entry["alpha3"])]
        if entry["numeric"]:
            codes.append(("isonum", entry["numeric"]))
        codes = [(scheme, code) + window for scheme, code in codes]
        for scheme, code, start, end in codes:
            for other_start, other_end, other in holders.get((scheme, code), []):
                if intersect((start, end), (other_start, other_end)):
                    raise BuildError("%s: %s %s is held by both %s and %s at once" % (where, scheme, code, other, r["id"]))
            holders.setdefault((scheme, code), []).append((start, end, r["id"]))
        aliases = [a for a in (entry["official"], entry["plain_name"]) if a and a != entry["name"]]
        states[r["id"]] = dict(spells=spells)
        covered.add(entry["alpha3"])
        result.append(dict(id=r["id"], name=entry["name"], aliases=aliases, microstate=False, status=r["status"],
                           spells=[[text(s), text(e)] for s, e in spells],
                           codes=[[scheme, code, text(s), text(e)] for scheme, code, s, e in codes]))
    names, stats = build_names(names_path, states, holders, iso_entries, locale_dir, cldr_dir)
    missing = sorted(k for k, e in iso_entries.items() if e["alpha3"] not in covered and "withdrawn" not in e)
    missing += sorted(k for k, e in iso_entries.items() if "withdrawn" in e and e["alpha3"] not in covered)
    if missing:
        raise BuildError("no table covers the ISO entries %s" % ", ".join(missing))

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
    return dict(states=result, successions=successions, names=names,
                sources=dict(iso_languages=stats["iso_3166-1"], cldr_locales=stats["cldr"]))


def main(argv):
    if len(argv) != 11:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        registry = build(*argv[1:10])
    except BuildError as error:
        print("build-registry: %s" % error, file=sys.stderr)
        return 1
    with open(argv[10], "w", encoding="utf-8") as f:
        json.dump(registry, f, ensure_ascii=False, separators=(",", ":"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
