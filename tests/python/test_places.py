# SPDX-License-Identifier: LGPL-2.1-or-later
"""Below the state and on the map: the sectors of an event's two sides, its
location, its other participants; in bilateral/1, from GDELT, ICEWS and
POLECAT rows, in filters, and in the bundled history."""
import json
import os
import subprocess

import pytest
from gi.repository import Bilateral, GLib

EVENTS = os.path.join(os.environ.get("BILATERAL_TEST_DATA", os.path.join(os.path.dirname(__file__), "..", "data")),
                      "events")
TOOL = os.environ.get("BILATERAL_TOOL", "bilateral")

DOC = """{"format": "bilateral/1", "sources": [{"id": "s"}],
 "actors": [{"id": "USA", "kind": "state"}, {"id": "AFG", "kind": "state"}, {"id": "GBR", "kind": "state"}],
 "events": [{"id": "e1", "date": "2001-10-07", "source": "USA", "target": "AFG", "cameo": "190", %s
             "citations": [{"source": "s"}]}]}"""
GOOD = ('"sectors": {"source": ["GOV", "MIL"], "target": ["GOV"]}, '
        '"location": {"country": "AFG", "code": "AF", "division": "AF13", "place": "Kabul", "latitude": 34.5, '
        '"longitude": 69.2, "feature": "world-city"}, '
        '"participants": [{"actor": "GBR", "role": "ally"}],')


def test_members_read_and_write_back():
    archive = Bilateral.Archive.new_from_data(DOC % GOOD, -1)
    event = archive.lookup_event("e1")
    assert event.get_source_sectors() == ["GOV", "MIL"] and event.get_target_sectors() == ["GOV"]
    assert event.has_sector("gov") and not event.has_sector("MIL")
    place = event.get_location()
    assert (place.get_country(), place.get_code(), place.get_division(), place.get_place(), place.get_feature()) == \
        ("AFG", "AF", "AF13", "Kabul", "world-city")
    assert place.get_has_coordinates() and (place.get_latitude(), place.get_longitude()) == (34.5, 69.2)
    assert place.to_string() == "Kabul, AF13 (AFG; 34.5000, 69.2000)"
    [participant] = list(event.get_participants())
    assert participant.get_actor().get_id() == "GBR" and participant.get_role() == "ally"
    text = archive.to_string()
    assert Bilateral.Archive.new_from_data(text, -1).to_string() == text
    assert '"source": ["GOV", "MIL"]' in text and '"role": "ally"' in text
    # Without any of them, an event has none.
    bare = Bilateral.Archive.new_from_data(DOC % "", -1).lookup_event("e1")
    assert not bare.get_source_sectors() and bare.get_location() is None
    assert bare.get_participants().get_n_items() == 0


@pytest.mark.parametrize("member, message", [
    ('"location": {"country": "ZZZ"},', "/events/0/location/country: no state of the registry or of the archive has"),
    ('"location": {"latitude": 3},', "/events/0/location/latitude: a latitude needs a longitude"),
    ('"location": {"latitude": 99, "longitude": 1},', "/events/0/location/latitude: 99 is not from -90 to +90"),
    ('"location": {"latitude": 9, "longitude": -181},', "/events/0/location/longitude: -181 is not from -180 to +180"),
    ('"sectors": {"source": [""]},', "/events/0/sectors/source/0: must not be empty"),
    ('"sectors": {"side": ["GOV"]},', "/events/0/sectors/side: unknown member"),
    ('"sectors": {"source": "GOV"},', "/events/0/sectors/source: expected an array, found a string"),
    ('"participants": [{"actor": "XX", "role": "r"}],', "/events/0/participants/0/actor: no actor has the id “XX”"),
    ('"participants": [{"actor": "GBR"}],', "/events/0/participants/0: the member “role” is missing"),
])
def test_bad_members_say_where_and_what(member, message):
    with pytest.raises(GLib.Error) as caught:
        Bilateral.Archive.new_from_data(DOC % member, -1)
    assert message in caught.value.message


def test_the_api_refuses_a_latitude_without_has_coordinates():
    place = Bilateral.Location.new("AFG", "Kabul")
    assert place.get_country() == "AFG" and not place.get_has_coordinates()
    assert place.to_string() == "Kabul (AFG)"
    full = Bilateral.Location(country="PAK", place="Islamabad", has_coordinates=True, latitude=33.7, longitude=73.1)
    assert full.get_has_coordinates() and full.get_latitude() == 33.7
    assert Bilateral.Participant.new(Bilateral.State(id="GBR", name="United Kingdom"), "mediator").get_role() == "mediator"


def events_of(*args):
    out = subprocess.run([TOOL, "events"] + list(args), check=True, capture_output=True, text=True)
    return {e["id"]: e for e in json.loads(out.stdout)["events"]}


