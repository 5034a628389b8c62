"""The coach's screens and dialogs, at 80x24 and 120x40, in the app's two themes.

Records are seeded with fixed dates so the pictures do not change from day to day.
Update after a deliberate change with ``pytest tests/test_tui_client_snapshots.py
--snapshot-update`` and review the SVGs.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from coach_support import sample_profile, sample_result, with_gaps
from textual.screen import ModalScreen
from tui_support import command, model_settled, wait_until, workers_done

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


async def _to_clients(pilot, theme: str) -> None:
    pilot.app.theme = theme
    await model_settled(pilot)
    await pilot.press("f6")
    await wait_until(pilot, lambda: bool(getattr(pilot.app.screen, "rows", None)))
    await workers_done(pilot.app)
    await pilot.pause()
    pilot.app.screen.query_one("#clients-search").cursor_blink = False


async def _to_dana(pilot, theme: str) -> None:
    """Dana's record (first in the list), with her sessions, progress and notes loaded."""
    await _to_clients(pilot, theme)
    await pilot.press("enter")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ClientRecordScreen))
    await wait_until(pilot, lambda: bool(pilot.app.screen.notes))
    await workers_done(pilot.app)
    await pilot.pause()


def _no_blink(pilot) -> None:
    for widget in pilot.app.screen.query("Input, TextArea"):
        widget.cursor_blink = False


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
def test_client_list(snap_compare, tui_app, size, theme):
    _seed()

    async def run_before(pilot) -> None:
        await _to_clients(pilot, theme)

    assert snap_compare(tui_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
def test_client_record_in_both_themes(snap_compare, tui_app, size, theme):
    """Sessions, progress over them (sparklines, gap skills closed) and the notes."""
    _seed()

    async def run_before(pilot) -> None:
        await _to_dana(pilot, theme)

    assert snap_compare(tui_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
def test_note_dialog(snap_compare, tui_app, size, theme):
    """n on a record: a new note, private until switched to shared."""
    _seed()

    async def run_before(pilot) -> None:
        await _to_dana(pilot, theme)
        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, NoteEditor))
        _no_blink(pilot)
        # Inserted at once: typed key by key it cost 2.5 s a picture and draws the same.
        pilot.app.screen.query_one("#note-body").insert("Asked about evening courses in Python.")
        await pilot.pause()

    assert snap_compare(tui_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
def test_consent_dialog(snap_compare, tui_app, size, theme):
    """c on a record: the consent recorded (a fixed date, so the picture stays put)."""
    _seed()

    async def run_before(pilot) -> None:
        await _to_dana(pilot, theme)
        await command(pilot, "c")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, ConsentDialog))
        _no_blink(pilot)
        await pilot.pause()

    assert snap_compare(tui_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
def test_erase_confirmation(snap_compare, tui_app, size, theme):
    """ctrl+x on the client list asks first, naming the client and what goes with them."""
    _seed()

    async def run_before(pilot) -> None:
        await _to_clients(pilot, theme)
        pilot.app.screen.query_one("#clients-table").focus()
        await pilot.press("ctrl+x")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, ModalScreen))
        await pilot.pause()

    assert snap_compare(tui_app(), terminal_size=size, run_before=run_before)


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
