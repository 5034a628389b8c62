"""Helpers for the app tests: wait for workers, fill the profile form, post a burst of
keys."""

from __future__ import annotations

import asyncio

from textual import events

from career_resilience.tui.widgets.completing_input import CompletingInput

SIZE = (100, 40)


#: Seconds settle waits for the workers before it says which are still running.
SETTLE_TIMEOUT = 60.0


async def settle(pilot) -> None:
    """Wait for background workers (model load, scoring) and the repaint after them."""
    for _ in range(2):  # a repaint can start another worker (a result view's own)
        await workers_done(pilot.app)
        # A scroll ("end") animates a frame at a time: Pilot's idle look can fall
        # between two frames.
        await pilot.wait_for_animation()
        await pilot.pause()


async def workers_done(app, timeout: float = SETTLE_TIMEOUT) -> None:
    """Wait until no worker of ``app`` is running, whatever each one ended as.

    Textual's ``wait_for_complete`` gathers every worker and raises WorkerCancelled
    when one was cancelled while it waited: an exclusive worker started again (a search
    typed, a score asked for twice) ends the older one, which is how the app works,
    not a test failure, and the gather then stopped waiting for the newer one. Here
    the workers' states are watched until none is running, those started meanwhile
    included. How each ended is not checked here: a failure is the app's to show ("Could
    not score this profile") and the tests read the screen for it; the old gather raised
    on one only when it caught it before Textual dropped the finished worker. Watched,
    not awaited: a wait given up on (the timeout) would cancel the worker it awaits.
    Keys typed in a burst go on one by one (tui/keys_follow.py): those still on their
    way are waited for too (the app can look idle between two of them).
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        running = [worker for worker in app.workers if not worker.is_finished]
        if not running and not getattr(app, "keys_under_way", False):
            return
        if loop.time() > deadline:
            names = ", ".join(repr(worker.name) for worker in running) or "none (keys held)"
            raise AssertionError(f"workers still running after {timeout:.0f} s: {names}")
        await asyncio.sleep(0.01)


async def wait_until(pilot, condition, timeout: float = 5.0) -> None:
    """Pause until ``condition()`` holds (for widgets that render asynchronously)."""
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition not met in time")


async def until_shown(pilot, screen_type: type, *selectors: str, timeout: float = 5.0):
    """Wait until the app shows a ``screen_type`` screen, mounted, with a mounted widget
    for each of ``selectors`` (what the test reads or types into next); the screen.

    A pushed screen is the app's screen before what it composes is mounted: a read in
    between found nothing (three early reads in two sessions, the note dialog's text
    area each time), so a read waits for the widget it reads, not for the screen."""

    def ready() -> bool:
        screen = pilot.app.screen
        if not isinstance(screen, screen_type) or not screen.is_mounted:
            return False
        return all(
            (found := screen.query(selector)) and all(widget.is_mounted for widget in found)
            for selector in selectors
        )

    await wait_until(pilot, ready, timeout)
    return pilot.app.screen


async def model_settled(pilot) -> None:
    """Wait until the model load has ended (ready or failed) and the app has shown it.

    ``run_test`` hands over before the app's Ready handler starts the loader thread,
    so waiting for workers alone can return before the load has even begun: the
    pictures then showed "loading model…" or "model ready" depending on timing.
    """
    from career_resilience.tui.session import ModelState

    app = pilot.app
    await wait_until(pilot, lambda: app.session.model_state is not ModelState.LOADING, 60)
    await settle(pilot)


async def type_profile(pilot, role: str, skills: list[str], duties: list[str] = ()) -> None:
    """Fill the profile form with the keyboard, as a person would (slow under Pilot)."""
    await pilot.press(*role)
    await pilot.press("tab")
    for skill in skills:
        await pilot.press(*skill, "enter")
    if duties:
        pilot.app.screen.query_one("#duties").focus()
        await pilot.pause()
        for number, duty in enumerate(duties):
            await pilot.press(*(("enter",) if number else ()), *duty)


async def fill_profile(pilot, role: str, skills: list[str], duties: list[str] = ()) -> None:
    """Fill the profile form through the same handlers as typing, without a key per letter.

    Pilot spends ~65 ms on every key press; typing each profile would make this file
    take minutes. One test types everything key by key; the rest use this.
    """
    screen = pilot.app.screen
    screen.query_one("#role", CompletingInput).value = role
    for skill in skills:
        screen.query_one("#skill-entry", CompletingInput).value = skill
        await pilot.pause()
        screen.add_skills(skill)
    screen.query_one("#duties").text = "\n".join(duties)
    screen.query_one("#skill-entry", CompletingInput).focus()
    await pilot.pause()


async def command(pilot, key: str) -> None:
    """Press one of a client record's command letters alone: it runs once no other
    character has followed it for ``COMMAND_WAIT`` (a word typed there is a note)."""
    from career_resilience.tui.screens.record_typing import COMMAND_WAIT

    await pilot.press(key)
    await pilot.pause(COMMAND_WAIT + 0.05)
    await pilot.pause()


async def score_profile(pilot, role: str, skills: list[str], duties: list[str] = ()) -> None:
    """The profile filled (:func:`fill_profile`), scored (ctrl+r) and its result shown:
    the set-up most app tests share, in one place."""
    await fill_profile(pilot, role, skills, duties)
    await pilot.press("ctrl+r")
    await settle(pilot)


#: The character each key types (None: a key that types nothing).
CHARACTERS = {
    "tab": "\t",
    "enter": "\r",
    "slash": "/",
    "backspace": None,
    "left": None,
    "space": " ",
    "circumflex_accent": "^",
    "ctrl+r": None,
    "ctrl+s": None,
}


def burst(app, keys: list[str] | list[events.Key]) -> None:
    """Post ``keys`` (names, or keys as made) to the app at once, before any is handled."""
    for key in keys:
        if isinstance(key, str):
            key = events.Key(key, CHARACTERS.get(key, key))
        app.post_message(key)


async def typed_apart(app, keys: list[str], gap: float = 0.03) -> None:
    """Post ``keys`` to the app ``gap`` seconds apart, as a fast typist's keys come: each
    may reach the app while the one before is still on its way to a widget."""
    for key in keys:
        app.post_message(events.Key(key, CHARACTERS.get(key, key if len(key) == 1 else None)))
        await asyncio.sleep(gap)


async def delivered(pilot, arrived) -> None:
    """Wait for the app to settle and for ``arrived()``: what the burst leads to."""
    await settle(pilot)
    await wait_until(pilot, arrived, 20)


def escape_then(letter: str) -> events.Key:
    """The one key the app gets for Escape and ``letter`` typed within 0.1 s of each
    other in a terminal: Textual's parser waits that long (ESCDELAY) after an Escape
    for the rest of an alt+key, and makes the two alt+letter."""
    return events.Key(f"alt+{letter}", letter)


def from_terminal(sent: str) -> list[events.Key]:
    """The keys Textual's parser reads from ``sent`` coming in at once (as a fast typist's
    keys, each within 0.1 s of the one before), once its wait for the rest of a sequence
    after an Escape (ESCDELAY, 0.1 s) has run out."""
    import time

    from textual._xterm_parser import XTermParser

    parser = XTermParser()
    keys = list(parser.feed(sent))
    time.sleep(0.12)
    keys += list(parser.tick())
    return [key for key in keys if isinstance(key, events.Key)]


def typed(text: str) -> list[str]:
    """``text`` as the key names a terminal sends for it."""
    return ["space" if ch == " " else ch for ch in text]
