"""A stand-in occupation match for pivots: the O*NET titles a typed title names exactly.

Used only where the engine has no occupation model of its own. The typed title is
normalised (seniority words and punctuation dropped, as the title search does) and
looked up among all O*NET titles; when it names none, leading words are dropped until
it does ("night shift cashier" finds "cashier"). The probability is shared among the
occupations that carry the title, and is lower for a shortened title, so pivots built
on a weak match come as the short, labelled "confirm your occupation" list.
"""

from __future__ import annotations

import functools

import numpy as np

from career_resilience.skills.occupations import occupation_data
from career_resilience.skills.titles import search_key

#: Certainty given to the whole title found exactly, and to a shortened one.
EXACT, SHORTENED = 0.6, 0.3


@functools.cache
def _index() -> dict[str, tuple[str, ...]]:
    """Normalised title -> the occupations that carry it (built once per process)."""
    found: dict[str, list[str]] = {}
    for code, title, _kind in occupation_data().titles:
        codes = found.setdefault(search_key(title), [])
        if code not in codes:
            codes.append(code)
    return {k: tuple(v) for k, v in found.items() if k}


def title_match_matrix(roles: list[str]) -> tuple[list[str], np.ndarray]:
    """The matches of a batch of titles as a probability matrix over the codes they name."""
    found = [title_matches(role) for role in roles]
    codes = sorted({code for matches in found for code, _ in matches}) or [""]
    column = {code: j for j, code in enumerate(codes)}
    proba = np.zeros((len(roles), len(codes)))
    for i, matches in enumerate(found):
        for code, p in matches:
            proba[i, column[code]] = p
    return codes, proba


def title_matches(role: str) -> tuple[tuple[str, float], ...]:
    """``(onet_soc, probability)`` for the occupations a typed title names, best first."""
    words = search_key(role).split()
    index = _index()
    for start in range(len(words)):
        codes = index.get(" ".join(words[start:]))
        if codes:
            weight = (EXACT if start == 0 else SHORTENED) / len(codes)
            return tuple((code, weight) for code in sorted(codes)[:5])
    return ()
