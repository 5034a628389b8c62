"""What the worker's views and dialogs look like, at 80x24 and 120x40, in both themes.

The app runs on the tiny fixed model (tests/fixtures/tiny_kb), so these only change
when the app's look changes. Update after a deliberate change with
``pytest tests/test_tui_snapshots.py --snapshot-update`` and review the SVGs.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input, TextArea
from tui_support import model_settled, wait_until

from career_resilience.tui.themes import DARK, LIGHT

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]
THEMES = [pytest.param(DARK, id="dark"), pytest.param(LIGHT, id="light")]

ROLE = "Data analyst"
SKILLS = ["SQL", "Excel", "Fortran"]
DUTIES = "Pull the weekly numbers and build the KPI deck\nPresent findings to managers"


async def _fill(pilot) -> None:
    """Wait for the model, then fill the form (no blinking cursor, for stable pictures)."""
    await model_settled(pilot)
    screen = pilot.app.screen
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


def _app(tui_app, theme, engine_loader=None):
    app = tui_app(engine_loader)
    app.theme = theme
    return app


async def _no_blink(pilot) -> None:
    for widget in pilot.app.screen.query(Input):
        widget.cursor_blink = False


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
def test_profile_view(snap_compare, tui_app, size, theme):
    assert snap_compare(_app(tui_app, theme), terminal_size=size, run_before=_fill)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
def test_result_view(snap_compare, tui_app, size, theme):
    assert snap_compare(_app(tui_app, theme), terminal_size=size, run_before=_score)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
def test_pivots_view(snap_compare, tui_app, size, theme):
    async def run_before(pilot) -> None:
        await _score(pilot)
        await pilot.press("f4")
        await pilot.pause()

    assert snap_compare(_app(tui_app, theme), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
def test_whatif_view(snap_compare, tui_app, size, theme):
    async def run_before(pilot) -> None:
        await _score(pilot)
        await pilot.press("f5")
        await pilot.pause()
        await _no_blink(pilot)
        await pilot.press(*"Python", "enter")  # one skill added: a change to show
        screen = pilot.app.screen
        # Shown once the score on screen is the one for the list as it now stands
        # (scoring follows typing after a pause, so no fixed wait is long enough).
        await wait_until(pilot, lambda: screen.current and screen.current[0] == screen.variant())
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(_app(tui_app, theme), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare, tui_app, size, theme):
    from career_resilience.tui.screens.help import HelpScreen

    async def run_before(pilot) -> None:
        await model_settled(pilot)  # the bar behind the help says "model ready"
        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, HelpScreen))
        await pilot.pause()

    assert snap_compare(_app(tui_app, theme), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
def test_thats_not_me_picker(snap_compare, tui_app, size, theme):
    async def run_before(pilot) -> None:
        await _score(pilot)
        await pilot.press("c")
        await pilot.pause()
        await _no_blink(pilot)
        await pilot.press(*"nurs")
        picker = pilot.app.screen
        # The occupations are searched in a worker once typing pauses: wait for them.
        await wait_until(pilot, lambda: picker.found[0] == "nurs", timeout=60)
        await pilot.pause()

    assert snap_compare(_app(tui_app, theme), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
def test_save_prompt(snap_compare, tui_app, size, theme, monkeypatch):
    monkeypatch.chdir("/")  # the prompt shows the full path: keep it the same everywhere

    async def run_before(pilot) -> None:
        await _fill(pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await _no_blink(pilot)

    assert snap_compare(_app(tui_app, theme), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
def test_model_failed_to_load(snap_compare, tui_app, size, theme):
    from career_resilience.model.artifact import ArtifactError

    def broken():
        raise ArtifactError("model file model.joblib does not match its manifest")

    async def run_before(pilot) -> None:
        await model_settled(pilot)
        await _no_blink(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    app = _app(tui_app, theme, engine_loader=broken)
    assert snap_compare(app, terminal_size=size, run_before=run_before)
