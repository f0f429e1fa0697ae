# SPDX-License-Identifier: LGPL-2.1-or-later
"""Event files whose first line names their columns: POLECAT's layout (our
own fixtures, tests/data/events/make-header-fixtures.py) and GDELT as
BigQuery exports it, as CSV. Panels are checked against a computation in
plain Python and against the tab-separated files of the same rows."""
import csv
import io
import os
import subprocess
from collections import defaultdict

import pytest
from gi.repository import Bilateral, Gio, GLib

EVENTS = os.path.join(os.environ.get("BILATERAL_TEST_DATA", os.path.join(os.path.dirname(__file__), "..", "data")),
                      "events")
TOOL = os.environ.get("BILATERAL_TOOL", "bilateral")
QUADS = {"verbal cooperation": 1, "material cooperation": 2, "verbal conflict": 3, "material conflict": 4}


def path(name):
    return os.path.join(EVENTS, name)


def panel_of(*names, **props):
    panel = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, False)
    for key, value in props.items():
        panel.set_property(key, value)
    for name in names:
        panel.add_file(path(name), Bilateral.EventFormat.AUTO, None)
    return panel


def rows_of(panel):
    out = Gio.MemoryOutputStream.new_resizable()
    panel.write_csv(out, False, None)
    out.close(None)
    return list(csv.DictReader(io.StringIO(bytes(out.steal_as_bytes().get_data()).decode())))


def polecat_expected(name):
    """POLECAT's dyad-months, computed plainly from the fixture."""
    groups = defaultdict(lambda: [0, 0.0, [0, 0, 0, 0]])
    with open(path(name), encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        for r in reader:
            a = r["Actor Country"].split(";")[0].strip()
            b = r["Recipient Country"].split(";")[0].strip()
            weight = r.get("Intensity", r.get("Event Intensity"))
            if "None" in (a, b) or a == b:
                continue
            if a == "XYZ" or weight == "None" or r["Event Date"] == "2023-02-30":
                continue  # an unknown code, a missing value, no such day: skipped
            key = (min(a, b), max(a, b), r["Event Date"][:4] + r["Event Date"][5:7])
            groups[key][0] += 1
            groups[key][1] += float(weight)
            groups[key][2][QUADS[r["Quad Code"].lower()] - 1] += 1
    return {k: (v[0], round(v[1], 1), v[2]) for k, v in groups.items()}


def as_groups(rows):
    return {(r["dyad_a"], r["dyad_b"], r["month"]): (int(r["events"]), float(r["goldstein_sum"]),
                                                     [int(r["q%d" % q]) for q in range(1, 5)]) for r in rows}


@pytest.mark.parametrize("name", ["polecat-2023.txt", "polecat-later.txt"])
def test_polecat_panel_matches_a_plain_computation(name):
    panel = panel_of(name)
    rows = rows_of(panel)
    assert as_groups(rows) == polecat_expected("polecat-2023.txt")
    # POLECAT has no tone: the column is empty, not zero.
    assert all(r["tone_mean"] == "" for r in rows)
    assert panel.get_rows() == 12
    assert panel.get_skipped(Bilateral.SkipReason.DATE) == 1
    assert panel.get_skipped(Bilateral.SkipReason.MISSING) == 1
    assert panel.get_skipped(Bilateral.SkipReason.COUNTRY) == 1
    assert panel.get_skipped_lines(Bilateral.SkipReason.COUNTRY) == [path(name) + ":9"]
    assert panel.get_unknown_names() == ["XYZ"]
    assert panel.get_filtered() == 2  # no actor country; one country on both sides


def test_polecat_in_latin1_and_explicit_format():
    panel = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, False)
    panel.add_file(path("polecat-latin1.txt"), Bilateral.EventFormat.POLECAT, None)
    assert as_groups(rows_of(panel)) == {("PAK", "RUS", "202301"): (2, 4.5, [2, 0, 0, 0])}
    with pytest.raises(GLib.Error) as caught:
        panel.add_file(path("gdelt2-clean.tsv"), Bilateral.EventFormat.POLECAT, None)
    assert "POLECAT files start with a header" in caught.value.message
    with pytest.raises(GLib.Error) as caught:
        panel.add_file(path("polecat-2023.txt"), Bilateral.EventFormat.ICEWS, None)
    assert "asked to read icews, but the header is polecat's" in caught.value.message


