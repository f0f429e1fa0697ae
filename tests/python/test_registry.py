# SPDX-License-Identifier: LGPL-2.1-or-later
"""The registry of states: codes across schemes, dates and succession."""
import csv
import io
import os

import pytest
from gi.repository import Bilateral, Gio, GLib

S = Bilateral.CodeScheme
DATA = os.path.join(os.path.dirname(__file__), "..", "..", "data", "registry")
SHARED = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data")


@pytest.fixture(scope="module")
def reg():
    return Bilateral.Registry.get_default()


def D(text):
    return Bilateral.Date.parse(text)


def test_the_entry_points_of_the_issue(reg):
    assert reg is Bilateral.Registry.get_default()
    ussr = reg.resolve("RUS", S.ISO_ALPHA3, D("1970-06-01"))
    assert ussr.get_id() == "SUN" and ussr.get_name() == "Union of Soviet Socialist Republics"
    assert reg.resolve("365", S.COW, D("1995")).get_name() == "Russian Federation"
    assert reg.convert("255", S.COW, S.GW, D("1995")) == "260"
    assert reg.lookup_name("Soviet Union") is ussr
    assert reg.lookup_name("USSR") is ussr
    assert reg.lookup_name("Burma").get_id() == "MMR"
    assert ussr.get_code(S.ISO_ALPHA3) == "SUN"
    with pytest.raises(GLib.Error) as info:
        reg.resolve("700", S.COW, D("1900-06-01"))
    assert info.value.matches(Bilateral.error_quark(), Bilateral.Error.NOT_FOUND)
    assert "“700”" in info.value.message and "1900-06-01" in info.value.message
    assert "Afghanistan's from 1919-08-08" in info.value.message


@pytest.mark.parametrize(
    "code, scheme, date, expected",
    [
        ("365", S.COW, "1900", "russian-empire"),
        ("365", S.COW, "1970", "SUN"),
        ("365", S.GW, "1991", "SUN"),  # the USSR held it for most of 1991
        ("365", S.GW, "1992", "RUS"),
        ("SUN", S.ISO_ALPHA3, "1995", "RUS"),  # its continuator
        ("SU", S.ISO_ALPHA2, "1980", "SUN"),
        ("810", S.ISO_NUMERIC, "1980", "SUN"),
        ("SUN", S.CAMEO, "1980", "SUN"),
        ("rus", S.COW_LETTERS, "1995", "RUS"),
        ("255", S.COW, "1930", "german-reich"),
        ("255", S.COW, "1995", "DEU"),
        ("260", S.COW, "1980", "DEU"),
        ("260", S.GW, "1995", "DEU"),
        ("265", S.COW, "1980", "DDR"),
        ("DDR", S.ISO_ALPHA3, "1980", "DDR"),
        ("678", S.COW, "1980", "YEM"),
        ("679", S.COW, "1995", "YEM"),
        ("678", S.GW, "1995", "YEM"),
        ("680", S.GW, "1980", "YMD"),
        ("YMD", S.CAMEO, "1980", "YMD"),
        ("345", S.COW, "1900", "SRB"),
        ("345", S.COW, "1960", "YUG"),
        ("345", S.COW, "1995", "SCG"),
        ("345", S.COW, "2010", "SRB"),
        ("340", S.GW, "2010", "SRB"),
        ("345", S.GW, "1995", "SCG"),
        ("YUG", S.ISO_ALPHA3, "1995", "SCG"),
        ("YUG", S.ISO_ALPHA3, "1980", "YUG"),
        ("SCG", S.ISO_ALPHA3, "2004", "SCG"),
        ("315", S.COW, "1980", "CSK"),
        ("CSK", S.CAMEO, "1980", "CSK"),
        ("316", S.GW, "2000", "CZE"),
        ("CZE", S.COW_LETTERS, "1980", "CSK"),  # COW's CZE is Czechoslovakia
        ("CZE", S.ISO_ALPHA3, "2000", "CZE"),
        ("970", S.COW, "2005", "NRU"),  # COW's 970 is Nauru ...
        ("970", S.GW, "2005", "KIR"),  # ... G-W's is Kiribati
        ("ZAR", S.CAMEO, "1990", "COD"),
        ("BUR", S.ISO_ALPHA3, "1980", "MMR"),
        ("KSV", S.CAMEO, "2010", "KOS"),
        ("4", S.ISO_NUMERIC, "2000", "AFG"),
        ("004", S.ISO_NUMERIC, "2000", "AFG"),
        ("0770", S.COW, "2000", "PAK"),
        ("PAK", S.ISO_ALPHA3, "1947", "PAK"),
        ("VNM", S.ISO_ALPHA3, "1970", "south-vietnam"),
        ("VNM", S.ISO_ALPHA3, "1990", "VNM"),
        ("IND", S.ISO_ALPHA3, "1900", "british-india"),  # India continues British India
    ],
)
def test_resolve(reg, code, scheme, date, expected):
    assert reg.resolve(code, scheme, D(date)).get_id() == expected


