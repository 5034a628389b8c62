"""The benchmarks score the same profiles on every revision.

A speed figure compared across commits (README's measured figures, "main against
7cddc0d") means something only when both sides scored the same rows; the rows used to be
drawn from the corpus the artifact was trained with, so a retrain that grew it changed
the work measured. They now come from a frozen pool (``benchmarks/frozen_rows.py``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from types import ModuleType

import pytest
from benchmark_support import benchmark_module


@pytest.fixture(scope="module")
def frozen_rows() -> Iterator[ModuleType]:
    with benchmark_module("frozen_rows") as module:
        yield module


def _digest(rows: list[dict[str, str]]) -> str:
    return hashlib.sha256(json.dumps(rows).encode()).hexdigest()[:16]


def test_the_batch_rows_are_the_ones_measured_before(frozen_rows: ModuleType) -> None:
    # The digests of the rows every figure since 2026-12-05 13:30 UTC was measured on
    # (the same rows the corpus of main 57e86f1 gave). A changed pool or generator makes
    # every earlier figure incomparable: say so in docs/measurements.md and re-pin.
    assert _digest(frozen_rows.varied_rows(20_000)) == "2bdc939106466cb8"
    assert _digest(frozen_rows.synthetic_rows(2_000, seed=99)) == "65f95097b4f6de84"


def test_the_rows_do_not_follow_the_knowledge_base(
    frozen_rows: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A retrain that adds corpus titles must not change what the benchmarks score: the
    # rows read no installed data (a knowledge base that fails to load changes nothing).
    from career_resilience.model import engine

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the benchmark rows read the installed model")

    monkeypatch.setattr(engine, "load_engine", refuse)
    first = frozen_rows.synthetic_rows(3, seed=7)[0]
    assert first["role"] and first["skills"]
    assert frozen_rows.varied_rows(1)[0]["role"] == "Lead sr C++d eveloper"
