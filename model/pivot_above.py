"""What put one shown pivot above a better-fitting one: its gain, its closeness, or both.

The rank (``pivot_rank.rank_of``) weighs fit, closeness and the resilience a move adds.
A pivot's words say why it ranks above a move that fits clearly better
(``wording.ranked_above``); they had always said "for the resilience it adds", also
where closeness did it: a tutor's special education teaching (fit 59%, +6) above
self-enrichment teaching (72%, +3) ranks there because O*NET lists it as a close
relative of tutoring, which its 3 more points alone would not have done.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from career_resilience.model.pivot_rank import GAIN_SCALE, W_FIT, W_GAIN
from career_resilience.model.pivot_related import SIBLING_TIER, STEP_TIER

if TYPE_CHECKING:
    from career_resilience.model.pivot_shown import Scored

#: What ranked a pivot above another (``reason_above``): the resilience it adds alone,
#: its closeness alone, or both together.
GAIN, CLOSE, BOTH = "gain", "close", "both"


def gain_term(s: Scored) -> float:
    """The part of ``s``'s rank that is the resilience it adds (``rank_of``'s own terms:
    out of reach, a gain earns nothing and only a loss counts)."""
    gain = min(max(s.resilience_change / GAIN_SCALE, -1.0), 1.0)
    return W_GAIN * (gain if s.reach else min(gain, 0.0))


def reason_above(scored: Sequence[Scored], i: int, j: int) -> str:
    """Why ``scored[i]`` is shown above ``scored[j]``: ``GAIN`` when its gain alone puts
    it there (fit and gain outweigh the other's, whatever the closeness), ``CLOSE`` when
    its closeness alone does and its gain would not, ``BOTH`` when it takes the two.

    A pivot shown above one that ranks higher is there by the list's order of kinds of
    move (those that raise resilience before those about level and a costly step up,
    ``pivot_order.shown_order``): its gain, too.
    """
    a, b = scored[i], scored[j]
    if a.rank < b.rank:
        return GAIN
    fit = W_FIT * (a.fit - b.fit)
    gain = gain_term(a) - gain_term(b)
    # The closeness term as the rank counted it (a claim out of reach counts nothing).
    close = (a.rank - W_FIT * a.fit - gain_term(a)) - (b.rank - W_FIT * b.fit - gain_term(b))
    if fit + gain > 0:
        return GAIN
    return CLOSE if fit + close > 0 else BOTH


def closer_kind(s: Scored) -> str:
    """How ``s`` is closer to the person's work, for its words: "onet" (O*NET lists it
    as a relative), "step" (a step up in their own line), "soc" (a sibling of their
    catch-all group, ``pivot_related.SIBLING_TIER``) or "role" (a hand-written move
    naming their kind of work as where its people come from)."""
    if s.tier == STEP_TIER:
        return "step"
    if s.tier == SIBLING_TIER:
        return "soc"
    return "onet" if s.tier and s.tier_of else "role"
