"""Switching clients never shows one person's result as another's.

Each test fails if its fix is reverted: opening another client clears the previous
result (and asks first when it is stored nowhere), a new profile forgets the last
client, erasing or renaming the client worked with, the session saved while the record
was away selected, loading a session over an unsaved result.
"""

from __future__ import annotations

from coach_support import (
    notifications,
    on_client_list,
    sample_profile,
    sample_result,
    save_to_new_client,
    saved_and_open,
    score,
    seed,
    sessions_of,
    settle,
    to_clients,
)
from tui_support import burst, command, escape_then, typed, until_shown, wait_until

from career_resilience.model.profile import Profile
from career_resilience.records import Store
from career_resilience.tui.screens.note_editor import NoteEditor
from career_resilience.tui.screens.record_typing import COMMAND_WAIT


def notices_stay(app):
    """``app``, its notices shown for a minute, not Textual's 5 s: these tests read a
    notice after slow steps (a save, the list read, a record opened), which on a busy
    machine took longer than 5 s, and the notice had gone (an -n 2 run at load 10)."""
    app.NOTIFICATION_TIMEOUT = 60
    return app


async def test_opening_another_client_clears_the_previous_result(tui_app, screen_text, tiny_engine):
    seed("Priya Raman", sessions=1)
    app = notices_stay(tui_app())
    async with app.run_test(size=(100, 40)) as pilot:
        # F6 opens her record, as the notice after saving says (it opened the list).
        await saved_and_open(pilot, "Data analyst", ["SQL", "Excel"], "Dana Smith")
        assert "Saved as session 1 of Dana Smith. F6 shows" in notifications(app)
        assert app.session.result is not None  # Dana's own result stays
        # Escape and "p" typed quickly reach the app as one key, alt+p (a terminal's
        # parser): it leaves the record and the "p" starts the search (a note before).
        app.post_message(escape_then("p"))
        await pilot.press(*"riya", "enter")  # found by a search left typed
        await settle(pilot)
        assert "Priya Raman" in screen_text(app)
        assert app.session.result is None and app.session.profile is None
        assert "Cleared Dana Smith's profile and result" in notifications(app)
        await pilot.press("f3")
        await settle(pilot)
        assert "Data analyst" not in screen_text(app)
        # Priya's record is still open under F6 when a new assessment goes to another
        # client: F6 shows theirs, as the notice says, not Priya's.
        nurse = Profile.create("Nurse", ["Triage"], "")
        app.session.set_result(nurse, tiny_engine.score(nurse))  # set: scoring is not tested
        await save_to_new_client(pilot, "Lee")
        assert "Saved as session 1 of Lee. F6 shows" in notifications(app)
        # A note typed right behind F6 is for the record F6 opens: walked as a coach,
        # its first words went into the list's search box while the list was read, and
        # the record opened on the rest (or, read slower, never opened).
        burst(app, ["f6", *typed("needs nights")])
        await until_shown(pilot, NoteEditor, "#note-body", timeout=10)
        await settle(pilot)
        await pilot.pause(COMMAND_WAIT + 0.2)
        # Its "n" too (run as the record's New note, it was lost: "eeds nights").
        assert app.screen.query_one("#note-body").text == "needs nights"
        await pilot.press("escape")
        await wait_until(pilot, lambda: "Lee · 1 session" in screen_text(app))
        assert "Priya Raman" not in screen_text(app)


async def test_a_new_profile_forgets_the_last_client(tui_app, screen_text):
    app = tui_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await saved_and_open(pilot, "Data analyst", ["SQL"], "Dana Smith")
        await pilot.press("ctrl+n")
        # F6 goes to the list, not her record, where a name typed ran as its keys.
        await to_clients(pilot)
        await wait_until(pilot, lambda: "Enter opens one" in screen_text(app))
        assert "Dana Smith · 1 session" not in screen_text(app)
        await score(pilot, "Nurse", ["Triage"])
        await pilot.press("ctrl+k")
        await settle(pilot)
        # No suggestion that a stray Enter would accept.
        assert "Enter saves to" not in screen_text(app)
        assert "Adds session" not in screen_text(app)


