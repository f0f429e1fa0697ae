# SPDX-License-Identifier: LGPL-2.1-or-later
import math
import os

import pytest
from gi.repository import Bilateral, Gio, GLib


def test_load_and_walk(sample):
    assert sample.get_title().startswith("Pakistan and the USSR/Russia")
    events = sample.get_events()
    assert isinstance(events, Gio.ListModel)
    assert len(events) == 6
    dates = [e.get_date() for e in events]
    assert dates == sorted(dates)
    assert [type(a).__name__ for a in sample.get_actors()] == [
        "Person", "State", "State", "State", "State", "Organization"
    ]
    assert len(sample.get_sources()) == 2
    assert len(sample.get_successions()) == 1


def test_relation_is_succession_aware(sample):
    pak, rus = sample.lookup_actor("PAK"), sample.lookup_actor("RUS")
    rel = sample.get_relation(pak, rus)
    assert [e.get_id() for e in rel.get_events()] == [
        "pak-sun-1948-04", "pak-sun-1949-12", "rus-pak-1991-11", "rus-pak-2003-02"
    ]
    assert rel.phase_at(Bilateral.Date.parse("1958")).get_label() == "In opposing camps"
    assert rel.phase_at(Bilateral.Date.parse("2010")).get_stance() == Bilateral.Stance.CORDIAL
    assert [e.get_id() for e in rel.get_third_party_events()] == ["pak-seato-1954"]
    impact = rel.get_third_party_events()[0].get_impacts()[0]
    assert impact.get_weight() == -0.5
    assert {impact.get_first().get_id(), impact.get_second().get_id()} == {"PAK", "SUN"}


def test_event_accessors(sample):
    event = sample.lookup_event("pak-seato-1954")
    assert event.get_source().get_id() == "PAK"
    assert event.get_target().get_kind() == Bilateral.ActorKind.ORGANIZATION
    assert event.get_cameo_code() == "057"
    assert event.get_goldstein() == 8.0
    assert event.get_quad_class() == Bilateral.QuadClass.VERBAL_COOPERATION
    citations = list(event.get_citations())
    assert citations[0].get_paragraph() == 2 and citations[0].get_sentence() == 7
    assert citations[1].get_supplement()
    assert not citations[0].get_supplement()


def test_state_codes_and_succession(sample):
    rus = sample.lookup_actor("RUS")
    assert rus.get_code(Bilateral.CodeScheme.COW) == "365"
    assert rus.get_code(Bilateral.CodeScheme.GW) == "365"  # from the registry; the file gives none
    [link] = list(rus.get_predecessors())
    assert link.get_predecessor_id() == "SUN"
    assert link.get_kind() == Bilateral.SuccessionKind.CONTINUATION
    assert str(link.get_date()) == "1991-12-26"
    assert [l.get_successor_id() for l in sample.lookup_actor("SUN").get_successors()] == ["RUS"]
    assert sample.lookup_actor("Soviet Union") is sample.lookup_actor("SUN")
    assert sample.lookup_actor("liaquat").get_affiliation() is sample.lookup_actor("PAK")


def test_round_trip(sample, sample_path, tmp_path):
    out = tmp_path / "copy.json"
    sample.save_to_file(str(out))
    with open(sample_path, encoding="utf-8") as f:
        assert out.read_text(encoding="utf-8") == f.read()
    again = Bilateral.Archive.new_from_file(str(out))
    assert again.to_data()[0] == sample.to_data()[0]


def test_save_failure_keeps_the_old_file(sample, tmp_path):
    with pytest.raises(GLib.Error) as info:
        sample.save_to_file(str(tmp_path / "missing" / "x.json"))
    assert info.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND)


def test_malformed_file_names_the_pointer(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"format": "bilateral/1", "actors": [{"id": "PAK", "kind": "state"}],'
                    ' "events": [{"id": "e", "date": "1950-02-30", "source": "PAK", "cameo": "036",'
                    ' "goldstein": 4}]}')
    with pytest.raises(GLib.Error) as info:
        Bilateral.Archive.new_from_file(str(path))
    assert info.value.matches(Bilateral.error_quark(), Bilateral.Error.DATE)
    assert "bad.json" in info.value.message
    assert "/events/0/date: “1950-02-30”: day 30 is not in February 1950" in info.value.message


