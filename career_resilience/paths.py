"""Where career-resilience keeps its files on this machine.

Every location comes from platformdirs and can be overridden by an environment
variable, so tests (and coaches who keep records on an encrypted volume) can
point the app anywhere.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "career-resilience"

#: Environment variables that override each directory.
CONFIG_DIR_ENV = "RESILIENCE_CONFIG_DIR"
DATA_DIR_ENV = "RESILIENCE_DATA_DIR"


def _private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable only by the current user."""
    path.mkdir(parents=True, exist_ok=True)
    # Client records are personal data: nobody else on the machine may list them.
    path.chmod(0o700)
    return path


def _resolve(env: str, platform_default: str, create: bool) -> Path:
    """``$env`` if set, else the platformdirs location; created private when asked."""
    override = os.environ.get(env)
    if override:
        path = Path(override).expanduser()
    else:
        import platformdirs

        path = getattr(platformdirs, platform_default)(APP_NAME, appauthor=False)
    return _private_dir(path) if create else path


def config_dir(create: bool = False) -> Path:
    """The directory for settings (theme, last profile); ``$RESILIENCE_CONFIG_DIR`` wins."""
    return _resolve(CONFIG_DIR_ENV, "user_config_path", create)


def data_dir(create: bool = False) -> Path:
    """The directory for client records, profiles and exports; ``$RESILIENCE_DATA_DIR`` wins."""
    return _resolve(DATA_DIR_ENV, "user_data_path", create)
