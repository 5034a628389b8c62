"""Write or edit a note on a client: the text, and whether the client may see it."""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label, Static, Switch, TextArea

from career_resilience import wording as say
from career_resilience.tui.screens.client_dialogs import show_problem
from career_resilience.tui.screens.dialog import Dialog

PRIVATE_WORDS = say.PRIVATE_NOTE
SHARED_WORDS = say.SHARED_NOTE


class NoteDraft(NamedTuple):
    """What the editor returns: the note's text and whether it is shared."""

    body: str
    shared: bool


def sharing_words(shared: bool) -> str:
    """Whether a note is shared, in words (the switch's colour is not enough)."""
    return SHARED_WORDS if shared else PRIVATE_WORDS


class NoteEditor(Dialog[NoteDraft | None]):
    """A text area and a "shared with client" switch; notes are private by default."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save note"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, title: str, body: str = "", shared: bool = False) -> None:
        super().__init__()
        self.title_text = title
        self.body = body
        self.shared = shared
        #: Set by a first Escape on changed text; the next Escape discards.
        self._warned = False

    def compose(self) -> ComposeResult:
        """Text, sharing switch with its meaning in words, problem line, buttons."""
        with Vertical(id="note-box"):
            yield Label("ctrl+s saves · Tab moves to the switch · Escape cancels")
            yield TextArea(self.body, id="note-body", soft_wrap=True)
            with Horizontal(id="note-sharing"):
                yield Switch(self.shared, id="note-shared")
                yield Static(sharing_words(self.shared), id="note-shared-words")
            yield Static(id="note-error", classes="field-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save note", id="note-ok", variant="primary")
                yield Button("Cancel", id="note-cancel")

    def on_mount(self) -> None:
        """Title the box and start typing at the end of the text."""
        self.query_one("#note-box").border_title = self.title_text
        area = self.query_one("#note-body", TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    @on(Switch.Changed, "#note-shared")
    def _sharing(self, event: Switch.Changed) -> None:
        self.query_one("#note-shared-words", Static).update(sharing_words(event.value))

    @on(TextArea.Changed, "#note-body")
    def _typing(self) -> None:
        show_problem(self.query_one("#note-error", Static), "")
        self._warned = False

    @on(Button.Pressed, "#note-ok")
    def action_save(self) -> None:
        """Close with the note, unless it is empty."""
        body = self.query_one("#note-body", TextArea).text.strip()
        if not body:
            show_problem(self.query_one("#note-error", Static), "a note cannot be empty")
            self.query_one("#note-body").focus()
            return
        self.dismiss(NoteDraft(body, self.query_one("#note-shared", Switch).value))

    @on(Button.Pressed, "#note-cancel")
    def action_cancel(self) -> None:
        """Close without saving; text changed since the dialog opened takes a second
        Escape, so a stray key never drops a note the coach wrote."""
        changed = self.query_one("#note-body", TextArea).text.strip() != self.body.strip()
        if changed and not self._warned:
            show_problem(self.query_one("#note-error", Static), say.NOTE_NOT_SAVED)
            self._warned = True
            return
        self.dismiss(None)
