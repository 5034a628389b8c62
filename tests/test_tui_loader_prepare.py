"""The loader thread works out what first scores need before the model is announced.

``Engine.prepare_workers`` (the whole pivot table, O*NET's listed titles as the title
rules read them, the "did you mean" tables) runs in the loader thread before "model
ready": no person's first score waits for it, and no score can start while it fills the
pivot table (two at once filled one slot twice). The form is up and takes keys all the
while. Fails on the code before: the app never called it.
"""

from __future__ import annotations

import threading
from typing import Any

from tui_support import SIZE, settle, wait_until

from career_resilience import wording


class HeldPreparation:
    """The tiny engine, whose ``prepare_workers`` waits until :attr:`release` is set."""

    def __init__(self, engine: Any) -> None:
        self._engine = engine
        self.release = threading.Event()
        self.started = threading.Event()
        self.calls = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def prepare_workers(self) -> None:
        self.calls += 1
        self.started.set()
        self.release.wait(10)
        self._engine.prepare_workers()


async def test_the_model_is_ready_only_once_first_score_work_is_done(tui_app, tiny_engine):
    held = HeldPreparation(tiny_engine)
    app = tui_app(engine_loader=lambda: held)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await wait_until(pilot, held.started.is_set)
            # The form is up and typing goes on while the loader prepares...
            await pilot.press(*"Nurse")
            await pilot.pause()
            assert app.screen.query_one("#role").value == "Nurse"
            # ...but the model is not yet announced: no score can race the preparation.
            status = str(app.screen.query_one("#model-status").render())
            assert wording.MODEL_LOADING in status
            assert app.session.engine is None
            held.release.set()
            await settle(pilot)
            await wait_until(pilot, lambda: app.session.engine is not None)
            assert held.calls == 1
    finally:
        held.release.set()
