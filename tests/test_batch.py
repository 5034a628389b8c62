"""Batch scoring across worker processes keeps order, row numbers and bad-row reports."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from career_resilience.model import batch


def _write_csv(path: Path, roles: list[str]) -> None:
    lines = ["id,role,skills,duties"] + [f"r{i},{role},SQL," for i, role in enumerate(roles)]
    path.write_text("\n".join(lines) + "\n")


@pytest.mark.parametrize("workers", [1, 2])
def test_many_chunks_keep_input_order(
    engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    monkeypatch.setattr(batch, "BATCH_ROWS", 3)  # 11 rows -> 4 chunks: the pool is used
    roles = ["Nurse", "Plumber", "", "Data analyst", "Teacher", "Chef", "Roofer", "x" * 300,
             "Paralegal", "Cashier", "Welder"]  # fmt: skip
    source = tmp_path / "in.csv"
    _write_csv(source, roles)
    out = io.StringIO()
    scored, failed = batch.score_file(engine, batch.read_rows(source), out.write, workers=workers)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert (scored, failed) == (9, 2)
    assert [line["row"] for line in lines] == list(range(1, 12))
    assert [line["id"] for line in lines] == [f"r{i}" for i in range(11)]
    assert "error" in lines[2] and "error" in lines[7]
    assert lines[1]["categories"][0]["id"] == "skilled_trades"
    assert lines[3]["categories"][0]["id"] == "data_analysis"
