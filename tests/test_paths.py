"""Where files go: overridable by environment, private when created."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from career_resilience.paths import config_dir, data_dir


def test_environment_overrides_both_directories(isolated_dirs: Path) -> None:
    assert data_dir() == isolated_dirs / "data"
    assert config_dir() == isolated_dirs / "config"


def test_created_directories_are_private(isolated_dirs: Path) -> None:
    for path in (data_dir(create=True), config_dir(create=True)):
        assert path.is_dir()
        assert stat.S_IMODE(path.stat().st_mode) == 0o700


def test_without_overrides_platformdirs_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RESILIENCE_DATA_DIR")
    assert "career-resilience" in str(data_dir())
