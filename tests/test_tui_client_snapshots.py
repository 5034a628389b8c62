"""The coach's screens and dialogs, at 80x24 and 120x40, in the app's two themes.

Records are seeded with fixed dates so the pictures do not change from day to day.
Update after a deliberate change with ``pytest tests/test_tui_client_snapshots.py
--snapshot-update`` and review the SVGs.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from coach_support import sample_profile, sample_result, with_gaps
from snapshot_walk import assert_walk_pictures, no_blink, picture
from textual.screen import ModalScreen
from tui_support import command, model_settled, until_shown, wait_until, workers_done

from career_resilience.records import Store
from career_resilience.tui.screens.client_record import ClientRecordScreen
from career_resilience.tui.screens.consent_dialog import ConsentDialog
from career_resilience.tui.screens.note_editor import NoteEditor
from career_resilience.tui.themes import DARK, LIGHT

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]
THEMES = [pytest.param(DARK, id="dark"), pytest.param(LIGHT, id="light")]


def _seed() -> None:
    """Dana: two sessions a month apart, a chosen pivot, consent and notes; Sam: one."""
    with Store.open() as store:
        dana = store.add_client("Dana Smith")
        first = store.add_session(
            dana.id,
            sample_profile(),
            sample_result(),
            pivot_id="ai_orchestration_specialist",
            created_at=datetime(2026, 1, 10, 9, 30, tzinfo=UTC),
        )
        later = with_gaps(sample_result(exposure=71.5), "ai_orchestration_specialist", ["Python"])
        store.add_session(
            dana.id,
            sample_profile("SQL", "Excel", "Prompt engineering", "Workflow automation"),
            later,
            created_at=datetime(2026, 2, 14, 10, 0, tzinfo=UTC),
        )
        store.set_consent(dana.id, date(2026, 1, 10), "Keep records for our coaching sessions")
        store.add_note(
            dana.id,
            "Wants to stay close to the data; nervous about coding.",
            session_id=first.id,
            created_at=datetime(2026, 1, 10, 10, 0, tzinfo=UTC),
        )
        store.add_note(
            dana.id,
            "Finished the prompt engineering course. Next: Python basics.",
            shared=True,
            created_at=datetime(2026, 2, 14, 10, 30, tzinfo=UTC),
        )
        sam = store.add_client("Sam Lee")
        store.add_session(
            sam.id,
            sample_profile(role="AP clerk"),
            sample_result(exposure=81.0, band="very high"),
            created_at=datetime(2026, 2, 2, 14, 0, tzinfo=UTC),
        )


async def _to_clients(pilot) -> None:
    await model_settled(pilot)
    await pilot.press("f6")
    await wait_until(pilot, lambda: bool(getattr(pilot.app.screen, "rows", None)))
    await workers_done(pilot.app)
    await pilot.pause()
    pilot.app.screen.query_one("#clients-search").cursor_blink = False


#: The coach's screens and dialogs over the seeded records, in the order one run walks them.
VIEWS = ("client_list", "erase_confirmation", "client_record", "note_dialog", "consent_dialog")


async def _walk(pilot, pictures: dict[str, str]) -> None:
    """Each screen in turn, as a coach reaches it, its picture taken there: the pictures
    a fresh app run per screen took (one app start, not five)."""
    app = pilot.app
    await _to_clients(pilot)
    pictures["client_list"] = await picture(pilot)
    # ctrl+x on the client list asks first, naming the client and what goes with them.
    app.screen.query_one("#clients-table").focus()
    await pilot.press("ctrl+x")
    await until_shown(pilot, ModalScreen, "#confirm-yes")
    await pilot.pause()
    pictures["erase_confirmation"] = await picture(pilot)
    await pilot.press("escape")
    await wait_until(pilot, lambda: not isinstance(app.screen, ModalScreen))
    # Dana's record (first in the list): sessions, progress (sparklines, gap skills
    # closed) and the notes.
    await pilot.press("enter")
    await until_shown(pilot, ClientRecordScreen)
    await wait_until(pilot, lambda: bool(app.screen.notes))
    await workers_done(app)
    await pilot.pause()
    pictures["client_record"] = await picture(pilot)
    # n on a record: a new note, private until switched to shared. Inserted at once:
    # typed key by key it cost 2.5 s a picture and draws the same.
    await pilot.press("n")
    # The dialog is the screen before its text area is mounted: wait for the box
    # itself (the 5 ms idle look once read it between the two; CI dry run 22:36).
    await until_shown(pilot, NoteEditor, "#note-body")
    no_blink(pilot)
    app.screen.query_one("#note-body").insert("Asked about evening courses in Python.")
    await pilot.pause()
    pictures["note_dialog"] = await picture(pilot)
    await pilot.press("escape", "escape")  # a written note asks once before it is dropped
    await until_shown(pilot, ClientRecordScreen)
    await pilot.pause()
    # c on a record: the consent recorded (a fixed date, so the picture stays put).
    await command(pilot, "c")
    await until_shown(pilot, ConsentDialog, "#consent-date")
    no_blink(pilot)
    await pilot.pause()
    pictures["consent_dialog"] = await picture(pilot)
    app.exit()


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
def test_coach_screens(snapshot, tui_app, size, theme):
    """The client list, the erase question, a record, its note and consent dialogs: one
    app run walking them (an app run each cost CI about 3 s a picture)."""
    _seed()
    app = tui_app()
    app.theme = theme
    assert_walk_pictures(snapshot, app, size, _walk, VIEWS)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
def test_new_client_confirmation_over_the_save_dialog(snap_compare, tui_app, size, theme):
    """ctrl+k on a result, a new name, Enter: the confirmation names the client."""
    from career_resilience.model.profile import Profile

    async def run_before(pilot) -> None:
        pilot.app.theme = theme
        await model_settled(pilot)
        engine = pilot.app.session.engine
        profile = Profile.create("Data analyst", ["SQL", "Excel"])
        pilot.app.session.set_result(profile, engine.score(profile))
        pilot.app.action_save_to_client()  # what ctrl+k does on the result view
        await workers_done(pilot.app)
        await pilot.pause()
        await pilot.press(*"Priya Raman", "enter")
        await pilot.pause()

    assert snap_compare(tui_app(), terminal_size=size, run_before=run_before)