def dyad(a, b):
    event_filter = Bilateral.EventFilter.new()
    event_filter.set_dyad(a, b, False)
    return event_filter


def test_polecat_refuses_a_cameo_root_filter():
    panel = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, False)
    event_filter = Bilateral.EventFilter.new()
    event_filter.set_root_codes(["18", "19"])
    panel.set_filter(event_filter)
    with pytest.raises(GLib.Error) as caught:
        panel.add_file(path("polecat-2023.txt"), Bilateral.EventFormat.AUTO, None)
    assert "PLOVER types, not CAMEO codes" in caught.value.message
    assert panel.get_rows() == 0


def polecat_rows(name, encoding="utf-8"):
    with open(path(name), encoding=encoding, newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.mark.parametrize("name", ["polecat-2023.txt", "polecat-later.txt"])
def test_polecat_rows_become_events_with_plover_types(name):
    archive = Bilateral.Archive.new()
    ok, added, skipped = archive.add_events_from_file(path(name), Bilateral.EventFormat.AUTO, dyad("USA", "AFG"), None)
    # The rows of the dyad, as plain Python reads them: the first country of a list is the row's.
    expected = {r["Event ID"]: r for r in polecat_rows(name)
                if {r["Actor Country"].split("; ")[0], r["Recipient Country"].split("; ")[0]} == {"USA", "AFG"}}
    assert added == len(expected) == 4
    for event_id, row in expected.items():
        event = archive.lookup_event("polecat-" + event_id)
        assert event.get_cameo_code() is None
        assert event.get_plover_type() == row["Event Type"]
        assert event.get_plover_mode() == (None if row["Event Mode"] == "None" else row["Event Mode"])
        contexts = [] if row["Contexts"] == "None" else row["Contexts"].split("; ")
        assert list(event.get_plover_contexts() or []) == contexts
        assert event.get_goldstein() == float(row["Intensity" if "Intensity" in row else "Event Intensity"])
        assert event.get_quad_class() == QUADS[row["Quad Code"].lower()]
        assert event.props.plover_type == row["Event Type"]
        # The primary sector, then the others of the list, each once; never another column's value.
        sectors = [row["Primary Actor Sector"]] + [x for x in row["Actor Sectors"].split("; ") if x != row["Primary Actor Sector"]]
        assert list(event.get_source_sectors()) == sectors
    again = Bilateral.Archive.new_from_data(archive.to_data()[0], -1)
    assert again.to_data()[0] == archive.to_data()[0]


def test_polecat_text_in_latin1_is_converted():
    archive = Bilateral.Archive.new()
    ok, added, skipped = archive.add_events_from_file(path("polecat-latin1.txt"), Bilateral.EventFormat.AUTO,
                                                      dyad("PAK", "RUS"), None)
    assert (added, skipped) == (2, 0)
    places = {r["Placename"] for r in polecat_rows("polecat-latin1.txt", "iso-8859-1")}
    assert places == {"Peshawar\u00e9"}
    assert archive.lookup_event("polecat-e1").get_location().get_place() == "Peshawar\u00e9"


def test_the_plover_codebook():
    cameo = Bilateral.Cameo.get_default()
    assert cameo.lookup_plover("CONSULT", "visit", ["diplomatic"]) == (True, Bilateral.QuadClass.VERBAL_COOPERATION, 4.0)
    assert cameo.lookup_plover("ACCUSE", None, None)[1:] == (Bilateral.QuadClass.VERBAL_CONFLICT, -3.0)
    with pytest.raises(GLib.Error) as caught:
        cameo.lookup_plover("FIGHT", None, None)
    assert "“FIGHT” is not a PLOVER event type" in caught.value.message
    with pytest.raises(GLib.Error) as caught:
        cameo.lookup_plover("AID", None, ["weather"])
    assert "“weather” is not a PLOVER context" in caught.value.message
    pakistan = Bilateral.State(id="PAK", name="Pakistan")
    russia = Bilateral.State(id="RUS", name="Russia")
    date = Bilateral.Date.parse("2023-01-03")
    event = Bilateral.Event.new_plover("p", date, pakistan, russia, "RETREAT", "ceasefire", float("nan"), None)
    assert (event.get_goldstein(), event.get_quad_class()) == (7.5, Bilateral.QuadClass.MATERIAL_COOPERATION)
    coded = Bilateral.Event(id="c", date=date, source=pakistan, target=russia, cameo_code="042")
    assert (coded.get_plover_type(), coded.get_plover_mode()) == ("CONSULT", "visit")


@pytest.mark.parametrize("csv_name, tsv_name", [("gdelt2-bigquery.csv", "gdelt2-clean.tsv"),
                                                 ("gdelt1-bigquery.csv", "gdelt1-backfile-pak-rus.tsv")])
def test_bigquery_csv_gives_the_panel_of_the_same_rows(csv_name, tsv_name):
    from_csv, from_tsv = panel_of(csv_name), panel_of(tsv_name)
    assert rows_of(from_csv) == rows_of(from_tsv)
    assert from_csv.get_rows() == from_tsv.get_rows()
    for reason in range(Bilateral.SkipReason.ENCODING + 1):
        assert from_csv.get_skipped(reason) == from_tsv.get_skipped(reason)


def test_bigquery_csv_events_keep_quoted_urls():
    archive = Bilateral.Archive.new()
    event_filter = Bilateral.EventFilter.new()
    event_filter.set_dyad("JPN", "USA", False)
    ok, added, skipped = archive.add_events_from_file(path("gdelt2-bigquery.csv"), Bilateral.EventFormat.AUTO, event_filter,
                                                      None)
    assert ok and added == 2 and skipped == 0
    notes = [c.get_note() for e in archive.get_events() for c in e.get_citations()]
    assert any(n.startswith('http://example.org/a,b?q="quoted"; GLOBALEVENTID') for n in notes), notes
    out = subprocess.run([TOOL, "events", "--dyad", "JPN,USA", path("gdelt2-bigquery.csv")], check=True,
                         capture_output=True, text=True)
    assert 'http://example.org/a,b?q=\\"quoted\\"; GLOBALEVENTID' in out.stdout
    assert "gdelt-2" in out.stdout and "2 events added, 0 rows skipped" in out.stderr


def write(tmp_path, name, text):
    target = tmp_path / name
    target.write_bytes(text.encode())
    return str(target)


def test_bigquery_subsets_quotes_and_broken_fields(tmp_path):
    # Only the columns a panel needs, in another order; a quoted newline inside a field.
    text = ('QuadClass,GoldsteinScale,SQLDATE,Actor2CountryCode,Actor1CountryCode,EventCode,Note\n'
            '1,3.4,20150105,PAK,RUS,051,plain\n'
            '4,-10,20150107,RUS,PAK,190,"a ""quoted"", line\nbreak"\n'
            '1,1.0,20150201,USA,PAK,036,\n')
    panel = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, False)
    panel.add_file(write(tmp_path, "subset.csv", text), Bilateral.EventFormat.AUTO, None)
    assert as_groups(rows_of(panel)) == {("PAK", "RUS", "201501"): (2, -6.6, [1, 0, 0, 1]),
                                         ("PAK", "USA", "201502"): (1, 1.0, [1, 0, 0, 0])}
    with pytest.raises(GLib.Error) as caught:
        panel.add_file(write(tmp_path, "lacking.csv", "SQLDATE,Actor1CountryCode,EventCode\n20150101,PAK,051\n"),
                       Bilateral.EventFormat.AUTO, None)
    assert caught.value.message.endswith("lacking.csv:1: a GDELT header without the columns “Actor2CountryCode”, "
                                         "“QuadClass”, “GoldsteinScale”")
    # An archive needs each row's id to cite it.
    with pytest.raises(GLib.Error) as caught:
        Bilateral.Archive.new().add_events_from_file(write(tmp_path, "noid.csv", text), Bilateral.EventFormat.AUTO,
                                                      dyad("PAK", "RUS"), None)
    assert "no column GLOBALEVENTID" in caught.value.message
    # A header only: nothing read, and no error.
    empty = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, False)
    empty.add_file(write(tmp_path, "header.csv", "SQLDATE,Actor1CountryCode,Actor2CountryCode,EventCode,QuadClass,"
                                                 "GoldsteinScale\n"), Bilateral.EventFormat.AUTO, None)
    assert empty.get_rows() == 0


