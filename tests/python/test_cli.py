# SPDX-License-Identifier: LGPL-2.1-or-later
"""The bilateral command-line tool."""
import os
import subprocess

import pytest

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
