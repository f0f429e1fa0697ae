# SPDX-License-Identifier: LGPL-2.1-or-later
"""The API as bindings see it cannot be misused: read-only collections,
objects built whole, one rule for defaults."""
import pytest
from gi.repository import Bilateral, Gio, GLib


def test_collections_are_read_only(sample):
    events = sample.get_events()
    assert not isinstance(events, Gio.ListStore)
    assert not hasattr(events, "remove") and not hasattr(events, "append")
    assert events.props.item_type == Bilateral.Event.__gtype__
    assert events.props.n_items == len(events) > 0
    first = events[0]
    assert not hasattr(first.get_citations(), "remove_all")
    assert sample.lookup_event(first.get_id()) is first
    for getter in ("get_actors", "get_phases", "get_sources", "get_successions"):
        assert not isinstance(getattr(sample, getter)(), Gio.ListStore), getter


def test_a_collection_says_when_the_archive_grows(sample):
    events = sample.get_events()
    seen = []
    events.connect("items-changed", lambda model, pos, removed, added: seen.append((removed, added)))
    pak = sample.lookup_actor("PAK")
    rus = sample.lookup_actor("RUS")
    citation = Bilateral.Citation(source_id="essay")
    store = Gio.ListStore.new(Bilateral.Citation)
    store.append(citation)
    event = Bilateral.Event(id="new-one", date=Bilateral.Date.parse("2014"), source=pak, target=rus, cameo_code="036",
                            citations=store)
    n = len(events)
    sample.add_event(event)
    assert len(events) == n + 1 and seen == [(0, 1)]


def test_panels_are_built_whole():
    panel = Bilateral.DyadPanel(bin=Bilateral.PanelBin.MONTH, directed=True, threads=2, strict=True)
    assert panel.get_bin() == Bilateral.PanelBin.MONTH
    assert panel.get_directed() and panel.get_strict()
    assert panel.get_threads() == 2 == panel.props.threads


def test_actor_is_abstract():
    with pytest.raises(TypeError):
        Bilateral.Actor(id="x")
    assert Bilateral.State.new("X", None, None).get_id() == "X"  # a name is optional, as in the format


def test_an_event_without_a_weight_has_its_codebooks(sample):
    pak = sample.lookup_actor("PAK")
    event = Bilateral.Event(id="e", date=Bilateral.Date.parse("1990"), source=pak, cameo_code="190")
    assert event.get_goldstein() == -10.0
    given = Bilateral.Event(id="f", date=Bilateral.Date.parse("1990"), source=pak, cameo_code="190", goldstein=0.0)
    assert given.get_goldstein() == 0.0


def test_gio_errors_pass_through(tmp_path):
    missing = str(tmp_path / "no-such-file.json")
    for call in (lambda: Bilateral.Archive.new_from_file(missing),
                 lambda: Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, False).add_file(missing, Bilateral.EventFormat.AUTO, None),
                 lambda: Bilateral.DyadPanel.new_from_csv(missing)):
        with pytest.raises(GLib.Error) as info:
            call()
        assert info.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND), info.value
        assert "no-such-file.json" in info.value.message


def test_relations_are_live_and_kept(sample):
    pak, rus = sample.lookup_actor("PAK"), sample.lookup_actor("RUS")
    relation = sample.get_relation(pak, rus)
    assert sample.get_relation(pak, rus) is relation
    events = relation.get_events()
    n, seen = len(events), []
    events.connect("items-changed", lambda m, pos, removed, added: seen.append((pos, removed, added)))
    store = Gio.ListStore.new(Bilateral.Citation)
    store.append(Bilateral.Citation(source_id="essay"))
    sample.add_event(Bilateral.Event(id="late", date=Bilateral.Date.parse("1995"), source=rus, target=pak,
                                     cameo_code="036", citations=store))
    assert len(events) == n + 1 and seen and seen[0][1:] == (0, 1)
    assert events[seen[0][0]].get_id() == "late"
    dates = [e.get_date() for e in events]
    assert dates == sorted(dates, key=lambda d: (d.get_earliest_day(), d.get_latest_day()))
    pairs = [(r.get_first().get_id(), r.get_second().get_id()) for r in sample.get_relations()]
    assert ("PAK", "SUN") in pairs and pairs == sorted(pairs)