@pytest.mark.parametrize(
    "code, scheme, date, fragment",
    [
        ("999", S.COW, "2000", "no state ever had the COW code “999”"),
        ("260", S.GW, "1948", "the G-W code “260” meant no state on 1948: it was Germany's from 1949-09-21"),
        ("MNE", S.ISO_ALPHA3, "1950", "Montenegro's"),
        ("PAK", S.ISO_ALPHA3, "1946", "“PAK” meant no state on 1946"),
    ],
)
def test_resolve_errors(reg, code, scheme, date, fragment):
    with pytest.raises(GLib.Error) as info:
        reg.resolve(code, scheme, D(date))
    assert info.value.code == Bilateral.Error.NOT_FOUND
    assert fragment in info.value.message


@pytest.mark.parametrize(
    "code, src, dst, date, expected",
    [
        ("255", S.COW, S.GW, "1995", "260"),
        ("260", S.GW, S.COW, "1980", "260"),
        ("260", S.GW, S.COW, "1995", "255"),
        ("679", S.COW, S.GW, "1995", "678"),
        ("678", S.GW, S.COW, "1980", "678"),
        ("678", S.GW, S.COW, "2000", "679"),
        ("340", S.GW, S.COW, "2010", "345"),
        ("365", S.COW, S.ISO_ALPHA3, "1970", "SUN"),
        ("365", S.COW, S.ISO_ALPHA3, "2000", "RUS"),
        ("RUS", S.ISO_ALPHA3, S.CAMEO, "1970", "SUN"),
        ("PAK", S.ISO_ALPHA3, S.ISO_NUMERIC, "2000", "586"),
        ("UKG", S.COW_LETTERS, S.ISO_ALPHA2, "2000", "GB"),
        ("946", S.COW, S.GW, "2005", "970"),
        ("970", S.GW, S.COW_LETTERS, "2005", "KIR"),
        ("COD", S.ISO_ALPHA3, S.ISO_ALPHA3, "1990", "ZAR"),
        ("490", S.COW, S.CAMEO, "2000", "COD"),
    ],
)
def test_convert(reg, code, src, dst, date, expected):
    assert reg.convert(code, src, dst, D(date)) == expected


def test_convert_errors(reg):
    with pytest.raises(GLib.Error) as info:
        reg.convert("260", S.GW, S.COW, D("1950"))
    assert "Germany (G-W code “260”) had no COW code on 1950" in info.value.message
    with pytest.raises(GLib.Error):
        reg.convert("KOS", S.COW_LETTERS, S.ISO_ALPHA3, D("2010"))  # Kosovo has no ISO code


def test_codes_at_a_date(reg):
    deu = reg.lookup_id("DEU")
    assert reg.get_code(deu, S.COW, D("1980")) == "260"
    assert reg.get_code(deu, S.COW, D("1995")) == "255"
    assert reg.get_code(deu, S.COW, D("1950")) is None
    assert reg.get_code(deu, S.COW, None) == deu.get_code(S.COW) == "255"
    assert deu.get_code(S.GW) == "260"
    cod = reg.lookup_id("COD")
    assert reg.get_code(cod, S.ISO_ALPHA3, D("1990")) == "ZAR"


