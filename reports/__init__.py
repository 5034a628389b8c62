"""Session reports (Markdown, HTML) built from stored results.

No Textual and no scoring engine here: reports work from the plain profile/result
dicts of the public contract, so the CLI and the app render the same content.
"""

from __future__ import annotations

from career_resilience.reports.content import Report, result_report, session_report
from career_resilience.reports.html import render_html, render_result_html, render_session_html
from career_resilience.reports.markdown import (
    render_markdown,
    render_result_markdown,
    render_session_markdown,
)

__all__ = [
    "Report",
    "render_html",
    "render_markdown",
    "render_result_html",
    "render_result_markdown",
    "render_session_html",
    "render_session_markdown",
    "result_report",
    "session_report",
]
