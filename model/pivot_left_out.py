"""What a pivot list leaves out at the person's own job zone, and why: the note under a
list of graduate-degree moves says whether the rules dropped the level moves (the same
job elsewhere, shrinking, no safer) or the list's length cut them.

Both pivot paths (``model/pivot_one.py``, ``model/pivot_scoring.py``) ask it after
:func:`model.pivot_rules.move_rules` has decided which candidates are offered; it reads
the same figures and rules, so its reasons are the rules' own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from career_resilience.model.pivot_rules import EXPOSURE_JUMP, MIN_FIT, MIN_GAIN, Moves

if TYPE_CHECKING:  # built in pivot_shown, which imports this module
    from career_resilience.model.pivot_shown import Figures


class LeftOut(NamedTuple):
    """O*NET related moves at the person's job zone or below that the list does not show:
    ``moves`` the rules left out, and why (keys of ``wording.LEVEL_REASONS``), and ``cut``
    the rules kept but the list's length left out, and why (``wording.LEVEL_CUT`` keys)."""

    moves: int
    reasons: tuple[str, ...]
    cut: int = 0
    cut_kinds: tuple[str, ...] = ()


def left_out_at_level(
    col: dict[str, np.ndarray],
    flags: dict[str, np.ndarray],
    moves: Moves,
    part: slice,
    f: Figures,
    shown: Sequence[int],
    fill: int,
) -> LeftOut | None:
    """What the list leaves out at the person's own level, when it shows none there.

    ``part`` is the person's run of candidates, ``f`` their figures, ``shown`` the
    candidates listed and ``fill`` how many pivots steps down may bring a list up to
    (``Person.fill``). A teacher's related moves at their level are all dropped by design
    (the same job elsewhere, shrinking, or no safer and no more resilient), so their list
    is all graduate-degree moves; a middle-school teacher's steps down were kept but cut
    by the list's length (steps down only fill a short list): the note says both.
    """
    start = part.start or 0
    own = ~col["hand_written"][part] & ~f.up[part] & (f.step[part] <= 0) & (f.close[part] >= 0)
    if "reverse" in col:  # O*NET's own list of the person's work, not those listing it
        own &= ~col["reverse"][part]
    kept = own & moves.worth[part]
    kept[np.asarray(shown, dtype=np.intp) - start] = False
    out = np.flatnonzero(own & ~moves.worth[part])
    if not len(out) and not kept.any():
        return None
    found = _left_out_why(col, flags, f, part, out)
    cut = np.flatnonzero(kept) + start
    kinds = {
        "down": (f.step[cut] < 0).any() and fill > 0,
        "down_calm": (f.step[cut] < 0).any() and fill == 0,
        "level": (moves.level[cut] & (f.step[cut] == 0)).any(),
        "ranked": (~moves.level[cut] & (f.step[cut] == 0)).any(),
    }
    return LeftOut(
        len(out),
        tuple(k for k, v in found.items() if v),
        len(cut),
        tuple(k for k, v in kinds.items() if v),
    )


def _left_out_why(
    col: dict[str, np.ndarray],
    flags: dict[str, np.ndarray],
    f: Figures,
    part: slice,
    out: np.ndarray,
) -> dict[str, bool]:
    """Which of the rules' reasons left out the candidates ``out`` (within ``part``)."""
    same = col["same_job"][part][out]
    shrinking = flags["shrinking"][part][out] & ~same
    rest = ~same & ~shrinking
    safer = f.exposure_change[part][out] <= -EXPOSURE_JUMP
    steady = ~safer & ~flags["above_typical"][part][out]
    return {
        "same_job": bool(same.any()),
        "shrinking": bool(shrinking.any()),
        "not_safer": bool((rest & steady).any()),
        "no_gain": bool((rest & ~steady & (f.change[part][out] < MIN_GAIN)).any()),
        "far": bool((rest & (f.fit[part][out] < MIN_FIT)).any()),
    }
