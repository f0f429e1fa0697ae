# SPDX-License-Identifier: LGPL-2.1-or-later
import os

import gi
import pytest

gi.require_version("Bilateral", "1.0")


@pytest.fixture
def data_dir():
    return os.environ.get("BILATERAL_TEST_DATA", os.path.join(os.path.dirname(__file__), "..", "data"))


@pytest.fixture
def sample_path(data_dir):
    return os.path.join(data_dir, "sample.json")


@pytest.fixture
def sample(sample_path):
    from gi.repository import Bilateral

    return Bilateral.Archive.new_from_file(sample_path)