def test_syntax_error_names_line_and_column(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"format": "bilateral/1",\n  "actors": [}\n')
    with pytest.raises(GLib.Error) as info:
        Bilateral.Archive.new_from_file(str(path))
    assert info.value.code == Bilateral.Error.PARSE
    assert "bad.json:2:" in info.value.message


def test_build_in_python():
    archive = Bilateral.Archive.new()
    archive.add_source(Bilateral.Source.new("notes", "My notes"))
    pak = Bilateral.State(id="PAK", name="Pakistan", iso3="PAK", cow="770",
                          existence=Bilateral.Date.parse("1947-08-14/.."))
    ind = Bilateral.State(id="IND", name="India", aliases=["Bharat"])
    archive.add_actor(pak)
    archive.add_actor(ind)
    citations = Gio.ListStore.new(Bilateral.Citation)
    citations.append(Bilateral.Citation.new("notes", 1, 1, "a quote"))
    event = Bilateral.Event(id="e1", date=Bilateral.Date.parse("1965-09"), source=pak, target=ind,
                            cameo_code="190", goldstein=-10.0, citations=citations)
    archive.add_event(event)
    phase = Bilateral.Phase(id="war", first=pak, second=ind, start=Bilateral.Date.parse("1965-08"),
                            end=Bilateral.Date.parse("1966-01-10"), stance=Bilateral.Stance.HOSTILE,
                            label="War", citations=citations)
    archive.add_phase(phase)
    assert archive.lookup_actor("bharat") is ind
    rel = archive.get_relation(ind, pak)
    assert rel.phase_at("1965-09-06") is phase
    assert rel.phase_at("1966-01-10") is None  # the end is exclusive
    with pytest.raises(GLib.Error) as info:
        archive.add_event(Bilateral.Event(id="e2", date=Bilateral.Date.parse("1940"), source=pak,
                                          cameo_code="01", goldstein=0, citations=citations))
    assert "outside the existence of “PAK”" in info.value.message
    assert archive.validate()
    data, length = archive.to_data()
    assert length == len(data.encode())
    reread = Bilateral.Archive.new_from_data(data, -1)
    assert len(reread.get_events()) == 1
    assert reread.lookup_phase("war").get_end().to_string() == "1966-01-10"


def test_numbers_are_written_with_the_fewest_digits():
    """Weights and coordinates of every size and precision come back as the
    shortest text that reads as the same double (Python's repr, less ".0")."""
    import json
    import random
    import re

    rng = random.Random(15)
    values = []
    for i in range(3000):
        kind = i % 6
        if kind == 0:
            v = round(rng.uniform(-10, 10), rng.randint(0, 6))
        elif kind == 1:
            v = rng.uniform(-10, 10)  # 16 or 17 digits
        elif kind == 2:
            v = rng.uniform(-1, 1) * 10 ** -rng.randint(3, 9)  # near and past %g's switch to exponents
        elif kind == 3:
            v = float(rng.randint(-10, 10))
        elif kind == 4:
            v = round(rng.uniform(-10, 10), 1) / 10 ** rng.randint(0, 3)
        else:
            v = rng.uniform(-10, 10) * 10 ** -rng.randint(0, 4)
        if v == 0.0:
            v = 0.5  # −0 means "no weight given"
        values.append(v)
    events = [{"id": f"e{i}", "date": "1990", "source": "PAK", "target": "IND", "cameo": "010", "goldstein": v,
               "location": {"latitude": v * 9, "longitude": v * 18},
               "citations": [{"source": "s"}]} for i, v in enumerate(values)]
    document = {"format": "bilateral/1", "sources": [{"id": "s"}],
                "actors": [{"id": "PAK", "kind": "state"}, {"id": "IND", "kind": "state"}], "events": events}
    archive = Bilateral.Archive.new_from_data(json.dumps(document), -1)
    text = archive.to_string()

    def shortest(v):
        r = repr(v)
        return r[:-2] if r.endswith(".0") else r

    written = dict(re.findall(r'"id": "(e\d+)",[^{]*?"goldstein": ([^,\n]+)', text))
    assert len(written) == len(values)
    for i, v in enumerate(values):
        assert written[f"e{i}"] == shortest(v), (i, v)
    coordinates = re.findall(r'"latitude": ([^,\n]+),\s*"longitude": ([^,\n]+)', text)
    expected = sorted((shortest(v * 9), shortest(v * 18)) for v in values)
    assert sorted(coordinates) == expected
