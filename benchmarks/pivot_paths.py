"""The pivot path for one person and for a batch, in one process, on the same people.

    python benchmarks/pivot_paths.py [--people 800]

Scores synthetic profiles (``frozen_rows.synthetic_rows``) once to record each
person's pivot inputs, then times ``score_batch`` (``model/pivot_scoring.py``, the one
path) for each person alone: with the person's candidates built afresh (a person
standing where no one stood before) and again with them kept (where someone stood
before), CPU time, median and mean; then for all of them in one batch, CPU time a
person; and whether each person alone gets the pivots the batch gives them.
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
from career_resilience.model.pivot_scoring import Person, score_batch
from career_resilience.model.profile import Profile


def main() -> None:
    """Record, time both paths alternating, compare, print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=800)
    args = parser.parse_args()
    engine = load_engine()
    people: list[Person] = []
    original = occupation_pivots.score_batch

    def record(table, batch):  # type: ignore[no-untyped-def]
        people.extend(batch)
        return original(table, batch)

    occupation_pivots.score_batch = record
    try:
        for row in synthetic_rows(args.people, seed=99):
            engine.score(Profile.create(row["role"], row["skills"], row["duties"]))
    finally:
        occupation_pivots.score_batch = original
    table = engine.pivot_scorer.table
    spent: dict[str, list[float]] = {k: [] for k in ("one new", "one kept")}
    alone = []
    for person in people:
        table._frames.clear()  # candidates built afresh, then kept
        for when in ("new", "kept"):
            cpu = time.process_time()
            found = score_batch(table, [person])[0]
            spent[f"one {when}"].append(time.process_time() - cpu)
        alone.append(found)
    cpu = time.process_time()
    together = score_batch(table, people)
    batch = (time.process_time() - cpu) / max(1, len(people))
    for name, values in spent.items():
        print(
            f"{name:10s} CPU median {statistics.median(values) * 1000:.3f} ms, "
            f"mean {statistics.mean(values) * 1000:.3f} ms"
        )
    print(f"batch      CPU {batch * 1000:.3f} ms a person ({len(people)} in one batch)")
    differ = sum(a != b for a, b in zip(alone, together, strict=True))
    print(f"people: {len(people)}, pivots differing between alone and the batch: {differ}")


if __name__ == "__main__":
    main()
