"""A client's progress across sessions: exposure and resilience over time, skills, pivot
gaps closed; and the sentences that say so (the app, the CLI and the reports share them).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from career_resilience import wording
from career_resilience.contract import ContractError, PlanItem, Result
from career_resilience.contract_read import stored_plan
from career_resilience.records import history as history_reads
from career_resilience.records.models import Placement, Session, SessionSummary
from career_resilience.sanitise import for_terminal
from career_resilience.skills.identity import skill_key
from career_resilience.wording import session_sparkline, sparkline

if TYPE_CHECKING:
    from career_resilience.records.store import Store

__all__ = [
    "PivotProgress",
    "Progress",
    "SkillChange",
    "progress",
    "progress_lines",
    "progress_rows",
    "sparkline",
    "stored_progress",
    "trend_rows",
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
    #: The pivot's learning plan as of the latest session that lists it (what its
    #: weeks are for is said when one step with no skill takes most of them).
    plan: tuple[PlanItem, ...] = ()


@dataclass(frozen=True)
class Progress:
    """Progress from a client's first session to the last one given."""

    exposures: tuple[float, ...]
    resiliences: tuple[float, ...]
    skill_changes: tuple[SkillChange, ...]
    pivot: PivotProgress | None
    #: Where a session scored other work than the one before it (another job title,
    #: placement or model): the trends then do not compare like with like.
    basis_changes: tuple[wording.BasisChange, ...] = ()
    #: Which parts of resilience moved from the first session to the last, and why
    #: (``wording.resilience_why``); "" when either result predates the parts.
    resilience_why: str = ""

    @property
    def sparkline(self) -> str:
        """Exposure per session as block characters on the 0-100 scale (the latest
        sessions of a long history)."""
        return session_sparkline(self.exposures)

    @property
    def resilience_sparkline(self) -> str:
        """Resilience per session, as :attr:`sparkline` draws exposure."""
        return session_sparkline(self.resiliences)


def progress(sessions: Sequence[Session]) -> Progress:
    """Progress over ``sessions`` (oldest first; at least one), their results in hand."""
    if not sessions:
        raise ValueError("progress needs at least one session")

    def first(pivot_id: str) -> tuple[int, dict[str, Any]] | None:
        found = ((s.number, _find_pivot(s.result, pivot_id)) for s in sessions)
        return next(((n, p) for n, p in found if p is not None), None)

    skills = [tuple(s.profile.get("skills", [])) for s in sessions]
    placed = [_placement(s.profile, s.result) for s in sessions]
    results = (sessions[0].result, sessions[-1].result)
    return _progress(sessions, skills, first, results, placed)


def _placement(profile: Mapping[str, Any], result: Mapping[str, Any]) -> Placement:
    """What a session scored, read as :func:`history_reads.placements` reads it."""

    def first(key: str, field: str) -> str | None:
        listed = result.get(key) or [{}]
        return str(listed[0].get(field)) if isinstance(listed[0], dict) else None

    chosen = None
    if profile.get("occupation"):
        chosen = first("occupations", "title") or str(profile["occupation"])
    elif profile.get("category"):
        chosen = first("categories", "label") or str(profile["category"])
    return Placement(str(profile.get("role", "")), chosen)


def stored_progress(store: Store, history: Sequence[SessionSummary]) -> Progress:
    """Progress over a client's sessions ``history`` (their summaries, oldest first, at
    least one), reading from ``store`` only what it shows: each session's skills, the
    latest result and the first result that lists the chosen pivot; never every result.
    """
    if not history:
        raise ValueError("progress needs at least one session")
    client_id, last = history[-1].client_id, history[-1].number

    def first(pivot_id: str) -> tuple[int, dict[str, Any]] | None:
        # The id as the stored JSON spells it, so SQLite skips results that lack it
        # (an id JSON would escape is looked for in every result instead).
        needle = json.dumps(pivot_id) if pivot_id.isascii() and pivot_id.isprintable() else ""
        for number, result in history_reads.results_naming(store, client_id, needle, last):
            if (pivot := _find_pivot(result, pivot_id)) is not None:
                return number, pivot
        return None

    skills = history_reads.skills(store, client_id, last)
    placed = list(history_reads.placements(store, client_id, last).values())
    latest = history_reads.result(store, client_id, last)
    # The first result too, for why resilience moved (one more row read).
    first_result = (
        latest if len(history) == 1 else history_reads.result(store, client_id, history[0].number)
    )
    return _progress(history, skills, first, (first_result, latest), placed)


def _find_pivot(result: Mapping[str, Any], pivot_id: str) -> dict[str, Any] | None:
    for pivot in result.get("pivots", []):
        if pivot.get("id") == pivot_id:
            return dict(pivot)
    return None


