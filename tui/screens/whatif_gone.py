"""Why a pivot of the starting point is no longer listed in the what-if.

"no longer listed: Surgical Technologists" left a coach to guess: did the skill make
the move worse, or something else better? The what-if says why, from what the engine
decides for the variant: the occupation is now read as the person's own work; the
move is still offered but ranked below those listed (scored once more with a longer
list, :data:`LONGER`); it is an O*NET relative of none of the occupations the variant
matches (the moves come from those); or the move rules leave it out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from career_resilience import wording as w
from career_resilience.model.profile import Profile
from career_resilience.model.result import PivotOption, Result

#: How many pivots the second score lists, to find where a dropped one went.
LONGER = 30

#: O*NET related occupations of a code: ``(related code, tier, rank)`` rows.
RelatedMap = Mapping[str, Sequence[tuple[str, str, int]]]


def gone(now: Result, start: Result) -> list[PivotOption]:
    """The starting point's pivots the variant's result no longer lists, in their order."""
    listed = {p.id for p in now.pivots}
    return [p for p in start.pivots if p.id not in listed]


def gone_reasons(
    now: Result, start: Result, longer: Sequence[PivotOption], related: RelatedMap
) -> dict[str, str]:
    """Why each of :func:`gone` left (pivot id to a few words): ``longer`` is the
    variant's list scored with room for :data:`LONGER`, ``related`` O*NET's related
    occupations."""
    # Here, not at the top: the what-if screen is imported before the model loads.
    from career_resilience.model.pivot_shown import MIN_MATCH, MINE

    rank = {p.id: k for k, p in enumerate(longer, 1)}
    own = {o.onet_soc for o in now.occupations if o.probability >= MINE}
    matched = [o.onet_soc for o in now.occupations if o.probability >= MIN_MATCH]
    relatives = {code for m in matched for code, _, _ in related.get(m, ())}
    why = {}
    for pivot in gone(now, start):
        if pivot.onet_soc and pivot.onet_soc in own:
            why[pivot.id] = w.WHATIF_GONE_OWN
        elif pivot.id in rank:
            why[pivot.id] = w.whatif_gone_ranked(rank[pivot.id])
        elif pivot.kind == "related" and pivot.onet_soc not in relatives:
            why[pivot.id] = w.WHATIF_GONE_UNRELATED
        else:
            why[pivot.id] = w.WHATIF_GONE_RULES
    return why


def reasons_for(engine: object, profile: Profile, now: Result, start: Result) -> dict[str, str]:
    """:func:`gone_reasons` for a variant scored by ``engine`` (an ``Engine``): nothing
    to work out, and no second score, when no pivot went."""
    if not gone(now, start):
        return {}
    from career_resilience.skills.occupations import occupation_data

    longer = engine.score(profile, max_pivots=LONGER).pivots  # type: ignore[attr-defined]
    return gone_reasons(now, start, longer, occupation_data().related)
