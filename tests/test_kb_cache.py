"""The compiled knowledge base: the same records as the YAML, never stale, never required."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from career_resilience.skills import kb_cache
from career_resilience.skills.loader import load_knowledge_base

TINY_KB = Path(__file__).parent / "fixtures" / "tiny_kb"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return Path(shutil.copytree(TINY_KB, tmp_path / "kb"))


def test_the_compiled_copy_is_the_same_knowledge_base(root: Path) -> None:
    kb = load_knowledge_base(root)
    assert kb_cache.read_cached(root) is None  # nothing compiled yet
    path = kb_cache.write_cached(root, kb)
    assert path is not None and path.is_file()
    assert path.stat().st_mode & 0o077 == 0  # private, like every file we write
    again = kb_cache.read_cached(root)
    assert again == kb and again is not kb
    assert again.digest == kb.digest
    assert all(isinstance(s.aliases, tuple) for s in again.skills.values())


def test_an_edited_yaml_file_is_never_served_from_the_old_copy(root: Path) -> None:
    kb_cache.write_cached(root, load_knowledge_base(root))
    categories = root / "categories.yaml"
    categories.write_text(categories.read_text(encoding="utf-8") + "\n# edited\n", "utf-8")
    assert kb_cache.read_cached(root) is None


@pytest.mark.parametrize("content", [b"{not json", b'{"format": 1, "yaml_digest": "x"}', b"[]"])
def test_a_damaged_or_foreign_copy_is_ignored(root: Path, content: bytes) -> None:
    path = kb_cache.write_cached(root, load_knowledge_base(root))
    assert path is not None
    path.write_bytes(content)
    assert kb_cache.read_cached(root) is None


def test_a_cache_folder_that_cannot_be_written_only_costs_speed(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setenv(kb_cache.CACHE_DIR_ENV, str(blocker / "cache"))
    assert kb_cache.write_cached(root, load_knowledge_base(root)) is None
    assert kb_cache.read_cached(root) is None
