"""The app tests' wait for workers survives a worker cancelled by its exclusive restart."""

from __future__ import annotations

import threading

from textual.app import App
from tui_support import settle

from career_resilience.tui.workers import background


class Restarts(App[None]):
    """Starts a slow search, then (while a test waits) the same search again."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self.finished: list[str] = []

    @background("search", group="search")
    def search(self, query: str) -> None:
        self.release.wait(5)
        self.finished.append(query)


async def test_settle_waits_past_a_worker_cancelled_by_its_restart_for_the_new_one():
    # Textual's wait_for_complete raised WorkerCancelled here: a search typed while a
    # test waited (the picker, the client list) failed the test though the app was fine.
    app = Restarts()
    async with app.run_test() as pilot:
        app.search("da")

        def type_on() -> None:
            app.search("dan")  # exclusive: cancels "da", as typing on does
            app.set_timer(0.1, app.release.set)

        app.set_timer(0.1, type_on)
        await settle(pilot)
        # Waited for the newer search too, not only until the older one was cancelled.
        assert "dan" in app.finished
