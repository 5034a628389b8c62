"""Candidates for completion as someone types: job titles and skills.

Pure functions over the catalogue, so the app's drop-downs and any other front end
offer the same suggestions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
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


def categories(
    entries: Sequence[tuple[str, str, str]], query: str, limit: int = 50
) -> list[tuple[str, float]]:
    """Fuzzy search over kinds of work: ``(id, score 0-100)``, best first.

    ``entries`` are ``(id, label, words)`` where ``words`` holds what else names the kind
    of work (its description and the job titles in it), so "nurse" finds "Nursing and
    care" and "acountant" (a typo) still finds accounting. An empty query lists all.
    """
    needle = " ".join(query.casefold().split())
    if not needle:
        return [(cid, 100.0) for cid, _, _ in entries][:limit]
    from rapidfuzz import fuzz

    scored = []
    for cid, label, words in entries:
        # The label counts most; any one title matching well is enough.
        best = max(
            fuzz.WRatio(needle, label.casefold()),
            0.9 * fuzz.partial_ratio(needle, words.casefold()),
        )
        if best >= 60:
            scored.append((cid, float(best)))
    scored.sort(key=lambda item: -item[1])
    return scored[:limit]
