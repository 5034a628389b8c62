"""Candidates for the completion drop-downs: job titles, skills and file paths."""

from __future__ import annotations

import os
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from career_resilience.skills.models import KnowledgeBase

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


class SkillIndex:
    """Skill names and aliases by matching key, for prefix completion.

    The matcher's own ``complete`` returns names only, so "sq" would offer "Cashier"
    (alias "Square POS") with no hint why; this index remembers which alias matched.
    """

    def __init__(self, kb: KnowledgeBase) -> None:
        from career_resilience.skills.matching import skill_key

        entries: list[tuple[str, int, str, str]] = []
        for skill in kb.skills.values():
            for rank, label in enumerate((skill.name, *skill.aliases)):
                key = skill_key(label)
                if key:
                    # rank 0 (the name) sorts before aliases with the same key.
                    entries.append((key, min(rank, 1), label, skill.name))
        entries.sort()
        self._entries = entries
        self._keys = [e[0] for e in entries]
        self._key = skill_key

    def complete(self, text: str, limit: int = LIMIT) -> list[Suggestion]:
        """Skills whose name or an alias starts with ``text``; names before aliases."""
        key = self._key(text)
        if not key:
            return []
        start = bisect_left(self._keys, key)
        hits: list[tuple[int, int, str, str]] = []
        for k, is_alias, label, name in self._entries[start:]:
            if not k.startswith(key):
                break
            hits.append((is_alias, len(name), label, name))
        hits.sort()
        found: dict[str, Suggestion] = {}
        for is_alias, _, label, name in hits:
            if name not in found:
                found[name] = Suggestion(name, f"{name}  ({label})" if is_alias else name)
            if len(found) >= limit:
                break
        return list(found.values())


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


def skills(index: SkillIndex | None, text: str, limit: int = LIMIT) -> list[Suggestion]:
    """Catalogue skills for the last skill typed ("SQL; Ex" completes "Ex")."""
    if index is None:
        return []
    last = text.replace(",", ";").split(";")[-1].strip()
    return index.complete(last, limit) if last else []


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