def test_a_misspelt_member_is_one_problem_with_its_place(sample_path):
    import json
    with open(sample_path, encoding="utf-8") as f:
        doc = json.load(f)
    doc["events"][0]["titel"] = doc["events"][0].pop("title", "x")
    text = json.dumps(doc, indent=2, ensure_ascii=False)
    with pytest.raises(GLib.Error) as info:
        Bilateral.Archive.new_from_data(text, -1)
    line = next(i for i, l in enumerate(text.split("\n"), start=1) if '"titel"' in l)
    assert info.value.message == '<data>:%d:7: /events/0/titel: unknown member “titel”' % line
    # A bad kind drops the actor: what names it is not a problem of its own.
    with open(sample_path, encoding="utf-8") as f:
        doc = json.load(f)
    next(a for a in doc["actors"] if a["id"] == "PAK")["kind"] = "country"
    with pytest.raises(GLib.Error) as info:
        Bilateral.Archive.new_from_data(json.dumps(doc, indent=2), -1)
    assert "problems" not in info.value.message
    assert "/kind: “country” is not one of" in info.value.message


def run_async(start):
    """Runs one asynchronous call in a main loop; gives what its callback got."""
    loop, out = GLib.MainLoop(), {}

    def done(source, result, *data):
        out["source"], out["result"] = source, result
        loop.quit()

    start(done)
    GLib.timeout_add_seconds(20, loop.quit)
    loop.run()
    return out["source"], out["result"]


def test_load_and_save_async(sample_path, tmp_path):
    _, result = run_async(lambda done: Bilateral.Archive.new_from_file_async(sample_path, None, done, None))
    archive = Bilateral.Archive.new_from_file_finish(result)
    assert len(archive.get_events()) > 0
    out = tmp_path / "saved.json"
    source, result = run_async(lambda done: archive.save_to_file_async(str(out), None, done, None))
    assert source is archive and archive.save_to_file_finish(result)
    assert Bilateral.Archive.new_from_file(str(out)).to_data()[0] == archive.to_data()[0]

    cancellable = Gio.Cancellable()
    cancellable.cancel()
    _, result = run_async(lambda done: Bilateral.Archive.new_from_file_async(sample_path, cancellable, done, None))
    with pytest.raises(GLib.Error) as info:
        Bilateral.Archive.new_from_file_finish(result)
    assert info.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED)
    _, result = run_async(lambda done: archive.save_to_file_async(str(tmp_path / "no.json"), cancellable, done, None))
    with pytest.raises(GLib.Error):
        archive.save_to_file_finish(result)
    assert not (tmp_path / "no.json").exists()


def test_panel_add_file_async_tells_progress_on_the_main_thread(data_dir, tmp_path):
    import os
    import threading
    main = threading.get_ident()
    path = os.path.join(data_dir, "events", "gdelt2-clean.tsv")
    panel = Bilateral.DyadPanel(bin=Bilateral.PanelBin.MONTH)
    threads = []
    panel.connect("progress", lambda p, b, rows, skipped: threads.append((threading.get_ident(), rows)))
    source, result = run_async(lambda done: panel.add_file_async(path, Bilateral.EventFormat.AUTO, None, done, None))
    assert panel.get_rows() == 0  # nothing until finished
    assert panel.add_file_finish(result) and panel.get_rows() == 6
    assert threads and all(t == main for t, _ in threads)

    cancellable = Gio.Cancellable()
    cancellable.cancel()
    _, result = run_async(lambda done: panel.add_file_async(path, Bilateral.EventFormat.AUTO, cancellable, done, None))
    with pytest.raises(GLib.Error) as info:
        panel.add_file_finish(result)
    assert info.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED)
    assert panel.get_rows() == 6


