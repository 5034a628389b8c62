"""Keys typed quickly in the coach's dialogs and searches take effect in the order typed
(issue 11).

The form's bursts are test_tui_key_order.py's (why a burst reorders keys: its
docstring). Here: a name typed right after the key that opens its dialog, a search
after "/", keys behind a name dialog's Enter, keys held for the frame of a closed
dialog, the consent dialog's Tab and the picker's search edited mid-burst.
"""

from __future__ import annotations

import pytest
from coach_support import names_in_store, on_client_list
from tui_support import SIZE, burst, delivered, settle, typed, wait_until


async def test_a_name_typed_right_after_the_key_that_opens_its_dialog_lands_in_it(tui_app):
    # ctrl+g, "Dana Smith", Enter in one burst on the client list: the letters reached the
    # list before the dialog was up and were dropped; Enter then said "cannot be empty".
    async with on_client_list(tui_app, "Priya Raman") as (app, pilot):
        burst(app, ["ctrl+g", *typed("Dana Smith"), "enter"])
        await delivered(pilot, lambda: "Dana Smith" in names_in_store())
        assert sorted(names_in_store()) == ["Dana Smith", "Priya Raman"]
        assert app.screen.query_one("#clients-table") is not None


async def test_letters_typed_right_after_slash_search_and_are_never_commands(tui_app):
    # "/", "sam", Enter quickly: the letters reached the client table before "/" moved
    # the focus to the search box, came back unhandled and ran as the list's keys ("a"
    # archived the highlighted client, Enter opened them).
    from career_resilience.records import Store

    # And Backspace in the search ran after the letters typed behind it: "samx",
    # Backspace, " l" searched "samx " and opened nobody.
    async with on_client_list(tui_app, "Dana Smith", "Sam Lee") as (app, pilot):
        burst(app, ["slash", *typed("samx"), "backspace", *typed(" l"), "enter"])
        await delivered(pilot, lambda: app.screen.query("#detail-header"))
        with Store.open() as store:
            assert not any(c.archived for c in store.list_clients(include_archived=True))
        assert "Sam Lee" in str(app.screen.query_one("#detail-header").render())


def slow_list_reads(monkeypatch: pytest.MonkeyPatch, seconds: float = 0.3) -> None:
    """Make the client list's reads slow, as on a loaded machine (the race's window)."""
    import time

    from career_resilience.tui.screens import client_list as clients

    def slow(store, search: str, archived: bool):
        time.sleep(seconds)
        return load_clients(store, search=search, archived=archived)

    load_clients = clients.load_clients
    monkeypatch.setattr(clients, "load_clients", slow)


async def test_keys_typed_behind_enter_in_a_name_dialog_never_join_the_name(tui_app):
    # "n", "Dana", Enter, "o" in one burst: the "o" reached the name box while the name
    # was being saved, and the client was created as "Danao".
    async with on_client_list(tui_app, "Priya Raman") as (app, pilot):
        burst(app, ["ctrl+g", *typed("Dana"), "enter", "o"])
        # Not ``delivered``: waiting on the workers raises when a newer search cancels one.
        await wait_until(pilot, lambda: getattr(app.screen, "search", None) == "o", 20)
        assert sorted(names_in_store()) == ["Dana", "Priya Raman"]  # the "o" searches


async def test_a_search_typed_behind_a_name_dialogs_enter_opens_its_match(tui_app, monkeypatch):
    # Keys behind the Enter are for the list the dialog returns to: there "dan" searches
    # and Enter opens Dana. Sent on after the dialog closed, the letters were dropped
    # (only keys typed straight on the list started a search) and Enter opened whoever
    # was highlighted: Priya Raman whenever the list had not been read again yet.
    slow_list_reads(monkeypatch)
    async with on_client_list(tui_app, "Priya Raman") as (app, pilot):
        burst(app, ["ctrl+g", *typed("Dana"), "enter", *typed("dan"), "enter"])
        # Not ``delivered``: waiting on the workers raises when a newer search cancels one.
        await wait_until(pilot, lambda: getattr(app.screen, "client", None) is not None, 20)
        assert app.screen.client is not None and app.screen.client.name == "Dana"
        assert sorted(names_in_store()) == ["Dana", "Priya Raman"]


async def test_enter_behind_a_new_clients_name_opens_them_not_the_row_read_before(
    tui_app, monkeypatch
):
    # "Dana", Enter, Enter: the list highlights the client just added once it is read
    # again; the second Enter reached the table before that and opened Priya Raman.
    slow_list_reads(monkeypatch)
    async with on_client_list(tui_app, "Priya Raman") as (app, pilot):
        burst(app, ["ctrl+g", *typed("Dana"), "enter", "enter"])
        await wait_until(pilot, lambda: getattr(app.screen, "client", None) is not None, 20)
        assert app.screen.client is not None and app.screen.client.name == "Dana"


async def test_keys_held_for_a_frame_still_arrive_when_that_frame_was_a_closed_dialogs(tui_app):
    # After a key runs a binding, the keys behind it wait for the next frame of the screen
    # then current. A dialog closed before that frame (a save that finished within a
    # frame of its button's Enter, on a busy machine) was removed with the waiting send,
    # and every key after it was held for good: the app stopped taking keys. Here the
    # send is lost the same way (a binding's wait with nothing left to end it), and
    # closing the dialog must still deliver the keys, in order.
    from career_resilience.tui.screens.dialog import Dialog

    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        dialog = Dialog()
        await app.push_screen(dialog)
        await pilot.pause()
        app._settling = True  # a binding ran; its send went with the dialog's callbacks
        burst(app, typed("Nurse"))
        await pilot.pause()
        dialog._callbacks.clear()
        dialog.dismiss()
        await settle(pilot)
        assert app.screen.query_one("#role").value == "Nurse"
        await pilot.press(*" aide")
        assert app.screen.query_one("#role").value == "Nurse aide"


async def test_a_tab_in_a_burst_in_the_consent_dialog_moves_on_before_the_date(tui_app):
    # Seen in tmux: "aaa", Tab, "bbb" sent at once in the consent dialog put "aaabbb" in
    # what the client agreed to: its boxes were plain inputs, where a Tab runs after the
    # letters behind it have landed.
    async with on_client_list(tui_app, "Dana Smith", sessions=1) as (app, pilot):
        await pilot.press("enter", "c")  # her record, then its consent dialog
        await wait_until(pilot, lambda: bool(app.screen.query("#consent-agreed")))
        await settle(pilot)
        burst(app, [*typed("a year"), "tab", *typed("2030-01-01")])
        retention = app.screen.query_one("#consent-retention")
        await delivered(pilot, lambda: len(retention.value) >= 10)
        assert app.screen.query_one("#consent-agreed").value == "a year"
        assert retention.value == "2030-01-01"


async def test_backspace_and_arrows_in_a_burst_edit_the_picker_search_where_typed():
    # In "That's not me": "nursx", Backspace, "e pr" searched "nursxepr".
    from textual.app import App

    from career_resilience.tui.screens.category_picker import CategoryPicker

    picker = CategoryPicker(
        [("nursing", "Nursing and care", "what it is", "nurse")], "nursing", False
    )
    app = App()
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(picker)
        await pilot.pause()
        burst(app, [*typed("nursx"), "backspace", *typed("e pr"), "left", "left", "backspace", "x"])
        search = picker.query_one("#picker-search")
        await wait_until(pilot, lambda: len(search.value) >= 8, 20)
        assert search.value == "nursexpr"
