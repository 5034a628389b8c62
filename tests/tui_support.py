"""Helpers for the app tests: wait for workers, fill the profile form."""

from __future__ import annotations

from career_resilience.tui.widgets.completing_input import CompletingInput

SIZE = (100, 40)


async def settle(pilot) -> None:
    """Wait for background workers (model load, scoring) and the repaint after them."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def wait_until(pilot, condition, timeout: float = 5.0) -> None:
    """Pause until ``condition()`` holds (for widgets that render asynchronously)."""
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition not met in time")


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
