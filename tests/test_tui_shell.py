"""The app's shell: one registry of keys and views, and workers that fail without exiting."""

from __future__ import annotations

from tui_support import SIZE, fill_profile, score_profile, settle, wait_until

from career_resilience.tui import views
from career_resilience.tui.screens.help import help_text


class Exploding:
    """The tiny engine, except that scoring raises while ``armed`` (or for role "Boom")."""

    def __init__(self, engine) -> None:
        self._engine = engine
        self.armed = False

    def __getattr__(self, name):
        return getattr(self._engine, name)

    def score(self, profile):
        if self.armed or profile.role == "Boom":
            raise RuntimeError("the scorer broke")
        return self._engine.score(profile)


async def test_a_failing_score_or_what_if_shows_why_and_the_app_stays(
    tui_app, tiny_engine, screen_text
):
    engine = Exploding(tiny_engine)
    app = tui_app(engine_loader=lambda: engine)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await score_profile(pilot, "Boom", ["SQL"])
        await wait_until(pilot, lambda: "Could not score this profile" in screen_text(app))
        assert "RuntimeError: the scorer broke" in screen_text(app, flat=True)
        assert app.is_running and app.return_code is None
        assert app.current_mode == "profile" and app.session.result is None
        await fill_profile(pilot, "Data analyst", ["SQL", "Excel"])  # the next score works
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert app.current_mode == "result" and app.session.result is not None
        # A failing what-if says why and keeps the last score (it had a run of its own).
        await pilot.press("f5")
        await settle(pilot)
        engine.armed = True
        app.screen.query_one("#whatif-list").focus()
        await pilot.press("down", "space")
        await settle(pilot)
        await wait_until(pilot, lambda: "Could not score this what-if" in screen_text(app))
        assert app.is_running and app.current_mode == "whatif"
        assert app.session.result is not None


async def test_view_keys_help_and_result_actions_before_and_after_a_result(tui_app, screen_text):
    """Every view key from the registry switches to it and the help explains every key;
    result actions (export) and the pivot keys (details, map) wait for a result. One
    app run (they were three)."""
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for view in views.VIEWS:
            await pilot.press(view.key)
            await pilot.pause()
            assert app.current_mode == view.id
        await pilot.press("f1")
        await wait_until(pilot, lambda: "Help" in screen_text(app))
        assert "Escape closes · ↑↓ scroll" in screen_text(app, flat=True)
        whole = help_text(200).plain
        for action in views.ACTIONS:
            if action.keys and action.about:  # every key the app binds is explained
                assert views.key_text(action.keys) in whole, action.action
        await pilot.press("escape")
        await pilot.pause()
        # Result actions wait for a result.
        await pilot.press("f3")
        await pilot.pause()
        assert "^e Export" not in screen_text(app)
        await pilot.press("ctrl+e")  # nothing to export: no prompt opens
        await pilot.pause()
        assert app.screen.id != "prompt" and "Export result" not in screen_text(app)
        assert not app.command_available("export")
        # The pivot keys appear only once there are pivots.
        await pilot.press("f4")
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "No result yet" in screen_text(app) and "Map" not in footer
        assert "Details" not in footer
        await pilot.press("f2")
        await score_profile(pilot, "Data analyst", ["SQL"])
        assert "^e Export" in screen_text(app)
        assert app.command_available("export")
        await pilot.press("f4")
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "d Details" in footer and "m Map" in footer


def test_the_help_says_ai_as_written_and_pivots_as_the_view_ranks_them() -> None:
    whole = " ".join(help_text(200).plain.split())
    # str.capitalize() had lowercased the rest of the sentence: "as ai spreads".
    assert "as AI spreads" in whole and " ai " not in whole
    # It had said pivots "raise your resilience, ranked by ... how much they help",
    # above a list that shows a step up costing points (a roofer's supervisor move −8).
    assert "Roles next to yours that raise your resilience" not in whole
    assert "ranked by fit and by what each move does to your resilience" in whole
