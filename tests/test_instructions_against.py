"""benchmarks/instructions_against.py says which commit it compared with.

``--against main`` compared with whatever main was when the run started, and printed
only "main": one session's figure (808c412, "0.988x") had compared a branch with a main
that had moved on by another helper's landing (0.996x against its own base).
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from benchmark_support import benchmark_module


@pytest.fixture(scope="module")
def against() -> Iterator[ModuleType]:
    with benchmark_module("instructions_against") as module:
        yield module


def _git(root: Path, *args: str) -> str:
    who = ["-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"]
    done = subprocess.run(["git", "-C", str(root), *who, *args], check=True, capture_output=True)
    return done.stdout.decode().strip()


def _commit(root: Path, name: str) -> str:
    (root / name).write_text(name)
    _git(root, "add", name)
    _git(root, "commit", "-q", "-m", name)
    return _git(root, "rev-parse", "HEAD")


def test_a_branch_name_is_pinned_to_its_commit_and_a_moved_main_is_named(
    against: ModuleType, tmp_path: Path
) -> None:
    _git(tmp_path, "init", "-q", "-b", "main")
    base = _commit(tmp_path, "a")
    _git(tmp_path, "checkout", "-q", "-b", "mine")
    mine = _commit(tmp_path, "b")
    _git(tmp_path, "checkout", "-q", "main")
    moved = _commit(tmp_path, "c")  # someone landed after the branch was made
    _git(tmp_path, "checkout", "-q", "mine")

    pinned = against.pin("main", tmp_path)
    assert (pinned.commit, pinned.head, pinned.dirty) == (moved, mine, False)
    assert not pinned.ancestor
    said = "\n".join(pinned.describe())
    assert f"against main = {moved[:12]}" in said and mine[:12] in said
    assert "not an ancestor" in said

    own_base = against.pin(base, tmp_path)
    assert own_base.ancestor and "not an ancestor" not in "\n".join(own_base.describe())

    (tmp_path / "b").write_text("changed, not committed")
    assert "uncommitted" in "\n".join(against.pin("HEAD", tmp_path).describe())
    with pytest.raises(SystemExit):
        against.pin("no-such-branch", tmp_path)
