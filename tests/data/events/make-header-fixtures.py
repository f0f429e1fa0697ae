#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Writes test files from nothing but this script and our own GDELT rows:
POLECAT-layout files (our own rows: POLECAT's licence forbids passing its
data on), BigQuery-style CSV exports of our GDELT test rows, and GDELT rows
with actor types and places.
    make-header-fixtures.py DIRECTORY"""
import csv
import io
import os
import sys

ACTOR = ["Name", "Country", "COW", "Primary {} Sector", "Sectors", "Title", "Name Raw", "Wikipedia {} ID"]


def side(role):
    return [(f.format(role) if "{}" in f else f"{role} {f}") for f in ACTOR]


# The 40 columns of the 2023 releases, in their order.
POLECAT_2023 = (["Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts"]
                + side("Actor") + side("Recipient")
                + ["Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID",
                   "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People", "Story Organizations",
                   "Story Locations", "Language", "Version"])
assert len(POLECAT_2023) == 40, len(POLECAT_2023)

# (id, date, type, mode, intensity, quad, actor country, recipient country, actor sector, place)
ROWS = [
    ("e1", "2023-01-03", "CONSULT", "visit", "1.5", "Verbal Cooperation", "PAK", "RUS", "GOV", "Moscow"),
    ("e2", "2023-01-09", "AGREE", "None", "3", "Verbal Cooperation", "RUS", "PAK", "GOV", "Islamabad"),
    ("e3", "2023-01-20", "ASSAULT", "aerial", "-9", "Material Conflict", "USA", "AFG; PAK", "MIL", "Kabul"),
    ("e4", "2023-02-02", "ACCUSE", "None", "-4", "Verbal Conflict", "AFG", "USA", "GOV", "Kandahar"),
    ("e5", "2023-02-14", "AID", "None", "5", "Material Cooperation", "USA", "AFG", "GOV", "Kabul"),
    ("e6", "2023-02-14", "AID", "None", "6.5", "Material Cooperation", "USA", "AFG", "GOV", "Herat"),
    ("e7", "2023-02-20", "REQUEST", "None", "-2.5", "Verbal Conflict", "None", "AFG", "REB", "None"),  # no actor country
    ("e8", "2023-02-21", "CONSULT", "phone", "1", "Verbal Cooperation", "XYZ", "PAK", "GOV", "None"),  # unknown code
    ("e9", "2023-02-30", "CONSULT", "phone", "1", "Verbal Cooperation", "PAK", "RUS", "GOV", "None"),  # no such day
    ("e10", "2023-03-01", "COERCE", "None", "None", "Material Conflict", "RUS", "PAK", "GOV", "None"),  # no intensity
    ("e11", "2023-03-05", "ASSAULT", "None", "-10", "Material Conflict", "PAK", "AFG", "MIL", "Kunar"),
    ("e12", "2023-03-06", "SUPPORT", "None", "2", "Verbal Cooperation", "PAK", "PAK", "GOV", "None"),  # one country
]


def polecat_row(row, columns):
    event_id, date, kind, mode, intensity, quad, a, b, sector, place = row
    values = {"Event ID": event_id, "Event Date": date, "Event Type": kind, "Event Mode": mode, "Intensity": intensity,
              "Event Intensity": intensity, "Quad Code": quad, "Contexts": "military; economic" if kind == "AID" else "None",
              "Actor Name": "Officials of " + a, "Actor Country": a, "Actor COW": "None",
              "Primary Actor Sector": sector, "Actor Sectors": sector + "; GOV", "Actor Title": "None",
              "Actor Name Raw": "officials", "Wikipedia Actor ID": "None", "Recipient Name": "Government of " + b,
              "Recipient Country": b, "Recipient COW": "None", "Primary Recipient Sector": "GOV",
              "Recipient Sectors": "GOV", "Recipient Title": "None", "Recipient Name Raw": "government",
              "Wikipedia Recipient ID": "None", "Placename": place, "City": place, "District": "None",
              "Province": "None", "Country": "AFG" if place in ("Kabul", "Kandahar", "Herat", "Kunar") else "None",
              "Latitude": "34.5" if place == "Kabul" else "None", "Longitude": "69.2" if place == "Kabul" else "None",
              "GeoNames ID": "None", "Raw Placename": place, "Feature Type": "PPLC" if place == "Kabul" else "None",
              "Source": "Test Wire", "Publication Date": date, "Story People": "None",
              "Story Organizations": "None", "Story Locations": place, "Language": "en", "Version": "1.0",
              "Headline": "Headline of " + event_id, "Event Text": "Text of " + event_id, "Feed": "test",
              "Story ID": "s-" + event_id}
    return [values[c] for c in columns]


def write_polecat(path, columns, rows, encoding="utf-8", stray_tabs=False):
    with open(path, "w", encoding=encoding, newline="") as f:
        f.write("\t".join(columns) + "\n")
        for row in rows:
            f.write("\t".join(polecat_row(row, columns)) + ("\t\t" if stray_tabs else "") + "\n")


GDELT_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
               "Type1Code", "Type2Code", "Type3Code"]


def gdelt_columns(version, url):
    geo = ["Type", "FullName", "CountryCode", "ADM1Code"] + (["ADM2Code"] if version == 2 else []) + \
          ["Lat", "Long", "FeatureID"]
    names = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    names += ["Actor1" + n for n in GDELT_ACTOR] + ["Actor2" + n for n in GDELT_ACTOR]
    names += ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
              "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    for who in ("Actor1Geo_", "Actor2Geo_", "ActionGeo_"):
        names += [who + g for g in geo]
    names += ["DATEADDED"] + (["SOURCEURL"] if url else [])
    return names


def write_bigquery(tsv, path, version):
    with open(tsv, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    names = gdelt_columns(version, url=len(rows[0]) in (58, 61))
    assert all(len(r) == len(names) for r in rows), (tsv, len(names), [len(r) for r in rows])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        if names[-1] == "SOURCEURL" and row[7] == "JPN":
            row[-1] = 'http://example.org/a,b?q="quoted"'  # a comma and quotes inside a quoted field
        writer.writerow(row)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())


def write_usa_afg(tsv, path):
    """GDELT 2.0 rows between the United States and Afghanistan with actor
    types (sectors) and places of action, from a row of our clean file."""
    with open(tsv, encoding="utf-8") as f:
        template = f.readline().rstrip("\n").split("\t")
    rows = [
        # id, source, source types, target, target types, code, quad, goldstein, geo type, full name, FIPS, ADM1, lat, long
        ("3001", "USA", ["GOV", "", ""], "AFG", ["GOV", "", ""], "036", "1", "4", "4", "Kabul, Kabol, Afghanistan", "AF",
         "AF13", "34.5167", "69.1833"),
        ("3002", "USA", ["MIL", "GOV", ""], "AFG", ["REB", "", ""], "190", "4", "-10", "4", "Kandahar, Kandahar, Afghanistan",
         "AF", "AF23", "31.6133", "65.71"),
        ("3003", "AFG", ["GOV", "", ""], "USA", ["GOV", "", ""], "042", "1", "1.9", "3",
         "Washington, District of Columbia, United States", "US", "USDC", "38.8951", "-77.0364"),
        ("3004", "USA", ["", "", ""], "AFG", ["", "", ""], "051", "1", "3.4", "4", "Islamabad, Islamabad, Pakistan", "PK",
         "PK08", "33.7", "73.1667"),
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        for (event_id, a, a_types, b, b_types, code, quad, goldstein, geo_type, name, fips, adm1, lat, lon) in rows:
            row = list(template)
            row[0], row[1], row[7], row[17] = event_id, "20011015", a, b
            row[5], row[15] = a, b
            row[12:15], row[22:25] = a_types, b_types
            row[26], row[27], row[28], row[29], row[30] = code, code[:3], code[:2], quad, goldstein
            row[51:58] = [geo_type, name, fips, adm1, adm1 + "1", lat, lon]
            f.write("\t".join(row) + "\n")


def main(directory):
    write_polecat(os.path.join(directory, "polecat-2023.txt"), POLECAT_2023, ROWS)
    # A later layout: "Event Intensity", four more columns, and another order.
    later = [c if c != "Intensity" else "Event Intensity" for c in POLECAT_2023] + ["Headline", "Event Text", "Feed",
                                                                                     "Story ID"]
    later = later[20:] + later[:20]
    write_polecat(os.path.join(directory, "polecat-later.txt"), later, ROWS, stray_tabs=True)
    write_polecat(os.path.join(directory, "polecat-latin1.txt"), POLECAT_2023,
                  [r[:9] + ("Peshawar\u00e9",) for r in ROWS[:2]], encoding="iso-8859-1")
    write_bigquery(os.path.join(directory, "gdelt2-clean.tsv"), os.path.join(directory, "gdelt2-bigquery.csv"), 2)
    write_bigquery(os.path.join(directory, "gdelt1-backfile-pak-rus.tsv"),
                   os.path.join(directory, "gdelt1-bigquery.csv"), 1)
    write_usa_afg(os.path.join(directory, "gdelt2-clean.tsv"), os.path.join(directory, "gdelt2-usa-afg.tsv"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
