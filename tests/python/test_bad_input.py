# SPDX-License-Identifier: LGPL-2.1-or-later
"""Files the library did not write, through the bindings and the tool: each
once crashed, hung, lost data silently or said the wrong thing."""
import gzip
import json
import os
import subprocess
import zipfile

import pytest
from gi.repository import Bilateral, GLib

TOOL = os.environ.get("BILATERAL_TOOL", "bilateral")


def events(data_dir, name):
    with open(os.path.join(data_dir, "events", name), "rb") as f:
        return f.read()


def panel_of(path, bin=Bilateral.PanelBin.MONTH, threads=1):
    panel = Bilateral.DyadPanel.new(bin, False)
    panel.set_threads(threads)
    panel.add_file(str(path), Bilateral.EventFormat.AUTO, None)
    return panel


def gdelt_row(data_dir, field, value, line=0):
    fields = events(data_dir, "gdelt2-clean.tsv").split(b"\n")[line].split(b"\t")
    fields[field] = value
    return b"\t".join(fields) + b"\n"


def test_zip_members_of_different_formats(tmp_path, data_dir):
    path = tmp_path / "mixed.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a.tsv", events(data_dir, "gdelt2-clean.tsv"))
        z.writestr("b.tab", events(data_dir, "icews-small.tab"))
    panel = panel_of(path)
    assert panel.get_rows() == 11
    assert all(panel.get_skipped(r) == 0 for r in Bilateral.SkipReason.__enum_values__.values())
    found, n, _, _ = panel.lookup("PAK", "RUS", Bilateral.Date.parse("2018-03"))
    assert found and n == 2

    archive = Bilateral.Archive.new()
    flt = Bilateral.EventFilter.new()
    flt.set_dyad("PAK", "RUS", False)
    ok, added, skipped = archive.add_events_from_file(str(path), Bilateral.EventFormat.AUTO, flt, None)
    assert (ok, added, skipped) == (True, 3, 0)
    assert archive.lookup_source("icews") is not None


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("[" * 80000 + "]" * 80000, "nested deeper than 64 levels"),
        ('{"format": "bilateral/1", "title": "\\ud800x"}', "half of a surrogate pair"),
        ('{"format": "bilateral/1", "title": "a\\u0000b"}', "NUL character"),
        ('{"format": "bilateral/1", "n": 9223372036854775808}', "too large"),
        ('{"format": "bilateral/1", "ti\\ude"tle": "x"}', "four hexadecimal digits"),
    ],
)
def test_json_text_refused_with_its_place(text, fragment):
    with pytest.raises(GLib.Error) as info:
        Bilateral.Archive.new_from_data(text, -1)
    assert fragment in info.value.message
    assert info.value.message.startswith("<data>:1:")


def test_succession_loops_refused():
    actors = [
        {"id": "S%d" % i, "kind": "state", "name": "S%d" % i,
         "predecessors": [{"state": "S%d" % ((i - 1) % 70), "kind": "continuation", "date": "1950"}]}
        for i in range(70)
    ]
    with pytest.raises(GLib.Error) as info:
        Bilateral.Archive.new_from_data(json.dumps({"format": "bilateral/1", "actors": actors}), -1)
    assert "continue each other" in info.value.message


def test_unknown_icews_names_are_reported_by_name(tmp_path, data_dir):
    lines = events(data_dir, "icews-small.tab").split(b"\n")
    lines[1] = lines[1].replace(b"\tPakistan\tMake", b"\tAtlantis\tMake")
    lines[3] = lines[3].replace(b"\tIndia\t", b"\tAtlantis\t")
    path = tmp_path / "unknown.tab"
    path.write_bytes(b"\n".join(lines))
    panel = panel_of(path)
    assert panel.get_skipped(Bilateral.SkipReason.COUNTRY) == 2
    assert panel.get_unknown_names() == ["Atlantis"]
    assert panel.get_unknown_name_count("Atlantis") == 2


def test_out_of_range_goldstein_is_a_skip(tmp_path, data_dir):
    path = tmp_path / "range.tsv"
    path.write_bytes(gdelt_row(data_dir, 30, b"1e300"))
    panel = panel_of(path)
    assert panel.get_skipped(Bilateral.SkipReason.RANGE) == 1
    assert panel.get_n_groups() == 0


def test_damaged_gzip_refused(tmp_path, data_dir):
    data = bytearray(gzip.compress(events(data_dir, "gdelt2-clean.tsv")))
    data[-7] ^= 1
    path = tmp_path / "crc.gz"
    path.write_bytes(bytes(data))
    with pytest.raises(GLib.Error) as info:
        panel_of(path)
    assert "damaged gzip data" in info.value.message


def test_merge_reads_what_aggregate_wrote(tmp_path, data_dir):
    rows = tmp_path / "994.tsv"
    rows.write_bytes(gdelt_row(data_dir, 1, b"09940801"))
    partial = tmp_path / "994.csv"
    run = lambda *a: subprocess.run([TOOL, *a], capture_output=True, check=False)
    result = run("aggregate", "--by", "year", "--partial", "-o", str(partial), str(rows))
    assert result.returncode == 0, result.stderr
    assert b",0994," in partial.read_bytes()
    crlf = tmp_path / "crlf.csv"
    crlf.write_bytes(partial.read_bytes().replace(b"\n", b"\r\n"))
    result = run("merge", str(partial), str(crlf))
    assert result.returncode == 0, result.stderr
    assert b"FRA,WST,0994,2,14.0," in result.stdout


