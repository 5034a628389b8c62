"""ctrl+q on a result stored nowhere asks first, as ctrl+n does.

Walked at 80x24: a compliance officer's profile, scored and saved nowhere, went with
the app at the first ctrl+q, the duties typed for it too. With nothing to lose the
app still quits at once, and ctrl+q on the question quits.
"""

from __future__ import annotations

from tui_support import score_profile, settle


async def test_quitting_with_a_result_saved_nowhere_asks_first(tui_app, screen_text):
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await score_profile(pilot, "Compliance officer", ["AML"])
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


async def test_after_an_export_the_question_says_the_report_cannot_be_opened(
    tui_app, screen_text, tmp_path, monkeypatch
):
    # Walked at 80x24: after ctrl+e wrote lunch-lady.md, ctrl+n said the result was
    # "not saved to a client or a file", which read as untrue.
    monkeypatch.chdir(tmp_path)
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await score_profile(pilot, "Lunch lady", ["food safety"])
        await pilot.press("ctrl+e")
        await pilot.pause()
        await pilot.press("enter")  # the default name, in the folder started from
        await settle(pilot)
        assert (tmp_path / "lunch-lady.md").exists()
        await pilot.press("ctrl+n")
        await pilot.pause()
        shown = screen_text(app, flat=True)
        assert "is not saved to a client or as a profile file" in shown
        assert "the report exported (ctrl+e) cannot be opened in the app again" in shown