async def test_erasing_the_client_worked_with_clears_them_from_the_app(tui_app, screen_text):
    app = notices_stay(tui_app())
    async with app.run_test(size=(100, 40)) as pilot:
        await saved_and_open(pilot, "Data analyst", ["SQL"], "Rosa Diaz")
        await command(pilot, "x")  # erase Rosa Diaz, from her record
        await pilot.pause(0.6)  # a y right behind another letter is no answer
        await pilot.press("y")
        await settle(pilot)
        assert sessions_of("Rosa Diaz") is None
        # Her result is gone from every view, and the next save does not offer her
        # name (saving to it would make her again).
        assert app.session.result is None and app.session.profile is None
        assert "Cleared Rosa Diaz's profile and result from the app" in notifications(app)
        await score(pilot, "Cook", ["Cooking"])
        await pilot.press("ctrl+k")
        await settle(pilot)
        assert "Rosa Diaz" not in screen_text(app)


async def test_a_session_saved_while_the_record_was_away_is_the_one_selected(tui_app, screen_text):
    # A coach saved session 2, came back to the record and pressed m: the report was
    # session 1's, as the cursor stayed on the row it had before the new session.
    from textual.widgets import DataTable

    async with on_client_list(tui_app, "Dana Smith", sessions=1) as (app, pilot):
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one(DataTable).cursor_row == 0
        await pilot.press("f2")
        await settle(pilot)
        with Store.open() as store:
            dana = store.find_client("Dana Smith")
            store.add_session(dana.id, sample_profile("SQL", "Python"), sample_result())
        await pilot.press("f6")
        await settle(pilot)
        await wait_until(pilot, lambda: app.screen.query_one(DataTable).row_count == 2)
        assert app.screen.query_one(DataTable).cursor_row == 1
        await command(pilot, "m")
        await settle(pilot)
        assert "Session 2 report as Markdown" in screen_text(app)


async def test_opening_a_renamed_client_keeps_their_result(tui_app, screen_text):
    # Seen in tmux: a session saved to "Lena", the client renamed "Lena Park" and
    # opened: "Cleared Lena's profile and result, so they cannot be mistaken for Lena
    # Park's" - the same person, renamed.
    app = tui_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await saved_and_open(pilot, "Phlebotomist", ["venipuncture"], "Lena")
        await pilot.press("escape")  # her record, then the list
        await settle(pilot)
        await pilot.press("ctrl+l", "end", *" Park", "enter")
        await settle(pilot)
        assert sessions_of("Lena Park") == 1
        await pilot.press("escape", "enter")  # the list, then open Lena Park
        await settle(pilot)
        assert "Lena Park · 1 session" in screen_text(app)
        assert app.session.result is not None
        assert "Cleared" not in notifications(app)


async def test_opening_a_client_asks_before_clearing_an_unsaved_result(
    tui_app, screen_text, tiny_engine
):
    # Seen in tmux: a walk-in scored, then a client opened from F6: the result was gone,
    # said only afterwards ("Cleared the unsaved profile and result..."), with no way back.
    seed("Dana Smith", sessions=1)
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        walk_in = Profile.create("Data analyst", ["SQL"], "")
        app.session.set_result(walk_in, tiny_engine.score(walk_in))  # scoring is not tested
        await to_clients(pilot)
        await pilot.press("enter")  # Dana Smith's record
        await settle(pilot)
        asked = " ".join(app.screen.message.split())
        assert "The result on screen (Data analyst) is not saved to any client." in asked
        assert "go back and save it first (ctrl+k)" in asked
        await pilot.press("escape")  # Back: nothing cleared, nobody opened
        await settle(pilot)
        assert app.session.result is not None and "Dana Smith · 1 session" not in screen_text(app)
        await pilot.press("ctrl+g")  # a new client, "Bo Lee": asked again
        await settle(pilot)
        await pilot.press(*"Bo Lee", "enter")
        await settle(pilot)
        assert "is not saved to any client. Working with Bo Lee" in " ".join(
            app.screen.message.split()
        )
        await pilot.press("escape")
        await settle(pilot)
        assert app.session.result is not None and sessions_of("Bo Lee") == 0
        # Saved from the list, the record opens at once: the notice no longer says "F6
        # shows the client's history" over the history shown.
        await pilot.press("ctrl+k")
        await settle(pilot)
        await pilot.press(*"Bo Lee", "enter")
        await settle(pilot)
        await wait_until(pilot, lambda: "Bo Lee · 1 session" in screen_text(app))
        assert notifications(app) == "Saved as session 1 of Bo Lee."


