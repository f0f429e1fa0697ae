# SPDX-License-Identifier: LGPL-2.1-or-later
"""The bilateral command-line tool."""
import os
import subprocess

import pytest
from gi.repository import Bilateral

TOOL = os.environ.get("BILATERAL_TOOL", "bilateral")
EXPECTED = os.path.join(os.path.dirname(__file__), "..", "expected")


def run(*args):
    env = dict(os.environ)
    env.pop("COLUMNS", None)
    return subprocess.run([TOOL, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def expected(name):
    with open(os.path.join(EXPECTED, name), encoding="utf-8") as f:
        return f.read()


def test_history_of_the_bundled_reference():
    result = run("history", "--width", "100", "pakistan-russia")
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected("history-pakistan-russia.txt")


def test_history_of_a_file_and_a_named_dyad(sample_path):
    result = run("history", "--width", "80", "--no-sources", sample_path, "PAK", "RUS")
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected("history-sample.txt")


def test_history_lays_out_every_line_within_the_width():
    result = run("history", "--width", "72", "pakistan-russia")
    assert result.returncode == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= 72
    assert "Pakistan tells the USSR that Britain will represent" in result.stdout.replace("\n    ", " ")


def test_history_names_the_dyad_by_code_or_name():
    by_code = run("history", "--width", "100", "pakistan-russia", "586", "643")
    by_name = run("history", "--width", "100", "pakistan-russia", "Pakistan", "Soviet Union")
    assert by_code.stdout == by_name.stdout == expected("history-pakistan-russia.txt")


def test_help_and_version():
    result = run("--help")
    assert result.returncode == 0
    assert "history" in result.stdout and "pakistan-russia" in result.stdout
    assert run("history", "--help").stdout.startswith("Usage:")
    assert run("--version").stdout.startswith("bilateral ")


@pytest.mark.parametrize(
    "args, code, message",
    [
        ((), 2, "Usage:"),
        (("frobnicate",), 2, "no command “frobnicate”"),
        (("history",), 2, "give a history"),
        (("history", "--width"), 2, "Missing argument"),
        (("history", "atlantis"), 1, "“atlantis” is neither a bundled history (pakistan-russia) nor a file"),
        (("history", "/nonexistent.json"), 1, "/nonexistent.json"),
        (("history", "pakistan-russia", "PAK", "Atlantis"), 1, "no actor of the history is “Atlantis”"),
    ],
)
def test_errors_say_what_is_wrong(args, code, message):
    result = run(*args)
    assert result.returncode == code
    assert message in result.stderr


def test_a_broken_file_lists_its_problems(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "bilateral/1", "events": [{"id": "e"}]}')
    result = run("history", str(path))
    assert result.returncode == 1
    assert "broken.json" in result.stderr and "/events/0" in result.stderr


def test_state_resolves_a_code_at_a_date():
    result = run("state", "RUS", "--at", "1970-06-01")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Union of Soviet Socialist Republics (SUN)"
    assert "    cow          365" in lines
    assert any(l.startswith("  followed by") and "Russian Federation (RUS), continuation, 1991-12-26" in l for l in lines)


def test_state_with_a_scheme_and_by_name():
    result = run("state", "255", "--scheme", "cow", "--at", "1995")
    assert result.stdout.splitlines()[0] == "Germany (DEU)"
    assert "    gw           260" in result.stdout.splitlines()
    assert run("state", "Burma").stdout.startswith("Myanmar (MMR)")
    assert run("state", "russian-empire").stdout.startswith("Russia (Russian Empire")


@pytest.mark.parametrize(
    "args, code, message",
    [
        (("state", "700", "--at", "1900"), 1, "the COW code “700” meant no state on 1900: it was Afghanistan's from 1919-08-08"),
        (("state", "Atlantis"), 1, "no state has the id, code or name “Atlantis”"),
        (("state", "PAK", "--scheme", "fips"), 2, "“fips” is not a scheme"),
        (("state", "PAK", "--at", "1950-02-30"), 2, "day 30"),
        (("state",), 2, "give one code"),
        (("panel", "--from", "1990"), 2, "give --from YEAR and --to YEAR"),
        (("panel", "--from", "2000", "--to", "1990"), 1, "2000 to 1990"),
    ],
)
def test_state_and_panel_errors(args, code, message):
    result = run(*args)
    assert result.returncode == code
    assert message in result.stderr


def test_panel_to_stdout_and_to_a_file(tmp_path):
    result = run("panel", "--from", "1991", "--to", "1992")
    lines = result.stdout.splitlines()
    assert lines[0] == "year,id,name,iso3,ccode,stateabb,gwcode,gwabb,in_cow,in_gw"
    assert "1991,SUN,Union of Soviet Socialist Republics,SUN,365,RUS,365,RUS,1,1" in lines
    assert "1992,RUS,Russian Federation,RUS,365,RUS,365,RUS,1,1" in lines
    out = tmp_path / "dyads.csv"
    result = run("panel", "--from", "1950", "--to", "1950", "--dyads", "-o", str(out))
    assert result.returncode == 0 and result.stdout == ""
    rows = out.read_text().splitlines()
    assert rows[0].startswith("year,id1,name1,iso31,ccode1")
    assert any(r.startswith("1950,") and ",PAK," in r and ",SUN," in r for r in rows)


def test_series_table_and_csv():
    result = run("series", "pakistan-russia", "PAK", "RUS", "--by", "year", "--half-life", "1y", "--csv")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == ("bin,events,goldstein,verbal_coop,material_coop,verbal_conflict,material_conflict,impact,weight,index,"
                        "stance_index")
    row = {l.split(",")[0]: l.split(",") for l in lines[1:]}
    assert row["1954"][7] == "-8" and row["1954"][8] == "-8"  # impact and weight
    assert float(row["1955"][9]) == pytest.approx(float(row["1954"][9]) / 2 - 8, abs=1e-4)  # halved, less 8
    table = run("series", "pakistan-russia", "PAK", "RUS", "--by", "month").stdout.splitlines()
    assert table[0].split() == ["bin", "events", "goldstein", "vcoop", "mcoop", "vconf", "mconf", "impact", "weight", "index",
                                "stance"]
    assert table[1].startswith("1947-08 ") or table[1].startswith("1947-1")


def test_phases_infer_and_compare():
    result = run("phases", "pakistan-russia", "PAK", "RUS", "--infer", "--compare")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "Curated phases" in text and "Inferred phases" in text
    # The tool's figures are the library's, with the library's default span.
    history = Bilateral.Archive.load_builtin("pakistan-russia")
    relation = history.get_relation(history.lookup_actor("PAK"), history.lookup_actor("RUS"))
    params = Bilateral.InferenceParams(penalty=50)
    c = Bilateral.phases_compare(relation.get_phases(), relation.infer_phases(params), None, 730)
    tuned = run("phases", "pakistan-russia", "PAK", "RUS", "--infer", "--compare", "--penalty", "50").stdout
    assert "Comparison over %d days (the days both cover)" % c.get_days() in tuned
    assert "stances agree exactly   %.1f%% of days" % (100 * c.get_exact_agreement()) in tuned
    assert "stances agree in sign   %.1f%% of days" % (100 * c.get_sign_agreement()) in tuned
    assert "mean boundary distance %.0f days" % c.get_mean_boundary_distance() in tuned
    # The measures of change-point benchmarks, within two bins (years) by default.
    assert "boundary F1            %.3f (within 730 days)" % c.get_boundary_f1() in tuned
    assert "covering               %.3f" % c.get_covering() in tuned
    assert "boundary F1            0.800 (within 730 days)" in tuned
    default = Bilateral.phases_compare(relation.get_phases(), relation.infer_phases(None), None, 730)
    assert "boundary F1            %.3f" % default.get_boundary_f1() in text
    binary = run("phases", "pakistan-russia", "PAK", "RUS", "--compare", "--penalty", "50", "--method", "binary").stdout
    assert binary.split("Inferred phases")[1] == tuned.split("Inferred phases")[1]
    monthly = run("phases", "pakistan-russia", "PAK", "RUS", "--compare", "--by", "month").stdout
    assert "(within 61 days)" in monthly
    spanned = run("phases", "pakistan-russia", "PAK", "RUS", "--compare", "--span", "1947-08-14/2015-06-20").stdout
    assert "Comparison over 24783 days (1947-08-14/2015-06-20)" in spanned
    curated = run("phases", "pakistan-russia", "PAK", "RUS").stdout
    assert curated.startswith("Curated phases") and "Inferred" not in curated


@pytest.mark.parametrize(
    "args, message",
    [
        (("series", "pakistan-russia", "PAK", "RUS", "--by", "week"), "--by takes year or month"),
        (("series", "pakistan-russia", "PAK", "RUS", "--half-life", "soon"), "“soon” is not a duration"),
        (("series", "pakistan-russia", "PAK", "RUS", "--direction", "up"), "--direction takes both, forward or backward"),
        (("phases", "pakistan-russia", "PAK"), "give a history and two actors"),
        (("phases", "pakistan-russia", "PAK", "RUS", "--penalty", "-1"), "cannot be negative"),
        (("phases", "pakistan-russia", "PAK", "RUS", "--method", "hmm"), "--method takes pelt or binary, not “hmm”"),
    ],
)
def test_series_and_phases_usage_errors(args, message):
    result = run(*args)
    assert result.returncode == 2
    assert message in result.stderr
