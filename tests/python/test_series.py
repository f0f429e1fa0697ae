# SPDX-License-Identifier: LGPL-2.1-or-later
"""Series, inferred phases and their comparison, from Python."""
import json
import math
import os

import numpy
import pytest
from gi.repository import Bilateral

SYNTHETIC = """{"format": "bilateral/1", "sources": [{"id": "s"}],
 "actors": [{"id": "A", "kind": "group"}, {"id": "B", "kind": "group"}, {"id": "C", "kind": "group"}],
 "events": [
  {"id": "e1", "date": "1950-03", "source": "A", "target": "B", "cameo": "036", "citations": [{"source": "s"}]},
  {"id": "e2", "date": "1950-11", "source": "B", "target": "A", "cameo": "111", "citations": [{"source": "s"}]},
  {"id": "e3", "date": "1952", "source": "A", "target": "B", "cameo": "190", "citations": [{"source": "s"}]},
  {"id": "e4", "date": "1951-06", "source": "A", "target": "C", "cameo": "057", "citations": [{"source": "s"}],
   "impacts": [{"dyad": ["A", "B"], "weight": -0.5}]}]}"""


@pytest.fixture
def relation():
    archive = Bilateral.Archive.new_from_data(SYNTHETIC, -1)
    return archive.get_relation(archive.lookup_actor("A"), archive.lookup_actor("B"))


def test_hand_computed_series(relation):
    # Goldstein weights from the codebook: 036 +4, 111 -2, 190 -10, 057 +8.
    series = relation.get_series(Bilateral.SeriesParams(half_life=365.2425))
    M = Bilateral.SeriesMeasure
    assert series.get_n_bins() == 3
    assert [str(series.get_bin_date(i)) for i in range(3)] == ["1950", "1951", "1952"]
    assert list(series.get_values(M.COUNT)) == [2, 0, 1]
    assert list(series.get_values(M.GOLDSTEIN)) == [2, 0, -10]
    assert list(series.get_values(M.IMPACT)) == [0, -4, 0]
    assert list(series.get_values(M.MATERIAL_CONFLICT)) == [0, 0, 1]
    assert series.get_index() == pytest.approx([2, -3, -11.5])


def test_numpy_takes_the_arrays_whole(relation):
    series = relation.get_series(Bilateral.SeriesParams(half_life=365.2425, bin=Bilateral.SeriesBin.MONTH))
    index = numpy.asarray(series.get_index())
    assert index.shape == (series.get_n_bins(),) == (29,)
    assert index.dtype == numpy.float64
    view = numpy.frombuffer(series.get_bytes(Bilateral.SeriesMeasure.INDEX).get_data(), dtype=numpy.float64)
    assert numpy.array_equal(view, index)
    counts = numpy.asarray(series.get_values(Bilateral.SeriesMeasure.COUNT))
    assert counts.sum() == 3


def test_directed_series(relation):
    forward = relation.get_series(Bilateral.SeriesParams(direction=Bilateral.SeriesDirection.FIRST_TO_SECOND,
                                                         half_life=365.2425))
    assert forward.get_index() == pytest.approx([4, 2, -9])
    backward = relation.get_series(Bilateral.SeriesParams(direction=Bilateral.SeriesDirection.SECOND_TO_FIRST))
    assert list(backward.get_values(Bilateral.SeriesMeasure.GOLDSTEIN)) == [-2]


def test_the_reference_history_index():
    history = Bilateral.Archive.load_builtin("pakistan-russia")
    rel = history.get_relation(history.lookup_actor("PAK"), history.lookup_actor("RUS"))
    series = rel.get_series(Bilateral.SeriesParams(span=Bilateral.Date.parse("1947/2015")))
    index = dict(zip(range(1947, 2016), series.get_index()))
    assert all(index[y] < 0 for y in range(1954, 1960))   # the alliances
    assert all(index[y] < 0 for y in range(1979, 1991))   # the Afghan war
    assert all(index[y] > 0 for y in range(2003, 2016))   # the thaw
    assert all(index[y] > 0 for y in range(1948, 1954))   # the exchange of ambassadors weighs on into the 1950s


