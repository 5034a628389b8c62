"""The moves the rules offer, by kind: what :func:`~career_resilience.model.pivot_rules.move_rules`
hands the list's order (``model/pivot_shown.py``) and the fallback (``model/pivot_fallback.py``).

Split from ``model/pivot_rules.py``, which decides each field and re-exports the class.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np


class Moves(NamedTuple):
    """Which candidates are offered, and the kinds of move :func:`shown_order` cuts by."""

    worth: np.ndarray  # offered at all
    gains: np.ndarray  # raises resilience enough (a step up: costs little enough)
    level: np.ndarray  # about as resilient: after the moves in reach that raise it
    down: np.ndarray  # a step down in job zone: only fills a short list, last
    costly: np.ndarray  # a step up that costs resilience (for one who need not move)
    long_shot: np.ndarray  # fit shown under LONG_SHOT: shown after every other move
    far: np.ndarray  # out of reach (``pivot_rank.in_reach``): placed by its rank among
    # the level moves (for one who need not move, after them)
    # Job-zone steps of new licensed school (None: none counts): long shots for it
    # come after the others, the longest school last.
    school: np.ndarray | None = None
    # A new degree first (a licence's school of one job-zone step or more: a
    # pharmacist's physician assistant master's), not the next rung of the person's own
    # licence: after the moves that ask none (``pivot_order.shown_order``).
    degree: np.ndarray | None = None
    # Each candidate's resilience change and fit (None: not weighed): a level move that
    # fits better keeps its rank place above a move that gains little more
    # (``pivot_level.level_places``).
    change: np.ndarray | None = None
    fit: np.ndarray | None = None
    # Offered when a person's list would otherwise be empty (``fallback``): the moves
    # that gain and pass every rule but the MIN_FIT floor and a hand-written role's
    # closeness from its adjacent categories.
    spare: np.ndarray | None = None
    # Whose work is highly exposed (``FEW_IF_EXPOSED``), per candidate.
    exposed: np.ndarray | None = None
    # The spare moves with something to point to (``FALLBACK_FIT``); None: all are.
    firm: np.ndarray | None = None
    # A year of new licensed school first, short of a degree (``YEAR_STEPS``), not the
    # next rung of the person's own licence (None: none asks it): after a quicker move
    # that gains as much (``pivot_level.school_places``).
    slow: np.ndarray | None = None
    # Close moves that cost resilience (``NEAR_COST``), offered only to fill a list
    # short of NEAR_FILL, after every other move but the long shots (None: none).
    near: np.ndarray | None = None
    # Of those, the ones as close as O*NET's first tier or a typical related move: they
    # take a long shot's place in a list short of such moves (``pivot_shown``).
    close_near: np.ndarray | None = None
    # Hand-written roles (AI-era work, or moves O*NET does not list): out of reach, their
    # claim to the person's kind of work has nothing behind it (``pivot_rank.rank_of``),
    # so the natural step up is listed before them (``pivot_order.shown_order``).
    role: np.ndarray | None = None
    # Of those roles, the ones out of reach that would leave the person clearly more
    # exposed to AI (``pivot_thresholds.EXPOSURE_JUMP``): after O*NET's own moves, those that
    # ask a degree first included (``pivot_order.shown_order``).
    exposed_claim: np.ndarray | None = None
