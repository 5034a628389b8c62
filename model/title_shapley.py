"""Title-word drivers as Shapley values: each word's fair share of what the whole title does.

Leaving one word out, as the drivers of skills and duty lines do, misleads for the words
of a title, because they work together: "911 dispatcher" without "dispatcher" still
matches public-safety telecommunicators, and "911" alone a shade better, so leave-one-out
told a dispatcher that the word "dispatcher" lowers their exposure. A Shapley value
averages a word's effect over every order the words could be typed in, starting from no
title at all; the words' values add up to the whole title's effect, and a word that only
works together with the others shares the credit instead of taking the blame.

A word may still point the other way than the title as a whole when it genuinely moves
the match elsewhere: "CNC" turns a programmer into a CNC tool programmer, less exposed
than a computer programmer. Such a word keeps its own sign only when leaving it out
changes which occupation comes first *and* the word alone pushes the same way; otherwise
the title is credited as one driver. Titles of more than :data:`SHAPLEY_WORDS` words are
credited as one too: their subsets would cost 2^n look-ups of 52k titles.
"""

from __future__ import annotations

from itertools import combinations
from math import factorial

#: Longest title (in typed words, seniority dropped) whose words are credited one by one.
SHAPLEY_WORDS = 4

Subset = tuple[int, ...]


def proper_subsets(n: int) -> list[Subset]:
    """Every subset of ``range(n)`` but the empty and the full one, smallest first."""
    return [s for size in range(1, n) for s in combinations(range(n), size)]


def shapley_values(n: int, value: dict[Subset, float]) -> list[float]:
    """Each word's Shapley value, from ``value`` of every subset (sorted index tuples)."""
    out = []
    for i in range(n):
        others = [k for k in range(n) if k != i]
        phi = 0.0
        for size in range(n):
            weight = factorial(size) * factorial(n - size - 1) / factorial(n)
            for s in combinations(others, size):
                phi += weight * (value[tuple(sorted((*s, i)))] - value[s])
        out.append(phi)
    return out


def title_credit(
    words: list[str],
    value: dict[Subset, float],
    top: dict[Subset, int],
    min_effect: float,
    phi: list[float] | None = None,
) -> list[tuple[str, float]]:
    """The title's drivers: ``(name, points)`` per word, or the whole title as one.

    ``value`` is the exposure shown with only the words of each subset typed (``()``: no
    title at all), ``top`` the occupation then placed first (read only for the whole
    title and, when a word runs against it, for the title without that word);
    ``min_effect`` the smallest effect worth a line (a smaller one cannot mislead anyone).
    ``phi``: each word's points when worked out over more than the title (the Shapley
    values of a game whose players are the title's words, skills and duty lines,
    ``item_shapley``; one value for a title credited whole); None: the Shapley values
    over the title's words in ``value``.
    """
    n = len(words)
    full = tuple(range(n))
    if phi is None:
        phi = shapley_values(n, value) if n <= SHAPLEY_WORDS else [value[full] - value[()]]
    total = sum(phi)
    whole = [(f'title "{" ".join(words)}"', total)]
    if n > SHAPLEY_WORDS:
        return whole
    for i, effect in enumerate(phi):
        if effect * total < 0 and abs(effect) >= min_effect:
            # The word alone first: where it does not push the same way, no one needs
            # to know whether leaving it out moves the match (a look-up of 52k titles).
            alone = value[(i,)] - value[()]
            if not alone * total < 0:
                return whole
            rest = tuple(k for k in full if k != i)
            if top[rest] == top[full]:
                return whole
    return [(f'title "{word}"', effect) for word, effect in zip(words, phi, strict=True)]
