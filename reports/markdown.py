"""Reports as Markdown: for one unsaved result, or for a client's session.

The layout is ``templates/report.md.j2``; every value in it is escaped for Markdown
(and for HTML inside Markdown) by :mod:`~career_resilience.reports.templating`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from career_resilience.records.store import Store
from career_resilience.reports import content as c
from career_resilience.reports.sources import SOURCES
from career_resilience.reports.templating import markdown_environment

_BLANK_RUNS = re.compile(r"\n{3,}")


def render_result_markdown(profile: Mapping[str, Any], result: Mapping[str, Any]) -> str:
    """Markdown for a single scored profile that has not been saved to any client."""
    return render_markdown(c.result_report(profile, result))


def render_session_markdown(store: Store, client_id: int, number: int | None = None) -> str:
    """Markdown report of a client's session (latest when ``number`` is None)."""
    return render_markdown(c.session_report(store, client_id, number))


def render_markdown(report: c.Report) -> str:
    """Render report content as Markdown (ends with a single newline)."""
    text = markdown_environment().get_template("report.md.j2").render(r=report, sources=SOURCES)
    # Optional sections leave blank lines behind; one blank line separates blocks.
    return _BLANK_RUNS.sub("\n\n", text).strip() + "\n"