def test_gdelt_rows_keep_sectors_and_places():
    path = os.path.join(EVENTS, "gdelt2-usa-afg.tsv")
    events = events_of("--dyad", "USA,AFG", path)
    assert events["gdelt-2-3001"]["sectors"] == {"source": ["GOV"], "target": ["GOV"]}
    assert events["gdelt-2-3002"]["sectors"] == {"source": ["MIL", "GOV"], "target": ["REB"]}
    assert "sectors" not in events["gdelt-2-3004"]
    kabul = events["gdelt-2-3001"]["location"]
    assert kabul == {"country": "AFG", "code": "AF", "division": "AF13", "place": "Kabul, Kabol, Afghanistan",
                     "latitude": 34.5167, "longitude": 69.1833, "feature": "world-city"}
    assert events["gdelt-2-3003"]["location"]["country"] == "USA"  # Washington, D.C.: a US city
    assert events["gdelt-2-3003"]["location"]["feature"] == "us-city"
    assert events["gdelt-2-3004"]["location"]["country"] == "PAK"
    # Government to government only; in Afghanistan only.
    assert sorted(events_of("--dyad", "USA,AFG", "--sector", "GOV", path)) == ["gdelt-2-3001", "gdelt-2-3003"]
    assert sorted(events_of("--dyad", "USA,AFG", "--located", "Afghanistan", path)) == ["gdelt-2-3001", "gdelt-2-3002"]


def test_icews_rows_keep_sectors_and_places():
    events = events_of("--dyad", "PAK,RUS", os.path.join(EVENTS, "icews-small.tab"))
    lavrov = events["icews-90000002"]
    assert lavrov["sectors"]["source"] == ["Government", "Foreign Ministry"]
    assert lavrov["location"]["country"] == "RUS" and lavrov["location"]["place"] == "Moscow"
    assert lavrov["location"]["division"] == "Moscow" and lavrov["location"]["latitude"] == 55.75


def test_panels_filter_by_sector_and_place():
    panel = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, False)
    event_filter = Bilateral.EventFilter.new()
    assert event_filter.set_sector("gov")
    panel.set_filter(event_filter)
    panel.add_file(os.path.join(EVENTS, "gdelt2-usa-afg.tsv"), Bilateral.EventFormat.AUTO, None)
    assert panel.get_kept() == 2 and panel.get_filtered() == 2
    assert "sector gov" in event_filter.to_string()
    # POLECAT's sectors: its primary sector, then its list.
    polecat = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, False)
    military = Bilateral.EventFilter.new()
    military.set_sector("MIL")
    polecat.set_filter(military)
    polecat.add_file(os.path.join(EVENTS, "polecat-2023.txt"), Bilateral.EventFormat.AUTO, None)
    assert polecat.get_kept() == 0  # the recipients are all GOV
    with pytest.raises(GLib.Error):
        event_filter.set_sector("GOV,MIL")
    located = Bilateral.EventFilter.new()
    assert located.set_located("AFG")
    with pytest.raises(GLib.Error) as caught:
        located.set_located("Atlantis")
    assert "the registry knows no state “Atlantis”" in caught.value.message
    in_afghanistan = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, False)
    in_afghanistan.set_filter(located)
    in_afghanistan.add_file(os.path.join(EVENTS, "gdelt2-usa-afg.tsv"), Bilateral.EventFormat.AUTO, None)
    assert in_afghanistan.get_kept() == 2 and in_afghanistan.get_filtered() == 2  # Kabul and Kandahar


@pytest.mark.parametrize("name, dyad, state", [
    ("gdelt2-usa-afg.tsv", ("USA", "AFG"), "AFG"), ("gdelt2-usa-afg.tsv", ("USA", "AFG"), "USA"),
    ("gdelt2-usa-afg.tsv", ("USA", "AFG"), "PAK"), ("icews-small.tab", ("PAK", "RUS"), "RUS"),
    ("icews-small.tab", ("PAK", "RUS"), "PAK"), ("polecat-2023.txt", ("USA", "AFG"), "AFG"),
    ("polecat-later.txt", ("USA", "AFG"), "AFG"), ("polecat-2023.txt", ("PAK", "RUS"), "RUS"),
])
def test_a_panel_finds_the_places_the_events_loader_does(name, dyad, state):
    """The panel's filter by place and the events' locations follow one rule:
    for each dataset, the rows a panel keeps in a state are the events that
    load with a location in it."""
    path = os.path.join(EVENTS, name)
    dyad_only = Bilateral.EventFilter.new()
    dyad_only.set_dyad(dyad[0], dyad[1], False)
    archive = Bilateral.Archive.new()
    archive.load_events(path, Bilateral.EventFormat.AUTO, dyad_only, None)
    expected = sum(1 for e in archive.get_events() if e.get_location() and e.get_location().get_country() == state)
    located = Bilateral.EventFilter.new()
    located.set_dyad(dyad[0], dyad[1], False)
    located.set_located(state)
    panel = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, False)
    panel.set_filter(located)
    panel.add_file(path, Bilateral.EventFormat.AUTO, None)
    # The panel drops the repeats the archive drops.
    assert panel.get_kept() == expected
    assert expected > 0 or (name, state) == ("polecat-2023.txt", "RUS")


