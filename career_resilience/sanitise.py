"""The one sanitiser for text people type, import or are shown.

Names, notes, consent text and profiles are cleaned **on the way in** (so the store
never holds an escape sequence) and escaped **on the way out** to a terminal (so a
record written by an older version, or by hand, still cannot retitle the window,
clear the screen or hide text).

What counts as dangerous: every C0/C1 control character (``ESC``, ``BEL``, ``CSI`` …),
``DEL``, lone surrogates, and the Unicode bidirectional embeddings, overrides and
isolates that can make a line read differently from what it holds ("Trojan Source").
Letters of every script, emoji and their joiners (ZWJ, ZWNJ) are kept.
"""

from __future__ import annotations

import re
import unicodedata

#: Limits on what a person tells the app about their work (typed, read from a file,
#: or imported): a job title, a list of skills, and "what I do all day".
MAX_ROLE_CHARS = 200
MAX_SKILLS = 200
MAX_SKILL_CHARS = 100
MAX_DUTIES_CHARS = 20_000
MAX_DUTY_LINES = 200
#: Where one duty ends: any line break ``str.splitlines`` knows, or a semicolon, which
#: people type between duties on one line ("give meds; chart; talk to families") as
#: they do between skills.
_DUTY_BREAK = re.compile("[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029;]")
#: A bullet or a number before a duty ("- ", "• ", "2) ", "3. "), not part of it.
_BULLET = re.compile(r"^\s*(?:[-*•·]+|\(?\d{1,3}[.)])\s*")

#: Bidirectional embeddings, overrides and isolates (LRE … RLO, LRI … PDI).
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: Characters that break a line besides ``\n`` (CR, VT, FF, NEL, LS, PS).
_LINE_BREAKS = re.compile("\r\n|[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_SPACES = re.compile(r"\s+")
#: Every unsafe character (as :func:`is_unsafe`): the Cc category is exactly U+0000-001F
#: and U+007F-009F, Cs is U+D800-DFFF; one regex is ~20x faster than a loop per character.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
#: Whole escape sequences, removed before the control characters left over: a control
#: sequence (CSI: ``ESC [`` or ``\x9b``, parameters, one final byte: colours, "clear
#: the screen"), a terminated string (OSC ``ESC ]`` a window title, DCS, SOS, PM, APC,
#: ended by BEL or ST), or ESC with one final byte. Removing only the ESC left
#: "[31mRed[0m cook" in a name pasted from a coloured terminal. A string not ended on
#: its line loses only its opening ESC and bracket, so no text after it is lost.
_ESCAPE_SEQUENCE = re.compile(
    "(?:\x1b\\[|\x9b)[0-?]*[ -/]*[@-~]"
    "|(?:\x1b[\\]PX^_]|[\x90\x98\x9d-\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\\\|\x9c)"
    "|\x1b[ -/]*[0-~]"
)
#: Invisible characters that only hint where a line may break or must not: soft hyphen,
#: zero-width space, word joiner, zero-width no-break space (a BOM inside text). Text
#: pasted from a web page or a PDF holds them; kept, "Regis\u00adtered nurse" was read as
#: the two words "Regis" and "tered", and a client name holding one looked the same as,
#: but was not, the name without it. Zero-width joiners (emoji, scripts) are kept.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
#: What starts one of them (looked for first, with ``in``: almost no text holds any).
_INTRODUCERS = "\x1b\x9b\x9d\x90\x98\x9e\x9f"
#: The same less tab and newline, which a block of text keeps.
_UNSAFE_IN_BLOCK = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]"
)


def is_unsafe(ch: str) -> bool:
    """True for a character that must never reach a terminal or a record as is."""
    if ch in _BIDI:
        return True
    return unicodedata.category(ch) in ("Cc", "Cs")


def clean_block(text: str) -> str:
    """Multi-line text (notes, duties, consent) cleaned for storage.

    Unicode is normalised (NFC), every line break becomes ``\\n``, tabs are kept,
    escape sequences are removed whole, all other unsafe characters and the invisible
    soft hyphens and zero-width spaces are removed, and surrounding blank space is
    stripped.
    """
    plain = text.isascii()
    if not plain:
        text = _INVISIBLE.sub("", text)
    text = _LINE_BREAKS.sub("\n", text)
    if "\x1b" in text or (not plain and any(ch in text for ch in _INTRODUCERS)):
        text = _ESCAPE_SEQUENCE.sub("", text)
    text = _UNSAFE_IN_BLOCK.sub("", text)
    # Normalised last: a character removed between a letter and its accent
    # ("e\x00\u0301") left them apart, so cleaning the result again changed it.
    return (text if plain else unicodedata.normalize("NFC", text)).strip()


def clean_line(text: str) -> str:
    """One-line text (a name, a role, a skill) cleaned for storage.

    As :func:`clean_block`, and then every run of white space, line breaks included,
    becomes one space, so "Dana\\n  Smith" and "Dana Smith" are the same name.
    """
    return _SPACES.sub(" ", clean_block(text)).strip()


def duty_lines(duties: str) -> list[str]:
    """The duties one by one: split at line breaks and semicolons, bullets and
    numbering stripped, blank pieces dropped. The one splitter: the scores, the limit
    on lines and imported records all count duties this way."""
    lines = []
    for raw in _DUTY_BREAK.split(duties):
        line = _BULLET.sub("", raw).strip()
        if line:
            lines.append(line)
    return lines


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def for_terminal(text: str, keep_newlines: bool = True) -> str:
    """``text`` made safe to print: unsafe characters shown as ``\\x1b``-style escapes.

    Escaping rather than removing lets a coach see that a stored value holds something
    odd. Newlines and tabs are kept when ``keep_newlines`` is true, and escaped too
    otherwise (for one-line table cells).
    """
    if keep_newlines:
        return _UNSAFE_IN_BLOCK.sub(_visible, text)
    return _UNSAFE.sub(_visible, text)


#: What JSON leaves as is but a terminal obeys or reorders: C1 controls (``\x9b`` starts
#: a control sequence), bidirectional overrides and isolates, and the line and paragraph
#: separators (JSON allows them raw; JavaScript did not).
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def json_safe(text: str) -> str:
    """JSON ``text`` (``ensure_ascii=False``) with every character a terminal would obey
    or reorder written as its ``\\uXXXX`` escape: the same JSON once parsed, safe to print.

    Such characters can only stand inside JSON strings, whose escapes mean the same.
    """
    if text.isascii() and "\x7f" not in text:
        return text
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
