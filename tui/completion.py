"""Candidates for the completion drop-downs: job titles, skills and file paths."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from career_resilience.skills.matching import SkillMatcher

LIMIT = 6


@dataclass(frozen=True)
class Suggestion:
    """A completion: ``value`` goes into the input, ``display`` is what the list shows."""

    value: str
    display: str = ""

    @property
    def label(self) -> str:
        """What to show."""
        return self.display or self.value


def titles(known: Sequence[str], text: str, limit: int = LIMIT) -> list[str]:
    """Known titles for what was typed: those starting with it first, then word matches."""
    needle = " ".join(text.casefold().split())
    if not needle:
        return []
    starts: list[str] = []
    inside: list[str] = []
    seen: set[str] = set()
    for title in known:
        folded = title.casefold()
        if folded in seen:
            continue
        if folded.startswith(needle):
            starts.append(title)
            seen.add(folded)
        elif f" {needle}" in f" {folded}":
            inside.append(title)
            seen.add(folded)
    starts.sort(key=len)
    inside.sort(key=len)
    return (starts + inside)[:limit]


def skills(matcher: SkillMatcher | None, text: str, limit: int = LIMIT) -> list[Suggestion]:
    """Catalogue skills for the last skill typed ("SQL; Ex" completes "Ex"); a skill
    offered for one of its aliases shows that alias too."""
    if matcher is None:
        return []
    last = text.replace(",", ";").split(";")[-1].strip()
    if not last:
        return []
    return [
        Suggestion(name, name if label == name else f"{name}  ({label})")
        for name, label in matcher.complete_labelled(last, limit)
    ]


def paths(text: str, suffixes: Iterable[str] = (), limit: int = 8) -> list[str]:
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
