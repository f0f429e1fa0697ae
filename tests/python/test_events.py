# SPDX-License-Identifier: LGPL-2.1-or-later
"""Dyad panels from real GDELT and ICEWS samples, checked against an
independent computation in plain Python, and the command line."""
import csv
import gzip
import io
import os
import subprocess
from collections import defaultdict

import pytest
from gi.repository import Bilateral, Gio, GLib

SHARED = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data")
GDELT = os.path.join(SHARED, "gdelt1_events_sample_aug2012_georgia.tsv")
ICEWS = os.path.join(SHARED, "events.2018.sample.tab")
TOOL = os.environ.get("BILATERAL_TOOL", "bilateral")


def need(path):
    if not os.path.exists(path):
        pytest.skip("%s is not there" % path)
    return path


def panel_rows(panel):
    out = Gio.MemoryOutputStream.new_resizable()
    panel.write_csv(out, False, None)
    out.close(None)
    return list(csv.DictReader(io.StringIO(bytes(out.steal_as_bytes().get_data()).decode())))


def independent(rows, source, target, month_of, quad_of, goldstein_of, tone_of, repeat_keys=None):
    """The JOB.md aggregation, written plainly; with @repeat_keys (a row's
    id and story keys), a row that has a key an earlier row had is dropped,
    as panels drop repeats."""
    groups = defaultdict(lambda: {"events": 0, "g": 0.0, "q": [0, 0, 0, 0], "tone": 0.0})
    seen = set()
    for r in rows:
        a, b = source(r), target(r)
        if not a or not b or a == b:
            continue
        if repeat_keys:
            keys = [k for k in repeat_keys(r) if k is not None]
            repeat = any(k in seen for k in keys)
            seen.update(keys)
            if repeat:
                continue
        key = (min(a, b), max(a, b), month_of(r))
        g = groups[key]
        g["events"] += 1
        g["g"] += goldstein_of(r)
        g["q"][quad_of(r) - 1] += 1
        g["tone"] += tone_of(r)
    return groups


def assert_same(ours, theirs, with_tone=True):
    assert len(ours) == len(theirs)
    for row in ours:
        g = theirs[(row["dyad_a"], row["dyad_b"], row["month"])]
        assert int(row["events"]) == g["events"]
        assert float(row["goldstein_sum"]) == pytest.approx(g["g"], abs=1e-9)
        assert float(row["goldstein_mean"]) == pytest.approx(g["g"] / g["events"], abs=1e-6)
        assert [int(row["q%d" % i]) for i in range(1, 5)] == g["q"]
        if with_tone:
            assert float(row["tone_mean"]) == pytest.approx(g["tone"] / g["events"], abs=1e-6)
        else:
            assert row["tone_mean"] == ""


def test_gdelt_sample():
    with open(need(GDELT), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    assert len(rows) == 1255
    def keys(r):
        story = ("story", r[1], r[7], r[17], r[26], r[57]) if "://" in r[57] else None
        return ("id", r[0]), story

    theirs = independent(rows, lambda r: r[7], lambda r: r[17], lambda r: r[1][:6], lambda r: int(r[29]),
                         lambda r: float(r[30]), lambda r: float(r[34]), keys)
    panel = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, False)
    panel.set_threads(2)
    panel.add_file(GDELT, Bilateral.EventFormat.AUTO, None)
    assert panel.get_rows() == 1255
    assert panel.get_kept() == sum(g["events"] for g in theirs.values()) == 137
    assert panel.get_filtered() == 1255 - 137
    assert all(panel.get_skipped(r) == 0 for r in Bilateral.SkipReason.__enum_values__.values())
    ours = panel_rows(panel)
    assert_same(ours, theirs)
    assert {(r["dyad_a"], r["dyad_b"]) for r in ours} >= {("GEO", "RUS"), ("GEO", "USA")}


