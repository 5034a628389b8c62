"""Notifications show what a coach typed as typed: a client called "Lee [temp]" is not
turned into markup ("Lee ." or, with a stray closing tag, a failed toast)."""

from __future__ import annotations

from coach_support import settle, to_clients
from textual.content import Content


def toasts(app) -> list[str]:
    """Each notification's text as its toast draws it (markup read only when on)."""
    return [
        (Content.from_markup(n.message) if n.markup else Content(n.message)).plain
        for n in app._notifications
    ]


async def test_client_names_in_notifications_are_shown_as_typed(tui_app):
    app = tui_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await to_clients(pilot)
        await pilot.press("ctrl+g", *"Lee [temp]", "enter")
        await settle(pilot)
        assert "Added Lee [temp]. Enter opens their record." in toasts(app)
        await pilot.press("ctrl+a", "y")  # archive, confirmed
        await settle(pilot)
        assert "Archived Lee [temp]; ctrl+t shows archived clients." in toasts(app)
