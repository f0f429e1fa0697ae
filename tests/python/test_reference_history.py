# SPDX-License-Identifier: LGPL-2.1-or-later
"""The bundled reference history: complete, consistent, and faithful to its sources.

The citation checks read the essay from ../shared/essay/ beside the source
tree (or $BILATERAL_ESSAY) and are skipped when it is not there."""
import csv
import datetime
import json
import os
import re

import pytest
from gi.repository import Bilateral

SOURCE_ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
SHARED = os.path.join(SOURCE_ROOT, "..", "shared")
ESSAY = os.environ.get("BILATERAL_ESSAY", os.path.join(SHARED, "essay", "pakistan-russia-relations.txt"))
ABBREVIATIONS = {"Gen", "Mr", "Mrs", "Dr", "St", "Lt", "Col"}


def split_essay(text):
    """Paragraphs and sentences, counted as the essay source's note says."""
    start = text.index("Updated on June 20, 2015") + len("Updated on June 20, 2015")
    end = text.index("0 of 8192 characters used")
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text[start:end]) if p.strip()]
    result = []
    for paragraph in paragraphs:
        sentences, begin = [], 0
        for match in re.finditer(r"[.!?][\"’”]?\s+(?=[A-Z“‘\"])", paragraph):
            words = re.findall(r"(\w+)[.!?][\"’”]?\s+$", paragraph[begin:match.end()])
            if words and words[-1] in ABBREVIATIONS:
                continue
            sentences.append(paragraph[begin:match.end()].strip())
            begin = match.end()
        if paragraph[begin:].strip():
            sentences.append(paragraph[begin:].strip())
        result.append(sentences)
    return result


@pytest.fixture(scope="module")
def history():
    return Bilateral.Archive.load_builtin("pakistan-russia")


@pytest.fixture(scope="module")
def essay():
    if not os.path.exists(ESSAY):
        pytest.skip("the essay is not at %s" % ESSAY)
    with open(ESSAY, encoding="utf-8") as f:
        return split_essay(f.read())


def every_citation(history):
    """(where, citation) for every citation of every record."""
    for actor in history.get_actors():
        for c in actor.get_citations():
            yield "actor %s" % actor.get_id(), c
    for link in history.get_successions():
        for c in link.get_citations():
            yield "succession %s" % link.get_successor_id(), c
    for event in history.get_events():
        for c in event.get_citations():
            yield "event %s" % event.get_id(), c
        for impact in event.get_impacts():
            for c in impact.get_citations():
                yield "impact of %s" % event.get_id(), c
    for phase in history.get_phases():
        for c in phase.get_citations():
            yield "phase %s" % phase.get_id(), c


def test_it_is_listed_and_valid(history):
    assert "pakistan-russia" in Bilateral.Archive.list_builtin()
    assert history.validate()
    assert history.get_title() == "Pakistan and the USSR/Russia, 1947–2015"


def test_it_has_every_actor_the_essay_names(history):
    expected = {
        "state": {"PAK", "SUN", "RUS", "IND", "USA", "GBR", "CHN", "AFG", "CAN"},
        "organization": {"SEATO", "CENTO", "NATO", "UN"},
        "group": {"TALIBAN", "SEPT11"},
        "person": {"liaquat", "stalin", "pandit", "nehru", "bhutto", "yeltsin", "musharraf", "raheel"},
    }
    found = {}
    for actor in history.get_actors():
        found.setdefault(actor.get_kind().value_nick, set()).add(actor.get_id())
    assert found == expected
    for actor in history.get_actors():
        assert len(actor.get_citations()) >= 1, actor.get_id()


def test_the_ussr_ends_and_russia_continues_it(history):
    sun, rus = history.lookup_actor("SUN"), history.lookup_actor("RUS")
    assert sun.get_code(Bilateral.CodeScheme.ISO_ALPHA3) == "SUN"
    assert str(sun.get_existence()) == "1922-12-30/1991-12-26"
    [link] = list(rus.get_predecessors())
    assert (link.get_predecessor_id(), link.get_kind()) == ("SUN", Bilateral.SuccessionKind.CONTINUATION)
    assert str(link.get_date()) == "1991-12-26"


def test_pakistan_russia_events_span_1947_to_2015_in_order(history):
    rel = history.get_relation(history.lookup_actor("PAK"), history.lookup_actor("RUS"))
    events = list(rel.get_events())
    assert len(events) >= 10
    dates = [e.get_date() for e in events]
    assert dates == sorted(dates)
    assert dates[0].get_year() == 1947
    assert dates[-1].get_latest().get_year() == 2015
    assert len(rel.get_third_party_events()) >= 5


