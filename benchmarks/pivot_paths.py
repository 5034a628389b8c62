"""One score's pivot path against the batch path, in one process, on the same people.

    python benchmarks/pivot_paths.py [--people 800]

Scores synthetic profiles (``frozen_rows.synthetic_rows``) once to record each
person's pivot inputs, then times ``score_one`` (``model/pivot_one.py``, what one score
uses) and ``score_batch`` of one (``model/pivot_scoring.py``) on each person,
alternating: with the person's candidates built afresh (a person standing where no one
stood before) and again with them kept (where someone stood before). CPU time, median
and mean; and whether both paths give the same pivots for every person.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from frozen_rows import synthetic_rows

from career_resilience.model import occupation_pivots
from career_resilience.model.engine import load_engine
from career_resilience.model.pivot_one import score_one
from career_resilience.model.pivot_scoring import Person, score_batch
from career_resilience.model.profile import Profile


def main() -> None:
    """Record, time both paths alternating, compare, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=800)
    args = parser.parse_args()
    engine = load_engine()
    people: list[Person] = []
    original = occupation_pivots.score_one

    def record(table, person):  # type: ignore[no-untyped-def]
        people.append(person)
        return original(table, person)

    occupation_pivots.score_one = record
    try:
        for row in synthetic_rows(args.people, seed=99):
            engine.score(Profile.create(row["role"], row["skills"], row["duties"]))
    finally:
        occupation_pivots.score_one = original
    table = engine.pivot_scorer.table
    spent: dict[str, list[float]] = {
        k: [] for k in ("one new", "batch new", "one kept", "batch kept")
    }
    differ = 0
    for person in people:
        found = []
        for name, run in (("one", score_one), ("batch", lambda t, p: score_batch(t, [p])[0])):
            table._frames.clear()  # candidates built afresh, then kept
            for when in ("new", "kept"):
                cpu = time.process_time()
                found.append(run(table, person))
                spent[f"{name} {when}"].append(time.process_time() - cpu)
        differ += any(f != found[0] for f in found)
    for name, values in spent.items():
        print(
            f"{name:10s} CPU median {statistics.median(values) * 1000:.3f} ms, "
            f"mean {statistics.mean(values) * 1000:.3f} ms"
        )
    print(f"people: {len(people)}, pivots differing between the paths: {differ}")


if __name__ == "__main__":
    main()
