"""A note the coach wrote is not thrown away by one stray Escape: the first Escape on
changed text says it is not saved yet; only a second one discards it. An untouched note
still closes on one Escape, and ctrl+s still saves."""

from __future__ import annotations

from textual.app import App
from textual.widgets import Static, TextArea

from career_resilience import wording as say
from career_resilience.tui.screens.note_editor import NoteDraft, NoteEditor

_UNSET = object()


class _Notes(App[None]):
    """Opens one note editor and keeps what it returns."""

    def __init__(self, body: str = "") -> None:
        super().__init__()
        self.body = body
        self.result: object = _UNSET

    def on_mount(self) -> None:
        def keep(draft: NoteDraft | None) -> None:
            self.result = draft

        self.push_screen(NoteEditor("New note", self.body), keep)


def _problem(app: App[None]) -> str:
    return str(app.screen.query_one("#note-error", Static).render())


async def test_first_escape_on_a_written_note_warns_and_keeps_it() -> None:
    app = _Notes()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(*"called about the forklift course")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        assert app.result is _UNSET
        assert "Escape again discards" in _problem(app)
        assert (
            app.screen.query_one("#note-body", TextArea).text == "called about the forklift course"
        )
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.result == NoteDraft("called about the forklift course", False)


async def test_second_escape_discards_and_typing_again_rearms_the_warning() -> None:
    app = _Notes()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(*"draft", "escape")
        await pilot.pause()
        await pilot.press("s", "escape")  # typed after the warning: warned again
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        assert say.NOTE_NOT_SAVED.split(":")[0] in _problem(app)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
    assert app.result is None


async def test_an_untouched_note_closes_on_one_escape() -> None:
    app = _Notes(body="met on Tuesday")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
    assert app.result is None