async def test_loading_a_session_asks_before_replacing_a_result_stored_nowhere(
    tui_app, screen_text, tiny_engine
):
    # Seen in tmux: the coach edited Dana's skills and scored again, then pressed l on
    # an older session in her record: the edited result was gone without a word, as a
    # walk-in's was (ctrl+n, scored, F6 back to the record, l).
    from career_resilience.tui.client_actions import unsaved_role

    seed("Dana Smith", sessions=2)
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await to_clients(pilot)
        await pilot.press("enter")  # Dana's record: nothing on screen, nothing asked
        await settle(pilot)
        edited = Profile.create("Data analyst", ["SQL", "Power BI"], "")
        app.session.set_result(edited, tiny_engine.score(edited))  # scoring is not tested
        await command(pilot, "l")
        await settle(pilot)
        asked = " ".join(app.screen.message.split())
        assert asked.startswith(
            "The result on screen (Data analyst) has changes not saved to Dana Smith's "
            "sessions. Loading session 2 of Dana Smith replaces it."
        )
        await pilot.press("escape")  # Back: nothing loaded
        await settle(pilot)
        assert app.session.profile == edited and app.current_mode == "clients"
        # (A walk-in's result, saved to no client, cannot reach a record's l: after
        # ctrl+n the record steps aside for the list, 1e1430e, and opening a record
        # asks first: test_opening_a_client_asks_before_clearing_an_unsaved_result.)
        await command(pilot, "l")
        await settle(pilot)
        assert "Loading session 2 of Dana Smith replaces it" in " ".join(app.screen.message.split())
        await pilot.press("y")  # Replace it: loaded and scored
        await settle(pilot)
        await wait_until(pilot, lambda: app.current_mode == "result")
        assert list(app.session.profile.skills) == sample_profile()["skills"]
        assert unsaved_role(app) == ""  # the session as loaded is stored: l asks nothing


async def test_a_word_typed_over_the_question_does_not_answer_it(tui_app, tiny_engine):
    # Seen in tmux: a client opened over an unsaved result asks "clear it?" (y / n); a
    # coach typing on without looking ("yesterday...") answered yes with the word's "y".
    import asyncio

    from career_resilience.tui.screens.client_dialogs import TYPING_PAUSE

    seed("Dana Smith", sessions=1)
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        walk_in = Profile.create("Data analyst", ["SQL"], "")
        app.session.set_result(walk_in, tiny_engine.score(walk_in))
        await to_clients(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert "is not saved to any client" in app.screen.message
        await pilot.press(*"Lately yes")  # its "y" comes on a word
        await settle(pilot)
        assert app.session.result is not None and "is not saved" in app.screen.message
        await asyncio.sleep(TYPING_PAUSE + 0.1)
        await pilot.press("y")  # after a pause, an answer
        await settle(pilot)
        assert app.session.result is None


def test_a_y_typed_before_a_letter_that_reached_the_question_first_still_answers():
    # Walked in tmux, keys 30 ms apart: a new client's name, Enter, "y", F6, a note. The
    # "y" was held while the question came up and reached it after the note's first
    # letter, which had gone straight on: read as part of that word, nothing was saved.
    from textual import events

    from career_resilience.tui.screens.client_dialogs import TYPING_PAUSE, ConfirmDialog

    def key(name: str, at: float) -> events.Key:
        typed_key = events.Key(name, name)
        typed_key.time = at
        return typed_key

    question = ConfirmDialog("New client", "Create it?", "Create", danger=False)
    question.on_key(key("w", 10.0))
    answer = key("y", 10.0 - 0.03)  # typed before the "w"
    question.on_key(answer)
    assert not answer._stop_propagation  # on to its binding: the answer
    on_a_word = key("y", 10.0 + TYPING_PAUSE / 2)  # typed right after the "w"
    question.on_key(on_a_word)
    assert on_a_word._stop_propagation
