"""What a report says, decided once and rendered by both Markdown and HTML.

Builders take the plain profile/result dicts of the public contract (the scoring
engine is not imported) and, for coach reports, a :class:`Store`. Privacy is decided
here and only here: a session report asks the store for shared notes only.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from career_resilience.records.progress import Progress, progress
from career_resilience.records.store import Store

#: How many drivers a report lists (the largest effects, either direction).
MAX_DRIVERS = 6


@dataclass(frozen=True)
class PlanStep:
    """One step of a pivot's learning plan."""

    step: str
    weeks: float
    evidence: str
    done: bool = False


@dataclass(frozen=True)
class PivotView:
    """A pivot as a report shows it."""

    id: str
    label: str
    exposure: float
    resilience: float
    fit: float
    gap_skills: tuple[str, ...]
    plan: tuple[PlanStep, ...]
    why: str = ""
    chosen: bool = False

    @property
    def total_weeks(self) -> float:
        """Weeks of the plan still to do (steps already done do not count)."""
        return sum(s.weeks for s in self.plan if not s.done)


@dataclass(frozen=True)
class Report:
    """Everything one report shows, already taken apart from the raw dicts.

    ``shared_notes`` and ``progress`` are None for an unsaved result (no client), in
    which case those sections are left out rather than shown empty.
    """

    title: str
    subtitle: str
    role: str
    skills: tuple[str, ...]
    duties_text: str
    exposure: float
    interval: tuple[float, float]
    band: str
    mix: tuple[tuple[str, float], ...]
    resilience: float
    outlook: str
    categories: tuple[tuple[str, float], ...]
    drivers: tuple[tuple[str, float], ...]
    duties: tuple[tuple[str, float, float], ...]
    pivots: tuple[PivotView, ...]
    unrecognised_skills: tuple[str, ...]
    model_version: str
    shared_notes: tuple[tuple[date, str], ...] | None = None
    progress: Progress | None = None


def result_report(
    profile: Mapping[str, Any],
    result: Mapping[str, Any],
    *,
    title: str = "Career resilience result",
    subtitle: str = "",
) -> Report:
    """The report content for one scored profile (no client, notes or progress)."""
    mix = result.get("mix", {})
    drivers = sorted(result.get("drivers", []), key=lambda d: -abs(d["effect"]))
    return Report(
        title=title,
        subtitle=subtitle,
        role=str(profile.get("role", "")),
        skills=tuple(profile.get("skills", [])),
        duties_text=str(profile.get("duties", "")),
        exposure=float(result["exposure"]),
        interval=(float(result["interval"][0]), float(result["interval"][1])),
        band=str(result["band"]),
        mix=tuple(
            (label, float(mix.get(key, 0.0)))
            for key, label in (
                ("substitute", "AI could do on its own"),
                ("augment", "AI speeds up a person doing it"),
                ("untouched", "AI barely reaches"),
            )
        ),
        resilience=float(result["resilience"]),
        outlook=str(result["outlook"]),
        categories=_likely_categories(result["categories"]),
        drivers=tuple((d["feature"], float(d["effect"])) for d in drivers[:MAX_DRIVERS]),
        duties=tuple(
            (d["text"], float(d["exposure"]), float(d["share"])) for d in result["duties"]
        ),
        pivots=tuple(_pivot(p) for p in result["pivots"]),
        unrecognised_skills=tuple(result.get("unrecognised_skills", [])),
        model_version=str(result["model_version"]),
    )


def _pivot(pivot: Mapping[str, Any]) -> PivotView:
    return PivotView(
        id=pivot["id"],
        label=pivot["label"],
        exposure=float(pivot["exposure"]),
        resilience=float(pivot["resilience"]),
        fit=float(pivot["fit"]),
        gap_skills=tuple(pivot["gap_skills"]),
        plan=tuple(
            PlanStep(s["step"], float(s["weeks"]), s["evidence"], bool(s.get("done", False)))
            for s in pivot["plan"]
        ),
        why=str(pivot.get("why", "")),
    )