def test_cli_aggregate_reads_both():
    for name in ("polecat-2023.txt", "gdelt2-bigquery.csv"):
        out = subprocess.run([TOOL, "aggregate", "--by", "month", path(name)], check=True, capture_output=True, text=True)
        assert out.stdout.startswith("dyad_a,dyad_b,month,events")
    out = subprocess.run([TOOL, "aggregate", "--format", "polecat", "--dyad", "PAK,RUS", path("polecat-2023.txt")],
                         check=True, capture_output=True, text=True)
    assert out.stdout.splitlines()[1:] == ["PAK,RUS,202301,2,4.5,2.250000,2,0,0,0,"]


def test_zip_members_inflated_whole_and_checked(tmp_path):
    import zipfile
    with open(path("gdelt2-clean.tsv"), "rb") as f:
        data = f.read()
    plain = rows_of(panel_of("gdelt2-clean.tsv"))
    for method in (zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED):
        target = tmp_path / ("m%d.zip" % method)
        with zipfile.ZipFile(target, "w", method) as z:
            z.writestr("folder/", b"")
            z.writestr("folder/day.export.CSV", data)
            z.writestr("again.CSV", data)
        # The second member repeats the first's rows: dropped and counted, or kept when asked.
        panel = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, False)
        panel.add_file(str(target), Bilateral.EventFormat.AUTO, None)
        assert rows_of(panel) == plain
        assert panel.get_skipped(Bilateral.SkipReason.DUPLICATE) == 6
        assert panel.get_skipped_lines(Bilateral.SkipReason.DUPLICATE)[0].endswith("again.CSV:1")
        keep = Bilateral.EventFilter.new()
        keep.set_keep_duplicates(True)
        panel = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, False)
        panel.set_filter(keep)
        panel.add_file(str(target), Bilateral.EventFormat.AUTO, None)
        doubled = rows_of(panel)
        assert [r["events"] for r in doubled] == [str(2 * int(r["events"])) for r in plain]
        # A byte of the member's data changed: its CRC-32 or its inflating says so.
        raw = bytearray(target.read_bytes())
        at = raw.index(b"folder/day.export.CSV") + len("folder/day.export.CSV") + 40
        raw[at] ^= 0x55
        broken = tmp_path / ("broken%d.zip" % method)
        broken.write_bytes(bytes(raw))
        with pytest.raises(GLib.Error) as caught:
            Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, False).add_file(str(broken), Bilateral.EventFormat.AUTO, None)
        assert "broken%d.zip:folder/day.export.CSV: damaged zip data" % method in caught.value.message, caught.value.message


def test_files_side_by_side_give_the_panel_of_files_one_by_one():
    names = ["gdelt2-clean.tsv", "polecat-2023.txt", "gdelt2-bigquery.csv", "icews-small.tab", "gdelt2-usa-afg.tsv"]
    together = Bilateral.DyadPanel.new(Bilateral.PanelBin.MONTH, False)
    together.set_threads(2)
    told = []
    together.connect("progress", lambda panel, size, rows, skipped: told.append((size, rows)))
    assert together.add_files([path(n) for n in names], Bilateral.EventFormat.AUTO, None)
    assert rows_of(together) == rows_of(panel_of(*names))
    assert len(told) == len(names) and told[0][0] == os.path.getsize(path(names[0]))
    with pytest.raises(GLib.Error) as caught:
        together.add_files([path(names[0]), "/nonexistent.tsv"], Bilateral.EventFormat.AUTO, None)
    assert caught.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND)
