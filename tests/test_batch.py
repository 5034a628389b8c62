"""Batch scoring across worker processes keeps order, row numbers and bad-row reports,
and writes the same bytes whatever the number of workers."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from career_resilience.model import batch, batch_fork
from career_resilience.model.engine import load_engine

FIXTURE = Path(__file__).parent / "fixtures" / "batch_small.csv"


def _score(engine, path: Path, jobs: int, rows: int = 3, fields=None) -> tuple[str, int, int]:
    out = io.StringIO()
    source = batch.plan(path, rows=rows)
    with pytest.MonkeyPatch.context() as patch:
        if jobs > 1:  # workers even for this small file, and never this process
            patch.setattr(batch, "MIN_PARALLEL_ROWS", 0)
            patch.setattr(batch, "MIN_FORKED_ROWS", 0)
            patch.setattr(batch_fork, "PARENT_WORKS", False)
        scored, failed = batch.score_file(
            engine, source, out.write, jobs=jobs, fields=fields, loader=load_engine
        )
    return out.getvalue(), scored, failed


@pytest.fixture(scope="module")
def outputs(engine) -> dict[int, tuple[str, int, int]]:
    """The fixture scored in process and by two workers (5 slices of 3 rows)."""
    return {jobs: _score(engine, FIXTURE, jobs) for jobs in (1, 2)}


def test_two_workers_write_the_same_bytes_as_one_process(outputs) -> None:
    assert outputs[2] == outputs[1]
    assert outputs[1][1:] == (13, 2)


@pytest.mark.parametrize("jobs", [2, 3])
def test_this_process_scoring_beside_its_workers_writes_the_same_bytes(
    engine, outputs, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    # 15 slices of one row: this process and its children each take some of them.
    monkeypatch.setattr(batch, "MIN_PARALLEL_ROWS", 0)
    monkeypatch.setattr(batch, "MIN_FORKED_ROWS", 0)
    monkeypatch.setattr(batch, "MIN_PINNED_ROWS", 0)  # their titles looked up together
    out = io.StringIO()
    counts = batch.score_file(
        engine, batch.plan(FIXTURE, rows=1), out.write, jobs=jobs, loader=load_engine
    )
    assert (out.getvalue(), *counts) == outputs[1]


def test_workers_that_load_their_own_model_write_the_same_bytes(
    engine, outputs, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Where the system does not fork (Windows, macOS), joblib's loky workers each load
    # the model instead of inheriting it: the output must not change.
    monkeypatch.setattr(batch, "forks_workers", lambda: False)
    assert _score(engine, FIXTURE, 2) == outputs[1]


def test_rows_keep_input_order_numbers_and_errors(outputs) -> None:
    lines = [json.loads(line) for line in outputs[2][0].splitlines()]
    assert [line["row"] for line in lines] == list(range(1, 16))
    assert [line["id"] for line in lines] == [f"a{i}" for i in range(1, 16)]
    assert "role" in lines[2]["error"] and lines[8]["error"].startswith(
        "5 cells, but the header has 4 columns"
    )
    assert lines[3]["occupations"][0]["onet_soc"].startswith("47-2152")  # "Plumbr"
    assert lines[11]["occupations"][0]["onet_soc"].startswith("53-3032")  # truck driver
    same = [{k: v for k, v in lines[i].items() if k not in ("row", "id")} for i in (3, 14)]
    assert same[0] == same[1]  # a repeated person (scored once) gets the same result


def test_the_same_file_scored_twice_is_the_same(engine, outputs) -> None:
    assert _score(engine, FIXTURE, 1, rows=4) == outputs[1]  # other slices, same bytes


def test_fields_keep_only_the_figures_asked_for(engine, outputs) -> None:
    fields = batch.check_fields("occupations, band,exposure")
    assert fields == ("exposure", "band", "occupations")  # the contract's order
    text, scored, failed = _score(engine, FIXTURE, 1, fields=fields)
    assert (scored, failed) == (13, 2)
    full = [json.loads(line) for line in outputs[1][0].splitlines()]
    for got, whole in zip(map(json.loads, text.splitlines()), full, strict=True):
        keep = ("row", "id", "error", *fields)
        assert got == {k: v for k, v in whole.items() if k in keep}


def test_figures_only_match_the_full_result_field_for_field(engine, outputs) -> None:
    fields = tuple(sorted(batch.FIGURE_FIELDS))
    text, _, _ = _score(engine, FIXTURE, 1, fields=batch.check_fields(",".join(fields)))
    full = [json.loads(line) for line in outputs[1][0].splitlines()]
    for got, whole in zip(map(json.loads, text.splitlines()), full, strict=True):
        assert got == {k: v for k, v in whole.items() if k not in ("pivots", "drivers",
                       "duties", "pivot_note")}  # fmt: skip


def test_every_contract_field_can_be_asked_for(outputs) -> None:
    first = json.loads(outputs[1][0].splitlines()[0])
    # ``title_note`` is written only for a title that says a situation ("Unemployed").
    every = tuple(f for f in batch.ALL_FIELDS if f != "title_note")
    assert tuple(k for k in first if k not in ("row", "id")) == every
    with pytest.raises(ValueError, match=r"unknown field.*exposur.*choose from exposure"):
        batch.check_fields("exposur,band")


def test_cli_fields_and_jobs(tmp_path: Path, capsys) -> None:
    from career_resilience.cli import main

    target = tmp_path / "out.jsonl"
    args = ["score", "--input", str(FIXTURE), "--output", str(target)]
    assert main([*args, "--jobs", "1", "--fields", "exposure,band"]) == 0
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert [sorted(line) for line in lines[:3]] == [
        ["band", "exposure", "id", "row"],
        ["band", "exposure", "id", "row"],
        ["error", "id", "row"],
    ]
    assert "scored 13 rows; 2 bad rows" in capsys.readouterr().err
    assert main([*args, "--fields", "exposure,drivrs"]) == 2
    assert "--fields: unknown field(s) drivrs; choose from exposure" in capsys.readouterr().err
    assert main([*args, "--jobs", "0"]) == 2
    assert main(["score", "--role", "Nurse", "--jobs", "2"]) == 2
