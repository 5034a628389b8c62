"""Escape typed just before a letter reaches the app as Escape and the letter (issue 11).

A terminal sends Escape as the byte that also begins every alt+key, so Textual's input
parser waits ESCDELAY (0.1 s) for what follows it, and a letter typed within that time
makes the two one key, alt+letter (with the letter as its character). A coach who
saved a session (ctrl+s), left the client's record (Escape) and typed "lup" to find
Lupe on the list had "lup" written into a new note on the record: alt+l reached the
record as a letter, and the record takes a word typed on it for a note.

The app binds no alt+key, so an alt+letter nothing binds is read as what was typed:
Escape, then the letter, each in its place (the letter waits for what Escape opens,
tui/keys_follow.py). An alt key something binds (a text area's alt+delete) stays itself.
Escape before a digit or a sign cannot be told apart this way: the parser reads most of
those as the sign alone or as another character, and only a letter is split here.

The parser gives up waiting for the rest of an Escape sequence when more than 32
characters have come, each within 0.1 s of the one before (a very fast typist, or
tmux's send-keys), or when another Escape comes first ("Escape, lu, Escape" typed
quickly), and then sends the Escape on as a "^" key in front of the characters: the
job title read "^School cook at Lincoln Elementary school". That "^" is read as the
Escape it was (:class:`CaretIsEscape`): the parser makes it in the same moment as the
key after it, which a "^" a person types is not: their keys come a read apart, tens of
milliseconds. Read as Escape all the same: a "^" at the start of a paste the terminal
sends as typed keys (tmux's paste-buffer without -p: "^2 raw" gave "2 raw"; a paste in
bracketed mode, which the app asks for, is one event and keeps it), and one typed while
the machine was too busy to read the terminal for that long.
"""

from __future__ import annotations

from textual import events
from textual.app import ScreenStackError

from career_resilience.tui.keys_follow import TYPED_ON

#: What Textual's parser puts before a key's name when Escape came right before it.
ALT = "alt+"


def escape_and_letter(event: events.Key) -> tuple[events.Key, events.Key] | None:
    """Escape and the letter an alt+letter ``event`` stands for, both with its time
    (the keys typed behind it stay behind them); None for any other key."""
    letter = event.character
    if not event.key.startswith(ALT) or not letter or len(letter) != 1 or not letter.isalpha():
        return None
    name = event.key.removeprefix(ALT)
    if name not in (letter, f"shift+{letter.lower()}"):  # alt+shift+l is "L"
        return None
    escape = events.Key("escape", "\x1b")
    alone = events.Key(letter, letter)
    escape.time = alone.time = event.time
    return escape, alone


class AltIsEscapeThenLetter:
    """App mixin: an alt+letter nothing binds is Escape, then the letter."""

    async def on_event(self, event: events.Event) -> None:
        """Read an alt+letter no binding of the screen takes as Escape and the letter."""
        if isinstance(event, events.Key) and not event.is_forwarded:
            keys = escape_and_letter(event)
            if keys is not None and not self._binds(event.key):
                for key in keys:
                    await super().on_event(key)  # type: ignore[misc]
                return
        await super().on_event(event)  # type: ignore[misc]

    def _binds(self, key: str) -> bool:
        """Whether the screen, its focused widget or the app binds ``key``."""
        try:
            return key in self.screen.active_bindings  # type: ignore[attr-defined]
        except ScreenStackError:  # no screen yet (a key at start-up): nothing binds it
            return False


#: The key Textual's parser sends an Escape on as, when it gives up on a sequence.
CARET = "circumflex_accent"

#: Seconds between two keys the parser made from one read of the terminal (measured:
#: 0.01-0.04 ms; a thread switch can add a few ms). A person's keys come a read apart:
#: 40 ms and more when typed 30 ms apart through tmux.
SAME_READ = 0.02

#: Seconds a "^" waits for the key made with it before it goes on as typed.
CARET_WAIT = 0.05


class CaretWaited(events.Event):
    """A "^" has waited :data:`CARET_WAIT` (it comes through the app's queue, behind any
    key that came meanwhile, so that key has decided the "^" first)."""

    def __init__(self, caret: events.Key) -> None:
        super().__init__()
        self.caret = caret


class CaretIsEscape:
    """App mixin: a "^" the parser made of an Escape is read as Escape.

    It is the first of a burst: no key came within :data:`SAME_READ` before it, and one
    does after it. A "^" inside a burst (typed between Escape and the 32 characters) and
    one typed alone stay "^".
    """

    #: The "^" waiting for the key after it.
    _caret: events.Key | None = None
    #: When the last key typed (not one held and sent again) was read.
    _last_typed: float = float("-inf")

    async def on_event(self, event: events.Event) -> None:
        """Hold a "^" that starts a burst until the next key (or :data:`CARET_WAIT`)
        tells whether it was an Escape."""
        if isinstance(event, CaretWaited):
            if event.caret is self._caret:
                self._caret = None
                await super().on_event(event.caret)  # type: ignore[misc]
            return
        if not isinstance(event, events.Key) or event.is_forwarded or _sent_again(event):
            await super().on_event(event)  # type: ignore[misc]
            return
        caret, self._caret = self._caret, None
        if caret is not None:
            made_with = event.time - caret.time < SAME_READ
            await super().on_event(_escape_at(caret) if made_with else caret)  # type: ignore[misc]
        starts_burst = event.time - self._last_typed >= SAME_READ
        self._last_typed = event.time
        if event.key == CARET and starts_burst:
            self._caret = event
            self.set_timer(CARET_WAIT, lambda: self.post_message(CaretWaited(event)))  # type: ignore[attr-defined]
            return
        await super().on_event(event)  # type: ignore[misc]


def _sent_again(event: events.Key) -> bool:
    """Whether ``event`` is a key held and sent on again (its "^" was decided before)."""
    return getattr(event, TYPED_ON, None) is True


def _escape_at(caret: events.Key) -> events.Key:
    """Escape, in the place of the "^" it was sent on as."""
    escape = events.Key("escape", "\x1b")
    escape.time = caret.time
    return escape
