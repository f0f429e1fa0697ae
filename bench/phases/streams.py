# SPDX-License-Identifier: LGPL-2.1-or-later
"""Synthetic dyad event streams with known phases, and how inferred phases
score against them.

A stream is a dyad observed for a number of monthly bins, cut into regimes
at known change points; each regime has a stance, −3 (hostile) to +3
(allied). In each bin the dyad has a Poisson number of events, around a
volume that is the dyad's own (from one event in two months to hundreds a
month) and that steps up or down once, at a time of its own, by a factor
of up to five. An event's weight is drawn around its regime's mean,
1.5 × stance on the Goldstein scale, with a spread of 2.5; one event in ten
is noise, of any weight from −10 to +10; one in ten is dated to its month
only, and one in twenty to a range of three months around it.

Everything is drawn from Python's random.Random(seed): the same seed, the
same stream."""
import json
import math
import random
from dataclasses import dataclass, field

STANCE_MEAN = 1.5  # the mean Goldstein weight of one step of stance
SPREAD = 2.5
NOISE = 0.1
MONTH_ONLY = 0.1
RANGE_OF_THREE = 0.05


@dataclass
class Stream:
    seed: int
    volume: float  # events per bin, before the step
    bins: int
    first_year: int
    change_points: list = field(default_factory=list)  # bins where a regime starts, after 0
    stances: list = field(default_factory=list)  # one per regime
    events: list = field(default_factory=list)  # (id, EDTF date, weight)

    def stance_at(self, b):
        regime = sum(1 for c in self.change_points if c <= b)
        return self.stances[regime]

    def bin_date(self, b):
        year, month = self.first_year + b // 12, b % 12 + 1
        return f"{year:04d}-{month:02d}"

    def document(self):
        """The stream as a bilateral/1 history: two states, its events, and
        its regimes as the curated phases."""
        phases = []
        starts = [0] + self.change_points
        for i, start in enumerate(starts):
            phase = {"id": f"truth-{i}", "dyad": ["AAA", "BBB"], "start": self.bin_date(start) + "-01",
                     "stance": ["hostile", "antagonistic", "cool", "neutral", "cordial", "friendly", "allied"][
                         self.stances[i] + 3],
                     "label": f"regime {i}", "summary": "A regime of the generator.",
                     "citations": [{"source": "generator"}]}
            if i + 1 < len(starts):
                phase["end"] = self.bin_date(starts[i + 1]) + "-01"
            else:
                phase["end"] = self.bin_date(self.bins) + "-01"
            phases.append(phase)
        return json.dumps({
            "format": "bilateral/1",
            "sources": [{"id": "generator", "title": f"bench/phases/streams.py, seed {self.seed}"}],
            "actors": [{"id": "AAA", "kind": "state", "name": "Aland"}, {"id": "BBB", "kind": "state", "name": "Bland"}],
            "events": [{"id": i, "date": d, "source": "AAA" if n % 2 else "BBB", "target": "BBB" if n % 2 else "AAA",
                        "cameo": "010", "goldstein": w, "citations": [{"source": "generator"}]}
                       for n, (i, d, w) in enumerate(self.events)],
            "phases": phases,
        })


def poisson(rng, mean):
    """A Poisson draw: Knuth's product of uniforms for small means, a
    rounded normal for large ones (where they agree closely)."""
    if mean > 60:
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def generate(seed, volume, bins=240, first_year=1990, doubled=False):
    """A stream of @bins months around @volume events a bin; @doubled gives
    every event twice (the same date, another id)."""
    rng = random.Random(seed)
    stream = Stream(seed=seed, volume=volume, bins=bins, first_year=first_year)
    # Regimes of 18 bins or more; three to six of them.
    n_regimes = rng.randint(3, 6)
    while True:
        cuts = sorted(rng.sample(range(18, bins - 17), n_regimes - 1))
        if all(b - a >= 18 for a, b in zip([0] + cuts, cuts + [bins])):
            break
    stream.change_points = cuts
    stance = rng.randint(-3, 3)
    for _ in range(n_regimes):
        stream.stances.append(stance)
        stance = rng.choice([s for s in range(-3, 4) if s != stance])
    step_at, step = rng.randrange(bins), rng.choice([1 / 5, 1 / 2, 2, 5])
    for b in range(bins):
        mean = STANCE_MEAN * stream.stance_at(b)
        for _ in range(poisson(rng, volume * (step if b >= step_at else 1))):
            if rng.random() < NOISE:
                weight = rng.uniform(-10, 10)
            else:
                weight = min(10, max(-10, rng.gauss(mean, SPREAD)))
            weight = round(weight, 1)
            date = stream.bin_date(b) + f"-{rng.randint(1, 28):02d}"
            r = rng.random()
            if r < MONTH_ONLY:
                date = stream.bin_date(b)
            elif r < MONTH_ONLY + RANGE_OF_THREE and 0 < b < bins - 1:
                date = stream.bin_date(b - 1) + "/" + stream.bin_date(b + 1)
            for copy in range(2 if doubled else 1):
                stream.events.append((f"e{len(stream.events)}", date, weight))
    return stream


def evaluate(stream, Bilateral, method=None, params=None):
    """Infers the phases of @stream and scores them against its regimes:
    (boundary F1 within two bins, covering, stance agreement by day)."""
    archive = Bilateral.Archive.new_from_data(stream.document(), -1)
    relation = archive.get_relation(archive.lookup_actor("AAA"), archive.lookup_actor("BBB"))
    if params is None:
        params = Bilateral.InferenceParams.new()
    params.get_series_params().set_bin(Bilateral.SeriesBin.MONTH)
    if method is not None:
        params.set_method(method)
    inferred = relation.infer_phases(params)
    span = Bilateral.Date.parse(f"{stream.bin_date(0)}/{stream.bin_date(stream.bins - 1)}")
    c = Bilateral.phases_compare(relation.get_phases(), inferred, span, 61)
    return c.get_boundary_f1(), c.get_covering(), c.get_exact_agreement(), inferred
