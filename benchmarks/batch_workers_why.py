"""Why two batch workers use more CPU a row than one process (the full result).

Used by ``python benchmarks/batch_vs_model.py --workers-why`` (:func:`workers_why`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from career_resilience.model import batch


def _fork_slices(engine: Any, source: Any, parts: Any) -> int:
    """Fork a child that scores ``parts`` (slices) as a batch worker does; its pid."""
    from career_resilience.model.batch_collector import collect_young

    pid = os.fork()
    if pid == 0:
        for part in parts:
            batch.json_lines(engine, batch.read_slice(source, part))
            collect_young()
        os._exit(0)
    return pid


def _cpu_of(pids: list[int]) -> list[float]:
    """User + system CPU seconds of each finished child (``os.wait4``)."""
    out = {}
    for pid in pids:
        _, _, usage = os.wait4(pid, 0)
        out[pid] = usage.ru_utime + usage.ru_stime
    return [out[pid] for pid in pids]


def workers_why(engine: Any, source: Path, cold: Callable[[Any], None], runs: int = 3) -> None:
    """Split two workers' extra CPU a row (the full result) into its causes.

    Children forked from this process, prepared as ``score_file`` prepares its workers
    (caches emptied, pivot targets filled, the repeated titles, skills and duty lines
    pinned, collector paused and frozen), score the same slices: all of them in one
    child; the even and the odd slices in two children one after the other; the same
    two at once. Halves in turn against one child is work done twice (each worker fills
    its own caches); halves at once against in turn is what two processes running side
    by side cost each other (shared memory bus and last-level cache, page faults); the
    parent's own CPU (forks, reading the lines back) is printed by the ``score_file``
    runs above.
    """
    import gc

    from threadpoolctl import threadpool_limits

    from career_resilience.model.batch_collector import collector_paused

    source_plan = batch.plan(source)
    even, odd = source_plan.slices[0::2], source_plan.slices[1::2]
    with threadpool_limits(limits=1, user_api="blas"), collector_paused():
        cold(engine)
        engine.prepare_workers()
        batch.pin_here(engine, source_plan)
        gc.freeze()
        for run in range(runs):
            [one] = _cpu_of([_fork_slices(engine, source_plan, source_plan.slices)])
            turn = _cpu_of([_fork_slices(engine, source_plan, even)])
            turn += _cpu_of([_fork_slices(engine, source_plan, odd)])
            both = _cpu_of(
                [_fork_slices(engine, source_plan, even), _fork_slices(engine, source_plan, odd)]
            )
            print(
                f"run {run + 1}: CPU one child {one:.2f} s, halves in turn {sum(turn):.2f} s,"
                f" at once {sum(both):.2f} s; work done twice {sum(turn) / one:.3f}x,"
                f" side by side {sum(both) / sum(turn):.3f}x, together {sum(both) / one:.3f}x;"
                f" load {os.getloadavg()[0]:.1f}"
            )
        batch.batch_titles.unpin(engine.match_tables)
        batch.batch_items.unpin(engine.match_tables)


def _loop(rounds: int) -> int:
    """Plain interpreter work (dict and string operations), as a full result's Python is."""
    seen: dict[str, int] = {}
    total = 0
    for i in range(rounds):
        key = f"k{i % 5000}"
        seen[key] = seen.get(key, 0) + i
        total += len(key)
    return total


def _fork_loop(rounds: int) -> int:
    pid = os.fork()
    if pid == 0:
        _loop(rounds)
        os._exit(0)
    return pid


def machine_pair(rounds: int = 3_000_000, runs: int = 3) -> list[float]:
    """The machine's own cost of two processes side by side: CPU seconds of a fixed
    loop of plain Python run by two children at once, each against one child alone (the
    median of ``runs`` alternations each time). 1.00 where the two cores are
    independent and idle; above it, running two at once slows each (cores sharing a
    physical core or the host's clock budget, or other load), and 2 workers cannot give
    2x one process on that machine whatever the code does."""
    import statistics

    ratios = []
    for _ in range(runs):
        [alone] = _cpu_of([_fork_loop(rounds)])
        pair = _cpu_of([_fork_loop(rounds), _fork_loop(rounds)])
        ratios.append(statistics.mean(pair) / alone)
    return ratios
