"""What a report says, decided once and rendered by both Markdown and HTML templates.

Builders take the plain profile/result dicts of the public contract (the scoring
engine is not imported) and, for coach reports, a :class:`Store`. Privacy is decided
here and only here: a session report asks the store for shared notes only.

Results are read tolerantly: sessions saved by older versions lack the matched
occupations and evidence, and those sections are then left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from career_resilience import wording
from career_resilience.contract import PlanItem
from career_resilience.model.driver_lines import (
    at_most,
    readable_drivers,
    total_line,
    typed_fields,
)
from career_resilience.model.pivot_map import map_points_from_dict
from career_resilience.records.history import summaries
from career_resilience.records.progress import Progress, progress_lines, stored_progress
from career_resilience.records.store import Store
from career_resilience.reports.pivot_map import pivot_map_svg
from career_resilience.reports.sources import Occupation, evidence_lines, occupations

#: How many drivers a report lists (the largest effects, either direction).
MAX_DRIVERS = 6


@dataclass(frozen=True)
class PlanStep:
    """One step of a pivot's learning plan."""

    step: str
    weeks: float
    evidence: str
    done: bool = False
    #: The skills the step teaches (none for preparation, a licence, getting in).
    skills: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The step in words, without any markup. A step already done gives no weeks:
        "(0.5 weeks) ... Already done." read as time still to spend."""
        what, evidence = self.step.rstrip(". "), self.evidence.rstrip(". ")
        if self.done:
            return f"{what}. Evidence it is done: {evidence}. Already done."
        return f"{what} ({wording.weeks(self.weeks)}). Evidence it is done: {evidence}."


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
    #: The move's skills the person holds (what "Skills to learn: none" means).
    held_skills: tuple[str, ...] = ()

    @property
    def total_weeks(self) -> float:
        """Weeks of the plan still to do (steps already done do not count)."""
        return sum(s.weeks for s in self.plan if not s.done)

    @property
    def plan_heading(self) -> str:
        """The learning plan's heading text, with the time still needed."""
        if self.plan and all(s.done for s in self.plan):
            return "Learning plan (every step already done)"
        # When one step with no skill to learn takes most of the weeks, say which: a
        # chaplain's move read "Skills to build: none" above "about 106 weeks to go",
        # 104 of them the degree and licence of step 2 (as the app and progress say).
        items = [PlanItem(s.step, s.weeks, s.evidence, s.skills, s.done) for s in self.plan]
        longest = wording.mostly_step(items)
        mostly = (
            ""
            if longest is None
            else f", mostly step {items.index(longest) + 1}: {wording.weeks(longest.weeks)}"
        )
        return f"Learning plan (about {wording.weeks(self.total_weeks)} to go{mostly})"


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
    mix: dict[str, float]
    resilience: float
    outlook: str
    categories: tuple[tuple[str, float], ...]
    drivers: tuple[tuple[str, float], ...]
    #: (duty line, its rating in words, its share of the exposure)
    duties: tuple[tuple[str, str, float], ...]
    pivots: tuple[PivotView, ...]
    unrecognised_skills: tuple[str, ...]
    model_version: str
    occupations: tuple[Occupation, ...] = ()
    evidence: tuple[str, ...] = ()
    shared_notes: tuple[tuple[date, str], ...] | None = None
    progress: Progress | None = None
    #: The pivot map as an inline SVG (reports/pivot_map.py); "" when there are no pivots.
    pivot_map: str = ""
    #: The person chose the occupation or kind of work: "chosen by you", not a "%".
    placement_chosen: bool = False
    #: Said of the kind of work when ``placement_chosen``: "chosen by you", or "from
    #: your pick" where the person chose an occupation of that kind.
    placement_words: str = ""
    #: Where the mix comes from (``wording.mix_basis``); "" for a hand-built report.
    mix_basis: str = ""
    #: "These points add up: ..." under the drivers ("" for results saved before).
    drivers_total: str = ""
    #: The sentence above the pivots (the result's ``pivot_note``; "" when none).
    pivot_note: str = ""
    #: The catalogue skills the typed skills were read as (none for older results).
    recognised_skills: tuple[str, ...] = ()
    #: The occupations are AI-era work's nearest (``occupations_nearest``), not matches.
    occupations_nearest: bool = False
    #: Why the job title did not place the person (``title_note``; "" when it did).
    title_note: str = ""
    #: Resilience's parts in points (``wording.resilience_parts_line``; "" before them).
    resilience_points: str = ""

    @property
    def duty_lines(self) -> list[str]:
        """The duties as the person typed them, one per line, blanks dropped."""
        return [" ".join(line.split()) for line in self.duties_text.splitlines() if line.strip()]

    @property
    def progress_lines(self) -> list[str]:
        """Progress in sentences (empty for an unsaved result)."""
        return progress_lines(self.progress) if self.progress is not None else []


def _rating(exposure: Any) -> float | None:
    """A duty's exposure, or None for a line the model could not rate."""
    return None if exposure is None else float(exposure)


def _duty(d: Mapping[str, Any]) -> tuple[str, str, float]:
    """A duty line with its rating in words (older results: exposure only)."""
    exposure, automation = d.get("exposure"), d.get("automation")
    summary = wording.duty_summary(
        None if exposure is None else float(exposure),
        None if automation is None else float(automation),
        str(d.get("kind", "")),
    )
    return str(d["text"]), summary, float(d.get("share", 0.0))


