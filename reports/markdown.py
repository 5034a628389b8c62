"""Reports as Markdown: for one unsaved result, or for a client's session."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from career_resilience.model.result import percent_sure
from career_resilience.records.store import Store
from career_resilience.reports import content as c
from career_resilience.reports import text


def render_result_markdown(profile: Mapping[str, Any], result: Mapping[str, Any]) -> str:
    """Markdown for a single scored profile that has not been saved to any client."""
    return render_markdown(c.result_report(profile, result))


def render_session_markdown(store: Store, client_id: int, number: int | None = None) -> str:
    """Markdown report of a client's session (latest when ``number`` is None)."""
    return render_markdown(c.session_report(store, client_id, number))


def render_markdown(report: c.Report) -> str:
    """Render report content as Markdown (ends with a single newline)."""
    out: list[str] = [f"# {report.title}", ""]
    if report.subtitle:
        out += [report.subtitle, ""]
    out += _profile(report) + _exposure(report) + _resilience(report) + _drivers(report)
    out += _duties(report) + _pivots(report) + _notes(report) + _progress(report)
    out += _about(report)
    return "\n".join(out).rstrip() + "\n"


def _cell(value: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(value.split()).replace("|", "\\|")


def _profile(r: c.Report) -> list[str]:
    out = ["## Profile", "", f"- **Role:** {r.role or 'not given'}"]
    out.append(f"- **Skills:** {', '.join(r.skills) if r.skills else 'none listed'}")
    if r.duties_text.strip():
        duties = [" ".join(line.split()) for line in r.duties_text.splitlines()]
        out.append(f"- **Duties:** {'; '.join(d for d in duties if d)}")
    return [*out, ""]


def _exposure(r: c.Report) -> list[str]:
    low, high = r.interval
    out = [
        f"## AI exposure: {c.score(r.exposure)} / 100 ({r.band})",
        "",
        f"Likely between {c.score(low)} and {c.score(high)}: the model is uncertain, and "
        "the score could be anywhere in that range. " + text.SCALE_NOTE,
        "",
        f"**What it means:** {text.band_meaning(r.band)}",
        "",
        f"**What it does not mean:** {text.EXPOSURE_DISCLAIMER} {text.NOT_MEANT}",
        "",
        "How the work splits:",
        "",
    ]
    out += [f"- {label}: {c.percent(share)}" for label, share in r.mix]
    if r.categories:
        families = ", ".join(f"{label} ({percent_sure(p)})" for label, p in r.categories)
        out += ["", f"Closest kinds of work: {families}."]
    return [*out, ""]


def _resilience(r: c.Report) -> list[str]:
    return [
        "## Resilience and outlook",
        "",
        f"**Resilience:** {c.score(r.resilience)} / 100. {text.RESILIENCE_NOTE}",
        "",
        f"**Outlook:** {r.outlook}. {text.outlook_meaning(r.outlook)}",
        "",
    ]


def _drivers(r: c.Report) -> list[str]:
    if not r.drivers:
        return []
    out = ["## What drives the score", "", "| Factor | Effect on exposure |", "|---|---|"]
    out += [f"| {_cell(feature)} | {c.effect(value)} |" for feature, value in r.drivers]
    return [*out, ""]


def _duties(r: c.Report) -> list[str]:
    if not r.duties:
        return []
    out = ["## Duties", "", "| Duty | AI exposure | Share of the work |", "|---|---|---|"]
    out += [
        f"| {_cell(duty)} | {c.duty_level(exp)} | {c.percent(share)} |"
        for duty, exp, share in r.duties
    ]
    return [*out, ""]


def _pivots(r: c.Report) -> list[str]:
    out = ["## Where to pivot", ""]
    if not r.pivots:
        return [*out, "No pivot suggestions for this profile.", ""]
    for i, p in enumerate(r.pivots, 1):
        out += [
            f"### {i}. {p.label}" + (" (chosen)" if p.chosen else ""),
            "",
            f"Exposure {c.score(p.exposure)} / 100 · resilience {c.score(p.resilience)} / 100 · "
            f"fit {c.percent(p.fit)}",
            "",
            f"**Skills to build:** {', '.join(p.gap_skills) or 'none: you have them already'}",
            "",
        ]
        if p.why:
            out += [p.why, ""]
        if p.plan:
            out += [f"**{c.plan_heading(p)}:**", ""]
            out += [f"{n}. {c.step_text(s)}" for n, s in enumerate(p.plan, 1)]
            out.append("")
    if r.unrecognised_skills:
        out += [
            "Skills the model did not recognise (not counted): "
            + ", ".join(r.unrecognised_skills)
            + ".",
            "",
        ]
    return out


def _notes(r: c.Report) -> list[str]:
    if not r.shared_notes:
        return []
    out = ["## Notes from your coach", ""]
    for day, body in r.shared_notes:
        lines = body.splitlines() or [""]
        out.append(f"- {day.isoformat()}: {lines[0]}")
        out += [f"  {line}" for line in lines[1:]]
    return [*out, ""]


def _progress(r: c.Report) -> list[str]:
    if r.progress is None:
        return []
    lines = c.progress_lines(r.progress)
    out = ["## Progress since the first session", ""]
    if len(r.progress.exposures) > 1:
        # The sparkline goes in a code span so Markdown viewers keep it monospaced.
        out += [f"`{r.progress.sparkline}` {lines[0]}", ""]
        lines = lines[1:]
    out += [f"- {line}" for line in lines]
    return [*out, ""]


def _about(r: c.Report) -> list[str]:
    out = ["## About this report", "", f"Model version: {r.model_version}.", ""]
    out += ["Sources and licences:", ""]
    out += [f"- {s.citation} Licence: {s.licence}." for s in text.SOURCES]
    return out
