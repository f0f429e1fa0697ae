#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""A large bilateral/1 history of one dyad, seeded, as `bilateral events`
would write it from GDELT rows: two states, the dataset as a source, and N
events from 1979 to 2024, each with a CAMEO code of the codebook, its
Goldstein weight, a title, the sectors of both sides, a place on most, and
a citation with the row's URL, GLOBALEVENTID, file and line.

    make_history.py EVENTS OUTPUT [SEED]"""
import json
import random
import sys

# (code, weight, title) — codes of the bundled codebook with GDELT's weights.
CODES = [("010", 0.0, "Make statement"), ("036", 4.0, "Express intent to meet or negotiate"),
         ("042", 1.9, "Make a visit"), ("043", 2.8, "Host a visit"), ("051", 3.4, "Praise or endorse"),
         ("057", 8.0, "Sign formal agreement"), ("061", 6.4, "Cooperate economically"),
         ("071", 7.4, "Provide economic aid"), ("111", -2.0, "Criticize or denounce"),
         ("112", -2.0, "Accuse"), ("130", -4.4, "Threaten"), ("163", -8.0, "Impose embargo, boycott, or sanctions"),
         ("172", -5.0, "Impose administrative sanctions"), ("190", -10.0, "Use conventional military force")]
SECTORS = ["GOV", "MIL", "BUS", "OPP", "MED", "JUD", "LEG"]
PLACES = [("USA", "US", "Washington, District of Columbia, United States", 38.895, -77.0366),
          ("CHN", "CH", "Beijing, Beijing, China", 39.9289, 116.388)]


def history(n, seed):
    rng = random.Random(seed)
    events = []
    for i in range(n):
        year = 1979 + (i * 46) // n
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        code, weight, title = rng.choice(CODES)
        number = 100000000 + i * 7 + rng.randint(0, 6)
        forward = rng.random() < 0.5
        event = {
            "id": f"gdelt-2-{number}",
            "date": f"{year:04d}-{month:02d}-{day:02d}",
            "source": "USA" if forward else "CHN",
            "target": "CHN" if forward else "USA",
            "cameo": code,
            "goldstein": weight,
            "title": title,
            "sectors": {"source": [rng.choice(SECTORS)], "target": [rng.choice(SECTORS)]},
            "citations": [{"source": "gdelt-2",
                           "note": f"https://news.example.org/{year}/{month:02d}/story-{number}.html; "
                                   f"GLOBALEVENTID {number}, {year}{month:02d}{day:02d}.export.CSV:{rng.randint(1, 200000)}"}],
        }
        if rng.random() < 0.8:
            state, code2, name, lat, lon = rng.choice(PLACES)
            event["location"] = {"country": state, "code": code2, "place": name, "latitude": lat, "longitude": lon,
                                 "feature": "world-city"}
        events.append(event)
    return {
        "format": "bilateral/1",
        "sources": [{"id": "gdelt-2", "title": "The GDELT Project: GDELT 2.0 event database",
                     "url": "https://www.gdeltproject.org/"}],
        "actors": [{"id": "USA", "kind": "state"}, {"id": "CHN", "kind": "state"}],
        "events": events,
        "phases": [],
    }


def main():
    n, output = int(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    with open(output, "w", encoding="utf-8") as f:
        json.dump(history(n, seed), f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
