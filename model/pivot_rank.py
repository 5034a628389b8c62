"""Whether each move is in the person's reach, and the rank that orders the moves.

The pivot path (``model/pivot_scoring.py``, for one person or a batch) calls these on
its arrays. The formula is in ``model/occupation_pivots.py`` and the README ("Pivots").
"""

from __future__ import annotations

import numpy as np

from career_resilience.model.pivot_thresholds import ROLE_CLOSER

#: Core skills and key products from which the skills part of the fit has its full weight.
FULL_EVIDENCE = 6
#: The fit's weights (the README's "fit"): work activities, the skills part at its full
#: weight, and what each job-zone step past the first costs.
W_ACTIVITIES, W_SKILLS, ZONE_PENALTY = 0.6, 0.4, 0.08
W_FIT, W_CLOSE, W_GAIN, GAIN_SCALE = 0.5, 0.25, 0.25, 20.0


def in_reach(
    core_len: np.ndarray,
    product_len: np.ndarray,
    core_held: np.ndarray,
    products_held: np.ndarray | float,
    told: object,
    work_alike: np.ndarray | bool = True,
) -> np.ndarray:
    """Per slot, whether the resilience the move adds is within the person's reach.

    In reach: the person holds one of its core skills or key products. Holding none,
    the skills decide when they can: the person named skills (or their title or duties
    named some) and the target names core skills and, with its key products, enough of
    them for the skills part of the fit to weigh fully (``FULL_EVIDENCE``): out of
    reach. Where the skills cannot decide (a target naming one or two core skills, a
    person who named no skill) reach comes from the work (``work_alike``, see
    :func:`alike`), not assumed: a welder, holding none of an industrial machinery
    mechanic's two core skills and with work less alike than a typical O*NET related
    move, had it ranked first (fit 36%) for the resilience it adds.

    (Both paths add one more way in after this: an AI-era role drawn partly from the
    person's own occupation, the frame's ``own_anchor`` column, ``pivot_frame``.)
    """
    held = (core_held > 0) | (np.asarray(products_held) > 0)
    enough = (core_len > 0) & (core_len + product_len >= FULL_EVIDENCE)
    decided = enough & np.asarray(told, bool)
    return held | (~decided & np.asarray(work_alike, bool))


def alike(known: np.ndarray, closer: np.ndarray) -> np.ndarray:
    """Per slot, whether the work is as alike as a typical O*NET related move is to its
    own (closer than ``ROLE_CLOSER`` of them: the share the fit scores, the same one a
    hand-written role must pass from a source category). A slot with no activity data
    has no evidence against it."""
    return ~known | (closer >= ROLE_CLOSER)


def rank_of(
    fit: np.ndarray,
    close: np.ndarray,
    change: np.ndarray,
    reach: np.ndarray,
    claimed: np.ndarray | bool = False,
    closer: np.ndarray | None = None,
    work_alike: np.ndarray | bool = True,
) -> np.ndarray:
    """The rank of each move: fit, closeness and the resilience it adds (README formula).

    A move out of reach (``in_reach``) earns no rank for the resilience it would add (a
    loss still counts against it): a seamstress holding none of a critical facilities
    technician's six core skills saw it first, above a supervisor's step of fit 54%, for
    the +21 points a move she has no way into would add. A hand-written role's
    closeness (``claimed``) is only its claim that the person's kind of work leads into
    it (its adjacent categories, 0.8 for any production worker); out of reach, that
    claim has nothing behind it and the role ranks on its fit: the seamstress's
    facilities move (fit 34%, closeness 0.8) still ranked above Craft Artists (fit 44%,
    O*NET's closeness 0.34), both out of reach. In reach, the claim counts no more than
    the person's work activities bear out where they are less alike to the role's than a
    typical O*NET related move's (``work_alike`` False, :func:`alike`): its closeness is
    then ``closer``, the share of O*NET's related pairs less alike. A cashier's pharmacy
    technician role (fit 26%, claimed 0.8 for retail work, its activities closer than 23%
    of related moves) had ranked first, above supervising retail sales (fit 60%, a
    close relative in O*NET), "for the resilience it adds: +24 points against +1".
    """
    gain = np.minimum(np.maximum(change / GAIN_SCALE, -1.0), 1.0)
    gain = np.where(reach, gain, np.minimum(gain, 0.0))
    claims = np.asarray(claimed, bool)
    close = np.where(reach | ~claims, close, 0.0)
    if closer is not None:
        unlike = claims & ~np.asarray(work_alike, bool)
        close = np.where(unlike, np.minimum(close, closer), close)
    return W_FIT * fit + W_CLOSE * close + W_GAIN * gain
