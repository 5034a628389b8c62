"""Where a coach's keystrokes go, and that one person's result never shows as another's.

Each test fails if its fix is reverted: keys after Tab in the client list, Enter in the
search box, the save dialog's empty field and new-client confirmation, notifications
clear of dialog buttons, switching clients, report folders.
"""

from __future__ import annotations

from pathlib import Path

from coach_support import (
    on_client_list,
    sample_profile,
    sample_result,
    score,
    seed,
    settle,
    to_clients,
)
from tui_support import wait_until

from career_resilience.model.profile import Profile
from career_resilience.records import Store
from career_resilience.tui.widgets.completing_input import CompletingInput


def sessions_of(name: str) -> int | None:
    """How many sessions ``name`` has (None: no such client)."""
    with Store.open() as store:
        client = store.find_client(name) if store.client_by_name(name) else None
        return None if client is None else client.session_count


def notifications(app) -> str:
    """The text of every notification still shown."""
    return " ".join(n.message for n in app._notifications)


async def save_to_new_client(pilot, name: str) -> None:
    """Save the scored result to a new client: ctrl+k, type the name, Enter, confirm."""
    await pilot.press("ctrl+k")
    await settle(pilot)
    await pilot.press(*name, "enter", "y")
    await settle(pilot)


async def test_after_tab_enter_and_arrows_still_reach_the_list(tui_app, screen_text):
    names = ("Ann Lee", "Dana Smith", "Priya Raman")
    async with on_client_list(tui_app, *names, sessions=1, size=(80, 24)) as (app, pilot):
        await pilot.press("tab")  # from the table to the search box
        assert app.focused.id == "clients-search"
        await pilot.press("down", "down", "enter")
        await settle(pilot)
        assert "Priya Raman · 1 session" in screen_text(app)


async def test_enter_in_the_search_opens_the_match(tui_app, screen_text):
    names = ("Ann Lee", "Dana Smith", "Priya Raman")
    async with on_client_list(tui_app, *names, sessions=1, size=(80, 24)) as (app, pilot):
        # Enter straight after typing: it waits for the list of matches, then opens.
        await pilot.press("slash", *"pri", "enter")
        await settle(pilot)
        assert "Priya Raman · 1 session" in screen_text(app)


async def test_save_dialog_starts_empty_and_confirms_a_new_client(tui_app, screen_text):
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await score(pilot, "Data analyst", ["SQL", "Excel"])
        await pilot.press("ctrl+k")
        await settle(pilot)
        await pilot.press(*"Priya Raman", "enter")
        assert "Create a new client 'Priya Raman'?" in screen_text(app, flat=True)
        await pilot.press("n")  # back to the dialog, nothing created
        await settle(pilot)
        assert sessions_of("Priya Raman") is None
        assert app.screen.query_one("#save-client", CompletingInput).value == "Priya Raman"
        await pilot.press("enter", "y")
        await settle(pilot)
        assert sessions_of("Priya Raman") == 1
        await pilot.press("ctrl+k")
        await settle(pilot)
        # Typing replaces the suggestion instead of appending to it ("Priya RamanPriya").
        await pilot.press(*"Sam")
        assert app.screen.query_one("#save-client", CompletingInput).value == "Sam"
        assert "A new client, Sam, will be created." in screen_text(app)


async def test_notifications_never_cover_dialog_buttons(tui_app):
    app = tui_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await score(pilot, "Data analyst", ["SQL", "Excel"])
        await pilot.press("ctrl+k")
        await settle(pilot)
        await pilot.press(*"Priya Raman", "enter")  # the confirmation on top
        for n in range(3):  # warnings: they stack (information notices replace each other)
            text = f"A long notification number {n} that takes several lines " * 2
            app.notify(text, severity="warning")
        await wait_until(pilot, lambda: len(app.screen.query("Toast")) == 3)
        toasts = [t.region for t in app.screen.query("Toast")]
        for screen in app.screen_stack[-2:]:  # the save dialog and the confirmation
            buttons = [b.region for b in screen.query("Button")]
            assert toasts and buttons
            assert not any(b.overlaps(t) for b in buttons for t in toasts)


