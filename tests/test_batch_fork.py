"""Forked batch workers beside this process: results in order, errors named, none left."""

from __future__ import annotations

import os
import time

import pytest

from career_resilience.model import batch_fork
from career_resilience.model.batch_fork import Phase, WorkerError, run_forked


def _pid_after(seconds: float, value: int) -> tuple[int, int]:
    time.sleep(seconds)
    return value, os.getpid()


def test_results_come_in_task_order_from_every_process() -> None:
    # Uneven tasks, so processes finish out of order: the results must not.
    tasks = [lambda v=v: _pid_after(0.02 * (v % 3), v) for v in range(12)]
    found = list(run_forked([Phase(tasks)], children=2))
    assert [v for v, _ in found] == list(range(12))
    assert len({pid for _, pid in found}) > 1  # more than one process did the work


def test_a_phase_then_runs_in_every_process_before_the_next() -> None:
    seen: list[list[int]] = []
    first = Phase([lambda v=v: v * v for v in range(5)], then=seen.append)
    # Each process answers from what its "then" kept: all of the first phase's results.
    second = Phase([lambda: (os.getpid(), list(seen[-1])) for _ in range(6)])
    found = list(run_forked([first, second], children=1))
    assert seen == [[0, 1, 4, 9, 16]]
    assert all(kept == [0, 1, 4, 9, 16] for _, kept in found)


def test_a_failing_child_is_named_and_its_error_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_fork, "PARENT_WORKS", False)  # the children take every task
    parent = os.getpid()

    def fails() -> int:
        if os.getpid() != parent:
            raise ValueError("row 7 broke the drivers")
        return 0

    with pytest.raises(WorkerError, match="failed: ValueError: row 7 broke the drivers"):
        list(run_forked([Phase([fails] * 3)], children=1))


def test_a_child_that_dies_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_fork, "PARENT_WORKS", False)
    with pytest.raises(WorkerError, match="stopped unexpectedly"):
        list(run_forked([Phase([lambda: os._exit(3)] * 2)], children=1))


def test_stopping_early_stops_and_reaps_the_children(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_fork, "PARENT_WORKS", False)
    results = run_forked([Phase([lambda: _pid_after(0.05, 0) for _ in range(200)])], children=2)
    _, child = next(results)
    results.close()  # what the batch does when writing its output fails
    with pytest.raises(ProcessLookupError):  # stopped and reaped, not a zombie
        os.kill(child, 0)
