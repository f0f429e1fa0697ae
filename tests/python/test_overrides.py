# SPDX-License-Identifier: LGPL-2.1-or-later
import datetime

import pytest
from gi.repository import Bilateral


def test_date_prints_readably():
    date = Bilateral.Date.parse("1949-12~")
    assert str(date) == "1949-12~"
    assert repr(date) == "Bilateral.Date('1949-12~')"


def test_date_compares():
    assert Bilateral.Date.parse("1949-12") < Bilateral.Date.parse("1950")
    assert Bilateral.Date.parse("1950") >= Bilateral.Date.parse("1949/1950")
    assert Bilateral.Date.parse("1950") == Bilateral.Date.parse("1950")
    assert Bilateral.Date.parse("1950") != Bilateral.Date.parse("1950~")
    assert Bilateral.Date.parse("1950") < "1951"
    assert Bilateral.Date.parse("1950") != "1950"  # a string is not a date
    ordered = sorted(Bilateral.Date.parse(t) for t in ["1991", "1947-08-14", "1950-05/1950-06", "198X"])
    assert [str(d) for d in ordered] == ["1947-08-14", "1950-05/1950-06", "198X", "1991"]
    assert len({Bilateral.Date.parse("1950"), Bilateral.Date.parse("1950")}) == 1


def test_date_converts_to_and_from_datetime():
    assert Bilateral.Date.from_date(datetime.date(1950, 3, 18)).to_string() == "1950-03-18"
    assert Bilateral.Date.from_date(datetime.datetime(1950, 3, 18, 12, 0)).to_string() == "1950-03-18"
    assert Bilateral.Date.parse("1950-03-18").to_date() == datetime.date(1950, 3, 18)
    for text in ["1950-03", "1950", "1950-03-18/1950-03-19"]:
        with pytest.raises(ValueError):
            Bilateral.Date.parse(text).to_date()


def test_events_and_phases_print_readably(sample):
    event = sample.lookup_event("pak-sun-1949-12")
    assert str(event) == "1949-12~ PAK → SUN 050 (+3.5) Pakistan's first ambassador presents his credentials in Moscow"
    assert repr(event) == "<Bilateral.Event 'pak-sun-1949-12' 1949-12~>"
    phase = sample.lookup_phase("fissure")
    assert str(phase) == "1947-08-14 – 1991-12-26 cool (-1) In opposing camps"
    assert repr(sample.lookup_phase("thaw")) == "<Bilateral.Phase 'thaw' cordial 1991-12-26–..>"
    assert repr(sample.lookup_actor("SUN")) == "<Bilateral.State 'SUN' Union of Soviet Socialist Republics>"
    assert str(sample.lookup_actor("liaquat")) == "Liaquat Ali Khan"


def test_relation_takes_strings_and_dates(sample):
    rel = sample.get_relation(sample.lookup_actor("PAK"), sample.lookup_actor("RUS"))
    assert rel.phase_at("1958").get_id() == "fissure"
    assert rel.phase_at(datetime.date(1995, 1, 1)).get_id() == "thaw"
    assert rel.phase_at(Bilateral.Date.parse("1946")) is None
    assert [e.get_id() for e in rel.events_in("1948/1950")] == ["pak-sun-1948-04", "pak-sun-1949-12"]
    assert repr(rel) == "<Bilateral.Relation PAK–RUS>"
    with pytest.raises(TypeError):
        rel.phase_at(1958)
