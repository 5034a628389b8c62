"""Sharing a note with the client asks first; making it private again does not.

A shared note appears in the reports the client is given. On the record a note's keys
are letters (s shares), and a coach typing a name there ("sam", meaning to search) had
shared the highlighted private note with its first letter, with nothing said; a word
typed there now writes a new note (tests/test_tui_record_typing.py).
"""

from __future__ import annotations

from coach_support import on_client_list, seed, settle
from tui_support import burst, command, typed, until_shown, wait_until

from career_resilience.records import Store
from career_resilience.tui.screens.note_editor import NoteEditor


def _shared(client_id: int) -> list[bool]:
    with Store.open() as store:
        return [n.shared for n in store.notes(client_id)]


async def test_a_private_note_is_shared_only_after_asking(tui_app, screen_text):
    client_id = seed("Dana Smith", sessions=1)
    with Store.open() as store:
        store.add_note(client_id, "Worried about the move")
    async with on_client_list(tui_app) as (app, pilot):
        await pilot.press("enter")
        await settle(pilot)
        record = app.screen
        burst(app, typed("sam"))  # a name typed on the record, meant for a search
        await until_shown(pilot, NoteEditor, "#note-body")
        await pilot.pause(0.6)
        assert "Share this note with the client?" not in screen_text(app, flat=True)
        await pilot.press("escape", "escape")  # the word became a note: dropped on the second
        await settle(pilot)
        assert _shared(client_id) == [False]
        await command(pilot, "s")
        assert "Share this note with the client?" in screen_text(app, flat=True)
        await pilot.press("enter")  # the safe choice has the focus: kept private
        await settle(pilot)
        assert _shared(client_id) == [False]
        await command(pilot, "s")
        await wait_until(pilot, lambda: app.screen is not record)
        await pilot.pause(0.6)  # a y right after another letter is no answer
        await pilot.press("y")
        await wait_until(pilot, lambda: _shared(client_id) == [True])
        await settle(pilot)
        assert app.screen is record
        await command(pilot, "s")  # private again: no question
        await wait_until(pilot, lambda: _shared(client_id) == [False])
        assert app.screen is record
