"""Who is offered the moves the rules kept aside, and when the close moves join.

Split from ``model/pivot_rules.py`` (which decides which candidates are worth offering):
after :func:`~career_resilience.model.pivot_rules.move_rules`, both pivot paths ask
:func:`fallback` whose list would be empty, or too short for highly exposed work, and
offer those people the spare moves under the fit floor; the close moves that cost
resilience (``Moves.near``) then join the offered, to fill a short list last
(``pivot_order.shown_order``).
"""

from __future__ import annotations

import numpy as np

from career_resilience.model.pivot_rules import Moves
from career_resilience.model.pivot_thresholds import FEW_IF_EXPOSED, LONG_SCHOOL_STEPS, MIN_FIT


def fallback(moves: Moves, seg: np.ndarray | None = None, people: int = 1) -> Moves:
    """``moves`` with each person whose list would be empty (but for a costly step up)
    offered their ``spare`` moves (every rule kept but the MIN_FIT floor and a
    hand-written role's closeness from the categories it names; under that floor, each
    is a long shot): those with something to point to (``FALLBACK_FIT``), or all of them
    for a person who would otherwise have none.

    ``seg`` says whose each candidate is (None: one person's).
    """
    moves = _with_spare(moves, seg, people)
    # Close moves that cost resilience fill a short list after the rest
    # (``pivot_order.shown_order``); they are no move that raises it, so they leave the
    # spare long shots of an empty list in.
    if moves.near is not None:
        moves = moves._replace(worth=moves.worth | moves.near)
    return moves


def _with_spare(moves: Moves, seg: np.ndarray | None, people: int) -> Moves:
    """:func:`fallback`'s spare moves, for whoever needs them."""
    spare = moves.spare
    if spare is not None and moves.exposed is not None and moves.fit is not None:
        # Under the fit floor only for highly exposed work (the most exposed worker is
        # never left with nothing); anyone else with no move is told how to stay where
        # they are: a judge (exposure 57) had been offered AI evaluation work at fit 6%,
        # 41 points more exposed, as their one move.
        spare = spare & (moves.exposed | (moves.fit >= MIN_FIT))
        if moves.exposed_claim is not None:
            # Nor, for them, a role out of reach that would leave them clearly more
            # exposed (``Moves.exposed_claim``): a forester (46) had been offered AI
            # evaluation work, fit 15% and 52 points more exposed, as their one move.
            spare = spare & (moves.exposed | ~moves.exposed_claim)
    if spare is None or not spare.any():
        return moves
    # A step up that costs resilience (``NATURAL_STEP``) is no move to raise it: a list
    # holding only that is empty of those.
    offered = moves.worth & ~moves.costly
    few = 1 if moves.exposed is None else np.where(moves.exposed, FEW_IF_EXPOSED, 1)
    firm = spare if moves.firm is None else spare & moves.firm
    # With nothing to point to, a move whose licence asks years of new school first is
    # no fallback either: an epidemiologist had been offered nurse practitioner work at
    # fit 0% (a nursing degree, then an APRN master's) as their one move.
    loose = spare if moves.school is None else spare & (moves.school < LONG_SCHOOL_STEPS)
    if seg is None:
        short = int(offered.sum()) < few
        # With nothing else to show, the list shows the long shots under the floor too.
        bare = not (offered | firm).any()
    else:
        short = np.bincount(seg[offered], minlength=people)[seg] < few
        bare = np.bincount(seg[offered | firm], minlength=people)[seg] == 0
    return moves._replace(worth=moves.worth | ((firm | (loose & bare)) & short))
