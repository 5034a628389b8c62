"""How much of each listed title a duty line names: all of it by two content words.

The matcher reads the duties against every O*NET title (``occupation_match``'s
``duties_title`` column), because a duty line often names the job ("dispatch
ambulances": "Ambulance Dispatcher"; "teach 5th grade": "Fifth Grade Teacher"). Read by
the cosine alone, one object word was enough to name a title: "Pilot" + "fly passengers"
reached "Passenger Barge Master" (ship captains 63%), and "check parts against the
print" 256 listed titles. A line names a title when it shares two of the title's content
words (all of them for a title of one word); the line's verb counts as its agent nouns
too ("dispatch" is also "dispatcher", ``title_duty_work.agent_nouns``), since that is
how O*NET names workers by what they do. The cosine of a title a line names is kept;
one it names in part is taken by the share of its words the line holds (a third for
"Passenger Barge Master"), and one it shares no word with counts for nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from career_resilience.model.features import normalise
from career_resilience.model.title_duty_work import agent_nouns
from career_resilience.model.title_postings import Postings

#: Words that join a title's or a line's content words without naming any work
#: ("Supervisors of Farming Workers", "All Other", "clean the offices at night").
FUNCTION_WORDS = frozenset(
    {
        "a", "an", "the", "some", "any", "each", "every", "their", "them", "our", "my",
        "his", "her", "its", "your", "i", "we", "at", "in", "on", "for", "to", "of", "and",
        "or", "with", "from", "into", "onto", "by", "as", "per", "all", "other", "except",
    }
)  # fmt: skip
#: Shared content words a line needs to name a title of that many words or more.
SHARED = 2
#: Duty lines whose reading a table keeps (each up to a few thousand titles, ~6 bytes a
#: title: a few MB at most).
LINES_KEPT = 512
_NONE = (np.zeros(0, np.int32), np.zeros(0, np.float32))


class DutyTitleWords:
    """The title channel's word columns, to tell which titles a duty line names."""

    def __init__(self, vocab: dict[str, int], offset: int, titles: Postings, n: int) -> None:
        """``vocab`` the title vectorizer's word terms (unigrams and bigrams), placed at
        ``offset`` among the union's columns; ``titles`` the term-major postings of
        ``n`` title rows."""
        self._vocab, self._offset = vocab, offset
        self._titles = titles
        self._n = n
        # The content words' columns, marked in one mask: the titles holding them are
        # then counted in one pass over the word part's postings (slicing 9k columns
        # one by one and a dict of them cost ~7 ms of the first duty line's read).
        words = np.zeros(len(vocab), bool)
        skip = FUNCTION_WORDS
        words[[j for term, j in vocab.items() if " " not in term and term not in skip]] = True
        indptr = titles.indptr[offset : offset + len(vocab) + 1]
        held = titles.indices[indptr[0] : indptr[-1]][np.repeat(words, np.diff(indptr))]
        counts = np.bincount(held, minlength=n)
        # Each title's need: two shared words, or all of a shorter title's; a title with
        # no content word at all (none listed) is never named by words, nor in part.
        self._need = np.where(counts == 0, SHARED + 1, np.minimum(SHARED, counts))
        self._counts = np.maximum(counts, 1)
        self._memo: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def _rows(self, columns: Iterable[int]) -> np.ndarray:
        """The title rows holding each of these word columns, repeats kept."""
        indptr, indices = self._titles.indptr, self._titles.indices
        parts = [indices[indptr[c] : indptr[c + 1]] for c in columns]
        return np.concatenate(parts) if parts else np.zeros(0, np.int64)

    def shares(self, lines: list[str]) -> np.ndarray:
        """(titles,) float: how much of each title the duty ``lines`` (each as
        ``normalise_title`` gives it) name, the most any one line names: 1 for a title
        a line names by two of its words (all of a one-word title's), else the share of
        its content words the line holds ("Passenger Barge Master" a third of "fly
        passengers"), 0 for a title sharing no word with any line."""
        out = np.zeros(self._n, np.float64)
        for line in lines:
            found, part = self._line(line)
            out[found] = np.maximum(out[found], part)
        return out

    def _line(self, line: str) -> tuple[np.ndarray, np.ndarray]:
        """The titles one line reaches and how much of each it names (remembered: the
        drivers read the duties again without each line, so the others come back)."""
        memo = self._memo
        kept = memo.get(line)
        if kept is None:
            if len(memo) >= LINES_KEPT:
                memo.clear()  # cheaper than tracking use
            kept = memo[line] = self._read_line(line)
        return kept

    def _read_line(self, line: str) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`_line` worked out."""
        words = [w for w in normalise(line).split() if w not in FUNCTION_WORDS]
        if not words:
            return _NONE
        # The first content word is the line's verb ("fly passengers"); its agent nouns
        # are how a title names the one who does it.
        content = {*words, *agent_nouns(words[0])}
        vocab, offset = self._vocab, self._offset
        rows = self._rows([vocab[w] + offset for w in content if w in vocab and _content(w)])
        if not len(rows):
            return _NONE
        # Only the titles the line reaches: a few hundred or thousand of 52k rows.
        found, shared = np.unique(rows, return_counts=True)
        part = np.where(shared >= self._need[found], 1.0, shared / self._counts[found])
        return found.astype(np.int32), part.astype(np.float32)


def _content(term: str) -> bool:
    """Whether a word term is a content word: one word, not a function word."""
    return " " not in term and term not in FUNCTION_WORDS