@pytest.mark.parametrize(
    "text, first, last",
    [
        ("1985-04-12T23:20:30-04:00", "1985-04-13", "1985-04-13"),
        ("-2004-06-11%", "-2004-06-11", "-2004-06-11"),
        ("-198X", "-1989-01-01", "-1980-12-31"),
        ("9999-23", "9999-09-01", "9999-11-30"),
    ],
)
def test_dates_beyond_the_common(text, first, last):
    d = Bilateral.Date.parse(text)
    assert d.get_earliest().to_string() == first
    assert d.get_latest().to_string() == last
    assert d.to_string() == text


@pytest.mark.parametrize("text", ["Y170000002", "9999-24", "-0000"])
def test_dates_refused(text):
    with pytest.raises(GLib.Error):
        Bilateral.Date.parse(text)


# EDTF (ISO 8601-2, 2019) level 0 and 1 forms, as the specification lists
# them, and strings a validator must refuse.
EDTF_VALID = """1985-04-12 1985-04 1985 0000 -0999 -9999 1985-04-12T23:20:30 1985-04-12T23:20:30Z
1985-04-12T23:20:30-04 1985-04-12T23:20:30+04:30 1964/2008 2004-06/2006-08 2004-02-01/2005-02-08
2005/2006-02 2001-21 2001-24 -2004-23 1984? 2004-06~ 2004-06-11% 201X 20XX 2004-XX 1985-04-XX
1985-XX-XX 1985-04-12/.. 1985-04-12/ ../1985-04-12 /1985-04-12 -1985 1984~/2004-06 1984?/2004%
1984-06-02?/2004-08-08~ 1984-06-02?/ -1000/-0999 -2004-02-01/2005 -1980-11-01/1989-11-30
0000-01/0000-01-03 2019-12/2020%""".split()
EDTF_INVALID = ["2012-10-10T10:10:1", "2012-10-10T1:10:10", "2012-10-10t10:10:10", "2012-10-10T10:10:10Z10",
                "1960-06-31", "0001/0000", "0000/-0001", "2012/2011", "-1000/-2000", "1863-03-29 ", " 1863-03-29",
                "1863-03 -29", "2000/12-12", "2012///4444", "+2006", "1985-13", "1985-04-00", "2004-06-11?~",
                "1985-04-12T23:20:30+4"]


@pytest.mark.parametrize("text", EDTF_VALID)
def test_edtf_valid(text):
    d = Bilateral.Date.parse(text)
    assert d.to_string() == text
    assert d.get_earliest_day() <= d.get_latest_day()


@pytest.mark.parametrize("text", EDTF_INVALID)
def test_edtf_invalid(text):
    with pytest.raises(GLib.Error):
        Bilateral.Date.parse(text)


def test_schema_date_pattern_takes_what_the_loader_takes():
    import re
    schema = os.path.join(os.path.dirname(__file__), "..", "..", "doc", "bilateral-1.schema.json")
    with open(schema) as f:
        pattern = re.compile(json.load(f)["$defs"]["date"]["pattern"])
    for text in EDTF_VALID:
        assert pattern.search(text), text
    for text in ["1985-13-01x", "19851", "1985-04-12T23:20", " 1985"]:
        assert not pattern.search(text), text


def test_a_code_outside_the_codebook_skips_its_row_not_the_load(tmp_path, data_dir):
    path = tmp_path / "unknown-code.tsv"
    path.write_bytes(gdelt_row(data_dir, 26, b"1952", line=2) + gdelt_row(data_dir, 26, b"036", line=4))
    archive = Bilateral.Archive.new()
    event_filter = Bilateral.EventFilter.new()
    event_filter.set_dyad("JPN", "USA", False)
    ok, added, skipped = archive.add_events_from_file(str(path), Bilateral.EventFormat.AUTO, event_filter, None)
    assert (ok, added, skipped) == (True, 1, 1)
    result = subprocess.run([TOOL, "events", "--dyad", "JPN,USA", str(path), "-o", str(tmp_path / "out.json")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "1 event added, 1 row skipped" in result.stderr
    assert "1 with a code the codebook lacks (first: %s:1)" % path in result.stderr
    again = Bilateral.Archive.new()
    load = again.load_events(str(path), Bilateral.EventFormat.AUTO, event_filter, None)
    assert (load.get_added(), load.get_skipped()) == (1, 1)
    assert load.get_skipped_for(Bilateral.SkipReason.CODEBOOK) == 1
    assert load.get_skipped_lines(Bilateral.SkipReason.CODEBOOK) == ["%s:1" % path]
    twice = again.load_events(str(path), Bilateral.EventFormat.AUTO, event_filter, None)
    assert twice.get_skipped_for(Bilateral.SkipReason.DUPLICATE) == 1 and twice.get_added() == 0
    assert json.loads((tmp_path / "out.json").read_text())["events"][0]["cameo"] == "036"
