"""Profiles saved and opened as YAML files.

Reading never raises anything but :class:`ProfileFileError`, whose message is shown
to the person as is; writing goes through the kernel's private, atomic write.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from career_resilience.files import FileWriteError, write_private
from career_resilience.model.batch_row import misnamed
from career_resilience.model.profile import Profile, ProfileError

#: Profiles are a few kilobytes; anything far larger is not a profile.
MAX_PROFILE_BYTES = 1_000_000
PROFILE_SUFFIXES = (".yaml", ".yml")


class ProfileFileError(Exception):
    """A profile file could not be read, parsed or validated, or not written."""


def save_profile(profile: Profile, path: Path) -> Path:
    """Save ``profile`` as YAML at ``path``; returns the path written."""
    import yaml

    text = yaml.safe_dump(profile.to_dict(), sort_keys=False, allow_unicode=True)
    try:
        write_private(path, text, make_folder=True)
    except FileWriteError as exc:
        raise ProfileFileError(str(exc)) from exc
    return path


def read_profile(path: Path, known_categories: set[str] | None = None) -> Profile:
    """Read and validate a profile file; ``known_categories`` also checks its category."""
    import yaml

    path = path.expanduser()
    try:
        if path.stat().st_size > MAX_PROFILE_BYTES:
            raise ProfileFileError(f"{path.name} is too large to be a profile")
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ProfileFileError(f"there is no file {path}") from exc
    except IsADirectoryError as exc:
        raise ProfileFileError(f"{path} is a folder; give a .yaml file") from exc
    except UnicodeDecodeError as exc:
        raise ProfileFileError(f"{path.name} is not a text file") from exc
    except OSError as exc:
        raise ProfileFileError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise ProfileFileError(f"{path.name} is not valid YAML{where}") from exc
    # A hand-edited slip ("skils:") is named, as a batch file's is: its skills would
    # otherwise go unread without a word.
    if isinstance(data, dict):
        slip = misnamed([str(k) for k in data if str(k).lower() not in ("category", "occupation")])
        if slip:
            raise ProfileFileError(
                f"{path.name} is not a valid profile: key {slip[0]!r} is not read; "
                f"did you mean {slip[1]!r}?"
            )
    try:
        profile = Profile.from_dict(data)
    except ProfileError as exc:
        raise ProfileFileError(f"{path.name} is not a valid profile: {exc}") from exc
    if known_categories is not None and profile.category not in (None, *known_categories):
        raise ProfileFileError(
            f"{path.name} is not a valid profile: category: {profile.category!r} is not a "
            "category this app knows"
        )
    return profile
