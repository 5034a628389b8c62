"""Where a move about as resilient as the person's work goes among those that raise it.

A move that changes resilience by less than ``MIN_GAIN`` points (``Moves.level``) is
listed after the moves that raise it (``pivot_order.shown_order``): the list is for
moves toward more resilience. But a gain is only worth a place above a better-fitting
level move when it is larger than the level move's by more than the scores' rounding:
a forklift driver's paving work (fit 42%, +2.2) had been listed above machine feeding
(fit 72%, +0.9) and said to rank there "for the resilience it adds: +2 points against
+1 point"; an electrician's data-centre work (fit 65%, +2.8) above electrical repair
work (fit 83%, +1.5). Below that difference a level move that fits better keeps its
rank place (fit, closeness and gain together, ``pivot_rank.rank_of``); one that fits no
better still goes after (a paramedic's practical nursing, fit 37% and +1.6, stays after
health services management, 42% and +2.2, and takes no place of the moves that gain).
"""

from __future__ import annotations

import numpy as np

from career_resilience.model.pivot_thresholds import MIN_GAIN


def level_places(
    seq: np.ndarray,
    level: np.ndarray,
    leads: np.ndarray,
    change: np.ndarray | None,
    fit: np.ndarray | None,
) -> np.ndarray:
    """``seq`` (candidates best ranked first) with each level move placed after the last
    leading move (``leads``: those in reach that raise resilience) ranked below it whose
    resilience change betters its own by ``MIN_GAIN`` or more, or whose fit is as high;
    the rest keep their order. ``level``, ``leads``, ``change`` and ``fit`` are per
    candidate.

    Without ``change`` or ``fit`` (None) every leading move counts: each level move then
    goes after the last of them, as it did before the gain's size was weighed.
    """
    flat = level[seq]
    if len(seq) < 2 or not flat.any():
        return seq
    # Plain Python over the few candidates of one person's list (a dozen or so): a
    # numpy step each costs more than the loop.
    flat, led = flat.tolist(), leads[seq].tolist()
    weighed = change is not None and fit is not None
    gain = change[seq].tolist() if change is not None and fit is not None else []
    fits = fit[seq].tolist() if change is not None and fit is not None else []
    keys: list[float] = []
    for p, is_level in enumerate(flat):
        key = float(p)
        if is_level:
            for q in range(len(flat) - 1, p, -1):
                if led[q] and (not weighed or gain[q] >= gain[p] + MIN_GAIN or fits[q] >= fits[p]):
                    key = q + 0.5
                    break
        keys.append(key)
    return seq[sorted(range(len(keys)), key=keys.__getitem__)]


#: Fit (a share) by which a move that asks a year of school first must better a quicker
#: one to keep its place above it (``school_places``): the difference from which a
#: pivot's words say a better fit was passed (``wording.RANKED_OVER_FIT``, in points).
SCHOOL_FIT = 0.10


def school_places(
    shown: list[int],
    slow: np.ndarray,
    quick: np.ndarray,
    change: np.ndarray,
    fit: np.ndarray,
) -> list[int]:
    """``shown`` (best first) with each move that asks a year of school first (``slow``,
    ``pivot_rules.Moves.slow``) placed after the last ``quick`` move listed below it
    that it does not clearly better: by ``SCHOOL_FIT`` of fit or ``MIN_GAIN`` points of
    resilience. Short of that the year is the difference, and a coach names the move
    open now first: a nursing assistant's surgical assisting (fit 64%, +7.5, a programme
    of a year or two and its certification) had been first, above psychiatric
    technician work (69%, +6.4, a few weeks of learning away); an ambulance driver's
    paramedic work (74%, +7.2) keeps its place above lifeguarding (45%, +9.9).
    """
    if not any(slow[k] for k in shown):
        return shown
    keys: list[float] = []
    for p, k in enumerate(shown):
        key = float(p)
        if slow[k]:
            for q in range(len(shown) - 1, p, -1):
                j = shown[q]
                better = fit[k] - fit[j] >= SCHOOL_FIT or change[k] - change[j] >= MIN_GAIN
                if quick[j] and not better:
                    key = q + 0.5
                    break
        keys.append(key)
    return [shown[i] for i in sorted(range(len(keys)), key=keys.__getitem__)]