def session_report(store: Store, client_id: int, number: int | None = None) -> Report:
    """The report content for session ``number`` of a client (their latest when None).

    Includes the client's shared notes (those on the client, and those on this session)
    and progress from the first session to this one. Private notes are never read.
    """
    client = store.get_client(client_id)
    session = store.session(client_id, number)
    history = [s for s in store.sessions(client_id) if s.number <= session.number]
    notes = tuple(
        (n.created_at.date(), n.body)
        for n in store.notes(client_id, shared_only=True)
        if n.session_id in (None, session.id)
    )
    base = result_report(
        session.profile,
        session.result,
        title=f"Career resilience report: {client.name}",
        subtitle=(
            f"Session {session.number} of {client.session_count}, "
            f"{session.created_at.date().isoformat()}"
        ),
    )
    # A pivot chosen in an earlier session stays the chosen one until another is picked.
    chosen = next((s.pivot_id for s in reversed(history) if s.pivot_id), None)
    pivots = tuple(replace(p, chosen=p.id == chosen) for p in base.pivots)
    return replace(base, pivots=pivots, shared_notes=notes, progress=progress(history))


def score(value: float) -> str:
    """A 0-100 score as a whole number, halves rounded up (78.5 shows as 79)."""
    return str(math.floor(value + 0.5))


def _likely_categories(categories: list[Mapping[str, Any]]) -> tuple[tuple[str, float], ...]:
    """The categories worth naming: the top one, and others at 1% or more."""
    pairs = [(str(c["label"]), float(c["probability"])) for c in categories]
    return tuple(pair for i, pair in enumerate(pairs) if i == 0 or pair[1] >= 0.01)


def percent(share: float) -> str:
    """A 0-1 share as a whole percentage."""
    return f"{share * 100:.0f}%"


def weeks(value: float) -> str:
    """A duration in weeks, without a pointless ``.0``."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return f"{text} week" + ("" if text == "1" else "s")


def effect(value: float) -> str:
    """A driver's effect in words: which way it pushes exposure and by how much."""
    return f"raises it by {value:.1f}" if value >= 0 else f"lowers it by {-value:.1f}"


def duty_level(exposure: float) -> str:
    """A duty's exposure (0-100, like the overall score) in words."""
    if exposure >= 60:
        return f"{score(exposure)} / 100: AI can do or speed up much of it"
    if exposure >= 40:
        return f"{score(exposure)} / 100: AI helps with parts of it"
    return f"{score(exposure)} / 100: AI barely reaches it"


def plan_heading(pivot: PivotView) -> str:
    """The learning plan's heading text, with the time still needed."""
    if pivot.plan and all(s.done for s in pivot.plan):
        return "Learning plan (every step already done)"
    return f"Learning plan (about {weeks(pivot.total_weeks)} to go)"


def step_text(step: PlanStep) -> str:
    """One plan step in words, without any markup."""
    status = " Already done." if step.done else ""
    what, evidence = step.step.rstrip(". "), step.evidence.rstrip(". ")
    return f"{what} ({weeks(step.weeks)}). Evidence it is done: {evidence}.{status}"


def trend_words(change: float) -> str:
    """An exposure change in words (scores are points on the 0-100 scale)."""
    if abs(change) < 0.5:
        return "no change"
    return f"{'up' if change > 0 else 'down'} {abs(change):.0f} points"


def progress_lines(p: Progress) -> list[str]:
    """Progress in plain sentences: the exposure trend, skill changes, pivot gaps."""
    if len(p.exposures) == 1:
        return ["This is the first session: progress shows from the next one."]
    scores = " → ".join(score(e) for e in p.exposures)
    lines = [
        f"Exposure over {len(p.exposures)} sessions: {scores} "
        f"({trend_words(p.exposure_change)} since the first)."
    ]
    for change in p.skill_changes:
        parts = []
        if change.added:
            parts.append("added " + ", ".join(change.added))
        if change.removed:
            parts.append("removed " + ", ".join(change.removed))
        lines.append(
            f"Session {change.number} ({change.created_at.date().isoformat()}): "
            + "; ".join(parts)
            + "."
        )
    if p.pivot is not None:
        v = p.pivot
        lines.append(
            f"Chosen pivot: {v.label}. Gap skills closed since session {v.since_number}: "
            f"{', '.join(v.closed) or 'none yet'}. Still to build: "
            f"{', '.join(v.remaining) or 'nothing'}."
        )
    return lines
