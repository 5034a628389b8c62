"""benchmarks/instructions_phases.py adds up callgrind's parts per stage, and prints each
stage with the stages timed inside it (the drivers' steps), as ``scoring_speed.py`` does."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from benchmark_support import benchmark_module


@pytest.fixture(scope="module")
def phases() -> Iterator[ModuleType]:
    with benchmark_module("instructions_phases") as module:
        yield module


def _part(path: Path, name: str, instructions: int) -> Path:
    """A callgrind output part as a client request writes it (its head only)."""
    path.write_text(
        "# callgrind format\nversion: 1\n"
        f"desc: Trigger: Client Request: {name}\n\npositions: line\nevents: Ir\n"
        f"summary: {instructions}\n\nfn=(1) main\n1 {instructions}\n"
    )
    return path


def test_parts_of_one_stage_add_up_and_the_run_end_is_left_out(
    phases: ModuleType, tmp_path: Path
) -> None:
    written = [
        _part(tmp_path / "cg.out.1", "drivers", 300),
        _part(tmp_path / "cg.out.2", "of which: the title's credit", 50),
        _part(tmp_path / "cg.out.3", "drivers", 200),
        _part(tmp_path / "cg.out.4", phases.REST, 40),
        _part(tmp_path / "cg.out.5", phases.END, 7),
    ]
    assert phases.parts(written) == Counter(
        {"drivers": 500, "of which: the title's credit": 50, phases.REST: 40}
    )


def test_a_stage_holds_the_stages_timed_inside_it_and_a_label_given_twice_is_one_line(
    phases: ModuleType,
) -> None:
    labels = [
        "pivot ranking",
        "drivers",
        "  of which: each skill's and line's part",
        "    of which: skills' and lines' own match",
        "  of which: the variants (2^n coalitions)",
        "  of which: the variants (2^n coalitions)",
        "result records",
    ]
    own = Counter(
        {
            "pivot ranking": 600,
            "drivers": 100,
            "of which: each skill's and line's part": 30,
            "of which: skills' and lines' own match": 20,
            "of which: the variants (2^n coalitions)": 70,
            "result records": 5,
            phases.REST: 9,
        }
    )
    assert phases.lines(labels, own) == [
        ("pivot ranking", 600),
        ("drivers", 220),
        ("  of which: each skill's and line's part", 50),
        ("    of which: skills' and lines' own match", 20),
        ("  of which: the variants (2^n coalitions)", 70),
        ("result records", 5),
        (phases.REST, 9),
    ]