@pytest.mark.parametrize(
    "name, expected",
    [("Soviet Union", "SUN"), ("ussr", "SUN"), ("Russia", "RUS"), ("Burma", "MMR"), ("Myanmar", "MMR"),
     ("Côte d'Ivoire", "CIV"), ("cote d'ivoire", "CIV"), ("Ivory Coast", "CIV"), ("Zaire", "COD"),
     ("West Germany", "DEU"), ("East Germany", "DDR"), ("North Yemen", "YEM"), ("South Yemen", "YMD"),
     ("Czechoslovakia", "CSK"), ("Yugoslavia", "YUG"), ("British India", "british-india"),
     ("Great Britain", "GBR"), ("Persia", "IRN"), ("Swaziland", "SWZ"), ("Eswatini", "SWZ"),
     ("Bosnia and Herzegovina", "BIH"), ("Württemberg", "wurttemberg"), ("wurttemberg", "wurttemberg")],
)
def test_lookup_name(reg, name, expected):
    assert reg.lookup_name(name).get_id() == expected


def test_lookup_name_unknown(reg):
    assert reg.lookup_name("Atlantis") is None
    assert reg.lookup_id("ATL") is None


def links(state, which):
    model = state.get_predecessors() if which == "pred" else state.get_successors()
    return {(l.get_predecessor_id() if which == "pred" else l.get_successor_id(), l.get_kind().value_nick, str(l.get_date()))
            for l in model}


def test_successions(reg):
    K = "continuation"
    assert links(reg.lookup_id("RUS"), "pred") == {("SUN", K, "1991-12-26")}
    republics = links(reg.lookup_id("SUN"), "succ")
    assert len(republics) == 15
    assert {s for s, k, d in republics if k == "secession"} == {"EST", "LVA", "LTU"}
    assert {s for s, k, d in republics if k == "dissolution"} == {
        "UKR", "BLR", "MDA", "ARM", "GEO", "AZE", "TKM", "TJK", "KGZ", "UZB", "KAZ"}
    assert {s for s, k, d in links(reg.lookup_id("YUG"), "succ")} == {"SCG", "SVN", "HRV", "BIH", "MKD"}
    assert links(reg.lookup_id("CSK"), "succ") == {("CZE", "dissolution", "1993-01-01"), ("SVK", "dissolution", "1993-01-01")}
    assert ("DDR", "unification", "1990-10-03") in links(reg.lookup_id("DEU"), "pred")
    assert ("YMD", "unification", "1990-05-22") in links(reg.lookup_id("YEM"), "pred")
    assert links(reg.lookup_id("british-india"), "succ") == {("IND", K, "1947-08-15"), ("PAK", "secession", "1947-08-14")}
    assert links(reg.lookup_id("BGD"), "pred") == {("PAK", "secession", "1971-12-16")}
    assert ("SRB", K, "2006-06-05") in links(reg.lookup_id("SCG"), "succ")


def test_spells_and_microstates(reg):
    assert [str(s) for s in reg.lookup_id("AFG").get_spells()] == ["1816-01-01/1888-12-30", "1919-05-01/.."]
    assert str(reg.lookup_id("AFG").get_existence()) == "1816-01-01/.."
    assert [str(s) for s in reg.lookup_id("SUN").get_spells()] == ["1922-12-30/1991-12-25"]
    assert reg.is_microstate(reg.lookup_id("LIE"))
    assert not reg.is_microstate(reg.lookup_id("PAK"))


def read_csv(path):
    if not os.path.exists(path):
        pytest.skip("%s is not there" % path)
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def spell_days(start, end):
    """First, middle and last day of a spell, as EDTF dates."""
    import datetime
    a = datetime.date.fromisoformat(start)
    b = datetime.date.fromisoformat(end) if end not in ("9999-12-31", "2016-12-31") else datetime.date(2016, 12, 31)
    return [d.isoformat() for d in (a, a + (b - a) / 2, b)]


