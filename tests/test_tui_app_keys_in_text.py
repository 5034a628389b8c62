"""The app's keys work in its text boxes as the help says they work anywhere.

Walked at 80x24: in the duties box ctrl+k (save to a client, under "Anywhere" in the
help) ran Textual's "delete to the end of the line" and the duty typed was gone; in
the job title box it deleted the rest of the title, and ctrl+e only moved the cursor.
"""

from __future__ import annotations

from tui_support import fill_profile, settle, until_shown, wait_until

from career_resilience.tui.screens.save_to_client import SaveToClientScreen
from career_resilience.tui.widgets.completing_input import CompletingInput


async def test_ctrl_k_in_a_text_box_saves_to_a_client_and_deletes_nothing(tui_app):
    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await fill_profile(pilot, "Compliance officer", ["AML"])
        duties = app.screen.query_one("#duties")
        duties.focus()
        await pilot.press(*"check files", "home", "ctrl+k")
        await pilot.pause()
        assert duties.text == "check files"  # no result yet: nothing to save, nothing lost
        await pilot.press("ctrl+r")
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        role = app.screen.query_one("#role", CompletingInput)
        role.focus()
        await pilot.press("home", "ctrl+k")
        await until_shown(pilot, SaveToClientScreen, "#save-client")
        assert role.value == "Compliance officer"
        await pilot.press("escape")
        await settle(pilot)
        app.screen.query_one("#duties").focus()
        await pilot.press("f6")
        await wait_until(pilot, lambda: app.current_mode == "clients")


async def test_in_a_dialog_a_text_box_keeps_its_editing_keys(tui_app):
    from career_resilience.tui.widgets.key_order import OrderedInput

    app = tui_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        await pilot.press("ctrl+g")  # a new client: its name box
        await settle(pilot)
        await pilot.press(*"Dana Smith", "home", "ctrl+k")
        await pilot.pause()
        name = app.screen.query_one(OrderedInput)
        assert name.value == ""  # deleted to the end, as Textual's box does in a dialog