def test_the_bundled_history_says_where_and_who_else():
    history = Bilateral.Archive.load_builtin("pakistan-russia")
    for event_id in ("usa-enduring-freedom-2001", "sun-invades-afghanistan-1979", "sun-withdraws-afghanistan-1988"):
        place = history.lookup_event(event_id).get_location()
        assert place.get_country() == "AFG" and place.get_place() == "Afghanistan"
    quote = history.lookup_event("usa-enduring-freedom-2001").get_citations()[0].get_quote()
    assert quote.endswith("against Taliban in Afghanistan")
    [britain] = list(history.lookup_event("pak-british-representation-1947").get_participants())
    assert britain.get_actor().get_id() == "GBR" and britain.get_role() == "protecting power"


GROUP_DOC = """{"format": "bilateral/1", "sources": [{"id": "s"}],
 "actors": [{"id": "TALIBAN", "kind": "group", "name": "Taliban", %s},
            {"id": "USA", "kind": "state"}, {"id": "AFG", "kind": "state"}],
 "events": [
   {"id": "in", "date": "2001-10-07", "source": "USA", "target": "TALIBAN", "cameo": "190", "citations": [{"source": "s"}]},
   {"id": "out", "date": "2006-05", "source": "USA", "target": "TALIBAN", "cameo": "190", "citations": [{"source": "s"}]}]}"""


def test_a_group_acts_for_its_state_during_its_span():
    text = GROUP_DOC % '"affiliation": "AFG", "role": "de facto government", "affiliation_span": "1996-09-27/2001-12"'
    archive = Bilateral.Archive.new_from_data(text, -1)
    taliban = archive.lookup_actor("TALIBAN")
    assert taliban.get_affiliation().get_id() == "AFG" and taliban.get_role() == "de facto government"
    assert str(taliban.get_affiliation_span()) == "1996-09-27/2001-12"
    assert taliban.acts_for(Bilateral.Date.parse("2001-10-07")).get_id() == "AFG"
    assert taliban.acts_for(Bilateral.Date.parse("2006")).get_id() == "TALIBAN"
    assert taliban.acts_for(None).get_id() == "TALIBAN"
    usa_afg = archive.get_relation(archive.lookup_actor("USA"), archive.lookup_actor("AFG"))
    assert [e.get_id() for e in usa_afg.get_events()] == ["in"]
    usa_taliban = archive.get_relation(archive.lookup_actor("USA"), taliban)
    assert [e.get_id() for e in usa_taliban.get_events()] == ["out"]
    saved = archive.to_string()
    assert '"affiliation_span": "1996-09-27/2001-12"' in saved
    assert Bilateral.Archive.new_from_data(saved, -1).to_string() == saved
    # Always, without a span.
    always = Bilateral.Archive.new_from_data(GROUP_DOC % '"affiliation": "AFG"', -1)
    assert len(always.get_relation(always.lookup_actor("USA"), always.lookup_actor("AFG")).get_events()) == 2


@pytest.mark.parametrize("members, message", [
    ('"affiliation_span": "1996/2001"', "a span of an affiliation the group does not have"),
    ('"affiliation": "ZZZ"', "no actor has the id “ZZZ”"),
    ('"affiliation": "AFG", "affiliation_span": "1996-13"', "/actors/0/affiliation_span"),
])
def test_bad_group_affiliations(members, message):
    with pytest.raises(GLib.Error) as caught:
        Bilateral.Archive.new_from_data(GROUP_DOC % members, -1)
    assert message in caught.value.message
    with pytest.raises(GLib.Error) as caught:
        Bilateral.Archive.new_from_data(GROUP_DOC.replace('"kind": "state"}, {"id": "AFG"',
                                                          '"kind": "state", "affiliation_span": "2000"}, {"id": "AFG"')
                                        % '"name": "x"', -1)
    assert "only a group or a person has" in caught.value.message or "only a group has" in caught.value.message


def test_a_story_told_twice_is_one_event(tmp_path):
    with open(os.path.join(EVENTS, "icews-small.tab"), encoding="utf-8") as f:
        header, first, *rest = f.read().splitlines()
    again = "\t".join(["99999999"] + first.split("\t")[1:])  # another id, the same day, states, code and story
    target = tmp_path / "twice.tab"
    target.write_text("\n".join([header, first, again] + rest) + "\n", encoding="utf-8")
    out = subprocess.run([TOOL, "events", "--dyad", "PAK,RUS", str(target)], check=True, capture_output=True, text=True)
    kept = json.loads(out.stdout)["events"]
    assert "icews-99999999" not in {e["id"] for e in kept} and "1 row skipped" in out.stderr
    out = subprocess.run([TOOL, "events", "--dyad", "PAK,RUS", "--keep-duplicates", str(target)], check=True,
                         capture_output=True, text=True)
    assert "icews-99999999" in {e["id"] for e in json.loads(out.stdout)["events"]}
    assert len(json.loads(out.stdout)["events"]) == len(kept) + 1
    event_filter = Bilateral.EventFilter.new()
    event_filter.set_keep_duplicates(True)
    assert event_filter.to_string() == "duplicates kept"
