"""Why a pivot is listed above a better-fitting one: the sentence each pivot's why ends
with (``ranked_above``), and the words it is built from. Split from
``career_resilience/wording/pivots.py``, unchanged."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from career_resilience.contract import PivotOption
from career_resilience.wording.numbers import score_change_points, whole

__all__ = [
    "CATCH_ALL_SHARE",
    "CLOSER_WORK",
    "COSTS_FROM",
    "MATERIAL_GAIN",
    "RANKED_ABOVE",
    "RANKED_OVER_FIT",
    "SOC_SIBLING",
    "YEARS_FIRST",
    "YEAR_FIRST",
    "other_costs",
    "ranked_above",
]

#: Why a move is listed above one that asks years of new preparation before the work: a
#: licence's (a degree, flying hours, years as a licensed agent) or two job zones up
#: (``ranked_above``).
YEARS_FIRST = "which first asks years of preparation"
#: Why a move is listed above one that asks a year of school or more, short of years,
#: before the work (``ranked_above``, ``pivot_rules.Moves.slow``).
YEAR_FIRST = "which first asks a year or more of training"


#: A pivot ranked above one whose shown fit is this many points higher says why, so:
RANKED_OVER_FIT, RANKED_ABOVE = 10, "Ranked above "


def ranked_above(
    options: Sequence[PivotOption],
    resilience_now: float,
    reach: Sequence[bool] = (),
    degree: Sequence[bool] = (),
    why: Callable[[int, int], str] | None = None,
    closer: Sequence[str] = (),
    year: Sequence[bool] = (),
) -> tuple[str, ...]:
    """Per pivot, why it ranks above a better-fitting one listed after it ("" if none).

    The rank weighs the resilience a move adds beside its fit, so a paralegal saw private
    detectives (fit 27%) above compliance officers (61%) with nothing saying why. Said
    only when the shown resilience gain is larger, naming the best fit it passes; a
    higher place for other reasons (closeness of O*NET's listing) is left unclaimed, and
    so is the place of a move whose ``reach`` is False: the resilience it adds did not
    rank it (none of its core skills held). Each pivot passed is named once, by the
    first that passes it: a welder's list had said "Ranked above Inspectors (fit 86%)"
    under three of its four pivots, a pile driver operator's under four. A move that
    adds no resilience claims none: a pilot's ship engineering (−1) read "ranked above
    Aviation Inspectors (fit 84%) for the resilience it adds: −1 point against −3",
    where the costly step up comes after the moves that raise resilience by design
    (``pivot_order.shown_order``).

    A move that asks years of new preparation first (``degree``: ``Moves.degree``: a
    licence's degree, an airline pilot's flying hours, a real estate broker's years as
    an agent, or two job zones up) comes after the moves that ask none, whatever its fit
    and gain: the first of those above it says so when the move below betters it, by a
    fit higher by RANKED_OVER_FIT or as good on both counts and better on one (a pastor's
    guidance counselling, fit 55% and +7, had been listed above marriage and family
    therapy, fit 60% and +20, a counselling master's away, with no word why). That
    reason is the one said under a move above one that asks years first, not its gain
    (a speech therapist's health services management, +1, had been said to rank above
    occupational therapy, a master's away, "for the resilience it adds: +1 point
    against −1"), unless that move costs resilience beyond the scores' rounding
    (``COSTS_FROM``: a step up listed last for its cost, a landscaper's supervising).

    A move that asks a year of school first (``year``: ``Moves.slow``, a surgical
    assisting programme and its certification) comes after a quicker one as good: the
    one above it says so as it would of years (``YEAR_FIRST``), and a move asking years
    is said so under one asking a year.

    ``why(i, j)`` says what put pivot i above j (``model/pivot_above.reason_above``):
    "gain" (the resilience it adds, as above), "close" or "both" (its closeness to the
    person's work, ``closer[i]``: "onet", "step" or "role", alone or with its gain): a
    tutor's special education teaching had been said to rank above self-enrichment
    teaching, fit 72%, "for the resilience it adds: +6 points against +3", where O*NET
    listing it as a close relative of tutoring is what put it there.
    """
    fits = [whole(o.fit * 100) for o in options]
    gains = [whole(o.resilience) - whole(resilience_now) for o in options]
    # How much school each asks first: years (2), a year (1) or none (0).
    asks = [
        2 * bool(d) or int(bool(y))
        for d, y in zip(
            list(degree) or [False] * len(options),
            list(year) or [False] * len(options),
            strict=True,
        )
    ]
    out = []
    named: set[int] = set()
    for i, option in enumerate(options):
        after = [j for j in range(i + 1, len(options)) if j not in named]
        passed = [
            j
            for j in after
            if fits[j] - fits[i] >= RANKED_OVER_FIT
            and gains[i] > max(0, gains[j])
            and (asks[i] >= asks[j] or other_costs(options[j]))
        ]
        if reach and not reach[i]:
            passed = []
        # The resilience it adds is no reason within the scores' rounding: such a place
        # is said only where its closeness won it (``MATERIAL_GAIN``).
        passed = [
            j
            for j in passed
            if gains[i] - gains[j] > MATERIAL_GAIN or (why is not None and why(i, j) != "gain")
        ]
        # The place of years of preparation is said under a move it betters: a higher fit
        # by RANKED_OVER_FIT, or as good on both counts and better on one.
        schooled = [
            j
            for j in after
            if asks[j] > asks[i]
            and (
                fits[j] - fits[i] >= RANKED_OVER_FIT
                or (
                    fits[j] >= fits[i]
                    and gains[j] >= gains[i]
                    and (fits[j], gains[j]) != (fits[i], gains[i])
                )
            )
        ]
        if not passed and not schooled:
            out.append("")
            continue
        j = max(passed or schooled, key=lambda k: (fits[k], -k))
        named.add(j)
        other = options[j]
        if passed:
            points = (
                f"{score_change_points(option.resilience, resilience_now)} against "
                f"{score_change_points(other.resilience, resilience_now)}"
            )
            reason = why(i, j) if why is not None else "gain"
            if reason == "gain":
                out.append(
                    f"{RANKED_ABOVE}{other.label} (fit {fits[j]}%) for the resilience it "
                    f"adds: {points}."
                )
                continue
            near = CLOSER_WORK[closer[i] if closer else "onet"]
            material = gains[i] - gains[j] > MATERIAL_GAIN
            added = (
                f", and it adds more resilience ({points})" if reason == "both" and material else ""
            )
            out.append(f"{RANKED_ABOVE}{other.label} (fit {fits[j]}%): {near}{added}.")
        else:
            first = YEARS_FIRST if asks[j] == 2 else YEAR_FIRST
            out.append(f"{RANKED_ABOVE}{other.label} (fit {fits[j]}%), {first}.")
    return tuple(out)


#: The difference of two shown resilience changes within which a move's words do not
#: say it ranks above a better-fitting one "for the resilience it adds": each change is
#: a whole number, so two of them can differ by this much from rounding alone
#: (``pivot_thresholds.MIN_GAIN``), and a bartender's sideways move had been said to
#: rank above supervising the bar, fit 72%, for "+1 point against −1 point" (a
#: landscaper's "+1 point against −5 points" is still said).
MATERIAL_GAIN = 2


#: A move whose resilience change is this or lower costs resilience beyond the scores'
#: rounding (``pivot_thresholds.MIN_GAIN``): its cost, not its years, is why a move that
#: adds resilience is listed above it (``ranked_above``).
COSTS_FROM = -2.0


def other_costs(option: PivotOption) -> bool:
    """Whether ``option`` costs resilience beyond the scores' rounding (``COSTS_FROM``)."""
    return option.resilience_change <= COSTS_FROM


#: Why a move ranks above a better fit when its closeness to the person's work put it
#: there (``ranked_above``), by how it is close: O*NET lists it as a relative, it is a
#: step up in their own line, or a hand-written move names their kind of work.
CLOSER_WORK = {
    "onet": "O*NET lists it as a closer relative of your work",
    "step": "it is a step up in your own line of work",
    "role": "people come to it from your kind of work",
    "soc": "it is filed in the same group of work as yours",
}

#: Whose work activities a fit line's share is of where the person is placed in an
#: O*NET catch-all group: O*NET describes only the specialties it files there.
CATCH_ALL_SHARE = "with the specialties O*NET files in your group"
#: A pivot's fit line where the person's occupation is an O*NET catch-all ("All
#: Other") group, which O*NET lists no related work for: its siblings in the US job
#: classification (SOC) stand in (``pivot_related.SIBLING_TIER``).
SOC_SIBLING = (
    "O*NET lists no related work for {title}, a catch-all group; the US job "
    "classification (SOC) files this in the same group of work"
)
