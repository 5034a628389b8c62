"""The compiled copy of the occupation tables: used when it matches, never when stale."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from career_resilience.skills import occupations
from career_resilience.skills.occupations import OCCUPATIONS_DIR, load_occupation_data


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    target = tmp_path / "occupations"
    shutil.copytree(OCCUPATIONS_DIR, target)
    return target


def _copies() -> list[Path]:
    folder = Path(os.environ["RESILIENCE_CACHE_DIR"])
    return sorted(folder.glob("occupation-tables-*.json"))


def _same(a, b) -> bool:
    return (
        a.related == b.related
        and a.technology == b.technology
        and a.iwa_socs == b.iwa_socs
        and np.array_equal(a.iwa, b.iwa)
        and a.product_kinds == b.product_kinds
    )


def test_second_load_reads_the_copy_and_gets_the_same_tables(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = load_occupation_data(data_dir)
    assert _copies()

    def no_parsing(*args: object) -> None:
        raise AssertionError("the CSVs were parsed again")

    monkeypatch.setattr(occupations, "_checked_tables", no_parsing)
    assert _same(load_occupation_data(data_dir), parsed)


def test_an_edited_file_is_read_again_not_taken_from_the_copy(data_dir: Path) -> None:
    first = load_occupation_data(data_dir)
    tools = data_dir / "tools_used.csv"
    lines = tools.read_text(encoding="utf-8").splitlines()
    code = lines[1].split(",")[0]
    tools.write_text("\n".join([*lines, f"{code},Brand-new lathe,tool"]) + "\n", "utf-8")
    again = load_occupation_data(data_dir)
    assert ("Brand-new lathe", "tool", False) in again.technology[code]
    assert ("Brand-new lathe", "tool", False) not in first.technology[code]
    # The kinds index travels with the copy: it names the new product too.
    assert again.product_kinds is not None and first.product_kinds is not None
    assert again.product_kinds["Brand-new lathe"] == {"tool"}
    assert "Brand-new lathe" not in first.product_kinds


def test_the_copy_files_each_product_under_the_kinds_its_rows_give(data_dir: Path) -> None:
    load_occupation_data(data_dir)  # writes the copy
    read = load_occupation_data(data_dir)
    assert read.product_kinds is not None
    expected: dict[str, set[str]] = {}
    for rows in read.technology.values():
        for name, kind, _ in rows:
            expected.setdefault(name, set()).add(kind)
    assert read.product_kinds == expected
    assert any(len(kinds) > 1 for kinds in read.product_kinds.values())


def test_a_damaged_copy_is_ignored(data_dir: Path) -> None:
    parsed = load_occupation_data(data_dir)
    for copy in _copies():
        copy.write_text('{"format": 1, "digest": "x", "related": [', encoding="utf-8")
    assert _same(load_occupation_data(data_dir), parsed)


def test_the_technology_rows_are_read_when_asked_even_without_their_copy(data_dir: Path) -> None:
    parsed = load_occupation_data(data_dir)
    for copy in Path(os.environ["RESILIENCE_CACHE_DIR"]).glob("occupation-technology-*.json"):
        copy.unlink()  # a cache folder cleaned by hand between two starts
    again = load_occupation_data(data_dir)
    assert _same(again, parsed)
    assert again.digest == parsed.digest is not None
