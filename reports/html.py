"""Reports as one self-contained HTML file: inline CSS and SVG, nothing fetched.

Every piece of text goes through :func:`_e` (HTML escaping), including text from the
scoring engine, because client names, skills and notes are typed by people.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from career_resilience.model.result import percent_sure
from career_resilience.records.store import Store
from career_resilience.reports import content as c
from career_resilience.reports import text

_CSS = """
:root { --ink: #1d2430; --muted: #5b6472; --line: #d7dce3; --accent: #2f6f9f;
        --hi: #b5472f; --lo: #3c8a5a; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: var(--ink); margin: 0; background: #fff; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line);
     padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
.sub, .muted { color: var(--muted); }
.big { font-size: 2.4rem; font-weight: 700; line-height: 1; }
.meter { position: relative; height: .9rem; background: #eef1f5; border-radius: .45rem;
         margin: .6rem 0 .2rem; overflow: hidden; }
.meter .range { position: absolute; top: 0; bottom: 0; background: #c9d9e8; }
.meter .mark { position: absolute; top: 0; bottom: 0; width: 3px; background: var(--accent); }
.callout { border-left: 4px solid var(--accent); background: #f4f7fa; padding: .6rem .9rem;
           margin: .8rem 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line);
         vertical-align: top; }
.up { color: var(--hi); } .down { color: var(--lo); }
.pivot { border: 1px solid var(--line); border-radius: .5rem; padding: .25rem 1rem .75rem;
         margin: 1rem 0; }
.note { white-space: pre-wrap; margin: .4rem 0; }
.spark { color: var(--accent); vertical-align: middle; }
ol li, ul li { margin: .2rem 0; }
li.done { color: var(--muted); }
footer { margin-top: 2.5rem; font-size: .85rem; color: var(--muted); }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  .pivot, table, .callout, figure { break-inside: avoid; }
  .meter, .meter .range, .meter .mark { print-color-adjust: exact;
                                        -webkit-print-color-adjust: exact; }
  @page { margin: 16mm; }
}
"""


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def render_session_html(store: Store, client_id: int, number: int | None = None) -> str:
    """Self-contained HTML report of a client's session (latest when ``number`` is None)."""
    return render_html(c.session_report(store, client_id, number))


def render_result_html(profile: Mapping[str, Any], result: Mapping[str, Any]) -> str:
    """Self-contained HTML for a single scored profile not saved to any client."""
    return render_html(c.result_report(profile, result))


