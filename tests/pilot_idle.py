"""Pilot's wait for the app to go idle, for the app tests: short looks, and idle only
when nothing is left to run.

Pilot waits after every key it presses (twice) and at every pause until the app looks
idle. Textual judges that by CPU time alone: idle once the process has used next to no
CPU over one look of 20 ms. Most of an app test's time was these looks (the word walk:
60 of 94 s asleep), so a look of 5 ms made the app tests about 12% faster (s38). But a
process the busy machine does not run for those 5 ms uses no CPU either, and was taken
for idle with the app's messages still queued: twice a test read the screen before it
had been drawn (a pivot's detail box still showing the row before; an effect panel
between two frames of its scroll), and the 5 ms look was reverted (2b29ee5).

Here the look is 5 ms and the CPU test is Textual's own, and a look also finds the app
idle only when the event loop has nothing ready to run: a message queued for any of the
app's widgets wakes the task that reads it, so it is ready; a worker thread that has
finished has its result queued the same way. A process the machine paused therefore
looks again instead of reading too early, whatever the load. Textual is pinned
(pyproject.toml); its app and Pilot import the wait by name, so both names are replaced.
"""

from __future__ import annotations

import asyncio
from time import monotonic, process_time

#: Seconds of one look, and the CPU time under which the process was idle in it (the
#: same ratio as Textual's 20 ms and 1 ms).
LOOK = 0.005
IDLE_CPU = LOOK / 20


def _nothing_ready(loop: asyncio.AbstractEventLoop) -> bool:
    """Whether no callback or task but the one asking is ready to run on ``loop``."""
    return not getattr(loop, "_ready", ())


async def wait_for_idle(min_sleep: float = LOOK, max_sleep: float = 1) -> None:
    """Textual's ``wait_for_idle`` (same arguments, at most ``max_sleep``), with
    :data:`LOOK` looks that also need nothing ready to run."""
    loop = asyncio.get_running_loop()
    start = monotonic()
    while True:
        cpu_time = process_time()
        await asyncio.sleep(LOOK)
        cpu_elapsed = process_time() - cpu_time
        elapsed = monotonic() - start
        if elapsed >= max_sleep:
            return
        if elapsed > min_sleep and cpu_elapsed < IDLE_CPU and _nothing_ready(loop):
            return


def look_every(seconds: float) -> None:
    """Have Pilot (and the app's key presses under Pilot) use :func:`wait_for_idle` with
    looks of ``seconds``."""
    global LOOK, IDLE_CPU
    from textual import _wait, app, pilot

    LOOK, IDLE_CPU = seconds, seconds / 20
    _wait.SLEEP_GRANULARITY = seconds
    for module in (_wait, app, pilot):
        module.wait_for_idle = wait_for_idle  # type: ignore[attr-defined]
