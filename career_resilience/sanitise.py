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

#: Bidirectional embeddings, overrides and isolates (LRE … RLO, LRI … PDI).
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: Characters that break a line besides ``\n`` (CR, VT, FF, NEL, LS, PS).
_LINE_BREAKS = re.compile("\r\n|[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_SPACES = re.compile(r"\s+")


def is_unsafe(ch: str) -> bool:
    """True for a character that must never reach a terminal or a record as is."""
    if ch in _BIDI:
        return True
    return unicodedata.category(ch) in ("Cc", "Cs")


def clean_block(text: str) -> str:
    """Multi-line text (notes, duties, consent) cleaned for storage.

    Unicode is normalised (NFC), every line break becomes ``\\n``, tabs are kept, all
    other unsafe characters are removed, and surrounding blank space is stripped.
    """
    text = _LINE_BREAKS.sub("\n", unicodedata.normalize("NFC", text))
    return "".join(ch for ch in text if ch in "\n\t" or not is_unsafe(ch)).strip()


def clean_line(text: str) -> str:
    """One-line text (a name, a role, a skill) cleaned for storage.

    As :func:`clean_block`, and then every run of white space, line breaks included,
    becomes one space, so "Dana\\n  Smith" and "Dana Smith" are the same name.
    """
    return _SPACES.sub(" ", clean_block(text)).strip()


def _visible(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def for_terminal(text: str, keep_newlines: bool = True) -> str:
    """``text`` made safe to print: unsafe characters shown as ``\\x1b``-style escapes.

    Escaping rather than removing lets a coach see that a stored value holds something
    odd. Newlines and tabs are kept when ``keep_newlines`` is true, and escaped too
    otherwise (for one-line table cells).
    """
    keep = "\n\t" if keep_newlines else ""
    if text.isprintable() and not any(ch in _BIDI for ch in text):
        return text  # the common case, without building a new string
    return "".join(_visible(ch) if ch not in keep and is_unsafe(ch) else ch for ch in text)
