"""No sentence of the training-only task labels is in the repository (../shared/data/README:
"no task sentence goes into the repository: not as data, fixtures, examples, docs or
tests"). Skips where ../shared is absent; a finding names the file, never the sentence.
"""

from __future__ import annotations

import csv
import re
import subprocess
from pathlib import Path

import pytest

from career_resilience.model.duty_model import find_task_labels

ROOT = Path(__file__).resolve().parents[1]
#: Shorter statements ("Drive trucks.") could be anyone's words; these are O*NET's.
SHORTEST = 30
#: Where a sentence pasted into a file would end: line breaks, quotes, YAML and Markdown
#: brackets, table cells, and an escaped line break inside a JSON string.
_PIECES = re.compile(r"[\n\"'{}\[\]|`]|\\n")
_LEAD = re.compile(r"^\s*(?:[-*>]\s*)?(?:\w+:\s*)?")


def _key(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .;,")


def _sentences(path: Path) -> set[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {_key(row["task"]) for row in rows if len(row.get("task") or "") >= SHORTEST}


def files_holding(sentences: set[str], paths: list[Path]) -> list[str]:
    """The files (of ``paths``) in which a whole sentence of ``sentences`` stands."""
    found = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue  # binary (the model's arrays): no sentences
        # A piece too short before its lead is stripped is too short after it: only the
        # long ones go through the regex (a third of the scan's time).
        long = (piece for piece in _PIECES.split(text) if len(piece) >= SHORTEST)
        pieces = (_LEAD.sub("", piece) for piece in long)
        if any(len(p) >= SHORTEST and _key(p) in sentences for p in pieces):
            found.append(str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path))
    return found


LABELS = find_task_labels()
needs_labels = pytest.mark.skipif(LABELS is None, reason="../shared/data is absent")


@needs_labels
def test_no_task_sentence_is_in_any_file_of_the_repository() -> None:
    assert LABELS is not None
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT, capture_output=True, text=True, check=True,
        ).stdout.split("\n")  # fmt: skip
        paths = [ROOT / name for name in listed if name and (ROOT / name).is_file()]
    except (OSError, subprocess.CalledProcessError):  # not a git checkout: every file
        skip = {".git", ".venv", "__pycache__", ".pytest_cache", ".hypothesis"}
        paths = [p for p in ROOT.rglob("*") if p.is_file() and not skip & set(p.parts)]
    assert len(paths) > 100
    assert files_holding(_sentences(LABELS), paths) == []


@needs_labels
def test_a_pasted_sentence_would_be_found(tmp_path: Path) -> None:
    # The scan above means something only if it finds a sentence where one is pasted.
    assert LABELS is not None
    sentences = _sentences(LABELS)
    # Which one does not matter (it is never printed), as long as no quote cuts it.
    one = max(s for s in sentences if not _PIECES.search(s))
    corpus = tmp_path / "corpus.yaml"
    corpus.write_text(f'duties:\n  - {{text: "{one.capitalize()}.", exposure: direct}}\n')
    listing = tmp_path / "notes.md"
    listing.write_text(f"Some notes\n- {one}\n")
    clean = tmp_path / "clean.md"
    clean.write_text("Nothing of O*NET's here, only our own words.\n")
    assert len(files_holding(sentences, [corpus, listing, clean])) == 2
