# SPDX-License-Identifier: LGPL-2.1-or-later
"""Inferred phases against known answers: the seeded streams of
bench/phases/streams.py, scored as doc/methodology.md reports them."""
import os
import statistics
import sys

import pytest
from gi.repository import Bilateral

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench", "phases"))
from streams import evaluate, generate  # noqa: E402


def test_the_generator_is_seeded():
    a, b, c = generate(7, 5), generate(7, 5), generate(8, 5)
    assert a.events == b.events and a.change_points == b.change_points and a.stances == b.stances
    assert a.events != c.events
    assert all(later - earlier >= 18 for earlier, later in zip([0] + a.change_points, a.change_points + [a.bins]))
    assert all(x != y for x, y in zip(a.stances, a.stances[1:]))


@pytest.mark.parametrize("method", [Bilateral.Segmentation.PELT, Bilateral.Segmentation.BINARY])
def test_dense_streams_score_at_least_0_8(method):
    scores = [evaluate(generate(seed, volume), Bilateral, method)[:3] for volume in (20, 50) for seed in (1, 2, 3)]
    assert statistics.mean(s[0] for s in scores) >= 0.8  # boundary F1 within two bins
    assert statistics.mean(s[1] for s in scores) >= 0.8  # covering
    assert statistics.mean(s[2] for s in scores) >= 0.8  # stances, day by day


def test_doubled_streams_give_the_same_phases():
    for seed in (1, 2):
        once = evaluate(generate(seed, 5), Bilateral)[3]
        twice = evaluate(generate(seed, 5, doubled=True), Bilateral)[3]
        assert [(str(p.get_start()), p.get_stance()) for p in once] == [(str(p.get_start()), p.get_stance()) for p in twice]
