# SPDX-License-Identifier: LGPL-2.1-or-later
"""The published JSON Schema agrees with the loader."""
import json
import os

import jsonschema
import pytest
from gi.repository import Bilateral, GLib

SCHEMA_PATH = os.path.join(os.path.dirname(__file__), "..", "..", "doc", "bilateral-1.schema.json")


@pytest.fixture(scope="module")
def validator():
    with open(SCHEMA_PATH, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_sample_follows_the_schema(validator, sample_path):
    with open(sample_path, encoding="utf-8") as f:
        validator.validate(json.load(f))


def test_written_documents_follow_the_schema(validator, sample):
    validator.validate(json.loads(sample.to_data()[0]))


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.update(colour="red"),
        lambda d: d["events"][0].update(cameo="13y"),
        lambda d: d["events"][0].update(goldstein=11),
        lambda d: d["events"][0].pop("citations"),
        lambda d: d["events"][0].update(date="late 1950"),
        lambda d: d["phases"][0].update(stance="warm"),
        lambda d: d["actors"][5].update(codes={"iso3": "SEA"}),
        lambda d: d["actors"][0].update(kind="planet"),
        lambda d: d["events"][3]["impacts"][0].update(weight=2),
        lambda d: d["sources"][0].update(id=""),
    ],
)
def test_schema_and_loader_both_refuse(validator, sample_path, mutate):
    with open(sample_path, encoding="utf-8") as f:
        document = json.load(f)
    mutate(document)
    assert not validator.is_valid(document)
    with pytest.raises(GLib.Error):
        Bilateral.Archive.new_from_data(json.dumps(document), -1)
