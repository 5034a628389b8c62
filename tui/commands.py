"""Command-palette entries (ctrl+p) for the app's main actions."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from career_resilience.tui.app import ResilienceApp

#: (name, help, action string run on the app).
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("Score my profile", "Score the profile form and show the result", "score"),
    ("Show profile", "Edit your job title, skills and duties (F2)", "show('profile')"),
    ("Show result", "Exposure, resilience, outlook and why (F3)", "show('result')"),
    ("Show pivots", "Where you could go next, with learning plans (F4)", "show('pivots')"),
    ("What-if", "Switch skills on and off and watch the score (F5)", "show('whatif')"),
    (
        "That's not me: choose my kind of work",
        "Pick the right category and rescore",
        "choose_category",
    ),
    ("Save profile as YAML", "Write the profile to a file (ctrl+s)", "save"),
    ("Open profile from YAML", "Read a saved profile and score it (ctrl+o)", "open"),
    ("Export result as Markdown", "The same report coaches use (ctrl+e)", "export"),
    (
        "Save this assessment to a client",
        "A new session in the client's record (ctrl+k)",
        "save_to_client",
    ),
    ("Show clients", "Coaching clients, their sessions and progress (F6)", "show('clients')"),
    ("New profile", "Clear the form and start again", "new_profile"),
    ("Help", "Keys and what the numbers mean (F1)", "help"),
)


class ResilienceCommands(Provider):
    """The app's own actions by name."""

    @property
    def _app(self) -> ResilienceApp:
        return cast("ResilienceApp", self.app)

    def _runner(self, action: str) -> Callable[[], object]:
        return lambda: self._app.run_action(action)

    async def discover(self) -> Hits:
        """Every command, shown when the palette opens."""
        for name, help_text, action in COMMANDS:
            if self._app.command_available(action):
                yield DiscoveryHit(name, self._runner(action), help=help_text)

    async def search(self, query: str) -> Hits:
        """Commands whose name matches what was typed."""
        matcher = self.matcher(query)
        for name, help_text, action in COMMANDS:
            score = matcher.match(name)
            if score > 0 and self._app.command_available(action):
                yield Hit(score, matcher.highlight(name), self._runner(action), help=help_text)
