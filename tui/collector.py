"""Cyclic garbage is collected between keys, never in the middle of one.

Python's collector runs whenever enough objects have been allocated, in whichever
thread allocates them: in the live what-if that was several times per key, in the UI
thread painting the key's frame or in the worker scoring ahead, which holds the
interpreter while it collects. Each young collection cost about a millisecond, and a
full one, walking every result kept so far, tens of milliseconds: the slowest key
presses were the ones a collection fell into. So the app turns automatic collection
off (it is off from the app's import, see tui/__init__.py) and collects here instead,
on a short timer, once no key or mouse event has come in for a moment: the young
objects after :data:`YOUNG_QUIET`, everything after :data:`FULL_QUIET`. Allocation
counts that grow past a backstop are collected even while keys keep coming, so memory
never waits on a pause in the typing.
"""

from __future__ import annotations

import gc
import time
from typing import TYPE_CHECKING

from textual import events

if TYPE_CHECKING:
    from textual.timer import Timer

#: Seconds between checks (the timer wakes the event loop; each check costs microseconds).
TICK = 0.05
#: Seconds with no input before the young objects are collected (about 1 ms of work):
#: just after a key's frame has been painted, before the next key is likely.
YOUNG_QUIET = 0.03
#: Seconds with no input before a full collection (tens of ms with many results kept).
FULL_QUIET = 1.0
#: Young objects worth a collection (Python's own threshold for its youngest generation).
YOUNG_ENOUGH = 700
#: Young collections between full ones (Python's own threshold for the oldest).
FULL_AFTER = 10
#: Past these counts, collect even while input keeps coming.
YOUNG_BACKSTOP = 200_000
FULL_BACKSTOP = 1_000


class CollectsWhenIdle:
    """App mixin: garbage collection in the pauses between input events."""

    _last_input = 0.0
    _collecting: Timer | None = None

    async def on_event(self, event: events.Event) -> None:
        """Note when the person last typed, clicked or moved the mouse."""
        if isinstance(event, (events.Key, events.MouseEvent)):
            self._last_input = time.monotonic()
        await super().on_event(event)  # type: ignore[misc]

    def collect_when_idle(self) -> None:
        """From now on collect in the pauses (call once the first frame is up).

        What is alive now lasts as long as the app, so it is kept out of the
        collector's way for good (``gc.freeze``).
        """
        gc.disable()
        gc.freeze()
        if self._collecting is None:
            self._collecting = self.set_interval(TICK, self._collect_if_quiet)  # type: ignore[attr-defined]

    def _collect_if_quiet(self) -> None:
        young, _, full_due = gc.get_count()
        quiet = time.monotonic() - self._last_input
        if full_due >= FULL_AFTER and (quiet >= FULL_QUIET or full_due >= FULL_BACKSTOP):
            gc.collect()
        elif young >= YOUNG_ENOUGH and (quiet >= YOUNG_QUIET or young >= YOUNG_BACKSTOP):
            gc.collect(1)

    def on_unmount(self) -> None:
        """The app is closing: the process (a test run, say) collects as usual again."""
        if self._collecting is not None:
            self._collecting.stop()
            self._collecting = None
        gc.unfreeze()
        gc.enable()