def test_short_names_for_display(sample):
    assert Bilateral.Stance.to_string(Bilateral.Stance.HOSTILE) == "hostile"
    assert Bilateral.PhaseOrigin.to_string(Bilateral.PhaseOrigin.INFERRED) == "inferred"
    assert Bilateral.QuadClass.to_string(Bilateral.QuadClass.MATERIAL_CONFLICT) == "material-conflict"
    assert Bilateral.ActorKind.to_string(Bilateral.ActorKind.ORGANIZATION) == "organization"
    assert Bilateral.SuccessionKind.to_string(Bilateral.SuccessionKind.CONTINUATION) == "continuation"
    assert sample.to_string() == sample.to_data()[0]


def test_date_from_a_date_time():
    dt = GLib.DateTime.new(GLib.TimeZone.new_offset(-4 * 3600), 1985, 4, 12, 23, 20, 30)
    date = Bilateral.Date.new_from_date_time(dt)
    assert date.to_string() == "1985-04-12T23:20:30-04:00"
    assert date.get_earliest().to_string() == "1985-04-13"  # its UTC day


def test_properties_for_what_getters_give(sample):
    relation = sample.get_relation(sample.lookup_actor("PAK"), sample.lookup_actor("RUS"))
    assert relation.props.first.get_id() == "PAK" and relation.props.second.get_id() == "RUS"
    assert len(relation.props.events) == len(relation.get_events())
    assert len(relation.props.phases) == len(relation.get_phases())
    assert len(relation.props.third_party_events) == len(relation.get_third_party_events())
    series = relation.get_series(None)
    assert series.props.n_bins == series.get_n_bins() and series.props.bin == series.get_bin()
    assert series.props.half_life == series.get_half_life()
    code = Bilateral.Cameo.get_default().lookup("190")
    assert code.props.code == "190" and code.props.goldstein == -10.0
    assert code.props.quad_class == Bilateral.QuadClass.MATERIAL_CONFLICT
    assert code.props.root_code == "19" and code.props.name == code.get_name()


def test_add_events_async_changes_the_archive_on_the_callers_thread(data_dir):
    import os
    path = os.path.join(data_dir, "events", "icews-small.tab")
    archive = Bilateral.Archive.new()
    flt = Bilateral.EventFilter.new()
    flt.set_dyad("PAK", "RUS", False)
    source, result = run_async(lambda done: archive.add_events_from_file_async(path, Bilateral.EventFormat.AUTO, flt, None,
                                                                               done, None))
    assert len(archive.get_events()) == 0  # nothing until finished
    ok, added, skipped = archive.add_events_from_file_finish(result)
    assert (ok, added, skipped) == (True, 3, 0)
    assert len(archive.get_events()) == 3 and archive.lookup_source("icews") is not None
    cancellable = Gio.Cancellable()
    cancellable.cancel()
    _, result = run_async(lambda done: archive.add_events_from_file_async(path, Bilateral.EventFormat.AUTO, flt, cancellable,
                                                                          done, None))
    with pytest.raises(GLib.Error):
        archive.add_events_from_file_finish(result)
    assert len(archive.get_events()) == 3
    # With the counts by reason: a second read adds nothing and says why.
    _, result = run_async(lambda done: archive.load_events_async(path, Bilateral.EventFormat.AUTO, flt, None, done, None))
    load = archive.load_events_finish(result)
    assert (load.get_added(), load.get_skipped_for(Bilateral.SkipReason.DUPLICATE)) == (0, 3)
    assert len(archive.get_events()) == 3


def test_a_state_added_in_code_is_completed_as_one_read(tmp_path):
    archive = Bilateral.Archive.new()
    state = Bilateral.State.new("PAK", None, None)
    archive.add_actor(state)
    assert state.get_name() == "Pakistan"
    assert state.get_code(Bilateral.CodeScheme.COW) == "770"
    assert state.get_existence().to_string().startswith("1947-08-14")
    assert state.get_status() == Bilateral.StateStatus.SOVEREIGN
    # What the registry gave is not written back: the document keeps its form.
    path = tmp_path / "h.json"
    archive.save_to_file(str(path))
    text = path.read_text()
    assert '"id": "PAK"' in text and "770" not in text and "Pakistan" not in text
    again = Bilateral.Archive.new_from_file(str(path))
    assert again.lookup_actor("PAK").get_name() == "Pakistan"