def reference_relation():
    history = Bilateral.Archive.load_builtin("pakistan-russia")
    return history.get_relation(history.lookup_actor("PAK"), history.lookup_actor("RUS"))


def test_inferred_phases_of_the_reference_history():
    rel = reference_relation()
    span = Bilateral.Date.parse("1947-08-14/2015")
    params = Bilateral.InferenceParams()
    params.get_series_params().set_span(Bilateral.Date.parse("1947/2015"))
    # Fifteen years with events in 69: the default penalty cuts only where the change is largest.
    default = list(rel.infer_phases(params))
    assert [(str(p.get_start()), p.get_stance()) for p in default] == [("1947", 1), ("1951", -3), ("1991", 2)]
    # A lower penalty finds the essay's turns, each within two years.
    params.set_penalty(50)
    inferred = list(rel.infer_phases(params))
    assert [p.get_start().get_year() for p in inferred] == [1947, 1951, 1972, 1979, 1991]
    assert [p.get_stance() for p in inferred] == [1, -3, 1, -3, 2]
    assert all(p.get_origin() == Bilateral.PhaseOrigin.INFERRED for p in inferred) and inferred[-1].get_end() is None
    comparison = Bilateral.phases_compare(rel.get_phases(), rel.infer_phases(params), span, 730)
    assert comparison.get_days() == Bilateral.date_day_from_ymd(2016, 1, 1) - Bilateral.date_day_from_ymd(1947, 8, 14)
    assert 0 < comparison.get_exact_agreement() <= comparison.get_sign_agreement() <= 1
    assert [str(d) for d in comparison.get_unmatched_reference()] == ["1954-09-08", "2003-02-01"]
    # Six curated starts (five with the first), five inferred, four matched within 730 days: F1 = 2·(4/5·4/6)/(4/5+4/6).
    assert comparison.get_boundary_f1() == pytest.approx(2 * (4 / 5) * (4 / 6) / (4 / 5 + 4 / 6))
    assert comparison.get_covering() == pytest.approx(0.683, abs=0.001)
    # Binary segmentation finds the same here.
    params.set_method(Bilateral.Segmentation.BINARY)
    assert [p.get_start().get_year() for p in rel.infer_phases(params)] == [1947, 1951, 1972, 1979, 1991]


def test_doubling_every_event_leaves_the_phases():
    rel = reference_relation()
    document = json.loads(Bilateral.Archive.load_builtin("pakistan-russia").to_data()[0])
    copies = [dict(e, id=e["id"] + "-again") for e in document["events"]]
    document["events"] += copies
    doubled = Bilateral.Archive.new_from_data(json.dumps(document), -1)
    rel2 = doubled.get_relation(doubled.lookup_actor("PAK"), doubled.lookup_actor("RUS"))
    for penalty in (0, 50):
        params = Bilateral.InferenceParams(penalty=penalty)
        once = [(str(p.get_start()), p.get_stance()) for p in rel.infer_phases(params)]
        twice = [(str(p.get_start()), p.get_stance()) for p in rel2.infer_phases(params)]
        assert once == twice
    series = rel.get_series(None)
    series2 = rel2.get_series(None)
    assert series2.get_values(Bilateral.SeriesMeasure.STANCE_INDEX) == pytest.approx(
        series.get_values(Bilateral.SeriesMeasure.STANCE_INDEX))
    assert series2.get_index() == pytest.approx([2 * v for v in series.get_index()])


