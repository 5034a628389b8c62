"""Employers everyone knows, read as the kind of place they are.

A worker types where they work into the title: "Shift manager - mcdonalds", "assistant
manager at walmart". O*NET names the place, never the firm, and the firm's name reads no
work: "asst mgr - dollar general" had read as general and operations managers (99%),
"Shift manager - mcdonalds" as managers, all other (51%), though "Asst manager (retail)"
reads the retail supervisors it is (98%). The ``employers`` of
``data/title_abbreviations.yaml`` list, per kind of place ("retail store", "fast food
restaurant"), the names that stand for it.

A name is read only where it says the place: after "at" or "@" (read as the dash before
an employer's qualifier), or as the whole of a qualifier after a dash, a comma or in
brackets; never inside the title's own words ("Subway operator" runs trains, "Target
marketing manager" is no store's). A name of two words or more in front of the title is
the place too ("State Farm agent": the agent of an insurance company; read as typed, its
"farm" had sent the agent to farm and home management educators, 63%): no job's title
starts with a firm's whole name.
"""

from __future__ import annotations

import functools
import re

__all__ = ["read_employer"]


@functools.cache
def _leading() -> re.Pattern[str] | None:
    """The pattern finding a known employer's name of two words or more in front of a
    title, the title after it; None when the table lists none."""
    table = _table()
    if table is None:
        return None
    names = [name for name in table[1] if len(name.split()) >= 2]
    if not names:
        return None
    joined = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"^\s*(?:the\s+)?({joined})\s+(?=[^\W\d_])(.+)$", re.IGNORECASE)


@functools.cache
def _table() -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The pattern finding a known employer where it says the place, and each name's
    kind of place (names lower case); None when the table lists none."""
    from career_resilience.skills.loader import shipped_knowledge_base

    raw = shipped_knowledge_base().title_words.get("employers") or {}
    kinds = {str(name).casefold(): str(kind) for kind, names in raw.items() for name in names}
    if not kinds:
        return None
    names = "|".join(re.escape(name) for name in sorted(kinds, key=len, reverse=True))
    pattern = re.compile(
        rf"(\s(?:at|@)\s+|\s*@\s*|\s[-\u2013\u2014|]\s*|,\s*|\(\s*)(?:the\s+)?({names})"
        r"(?=\s*(?:\)|,|$|#|\d|store\b|restaurant\b|location\b))",
        re.IGNORECASE,
    )
    return pattern, kinds


def read_employer(title: str) -> str:
    """``title`` with a known employer written as its kind of place ("assistant manager
    at walmart": "assistant manager - retail store"); unchanged when it names none."""
    table = _table()
    if table is None or not title:
        return title
    pattern, kinds = table
    leading = _leading()
    front = leading.match(title) if leading is not None else None
    if front is not None:
        return f"{front.group(2).strip()} - {kinds[front.group(1).casefold()]}"

    def place(found: re.Match[str]) -> str:
        lead = found.group(1)
        if lead.strip().casefold() in ("at", "@"):
            lead = " - "
        return f"{lead}{kinds[found.group(2).casefold()]}"

    return pattern.sub(place, title, count=1)
