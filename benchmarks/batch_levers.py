"""What each lever named for the batch's 0.6x (issue 12) could save at most, on the
benchmark's own rows.

    python benchmarks/batch_levers.py [--rows 4000]

The batch target (``batch_vs_model.py``: the full result at least 0.6x the bare model
math) was 0.35x at the start of 2026-12-06's third session. Three levers were named, each
keeping the output byte for byte; this prints an upper bound for each, on
``frozen_rows.varied_rows`` (the rows ``batch_vs_model.py`` times), scored by
``Engine.score_many`` and ``to_dict`` in one process with the collector frozen:

* (a) the drivers' title re-reads (``driver_variants.TitleReads``): a short title read
  in the profile's context is read again without each skill and duty line. A read that
  changes nothing could be skipped if the title rules said which words they read; the
  bound is the CPU of the reads that changed nothing.
* (b) work memoised per input within a batch: how many of the rows' titles, shown
  occupation lists and pivot inputs (shown occupations with the recognised skills)
  are distinct, and how many pivot frames (kept per set of matches already) were built.
* (c) fewer occupations in the drivers' coalitions: the CPU of ``Variants.game`` and the
  variants' exposures, how many occupations carry the profile's match (weight at least
  1e-7 of the total), and the same array steps timed on 950 columns and on that many.

Timers wrap a few functions (about a microsecond a call); the shares are of the same run.
"""

from __future__ import annotations

import argparse
import collections
import gc
import sys
import time
import timeit
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from frozen_rows import synthetic_rows, varied_rows

from career_resilience.model import driver_variants as dv
from career_resilience.model import grounded_drivers as gd
from career_resilience.model.engine import load_engine
from career_resilience.model.profile import Profile, ProfileError

#: A weight below this share of a variant's total moves no float32 figure's sum.
CARRIES = 1e-7


class Timers:
    """CPU seconds and counts gathered by the wrapped functions."""

    def __init__(self) -> None:
        self.seconds: collections.Counter[str] = collections.Counter()
        self.counts: collections.Counter[str] = collections.Counter()
        self.carrying: list[int] = []
        self.depth = 0  # inside TitleReads.__init__ (its reads are counted there)


def wrap(timers: Timers) -> None:
    """Put the timers around TitleReads, Variants.game, the exposures and the frames."""
    init, read, game, exposures = (
        dv.TitleReads.__init__,
        dv.TitleReads._read,
        dv.Variants.game,
        gd._exposures,
    )

    def timed_init(self: Any, *args: Any, **kwargs: Any) -> None:
        started = time.process_time()
        timers.depth += 1
        try:
            init(self, *args, **kwargs)
        finally:
            timers.depth -= 1
            timers.seconds["reads"] += time.process_time() - started
            timers.counts["active"] += bool(self.active)

    def timed_read(self: Any, left_out: frozenset[int]) -> Any:
        fresh = bool(left_out) and left_out not in self._kept
        started = time.process_time()
        out = read(self, left_out)
        spent = time.process_time() - started
        if not timers.depth:
            timers.seconds["reads"] += spent
        if fresh:
            timers.counts["fresh"] += 1
            if out is None:
                timers.counts["unchanged"] += 1
                timers.seconds["unchanged"] += spent
        return out

    def timed_game(self: Any, chosen: list[int]) -> Any:
        started = time.process_time()
        rows = game(self, chosen)
        timers.seconds["coalitions"] += time.process_time() - started
        timers.counts["variants"] += len(rows.weights)
        timers.counts["games"] += 1
        full = rows.weights[rows.full]
        timers.carrying.append(int((full >= CARRIES * float(full.sum())).sum()))
        return rows

    def timed_exposures(rows: Any, pct: Any, final: Any) -> Any:
        started = time.process_time()
        out = exposures(rows, pct, final)
        timers.seconds["coalitions"] += time.process_time() - started
        return out

    dv.TitleReads.__init__ = timed_init  # type: ignore[method-assign]
    dv.TitleReads._read = timed_read  # type: ignore[method-assign]
    dv.Variants.game = timed_game  # type: ignore[method-assign]
    gd._exposures = timed_exposures


