"""On a client's record, a word typed is a note, never a string of commands (issue 11).

The record answers to single letters (l loads a session's profile, m and h write its
report, c consent, e/s/d the highlighted note...) and has no text box, so a coach who
went on typing there without looking ("sam wants evenings") had "s" share a private
note, "m" open a report's save prompt and the rest of the word typed into it.

Here a command letter waits :data:`COMMAND_WAIT` for the next key. Another character
within it makes the two the start of a word: a new note opens holding them, and the
keys typed after follow into it (tui/keys_follow.py). Alone, the letter runs its
command; a key that is no character (an arrow, Enter, Escape) runs the waiting command
first, then itself, in the order typed. "n" (new note) waits too: run at once, it took
the first letter of a note typed on the record as itself ("night shift, bad knee"
became the note "ight shift, bad knee"), and "needs", "no", "not", "next" begin many
notes. Any other character starts a note at once.
"""

from __future__ import annotations

from textual import events
from textual.timer import Timer

from career_resilience.tui.keys_follow import TYPED_ON, KeyHold
from career_resilience.tui.screens.client_record_notes import ClientRecordNotes
from career_resilience.tui.widgets.key_order import key_again

#: Seconds a command letter waits for a next character before it runs: keys in a word
#: come 0.05-0.3 s apart (client_dialogs.TYPING_PAUSE), a command typed alone is
#: followed by a look at what it opened.
COMMAND_WAIT = 0.35

#: Marks a command letter sent again after its wait: its binding runs.
ALONE = "_resilience_typed_alone"


class TypingWritesANote(ClientRecordNotes):
    """The record's key handling: letters typed as a word write a note."""

    def __init__(self) -> None:
        super().__init__()
        #: A command letter waiting to see whether a word follows, and its timer.
        self._waiting_key: events.Key | None = None
        self._wait_timer: Timer | None = None
        #: Command letters sent on to the app that have not come back through here.
        self._sent_ahead = 0
        #: Keys are held until the record is read (:meth:`hold_keys_until_read`).
        self._key_hold = KeyHold(self)

    def hold_keys_until_read(self) -> None:
        """Hold the keys typed from now until the record has been read (call it as the
        record is opened): typed before, a word went nowhere (the record answers to
        typing only once it knows whose it is) and its letters ran as commands."""
        self._key_hold.take()

    def keys_go_on(self) -> None:
        """The record is read (or cannot be): the keys held for it are sent on."""
        self._key_hold.give_back()

    def on_unmount(self) -> None:
        """Closed before it was read: the keys held for it go on."""
        self.keys_go_on()

    def on_key(self, event: events.Key) -> None:
        """Hold a command letter for :data:`COMMAND_WAIT`; a character typed behind it,
        or any character no command stands for, starts a note."""
        if getattr(event, ALONE, False):
            self._sent_ahead -= 1
            return  # waited alone: its binding runs as the key goes on to the app
        if self._sent_ahead:
            # Typed behind a command letter sent on to the app: it goes after it, to
            # what the command opens (here it would have started a note first).
            self._swallow(event)
            self._send_on(event)
            return
        if self.app.screen is not self:
            # Typed behind the keys that opened a note, before it took the focus: they
            # follow, in the order typed.
            self._swallow(event)
            self.app.hold_key(event)  # type: ignore[attr-defined]
            return
        character = event.character if event.is_printable else None
        waiting = self._stop_waiting()
        if waiting is not None:
            self._swallow(event)
            if character:
                self._start_note(waiting, event)
            else:
                self._send_on(waiting, alone=True)
                self._send_on(event)
            return
        if not character or self.client is None:
            return
        if self._is_command(event.key):
            self._swallow(event)
            self._waiting_key = event
            self._wait_timer = self.set_timer(COMMAND_WAIT, self._run_waiting)
            return
        self._swallow(event)
        self._start_note(event)

    def on_screen_suspend(self) -> None:
        """A dialog opened over the record (or the record left): a letter still waiting
        is dropped, never run behind the coach's back."""
        self._stop_waiting()

    def _is_command(self, key: str) -> bool:
        """Whether ``key`` runs one of the record's own commands just now."""
        for binding in self._bindings.key_to_bindings.get(key, ()):
            action, _, _ = binding.action.partition("(")
            if self.check_action(action, ()) is not False:
                return True
        return False

    def _stop_waiting(self) -> events.Key | None:
        waiting, self._waiting_key = self._waiting_key, None
        if self._wait_timer is not None:
            self._wait_timer.stop()
            self._wait_timer = None
        return waiting

    def _run_waiting(self) -> None:
        waiting = self._stop_waiting()
        if waiting is not None:
            self._send_on(waiting, alone=True)

    def _start_note(self, *typed: events.Key) -> None:
        """Open a new note and send it the keys typed so far (those behind them are held
        until it is up: keys_follow)."""
        self.action_new_note()
        for key in typed:
            self.app.hold_key(key)  # type: ignore[attr-defined]

    def _send_on(self, event: events.Key, *, alone: bool = False) -> None:
        """Post ``event`` to the app again, as typed, behind the keys already posted."""
        # Sent by the app, as a typed key is: Textual stops a message's bubbling at the
        # child of its sender, and one sent from here never reached the app's bindings.
        again = key_again(event).set_sender(self.app)
        setattr(again, TYPED_ON, True)
        if alone:
            setattr(again, ALONE, True)
            self._sent_ahead += 1
        self.app.post_message(again)

    @staticmethod
    def _swallow(event: events.Key) -> None:
        event.prevent_default()
        event.stop()
