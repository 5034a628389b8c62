"""The few things the app remembers between runs (theme, file folder), in the config directory."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
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
    from career_resilience.files import write_private
    from career_resilience.paths import config_dir

    # FileWriteError is an OSError.
    with contextlib.suppress(OSError):
        write_private(config_dir(create=True) / SETTINGS_FILE, json.dumps(settings, indent=2))


def file_folder() -> Path:
    """Where save, open and export start: the folder last used, else the current one.

    The folder is remembered only once someone picked it (a successful save, open or
    export), so a first run offers the folder the app was started from.
    """
    folder = load_settings().get("folder")
    if isinstance(folder, str) and folder:
        path = Path(folder)
        if path.is_dir():
            return path
    return Path.cwd()


def remember_folder(path: Path) -> None:
    """Start the next save, open or export in the folder of ``path``."""
    folder = str(path.expanduser().resolve().parent)
    settings = load_settings()
    if settings.get("folder") != folder:
        save_settings({**settings, "folder": folder})
