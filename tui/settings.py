"""The few things the app remembers between runs (the theme), in the config directory."""

from __future__ import annotations

import contextlib
import json
from typing import Any

SETTINGS_FILE = "tui.json"


def load_settings() -> dict[str, Any]:
    """Saved settings, or {} when there are none or the file is unreadable."""
    from career_resilience.paths import config_dir

    try:
        data = json.loads((config_dir() / SETTINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_settings(settings: dict[str, Any]) -> None:
    """Store settings; a read-only config directory is not worth interrupting anyone for."""
    from career_resilience.paths import config_dir
    from career_resilience.tui.profile_files import ProfileFileError, write_atomic

    with contextlib.suppress(OSError, ProfileFileError):
        write_atomic(config_dir(create=True) / SETTINGS_FILE, json.dumps(settings, indent=2))
