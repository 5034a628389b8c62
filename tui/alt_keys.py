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
"""

from __future__ import annotations

from textual import events
from textual.app import ScreenStackError

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
