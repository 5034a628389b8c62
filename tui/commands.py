"""Command-palette entries (ctrl+p) for the app's main actions (listed in tui/views.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from career_resilience.tui.views import palette

if TYPE_CHECKING:
    from career_resilience.tui.app import ResilienceApp


class ResilienceCommands(Provider):
    """The app's own actions by name."""

    @property
    def _app(self) -> ResilienceApp:
        return cast("ResilienceApp", self.app)

    def _runner(self, action: str) -> Callable[[], object]:
        return lambda: self._app.run_action(action)

    async def discover(self) -> Hits:
        """Every command, shown when the palette opens."""
        for name, help_text, action in palette():
            if self._app.command_available(action):
                yield DiscoveryHit(name, self._runner(action), help=help_text)

    async def search(self, query: str) -> Hits:
        """Commands whose name matches what was typed."""
        matcher = self.matcher(query)
        for name, help_text, action in palette():
            score = matcher.match(name)
            if score > 0 and self._app.command_available(action):
                yield Hit(score, matcher.highlight(name), self._runner(action), help=help_text)
