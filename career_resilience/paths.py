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


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable only by the current user, if it is missing.

    An existing folder keeps the mode its owner gave it (even ``--data-dir /tmp`` for
    a read-only command must not change it); :func:`exposure_warning` says when it is
    open to others.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        path.mkdir(mode=0o700)
    except FileExistsError:
        return path
    # Client records are personal data: nobody else on the machine may list them
    # (chmod as well as mode=: the umask may have taken the owner's bits too).
    path.chmod(0o700)
    return path


def exposure_warning(path: Path) -> str | None:
    """A warning when the folder ``path`` can be read or listed by other users, else None."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if not mode & 0o077:
        return None
    return (
        f"{path} can be read by other users of this machine; "
        f"`chmod 700 {path}` keeps the records in it private"
    )


def _resolve(env: str, platform_default: str, create: bool, override: str | None) -> Path:
    """``override``, else ``$env`` if set, else the platformdirs location; created private
    when asked."""
    override = override or os.environ.get(env)
    if override:
        path = Path(override).expanduser()
    else:
        import platformdirs

        path = getattr(platformdirs, platform_default)(APP_NAME, appauthor=False)
    return private_dir(path) if create else path


def config_dir(create: bool = False, override: str | None = None) -> Path:
    """The directory for settings (theme, last profile); ``$RESILIENCE_CONFIG_DIR`` wins."""
    return _resolve(CONFIG_DIR_ENV, "user_config_path", create, override)


def data_dir(create: bool = False, override: str | None = None) -> Path:
    """The directory for client records, profiles and exports.

    ``override`` (the CLI's ``--data-dir``) wins, then ``$RESILIENCE_DATA_DIR``.
    """
    return _resolve(DATA_DIR_ENV, "user_data_path", create, override)
