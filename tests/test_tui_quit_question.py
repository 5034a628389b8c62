"""ctrl+q on a result stored nowhere asks first, as ctrl+n does.

Walked at 80x24: a compliance officer's profile, scored and saved nowhere, went with
the app at the first ctrl+q, the duties typed for it too. With nothing to lose the
app still quits at once, and ctrl+q on the question quits.
"""

from __future__ import annotations

from tui_support import fill_profile, settle


async def test_quitting_with_a_result_saved_nowhere_asks_first(tui_app, screen_text):
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await fill_profile(pilot, "Compliance officer", ["AML"])
        await pilot.press("ctrl+r")
        await settle(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.return_code is None
        shown = screen_text(app, flat=True)
        assert "(Compliance officer) is not saved to a client or a file" in shown
        assert "Quitting closes the app without it and the form" in shown
        await pilot.press("n")
        await pilot.pause()
        assert app.return_code is None and app.session.result is not None
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("ctrl+q")  # on the question: quit
        await pilot.pause()
        assert app.return_code == 0


async def test_quitting_with_nothing_to_lose_quits_at_once(tui_app):
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.return_code == 0
