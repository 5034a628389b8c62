"""The one sanitiser: escapes never stored, never printed; every script and emoji kept."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from career_resilience.sanitise import clean_block, clean_line, for_terminal, is_unsafe, json_safe

EVIL = "Evil \x1b]0;OWNED\x07\x1b[2J"


def test_clean_line_removes_escapes_and_folds_white_space() -> None:
    # Whole sequences go: a window title, "clear screen", colours pasted from a terminal.
    assert clean_line(EVIL) == "Evil"
    assert clean_line("\x1b[1;31mRed\x1b[0m cook") == "Red cook"
    # A title string never ended on its line loses only its opening: no text is lost.
    assert clean_block("a\x1b]0;title\nnext line") == "a0;title\nnext line"
    assert clean_line("  Dana\n\t Smith\u2028 ") == "Dana Smith"
    assert clean_line("Zoë 李 \u202eevil") == "Zoë 李 evil"  # a bidi override is gone


def test_clean_block_keeps_lines_and_tabs() -> None:
    assert clean_block("one\r\ntwo\rthree\x1b[31m\n\tfour\x00") == "one\ntwo\nthree\n\tfour"


def test_emoji_and_joiners_are_kept() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert clean_line(f"Team {family} lead") == f"Team {family} lead"
    assert clean_line("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645") == (
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # Persian needs its ZWNJ
    )


def test_invisible_break_hints_are_removed() -> None:
    # Pasted from a web page or a PDF: a soft hyphen split "Registered" in two words.
    assert clean_line("Regis\u00adtered nurse") == "Registered nurse"
    assert clean_line("\ufeffDa\u200bna Smith\u2060") == "Dana Smith"
    assert clean_block("line\u00ad one\nline two") == "line one\nline two"


def test_cleaning_twice_changes_nothing_when_a_removed_character_held_an_accent_apart() -> None:
    for text in ("e\x00\u0301", "e\u00ad\u0301", "cafe\x1b[0m\u0301"):
        assert clean_line(text) == clean_line(clean_line(text))
    assert clean_line("e\x00\u0301") == "\u00e9"


def test_for_terminal_shows_escapes_visibly() -> None:
    assert for_terminal(EVIL) == "Evil \\x1b]0;OWNED\\x07\\x1b[2J"
    assert for_terminal("a\nb\tc") == "a\nb\tc"
    assert for_terminal("a\nb", keep_newlines=False) == "a\\x0ab"
    assert for_terminal("\x9b2J \u202e") == "\\x9b2J \\u202e"
    assert for_terminal("plain Zoë") == "plain Zoë"


@given(st.text())
def test_nothing_unsafe_survives(text: str) -> None:
    for cleaned in (clean_line(text), clean_block(text)):
        assert not any(is_unsafe(ch) and ch not in "\n\t" for ch in cleaned)
    shown = for_terminal(text, keep_newlines=False)
    assert not any(is_unsafe(ch) for ch in shown)
    assert clean_line(clean_line(text)) == clean_line(text)


@given(st.dictionaries(st.text(), st.text()))
def test_json_made_safe_reads_back_the_same_and_holds_nothing_a_terminal_obeys(data) -> None:
    text = json_safe(json.dumps(data, ensure_ascii=False))
    assert json.loads(text) == data
    assert not any(is_unsafe(ch) for ch in text)
