"""Shorthands that stand for more than one job ("PA": physician assistant or personal
assistant).

The ``readings`` of ``data/title_abbreviations.yaml`` list, per shorthand, the jobs it
stands for besides the abbreviation table's own reading, which stays the reading of a
title typed alone. With skills or duties, ``model/title_shorthand.py`` reads the title
each way and keeps the reading they fit best.
"""

from __future__ import annotations

import functools

from career_resilience.skills.situations import WORD

__all__ = ["other_readings"]


@functools.cache
def _readings() -> dict[str, tuple[str, ...]]:
    """The ``readings`` section: shorthand (lower case) -> its other readings."""
    from career_resilience.skills.loader import shipped_knowledge_base

    raw = shipped_knowledge_base().title_words.get("readings") or {}
    return {str(k).casefold(): tuple(str(v) for v in vs) for k, vs in raw.items()}


def other_readings(title: str) -> list[str]:
    """The typed title with its first shorthand of several readings written out as each
    of its other readings ("PA to the CEO": ["personal assistant to the CEO"]); empty
    when it holds none."""
    table = _readings()
    if not table:
        return []
    for found in WORD.finditer(title):
        readings = table.get(found.group().casefold())
        if readings:
            head, tail = title[: found.start()], title[found.end() :]
            return [f"{head}{reading}{tail}" for reading in readings]
    return []
