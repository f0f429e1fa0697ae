# SPDX-License-Identifier: LGPL-2.1-or-later
"""A history at the scale of event data: 100,000 events of one dyad from
bench/history/make_history.py, loaded, checked against the file, saved and
loaded again byte for byte."""
import json
import math
import os
import sys

from gi.repository import Bilateral

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