def arithmetic(rows: int, columns: int) -> float:
    """Microseconds of the coalitions' array steps (exp, the doublings, two sums) on a
    (rows, columns) float32 table."""
    rng = np.random.default_rng(0)
    out = rng.random((rows, columns), dtype=np.float32)
    part, pct = rng.random(columns, dtype=np.float32), rng.random(columns, dtype=np.float32)
    doublings = max(rows.bit_length() - 1, 1)

    def steps() -> None:
        np.exp(out[:4] - 1.0, out=out[:4])
        for j in range(2, doublings):
            at = 1 << j
            np.multiply(out[:at], part, out=out[at : 2 * at])
        np.einsum("ij,j->i", out, pct) / np.einsum("ij->i", out)

    runs = 2000
    return min(timeit.repeat(steps, number=runs, repeat=3)) / runs * 1e6


def main() -> None:
    """Score the rows with the timers on, and print each lever's bound."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=4000)
    args = parser.parse_args()
    engine = load_engine()
    for r in synthetic_rows(50, seed=7):  # warm: the first scores build tables
        engine.score(Profile.create(r["role"], r["skills"], r["duties"])).to_dict()
    profiles = []
    for r in varied_rows(args.rows, seed=321):
        try:
            profiles.append(Profile.create(r["role"], r["skills"], r["duties"]))
        except ProfileError:
            continue  # as the batch: a row without a title is an error line
    timers = Timers()
    wrap(timers)
    frames = engine.pivot_scorer.table._frames
    frames.clear()
    built = collections.Counter()
    build = engine.pivot_scorer.table.frame

    def counted(codes: tuple[str, ...], mine: tuple[str, ...]) -> Any:
        built["frames"] += (codes, mine) not in frames
        return build(codes, mine)

    engine.pivot_scorer.table.frame = counted
    gc.freeze()
    load = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"
    started = time.process_time()
    results = engine.score_many(profiles)
    for result in results:
        result.to_dict()
    total = time.process_time() - started
    n = len(profiles)

    def ms(seconds: float) -> str:
        return f"{1000 * seconds / n:.3f} ms a row ({100 * seconds / total:.1f}%)"

    print(
        f"{n} varied rows, score_many + to_dict: {1000 * total / n:.3f} ms CPU a row (load {load})"
    )
    s, c = timers.seconds, timers.counts
    print(
        f"(a) title re-reads: {ms(s['reads'])}, in {c['active']} rows; {c['fresh']} reads, "
        f"{c['unchanged']} of them changed nothing: {ms(s['unchanged'])} at most to save"
    )
    shown = [tuple(o.onet_soc for o in r.occupations) for r in results]
    inputs = {(codes, tuple(r.recognised_skills)) for codes, r in zip(shown, results, strict=True)}
    print(
        f"(b) distinct of {n}: titles {len({p.role.casefold() for p in profiles})}, occupation "
        f"lists shown {len(set(shown))}, first occupations {len({s[:1] for s in shown})}, "
        f"shown lists with recognised skills {len(inputs)}; pivot frames built {built['frames']}"
    )
    variants = round(c["variants"] / max(c["games"], 1))
    carrying = sorted(timers.carrying) or [0]
    least, middle = carrying[len(carrying) // 10], carrying[len(carrying) // 2]
    whole = arithmetic(variants, 950)
    few = arithmetic(variants, max(least, 1)) if least < 950 else whole
    print(
        f"(c) coalitions: {ms(s['coalitions'])}, {variants} variants a profile (mean); "
        f"occupations carrying the match (>= {CARRIES:g} of it): median {middle}, tenth "
        f"percentile {least} of 950; the array steps {whole:.0f} us on 950 columns, "
        f"{few:.0f} us on {least}: at most {(whole - few) / 1000:.3f} ms a row to save"
    )


if __name__ == "__main__":
    main()
