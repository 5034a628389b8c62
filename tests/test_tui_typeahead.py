"""Keys typed while the app starts are not lost (issue 11).

A person who launches ``resilience`` and starts typing their job title at once sends
keys before the first frame. The terminal holds them and Textual's driver posts them to
the app as soon as it starts, before the first screen has mounted; the app below posts
them at that same moment (its Load event, which comes before the driver starts), so they
are queued ahead of everything the first screen does while it mounts.
"""

from __future__ import annotations

from textual import events
from tui_support import SIZE, settle

from career_resilience.tui.app import ResilienceApp

#: Key names as Textual's driver reports them, and the character each one types.
CHARACTERS = {"tab": "\t", "enter": "\r", "space": " "}


def keys_for(text: str) -> list[str]:
    """``text`` as the key names a terminal sends for it (" " arrives as "space")."""
    return ["space" if ch == " " else ch for ch in text]


class TypedAhead(ResilienceApp):
    """The app with keys already waiting when it starts, as from a quick typist."""

    def __init__(self, keys: list[str], **kwargs) -> None:
        super().__init__(**kwargs)
        self.typed_ahead = keys

    def on_load(self) -> None:
        super().on_load()
        for key in self.typed_ahead:
            self.post_message(events.Key(key, CHARACTERS.get(key, key)))


async def test_a_job_title_typed_before_the_first_frame_arrives_whole(tiny_engine):
    app = TypedAhead(keys_for("Data analyst"), engine_loader=lambda: tiny_engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.query_one("#role").value == "Data analyst"
        assert app.focused is app.screen.query_one("#role").input


async def test_typing_straight_after_ctrl_n_goes_into_the_new_job_title(tui_app):
    app = tui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.query_one("#duties").focus()
        await pilot.press(*"old duty", "ctrl+n", *"Welder")
        await settle(pilot)
        assert app.screen.query_one("#role").value == "Welder"
        assert app.screen.query_one("#duties").text == ""


async def test_a_whole_form_typed_before_the_first_frame_lands_field_by_field(tiny_engine):
    keys = [*keys_for("Data analyst"), "tab", *keys_for("SQL"), "enter", *keys_for("Excel")]
    keys += ["enter", "tab", "tab", *keys_for("Build dashboards")]
    app = TypedAhead(keys, engine_loader=lambda: tiny_engine)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert screen.query_one("#role").value == "Data analyst"
        assert screen.query_one("#skills").skills == ["SQL", "Excel"]
        assert screen.query_one("#duties").text == "Build dashboards"
        assert app.focused is screen.query_one("#duties")
