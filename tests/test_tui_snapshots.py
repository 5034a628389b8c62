"""What the profile, result and pivots views look like, at 80x24 and at 120x40.

The app runs on the tiny fixed model (tests/fixtures/tiny_kb), so these only change
when the app's look changes. Update after a deliberate change with
``pytest tests/test_tui_snapshots.py --snapshot-update`` and review the SVGs.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input, TextArea

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]

ROLE = "Data analyst"
SKILLS = ["SQL", "Excel", "Fortran"]
DUTIES = "Pull the weekly numbers and build the KPI deck\nPresent findings to managers"


async def _fill(pilot) -> None:
    """Wait for the model, then fill the form (no blinking cursor, for stable pictures)."""
    app = pilot.app
    await app.workers.wait_for_complete()
    await pilot.pause()
    screen = app.screen
    for widget in screen.query(Input):
        widget.cursor_blink = False
    for area in screen.query(TextArea):
        area.cursor_blink = False
    screen.query_one("#role").value = ROLE
    for skill in SKILLS:
        screen.add_skills(skill)
    screen.query_one("#duties").text = DUTIES
    screen.query_one("#skill-entry").focus()  # an empty box: no suggestion list open
    await pilot.pause()


async def _score(pilot) -> None:
    await _fill(pilot)
    await pilot.press("ctrl+r")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
def test_profile_view(snap_compare, tui_app, size):
    assert snap_compare(tui_app(), terminal_size=size, run_before=_fill)


@pytest.mark.parametrize("size", SIZES)
def test_result_view(snap_compare, tui_app, size):
    assert snap_compare(tui_app(), terminal_size=size, run_before=_score)


@pytest.mark.parametrize("size", SIZES)
def test_pivots_view(snap_compare, tui_app, size):
    async def run_before(pilot) -> None:
        await _score(pilot)
        await pilot.press("f4")
        await pilot.pause()

    assert snap_compare(tui_app(), terminal_size=size, run_before=run_before)
