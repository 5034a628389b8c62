"""Results from background threads that land late: after the app began quitting, or
after the coach moved on to another person. Neither may show, and neither may raise.

Each test fails without its fix: a score is held in its thread (a gated engine) while
the coach acts, then let go.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from coach_support import score, seed, settle, to_clients


class GatedEngine:
    """The tiny engine, with scores held until :attr:`open` is set (while :attr:`gated`)."""

    def __init__(self, engine: Any) -> None:
        self._engine = engine
        self.gated = False
        self.open = threading.Event()
        #: Set when a held score has been worked out (its message follows at once).
        self.scored = threading.Event()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def score(self, profile: Any) -> Any:
        if not self.gated:
            return self._engine.score(profile)
        self.open.wait(10)
        result = self._engine.score(profile)
        self.scored.set()
        return result


@pytest.fixture
def gated(tiny_engine) -> GatedEngine:
    return GatedEngine(tiny_engine)


async def test_opening_another_client_drops_the_score_under_way(
    tui_app, screen_text, gated: GatedEngine
):
    seed("Dana Smith", sessions=1)
    app = tui_app(engine_loader=lambda: gated)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await score(pilot, "Data analyst", ["SQL"])  # someone's result, not saved
        gated.gated = True
        await pilot.press("f2", "ctrl+r")  # rescored: held in its thread
        await pilot.pause()
        await pilot.press("f6")
        await pilot.pause(0.3)
        await pilot.press("enter", "y")  # Dana Smith's record: the unsaved person cleared
        await pilot.pause(0.3)
        gated.open.set()
        await settle(pilot)
        # The held score was the previous person's: it neither shows as Dana's result
        # nor pulls the coach away from her record.
        assert app.session.result is None and app.session.profile is None
        assert "Dana Smith · 1 session" in screen_text(app)


async def test_a_score_posted_before_ctrl_n_is_handled_is_dropped(tui_app, gated: GatedEngine):
    app = tui_app(engine_loader=lambda: gated)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        gated.gated = True
        await score_without_waiting(pilot, "Data analyst")
        gated.open.set()
        # The score finishes and its message is queued before ctrl+n is handled (a key
        # typed while the thread finished): cancelling the worker is too late for it.
        # Waiting here blocks the event loop, so the message waits in the queue.
        assert gated.scored.wait(10)
        time.sleep(0.2)  # the thread posts right after scoring
        app.action_new_profile()
        for _ in range(3):  # the queued message is handled (the cancelled worker is
            await pilot.pause(0.1)  # not waited for: it would raise WorkerCancelled)
        assert app.session.result is None
        assert app.current_mode == "profile"


async def test_a_score_that_lands_while_the_app_quits_is_ignored(tui_app, gated: GatedEngine):
    from career_resilience.model.profile import Profile
    from career_resilience.tui.messages import ProfileScored

    app = tui_app(engine_loader=lambda: gated)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        profile = Profile.create("Data analyst", ["SQL"], "")
        result = gated.score(profile)
        app.exit()
        app.on_profile_scored(ProfileScored(profile, result, app.session.person))
        assert app.session.result is None  # quitting won: nothing is shown or switched to


async def score_without_waiting(pilot, role: str) -> None:
    """Type a title and press ctrl+r, without waiting for the score."""
    from career_resilience.tui.widgets.completing_input import CompletingInput

    await pilot.press("f2")
    pilot.app.screen.query_one("#role", CompletingInput).value = role
    await pilot.press("ctrl+r")
    await pilot.pause()


async def test_a_client_record_that_loads_while_the_app_quits_is_ignored(tui_app):
    from career_resilience.records import Store
    from career_resilience.tui import client_jobs

    seed("Dana Smith", sessions=1)
    seed("Bo Lee", sessions=1)
    app = tui_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await to_clients(pilot)
        await pilot.press("enter")  # the first client's record
        await settle(pilot)
        record = app.screen
        shown = record.client
        with Store.open() as store:
            other = next(c for c in store.list_clients() if c.id != shown.id)
            late = client_jobs.load_detail(store, other.id)
        app.exit()
        record.on_client_detail_loaded(late)
        assert record.client == shown  # quitting won: nothing is drawn


async def test_a_what_if_that_lands_while_the_app_quits_is_ignored(tui_app):
    from career_resilience.model.profile import Profile
    from career_resilience.tui.screens.whatif_scoring import WhatIfScored

    app = tui_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await score(pilot, "Data analyst", ["SQL", "Excel"])
        await pilot.press("f5")
        await settle(pilot)
        whatif = app.screen
        start = app.session.profile
        variant = Profile.create(start.role, [*start.skills, "Python"], start.duties)
        assert variant not in whatif._scored
        result = app.session.engine.score(variant)
        known = dict(whatif._scored)
        app.exit()
        whatif.on_what_if_scored(WhatIfScored(variant, result))
        assert whatif._scored == known  # quitting won: nothing is kept or drawn
