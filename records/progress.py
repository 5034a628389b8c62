"""A client's progress across sessions: exposure and resilience over time, skills, pivot
gaps closed; and the sentences that say so (the app, the CLI and the reports share them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from career_resilience import wording
from career_resilience.records.models import Session
from career_resilience.skills.identity import skill_key
from career_resilience.wording import sparkline

__all__ = [
    "PivotProgress",
    "Progress",
    "SkillChange",
    "progress",
    "progress_lines",
    "progress_rows",
    "sparkline",
]


@dataclass(frozen=True)
class SkillChange:
    """Skills added and removed in session ``number`` relative to the one before it."""

    number: int
    created_at: datetime
    added: tuple[str, ...]
    removed: tuple[str, ...]


@dataclass(frozen=True)
class PivotProgress:
    """How far the client has come on the gap skills of the pivot they chose.

    ``gaps_at_start`` are the gap skills when the pivot first appeared (session
    ``since_number``); ``closed`` are those no longer gaps now; ``remaining`` are the
    gaps as of the latest session.
    """

    pivot_id: str
    label: str
    since_number: int
    gaps_at_start: tuple[str, ...]
    closed: tuple[str, ...]
    remaining: tuple[str, ...]


@dataclass(frozen=True)
class Progress:
    """Progress from a client's first session to the last one given."""

    exposures: tuple[float, ...]
    resiliences: tuple[float, ...]
    skill_changes: tuple[SkillChange, ...]
    pivot: PivotProgress | None

    @property
    def sparkline(self) -> str:
        """Exposure per session as block characters on the 0-100 scale."""
        return sparkline(self.exposures)


def progress(sessions: Sequence[Session]) -> Progress:
    """Progress over ``sessions`` (oldest first; at least one)."""
    if not sessions:
        raise ValueError("progress needs at least one session")
    # Each session's skills are keyed once (not once as "before" and again as "after"):
    # a long history is linear in its sessions.
    skills = [list(s.profile.get("skills", [])) for s in sessions]
    keys = [{skill_key(k) for k in ks} for ks in skills]
    changes = []
    for i in range(1, len(sessions)):
        old, new = keys[i - 1], keys[i]
        if old == new:
            continue
        added = tuple(k for k in skills[i] if skill_key(k) not in old)
        removed = tuple(k for k in skills[i - 1] if skill_key(k) not in new)
        if added or removed:
            after = sessions[i]
            changes.append(SkillChange(after.number, after.created_at, added, removed))
    return Progress(
        exposures=tuple(s.exposure for s in sessions),
        resiliences=tuple(s.resilience for s in sessions),
        skill_changes=tuple(changes),
        pivot=_pivot_progress(sessions),
    )


def _find_pivot(session: Session, pivot_id: str) -> dict[str, Any] | None:
    for pivot in session.result.get("pivots", []):
        if pivot.get("id") == pivot_id:
            return dict(pivot)
    return None


def _pivot_progress(sessions: Sequence[Session]) -> PivotProgress | None:
    """Gap skills of the most recently chosen pivot, closed since it first appeared."""
    chosen = next((s.pivot_id for s in reversed(sessions) if s.pivot_id), None)
    if chosen is None:
        return None
    first = next(((s, p) for s in sessions if (p := _find_pivot(s, chosen)) is not None), None)
    if first is None:  # chosen from a list we do not have (e.g. typed by hand)
        return None
    start_session, start_pivot = first
    latest = sessions[-1]
    start_gaps = tuple(start_pivot.get("gap_skills", []))
    latest_pivot = _find_pivot(latest, chosen)
    if latest_pivot is not None:
        remaining = tuple(latest_pivot.get("gap_skills", []))
    else:
        # The latest result no longer lists this pivot: judge by the skills the
        # client now reports instead.
        have = {skill_key(s) for s in latest.profile.get("skills", [])}
        remaining = tuple(g for g in start_gaps if skill_key(g) not in have)
    still = {skill_key(g) for g in remaining}
    return PivotProgress(
        pivot_id=chosen,
        label=str((latest_pivot or start_pivot).get("label", chosen)),
        since_number=start_session.number,
        gaps_at_start=start_gaps,
        closed=tuple(g for g in start_gaps if skill_key(g) not in still),
        remaining=remaining,
    )


def progress_lines(p: Progress) -> list[str]:
    """Progress in plain sentences: exposure, resilience, skill changes, pivot gaps.

    The first line is always the exposure trend (or the first-session note), so callers
    can put a sparkline beside it.
    """
    if len(p.exposures) == 1:
        lines = [wording.FIRST_SESSION]
    else:
        lines = [
            wording.trend_sentence("Exposure", p.exposures),
            wording.trend_sentence("Resilience", p.resiliences),
        ]
        lines += [
            wording.skills_changed_sentence(
                c.number, c.created_at.date().isoformat(), c.added, c.removed
            )
            for c in p.skill_changes
        ]
    if p.pivot is None:
        lines.append(wording.NO_PIVOT)
    else:
        v = p.pivot
        lines.append(wording.gaps_sentence(v.label, v.since_number, v.closed, v.remaining))
    return lines


def progress_rows(sessions: Sequence[Session]) -> list[tuple[str, str]]:
    """Progress as the app's client record shows it: lines of (emphasised lead, rest).

    The sentences of :func:`progress_lines` (the CLI's and the reports'), with each
    score's sparkline in front of its trend and the key that picks a pivot.
    """
    if not sessions:
        return [("", wording.NO_SESSIONS)]
    p = progress(sessions)
    lines = [("", line) for line in progress_lines(p)]
    if len(sessions) > 1:  # the first two lines are the exposure and resilience trends
        lines[0] = (sparkline(p.exposures) + " ", lines[0][1])
        lines[1] = (sparkline(p.resiliences) + " ", lines[1][1])
    if p.pivot is None:
        lines[-1] = ("", lines[-1][1] + wording.PICK_PIVOT)
    return lines
