"""Escape typed just before a letter is Escape and the letter, not alt+letter (issue 11).

Walked in tmux as a coach: ctrl+s, Escape, "lup" typed about 30 ms apart wrote a note
"lup" on the client's record instead of searching the list for Lupe. The app side is
walked in test_tui_client_switch (Escape and "p" as one key from a record find Priya on
the list); here, what a terminal's keys become on their way in, without an app.
"""

from __future__ import annotations

from textual import events
from tui_support import from_terminal as _parsed

from career_resilience.tui.alt_keys import escape_and_letter


def _as_read(sent: str) -> list[tuple[str, str | None]]:
    """Each key the app reads from ``sent``: an alt+letter as Escape and the letter."""
    read = []
    for key in _parsed(sent):
        read += escape_and_letter(key) or [key]
    return [(key.key, key.character) for key in read]


def test_escape_then_a_letter_is_read_as_escape_and_the_letter_in_order():
    # The parser makes one key of them (what the record took for a typed letter).
    assert [(k.key, k.character) for k in _parsed("\x1blup")] == [
        ("alt+l", "l"),
        ("u", "u"),
        ("p", "p"),
    ]
    assert _as_read("\x1blup") == [("escape", "\x1b"), ("l", "l"), ("u", "u"), ("p", "p")]
    assert _as_read("\x1bL") == [("escape", "\x1b"), ("L", "L")]
    escape, letter = escape_and_letter(_parsed("\x1bn")[0])
    assert escape.time == letter.time  # both keep the place the key was typed in


def test_other_keys_are_left_as_they_are():
    assert _as_read("lup") == [("l", "l"), ("u", "u"), ("p", "p")]
    assert _as_read("\x1b") == [("escape", "\x1b")]
    # An alt key that is no letter (a text area binds alt+delete) stays itself.
    assert escape_and_letter(events.Key("alt+delete", None)) is None
    assert escape_and_letter(events.Key("ctrl+s", None)) is None


def test_escape_before_more_than_32_quick_keys_comes_as_a_caret():
    # What the app reads as Escape (tui/alt_keys.py CaretIsEscape; walked in
    # test_tui_typeahead): past 32 characters the parser stops waiting for a sequence
    # and sends the Escape on as "^" in front of them, at the same moment.
    title = "School cook at Lincoln Elementary"
    keys = _parsed("\x1b" + title)
    assert (keys[0].key, keys[0].character) == ("circumflex_accent", "^")
    assert "".join(key.character or "" for key in keys[1:]) == title
    assert keys[1].time - keys[0].time < 0.02
