"""The top bar: app name, the five views with their keys (clickable), and the model state."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual import events
from textual.content import Content
from textual.widget import Widget

from career_resilience.tui.views import VIEWS, key_text

if TYPE_CHECKING:
    from career_resilience.tui.app import ResilienceApp

TITLE = "Career resilience"


class ViewBar(Widget):
    """One line: where you are, where you can go, and whether the model is ready."""

    DEFAULT_CSS = """
    ViewBar {
        height: 1;
        background: $panel;
        text-wrap: nowrap;
    }
    """

    def __init__(self, active: str) -> None:
        super().__init__()
        self.active = active
        self._spans: list[tuple[int, int, str]] = []

    def _status(self) -> Content:
        from career_resilience.tui.session import ModelState

        session = cast("ResilienceApp", self.app).session
        if session.model_state is ModelState.READY:
            return Content.styled("● model ready", "$text-success")
        if session.model_state is ModelState.FAILED:
            return Content.styled("✕ model not loaded", "$text-error")
        return Content.styled("◌ loading model…", "$text-muted")

    def render(self) -> Content:
        """Title, tabs and status, dropping the title when the line is too narrow."""
        width = self.content_size.width or 80
        tabs: list[Content] = []
        for view in VIEWS:
            key = key_text(view.key)
            if view.id == self.active:
                tabs.append(Content.styled(f" {key} {view.label} ", "bold reverse $text-primary"))
            else:
                tabs.append(Content.assemble((f" {key}", "$text-muted"), f" {view.label} "))
        status = self._status()
        title = Content.styled(f" {TITLE} ", "bold $text-accent")
        used = sum(t.cell_length for t in tabs) + status.cell_length + 1
        lead = title if used + title.cell_length <= width else Content("")
        self._spans = []
        x = lead.cell_length
        for view, tab in zip(VIEWS, tabs, strict=True):
            self._spans.append((x, x + tab.cell_length, view.id))
            x += tab.cell_length
        gap = max(1, width - x - status.cell_length)
        return Content.assemble(lead, *tabs, " " * gap, status)

    def on_click(self, event: events.Click) -> None:
        """Clicking a tab switches to that view."""
        for start, end, mode in self._spans:
            if start <= event.x < end:
                self.app.switch_mode(mode)
                return
