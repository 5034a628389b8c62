"""Keys typed quickly take effect in the order they were typed (issue 11).

Textual inserts a letter into the focused box at once but runs Tab, Backspace and
the like only after the key has travelled up to the app, so in a burst of typing (a
quick typist, a pasted run of keys, a busy machine) the letters after such a key
landed first: "Plumber", Tab, "pipe fitting" gave the job title "Plumberpipe fitting".
The keys below are posted all at once, as a terminal delivers a burst.
"""

from __future__ import annotations

from textual import events
from tui_support import SIZE, settle

#: The character each key types (None: a key that types nothing).
CHARACTERS = {"tab": None, "backspace": None, "left": None, "space": " "}


def burst(app, keys: list[str]) -> None:
    """Post ``keys`` to the app at once, before any of them is handled."""
    for key in keys:
        app.post_message(events.Key(key, CHARACTERS.get(key, key)))


def typed(text: str) -> list[str]:
    """``text`` as the key names a terminal sends for it."""
    return ["space" if ch == " " else ch for ch in text]


async def test_a_tab_in_a_burst_moves_on_before_the_next_letters(tui_app):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, [*typed("Plumber"), "tab", *typed("pipe fitting")])
        await settle(pilot)
        assert app.screen.query_one("#role").value == "Plumber"
        assert app.screen.query_one("#skill-entry").value == "pipe fitting"


async def test_backspace_and_arrows_in_a_burst_edit_where_they_were_typed(tui_app):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, [*typed("Cahs"), "backspace", "backspace", *typed("sh"), "left", "left"])
        burst(app, [*typed("x")])
        await settle(pilot)
        assert app.screen.query_one("#role").value == "Caxsh"
