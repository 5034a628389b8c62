"""How a variant of the profile reads with only some items' part of the category logits.

``driver_category`` splits the category model's logits between the items, exactly
(the model is linear before its softmax). A score takes two things from the
classifier's probabilities, and both are worked out for the drivers' variants here:

- the match's ``category_agrees`` column, the logarithm of each occupation's category
  share: each item's part of it is its part of the category's logit (the normaliser is
  the same for every occupation, so it moves none against another), with what the
  column's floor adds shared between the items (:func:`_column_shares`). The column is
  then one more term of each item's part of the match's logits (the variants stay
  products of ``exp(part)``, ``driver_variants``), and the match with nothing typed and
  with the profile is exactly what a score reads, where the drivers' total starts and
  ends;
- the AI-era share ``q`` and its categories' figure (``grounded``), which take the match's
  place by their share: per variant, from its own logits; skipped when no variant's
  share can pass the floor (most work is not AI-era work).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from career_resilience.model.grounded import AI_ERA_FLOOR
from career_resilience.model.occupation_match import CATEGORY_FLOOR

if TYPE_CHECKING:
    from career_resilience.model.driver_category import CategoryFrame

#: The category column's floor as a logarithm.
LOG_FLOOR = float(np.log(CATEGORY_FLOOR))


class AiShare(NamedTuple):
    """Per variant, the AI-era share of the result and those categories' figure."""

    q: np.ndarray
    figure: np.ndarray


class CategorySplit:
    """The category model's logits of one profile (``full``) and each player's part of
    them (``parts``: the title's players, then the items)."""

    def __init__(self, frame: CategoryFrame, full: np.ndarray, parts: np.ndarray) -> None:
        self.frame, self.full, self.parts = frame, full, parts
        total = np.add.reduce(parts, axis=0)
        self.none = none = full - total  # every player left out
        # Nothing held, the profile, and the largest AI-era share any variant can have
        # (each AI-era category with every part that raises it, every other category
        # with every part that lowers it), read in one go.
        rise = np.add.reduce(np.maximum(parts, 0.0), axis=0)
        rows = np.empty((3, len(full)))  # filled in place: np.stack's Python steps cost
        rows[0], rows[1] = none, full
        np.add(none, np.where(frame.ai, rise, total - rise), out=rows[2])
        rows -= np.maximum.reduce(rows, axis=1, keepdims=True)
        framing, every, ai = (np.exp(rows) @ frame.sums[:, :3]).T
        self.ai = bool(ai[2] > AI_ERA_FLOOR * every[2])
        # Each category's log share among the framing ones, at both ends.
        self._share = rows[:2] - np.log(framing[:2])[:, None]

    def column_parts(self) -> np.ndarray:
        """(players, occupations) float32: each player's part of the match's logits
        through the ``category_agrees`` column (times its weight)."""
        frame = self.frame
        if not len(self.parts):
            return np.zeros((0, len(frame.frame)), np.float32)
        share = _column_shares(frame, self._share, self.parts)
        if len(frame.either):  # then the columns of occupations agreeing with two kinds
            share = np.concatenate([share, _either_shares(frame, self._share, self.parts)], 1)
        share *= frame.weight
        # Each occupation's category's column taken, in C order (the transposed gather
        # cost 2.5x this, and the variants read the rows contiguously).
        return share.astype(np.float32).take(frame.frame, axis=1)

    def ai_share(self, logits: np.ndarray) -> AiShare:
        """The AI-era share and figure of variants with these category ``logits``."""
        p = logits - np.maximum.reduce(logits, axis=1, keepdims=True)
        np.exp(p, out=p)
        every, ai, figure = (p @ self.frame.sums[:, 1:]).T
        q = np.minimum(np.maximum((ai / every - AI_ERA_FLOOR) / (1 - AI_ERA_FLOOR), 0.0), 1.0)
        return AiShare(q, figure / np.maximum(ai, 1e-300))


def _column_shares(frame: CategoryFrame, share: np.ndarray, parts: np.ndarray) -> np.ndarray:
    """(players, categories): each player's part of the ``category_agrees`` column's
    move from nothing held to the profile (``share``: each category's log share among
    the framing ones at both ends).

    The column of category ``c`` is ``max(logits_c - lse, floor)`` over the categories
    framing an occupation (``occupation_match.set_category``). ``lse`` is the same for
    every occupation, so it moves none of them against another: without the floor, a
    player's part of the column is its part of the logits, exactly. Where a category's
    share is at the floor at either end, what the floor adds to its move is shared in
    proportion to the players' parts of that category's logit (equally when none has
    one), so the parts add up to the move at both ends."""
    framing = frame.framing
    share = share[:, framing]
    if np.minimum.reduce(share, axis=None) >= LOG_FLOOR:
        return parts
    out = parts.copy()
    lift = np.maximum(share, LOG_FLOOR) - share  # what the floor adds at each end
    size = np.abs(parts[:, framing])
    total = np.add.reduce(size, axis=0)
    if not np.logical_and.reduce(total):  # equally where no player has a part
        size[:, total == 0] = 1.0
        total = np.add.reduce(size, axis=0)
    out[:, framing] += (lift[1] - lift[0]) * (size / total)
    return out


def _either_shares(frame: CategoryFrame, share: np.ndarray, parts: np.ndarray) -> np.ndarray:
    """(players, pairs): each player's part of the column of occupations agreeing with
    either of two kinds of work (``category_agree``), the log of the two kinds' summed
    share, floored.

    The pair's log share moves by ``logaddexp`` of its two kinds', which no sum of the
    players' parts gives exactly: each player's part is its parts of the two kinds'
    logits weighed by each kind's mean share of the pair at both ends, and what that
    leaves of the move is shared in proportion to those parts (equally when none has
    one), so the parts add up to the move at both ends, plus the move of the
    normaliser every category column carries (``_column_shares``)."""
    a, b = frame.either[:, 0], frame.either[:, 1]
    pair = np.logaddexp(share[:, a], share[:, b])  # (2, pairs): both ends
    weight_a = np.exp(share[:, a] - pair).mean(axis=0)
    raw = parts[:, a] * weight_a + parts[:, b] * (1.0 - weight_a)
    # The normaliser's move: a category's logit parts less its log share's move.
    normaliser = np.add.reduce(parts[:, a], axis=0) - (share[1, a] - share[0, a])
    floored = np.maximum(pair, LOG_FLOOR)
    left = floored[1] - floored[0] + normaliser - np.add.reduce(raw, axis=0)
    size = np.abs(raw)
    total = np.add.reduce(size, axis=0)
    if not np.logical_and.reduce(total):  # equally where no player has a part
        size[:, total == 0] = 1.0
        total = np.add.reduce(size, axis=0)
    out: np.ndarray = raw + left * (size / total)
    return out