def test_icews_sample():
    with open(need(ICEWS), encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert len(rows) == 3705
    registry = Bilateral.Registry.get_default()

    # ICEWS's own list settles two names that fit several entries.
    icews_names = {"Congo": "COG", "Guinea": "GIN"}

    def code(name):
        if name in ("", "NA"):
            return None
        state = registry.lookup_id(icews_names[name]) if name in icews_names else registry.lookup_name(name)
        return state.get_code(Bilateral.CodeScheme.CAMEO) if state else "?" + name

    def quad(r):
        root = int(r["CAMEO Code"][:2])
        return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4

    def unknown(r):
        a, b = code(r["Source Country"]), code(r["Target Country"])
        return a is not None and b is not None and (a.startswith("?") or b.startswith("?"))

    mapped = [r for r in rows if not unknown(r)]
    unknown_count = len(rows) - len(mapped)
    def keys(r):
        story = (("story", r["Event Date"], code(r["Source Country"]), code(r["Target Country"]), r["CAMEO Code"],
                  r["Story ID"]) if r["Story ID"] not in ("", "NA") else None)
        return ("id", r["Event ID"]), story

    theirs = independent(mapped, lambda r: code(r["Source Country"]), lambda r: code(r["Target Country"]),
                         lambda r: r["Event Date"][:4] + r["Event Date"][5:7], quad, lambda r: float(r["Intensity"]),
                         lambda r: 0.0, keys)
    every = independent(mapped, lambda r: code(r["Source Country"]), lambda r: code(r["Target Country"]),
                        lambda r: r["Event Date"][:4] + r["Event Date"][5:7], quad, lambda r: float(r["Intensity"]),
                        lambda r: 0.0)
    panel = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, False)
    panel.add_file(ICEWS, Bilateral.EventFormat.AUTO, None)
    assert panel.get_rows() == 3705
    assert panel.get_skipped(Bilateral.SkipReason.COUNTRY) == unknown_count == 0  # every name resolves
    assert panel.get_unknown_names() == []
    assert panel.get_kept() == sum(g["events"] for g in theirs.values())
    assert panel.get_kept() > 1000
    assert_same(panel_rows(panel), theirs, with_tone=False)
    # ICEWS repeats events: 128 of its rows are dropped and counted; kept when asked.
    repeats = sum(g["events"] for g in every.values()) - panel.get_kept()
    assert repeats == panel.get_skipped(Bilateral.SkipReason.DUPLICATE) == 128
    keep = Bilateral.EventFilter.new()
    keep.set_keep_duplicates(True)
    panel = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, False)
    panel.set_filter(keep)
    panel.set_threads(2)
    panel.add_file(ICEWS, Bilateral.EventFormat.AUTO, None)
    assert_same(panel_rows(panel), every, with_tone=False)


def test_series_of_a_dyad_from_gdelt():
    panel = Bilateral.DyadPanel.new(Bilateral.PanelBin.DAY, False)
    panel.add_file(need(GDELT), Bilateral.EventFormat.GDELT1, None)
    series = panel.get_series("RUS", "GEO", Bilateral.SeriesParams(bin=Bilateral.SeriesBin.MONTH))
    assert series.get_n_bins() == 1 and str(series.get_bin_date(0)) == "2012-08"
    monthly = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, False)
    monthly.add_file(GDELT, Bilateral.EventFormat.GDELT1, None)
    found, events, total, tone = monthly.lookup("GEO", "RUS", Bilateral.Date.parse("2012-08-08"))
    assert found and events == series.get_values(Bilateral.SeriesMeasure.COUNT)[0]
    assert total == pytest.approx(series.get_values(Bilateral.SeriesMeasure.GOLDSTEIN)[0])
    with pytest.raises(GLib.Error):
        panel.get_series("RUS", "GEORGIA", None)


def run(*args, stdin=None):
    return subprocess.run([TOOL, *args], input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)


