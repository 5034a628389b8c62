"""What the worker's views and dialogs look like, at 80x24 and 120x40, in both themes.

The app runs on the tiny fixed model (tests/fixtures/tiny_kb), so these only change
when the app's look changes. Update after a deliberate change with
``pytest tests/test_tui_snapshots.py --snapshot-update`` and review the SVGs.
"""

from __future__ import annotations

import pytest
from snapshot_walk import assert_walk_pictures, no_blink, picture
from textual.widgets import Input, TextArea
from tui_support import model_settled, until_shown, wait_until, workers_done

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


def view_snapshot(run_before, engine_loader=None):
    """A test of one view: its picture at both sizes in both themes after ``run_before``."""

    @pytest.mark.parametrize("theme", THEMES)
    @pytest.mark.parametrize("size", SIZES)
    def test(snap_compare, tui_app, size, theme):
        app = tui_app(engine_loader)
        app.theme = theme
        assert snap_compare(app, terminal_size=size, run_before=run_before)

    return test


#: The views and dialogs of a worker's session, in the order one app run walks them.
VIEWS = ("help", "profile", "save_prompt", "result", "pivots", "thats_not_me_picker", "whatif")


async def _walk(pilot, pictures: dict[str, str]) -> None:
    """Each view in turn, as a worker reaches it, its picture taken there. The pictures
    are the ones a fresh app run per view took (one app start and score, not seven)."""
    from career_resilience.tui.screens.help import HelpScreen

    await model_settled(pilot)  # the bar behind the help says "model ready"
    await pilot.press("f1")
    await until_shown(pilot, HelpScreen, "HelpText")
    await pilot.pause()
    pictures["help"] = await picture(pilot)
    await pilot.press("escape")
    await pilot.pause()
    await _fill(pilot)
    pictures["profile"] = await picture(pilot)
    await pilot.press("ctrl+s")
    await pilot.pause()
    no_blink(pilot)
    pictures["save_prompt"] = await picture(pilot)
    await pilot.press("escape")
    await pilot.pause()
    await pilot.press("ctrl+r")
    await workers_done(pilot.app)
    await pilot.pause()
    pictures["result"] = await picture(pilot)
    await pilot.press("f4")
    await pilot.pause()
    pictures["pivots"] = await picture(pilot)
    await pilot.press("f3")
    await pilot.pause()
    await pilot.press("c")
    await pilot.pause()
    no_blink(pilot)
    await pilot.press(*"nurs")
    picker = pilot.app.screen
    # The occupations are searched in a worker once typing pauses: wait for them.
    await wait_until(pilot, lambda: picker.found[0] == "nurs", timeout=60)
    await pilot.pause()
    pictures["thats_not_me_picker"] = await picture(pilot)
    await pilot.press("escape")
    await pilot.pause()
    await pilot.press("f5")
    await pilot.pause()
    no_blink(pilot)
    await pilot.press(*"Python", "enter")  # one skill added: a change to show
    screen = pilot.app.screen
    # Shown once the score on screen is the one for the list as it now stands
    # (scoring follows typing after a pause, so no fixed wait is long enough).
    await wait_until(pilot, lambda: screen.current and screen.current[0] == screen.variant())
    await workers_done(pilot.app)
    await pilot.pause()
    pictures["whatif"] = await picture(pilot)
    pilot.app.exit()


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
def test_views(snapshot, tui_app, size, theme, monkeypatch):
    """Every view and dialog of a worker's session, one app run walking them."""
    monkeypatch.chdir("/")  # the save prompt names the folder the app starts in
    app = tui_app()
    app.theme = theme
    assert_walk_pictures(snapshot, app, size, _walk, VIEWS)


def _broken_model():
    from career_resilience.model.artifact import ArtifactError

    raise ArtifactError("model file model.joblib does not match its manifest")


async def _failed(pilot) -> None:
    await model_settled(pilot)
    no_blink(pilot)
    pilot.app.clear_notifications()
    await pilot.pause()


test_model_failed_to_load = view_snapshot(_failed, engine_loader=_broken_model)
