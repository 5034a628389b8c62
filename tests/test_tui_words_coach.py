"""Every word of the form, the coach's screens and every dialog reads whole at 80x24.

The result views are checked in tests/test_tui_words_whole.py; this walks the rest of a
coach's session (in the light theme: no rule of tui/styles lays out either theme
differently, and the dark one doubled CI's longest test, 32 s; both themes' colours are
checked in test_tui_contrast_drawn.py): the profile form filled in, help, the save and export
prompts, the "that's not me" picker, saving to a new client (the dialog and the question
it asks), the client list, the new-client and erase questions, the client record and its
note, consent, pivot and report dialogs. Each is read at 80x24 and at a size that needs
no wrapping, and a word shown at 80x24 must be one the wide screen shows whole (or be
shortened at a word with "…"), as there.
"""

from __future__ import annotations

import re

import pytest
from test_tui_words_whole import WIDE, cut_words, shortened
from test_tui_words_whole import _read_all as read_all
from textual.screen import ModalScreen
from textual.widgets import TextArea
from tui_support import fill_profile, model_settled, until_shown, wait_until, workers_done

from career_resilience.paths import DATA_DIR_ENV
from career_resilience.tui.app import make_app
from career_resilience.tui.themes import LIGHT
from career_resilience.tui.widgets.completing_input import CompletingInput

NARROW = (80, 24)
#: A school bus driver, saved for a client whose name is long, as names can be.
ROLE, SKILLS = "School bus driver", ["CDL", "first aid", "pre-trip inspection"]
DUTIES = ["Drive the morning and afternoon routes", "Keep order on the bus"]
CLIENT = "Rosalind Okonkwo-Fitzgerald"
NOTE = "Wants daytime work near home; asked about dispatcher and school office roles."


async def _modal(pilot, *selectors: str) -> None:
    """Wait for the dialog, and for each of ``selectors`` on it (what is read next)."""
    await until_shown(pilot, ModalScreen, *selectors, timeout=20)
    await workers_done(pilot.app)
    await pilot.pause()


async def _closed(pilot, escapes: int = 1) -> None:
    await pilot.press(*["escape"] * escapes)
    await wait_until(pilot, lambda: not isinstance(pilot.app.screen, ModalScreen), 20)
    await pilot.pause()


async def _session(size, engine, theme) -> dict[str, list[str]]:
    """The lines of each screen and dialog of one coach's session at ``size``."""
    app = make_app(engine_loader=lambda: engine)
    app.theme = theme
    shown: dict[str, list[str]] = {}

    async def read(name: str) -> None:
        shown[name] = await read_all(pilot)

    async with app.run_test(size=size) as pilot:
        await model_settled(pilot)
        await fill_profile(pilot, ROLE, SKILLS, DUTIES)
        await read("profile form")
        for key, name in (("f1", "help"), ("ctrl+s", "save profile prompt")):
            await pilot.press(key)
            await _modal(pilot)
            await read(name)
            await _closed(pilot)
        await pilot.press("ctrl+r")
        await wait_until(pilot, lambda: app.current_mode == "result", 30)
        await pilot.press("c")
        await _modal(pilot)
        await pilot.press(*"bus")
        await wait_until(pilot, lambda: app.screen.found[0] == "bus", 60)
        await pilot.pause()
        await read("that's not me picker")
        await _closed(pilot)
        await pilot.press("ctrl+e")
        await _modal(pilot)
        await read("export prompt")
        await _closed(pilot)
        await pilot.press("ctrl+k")
        await _modal(pilot, "#save-client")
        await read("save to client")
        # Set, not typed: Pilot spends ~65 ms a key, and the words shown are the same.
        app.screen.query_one("#save-client", CompletingInput).value = CLIENT
        await pilot.pause()
        await pilot.press("enter")
        await wait_until(pilot, lambda: type(app.screen).__name__ == "ConfirmDialog", 20)
        await pilot.pause()
        await read("new client question")
        await pilot.press("y")
        await wait_until(pilot, lambda: not isinstance(app.screen, ModalScreen), 30)
        await pilot.press("f6")  # the record of the client just saved to; Escape: the list
        await wait_until(pilot, lambda: type(app.screen).__name__ == "ClientRecordScreen", 30)
        await pilot.press("escape")
        await wait_until(pilot, lambda: bool(getattr(app.screen, "rows", None)), 30)
        await workers_done(app)
        await read("client list")
        for key, name in (("ctrl+g", "new client dialog"), ("ctrl+x", "erase question")):
            app.screen.query_one("#clients-table").focus()
            await pilot.pause()
            await pilot.press(key)
            await _modal(pilot)
            await read(name)
            await _closed(pilot)
        app.screen.query_one("#clients-table").focus()
        await pilot.press("enter")
        await wait_until(pilot, lambda: type(app.screen).__name__ == "ClientRecordScreen", 30)
        await workers_done(app)
        await pilot.pause()
        await read("client record")
        await pilot.press("n")
        await _modal(pilot, "#note-body")
        app.screen.query_one("#note-body", TextArea).insert(NOTE)  # as typed, at once
        await read("note dialog")
        await _closed(pilot, escapes=2)  # a written note asks once before it is dropped
        for key, name in (("c", "consent dialog"), ("p", "pivot chosen"), ("m", "report prompt")):
            await pilot.press(key)
            await _modal(pilot)
            await read(name)
            await _closed(pilot)
    return shown


#: A line each screen shows, so the walk is known to have reached it (at both sizes).
REACHED = {
    "profile form": "Job title",
    "help": "Help",
    "save profile prompt": "Save profile",
    "that's not me picker": "That's not me",
    "export prompt": "Export result",
    "save to client": "Save this assessment",
    "new client question": "Create a new client",
    "client list": CLIENT,
    "new client dialog": "The client's name",
    "erase question": "Erase client",
    "client record": "Consent",
    "note dialog": "New note",
    "consent dialog": "Consent and retention",
    "pivot chosen": "Which pivot",
    "report prompt": "report as Markdown",
}


@pytest.mark.parametrize("theme", [LIGHT])
async def test_no_word_is_cut_on_the_coachs_screens_at_80x24(engine, theme, tmp_path, monkeypatch):
    monkeypatch.chdir("/")  # the prompts show the folder they save to, whole: a short one
    # Records of their own for each size: at both, the client is new.
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "wide"))
    whole = await _session(WIDE, engine, theme)
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "narrow"))
    narrow = await _session(NARROW, engine, theme)
    for shown in (whole, narrow):
        assert set(shown) == set(REACHED)
        for name, line in REACHED.items():
            assert any(line in text for text in shown[name]), name
    assert not shortened(whole), f"shortened at {WIDE}"
    cut = cut_words(_undated(narrow), _undated(whole))
    assert not cut, f"{theme} at 80x24:\n" + "\n".join(cut)


#: A date the records show (ISO): a run crossing midnight UTC saves the wide session on one
#: day and the narrow one on the next, and the new date is no word of the wide screens.
_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def _undated(shown: dict[str, list[str]]) -> dict[str, list[str]]:
    """``shown`` with every ISO date written as one placeholder word."""
    return {view: [_DATE.sub("DATE", line) for line in lines] for view, lines in shown.items()}


def test_a_date_is_one_word_whatever_the_day() -> None:
    wide = {"record": ["Session 1 · 2026-12-05 · School bus driver"]}
    narrow = {"record": ["Session 1 · 2026-12-06 · School bus"]}
    assert cut_words(narrow, wide)  # the day's date alone would read as a cut word
    assert not cut_words(_undated(narrow), _undated(wide))
