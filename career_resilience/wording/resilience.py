"""Resilience's parts in words: what the score is made of, and which part a change moved.

Resilience adds three terms (``model/formulas.py``): points for how little of the work
AI could take (up to 40), for the demand outlook (up to 35) and for how many kinds of
work the skills span (up to 25). A cashier trying "stock control" in the what-if saw
resilience go 38.7 -> 44.6 at the same occupation, exposure and outlook with nothing
saying why: the skill had widened the skills' breadth from 2 kinds of work to 4.
"""

from __future__ import annotations

from collections.abc import Sequence

from career_resilience.contract import ResilienceParts, Result
from career_resilience.wording.notices import listed_as
from career_resilience.wording.numbers import (
    count,
    decimal,
    rounded,
    signed,
    whole,
    whole_shares,
)

__all__ = [
    "NAMED",
    "NO_KNOWN_SKILL",
    "PART_LABELS",
    "RESILIENCE_PARTS_HELP",
    "RESILIENCE_PARTS_NOTE",
    "nothing_moved",
    "nothing_moved_held",
    "resilience_change",
    "resilience_moved",
    "resilience_parts_line",
    "resilience_parts_words",
    "resilience_why",
]

#: Each part's name as a person reads it, and its most points (formulas.W_* x 100).
PART_LABELS = {
    "risk": ("low AI risk", 40),
    "outlook": ("outlook", 35),
    "breadth": ("breadth", 25),
}
#: Said under the what-if's table until a change moves resilience.
RESILIENCE_PARTS_NOTE = (
    "Resilience adds points for low AI risk (up to 40), outlook (35) and skill breadth (25)."
)
#: The help's word on the line under the resilience figure.
RESILIENCE_PARTS_HELP = (
    "The line under it shows the points of each part: low AI risk (up to 40: fewer the "
    "more of the work AI could do, most of all alone), outlook (up to 35: the BLS "
    "projection, full at +20% or more) and breadth (up to 25: how many kinds of work your "
    "skills span). The what-if says which part a change moved."
)
#: A part that moved this many points or more is named with its reason.
NAMED = 0.5
#: A part that moved less than this (points, as saved at two decimals) is not named: the
#: figures are shown at one decimal.
_MOVED = 0.05


def resilience_parts_words(resilience: float, parts: ResilienceParts) -> tuple[str, ...]:
    """("low AI risk 21/40", "outlook 8/35", "breadth 10/25 (2 kinds of work)"):
    each part in whole points, adding up to the resilience as shown (``whole``)."""
    points = whole_shares([parts.risk, parts.outlook, parts.breadth], whole(resilience))
    shown = [
        f"{label} {value}/{most}"
        for (label, most), value in zip(PART_LABELS.values(), points, strict=True)
    ]
    shown[-1] += f" ({_kinds(parts.skill_kinds)})"
    return tuple(shown)


def resilience_parts_line(resilience: float, parts: ResilienceParts) -> str:
    """The parts on one line: "low AI risk 21/40 · outlook 8/35 · breadth 10/25 (2
    kinds of work)"."""
    return " · ".join(resilience_parts_words(resilience, parts))


def resilience_moved(
    now: Result, start: Result, most_named: int = 3, *, points: bool = True
) -> str:
    """Which parts of resilience a change moved and why, biggest first, or "" when
    resilience did not move (or either result predates its parts).

    The biggest move, and any of :data:`NAMED` points or more (up to ``most_named``),
    are named with their reason; the rest are summed under their names: "your skills
    now span 4 kinds of work, was 2 (+6.0); outlook and exposure −0.1". The figures add
    up to the change in the resilience shown (:func:`resilience_change`). Without
    ``points`` only the reasons are said (a client's progress, whose trend names
    whole scores: "66 → 72 (up 6 points)" beside "+6.1" read as two figures).
    """
    a, b = now.resilience_parts, start.resilience_parts
    if a is None or b is None or abs(now.resilience - start.resilience) < _MOVED:
        return ""
    moves = sorted(
        [
            (a.breadth - b.breadth, "skill breadth", _breadth_why(a.skill_kinds, b.skill_kinds)),
            (a.risk - b.risk, "exposure", _risk_why(now, start)),
            (a.outlook - b.outlook, "outlook", _outlook_why(now, start)),
        ],
        key=lambda m: -abs(m[0]),
    )
    named = [m for k, m in enumerate(moves) if k == 0 or (abs(m[0]) >= NAMED and k < most_named)]
    rest = [m for m in moves if m not in named]
    # The last figure takes what rounding leaves: 38.75 -> 44.55 shows +5.9 in the
    # table beside a breadth of +5.96.
    shown = [rounded(change, 1) for change, _, _ in named]
    left = resilience_change(now, start) - sum(shown)
    if not rest or abs(left) < _MOVED:
        shown[-1] += left
        left = 0.0
    if not points:
        return "; ".join(why for _, _, why in named)
    said = [f"{why} ({signed(value)})" for (_, _, why), value in zip(named, shown, strict=True)]
    if left:
        said.append(f"{' and '.join(name for _, name, _ in rest)} {signed(left)}")
    return "; ".join(said)


