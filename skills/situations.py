"""Titles that say the person's situation, not their work ("Unemployed", "Intern").

The words are the ``situations`` of ``data/title_abbreviations.yaml``: a title made only
of them names no occupation (``model/title_situation.py`` then reads it as no title), and
those that only describe the person ("former", "unemployed", "retired") are dropped where
they lead a title that names work ("Former teacher" is a teacher).
"""

from __future__ import annotations

import functools
import re

__all__ = ["WORD", "situation_only", "without_situation"]

#: A word of a title (letters and digits, with "+", "#" or an apostrophe), as ``titles``
#: reads one.
WORD = re.compile(r"[^\W_]+(?:[+#]+|(?:['][^\W_]+)*)", re.UNICODE)


@functools.cache
def _situations() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]], int]:
    """The ``situations`` of the title table as word tuples: the phrases that say a
    situation (``before work`` and ``alone``), those dropped before named work and
    together with the ``with`` words, and the longest phrase's length in words."""
    from career_resilience.skills.loader import shipped_knowledge_base

    raw = shipped_knowledge_base().title_words.get("situations") or {}

    def phrases(*keys: str) -> frozenset[tuple[str, ...]]:
        return frozenset(
            tuple(WORD.findall(str(p).casefold())) for k in keys for p in raw.get(k) or ()
        )

    situation = phrases("before work", "alone")
    dropped = phrases("before work", "with")
    return situation, dropped, max((len(p) for p in situation | dropped), default=0)


@functools.cache
def _situation_starts() -> frozenset[str]:
    """The first words of the phrases dropped before named work."""
    return frozenset(p[0] for p in _situations()[1] if p)


def _situation_run(words: list[str], allowed: frozenset[tuple[str, ...]]) -> tuple[int, bool]:
    """How many leading ``words`` are phrases of ``allowed`` or ``with`` words, read
    longest phrase first, and whether one of them says a situation."""
    situation, dropped, longest = _situations()
    at, said = 0, False
    while at < len(words):
        for size in range(min(longest, len(words) - at), 0, -1):
            phrase = tuple(words[at : at + size])
            if phrase in allowed or phrase in dropped:
                said = said or phrase in situation
                at += size
                break
        else:
            break
    return at, said


@functools.lru_cache(maxsize=4096)
def situation_only(text: str) -> bool:
    """Whether a typed title says only the person's situation, not their work
    ("Unemployed", "Self employed", "Stay at home mom", "Currently between jobs",
    "Intern"): no occupation can be read from it, so the person's skills and duties
    place them. "Freelance writer" or "Plumbing contractor" name work: False."""
    words = WORD.findall(text.casefold().replace("\u2019", "'"))
    situation = _situations()[0]
    at, said = _situation_run(words, situation)
    return bool(words) and at == len(words) and said


def without_situation(text: str) -> str:
    """A typed title without the situation words that lead it when it names work after
    them ("Former teacher": "teacher", "Unemployed welder": "welder"); a title of
    situation words alone is left as it is."""
    first = WORD.search(text)
    # Most titles (and every duty text read as a title) start with no such word.
    if first is None or first.group(0) not in _situation_starts():
        return text
    found = list(WORD.finditer(text))
    at, said = _situation_run([m.group(0) for m in found], frozenset())
    if not said or at == 0 or at == len(found):
        return text
    return text[found[at - 1].end() :]