def test_params_properties():
    params = Bilateral.InferenceParams(penalty=5, min_segment=2, neutral_threshold=0.5, strong_threshold=2,
                                       extreme_threshold=6)
    assert params.get_thresholds() == (0.5, 2.0, 6.0)
    assert params.stance_for(-2.5) == Bilateral.Stance.ANTAGONISTIC
    assert params.props.penalty == 5 and params.props.min_segment == 2
    assert params.props.series_params.props.half_life == Bilateral.DEFAULT_HALF_LIFE_DAYS
    assert math.isclose(Bilateral.SeriesParams().props.half_life, 730.485)


def test_index_does_not_depend_on_the_span_shown():
    history = Bilateral.Archive.load_builtin("pakistan-russia")
    relation = history.get_relation(history.lookup_actor("PAK"), history.lookup_actor("RUS"))
    full = relation.get_series(Bilateral.SeriesParams(bin=Bilateral.SeriesBin.YEAR))
    window = relation.get_series(Bilateral.SeriesParams(bin=Bilateral.SeriesBin.YEAR, span=Bilateral.Date.parse("1979/1980")))
    at = {str(full.get_bin_date(i)): full.get_index()[i] for i in range(full.get_n_bins())}
    assert window.get_n_bins() == 2
    for i in range(2):
        assert window.get_index()[i] == pytest.approx(at[str(window.get_bin_date(i))])
    assert window.get_index()[0] == pytest.approx(-9.68, abs=0.005)
    stance = {str(full.get_bin_date(i)): v for i, v in enumerate(full.get_values(Bilateral.SeriesMeasure.STANCE_INDEX))}
    for i in range(2):
        assert window.get_values(Bilateral.SeriesMeasure.STANCE_INDEX)[i] == pytest.approx(stance[str(window.get_bin_date(i))])


def test_a_monthly_panel_gives_a_monthly_series_by_default(tmp_path):
    data_dir = os.environ.get("BILATERAL_TEST_DATA", os.path.join(os.path.dirname(__file__), "..", "data"))
    panel = Bilateral.DyadPanel(bin=Bilateral.PanelBin.MONTH)
    panel.add_file(os.path.join(data_dir, "events", "gdelt2-clean.tsv"), Bilateral.EventFormat.AUTO, None)
    series = panel.get_series("JPN", "USA", None)
    assert series.get_bin() == Bilateral.SeriesBin.MONTH
    assert str(series.get_bin_date(0)) == "2012-08"


def test_opening_events_open_their_phases():
    history = Bilateral.Archive.load_builtin("pakistan-russia")
    relation = history.get_relation(history.lookup_actor("PAK"), history.lookup_actor("RUS"))
    phases = list(relation.infer_phases(None))
    previous = 0.0
    for phase in phases:
        mean = float(phase.get_summary().split()[2])
        opening = phase.get_opening_event()
        if opening is not None:
            d = opening.get_date()
            middle = (d.get_earliest_day() + d.get_latest_day()) // 2
            assert middle < phase.get_start().get_latest_day() + 1, phase.get_id()  # at or before its start bin
            assert middle >= phase.get_start().get_earliest_day() - 366, phase.get_id()  # just before, at most a bin
            # Its weight on the dyad (a third party's: its impact) pushed the index the way it moved.
            weight = float(phase.get_summary().rsplit("(", 1)[1].rstrip(")."))
            assert (weight >= 0) == (mean - previous >= 0), phase.get_id()
        previous = mean


def test_events_in_can_take_the_events_that_bear_on_the_dyad():
    history = Bilateral.Archive.load_builtin("pakistan-russia")
    relation = history.get_relation(history.lookup_actor("PAK"), history.lookup_actor("RUS"))
    span = Bilateral.Date.parse("1979/1992")
    direct = [e.get_id() for e in relation.events_in(span)]
    both = [e.get_id() for e in relation.events_in_full(span, True)]
    assert "sun-invades-afghanistan-1979" not in direct
    assert "sun-invades-afghanistan-1979" in both and set(direct) <= set(both)
    assert [e.get_id() for e in relation.events_in_full(span, False)] == direct
