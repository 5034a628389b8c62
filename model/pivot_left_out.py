"""What a pivot list leaves out at the person's own job zone, and why: the note under a
list of graduate-degree moves says whether the rules dropped the level moves (the same
job elsewhere, shrinking, no safer) or the list's length cut them; so does the note
under a short list (:data:`SHORT_LIST`), where a coach's first question is why O*NET's
other relatives of the work are not there (a farmer saw one move and no word why).

The pivot path (``model/pivot_scoring.py``) asks it after
:func:`model.pivot_rules.move_rules` has decided which candidates are offered; it reads
the same figures and rules, so its reasons are the rules' own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from career_resilience.model.pivot_rules import Moves
from career_resilience.model.pivot_thresholds import EXPOSURE_JUMP, MIN_FIT, MIN_GAIN

#: A list shorter than this (of someone who should weigh a move) says why it is short,
#: and what the rules left out at the person's own level (:func:`wanted`).
SHORT_LIST = 3

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
    #: How many of ``moves`` each of ``reasons`` left out (each move counts once, under
    #: its first reason), in the same order.
    counts: tuple[int, ...] = ()


class Run(NamedTuple):
    """One person's run of candidates as the move rules decided it: what the notes on
    what a list left out read (:func:`left_out_at_level`, ``pivot_withheld``), in one
    bundle so the two read the same figures the same way.

    ``col`` and ``flags`` are the candidate columns and their rule flags
    (``model/pivot_rule_flags.py``), ``moves`` the rules' verdicts, ``part`` the
    person's run within them, ``f`` the figures, ``shown`` the candidates listed, and
    ``doctoral`` whether the person is in doctoral work, so doctoral school closes no
    move to them (``pivot_rules``).
    """

    col: dict[str, np.ndarray]
    flags: dict[str, np.ndarray]
    moves: Moves
    part: slice
    f: Figures
    shown: Sequence[int]
    doctoral: bool = False


def wanted(steps: Sequence[int]) -> bool:
    """Whether a list whose pivots are ``steps`` job zones up needs :func:`left_out_at_level`
    for its note: every move listed is a step up, or the list is short."""
    return len(steps) < SHORT_LIST or all(step > 0 for step in steps)


def left_out_at_level(run: Run, fill: int, unnamed: np.ndarray | None = None) -> LeftOut | None:
    """What the list leaves out at the person's own level, when it shows none there.

    ``run`` is the person's run of candidates (:class:`Run`); ``fill`` how many pivots
    steps down may bring a list up to (``Person.fill``). A teacher's related moves at
    their level are all dropped by design (the same job elsewhere, shrinking, or no
    safer and no more resilient), so their list is all graduate-degree moves; a
    middle-school teacher's steps down were kept but cut by the list's length (steps
    down only fill a short list): the note says both. ``unnamed``: the specialties
    nothing of the person names (``pivot_specialty``), by place in the whole candidate
    columns (None: none).
    """
    col, moves, part, f, shown = run.col, run.moves, run.part, run.f, run.shown
    start = part.start or 0
    own = ~col["hand_written"][part] & ~f.up[part] & (f.step[part] <= 0) & (f.close[part] >= 0)
    if "reverse" in col:  # O*NET's own list of the person's work, not those listing it
        own &= ~col["reverse"][part]
    kept = own & moves.worth[part]
    kept[np.asarray(shown, dtype=np.intp) - start] = False
    out = np.flatnonzero(own & ~moves.worth[part])
    if not len(out) and not kept.any():
        return None
    specialty = None if unnamed is None else unnamed[part][out]
    found = left_out_why(run, out, specialty)
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
        tuple(v for v in found.values() if v),
    )


def left_out_why(run: Run, out: np.ndarray, specialty: np.ndarray | None = None) -> dict[str, int]:
    """How many of the candidates ``out`` (within ``run.part``) each of the rules'
    reasons left out: each candidate counts under its first, in the order below, so that
    "each is a, b or c" is true of every one (a farmer's agricultural technicians,
    growing but 11 points more exposed, had fallen under none of the reasons said)."""
    col, flags, f, part = run.col, run.flags, run.f, run.part
    same = col["same_job"][part][out]
    left = ~same
    shrinking = left & flags["shrinking"][part][out]
    left &= ~shrinking
    below = left & ~flags["not_below"][part][out]
    left &= ~below
    closed = left & (False if run.doctoral else ~flags["not_doctoral"][part][out])
    left &= ~closed
    named = left & (specialty if specialty is not None else False)
    left &= ~named
    exposure = f.exposure_change[part][out]
    exposed = left & (exposure > EXPOSURE_JUMP) & flags["not_low"][part][out]
    left &= ~exposed
    far = left & (f.fit[part][out] < MIN_FIT)
    left &= ~far
    safer = exposure <= -EXPOSURE_JUMP
    steady = left & ~safer & ~flags["above_typical"][part][out]
    left &= ~steady
    no_gain = left & (f.change[part][out] < MIN_GAIN)
    left &= ~no_gain
    down = left & (f.step[part][out] < 0)
    left &= ~down
    return {
        "same_job": int(same.sum()),
        "shrinking": int(shrinking.sum()),
        "below": int(below.sum()),
        "doctoral": int(closed.sum()),
        "specialty": int(named.sum()),
        "more_exposed": int(exposed.sum()),
        "not_safer": int(steady.sum()),
        "no_gain": int(no_gain.sum()),
        "down": int(down.sum()),
        "far": int(far.sum()),
        # A rule for someone who need not move, or a sibling supervisor only a guess at
        # their work relates (``pivot_rules``): no words of its own (rare).
        "other": int(left.sum()),
    }
