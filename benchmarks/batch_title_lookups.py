"""How many title look-ups a batch makes, with and without pinning its repeated titles.

    python benchmarks/batch_title_lookups.py [--rows 2000]

On the varied rows of ``batch_vs_model.py``, in one process: the title texts looked up
against the 52k O*NET titles (memo misses) and the CPU time of the full result, scoring
the rows as one process would (slices of 32) and as two workers would (alternate
slices, each with its own memo), first without pinning, then with the titles the rows
repeat pinned first (``model/batch_titles.py``; the pinning is counted in). It says
whether a worker's own memo costs look-ups another worker already made, and what
pinning saves.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from frozen_rows import varied_rows

from career_resilience.model import batch_titles, occupation_match
from career_resilience.model.engine import load_engine
from career_resilience.model.profile import Profile

SLICE = 32


def main() -> None:
    """Print look-ups and CPU time, one process and two halves, unpinned and pinned."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=2000)
    args = parser.parse_args()
    engine = load_engine()
    tables = engine.match_tables
    rows = varied_rows(args.rows)
    profiles = [Profile.create(r["role"], r["skills"], r["duties"]) for r in rows]
    engine.prepare_workers()
    looked_up = [0]
    real = occupation_match._figures  # one title text against the 52k titles

    def counting(tables, text):
        looked_up[0] += 1
        return real(tables, text)

    occupation_match._figures = counting
    batch_titles._figures = counting

    def score(part: list[Profile]) -> tuple[int, float]:
        tables.title_memo.clear()
        looked_up[0], cpu = 0, time.process_time()
        for at in range(0, len(part), SLICE):
            engine.score_many(part[at : at + SLICE])
        return looked_up[0], time.process_time() - cpu

    halves = [
        [p for at in range(k * SLICE, len(profiles), 2 * SLICE) for p in profiles[at : at + SLICE]]
        for k in (0, 1)
    ]
    print(f"{len(profiles):,} varied rows; load {os.getloadavg()[0]:.1f}")
    for pinning in (False, True):
        extra, extra_cpu = 0, 0.0
        if pinning:
            looked_up[0], cpu = 0, time.process_time()
            texts = batch_titles.repeated_texts(tables, [p.role for p in profiles])
            batch_titles.pin(tables, texts, *batch_titles.title_figures(tables, texts))
            extra, extra_cpu = looked_up[0], time.process_time() - cpu
        one, one_cpu = score(profiles)
        (a, a_cpu), (b, b_cpu) = score(halves[0]), score(halves[1])
        label = f"pinned ({extra:,} texts, {extra_cpu:.1f} s CPU)" if pinning else "not pinned"
        two, two_cpu = a + b + extra, a_cpu + b_cpu + extra_cpu
        print(f"{label}: one process {one + extra:,} look-ups, {one_cpu + extra_cpu:.1f} s CPU;"
              f" two halves {two:,} look-ups, {two_cpu:.1f} s CPU")  # fmt: skip
        batch_titles.unpin(tables)
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (2 cores)")


if __name__ == "__main__":
    main()
