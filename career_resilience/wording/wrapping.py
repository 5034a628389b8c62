"""Lines wrapped at words with their short parts kept whole, for every text surface.

An occupation line ("47-2152.00  Plumbers, Pipefitters, and Steamfitters  (95%)
research percentile 16") wrapped at any space split "research" from "percentile 16";
here each short part between separators stays on one line, and a long part (an O*NET
title) still wraps at its own words.
"""

from __future__ import annotations

import re as _re
import textwrap as _textwrap
from collections.abc import Iterable

__all__ = [
    "SHORT_PART",
    "cut_at_word",
    "sentence_case",
    "wrap_kept",
    "wrap_named",
    "wrap_parts",
]

#: A space textwrap never breaks at.
_KEEP = "\u00a0"
#: Parts up to this long are kept whole.
SHORT_PART = 30


def wrap_kept(text: str, width: int, first: str, rest: str, separator: str) -> list[str]:
    """``text`` wrapped to ``width`` columns after ``first`` (then ``rest``) indents;
    each part between ``separator``s of at most SHORT_PART characters stays whole, and
    no word is split at its hyphen ("First-Line", "LM-AIOE")."""
    parts = [p.replace(" ", _KEEP) if len(p) <= SHORT_PART else p for p in text.split(separator)]
    # Never at a hyphen: "LM-AIOE −1.43" under an occupation's title broke after "LM-".
    lines = _textwrap.wrap(
        separator.join(parts),
        width,
        initial_indent=first,
        subsequent_indent=rest,
        break_on_hyphens=False,
    )
    return [line.replace(_KEEP, " ") for line in lines]


def wrap_parts(parts: Iterable[str], width: int, indent: str, separator: str) -> list[str]:
    """``parts`` joined by ``separator`` and wrapped to ``width`` after ``indent`` (every
    line), breaking only between parts, where the separator is left out, or before a
    part's closing note in parentheses: resilience's "breadth 10/25 (2 kinds of work)"
    had broken before "work)", and a line had started with "· breadth"."""
    lines: list[str] = []
    line = ""
    for part in parts:
        head, paren, note = part.partition(" (")
        for unit, joiner in ((head, separator), (paren.lstrip() + note, " ")):
            if not unit:
                continue
            joined = f"{line}{joiner}{unit}" if line else unit
            if line and len(indent) + len(joined) > width:
                lines.append(indent + line)
                joined = unit
            line = joined
    return [*lines, indent + line] if line else lines


#: A short parenthesis: "(Eloundou et al. 2024)", "(CC BY 4.0)".
_SHORT_PARENTHESIS = _re.compile(rf"\([^()]{{1,{SHORT_PART}}}\)")


def wrap_named(text: str, width: int, names: Iterable[str] = ()) -> list[str]:
    """``text`` wrapped at words to ``width`` columns, each of ``names`` and each short
    parenthesis kept on one line: a sources line had split "AI / applicability",
    "(Felten, Raj, Seamans / 2023)" and "(CC BY / 4.0)" at 80 columns."""
    for name in names:
        text = text.replace(name, name.replace(" ", _KEEP))
    text = _SHORT_PARENTHESIS.sub(lambda m: m.group(0).replace(" ", _KEEP), text)
    lines = _textwrap.wrap(text, width, break_on_hyphens=False)
    return [line.replace(_KEEP, " ") for line in lines]


def cut_at_word(text: str, width: int) -> str:
    """``text`` cut after its last whole word that fits in ``width`` cells, with "…".

    The one word cut for every surface that must shorten a name or a note: a cut inside
    a word ("First-Line Supervisors of Pers…") reads as a typo and can hide the word
    that matters. A single word longer than ``width`` is the only thing cut inside.
    """
    if width <= 0 or len(text) <= width:
        return text
    head = text[: max(1, width - 1)]
    # The last word in ``head`` is whole only when a space follows it in ``text``.
    if text[len(head)] != " " and " " in head:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:") + "…"


def sentence_case(text: str) -> str:
    """``text`` with its first letter upper-cased and the rest as written (``str.
    capitalize`` lowercases the rest: the help had read "as ai spreads")."""
    return text[:1].upper() + text[1:]