async def test_opening_another_client_clears_the_previous_result(tui_app, screen_text, tiny_engine):
    seed("Priya Raman", sessions=1)
    app = tui_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await score(pilot, "Data analyst", ["SQL", "Excel"])
        await save_to_new_client(pilot, "Dana Smith")
        assert "Saved as session 1 of Dana Smith. F6 shows" in notifications(app)
        await to_clients(pilot)  # her record, as the notice says (was the list)
        await wait_until(pilot, lambda: "Dana Smith · 1 session" in screen_text(app))
        assert app.session.result is not None  # Dana's own result stays
        await pilot.press("escape", *"priya", "enter")  # found by a search left typed
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
        await pilot.press("f6")
        await settle(pilot)
        await wait_until(pilot, lambda: "Lee · 1 session" in screen_text(app))
        assert "Priya Raman" not in screen_text(app)


async def test_a_new_profile_forgets_the_last_client(tui_app, screen_text):
    app = tui_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await score(pilot, "Data analyst", ["SQL"])
        await save_to_new_client(pilot, "Dana Smith")
        await to_clients(pilot)  # her record
        await wait_until(pilot, lambda: "Dana Smith · 1 session" in screen_text(app))
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


async def test_reports_start_in_the_current_folder_then_the_one_used(
    tui_app, screen_text, isolated_dirs, monkeypatch
):
    seed("Dana Smith", sessions=1)
    start, chosen = isolated_dirs / "start", isolated_dirs / "chosen"
    start.mkdir()
    chosen.mkdir()
    monkeypatch.chdir(start)
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await to_clients(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        path = app.screen.query_one("#prompt-path", CompletingInput)
        assert path.value == ""  # typing starts a name, never appends to a prefilled one
        assert path.input.placeholder == "dana-smith-session-1.md"
        where = app.screen.query_one("#prompt-where").text
        assert f"Enter with nothing typed: {start.resolve()}/dana-smith-session-1.md." in where
        assert "A name alone goes in the same folder." in where
        path.value = str(chosen / "dana.md")
        await pilot.press("enter")
        await settle(pilot)
        assert Path(chosen / "dana.md").is_file()
        await pilot.press("h")
        await settle(pilot)
        assert app.screen.chosen_path() == chosen.resolve() / "dana-smith-session-1.html"


async def test_erasing_the_client_worked_with_clears_them_from_the_app(tui_app, screen_text):
    app = tui_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await score(pilot, "Data analyst", ["SQL"])
        await save_to_new_client(pilot, "Rosa Diaz")
        await to_clients(pilot)  # her record
        await wait_until(pilot, lambda: "Rosa Diaz · 1 session" in screen_text(app))
        await pilot.press("x", "y")  # erase Rosa Diaz, from her record
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


async def test_a_name_typed_in_a_burst_is_saved_as_typed_and_the_next_key_answers(tui_app):
    # "Priya Raman", Enter, "y" in one burst: the name is read as it was at Enter, and
    # the "y" answers "Create a new client?" instead of joining the name.
    from test_tui_key_order import burst, typed

    seed("Dana Smith", sessions=1)
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await score(pilot, "Data analyst", ["SQL", "Excel"])
        await pilot.press("ctrl+k")
        await settle(pilot)
        await wait_until(pilot, lambda: app.screen.looked_up)
        burst(app, [*typed("Priya Raman"), "enter", "y"])
        await settle(pilot)
        await settle(pilot)
        assert sessions_of("Priya Raman") == 1
        # A known name: the keys behind Enter wait for the save, then reach the view.
        await pilot.press("ctrl+k")
        await settle(pilot)
        await wait_until(pilot, lambda: app.screen.looked_up)
        burst(app, [*typed("Dana Smith"), "enter", "f4"])
        await settle(pilot)
        await settle(pilot)
        assert sessions_of("Dana Smith") == 2
        assert app.current_mode == "pivots"


async def test_after_loading_a_session_typing_goes_to_the_skill_entry(tui_app):
    # The coach had been typing duties; after 'l' loads a stored session and F2 shows
    # its profile, a skill typed goes to the skill entry, not into the first duty.
    seed("Rosa Diaz", sessions=1)
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f2")
        app.screen.query_one("#duties").focus()
        await pilot.press(*"Check charts")
        await to_clients(pilot)  # F6 from the duties box (Textual's TextArea took it)
        assert app.current_mode == "clients"
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("f2", *"Epic")
        await settle(pilot)
        form = app.screen
        assert form.query_one("#skill-entry", CompletingInput).value == "Epic"
        assert form.query_one("#duties").text == sample_profile()["duties"]


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
        await pilot.press("m")
        await settle(pilot)
        assert "Session 2 report as Markdown" in screen_text(app)


async def test_a_new_name_like_a_clients_names_them_and_enter_goes_back(tui_app, screen_text):
    # Seen in tmux: "Lena" and Enter, with "Lena Park (0 sessions)" suggested below,
    # asked "Create a new client 'Lena'?" with Create focused, and the next Enter made
    # a second client. The question names Lena Park and Back has the focus.
    seed("Lena Park", sessions=1)
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await score(pilot, "Phlebotomist", ["venipuncture"])
        await pilot.press("ctrl+k")
        await settle(pilot)
        await pilot.press(*"Lena", "enter")
        await settle(pilot)
        asked = " ".join(app.screen.message.split())  # the question, as the dialog shows it
        assert "Create a new client 'Lena'?" in screen_text(app, flat=True)
        assert "Lena Park has a name like it: go back to pick them from the list." in asked
        assert "go back" in screen_text(app)
        await pilot.press("enter")  # on Back
        await settle(pilot)
        assert sessions_of("Lena") is None and sessions_of("Lena Park") == 1
        assert app.screen.query_one("#save-client", CompletingInput).value == "Lena"
        await pilot.press("enter", "y")  # still possible, by saying yes
        await settle(pilot)
        assert sessions_of("Lena") == 1


async def test_opening_a_renamed_client_keeps_their_result(tui_app, screen_text):
    # Seen in tmux: a session saved to "Lena", the client renamed "Lena Park" and
    # opened: "Cleared Lena's profile and result, so they cannot be mistaken for Lena
    # Park's" - the same person, renamed.
    app = tui_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await score(pilot, "Phlebotomist", ["venipuncture"])
        await save_to_new_client(pilot, "Lena")
        await to_clients(pilot)  # her record; Escape goes to the list
        await wait_until(pilot, lambda: "Lena · 1 session" in screen_text(app))
        await pilot.press("escape")
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
        await pilot.press("l")
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
        await pilot.press("l")
        await settle(pilot)
        assert "Loading session 2 of Dana Smith replaces it" in " ".join(app.screen.message.split())
        await pilot.press("y")  # Replace it: loaded and scored
        await settle(pilot)
        await wait_until(pilot, lambda: app.current_mode == "result")
        assert list(app.session.profile.skills) == sample_profile()["skills"]
        assert unsaved_role(app) == ""  # the session as loaded is stored: l asks nothing


async def test_the_line_saying_what_enter_does_shows_while_names_are_suggested(
    tui_app, screen_text
):
    # Seen in tmux at 80x24: typing "Pri" opened "Priya Raman (1 session)" over the line
    # below the name that says what Enter will do ("A new client, Pri, will be created.").
    seed("Priya Raman", sessions=1)
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await score(pilot, "Baker", ["bread making", "pastry"])
        await pilot.press("ctrl+k")
        await settle(pilot)
        await pilot.press(*"Pri")
        await settle(pilot)
        assert app.screen.query_one("#save-client", CompletingInput).showing
        assert "Priya Raman (1 session)" in screen_text(app)
        assert "A new client, Pri, will be created." in screen_text(app, flat=True)
        await pilot.press(*"ya Raman")
        await settle(pilot)
        assert "Adds session 2 to Priya Raman." in screen_text(app, flat=True)


async def test_the_save_dialog_says_enter_saves_only_from_the_name(tui_app, screen_text):
    # A coach typed a note and pressed Enter, as "Enter or ctrl+s saves" said: Enter in
    # the note starts a new line, and nothing was saved.
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await score(pilot, "Farm worker", ["tractor driving"])
        await pilot.press("ctrl+k")
        await settle(pilot)
        await pilot.press(*"Amos Farrell", "tab", *"Wants work outdoors", "enter")
        await settle(pilot)
        keys = " ".join(str(app.screen.query_one(".dialog-keys").render()).split())
        assert "Enter or ctrl+s saves" not in keys
        assert keys.startswith("ctrl+s saves; Enter too, in the name")
        assert app.screen.query("#save-note")  # Enter in the note did not save
        await pilot.press("ctrl+s", "y")
        await settle(pilot)
        assert sessions_of("Amos Farrell") == 1