def test_cli_aggregate_matches_the_library_and_reads_stdin(tmp_path):
    gdelt = need(GDELT)
    out = tmp_path / "a.csv"
    result = run("aggregate", "--threads", "2", "-o", str(out), gdelt)
    assert result.returncode == 0, result.stderr
    panel = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, False)
    panel.add_file(gdelt, Bilateral.EventFormat.AUTO, None)
    with open(out, encoding="utf-8") as f:
        assert list(csv.DictReader(f)) == panel_rows(panel)
    with open(gdelt, "rb") as f:
        piped = run("aggregate", "-", stdin=f.read())
    assert piped.stdout == out.read_bytes()
    gz = tmp_path / "a.tsv.gz"
    with open(gdelt, "rb") as f, gzip.open(gz, "wb") as g:
        g.write(f.read())
    assert run("aggregate", str(gz)).stdout == out.read_bytes()


def test_cli_merge_of_partials_equals_the_whole(tmp_path):
    with open(need(GDELT), encoding="utf-8") as f:
        lines = f.readlines()
    (tmp_path / "one.tsv").write_text("".join(lines[:600]))
    (tmp_path / "two.tsv").write_text("".join(lines[600:]))
    whole = run("aggregate", GDELT).stdout
    for part in ("one", "two"):
        result = run("aggregate", "--partial", "-o", str(tmp_path / (part + ".csv")), str(tmp_path / (part + ".tsv")))
        assert result.returncode == 0, result.stderr
    merged = run("merge", str(tmp_path / "one.csv"), str(tmp_path / "two.csv"))
    assert merged.returncode == 0, merged.stderr
    assert merged.stdout == whole
    both = run("aggregate", str(tmp_path / "one.tsv"), str(tmp_path / "two.tsv")).stdout
    assert both == whole


def test_cli_dyad_and_dirty_rows(tmp_path):
    dirty = os.path.join(os.path.dirname(__file__), "..", "data", "events", "gdelt1-dirty.tsv")
    result = run("aggregate", "--dyad", "usa,wst", dirty)
    assert result.returncode == 0
    assert result.stdout.decode().splitlines()[1:] == ["USA,WST,201208,2,-20.0,-10.000000,0,0,0,2,5.189341"]
    assert b"skipped 1 row with the wrong number of columns (first: " in result.stderr
    assert b"gdelt1-dirty.tsv:9)" in result.stderr
    strict = run("aggregate", "--strict", dirty)
    assert strict.returncode == 1 and b"gdelt1-dirty.tsv:9: skipped row: the wrong number of columns" in strict.stderr
    assert run("aggregate", "--dyad", "PAK", dirty).returncode == 2
    assert run("aggregate", "--by", "week", dirty).returncode == 2
    assert run("aggregate", str(tmp_path / "none.tsv")).returncode == 1
    assert b"not a partial aggregate" in run("merge", dirty).stderr


