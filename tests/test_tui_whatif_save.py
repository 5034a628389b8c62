"""Saving to a client from what-if says which result is saved.

Seen in tmux (issue 11): a coach trying "Python" on a client's profile pressed ctrl+k and
the dialog showed only the starting figures, not saying whether the trial was saved. The
session saved is the starting result (a trial is not the client's profile until ctrl+y
keeps it), and the dialog now says so while other skills are being tried.
"""

from __future__ import annotations

from test_tui_whatif_layout import _what_if
from tui_support import settle, wait_until

from career_resilience.wording import save_starting_result

STARTING = save_starting_result("ctrl+y")


def _change(app) -> str:
    return app.screen.query_one("#whatif-change").visual.plain


async def test_save_from_what_if_says_it_saves_the_starting_result(tui_app):
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _what_if(pilot, ["Excel", "SQL"])
        await pilot.press(*"Python", "enter")
        await wait_until(pilot, lambda: "Python" in _change(app))
        start = app.session.result
        await pilot.press("ctrl+k")
        await settle(pilot)
        assert app.screen.query_one("#save-starting").visual.plain == STARTING
        assert app.screen.result == start.to_dict()  # the starting result, as it says
        await pilot.press("escape", "ctrl+z")  # back to where it started: nothing tried
        await settle(pilot)
        await pilot.press("ctrl+k")
        await settle(pilot)
        assert app.screen.query_one("#save-summary")  # the dialog is open
        assert not app.screen.query("#save-starting")