def test_every_cow_row_resolves_back_to_itself(reg):
    rows = read_csv(os.path.join(DATA, "cow-states2016.csv"))
    assert len(rows) == 243
    for r in rows:
        start = "%s-%02d-%02d" % (r["styear"], int(r["stmonth"]), int(r["stday"]))
        end = "%s-%02d-%02d" % (r["endyear"], int(r["endmonth"]), int(r["endday"]))
        for day in spell_days(start, end):
            state = reg.resolve(r["ccode"], S.COW, D(day))
            assert reg.get_code(state, S.COW, D(day)) == r["ccode"], (r, day)
            assert reg.get_code(state, S.COW_LETTERS, D(day)) == r["stateabb"], (r, day)
            assert reg.resolve(r["stateabb"], S.COW_LETTERS, D(day)) is state


def test_every_gw_row_resolves_back_to_itself(reg):
    rows = read_csv(os.path.join(DATA, "gw-states.csv"))
    assert len(rows) == 239
    for r in rows:
        for day in spell_days(r["start"], r["end"]):
            state = reg.resolve(r["gwcode"], S.GW, D(day))
            assert reg.get_code(state, S.GW, D(day)) == r["gwcode"], (r, day)
            assert reg.get_code(state, S.GW_LETTERS, D(day)) == r["gwc"], (r, day)
            assert reg.is_microstate(state) == (r["microstate"] == "TRUE"), r


def panel(reg, first, last, dyads):
    out = Gio.MemoryOutputStream.new_resizable()
    reg.write_panel(first, last, dyads, out, None)
    out.close(None)
    return list(csv.DictReader(io.StringIO(bytes(out.steal_as_bytes().get_data()).decode())))


def test_state_year_panel(reg):
    rows = panel(reg, 1990, 1992, False)
    by = {(int(r["year"]), r["id"]): r for r in rows}
    assert ("SUN", "RUS") == (by[(1991, "SUN")]["id"], by[(1992, "RUS")]["id"])
    assert (1991, "RUS") not in by and (1992, "SUN") not in by
    assert by[(1990, "DDR")]["ccode"] == "265" and (1991, "DDR") not in by
    assert by[(1991, "DEU")]["ccode"] == "255" and by[(1991, "DEU")]["gwcode"] == "260"
    assert by[(1990, "YEM")]["ccode"] == "679" and by[(1990, "YEM")]["gwcode"] == "678"
    assert by[(1991, "EST")]["in_cow"] == "1"
    counts = {}
    for r in rows:
        if r["ccode"]:
            counts[(r["year"], r["ccode"])] = counts.get((r["year"], r["ccode"]), 0) + 1
    assert max(counts.values()) == 1  # one row per COW code and year
    assert [s.get_id() for s in reg.get_states_in_year(1991) if s.get_id() in ("SUN", "RUS")] == ["SUN"]


def test_dyad_year_panel_has_pakistan_with_the_ussr_then_russia(reg):
    rows = panel(reg, 1947, 2015, True)
    pak = [(int(r["year"]), r["id1"] if r["id2"] == "PAK" else r["id2"]) for r in rows if "PAK" in (r["id1"], r["id2"])]
    partners = {}
    for year, other in pak:
        partners.setdefault(year, set()).add(other)
    assert all("SUN" in partners[y] and "RUS" not in partners[y] for y in range(1947, 1992))
    assert all("RUS" in partners[y] and "SUN" not in partners[y] for y in range(1992, 2016))
    assert "BGD" not in partners[1970] and "BGD" in partners[1971]
    n = {y: len(reg.get_states_in_year(y)) for y in (1947, 2015)}
    assert sum(1 for r in rows if r["year"] == "2015") == n[2015] * (n[2015] - 1) // 2


