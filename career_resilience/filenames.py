"""File names the person sees: slugs for default names, listing, path completion.

Writing lives in :mod:`career_resilience.files`; this is about choosing the path.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

#: The longest slug: with ".yaml", "-what-if.md" or "-session-12.html" after it, a
#: default name still shows whole in a file box at 80 columns (a 60-character slug of a
#: title typed as a sentence read "...agricultural.ya" there).
SLUG_CHARS = 40


def slug(text: str, fallback: str = "profile") -> str:
    """A file-name-safe version of ``text`` ("Sr. Data Analyst" -> "sr-data-analyst"),
    at most :data:`SLUG_CHARS` long and cut between two words."""
    cleaned = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    if len(cleaned) > SLUG_CHARS:
        cut = cleaned[: SLUG_CHARS + 1]
        cleaned = cut.rsplit("-", 1)[0] if "-" in cut else cut[:SLUG_CHARS]
    return cleaned.rstrip("-") or fallback


def files_in(directory: Path, suffixes: Iterable[str]) -> list[Path]:
    """Files in ``directory`` ending in one of ``suffixes``, newest first (empty if none)."""
    wanted = tuple(suffixes)
    dated: list[tuple[float, Path]] = []
    try:
        for path in directory.iterdir():
            if path.suffix in wanted and path.is_file():
                dated.append((path.stat().st_mtime, path))
    except OSError:  # missing or unreadable folder, or a file removed meanwhile: list what we have
        pass
    return [path for _, path in sorted(dated, reverse=True)]


def complete_path(text: str, suffixes: Iterable[str] = (), limit: int = 8) -> list[str]:
    """Files and folders starting with ``text`` (folders end with a slash)."""
    if not text:
        return []
    typed = Path(os.path.expanduser(text))
    folder, stem = (typed, "") if text.endswith(os.sep) else (typed.parent, typed.name)
    wanted = tuple(suffixes)
    found: list[str] = []
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name.casefold())
    except OSError:
        return []
    prefix = text[: len(text) - len(stem)]
    for entry in entries:
        if not entry.name.startswith(stem) or entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            continue
        if is_dir:
            found.append(prefix + entry.name + os.sep)
        elif not wanted or entry.suffix in wanted:
            found.append(prefix + entry.name)
        if len(found) >= limit:
            break
    return found


def wrap_path(path: str, width: int) -> list[str]:
    """``path`` in lines of at most ``width`` characters, broken after a separator.

    Every character is kept (the lines joined give the path back), so a long path in a
    narrow notification reads folder by folder instead of breaking mid-name. A name
    longer than ``width`` is broken after a space, "-", "_" or "." inside it; only a run
    of letters longer than ``width`` is left to the caller's wrapping.
    """
    sep = re.escape(os.sep)
    lines: list[str] = []
    line = ""
    for part in filter(None, re.findall(rf"[^{sep}]*(?:{sep}|$)", path)):
        # A name too long for a line starts one of its own, then breaks inside.
        pieces = re.findall(r"[^-_. ]*[-_. ]?", part) if len(part) > width else [part]
        for number, piece in enumerate(filter(None, pieces)):
            if line and (len(line) + len(piece) > width or (number == 0 and len(part) > width)):
                lines.append(line)
                line = ""
            line += piece
    if line or not lines:
        lines.append(line)
    return lines
