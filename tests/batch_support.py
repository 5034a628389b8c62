"""Shared helper for the batch tests: score the small fixture file with or without pinning."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from career_resilience.model import batch, batch_items
from career_resilience.model.engine import load_engine

FIXTURE = Path(__file__).parent / "fixtures" / "batch_small.csv"


def score_fixture(
    engine, *, jobs: int, pinning: bool, clear: tuple = (), fields: tuple[str, ...] | None = None
) -> str:
    """The JSON lines `score_file` writes for the fixture's first 3 rows.

    Every batch path is forced on (parallel and forked for any size) so a small file takes the
    route a large one would; `pinning` turns the repeats' pinning on or off; `clear` lists
    caches (anything with `.clear()`) emptied first, so each run starts cold; `fields` as
    `--fields` gives them.
    """
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(batch, "MIN_PINNED_ROWS", 0 if pinning else 10**9)
        patch.setattr(batch, "MIN_PARALLEL_ROWS", 0)
        patch.setattr(batch, "MIN_FORKED_ROWS", 0)
        patch.setattr(batch_items, "COUNT_SLICES", 1)  # the workers read the file together
        for cache in clear:
            cache.clear()
        batch.score_file(
            engine,
            batch.plan(FIXTURE, rows=3),
            out.write,
            jobs=jobs,
            loader=load_engine,
            fields=fields,
        )
    return out.getvalue()