def test_the_panel_matches_the_isard_crosswalk(reg):
    """The COW–G-W pairs of our state-years against the isard panels.

    The differences are the years when a state changed its COW code:
    isard keeps both codes for that year, we keep the one that held most of
    it (GFR's 260 in 1990, YAR's 678 in 1990), and 1918, when COW's 345
    passed from Serbia to Yugoslavia."""
    isard = read_csv(os.path.join(SHARED, "cw_gw_panel.csv")) + read_csv(os.path.join(SHARED, "gw_cw_panel.csv"))
    isard = [r for r in isard if int(r["year"]) <= 2016]
    ours = panel(reg, 1816, 2016, False)
    our_pairs = {(int(r["year"]), r["ccode"], r["gwcode"]) for r in ours if r["ccode"] and r["gwcode"]}
    their_pairs = {(int(r["year"]), r["ccode"], r["gwcode"]) for r in isard if "NA" not in (r["ccode"], r["gwcode"])}
    assert sorted(their_pairs - our_pairs) == [(1918, "345", "345"), (1990, "255", "260"), (1990, "678", "678"),
                                               (2006, "345", "345")]
    assert our_pairs - their_pairs == set()
    our_cow = {(int(r["year"]), r["ccode"]) for r in ours if r["ccode"]}
    their_cow = {(int(r["year"]), r["ccode"]) for r in isard if r["ccode"] != "NA"}
    assert sorted(their_cow - our_cow) == [(1990, "255"), (1990, "678")]
    assert our_cow - their_cow == set()
    our_gw = {(int(r["year"]), r["gwcode"]) for r in ours if r["gwcode"]}
    their_gw = {(int(r["year"]), r["gwcode"]) for r in isard if r["gwcode"] != "NA"}
    assert our_gw == their_gw


def test_panel_bad_span(reg):
    with pytest.raises(GLib.Error):
        panel(reg, 2000, 1990, False)


