"""The lines above the pivots: what they are ranked by, the keys and the list's note.

On a short screen the note is cut to whole sentences that leave the intro at most
:data:`SHORT_INTRO_LINES` lines, and ``i`` shows it whole: an epidemiologist at 80x24
read ten lines of intro (why no move is worth it, how to stay, the moves left out and
why) above a table and a detail box of four lines. Nothing is dropped: the rest is a
key away, and the wider screen shows it all.
"""

from __future__ import annotations

import re
import textwrap

from textual.markup import escape

from career_resilience import wording
from career_resilience.model.result import Result
from career_resilience.wording import score

#: Lines the intro may take on a short screen before its note is cut.
SHORT_INTRO_LINES = 4

#: Where one sentence of a note ends and the next begins.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def pivots_intro(result: Result, short: bool, width: int = 78, whole: bool = False) -> str:
    """The intro as markup; on a ``short`` screen cut to fit ``width`` columns unless
    ``whole`` (the note read alone, ``i``). :func:`is_cut` says whether it was cut."""
    head, note = _parts(result, short)
    if short and not whole:
        note = _fitted(_plain(head), note, width)
    return f"{head} {escape(note)}" if note else head


def is_cut(result: Result, width: int) -> bool:
    """Whether the note on a short screen ``width`` wide is cut (``i`` shows it whole)."""
    head, note = _parts(result, True)
    return _fitted(_plain(head), note, width) != note


def _parts(result: Result, short: bool) -> tuple[str, str]:
    """The head (markup) and the note (plain) for a short screen or a tall one.

    On a short screen one line for the head and, to someone who need not move, the
    note's first sentence (``calm_note_short``): a plumber read seven lines before
    the list.
    """
    now = score(result.resilience)
    note = getattr(result, "pivot_note", "")
    if short:
        return (
            f"[b]Where you could go next[/] (resilience now [b]{now}[/]): "
            "↑↓ to choose; [b]m[/] the map.",
            wording.calm_note_short(note),
        )
    return (
        f"[b]Where you could go next[/], {wording.PIVOTS_RANKED_BY} (now [b]{now}[/]). "
        "↑↓ to choose; [b]m[/] shows the map.",
        note,
    )


def _fitted(head: str, note: str, width: int) -> str:
    """``note``'s first sentences (one at least) that leave ``head`` and them within
    :data:`SHORT_INTRO_LINES` lines, with :data:`wording.NOTE_CUT`; the whole note
    when it fits."""
    if _lines(f"{head} {note}", width) <= SHORT_INTRO_LINES:
        return note
    sentences = _SENTENCE_END.split(note)
    kept = sentences[:1]
    for sentence in sentences[1:]:
        trial = " ".join([*kept, sentence, wording.NOTE_CUT])
        if _lines(f"{head} {trial}", width) > SHORT_INTRO_LINES:
            break
        kept.append(sentence)
    return " ".join([*kept, wording.NOTE_CUT])


def _lines(text: str, width: int) -> int:
    return len(textwrap.wrap(text, max(20, width)))


def _plain(markup: str) -> str:
    """The head as it reads (its bold marks dropped)."""
    return markup.replace("[b]", "").replace("[/]", "")
