"""Titles that say service in the armed forces ("Soldier (infantry)", "Army medic").

The words are the ``armed_forces`` of ``data/title_abbreviations.yaml``. O*NET and BLS
publish civilian occupations only, so a service member's title is matched to the
civilian work nearest its words, and the result says so (``model/title_situation.py``).
"""

from __future__ import annotations

import functools

from career_resilience.skills.situations import WORD

__all__ = ["names_armed_forces"]


@functools.cache
def _phrases() -> tuple[frozenset[tuple[str, ...]], int]:
    """The ``armed_forces`` phrases as word tuples, and the longest one's length."""
    from career_resilience.skills.loader import shipped_knowledge_base

    raw = shipped_knowledge_base().title_words.get("armed_forces") or ()
    phrases = frozenset(tuple(WORD.findall(str(p).casefold())) for p in raw)
    return phrases, max((len(p) for p in phrases), default=0)


def names_armed_forces(title: str) -> bool:
    """Whether a typed title holds a word or phrase of armed service, as whole words."""
    phrases, longest = _phrases()
    words = WORD.findall(title.casefold())
    return any(
        tuple(words[at : at + size]) in phrases
        for size in range(1, longest + 1)
        for at in range(len(words) - size + 1)
    )