def test_the_bundled_history_resolves_through_the_registry(reg):
    history = Bilateral.Archive.load_builtin("pakistan-russia")
    states = [a for a in history.get_actors() if a.get_kind() == Bilateral.ActorKind.STATE]
    assert len(states) == 9
    for state in states:
        ours = reg.lookup_id(state.get_id())
        assert ours is not None, state.get_id()
        existence = state.get_existence()
        last = existence.get_latest_day() if existence.get_latest() else Bilateral.date_day_from_ymd(2015, 12, 31)
        middle = Bilateral.Date.new_ymd(*Bilateral.date_ymd_from_day((existence.get_earliest_day() + last) // 2))
        for scheme in (S.ISO_ALPHA2, S.ISO_ALPHA3, S.ISO_NUMERIC, S.COW, S.GW, S.CAMEO):
            code = state.get_code(scheme)
            assert reg.resolve(code, scheme, middle) is ours, (state.get_id(), scheme)


def test_an_archive_state_takes_what_it_lacks_from_the_registry():
    archive = Bilateral.Archive.new_from_data(
        '{"format": "bilateral/1", "actors": [{"id": "ddr", "kind": "state", "codes": {"cow": "265"}, "existence": "1970"}]}', -1)
    ddr = archive.lookup_actor("ddr")
    assert ddr.get_name() == "German Democratic Republic"
    assert ddr.get_code(S.ISO_ALPHA3) == "DDR" and ddr.get_code(S.GW) == "265"
    assert str(ddr.get_existence()) == "1970"


@pytest.mark.parametrize(
    "code, scheme, when, fragment",
    [
        ("20", "COW", "1919", "Canada's from 1920-01-10"),
        ("40", "COW", "1907", "Cuba's"),
        ("255", "COW", "1980", "Germany's from 1990-10-03"),
        ("340", "GW", "2006-06-04", "Serbia's from 2006-06-05"),
    ],
)
def test_membership_codes_mean_members_only(reg, code, scheme, when, fragment):
    with pytest.raises(GLib.Error) as info:
        reg.resolve(code, getattr(Bilateral.CodeScheme, scheme), Bilateral.Date.parse(when))
    assert fragment in info.value.message
    with pytest.raises(GLib.Error):
        reg.convert(code, getattr(Bilateral.CodeScheme, scheme), Bilateral.CodeScheme.GW, Bilateral.Date.parse(when))


def test_resolve_full_flags(reg):
    S, F, D = Bilateral.CodeScheme, Bilateral.ResolveFlags, Bilateral.Date.parse
    assert reg.resolve("RUS", S.ISO_ALPHA3, D("1970")).get_id() == "SUN"
    with pytest.raises(GLib.Error):
        reg.resolve_full("SUN", S.ISO_ALPHA3, D("1995"), F.STRICT)
    assert reg.resolve_full("SUN", S.ISO_ALPHA3, D("1995"), F.DEFAULT).get_id() == "RUS"
    assert reg.resolve_full("20", S.COW, D("1919"), F.FOLLOW_CONTINUATION).get_id() == "CAN"
    with pytest.raises(GLib.Error):
        reg.resolve_full("PAK", S.ISO_ALPHA3, D("1995"), F.STRICT | F.FOLLOW_CONTINUATION)


ISO_JSON = "/usr/share/iso-codes/json"


def iso_entries(part):
    import json
    with open(os.path.join(ISO_JSON, "iso_3166-%d.json" % part), encoding="utf-8") as f:
        return json.load(f)["3166-%d" % part]


def test_every_iso_3166_1_entry_is_known(reg):
    S = Bilateral.CodeScheme
    entries = iso_entries(1)
    assert len(entries) == 249
    for e in entries:
        state = reg.resolve(e["alpha_3"], S.ISO_ALPHA3, None)
        assert reg.resolve(e["alpha_2"], S.ISO_ALPHA2, None) is state, e
        assert reg.resolve(e["numeric"], S.ISO_NUMERIC, None) is state, e
        assert state.get_code(S.ISO_ALPHA3) == e["alpha_3"], e
        names = {state.get_name(), *state.get_aliases()}
        assert e.get("common_name", e["name"]) in names or e["name"] in names, (e, names)
        assert reg.lookup_name(e["name"]) in (state, None)  # never another entry


def test_every_iso_3166_3_code_is_known_within_its_dates(reg):
    S, F = Bilateral.CodeScheme, Bilateral.ResolveFlags
    entries = iso_entries(3)
    assert len(entries) == 31
    for e in entries:
        withdrawn = int(e["withdrawal_date"][:4])
        # In some year before its withdrawal, the code meant an entry of that name, strictly.
        found = None
        for year in range(withdrawn - 1, withdrawn - 40, -1):
            try:
                found = reg.resolve_full(e["alpha_3"], S.ISO_ALPHA3, Bilateral.Date.parse("%04d" % year), F.STRICT)
                break
            except GLib.Error:
                continue
        assert found is not None, e
        names = {found.get_name(), *found.get_aliases()}
        assert e["name"] in names, (e, names)
        # After it, the alpha-3 means nothing, or (reassigned, as ATF was) another entry.
        after = Bilateral.Date.parse("%04d" % (withdrawn + 2))
        try:
            later = reg.resolve_full(e["alpha_3"], S.ISO_ALPHA3, after, F.STRICT)
        except GLib.Error:
            later = None
        assert later is not found, e


@pytest.mark.parametrize(
    "code, status",
    [("PAK", "SOVEREIGN"), ("VAT", "SOVEREIGN"), ("PSE", "PARTIALLY_RECOGNIZED"), ("TWN", "PARTIALLY_RECOGNIZED"),
     ("HKG", "PART_OF_STATE"), ("PRI", "DEPENDENT_TERRITORY"), ("ESH", "DISPUTED_TERRITORY"),
     ("NIU", "ASSOCIATED_STATE"), ("ATA", "INTERNATIONAL")],
)
def test_status(reg, code, status):
    state = reg.resolve(code, Bilateral.CodeScheme.ISO_ALPHA3, None)
    assert state.get_status() == getattr(Bilateral.StateStatus, status)
    assert Bilateral.StateStatus.to_string(state.get_status()) == status.lower().replace("_", "-")


def test_names_are_the_sources_names(reg):
    """Each entry's name: our table's, else ISO's for the code it held last, else the lists'."""
    by_alpha3 = {e["alpha_3"]: e.get("common_name", e["name"]) for e in iso_entries(1)}
    with open(os.path.join(os.path.dirname(__file__), "..", "..", "data", "registry", "states.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    last = {}
    for r in rows:
        last.setdefault(r["id"], []).append(r)
    for state_id, state_rows in last.items():
        state = reg.lookup_id(state_id)
        given = [r["name"] for r in state_rows if r["name"]]
        if given:
            assert state.get_name() == given[0], state_id
        elif state_rows[-1]["iso3"] in by_alpha3:
            assert state.get_name() == by_alpha3[state_rows[-1]["iso3"]], state_id
    assert reg.lookup_id("BLR").get_name() == "Belarus"
    assert "Soviet Socialist" not in reg.lookup_id("BLR").get_name()


@pytest.mark.parametrize(
    "name, expected",
    [(" Pakistan ", "PAK"), ("Côte d’Ivoire", "CIV"), ("Lao People’s Democratic Republic", "LAO"),
     ("Trinidad & Tobago", "TTO"), ("Bolivia (Plurinational State of)", "BOL"), ("Congo (the)", "COG"),
     ("Korea, Rep.", "KOR"), ("Congo, Dem. Rep.", "COD"), ("USA", "USA"), ("U.S.", "USA"), ("UAE", "ARE"),
     ("DPRK", "PRK"), ("ROK", "KOR"), ("DRC", "COD"), ("Bangladesch", "BGD"), ("Macédoine du Nord", "MKD"),
     ("Gold Coast", "GHA"), ("Ukrainian SSR", "UKR"), ("Zaire", "COD"), ("Deutschland", "DEU"),
     ("Россия", "RUS"), ("Hong Kong", "HKG"), ("Holy See", "VAT"), ("Palestine", "PSE")],
)
def test_everyday_names(reg, name, expected):
    assert reg.lookup_name(name).get_id() == expected


@pytest.mark.parametrize("name", ["Congo", "Korea", "Guinea", "Micronesia"])
def test_ambiguous_names_are_not_guessed(reg, name):
    assert reg.lookup_name(name) is None
    assert len(reg.lookup_names(name)) >= 2


def test_lookup_name_at(reg):
    D = Bilateral.Date.parse
    assert reg.lookup_name_at("Yugoslavia", D("2005")).get_id() == "SCG"
    assert reg.lookup_name_at("Yugoslavia", D("1980")).get_id() == "YUG"
    assert reg.lookup_name_at("Russia", D("1970")).get_id() == "SUN"
    assert reg.lookup_name_at("East Timor", D("1990")).get_id() == "TMP"
    assert reg.lookup_name_at("East Timor", D("2010")).get_id() == "TLS"
    assert reg.lookup_name_at("Atlantis", D("2010")) is None
    assert len(reg.lookup_names("Atlantis")) == 0


def test_convert_columns(reg):
    S = Bilateral.CodeScheme
    out, failed = reg.convert_codes(["20", "20", "365", "255"], S.COW, S.ISO_ALPHA3, ["1919", "1950", "1990", "1980"], None)
    assert out == ["", "CAN", "SUN", ""] and failed == 2
    out, failed = reg.convert_codes(["365"] * 1000, S.COW, S.ISO_ALPHA3, None, Bilateral.Date.parse("1995"))
    assert out == ["RUS"] * 1000 and failed == 0
    out, failed = reg.convert_names(["Pakistan", "Congo", "Yugoslavia"], S.COW, ["", "", "2005"], None)
    assert out == ["770", "", "345"] and failed == 1
    with pytest.raises(GLib.Error):
        reg.convert_codes(["1", "2"], S.COW, S.GW, ["1990"], None)


def test_cli_convert(tmp_path):
    import subprocess
    path = tmp_path / "c.csv"
    path.write_text('id,country,year\n1,Pakistan,1990\n2,"Korea, Rep.",2000\n3,Congo,2000\n4,Atlantis,2000\n')
    tool = os.environ.get("BILATERAL_TOOL", "bilateral")
    result = subprocess.run([tool, "convert", str(path), "--column", "country", "--from", "name", "--to", "cow",
                             "--date-column", "year"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["id,country,year,country_cow", "1,Pakistan,1990,770",
                                          '2,"Korea, Rep.",2000,732', "3,Congo,2000,", "4,Atlantis,2000,"]
    assert "2 values did not convert" in result.stderr
    assert "“Congo” at 2000: 1 row (fits several: COG, COD)" in result.stderr
    assert "“Atlantis” at 2000: 1 row (no entry has this name)" in result.stderr
    out = tmp_path / "o.csv"
    codes = tmp_path / "codes.csv"
    codes.write_text("cow\n20\n2\n")
    result = subprocess.run([tool, "convert", str(codes), "--column", "cow", "--from", "cow", "--to", "iso3", "--at", "1919",
                             "-o", str(out)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert out.read_text() == "cow,cow_iso3\n20,\n2,USA\n"
    assert "meant no state on 1919" in result.stderr
