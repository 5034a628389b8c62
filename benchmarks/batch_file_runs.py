"""``score_file`` with 1 and with 2 jobs, each timed in a fresh process.

Used by ``python benchmarks/batch_vs_model.py`` (its ``score_file`` and ``--workers-only``
figures). Each run loads the model, warms up on other rows (lazy imports and first-use
tables, as the benchmark's own warm-up), then scores the file once. Until 2026-12-05 the
four runs (full and figures, 1 and 2 jobs) were timed one after the other in the
benchmark's process, whose ``cold()`` empties the memos it names but not the per-text
caches it does not (the engine's skill matches and skills named by titles and duty
lines, ``normalise``, title units and contexts, typed titles read): a run, and the
workers it forked, found the rows of the runs before it, and the first run found none.

Run alone (``python benchmarks/batch_file_runs.py CSV JOBS [FIELDS]``) it prints the
run's rows/s, its own CPU seconds and its joined children's.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path


def files(
    source: Path, rows: int, fields: tuple[str, ...] | None
) -> dict[int, tuple[float, float, float]]:
    """(rows/s, the scoring process's CPU s, its workers' CPU s) of ``score_file`` (CSV
    in, JSON lines out, nowhere) with 1 and with 2 jobs, each in a fresh process.

    Workers' CPU is what the finished (joined) worker processes used, from
    ``os.times``: forked workers are joined at the end of the batch; loky workers (where
    the system does not fork) outlive it and are not counted.
    """
    by_jobs = {}
    for jobs in (1, 2):
        cmd = [sys.executable, __file__, str(source), str(jobs), ",".join(fields or ())]
        done = subprocess.run(cmd, check=True, capture_output=True, text=True)
        speed, own, children = (float(x) for x in done.stdout.split()[-3:])
        by_jobs[jobs] = (speed * rows, own, children)
    return by_jobs


def _one_run(source: Path, jobs: int, fields: tuple[str, ...] | None) -> tuple[float, float, float]:
    """(1 / wall seconds, own CPU s, joined children's CPU s) of one ``score_file`` here."""
    from frozen_rows import varied_rows

    from career_resilience.model import batch
    from career_resilience.model.engine import load_engine
    from career_resilience.model.profile import Profile

    engine = load_engine()
    warm = [Profile.create(r["role"], r["skills"], r["duties"])
            for r in varied_rows(200, seed=99)]  # fmt: skip
    engine.score_many(warm)
    with open(os.devnull, "w", encoding="utf-8") as out:
        before = os.times()
        started = time.perf_counter()
        batch.score_file(engine, batch.plan(source), out.write, jobs=jobs, fields=fields,
                         loader=load_engine)  # fmt: skip
        wall = time.perf_counter() - started
        after = os.times()
    own = after.user + after.system - before.user - before.system
    children = (after.children_user + after.children_system
                - before.children_user - before.children_system)  # fmt: skip
    return 1 / wall, own, children


if __name__ == "__main__":
    path, count, wanted = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    print(*_one_run(path, count, tuple(wanted.split(",")) if wanted else None))
