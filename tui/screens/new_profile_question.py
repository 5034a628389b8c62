"""ctrl+n's question ("clear this unsaved result?"), which keys typed ahead never answer,
and ctrl+q's ("quit without it?").

ctrl+n typed quickly with the next person's title ("Nanny") had its "n" read as Back
before the question was even drawn, and the rest of the name went into the old
person's form ("ny" in its skills box). Here the keys typed before the question was
drawn are the next person's words: kept, said, and typed into the new form after a
yes (dropped after a no). A lone y, n or Escape typed ahead still answers: a coach
who knows the question types ctrl+n y without waiting for it.

So are the keys of a word typed while the question is up, by someone typing the next
person's title without looking at the screen: "Church organist" typed a second after
ctrl+n had its "n" read as Back (seen in tmux), the letters before it dropped and "ist"
typed into the old person's skills box. A character that answers nothing starts such a
word, and any key but Escape within :data:`TYPING_PAUSE` of its last key goes on with it;
a y or n after a pause answers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual._time import get_time
from textual.widgets import Static

from career_resilience import wording as say
from career_resilience.tui.client_actions import current_client, unsaved_role, was_exported
from career_resilience.tui.screens.client_dialogs import (
    TYPING_PAUSE,
    ConfirmDialog,
    show_problem,
)

if TYPE_CHECKING:
    from career_resilience.tui.app import ResilienceApp

#: How a key other than a character is shown among the keys typed ahead.
KEY_MARKS = {"tab": "⇥", "enter": "⏎", "backspace": "⌫"}

#: A key typed ahead alone that answers the question, and the answer.
#: (Enter presses the focused button: Back, the safe one, as the result is unsaved.)
LONE_ANSWERS = {"y": "confirm", "n": "cancel", "escape": "cancel", "enter": "cancel"}


def typed_as(key: events.Key) -> str:
    """A typed key as the question repeats it: its character, ⇥ for Tab, ⏎ for Enter."""
    if key.is_printable and key.character:
        return key.character
    return KEY_MARKS.get(key.key, "")


class NewProfileQuestion(ConfirmDialog):
    """Ask before ctrl+n clears a result saved nowhere; keys typed before the question
    was drawn are kept in :attr:`typed_ahead` for the new form (the caller sends them
    on after a yes), unless they are one answer key alone."""

    def __init__(self, message: str) -> None:
        super().__init__(say.UNSAVED_RESULT, message, say.CLEAR_IT, say.BACK)
        #: Keys typed before the question was drawn, in order.
        self.typed_ahead: list[events.Key] = []
        #: When the question was first drawn (Textual's event clock); None before.
        self._drawn_at: float | None = None
        self._weighing = False

    def on_mount(self) -> None:
        """A line for the keys typed ahead, above the buttons; note when the question is
        on screen (keys typed from then on answer it)."""
        box = self.query_one("#confirm-box")
        line = Static(id="confirm-typed-ahead", classes="field-error")
        box.mount(line, before=box.query_one(".dialog-buttons"))
        self.call_after_refresh(self._drawn)

    def _drawn(self) -> None:
        self._drawn_at = get_time()

    def on_key(self, event: events.Key) -> None:
        """Keep a key typed before the question was drawn, or typed on with a word while
        it is up (it passes the dialog on its way to the bindings of y, n, Enter and
        Escape)."""
        if self._drawn_at is not None and event.time >= self._drawn_at:
            # The keys typed ahead are all in; this one answers, unless they did.
            if self._weigh():
                event.prevent_default()
                event.stop()
            elif self._in_a_word(event):
                event.prevent_default()
                event.stop()
                self.typed_ahead.append(event)
                self._say_typed(shown=True)
            return
        event.prevent_default()
        event.stop()
        self.typed_ahead.append(event)
        self._typed_at = event.time
        if not self._weighing:
            # Keys typed together arrive together: weigh them once all are in.
            self._weighing = True
            self.call_after_refresh(self._weigh)

    def _weigh(self) -> bool:
        """One answer key alone answers (True); anything else is the next person's words."""
        if not self._weighing or not self.is_attached:
            return False
        self._weighing = False
        if len(self.typed_ahead) == 1 and self.typed_ahead[0].key in LONE_ANSWERS:
            answer = LONE_ANSWERS[self.typed_ahead.pop().key]
            getattr(self, f"action_{answer}")()
            return True
        self._say_typed(shown=False)
        return False

    def _in_a_word(self, event: events.Key) -> bool:
        """Whether ``event``, typed while the question is up, is a key of a word: a
        character that answers nothing, or any key but Escape within
        :data:`TYPING_PAUSE` of the word's last key."""
        follows = self._typed_at is not None and event.time - self._typed_at < TYPING_PAUSE
        starts = event.is_printable and bool(event.character) and event.key not in LONE_ANSWERS
        if event.key == "escape" or not (follows or starts):
            return False
        self._typed_at = event.time
        return True

    def _say_typed(self, shown: bool) -> None:
        """Say that the keys typed ahead are no answer, and where they go after a yes;
        ``shown``: some were typed while the question was up."""
        typed = "".join(map(typed_as, self.typed_ahead))
        note = say.typed_before_the_question(typed, self.yes, shown)
        show_problem(self.query_one("#confirm-typed-ahead", Static), note)


class QuitQuestion(ConfirmDialog):
    """Asked before ctrl+q closes the app on a result stored nowhere; Back has the focus."""


def ask_before_quit(app: ResilienceApp) -> None:
    """Quit, after asking if that loses a result stored nowhere (``unsaved_role``), as
    ctrl+n asks: a coach's ctrl+q closed the app at once, the profile typed for the
    result gone with it. Asked already (ctrl+q twice), or nothing to lose: quit now."""
    role = unsaved_role(app)
    if not role or isinstance(app.screen, QuitQuestion):
        app.exit()
        return
    question = say.new_profile_question(
        role, current_client(app), quitting=True, exported=was_exported(app)
    )
    dialog = QuitQuestion(say.UNSAVED_RESULT, question, say.QUIT_ANYWAY, say.BACK)
    app.push_screen(dialog, lambda yes: app.exit() if yes else None)
