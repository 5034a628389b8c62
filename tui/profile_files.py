"""Saving and opening profiles as YAML, and exporting results as Markdown.

Writes go through :mod:`career_resilience.files` (private, atomic), so a crash or a
full disk never leaves half a profile behind. Reading never raises
anything but :class:`ProfileFileError`, whose message is shown to the user as is.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from career_resilience.model.profile import Profile

#: Profiles are a few kilobytes; anything far larger is not a profile.
MAX_PROFILE_BYTES = 1_000_000
PROFILE_SUFFIXES = (".yaml", ".yml")


class ProfileFileError(Exception):
    """A profile file could not be read, parsed or validated, or a file not written."""


def slug(text: str, fallback: str = "profile") -> str:
    """A file-name-safe version of ``text`` ("Sr. Data Analyst" -> "sr-data-analyst")."""
    cleaned = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return cleaned[:60].rstrip("-") or fallback


def _data_subdir(name: str) -> Path:
    """``name`` inside the data directory, which is created private if it can be."""
    from career_resilience.paths import data_dir

    try:
        return data_dir(create=True) / name
    except OSError:  # read-only or foreign folder: writing there reports the problem
        return data_dir() / name


def profiles_dir() -> Path:
    """Where profiles are saved by default."""
    return _data_subdir("profiles")


def exports_dir() -> Path:
    """Where Markdown exports go by default."""
    return _data_subdir("exports")


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` privately and atomically (see career_resilience.files)."""
    from career_resilience.files import FileWriteError, write_private

    try:
        # Profiles are personal: a folder made here is readable by its owner only.
        write_private(path, text, make_folder=True)
    except FileWriteError as exc:
        raise ProfileFileError(str(exc)) from exc


def save_profile(profile: Profile, path: Path) -> Path:
    """Save ``profile`` as YAML at ``path``; returns the path written."""
    import yaml

    text = yaml.safe_dump(profile.to_dict(), sort_keys=False, allow_unicode=True)
    write_atomic(path, text)
    return path


def read_profile(path: Path, known_categories: set[str] | None = None) -> Profile:
    """Read and validate a profile file; ``known_categories`` also checks its category."""
    import yaml

    from career_resilience.model.profile import Profile, ProfileError

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


def export_markdown(profile: Profile, result_dict: dict[str, Any], path: Path) -> Path:
    """Write the coach-report Markdown of a result to ``path``."""
    from career_resilience.reports.markdown import render_result_markdown

    write_atomic(path, render_result_markdown(profile.to_dict(), result_dict))
    return path


def saved_profiles(directory: Path) -> list[Path]:
    """Profile files in ``directory``, newest first (empty if it does not exist)."""
    dated: list[tuple[float, Path]] = []
    try:
        for path in directory.iterdir():
            if path.suffix in PROFILE_SUFFIXES and path.is_file():
                dated.append((path.stat().st_mtime, path))
    except OSError:  # missing or unreadable folder, or a file removed meanwhile: list what we have
        pass
    return [path for _, path in sorted(dated, reverse=True)]
