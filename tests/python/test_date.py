# SPDX-License-Identifier: LGPL-2.1-or-later
import datetime

import pytest
from gi.repository import Bilateral, GLib


@pytest.mark.parametrize(
    "text, precision",
    [
        ("1950-03-18", Bilateral.DatePrecision.DAY),
        ("1949-12", Bilateral.DatePrecision.MONTH),
        ("1948", Bilateral.DatePrecision.YEAR),
        ("1949-12~", Bilateral.DatePrecision.MONTH),
        ("1979?", Bilateral.DatePrecision.YEAR),
        ("198X", Bilateral.DatePrecision.DECADE),
        ("1950-21", Bilateral.DatePrecision.SEASON),
        ("1950-05-03/1950-05-30", Bilateral.DatePrecision.INTERVAL),
        ("1987/1989", Bilateral.DatePrecision.INTERVAL),
        ("../1950", Bilateral.DatePrecision.INTERVAL),
        ("1991/..", Bilateral.DatePrecision.INTERVAL),
    ],
)
def test_parse_and_format_back(text, precision):
    date = Bilateral.Date.parse(text)
    assert date.to_string() == text
    assert date.get_precision() == precision


def test_fields():
    date = Bilateral.Date.parse("1949-12~")
    assert (date.get_year(), date.get_month(), date.get_day()) == (1949, 12, 0)
    assert date.get_qualifiers() == Bilateral.DateQualifier.APPROXIMATE
    assert Bilateral.Date.parse("1950%").get_qualifiers() == (
        Bilateral.DateQualifier.APPROXIMATE | Bilateral.DateQualifier.UNCERTAIN
    )
    assert Bilateral.Date.parse("198X").get_year() == 1980


def test_earliest_and_latest():
    date = Bilateral.Date.parse("1949-12~")
    assert date.get_earliest().to_string() == "1949-12-01"
    assert date.get_latest().to_string() == "1949-12-31"
    assert date.get_latest_day() - date.get_earliest_day() == 30
    assert Bilateral.Date.parse("../1950").get_earliest() is None
    assert Bilateral.Date.parse("../1950").get_earliest_day() == Bilateral.DAY_OPEN_START
    assert Bilateral.Date.parse("1991/..").get_latest_day() == Bilateral.DAY_OPEN_END
    assert Bilateral.date_day_from_ymd(1970, 1, 1) == 0
    assert Bilateral.date_ymd_from_day(-1) == (1969, 12, 31)


def test_interval_ends():
    date = Bilateral.Date.parse("1950-05-03/1950-05-30")
    assert date.is_interval()
    assert date.get_start().to_string() == "1950-05-03"
    assert date.get_end().to_string() == "1950-05-30"
    assert Bilateral.Date.parse("1991/..").get_end() is None
    built = Bilateral.Date.new_interval(Bilateral.Date.parse("1987"), None)
    assert built.to_string() == "1987/.."


def test_compare_overlap_contains():
    a, b = Bilateral.Date.parse("1950"), Bilateral.Date.parse("1950-03-18")
    assert Bilateral.Date.compare(a, b) < 0
    assert Bilateral.Date.compare(b, a) > 0
    assert a.overlaps(Bilateral.Date.parse("1949/1950"))
    assert not a.overlaps(Bilateral.Date.parse("1951/.."))
    assert a.contains(b) and not b.contains(a)


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("1950-02-30", "day 30 is not in February 1950"),
        ("1950-13", "month 13"),
        ("19500", "“-MM”"),
        ("1951/1950", "starts after it ends"),
        ("", "empty"),
        ("late 1949", "four digits"),
    ],
)
def test_bad_text_raises(text, fragment):
    with pytest.raises(GLib.Error) as info:
        Bilateral.Date.parse(text)
    assert info.value.domain == "bilateral-error-quark"
    assert "“%s”" % text in info.value.message
    assert fragment in info.value.message


def test_new_ymd_checks():
    assert Bilateral.Date.new_ymd(1950, 3, 0).to_string() == "1950-03"
    with pytest.raises(GLib.Error) as info:
        Bilateral.Date.new_ymd(1950, 2, 29)
    assert info.value.code == Bilateral.Error.DATE
