"""What-if answers a switch at once: the skill under the cursor is scored before space."""

from __future__ import annotations

from tui_support import SIZE, score_profile, settle, wait_until

from career_resilience.model.profile import Profile
from career_resilience.tui.screens.whatif import WhatIfScreen
from career_resilience.tui.widgets.completing_input import CompletingInput
from career_resilience.tui.widgets.prepared import Prepared
from career_resilience.tui.widgets.skill_toggles import SkillToggles

ROLE = "Call centre agent"
SKILLS = ["Data entry", "Zendesk", "De-escalation"]


async def _open_whatif(pilot) -> WhatIfScreen:
    await settle(pilot)
    await score_profile(pilot, ROLE, SKILLS)
    await pilot.press("f5")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, WhatIfScreen)
    return screen


async def test_space_shows_the_score_worked_out_while_the_cursor_rested(
    tui_app, tiny_engine, screen_text, monkeypatch
):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_whatif(pilot)
        await pilot.press("tab", "down")  # into the list, onto Zendesk
        without = Profile.create(ROLE, [SKILLS[0], SKILLS[2]])
        await wait_until(pilot, lambda: without in screen._scored)
        await settle(pilot)
        # Scoring ahead changes nothing on screen.
        assert "No changes yet" in screen_text(app)
        expected = tiny_engine.score(without)
        score = tiny_engine.score

        def not_this_one(profile, *args, **kwargs):
            assert profile != without, "scored again on the key press"
            return score(profile, *args, **kwargs)

        monkeypatch.setattr(tiny_engine, "score", not_this_one)
        await pilot.press("space")
        await pilot.pause()  # one repaint, no worker waited for
        shown = screen_text(app)
        assert "[ ] Zendesk" in shown
        assert "Changed: − Zendesk" in shown
        assert f"Exposure     {expected.exposure:4.1f}" in shown
        await settle(pilot)
        assert "Could not" not in screen_text(app)


async def test_switching_back_shows_the_starting_figures(tui_app, tiny_engine, screen_text):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_whatif(pilot)
        start = screen.current
        await pilot.press("tab", "space")  # Data entry off
        await settle(pilot)
        assert "Changed: − Data entry" in screen_text(app)
        await pilot.press("space")  # and on again
        await pilot.pause()
        assert screen.current == start  # the very result scored at the start
        assert "No changes yet" in screen_text(app)


def _redrawn_on_the_spot(screen) -> None:
    """Forget every panel drawn ahead and repaint them from their texts."""
    for widget in screen.query(Prepared):
        widget._prepared.clear()
        widget.refresh()
    toggles = screen.query_one(SkillToggles)
    toggles._rows_ahead.clear()
    toggles._option_render_cache.clear()
    toggles.refresh()


async def _drawn_ahead(pilot, screen) -> None:
    """Rest on Zendesk until space on it is scored and its panels are drawn ahead."""
    await pilot.press("tab", "down")
    without = Profile.create(ROLE, [SKILLS[0], SKILLS[2]])
    await wait_until(pilot, lambda: without in screen._scored)
    await settle(pilot)
    assert all(w._prepared for w in screen.query(Prepared)), "nothing was drawn ahead"
    assert screen.query_one(SkillToggles)._rows_ahead, "the switched row was not drawn ahead"


async def test_panels_drawn_ahead_show_what_they_would_draw_on_the_spot(tui_app, screen_text):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_whatif(pilot)
        await _drawn_ahead(pilot, screen)
        await pilot.press("space")
        await pilot.pause()
        shown, drawn = screen_text(app), app.export_screenshot()  # colours included
        assert "Changed: − Zendesk" in shown
        _redrawn_on_the_spot(screen)
        await pilot.pause()
        assert screen_text(app) == shown
        assert app.export_screenshot() == drawn


async def test_panels_drawn_ahead_in_one_theme_are_not_shown_in_the_other(tui_app):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_whatif(pilot)
        await _drawn_ahead(pilot, screen)  # in the dark theme
        app.action_toggle_theme()
        await pilot.pause()
        await pilot.press("space")
        await pilot.pause()
        drawn = app.export_screenshot()  # colours included
        _redrawn_on_the_spot(screen)
        await pilot.pause()
        assert app.export_screenshot() == drawn


async def test_a_variant_keeps_the_occupation_chosen_for_the_start(tui_app):
    # After "that's not me" chose an occupation, every what-if variant was scored as
    # if nothing had been chosen: "now" differed from "start" before any change.
    nurse = "29-1141.00"
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await score_profile(pilot, ROLE, SKILLS)
        app.rescore_in_occupation(nurse)
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        await pilot.press(*"SQL", "enter")
        await settle(pilot)
        profile, result = app.screen.current
        assert profile.occupation == nurse
        assert result.occupation_chosen and result.occupations[0].onet_soc == nurse


async def test_the_key_is_painted_before_anything_is_drawn_ahead_for_the_next(tui_app):
    # Drawing the panels ahead for the next likely key costs about as much as the
    # repaint itself; it used to run (through call_after_refresh) before the key's own
    # frame had gone out, so every what-if key waited for it.
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_whatif(pilot)
        await _drawn_ahead(pilot, screen)
        before = screen.current
        events: list[str] = []
        paint, prepare = screen._compositor_refresh, screen._prepare

        def painted() -> None:
            paint()
            if screen.current is not before and "paint" not in events:
                events.append("paint")

        def prepared(profile) -> None:
            events.append("prepare")
            prepare(profile)

        screen._compositor_refresh = painted
        screen._prepare = prepared
        await pilot.press("space")
        await settle(pilot)
        # Space on the same skill again (switch it back) is the next likely key, and
        # its panels are drawn ahead: after the frame showing this key.
        assert "prepare" in events, "nothing drawn ahead after the key"
        assert events[0] == "paint", events


async def test_ctrl_y_keeps_the_skill_added_though_its_score_was_still_under_way(
    tui_app, tiny_engine, monkeypatch
):
    # ctrl+y kept the variant shown (the one before Python, whose score had not come
    # back yet) and said "kept" all the same: the profile went on without Python.
    import threading

    released = threading.Event()
    score = tiny_engine.score

    def held_back(profile, *args, **kwargs):
        if "Python" in profile.skills:
            released.wait(10)
        return score(profile, *args, **kwargs)

    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open_whatif(pilot)
        monkeypatch.setattr(tiny_engine, "score", held_back)
        screen.query_one("#whatif-add", CompletingInput).value = "Python"
        await pilot.press("enter", "ctrl+y")
        await pilot.pause()
        released.set()
        await wait_until(pilot, lambda: "Python" in app.session.profile.skills)
        await settle(pilot)
        assert app.session.profile.skills == (*SKILLS, "Python")
        assert screen.start_profile == app.session.profile