def _progress(
    sessions: Sequence[SessionSummary | Session],
    skills: Sequence[tuple[str, ...]],
    first_listing: Callable[[str], tuple[int, dict[str, Any]] | None],
    results: tuple[Mapping[str, Any], Mapping[str, Any]],
    placed: Sequence[Placement],
) -> Progress:
    """Progress from each session's figures, skills and placement; ``first_listing(
    pivot_id)`` is the number of the first session whose result lists the pivot, with
    its entry there; ``results`` are the first and the latest session's results."""
    latest_result = results[1]
    # Each distinct list of skills is keyed once (sessions mostly repeat the last one):
    # a long history is linear in its sessions.
    keyed: dict[tuple[str, ...], frozenset[str]] = {}
    keys = [keyed.get(ks) or keyed.setdefault(ks, frozenset(map(skill_key, ks))) for ks in skills]
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
        pivot=_pivot_progress(sessions, skills[-1], first_listing, latest_result),
        basis_changes=_basis_changes(sessions, placed),
        resilience_why=_resilience_why(*results) if len(sessions) > 1 else "",
    )


def _resilience_why(first: Mapping[str, Any], latest: Mapping[str, Any]) -> str:
    """Why resilience moved from the first result to the latest (a record that does not
    read as a result says nothing)."""
    try:
        return wording.resilience_why(Result.from_dict(latest), Result.from_dict(first))
    except ContractError:
        return ""


def _basis_changes(
    sessions: Sequence[SessionSummary | Session], placed: Sequence[Placement]
) -> tuple[wording.BasisChange, ...]:
    """Each session that scored other work than the one before it: a job title typed
    otherwise (not a change of capitals), another placement, another model version."""

    def shown(text: str | None) -> str | None:
        # Typed or imported text printed by `clients show`: escapes drawn, not obeyed.
        return None if text is None else for_terminal(text, False)

    changes = []
    for i in range(1, len(sessions)):
        before, after = placed[i - 1], placed[i]
        number, was = sessions[i].number, sessions[i - 1].number
        pairs: tuple[tuple[Literal["role", "placement", "model"], bool, Any, Any], ...] = (
            ("role", after.role.casefold() != before.role.casefold(), after.role, before.role),
            ("placement", after.chosen != before.chosen, after.chosen, before.chosen),
            ("model", True, sessions[i].model_version, sessions[i - 1].model_version),
        )
        for kind, differ, now, then in pairs:
            if differ and now != then:
                changes.append(wording.BasisChange(number, was, kind, shown(now), shown(then)))
    return tuple(changes)


def _pivot_progress(
    sessions: Sequence[SessionSummary | Session],
    latest_skills: Sequence[str],
    first_listing: Callable[[str], tuple[int, dict[str, Any]] | None],
    latest_result: Mapping[str, Any],
) -> PivotProgress | None:
    """Gap skills of the most recently chosen pivot, closed since it first appeared."""
    chosen = next((s.pivot_id for s in reversed(sessions) if s.pivot_id), None)
    if chosen is None:
        return None
    first = first_listing(chosen)
    if first is None:  # chosen from a list we do not have (e.g. typed by hand)
        return None
    since_number, start_pivot = first
    start_gaps = tuple(start_pivot.get("gap_skills", []))
    latest_pivot = _find_pivot(latest_result, chosen)
    if latest_pivot is not None:
        remaining = tuple(latest_pivot.get("gap_skills", []))
    else:
        # The latest result no longer lists this pivot: judge by the skills the
        # client now reports instead.
        have = {skill_key(s) for s in latest_skills}
        remaining = tuple(g for g in start_gaps if skill_key(g) not in have)
    still = {skill_key(g) for g in remaining}
    return PivotProgress(
        pivot_id=chosen,
        label=str((latest_pivot or start_pivot).get("label", chosen)),
        since_number=since_number,
        gaps_at_start=start_gaps,
        closed=tuple(g for g in start_gaps if skill_key(g) not in still),
        remaining=remaining,
        plan=stored_plan(latest_pivot or start_pivot),
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
        if p.resilience_why:  # a line of its own: beside a sparkline it wrapped under it
            lines.append(p.resilience_why)
        if p.basis_changes:
            lines.append(wording.basis_sentence(p.basis_changes))
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
        lines.append(wording.gaps_sentence(v.label, v.since_number, v.closed, v.remaining, v.plan))
    return lines


def trend_rows(p: Progress) -> list[tuple[str, str]]:
    """Progress as lines of (lead, sentence): the sentences of :func:`progress_lines`,
    each score's sparkline leading its trend (exposure, then resilience), so the app's
    record and ``clients show`` draw the same trends; the leads of other lines are ""."""
    lines = [("", line) for line in progress_lines(p)]
    if len(p.exposures) > 1:  # the first two lines are the exposure and resilience trends
        lines[0] = (p.sparkline + " ", lines[0][1])
        lines[1] = (p.resilience_sparkline + " ", lines[1][1])
    return lines


def progress_rows(p: Progress | None) -> list[tuple[str, str]]:
    """Progress as the app's client record shows it: :func:`trend_rows` and the key
    that picks a pivot; ``p`` is None for a client with no sessions."""
    if p is None:
        return [("", wording.NO_SESSIONS)]
    lines = trend_rows(p)
    if p.pivot is None:
        lines[-1] = ("", lines[-1][1] + wording.PICK_PIVOT)
    return lines
