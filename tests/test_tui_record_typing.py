"""On a client's record a word typed is a note, never a string of commands.

The record's commands are single letters (l load, m/h report, c consent, s share...).
A coach typing there without looking ("sam wants evenings") had the "s" share a note,
the "m" open a report's save prompt and the rest typed into its path.
"""

from __future__ import annotations

from coach_support import on_client_list, seed, settle
from tui_support import burst, typed, until_shown, wait_until

from career_resilience.records import Store
from career_resilience.tui.screens.client_record import ClientRecordScreen
from career_resilience.tui.screens.note_editor import NoteEditor
from career_resilience.tui.screens.path_prompt import PathPrompt
from career_resilience.tui.screens.record_typing import COMMAND_WAIT


def _notes(client_id: int) -> list[tuple[str, bool]]:
    with Store.open() as store:
        return [(n.body, n.shared) for n in store.notes(client_id)]


async def _record(tui_app, name: str = "Dana Smith"):
    client_id = seed(name, sessions=1)
    with Store.open() as store:
        store.add_note(client_id, "Worried about the move")
    return client_id


async def test_a_sentence_typed_on_the_record_becomes_a_new_note(tui_app):
    """Every letter of the words lands in a new note, in order; no command ran."""
    client_id = await _record(tui_app)
    async with on_client_list(tui_app) as (app, pilot):
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ClientRecordScreen)
        burst(app, typed("sam wants evenings, maybe later"))
        await until_shown(pilot, NoteEditor, "#note-body")
        await settle(pilot)
        await pilot.pause(COMMAND_WAIT + 0.2)
        area = app.screen.query_one("#note-body")
        assert area.text == "sam wants evenings, maybe later"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: len(_notes(client_id)) == 2)
        await settle(pilot)
        # The old note stays private; the typed one is a private note of its own.
        assert sorted(_notes(client_id)) == [
            ("Worried about the move", False),
            ("sam wants evenings, maybe later", False),
        ]
        assert isinstance(app.screen, ClientRecordScreen)


async def test_a_command_letter_typed_alone_still_runs(tui_app):
    """m alone opens the report's save prompt, after the short wait for a next key."""
    await _record(tui_app)
    async with on_client_list(tui_app) as (app, pilot):
        await pilot.press("enter")
        await settle(pilot)
        record = app.screen
        await pilot.press("m")
        await wait_until(pilot, lambda: app.screen is not record)
        await settle(pilot)
        assert isinstance(app.screen, PathPrompt)


async def test_a_key_that_types_nothing_runs_the_waiting_command_first(tui_app):
    """m then Escape typed at once: the report's path prompt opens and Escape closes
    it; the record stays (run the other way round, Escape left the record)."""
    await _record(tui_app)
    async with on_client_list(tui_app) as (app, pilot):
        await pilot.press("enter")
        await settle(pilot)
        record = app.screen
        pushed = []
        push = app.push_screen
        app.push_screen = lambda screen, *args, **kwargs: (
            pushed.append(type(screen).__name__),
            push(screen, *args, **kwargs),
        )[1]
        await pilot.press("m", "escape")
        await pilot.pause(COMMAND_WAIT + 0.2)
        await settle(pilot)
        assert app.screen is record
        assert pushed == ["PathPrompt"]


async def test_a_letter_no_command_stands_for_starts_a_note_at_once(tui_app):
    """A capital, a digit or a letter that is no key here opens the note with it."""
    await _record(tui_app)
    async with on_client_list(tui_app) as (app, pilot):
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("S")
        await until_shown(pilot, NoteEditor, "#note-body")
        await settle(pilot)
        assert app.screen.query_one("#note-body").text == "S"


async def test_a_name_enter_and_words_typed_at_once_open_the_record_and_write_a_note(tui_app):
    """ "tom", Enter, "shore job" in one burst: Enter waits for the search to be read,
    and the words behind it wait for the record (they had gone on into the search box,
    "tomshore job" matched nobody and no record opened)."""
    seed("Dana Smith", sessions=1)
    tomas = seed("Tomas Rivera", sessions=1)
    async with on_client_list(tui_app) as (app, pilot):
        burst(app, [*typed("tom"), "enter", *typed("shore job")])
        await until_shown(pilot, NoteEditor, "#note-body", timeout=10)
        await settle(pilot)
        await pilot.pause(COMMAND_WAIT + 0.2)
        assert app.screen.query_one("#note-body").text == "shore job"
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: _notes(tomas) == [("shore job", False)])