def test_a_curated_phase_covers_every_month_from_1947_to_2015(history):
    rel = history.get_relation(history.lookup_actor("PAK"), history.lookup_actor("RUS"))
    for year in range(1947, 2016):
        for month in range(1, 13):
            if (year, month) < (1947, 8):
                continue
            day = 14 if (year, month) == (1947, 8) else 1
            phase = rel.phase_at(datetime.date(year, month, day))
            assert phase is not None, (year, month)
            assert phase.get_origin() == Bilateral.PhaseOrigin.CURATED
    assert rel.phase_at("1958").get_stance() == Bilateral.Stance.ANTAGONISTIC
    assert rel.phase_at("1985").get_stance() == Bilateral.Stance.HOSTILE
    assert rel.phase_at("2010").get_stance() == Bilateral.Stance.CORDIAL


def test_the_india_ussr_phase_it_is_contrasted_with(history):
    rel = history.get_relation(history.lookup_actor("IND"), history.lookup_actor("SUN"))
    assert [p.get_stance() for p in rel.get_phases()] == [Bilateral.Stance.FRIENDLY]
    assert [e.get_id() for e in rel.get_third_party_events()] == ["india-korea-nonalignment-1950"]


def test_other_dyads_the_essay_tells(history):
    def count(a, b):
        return len(history.get_relation(history.lookup_actor(a), history.lookup_actor(b)).get_events())

    assert count("PAK", "USA") >= 4
    assert count("PAK", "CHN") == 1
    assert count("SUN", "AFG") == 2
    assert count("USA", "TALIBAN") == 1
    assert count("IND", "PAK") == 1


def test_events_have_cameo_codes_and_gdelt_weights(history):
    codebook = Bilateral.Cameo.get_default()
    for event in history.get_events():
        code = codebook.lookup(event.get_cameo_code())
        assert event.get_goldstein() == code.get_goldstein(), event.get_id()


def test_every_citation_names_a_source_and_supplements_are_marked(history):
    citations = list(every_citation(history))
    assert len(citations) >= 70
    for where, c in citations:
        source = history.lookup_source(c.get_source_id())
        assert source is not None and source.get_title(), where
        if c.get_source_id() == "essay":
            assert not c.get_supplement(), where
            assert c.get_paragraph() and c.get_sentence() and c.get_quote(), where
        else:
            assert c.get_supplement(), where
            assert c.get_note(), where


def test_every_essay_citation_is_where_it_says(history, essay):
    checked = 0
    for where, c in every_citation(history):
        if c.get_source_id() != "essay":
            continue
        p, s = c.get_paragraph(), c.get_sentence()
        assert p <= len(essay), "%s: no paragraph %d" % (where, p)
        assert s <= len(essay[p - 1]), "%s: paragraph %d has no sentence %d" % (where, p, s)
        assert c.get_quote() in essay[p - 1][s - 1], "%s: “%s” is not in %d.%d" % (where, c.get_quote(), p, s)
        checked += 1
    assert checked >= 60


def test_the_essay_splits_as_documented(essay):
    assert len(essay) == 8
    assert essay[1][2].startswith("Pakistan made first serious move")
    assert essay[7][2].startswith("Pakistan surely has seen a ray of light after the successful visit by COAS Gen. Raheel")


def read_csv(name):
    path = os.path.join(SHARED, "data", name)
    if not os.path.exists(path):
        pytest.skip("%s is not there" % path)
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_state_codes_match_the_cow_and_gw_lists(history):
    cow = {(r["ccode"], r["stateabb"]) for r in read_csv("states2016.csv")}
    gw = {(r["gwcode"], r["gwc"]) for r in read_csv("gwstates.csv")}
    for actor in history.get_actors():
        if actor.get_kind() != Bilateral.ActorKind.STATE:
            continue
        assert (actor.get_code(Bilateral.CodeScheme.COW), actor.get_code(Bilateral.CodeScheme.COW_LETTERS)) in cow
        assert (actor.get_code(Bilateral.CodeScheme.GW), actor.get_code(Bilateral.CodeScheme.GW_LETTERS)) in gw


def test_state_codes_match_iso_codes(history):
    codes = {}
    for name in ("iso_3166-1.json", "iso_3166-3.json"):
        path = os.path.join("/usr/share/iso-codes/json", name)
        if not os.path.exists(path):
            pytest.skip("iso-codes is not installed")
        with open(path, encoding="utf-8") as f:
            for entry in next(iter(json.load(f).values())):
                codes[entry["alpha_3"]] = (entry.get("alpha_2", entry.get("alpha_4", "")[:2]), entry.get("numeric"))
    for actor in history.get_actors():
        if actor.get_kind() != Bilateral.ActorKind.STATE:
            continue
        iso3 = actor.get_code(Bilateral.CodeScheme.ISO_ALPHA3)
        assert codes[iso3] == (actor.get_code(Bilateral.CodeScheme.ISO_ALPHA2),
                               actor.get_code(Bilateral.CodeScheme.ISO_NUMERIC)), iso3