def render_html(report: c.Report) -> str:
    """Render report content as a complete, self-contained HTML document."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(report.title)}</title><style>{_CSS}</style></head><body><main>",
        f"<header><h1>{_e(report.title)}</h1>",
        f'<p class="sub">{_e(report.subtitle)}</p>' if report.subtitle else "",
        "</header>",
        _profile(report),
        _exposure(report),
        _resilience(report),
        _drivers(report),
        _duties(report),
        _pivots(report),
        _notes(report),
        _progress(report),
        _about(report),
        "</main></body></html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


def _section(title: str, body: str) -> str:
    return f"<section><h2>{_e(title)}</h2>\n{body}\n</section>"


def _profile(r: c.Report) -> str:
    rows = [("Role", r.role or "not given"), ("Skills", ", ".join(r.skills) or "none listed")]
    cells = [_e(v) for _, v in rows]
    if r.duties_text.strip():
        rows.append(("Duties", r.duties_text))
        # One task per line, as the person wrote them.
        cells.append("<br>".join(_e(line) for line in r.duties_text.splitlines() if line.strip()))
    body = "".join(
        f"<tr><th>{_e(k)}</th><td>{v}</td></tr>" for (k, _), v in zip(rows, cells, strict=True)
    )
    return _section("Profile", f"<table>{body}</table>")


def _exposure(r: c.Report) -> str:
    low, high = r.interval
    meter = (
        '<div class="meter" aria-hidden="true">'
        f'<div class="range" style="left:{low:.1f}%;width:{max(high - low, 0.5):.1f}%"></div>'
        f'<div class="mark" style="left:calc({r.exposure:.1f}% - 1px)"></div></div>'
    )
    mix = "".join(f"<li>{_e(label)}: {c.percent(share)}</li>" for label, share in r.mix)
    families = ", ".join(f"{_e(label)} ({percent_sure(p)})" for label, p in r.categories)
    body = (
        f'<p><span class="big">{c.score(r.exposure)}</span> / 100 &middot; '
        f"<strong>{_e(r.band)}</strong></p>{meter}"
        f'<p class="muted">Likely between {c.score(low)} and {c.score(high)}: the model is '
        f"uncertain, and the score could be anywhere in that range. {_e(text.SCALE_NOTE)}</p>"
        f"<p><strong>What it means:</strong> {_e(text.band_meaning(r.band))}</p>"
        f'<div class="callout"><strong>What it does not mean:</strong> '
        f"{_e(text.EXPOSURE_DISCLAIMER)} {_e(text.NOT_MEANT)}</div>"
        f"<p>How the work splits:</p><ul>{mix}</ul>"
        + (f"<p>Closest kinds of work: {families}.</p>" if families else "")
    )
    return _section("AI exposure", body)


def _resilience(r: c.Report) -> str:
    body = (
        f'<p><span class="big">{c.score(r.resilience)}</span> / 100 resilience</p>'
        f"<p>{_e(text.RESILIENCE_NOTE)}</p>"
        f"<p><strong>Outlook:</strong> {_e(r.outlook)}. {_e(text.outlook_meaning(r.outlook))}</p>"
    )
    return _section("Resilience and outlook", body)


def _table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    th = "".join(f"<th>{_e(h)}</th>" for h in head)
    trs = "".join("<tr>" + "".join(f"<td>{_e(v)}</td>" for v in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>"


def _drivers(r: c.Report) -> str:
    if not r.drivers:
        return ""
    rows = [(feature, c.effect(value)) for feature, value in r.drivers]
    return _section("What drives the score", _table(("Factor", "Effect on exposure"), rows))


def _duties(r: c.Report) -> str:
    if not r.duties:
        return ""
    rows = [(duty, c.duty_level(exp), c.percent(share)) for duty, exp, share in r.duties]
    return _section("Duties", _table(("Duty", "AI exposure", "Share of the work"), rows))


def _pivots(r: c.Report) -> str:
    if not r.pivots:
        return _section("Where to pivot", "<p>No pivot suggestions for this profile.</p>")
    cards = []
    for i, p in enumerate(r.pivots, 1):
        steps = "".join(
            f'<li class="{"done" if s.done else "todo"}">{_e(c.step_text(s))}</li>' for s in p.plan
        )
        plan = f"<p><strong>{_e(c.plan_heading(p))}</strong>:</p><ol>{steps}</ol>" if p.plan else ""
        why = f"<p>{_e(p.why)}</p>" if p.why else ""
        cards.append(
            f'<div class="pivot"><h3>{i}. {_e(p.label)}{" (chosen)" if p.chosen else ""}</h3>'
            f'<p class="muted">Exposure {c.score(p.exposure)} / 100 &middot; resilience '
            f"{c.score(p.resilience)} / 100 &middot; fit {c.percent(p.fit)}</p>"
            f"<p><strong>Skills to build:</strong> "
            f"{_e(', '.join(p.gap_skills) or 'none: you have them already')}</p>{why}{plan}</div>"
        )
    if r.unrecognised_skills:
        cards.append(
            '<p class="muted">Skills the model did not recognise (not counted): '
            f"{_e(', '.join(r.unrecognised_skills))}.</p>"
        )
    return _section("Where to pivot", "".join(cards))


def _notes(r: c.Report) -> str:
    if not r.shared_notes:
        return ""
    items = "".join(
        f'<div class="note"><strong>{day.isoformat()}</strong>: {_e(body)}</div>'
        for day, body in r.shared_notes
    )
    return _section("Notes from your coach", items)


def _sparkline_svg(values: Sequence[float]) -> str:
    """An inline SVG line of exposure per session on the fixed 0-100 scale."""
    width, height, pad = 160, 40, 4
    step = (width - 2 * pad) / max(len(values) - 1, 1)
    points = [
        (pad + i * step, pad + (100 - min(max(v, 0), 100)) / 100 * (height - 2 * pad))
        for i, v in enumerate(values)
    ]
    line = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    dots = "".join(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5"/>' for x, y in points)
    label = "Exposure over sessions: " + ", ".join(c.score(v) for v in values)
    return (
        f'<svg class="spark" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{_e(label)}"><polyline points="{line}" fill="none" '
        f'stroke="currentColor" stroke-width="2"/><g fill="currentColor">{dots}</g></svg>'
    )


def _progress(r: c.Report) -> str:
    if r.progress is None:
        return ""
    lines = c.progress_lines(r.progress)
    figure = (
        f"<figure>{_sparkline_svg(r.progress.exposures)}</figure>"
        if len(r.progress.exposures) > 1
        else ""
    )
    body = figure + "".join(f"<p>{_e(line)}</p>" for line in lines)
    return _section("Progress since the first session", body)


def _about(r: c.Report) -> str:
    sources = "".join(f"<li>{_e(s.citation)} Licence: {_e(s.licence)}.</li>" for s in text.SOURCES)
    return (
        f"<footer><h2>About this report</h2><p>Model version: {_e(r.model_version)}.</p>"
        f"<p>Sources and licences:</p><ul>{sources}</ul></footer>"
    )
