"""A score that lands while the person has moved on never takes their keystrokes.

Under load a score takes seconds; the app switched to the result whenever one landed,
so letters typed meanwhile on another view or into the form went to the result view,
whose letters are keys ("c" opened "that's not me"). The engine here holds each score
until the test lets it finish, so the timing is the test's, not the machine's.
"""

from __future__ import annotations

import threading

from tui_support import SIZE, fill_profile, model_settled, wait_until


class HeldEngine:
    """The tiny engine, whose scores wait for :attr:`release` once :attr:`holding` is set."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.holding = False
        self.release = threading.Event()

    def __getattr__(self, name: str):
        return getattr(self.engine, name)

    def score(self, profile):
        """Score, waiting first when holding (in the app's worker thread)."""
        if self.holding:
            self.release.wait(10)
        return self.engine.score(profile)


async def _asked_to_score(pilot, held: HeldEngine) -> None:
    await model_settled(pilot)
    await fill_profile(pilot, "Data analyst", ["SQL"])
    held.holding = True
    await pilot.press("ctrl+r")


async def test_keys_typed_into_the_form_while_it_scores_stay_in_the_form(tui_app, tiny_engine):
    held = HeldEngine(tiny_engine)
    app = tui_app(lambda: held)
    async with app.run_test(size=SIZE) as pilot:
        await _asked_to_score(pilot, held)
        await pilot.press(*"Exc")
        held.release.set()
        await wait_until(pilot, lambda: app.session.result is not None)
        await pilot.press(*"el")
        await pilot.pause()
        # The form was changed after Enter: the result waits on F3, the typing goes on.
        assert app.current_mode == "profile"
        assert app.screen.query_one("#skill-entry").value == "Excel"
        # Said as the edit it is: "F3 shows the result" beside a form no longer scored
        # read as if F3 showed this form's score.
        status = str(app.screen.query_one("#model-status").render())
        assert "F3 still shows the score before the edit; ctrl+r scores it again." in status


async def test_a_score_landing_after_the_person_moved_on_does_not_pull_them_back(
    tui_app, tiny_engine
):
    held = HeldEngine(tiny_engine)
    app = tui_app(lambda: held)
    async with app.run_test(size=SIZE) as pilot:
        await _asked_to_score(pilot, held)
        await pilot.press("f6")
        await wait_until(pilot, lambda: app.current_mode == "clients")
        held.release.set()
        await wait_until(pilot, lambda: app.session.result is not None)
        await pilot.pause()
        assert app.current_mode == "clients"
        assert any("F3 shows the result" in n.message for n in app._notifications)
        await pilot.press("f3")
        await wait_until(pilot, lambda: app.current_mode == "result")


async def test_a_score_asked_for_and_waited_for_still_opens_the_result(tui_app, tiny_engine):
    held = HeldEngine(tiny_engine)
    app = tui_app(lambda: held)
    async with app.run_test(size=SIZE) as pilot:
        await _asked_to_score(pilot, held)
        held.release.set()
        await wait_until(pilot, lambda: app.current_mode == "result")
