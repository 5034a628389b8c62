"""English and trade words: words typed as meant, never a slip of another word.

``english_words.csv`` holds every lower-case alphabetic word of four letters or more of
SCOWL's American and British lists and the words two or more O*NET technology and tool
names hold (``tools/build_english_words.py``; notice in ``skills/ATTRIBUTION``). Two
readers ask it: the title speller (``skills/title_speller.py``) mends no such word of a
title into another ("lash" is not "wash"), and "did you mean"
(:mod:`career_resilience.skills.did_you_mean`) takes no such skill word for a slip of a
catalogue word ("baling" is not Baking, "pearl" not Perl).
"""

from __future__ import annotations

import functools
from pathlib import Path

#: English and trade words, one a line, sorted (``tools/build_english_words.py``).
ENGLISH_FILE = Path(__file__).with_name("english_words.csv")
#: The shortest word the list holds, and the shortest title word the speller mends
#: (``skills/title_speller.py``) or the title box respells (``skills/title_near.py``):
#: shorter unknown words are more often acronyms.
MIN_LENGTH = 4
#: The length from which a title word may be two edits from what was meant, not one, for
#: the title speller and the title box alike, so both read a slip the same way.
TWO_EDITS_FROM = 8


class WordLines:
    """Sorted words one a line, asked one at a time by bisection of the text itself: a
    process asks about a few words (each title word the vocabulary lacks, each unknown
    skill word, once), and a set of 66k words costs 8 ms CPU to build, a scan of the
    text 0.3 ms a word."""

    def __init__(self, text: str) -> None:
        self._text = text

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        text, lo, hi = self._text, 0, len(self._text)
        while lo < hi:  # over character offsets; each probe reads the line around one
            mid = (lo + hi) // 2
            start = text.rfind("\n", 0, mid) + 1
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            line = text[start:end]
            if line == word:
                return True
            if line < word:
                lo = end + 1
            else:
                hi = start
        return False


@functools.cache
def english_words() -> WordLines:
    """The shipped English and trade words (read on first need, 1 ms)."""
    return WordLines(ENGLISH_FILE.read_text(encoding="utf-8"))
