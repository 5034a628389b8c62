"""A screen shown before all its widgets are mounted still shows the session."""

from __future__ import annotations

from types import SimpleNamespace

from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from career_resilience.tui.screens.base import SessionScreen


class LateInnerScreen(SessionScreen):
    """A panel whose inner widget arrives a refresh after the screen is mounted, as a
    nested panel's widgets can on a busy machine."""

    def compose(self) -> ComposeResult:
        yield Vertical(id="panel")

    def on_mount(self) -> None:
        self.call_after_refresh(lambda: self.query_one("#panel").mount(Static(id="inner")))
        self.sync_if_stale()

    def sync(self) -> None:
        self.query_one("#inner", Static).update(f"result {self.session.version}")


class SessionApp(App[None]):
    """Just enough app for a session screen: a session with a version."""

    def __init__(self) -> None:
        super().__init__()
        self.session = SimpleNamespace(version=3)

    def on_mount(self) -> None:
        self.push_screen(LateInnerScreen())


async def test_a_result_arriving_before_the_widgets_are_mounted_is_shown_when_they_are():
    # The app stopped with NoMatches (the result's exposure gauge) when a screen was
    # resumed while its panels' widgets were still mounting.
    app = SessionApp()
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        await pilot.pause()
        inner = app.screen.query_one("#inner", Static)
        assert str(inner.render()) == "result 3"
