"""How many of each occupation's listed titles end with a typed title.

O*NET lists, per occupation, the titles its workers report ("Aerial Lineman",
"Electrical Lineman", "Lineworker"). When a title typed alone is listed under several
occupations, how many people hold each (``title_employment``) is Bayes' prior; how often
each occupation's reported titles end with the typed words is the likelihood of that
title given the occupation. Reading every listed title as equally likely had made
"Stock Clerk" a hand laborer (2.99 million; one of their 456 titles ends so) before a
stocker (2.85 million; 4 of 213): laborers 49%, stockers 47%. The normalised titles
take seconds to build, so ``ENDINGS_FILE`` ships (``tools/build_title_qualifiers.py``).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable

import numpy as np

from career_resilience.model.title_employment import specialties
from career_resilience.model.title_index import QUALIFIERS_FILE
from career_resilience.skills.titles import normalise_listed_title

#: Per ending of a listed title, the occupations whose titles end with it and how many.
ENDINGS_FILE = QUALIFIERS_FILE.with_name("title_endings.csv")
#: Endings of up to this many words are counted.
MAX_ENDING_WORDS = 4
#: The line giving each occupation's number of listed titles.
TOTAL = "*"


def compute_endings(titles: Iterable[tuple[str, str]]) -> list[str]:
    """Lines "ending,code:n code:n ..." sorted by ending, after a line of each
    occupation's number of listed titles; endings that say no more than one title of
    one occupation (the count of any other is 1 anyway) are left out."""
    counts: dict[str, Counter[str]] = {}
    total: Counter[str] = Counter()
    for code, title in titles:
        words = normalise_listed_title(title).split()
        total[code] += 1
        for size in range(1, min(MAX_ENDING_WORDS, len(words)) + 1):
            counts.setdefault(" ".join(words[-size:]), Counter())[code] += 1
    lines = [f"{TOTAL},{_codes(total)}"]
    for ending, found in sorted(counts.items()):
        if len(found) >= 2 or max(found.values()) >= 2:
            lines.append(f"{ending},{_codes(found)}")
    return lines


def likelihood(codes: tuple[str, ...], title: str) -> np.ndarray:
    """Per occupation, the share of its listed titles ending with ``title`` (normalised),
    counting at least one (it lists the title, or names it in its official title).

    A SOC code's parent and the specialties O*NET details under it (11-3051.00
    industrial production managers, 11-3051.04 biomass power plant managers) are one
    occupation as BLS counts it, whose holders report all their titles: they share one
    likelihood, and employment (a specialty is a share of its parent) orders them. Each
    apart, the 17 titles of the specialty had made "Plant Manager" (3 of them) likelier
    than under the parent's 45 (5), and a plant manager a biomass plant's."""
    family, titles, column = _families(codes)
    ending = np.zeros(len(codes))
    for code, n in _counts(_line(title)).items():
        if code in column:
            ending[column[code]] = n
    pooled = np.bincount(family, ending, len(codes))[family]
    return np.maximum(pooled, 1.0) / titles


@functools.lru_cache(maxsize=4)
def _families(codes: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, dict[str, int]]:
    """Per occupation, the column of its SOC code's parent (its own when none), the
    number of listed titles of that family (at least one), and each code's column."""
    parent = specialties(codes)[0]
    family = np.where(parent >= 0, parent, np.arange(len(codes)))
    total = _counts(_line(TOTAL))
    own = np.array([total.get(c, 0) for c in codes], dtype=np.float64)
    titles = np.maximum(np.bincount(family, own, len(codes))[family], 1.0)
    return family, titles, {code: k for k, code in enumerate(codes)}


def ending_counts(ending: str) -> dict[str, int]:
    """Per occupation code, how many of its listed titles end with ``ending``
    (normalised); empty for an ending no two listed titles share."""
    return _counts(_line(ending))


def _codes(found: Counter[str]) -> str:
    """ "code:n" pairs, sorted by code."""
    return " ".join(f"{code}:{n}" for code, n in sorted(found.items()))


def _counts(text: str) -> dict[str, int]:
    """A line's "code:n" pairs as a mapping."""
    pairs = (item.split(":") for item in text.split())
    return {code: int(n) for code, n in pairs}


#: Look-ups that find their line in the file's text before it is split into a table by
#: ending: a score asks two or three (0.14 ms each), the table costs 6.6 ms CPU to build
#: (12.8k lines), a batch asks thousands.
SCANS = 8


class _Endings:
    """The shipped file's text, and its lines by ending once :data:`SCANS` look-ups
    have read the text (read when a title typed alone first ties)."""

    def __init__(self) -> None:
        self.text = ENDINGS_FILE.read_text(encoding="utf-8")
        self.scans = 0
        self.table: dict[str, str] | None = None


@functools.cache
def _endings() -> _Endings:
    return _Endings()


def _line(ending: str) -> str:
    """The "code:n" pairs of ``ending``'s line, "" when the file has none. The file is
    sorted, one line an ending, each "ending,pairs": the line starts the text or follows
    a newline, and ends at the next."""
    found = _endings()
    if found.table is None and found.scans < SCANS:
        found.scans += 1
        text, key = found.text, f"{ending},"
        if text.startswith(key):
            at = 0
        else:
            at = text.find(f"\n{key}") + 1
            if not at:
                return ""
        end = text.find("\n", at)
        return text[at + len(key) : end if end >= 0 else len(text)]
    if found.table is None:
        found.table = dict(row.split(",", 1) for row in found.text.splitlines())
    return found.table.get(ending, "")
