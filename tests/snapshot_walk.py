"""Snapshot pictures taken along one app run: the helpers both snapshot files share.

An app run a picture cost CI about 3 s each, so each snapshot test walks one app through
its views and compares every picture it took against the stored SVGs.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from pytest_textual_snapshot import SVGImageExtension


def no_blink(pilot) -> None:
    """Stop the cursors blinking, so a picture never catches one half-way."""
    for widget in pilot.app.screen.query("Input, TextArea"):
        widget.cursor_blink = False


async def picture(pilot) -> str:
    """The screen as ``snap_compare`` takes it: after the same pauses and animations."""
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    return pilot.app.export_screenshot(title=pilot.app.title, simplify=True)


def assert_walk_pictures(
    snapshot,
    app,
    size: tuple[int, int],
    walk: Callable[..., Awaitable[None]],
    views: tuple[str, ...],
) -> None:
    """Run ``app`` at ``size`` with ``walk(pilot, pictures)`` and compare every picture.

    Fails if the walk missed a view, then names every picture that changed (all are
    compared, and with ``--snapshot-update`` written, before any fails).
    """
    pictures: dict[str, str] = {}
    app.run(headless=True, size=size, auto_pilot=lambda pilot: walk(pilot, pictures))
    assert tuple(pictures) == views  # the walk reached every view
    svg = snapshot.use_extension(SVGImageExtension)
    differ = [name for name, shot in pictures.items() if svg(name=name) != shot]
    assert differ == [], f"pictures that changed: {differ}"
