"""One pivot in full, as the app's detail pane shows it: its figures' labels, the
skills held and to learn (the reports' line too), and the plan's steps. Plain words;
the pane styles them (``tui/widgets/pivot_detail.py``). The labels lived in that
widget and beside the drivers' words (``drivers.py``)."""

from __future__ import annotations

from collections.abc import Sequence

from career_resilience.wording.numbers import score, score_change, signed, weeks

__all__ = [
    "DETAIL_EXPOSURE",
    "DETAIL_FIT",
    "DETAIL_OUTLOOK",
    "DETAIL_RESILIENCE",
    "DETAIL_TRADE_OFF",
    "DETAIL_WHY_IT_FITS",
    "NO_FIT_REASONS",
    "NO_GAP_SKILLS",
    "NO_PIVOT_SELECTED",
    "NO_SKILLS_LISTED",
    "PIVOT_GAP_LABEL",
    "PIVOT_HELD_LABEL",
    "PIVOT_HELD_NONE",
    "STEP_DONE",
    "STEP_EVIDENCE",
    "STEP_TO_DO",
    "detail_exposure",
    "detail_job_zone",
    "detail_resilience",
    "skills_to_learn",
    "step_weeks",
]

#: The pane before a pivot is highlighted.
NO_PIVOT_SELECTED = "Select a pivot to see the skills and the plan."

#: The labels of a pivot's figures and reasons, each followed by its value.
DETAIL_RESILIENCE = "Resilience "
DETAIL_EXPOSURE = "Exposure "
DETAIL_FIT = "Fit "
DETAIL_WHY_IT_FITS = "Why it fits: "
DETAIL_OUTLOOK = "Outlook: "
DETAIL_TRADE_OFF = "Trade-off: "
#: A pivot with no reason of fit recorded.
NO_FIT_REASONS = "—"

#: A pivot's skills the person holds, and those to learn. "Skills you already have: none
#: yet" told a florist with four skills that they had none: the line is about the move's.
PIVOT_HELD_LABEL = "Its skills you already have: "
PIVOT_HELD_NONE = "none of them yet"
PIVOT_GAP_LABEL = "Skills to learn: "
#: A pivot's skills to learn when the person holds every one listed.
NO_GAP_SKILLS = "none: you have them"
#: ... and when the catalogue lists none for it (nothing held, nothing to learn).
NO_SKILLS_LISTED = "none listed for this move; the plan below says where to start"

#: A plan step's mark, a word as well as a colour.
STEP_DONE = "✓ done"
STEP_TO_DO = "○ to do"
#: Before what shows a step is done.
STEP_EVIDENCE = "Shows it: "


def skills_to_learn(gaps: Sequence[str], held: Sequence[str]) -> str:
    """After :data:`PIVOT_GAP_LABEL`, in the app and the reports: the skills to learn,
    or why there are none (every one held, or none listed: the reports said "none: you
    have them already" for a move whose catalogue lists no skill, to a person holding
    none of its skills)."""
    if gaps:
        return ", ".join(gaps)
    return NO_GAP_SKILLS if held else NO_SKILLS_LISTED


def detail_resilience(pivot: float, now: float) -> str:
    """A pivot's resilience and its move from the person's: "72 (+8 from 64)"."""
    return f"{score(pivot)} ({score_change(pivot, now)} from {score(now)})"


def detail_exposure(pivot: float, now: float) -> str:
    """A pivot's exposure and its move from the person's: "41 (−22)"."""
    return f"{score(pivot)} ({score_change(pivot, now)})"


def detail_job_zone(zone: int | None, step: int) -> str:
    """After the outlook: the pivot's job zone and its step from the person's
    ("   job zone 4 (+1 from yours)"); nothing when it has none."""
    if not zone:
        return ""
    return f"   job zone {zone} ({signed(step, 0)} from yours)"


def step_weeks(value: float) -> str:
    """After a step still to do: its weeks (" · 3 weeks"). A done step shows none:
    "✓ done · 0.5 weeks" read as time still to spend."""
    return f" · {weeks(value)}"
