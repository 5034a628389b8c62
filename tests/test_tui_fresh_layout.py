"""A view shown again after the theme changed fits its new text: Textual 8.2 reused the
size it had measured for the old text at that width (tmux walk at 200x50: the pivots'
intro, three lines of a bank teller's note, was cut to the one line of the previous
person's, a social worker's, mid-sentence)."""

from __future__ import annotations

from tui_support import model_settled, settle

from career_resilience.model.profile import Profile


async def test_a_view_shown_again_after_a_theme_change_fits_its_new_text(tui_app, tiny_engine):
    app = tui_app()
    session = app.session
    async with app.run_test(size=(80, 24)) as pilot:
        await model_settled(pilot)
        # Set, not scored: the result view is not needed here.
        cashier = Profile.create("Cashier", ["Excel"], "")
        session.set_result(cashier, tiny_engine.score(cashier))  # no note: one line at 200
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press("ctrl+n", "y")  # the next client (this result is saved nowhere)
        await pilot.resize_terminal(200, 50)
        await pilot.pause()
        app.action_toggle_theme()
        await settle(pilot)
        # (A registered nurse's note had said what was left out at their level: their
        # step into health services management is at their level now.)
        nurse = Profile.create("Nurse practitioner", ["Excel"], "")
        session.set_result(nurse, tiny_engine.score(nurse))
        await pilot.press("f4")
        await settle(pilot)
        intro = app.screen.query_one("#pivots-intro")
        # With its note: four lines at 200 columns (the step up it lists at a cost and
        # what the rules left out at its level are each said; its close move,
        # acupuncture, a master's for -3.5, is no move since 2026-12-07).
        assert "worth weighing" in intro.visual.plain
        assert "The rules left out" in intro.visual.plain
        assert intro.region.height == 4