def nothing_moved(now: Result, start: Result, short: bool = False) -> str:
    """What the what-if says when a change moves neither score (both "±0.0" beside
    "Changed: + smiling" had said nothing): the skills' breadth stayed, and exposure
    read too little in the change. ``short`` for a narrow panel."""
    a, b = now.resilience_parts, start.resilience_parts
    kinds, before = (a.skill_kinds, b.skill_kinds) if a and b else (0, 0)
    if kinds != before:  # breadth moved, and the other parts took it back
        if short:
            return f"Neither score moved: {_kinds(kinds)}, was {before}, offset by the rest."
        return (
            f"Neither score moved: your skills now span {_kinds(kinds)}, was {before}, "
            "and the other parts of resilience offset it."
        )
    if short:
        return f"Neither score moved: still {_kinds(kinds)}; too small a change for exposure."
    still = f"your skills still span {_kinds(kinds)}" if kinds else f"you list {NO_KNOWN_SKILL}"
    return f"Neither score moved: {still}, and the change is too small to move exposure."


def nothing_moved_held(held: Sequence[tuple[str, str, str]], short: bool = False) -> str:
    """What the what-if says when the only change is skills already held under another
    name, ``(typed, listed, catalogue skill)``, and neither score moved: the reason is
    that, not breadth or a change too small ("sign language" beside ASL had read "your
    skills still span 5 kinds of work, and the change is too small to move exposure")."""
    if short or len(held) != 1:
        return "Neither score moved: already in your list under another name."
    typed, listed, skill = held[0]
    return f"Neither score moved: {typed} is already in your list, {listed_as(listed, skill)}."


def resilience_why(now: Result, start: Result) -> str:
    """After a client's resilience trend: "Why: your skills now span 4 kinds of work, was
    2." when the whole score moved and both results have their parts, else ""."""
    if whole(now.resilience) == whole(start.resilience):
        return ""
    why = resilience_moved(now, start, points=False)
    return f"Why: {why}." if why else ""


def resilience_change(now: Result, start: Result) -> float:
    """The change in resilience as the two figures are shown (one decimal)."""
    return rounded(now.resilience, 1) - rounded(start.resilience, 1)


#: Said when no skill counts for breadth: none typed, or none the catalogue knows ("your
#: skills now span no kind of work" read as if the person's skills were worth nothing).
NO_KNOWN_SKILL = "no skill the catalogue knows"


def _kinds(number: int) -> str:
    """ "1 kind of work", "4 kinds of work"; none: :data:`NO_KNOWN_SKILL`."""
    return count(number, "kind", "kinds") + " of work" if number else NO_KNOWN_SKILL


def _breadth_why(now: int, before: int) -> str:
    if now == before:  # the same count: only a rounding of the points moved
        return f"your skills span {_kinds(now)}" if now else f"you list {NO_KNOWN_SKILL}"
    if not now:
        return f"you list {NO_KNOWN_SKILL} now, was {_kinds(before)}"
    return f"your skills now span {_kinds(now)}, was {before}"


def _risk_why(now: Result, start: Result) -> str:
    """Exposure moved, or at the same exposure AI would do more or less of the work
    alone (the substitution share counts in full, the rest by half)."""
    if decimal(now.exposure) != decimal(start.exposure):
        return f"exposure {decimal(start.exposure)} → {decimal(now.exposure)}"
    more = _alone(now) > _alone(start)
    return f"AI could do {'more' if more else 'less'} of the exposed work alone"


def _alone(result: Result) -> float:
    total = result.mix.substitute + result.mix.augment
    return result.mix.substitute / total if total > 0 else 0.0


def _outlook_why(now: Result, start: Result) -> str:
    if now.outlook != start.outlook:
        return f"outlook {start.outlook} → {now.outlook}"
    return "the occupations you match shifted"