def test_icews_events_of_a_dyad_load_into_an_archive():
    with open(need(ICEWS), encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    countries = {"United States", "North Korea"}
    dyad_rows = [r for r in rows if {r["Source Country"], r["Target Country"]} == countries]
    # A story's sentences that code the same event on the same day are one event (doc/events.md).
    first_of_story = {}
    for r in dyad_rows:
        first_of_story.setdefault((r["Event Date"], r["Source Country"], r["Target Country"], r["CAMEO Code"],
                                   r["Story ID"]), r["Event ID"])
    expected = sorted(first_of_story.values())
    archive = Bilateral.Archive.new()
    f = Bilateral.EventFilter.new()
    f.set_dyad("USA", "PRK", False)
    ok, added, skipped = archive.add_events_from_file(ICEWS, Bilateral.EventFormat.AUTO, f, None)
    assert ok and added == len(expected) == 277 and len(dyad_rows) == 312 and skipped == 312 - 277
    # Read again, every row is an event read before: none is added, each is counted.
    again = archive.load_events(ICEWS, Bilateral.EventFormat.AUTO, f, None)
    assert (again.get_added(), again.get_skipped_for(Bilateral.SkipReason.DUPLICATE)) == (0, 312)
    assert archive.get_events().get_n_items() == 277
    kept_all = Bilateral.Archive.new()
    f.set_keep_duplicates(True)
    ok, all_added, _ = kept_all.add_events_from_file(ICEWS, Bilateral.EventFormat.AUTO, f, None)
    assert all_added == 312
    assert sorted(e.get_id()[len("icews-"):] for e in archive.get_events()) == expected
    by_id = {r["Event ID"]: r for r in rows}
    for event in archive.get_events():
        row = by_id[event.get_id()[len("icews-"):]]
        assert event.get_title() == row["Event Text"]
        assert event.get_cameo_code() == row["CAMEO Code"]
        assert event.get_goldstein() == pytest.approx(float(row["Intensity"]))
        assert event.get_date().to_string() == row["Event Date"]
        assert {event.get_source().get_id(), event.get_target().get_id()} == {"USA", "PRK"}
        note = event.get_citations()[0].get_note()
        assert note.startswith("story %s, sentence %s (%s)" % (row["Story ID"], row["Sentence Number"], row["Publisher"]))
    assert archive.lookup_source("icews").get_url().startswith("https://dataverse.harvard.edu/")


def test_gdelt_events_of_a_dyad_load_into_an_archive():
    with open(need(GDELT), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    expected = sorted("gdelt-1-" + r[0] for r in rows if {r[7], r[17]} == {"RUS", "GEO"})
    archive = Bilateral.Archive.new()
    f = Bilateral.EventFilter.new()
    f.set_dyad("GEO", "RUS", False)
    ok, added, skipped = archive.add_events_from_file(GDELT, Bilateral.EventFormat.GDELT1, f, None)
    assert ok and added == len(expected) and skipped == 0
    assert sorted(e.get_id() for e in archive.get_events()) == expected
    again = Bilateral.Archive.new_from_data(archive.to_data()[0], -1)
    assert len(again.get_events()) == added


def test_cli_writes_to_a_device(tmp_path):
    clean = os.path.join(os.path.dirname(__file__), "..", "data", "events", "gdelt2-clean.tsv")
    assert run("aggregate", "-q", clean, "-o", os.devnull).returncode == 0
    result = run("aggregate", "-q", clean, "-o", str(tmp_path))
    assert result.returncode == 1 and b"directory" in result.stderr


def test_skip_reasons_describe_themselves():
    described = {Bilateral.SkipReason.describe(r) for r in (
        Bilateral.SkipReason.COLUMNS, Bilateral.SkipReason.DATE, Bilateral.SkipReason.EVENT_CODE,
        Bilateral.SkipReason.NUMBER, Bilateral.SkipReason.MISSING, Bilateral.SkipReason.COUNTRY)}
    assert len(described) == 6 and "a bad date" in described


def test_cli_events_writes_a_history_of_one_dyad(tmp_path):
    backfile = os.path.join(os.path.dirname(__file__), "..", "data", "events", "gdelt1-backfile-pak-rus.tsv")
    out = tmp_path / "pak-rus.json"
    result = run("events", "--dyad", "PAK,RUS", backfile, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert b"5 events added, 1 row skipped" in result.stderr
    history = Bilateral.Archive.new_from_file(str(out))
    assert [e.get_id() for e in history.get_events()] == [
        "gdelt-1-1001", "gdelt-1-1007", "gdelt-1-1002", "gdelt-1-1003", "gdelt-1-1004"]
    assert history.lookup_event("gdelt-1-1001").get_target().get_id() == "SUN"
    series = run("series", str(out), "PAK", "RUS", "--csv")
    assert series.returncode == 0 and series.stdout.count(b"\n") > 10

    merged = run("events", "-q", "--dyad", "RUS,PAK", "--directed", "--into", "pakistan-russia", backfile)
    assert merged.returncode == 0 and merged.stderr == b""
    history = Bilateral.Archive.new_from_data(merged.stdout.decode(), -1)
    assert history.lookup_event("gdelt-1-1007") and history.lookup_event("gdelt-1-1001") is None
    assert history.lookup_event("pak-credentials-1949")

    assert run("events", backfile).returncode == 2
    assert run("events", "--dyad", "PAK", backfile).returncode == 2
    missing = run("events", "--dyad", "PAK,RUS", str(tmp_path / "none.tsv"))
    assert missing.returncode == 1 and b"none.tsv" in missing.stderr


def test_cli_names_a_bad_option_value():
    result = run("aggregate", "--by", "week", "x.tsv")
    assert result.returncode == 2 and "--by takes day, month or year, not “week”" in result.stderr.decode()
    result = run("events", "--dyad", "PAK,RUS", "--format", "csv", "x.tsv")
    assert result.returncode == 2 and "--format takes auto, gdelt1, gdelt2, icews or polecat" in result.stderr.decode()


def test_entities_below_the_state_system_load_as_events(tmp_path):
    """GDELT rows for Palestine, Hong Kong, Taiwan and Kosovo become events."""
    data_dir = os.environ.get("BILATERAL_TEST_DATA", os.path.join(os.path.dirname(__file__), "..", "data"))
    with open(os.path.join(data_dir, "events", "gdelt2-clean.tsv"), "rb") as f:
        template = f.read().split(b"\n")[0].split(b"\t")
    rows = []
    for i, (a, b) in enumerate([(b"PSE", b"RUS"), (b"HKG", b"CHN"), (b"TWN", b"CHN"), (b"KSV", b"SRB")]):
        f = list(template)
        f[0] = str(900 + i).encode()
        f[7], f[17] = a, b
        rows.append(b"\t".join(f))
    path = tmp_path / "entities.tsv"
    path.write_bytes(b"\n".join(rows) + b"\n")
    for a, b, ids in [("PSE", "RUS", ("PSE", "RUS")), ("HKG", "CHN", ("HKG", "CHN")), ("TWN", "CHN", ("TWN", "CHN")),
                      ("KSV", "SRB", ("KOS", "SRB"))]:
        archive = Bilateral.Archive.new()
        flt = Bilateral.EventFilter.new()
        flt.set_dyad(a, b, False)
        ok, added, skipped = archive.add_events_from_file(str(path), Bilateral.EventFormat.AUTO, flt, None)
        assert (ok, added, skipped) == (True, 1, 0), (a, b)
        event = archive.get_events()[0]
        assert {event.get_source().get_id(), event.get_target().get_id()} == set(ids)


def test_loads_into_a_live_relation_merge_in_date_order():
    """Events loaded into an archive that has later ones already, with its
    relation live, go in at once in date order: the archive, the relation
    and its directed series are those of one load."""
    usa_prk = Bilateral.EventFilter.new()
    usa_prk.set_dyad("USA", "PRK", False)
    whole = Bilateral.Archive.new()
    ok, added, _ = whole.add_events_from_file(need(ICEWS), Bilateral.EventFormat.AUTO, usa_prk, None)
    assert ok and added == 277
    archive = Bilateral.Archive.new()
    late, early = Bilateral.EventFilter.new(), Bilateral.EventFilter.new()
    for f, span in ((late, "2018-06-02"), (early, "2018-06-01")):
        f.set_dyad("USA", "PRK", False)
        f.set_span(Bilateral.Date.parse(span))
    archive.add_events_from_file(need(ICEWS), Bilateral.EventFormat.AUTO, late, None)
    relation = archive.get_relation(archive.lookup_actor("USA"), archive.lookup_actor("PRK"))
    before = relation.get_events().get_n_items()
    assert 0 < before < 277
    changes = []
    relation.get_events().connect("items-changed", lambda model, at, removed, added: changes.append((at, removed, added)))
    archive.add_events_from_file(need(ICEWS), Bilateral.EventFormat.AUTO, early, None)
    assert len(changes) == 1 and changes[0][0] + changes[0][2] == 277  # one change, to the end
    assert [e.get_id() for e in archive.get_events()] == [e.get_id() for e in whole.get_events()]
    expected = whole.get_relation(whole.lookup_actor("USA"), whole.lookup_actor("PRK"))
    assert [e.get_id() for e in relation.get_events()] == [e.get_id() for e in expected.get_events()]
    for direction in (Bilateral.SeriesDirection.FIRST_TO_SECOND, Bilateral.SeriesDirection.SECOND_TO_FIRST):
        params = Bilateral.SeriesParams(direction=direction, bin=Bilateral.SeriesBin.MONTH)
        assert (list(relation.get_series(params).get_values(Bilateral.SeriesMeasure.GOLDSTEIN)) ==
                list(expected.get_series(params).get_values(Bilateral.SeriesMeasure.GOLDSTEIN)))


def icews_file(path, rows, fields):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return str(path)


def test_repeats_across_loads_and_panels(tmp_path):
    """Repeats are told across loads into one archive (and after the archive
    is saved and read back), and a panel drops the same rows as an archive."""
    with open(need(ICEWS), encoding="utf-8") as f:
        reader = csv.DictReader(f, delimiter="\t")
        fields = reader.fieldnames
        rows = [r for r in reader if {r["Source Country"], r["Target Country"]} == {"United States", "North Korea"}]
    def story(r):
        return (r["Event Date"], r["Source Country"], r["Target Country"], r["CAMEO Code"], r["Story ID"])

    # The first row of each story in one file, the rows that repeat them in another.
    firsts, repeats, stories = [], [], set()
    for r in rows:
        (repeats if story(r) in stories else firsts).append(r)
        stories.add(story(r))
    assert (len(firsts), len(repeats)) == (277, 35)
    first = icews_file(tmp_path / "first.tab", firsts, fields)
    second = icews_file(tmp_path / "second.tab", repeats, fields)
    f = Bilateral.EventFilter.new()
    f.set_dyad("USA", "PRK", False)

    archive = Bilateral.Archive.new()
    assert archive.load_events(first, Bilateral.EventFormat.AUTO, f, None).get_added() == 277
    later = archive.load_events(second, Bilateral.EventFormat.AUTO, f, None)
    assert (later.get_added(), later.get_skipped_for(Bilateral.SkipReason.DUPLICATE)) == (0, 35)

    # Saved after the first load and read back, the archive still knows its stories.
    assert archive.save_to_file(str(tmp_path / "first.json"))
    reread = Bilateral.Archive.new_from_file(str(tmp_path / "first.json"))
    again = reread.load_events(second, Bilateral.EventFormat.AUTO, f, None)
    assert (again.get_added(), again.get_skipped_for(Bilateral.SkipReason.DUPLICATE)) == (0, 35)
    kept = Bilateral.EventFilter.new()
    kept.set_dyad("USA", "PRK", False)
    kept.set_keep_duplicates(True)
    assert reread.load_events(second, Bilateral.EventFormat.AUTO, kept, None).get_added() == 35

    # A panel of the two files drops the rows the archive dropped.
    panel = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, False)
    panel.set_filter(f)
    panel.set_threads(2)
    assert panel.add_files([first, second], Bilateral.EventFormat.AUTO, None)
    assert (panel.get_kept(), panel.get_skipped(Bilateral.SkipReason.DUPLICATE)) == (277, 35)

    # Every row's keys count, a repeat's too: X (id 1, story S), Y (id 2,
    # story S) repeats X, and Z (id 2, story T) repeats Y by its id.
    x = dict(rows[0])
    y = dict(x, **{"Event ID": "99000002", "Intensity": "-5"})
    z = dict(y, **{"Story ID": "88000001", "CAMEO Code": "042"})
    chain = icews_file(tmp_path / "chain.tab", [x, y, z], fields)
    load = Bilateral.Archive.new().load_events(chain, Bilateral.EventFormat.AUTO, f, None)
    assert (load.get_added(), load.get_skipped_for(Bilateral.SkipReason.DUPLICATE)) == (1, 2)
    panel = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, False)
    panel.set_filter(f)
    panel.add_file(chain, Bilateral.EventFormat.AUTO, None)
    assert (panel.get_kept(), panel.get_skipped(Bilateral.SkipReason.DUPLICATE)) == (1, 2)
