"""Shapley values over a profile's items: each one's fair share of what they move together.

A profile's title, skills and duty lines often point to the same work: a farmhand's
title, "tractor" and "Feed the cattle" all say farm work. Taken out one at a time, each
moves the score little, because the others still say it; so leave-one-out credited each
item with a point or two and left what they move together (18.6 points for a farmhand)
to the last line of the drivers. A Shapley value averages an item's effect over every
order the items could be typed in, from none of them to all: the values add up to what
the items do together against none of them, and what several items say alike is shared
between them instead of credited to none.

Exact over up to :data:`MAX_PLAYERS` items: 2^6 = 64 variants of the profile, each one
softmax over the 950 occupations (``grounded_drivers`` builds them from the items'
parts of each logit, without matching again). With more items, those that move the
score most on their own play (:func:`players`); the others are credited by what they
add beside all the rest.
"""

from __future__ import annotations

from functools import cache
from math import factorial

import numpy as np

#: Items credited by exact Shapley values (2^n variants of the profile each score).
MAX_PLAYERS = 6


@cache
def members(n: int) -> np.ndarray:
    """(2^n, n) bool: coalition ``k`` holds player ``j`` when bit ``j`` of ``k`` is set
    (row ``2^n - 1`` is every player, row 0 none)."""
    k = np.arange(1 << n)[:, None]
    held = (k >> np.arange(n)[None, :]) & 1 == 1
    held.flags.writeable = False  # shared by every score
    return held


@cache
def _weights(n: int) -> np.ndarray:
    """(n, 2^n) float64 such that ``_weights(n) @ values`` is each player's Shapley
    value: player ``j`` gains ``|S|! (n-|S|-1)! / n!`` times ``v(S + j) - v(S)`` over
    every coalition ``S`` without it."""
    held = members(n)
    size = held.sum(axis=1)
    out = np.zeros((n, 1 << n))
    for j in range(n):
        inside = held[:, j]
        # A coalition holding j is some S + j (|S| = size - 1); one without it is S.
        out[j, inside] = [factorial(s - 1) * factorial(n - s) for s in size[inside]]
        out[j, ~inside] = [-factorial(s) * factorial(n - s - 1) for s in size[~inside]]
    out /= factorial(n)
    out.flags.writeable = False
    return out


def shapley(values: np.ndarray) -> np.ndarray:
    """Each player's Shapley value from ``values[k]``, the value of coalition ``k``
    (:func:`members`); they add up to ``values[-1] - values[0]``."""
    n = (len(values) - 1).bit_length()
    return _weights(n) @ values


def players(fixed: int, alone: np.ndarray) -> list[int]:
    """The items that play, as indices into ``alone`` (how far each candidate moves
    the match on its own): all of them when they fit beside the ``fixed`` players (the
    title's units), else those that move it most, in their typed order. An item that
    moves the match much on its own is the one whose overlap with the others is worth
    sharing; one that moves little alone overlaps little."""
    room = max(MAX_PLAYERS - fixed, 0)
    if len(alone) <= room:
        return list(range(len(alone)))
    size = np.abs(alone).tolist()
    return sorted(sorted(range(len(size)), key=lambda k: -size[k])[:room])
