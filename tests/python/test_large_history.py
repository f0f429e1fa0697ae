# SPDX-License-Identifier: LGPL-2.1-or-later
"""A history at the scale of event data: 100,000 events of one dyad from
bench/history/make_history.py, loaded, checked against the file, saved and
loaded again byte for byte."""
import json
import math
import os
import sys

from gi.repository import Bilateral, GLib

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench", "history"))
from make_history import history  # noqa: E402


def test_a_100k_event_history_round_trips(tmp_path):
    document = history(100000, 7)
    path = tmp_path / "large.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    archive = Bilateral.Archive.new_from_file(str(path))
    assert archive.get_events().get_n_items() == 100000
    expected = math.fsum(e["goldstein"] for e in document["events"])
    relation = archive.get_relation(archive.lookup_actor("USA"), archive.lookup_actor("CHN"))
    assert relation.get_events().get_n_items() == 100000
    series = relation.get_series(None)
    assert math.isclose(math.fsum(series.get_values(Bilateral.SeriesMeasure.GOLDSTEIN)), expected, abs_tol=1e-6)
    assert sum(series.get_values(Bilateral.SeriesMeasure.COUNT)) == 100000
    located = sum(1 for e in document["events"] if "location" in e)
    assert sum(1 for e in archive.get_events() if e.get_location() is not None) == located
    saved = tmp_path / "saved.json"
    archive.save_to_file(str(saved))
    again = Bilateral.Archive.new_from_file(str(saved))
    again_saved = tmp_path / "again.json"
    again.save_to_file(str(again_saved))
    assert saved.read_bytes() == again_saved.read_bytes()
    # Saved in date order: the same events, each once.
    ids = [e["id"] for e in json.loads(saved.read_text(encoding="utf-8"))["events"]]
    assert len(ids) == 100000 and set(ids) == {e["id"] for e in document["events"]}


def _halves_and_tree(document):
    """The same document as saved files list their members (events read as
    parsed, a long array in two halves at once) and with the actors after
    the events (events held in the tree and read in one pass)."""
    streamed = json.dumps(document, indent=1)
    reordered = dict(document)
    actors = reordered.pop("actors")
    reordered["actors"] = actors
    return streamed, json.dumps(reordered, indent=1)


def test_two_halves_read_as_one_pass_does(tmp_path):
    document = history(30000, 11)
    streamed, tree = _halves_and_tree(document)
    assert len(streamed) > 16 << 20  # long enough to be read in two halves
    first = Bilateral.Archive.new_from_data(streamed, -1)
    second = Bilateral.Archive.new_from_data(tree, -1)
    assert first.to_string() == second.to_string()
    assert first.get_events().get_n_items() == 30000


def test_two_halves_report_what_one_pass_does():
    document = history(30000, 12)
    events = document["events"]
    # Problems in both halves, and ids taken twice within and across them.
    events[10]["date"] = "1990-13"
    events[29990]["goldstein"] = 11
    events[20000]["id"] = events[5]["id"]
    events[25000]["id"] = events[24000]["id"]
    del events[15001]["source"]
    # A taken id on an event that would fail its checks too: not built, so not checked.
    events[22000]["id"] = events[3]["id"]
    events[22000]["date"] = "1700-01-01"
    streamed, tree = _halves_and_tree(document)
    messages = []
    for text in (streamed, tree):
        try:
            Bilateral.Archive.new_from_data(text, -1)
        except GLib.Error as error:
            # Line and column differ between the two texts; the pointers and the messages do not.
            lines = [line.split(": ", 1)[1] for line in error.message.splitlines()[1:]]
            messages.append(sorted(lines))
    assert len(messages) == 2 and messages[0] == messages[1]
    assert len(messages[0]) == 6
    assert not any("existence" in m for m in messages[0])
    assert any(m.startswith("/events/20000/id: another event has the id") for m in messages[0])
    assert any(m.startswith("/events/29990/goldstein") for m in messages[0])


def test_a_wrong_guess_at_the_second_half_changes_nothing():
    """Where the middle of the document falls in its phases, the guess at the
    second half of the events is wrong: it is dropped, and the load is as
    one pass makes it."""
    document = history(2000, 13)
    summary = "A long summary. " * 120
    document["phases"] = [{"id": f"p{i}", "dyad": ["USA", "CHN"], "start": f"{1000 + i}", "end": f"{1001 + i}",
                           "stance": "neutral", "summary": summary, "citations": [{"source": "gdelt-2"}]}
                          for i in range(5000)]
    streamed, tree = _halves_and_tree(document)
    assert len(streamed) > 9 << 20
    first = Bilateral.Archive.new_from_data(streamed, -1)
    second = Bilateral.Archive.new_from_data(tree, -1)
    assert first.to_string() == second.to_string()
    assert first.get_events().get_n_items() == 2000 and first.get_phases().get_n_items() == 5000
