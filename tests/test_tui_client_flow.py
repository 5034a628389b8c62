"""Where a coach's keystrokes go in the client screens and dialogs.

Each test fails if its fix is reverted: keys after Tab in the client list, Enter in the
search box, the save dialog's empty field and new-client confirmation, notifications
clear of dialog buttons, report folders. Switching clients: test_tui_client_switch.py.
"""

from __future__ import annotations

from pathlib import Path

from coach_support import (
    on_client_list,
    sample_profile,
    score,
    seed,
    sessions_of,
    settle,
    to_clients,
)
from tui_support import command, until_shown, wait_until

from career_resilience.tui.widgets.completing_input import CompletingInput


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
        await command(pilot, "m")
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
        await command(pilot, "h")
        await settle(pilot)
        assert app.screen.chosen_path() == chosen.resolve() / "dana-smith-session-1.html"


async def test_a_name_typed_in_a_burst_is_saved_as_typed_and_the_next_key_answers(tui_app):
    # "Priya Raman", Enter, "y" in one burst: the name is read as it was at Enter, and
    # the "y" answers "Create a new client?" instead of joining the name.
    from textual import events
    from textual._time import get_time as loop_time
    from tui_support import burst, typed, typed_apart

    from career_resilience.tui.screens.note_editor import NoteEditor
    from career_resilience.tui.screens.record_typing import COMMAND_WAIT

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
        # Typed 30 ms apart from the profile: a new client, F6 and a note. The keys held
        # behind the question went on at once when it closed, and the note passed F6 on
        # its way to the job title box and back ("asked it" became the job title).
        await pilot.press("f2")
        await pilot.press("ctrl+k")
        await settle(pilot)
        await wait_until(pilot, lambda: app.screen.looked_up)
        await typed_apart(app, [*typed("Ron"), "enter", "y", "f6", *typed("asked it")])
        await until_shown(pilot, NoteEditor, "#note-body", timeout=10)
        await settle(pilot)
        await pilot.pause(COMMAND_WAIT + 0.2)
        assert app.screen.query_one("#note-body").text == "asked it"
        await pilot.press("ctrl+s")
        # Keys go on in the order typed, also one that reaches the app after keys typed
        # behind it (it was on its way to a widget when the focus moved: walked in tmux
        # with keys 30 ms apart, "asked" typed behind F6 wrote the note "skeda").
        await pilot.press("f2")
        await settle(pilot)
        role = app.screen.query_one("#role")
        role.value = ""
        role.focus()
        await pilot.pause()
        app.hold_keys()
        for name, at in (("s", 2.0), ("k", 3.0), ("a", 1.0)):  # "a" typed first, came last
            key = events.Key(name, name)
            key.time = loop_time() + at
            app.post_message(key)
        await pilot.pause()
        app.release_keys()
        await settle(pilot)
        assert role.value == "ask"


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
        await command(pilot, "l")
        await settle(pilot)
        await pilot.press("f2", *"Epic")
        await settle(pilot)
        form = app.screen
        assert form.query_one("#skill-entry", CompletingInput).value == "Epic"
        assert form.query_one("#duties").text == sample_profile()["duties"]


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
