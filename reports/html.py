"""Reports as one self-contained HTML file: inline CSS and SVG, nothing fetched.

The layout is ``templates/report.html.j2``, rendered with autoescape on: every value,
including text from the scoring engine, is HTML-escaped because client names, skills
and notes are typed by people, and a template cannot forget to.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from career_resilience import wording
from career_resilience.records.store import Store
from career_resilience.reports import content as c
from career_resilience.reports.sources import SOURCES
from career_resilience.reports.templating import html_environment


@dataclass(frozen=True)
class Meter:
    """Where the score mark and the likely range sit on the 0-100 meter, in percent."""

    low: float
    width: float
    mark: float


@dataclass(frozen=True)
class Sparkline:
    """An inline SVG line of one score per session on the fixed 0-100 scale."""

    label: str
    points: tuple[tuple[str, str], ...]
    width: int = 160
    height: int = 40

    @property
    def polyline(self) -> str:
        """The points as SVG ``polyline`` coordinates."""
        return " ".join(f"{x},{y}" for x, y in self.points)


def sparkline(name: str, values: Sequence[float], width: int = 160, height: int = 40) -> Sparkline:
    """The sparkline of ``values`` labelled with the trend sentence for screen readers;
    a long history draws its latest sessions, as the text sparklines do."""
    label = wording.trend_sentence(name, values)
    values = values[-wording.SPARK_SESSIONS :]
    pad = 4
    step = (width - 2 * pad) / max(len(values) - 1, 1)
    points = tuple(
        (
            f"{pad + i * step:.1f}",
            f"{pad + (100 - min(max(v, 0.0), 100.0)) / 100 * (height - 2 * pad):.1f}",
        )
        for i, v in enumerate(values)
    )
    return Sparkline(label, points, width, height)


def render_session_html(store: Store, client_id: int, number: int | None = None) -> str:
    """Self-contained HTML report of a client's session (latest when ``number`` is None)."""
    return render_html(c.session_report(store, client_id, number))


def render_result_html(profile: Mapping[str, Any], result: Mapping[str, Any]) -> str:
    """Self-contained HTML for a single scored profile not saved to any client."""
    return render_html(c.result_report(profile, result))


def render_html(report: c.Report) -> str:
    """Render report content as a complete, self-contained HTML document."""
    low, high = report.interval
    meter = Meter(low=low, width=max(high - low, 0.5), mark=report.exposure)
    p = report.progress
    sparks = (
        [sparkline("Exposure", p.exposures), sparkline("Resilience", p.resiliences)]
        if p is not None and len(p.exposures) > 1
        else []
    )
    template = html_environment().get_template("report.html.j2")
    page = template.render(r=report, sources=SOURCES, meter=meter, sparks=sparks)
    return page.rstrip() + "\n"
