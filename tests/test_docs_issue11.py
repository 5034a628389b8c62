"""docs/issue-11.md names the test that proves each point of issue 11: every test it
names exists (a renamed or deleted test would leave a point unproven in silence)."""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
DOC = (TESTS.parent / "docs" / "issue-11.md").read_text(encoding="utf-8")


def _named() -> list[tuple[str, str | None]]:
    """(file, test or None) for every `test_x.py::name`, `test_x.py` and `::name`
    (of the file named last) the document quotes."""
    named, last = [], None
    for quoted in re.findall(r"`([^`]+)`", DOC):
        if whole := re.fullmatch(r"(test_\w+\.py)(?:::(\w+))?", quoted):
            last = whole.group(1)
            named.append((last, whole.group(2)))
        elif (alone := re.fullmatch(r"::(\w+)", quoted)) and last is not None:
            named.append((last, alone.group(1)))
    return named


def _exists(file: str, test: str | None) -> bool:
    path = TESTS / file
    if not path.is_file():
        return False
    if test is None or f"def {test}(" in path.read_text(encoding="utf-8"):
        return True
    # A test made by a factory (the snapshot tests) is known by its pictures.
    pictures = TESTS / "__snapshots__" / path.stem
    return any(pictures.glob(f"{test}[[]*.svg"))


def test_every_test_the_issue_11_map_names_exists() -> None:
    named = _named()
    assert len(named) > 40
    assert [n for n in named if not _exists(*n)] == []


def test_the_check_sees_a_missing_test() -> None:
    assert not _exists("test_tui_issue11.py", "test_no_such_test")
    assert _exists("test_tui_snapshots.py", "test_model_failed_to_load")  # a factory's test