def result_report(
    profile: Mapping[str, Any],
    result: Mapping[str, Any],
    *,
    title: str = "Career resilience result",
    subtitle: str = "",
) -> Report:
    """The report content for one scored profile (no client, notes or progress)."""
    mix = result.get("mix") or {}
    # The same merged lines, in the person's words, as the app and the command line.
    pairs = [(str(d["feature"]), float(d["effect"])) for d in result.get("drivers", [])]
    drivers = at_most(
        readable_drivers(
            pairs,
            typed_fields(
                str(profile.get("role", "")),
                [str(s) for s in profile.get("skills", [])],
                str(profile.get("duties", "")),
            ),
            [(str(d["text"]), _rating(d.get("exposure"))) for d in result.get("duties", [])],
        ),
        MAX_DRIVERS,
    )
    return Report(
        title=title,
        subtitle=subtitle,
        role=str(profile.get("role", "")),
        skills=tuple(str(s) for s in profile.get("skills", [])),
        duties_text=str(profile.get("duties", "")),
        exposure=float(result["exposure"]),
        interval=(float(result["interval"][0]), float(result["interval"][1])),
        band=str(result["band"]),
        mix={kind: float(mix.get(kind, 0.0)) for kind in wording.MIX_KINDS},
        resilience=float(result["resilience"]),
        outlook=str(result["outlook"]),
        categories=_likely_categories(result.get("categories", [])),
        drivers=tuple((d.text, d.points) for d in drivers),
        drivers_total=total_line(pairs, drivers, float(result["exposure"])),
        duties=tuple(_duty(d) for d in result.get("duties", [])),
        pivots=tuple(_pivot(p) for p in result.get("pivots", [])),
        unrecognised_skills=tuple(str(s) for s in result.get("unrecognised_skills", [])),
        model_version=str(result.get("model_version", "unknown")),
        occupations=tuple(wording.listed_occupations(occupations(result), lambda o: o.share)),
        evidence=evidence_lines(result),
        pivot_map=pivot_map_svg(map_points_from_dict(result)) if result.get("pivots") else "",
        placement_chosen=bool(result.get("occupation_chosen") or result.get("category_chosen")),
        placement_words=wording.placement_sure(1.0, True, bool(result.get("occupation_chosen"))),
        mix_basis=_mix_basis(result),
        # On paper: the what-if view is no view a page can open (``wording.on_paper``).
        pivot_note=wording.on_paper(str(result.get("pivot_note", ""))),
        recognised_skills=tuple(str(s) for s in result.get("recognised_skills", [])),
        occupations_nearest=bool(result.get("occupations_nearest")),
        title_note=str(result.get("title_note", "")),
        resilience_points=_resilience_points(result),
    )


def _resilience_points(result: Mapping[str, Any]) -> str:
    """The line of resilience's parts, or "" for a result saved before them (or one
    whose parts do not read)."""
    from career_resilience.contract_read import stored_parts

    parts = stored_parts(result)
    return (
        "" if parts is None else wording.resilience_parts_line(float(result["resilience"]), parts)
    )


def _mix_basis(result: Mapping[str, Any]) -> str:
    """Where the result's mix comes from (older results: no ``readable``, no share)."""
    share = result.get("mix_from_duties")
    readable = sum(
        1
        for d in result.get("duties", [])
        if d.get("readable", d.get("exposure") is not None) is not False
    )
    return wording.mix_basis(
        None if share is None else float(share),
        readable,
        bool(result.get("occupation_chosen")),
        bool(result.get("category_chosen")),
        bool(result.get("occupations_nearest")),
    )


def _pivot(pivot: Mapping[str, Any]) -> PivotView:
    return PivotView(
        id=str(pivot["id"]),
        label=str(pivot["label"]),
        exposure=float(pivot["exposure"]),
        resilience=float(pivot["resilience"]),
        fit=float(pivot["fit"]),
        gap_skills=tuple(str(s) for s in pivot.get("gap_skills", [])),
        plan=tuple(
            PlanStep(
                # A done step of a session saved before c6bea6a in today's words.
                wording.done_step_words(str(s["step"])) if s.get("done") else str(s["step"]),
                float(s["weeks"]),
                str(s["evidence"]),
                bool(s.get("done", False)),
                tuple(str(k) for k in s.get("skills", [])),
            )
            for s in pivot.get("plan", [])
        ),
        why=str(pivot.get("why", "")),
        held_skills=tuple(str(s) for s in pivot.get("held_skills", [])),
    )


def session_report(store: Store, client_id: int, number: int | None = None) -> Report:
    """The report content for session ``number`` of a client (their latest when None).

    Includes the client's shared notes (those on the client, and those on this session)
    and progress from the first session to this one. Private notes are never read.
    """
    client = store.get_client(client_id)
    session = store.session(client_id, number)
    history = summaries(store, client_id, upto=session.number)
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
    progress = stored_progress(store, history)
    return replace(base, pivots=pivots, shared_notes=notes, progress=progress)


def _likely_categories(categories: list[Mapping[str, Any]]) -> tuple[tuple[str, float], ...]:
    """The categories worth naming: the top one, and others at 1% or more."""
    pairs = [(str(c["label"]), float(c["probability"])) for c in categories]
    return tuple(pair for i, pair in enumerate(pairs) if i == 0 or pair[1] >= 0.01)
