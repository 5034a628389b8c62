"""Typing slips in a job title mended to the nearest word O*NET's titles use.

People type "acountant" and "dispatchr". The title channel's character n-grams forgive
part of a slip, but a word the title vocabulary never holds still loses its word match
and drags the character match toward other titles. Mending such a word to the closest
vocabulary word (one edit for words under eight letters, two from eight) in optimal
string alignment distance, where a swapped pair of letters is one edit as a dropped,
doubled or wrong letter is, fixes most of it: on held-out pseudo-profiles whose listed
title carries one slip, the right occupation came first for 61.8% without mending,
76.6% with plain edit distance (a swap counts two there) and 83.3% with this, against
85.5% without the slip (``benchmarks/pseudo_profiles.py``).

A word typed as two title words run together ("farmhand", "linecook") is split into
them unless one edit mends it: O*NET writes "Farm Hand", and the nearest title word
within two edits of "farmhand" was "garland", while "warehose" is one edit from
"warehouse" though "ware" and "hose" are title words too. A split needs both parts of
four letters or more (with three, held-out pseudo-profiles lost a little: top-1 51.7%
-> 51.5%, major group 72.4% -> 72.0%; with four 51.5% / 72.2%, and their mixed typing
71.5% -> 71.7%, ``benchmarks/pseudo_profiles.py``); among several splits, the one whose
rarer part is commonest in titles.

Only title words are mended, only words of four letters or more that are wholly
alphabetic and unknown to the vocabulary (abbreviations are expanded before this, so
"acct" is already "accountant"). A title word the typed one is with a letter left out,
or with up to two vowels left out, comes first ("payrol" payroll, not patrol; "mangr"
manager): a slip most often drops a letter, and shorthand drops vowels. Otherwise, among
equally close words the most common in titles (lowest IDF) wins: a slip is likelier in a
common word than a rare one.

A word that is itself English or a trade's word (``skills/english_words.csv``: SCOWL's
dictionaries and the words of O*NET's technology names, ``tools/build_english_words.py``)
is spelt as meant, so it is never respelt into another word: a "lash technician" was
read "wash technician", "unix admin" "unit admin", a "chat agent" a "hat agent". Such a
word is only read as the title word it is another spelling of ("centre" center,
"labourer" laborer, "crews" crew: ``word_forms.same_word``), or split into two title
words it runs together ("farmhand" farm hand).

The other way round, two typed words are read as the one word they make when O*NET's
titles write it joined more often than apart ("pipe fitter" pipefitter, "book keeper"
bookkeeper): O*NET lists "Pipefitter" for plumbers, pipefitters and steamfitters and
"Pipe Fitter" once, for pipelayers, so a typed "Pipe fitter" went to pipelayers (77%).
Both parts need four letters or more, as for a split. Written joined exactly as often as
apart, the two words stay as typed: "book maker" and "body builder" are trades of their
own (O*NET's "Sample Book Maker", "Truck Body Builder") as much as a bookmaker or a
bodybuilder.
"""

from __future__ import annotations

import bisect
from collections.abc import Container, Iterator, Mapping
from typing import Any

from career_resilience.skills.english_words import MIN_LENGTH, TWO_EDITS_FROM, english_words
from career_resilience.skills.word_forms import is_a_form_of_a_word, same_word

#: Shortest part a run-together word is split into ("farm" + "hand").
MIN_PART = 4
#: A first part this short ("hat" + "maker") only before a second part of
#: :data:`LONG_PART` letters or more, and only where no one slip mends the word.
SHORT_PART = 3
LONG_PART = 5
#: Most vowels a typed word may leave out of a title word ("mangr": manager).
DROPPED_VOWELS = 2
#: The vowels, for both rules: a typed word leaving vowels out ("mangr") and one
#: vowel written for another ("machinest", :func:`letters_apart`). Not "y": read as
#: one, the matcher put "mortuary" back into "mortur" (mortar) and "player" into "pler".
VOWELS = frozenset("aeiou")


def _missing_letters(typed: str, word: str) -> str | None:
    """The letters of ``word`` that ``typed`` leaves out, when ``typed`` is ``word``
    with letters left out (its letters in order); else None."""
    missing, k = [], 0
    for letter in word:
        if k < len(typed) and typed[k] == letter:
            k += 1
        else:
            missing.append(letter)
    return "".join(missing) if k == len(typed) else None


#: Endings one word is written with either way ("adjustor", "centre", "fibre").
_EITHER_ENDING = ({"or", "er"}, {"re", "er"})


def spelt_the_other_way(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` spelt another way: plural, British or American
    ("labourer", "crews"), with the other of two endings it is written with ("centre",
    "adjustor") or one doubled letter single (dictionaries hold "programer"). Before
    this rule such words were mended to the title word too: it only keeps doing so."""
    if same_word(typed, word):
        return True
    ends = {typed[-2:], word[-2:]}
    if typed[:-2] == word[:-2] and any(ends == either for either in _EITHER_ENDING):
        return True
    return len(word) == len(typed) + 1 and any(
        word[i] == word[i - 1] and word[:i] + word[i + 1 :] == typed for i in range(1, len(word))
    )


def letters_apart(typed: str, near: str) -> int:
    """Letters dropped or added between ``typed`` and ``near`` (a changed letter is two),
    where one vowel written for another counts as one: people spell a word's unstressed
    vowels by ear ("machinest", "dietition"), so that slip is as near as a dropped letter."""
    from rapidfuzz.distance import Indel

    apart = int(Indel.distance(typed, near))
    if len(typed) == len(near):
        changed = [(a, b) for a, b in zip(typed, near, strict=True) if a != b]
        if len(changed) == 1 and set(changed[0]) <= VOWELS:
            return 1
    return apart


class _PairIdf(Mapping[str, float]):
    """The title channel's two-word terms and their IDF, read from its vocabulary as
    asked: copying the 43k pairs out took 8-10 ms CPU of the first score."""

    def __init__(self, part: Any) -> None:
        """``part``: the title channel's word vectorizer part (vocabulary and IDF)."""
        self._vocab, self._idf = part.vocab, part.idf

    def __getitem__(self, term: str) -> float:
        if " " not in term:
            raise KeyError(term)
        return float(self._idf[self._vocab[term]])

    def __iter__(self) -> Iterator[str]:
        return (t for t in self._vocab if " " in t)

    def __len__(self) -> int:
        return sum(1 for _ in self)


class TitleSpeller:
    """Mends unknown words of a normalised title to the nearest known title word."""

    def __init__(
        self,
        idf: dict[str, float],
        words: Container[str] | None = None,
        pairs: Mapping[str, float] | None = None,
    ) -> None:
        """``idf``: the title words and their IDF; ``words``: the words spelt as meant
        (by default the shipped :func:`english_words`, read on first need); ``pairs``:
        the titles' two-word terms and their IDF (a pair missing is never written apart)."""
        self._idf = idf
        self._pairs = pairs if pairs is not None else {}
        self._english = words
        self._words = sorted(idf)
        self._mended: dict[str, str] = {}
        #: Per (shortest, longest) length, the known words of those lengths in
        #: alphabetical order (:meth:`_candidates`).
        self._by_length: dict[tuple[int, int], list[str]] = {}

    @classmethod
    def from_part(cls, part: Any) -> TitleSpeller:
        """From the title channel's word vectorizer part: its single-word terms and IDF."""
        idf = {t: float(part.idf[j]) for t, j in part.vocab.items() if " " not in t}
        return cls(idf, pairs=_PairIdf(part))

    def word(self, word: str) -> str:
        """``word``, or the closest known word when it is unknown and long enough."""
        if word in self._idf or len(word) < MIN_LENGTH or not word.isalpha():
            return word
        mended = self._mended.get(word)
        if mended is None:
            # A title word with -ing or -ed is a word of its own ("trucking" is not a
            # slip of "tracking", nor "teaming" of "reaming"): kept as typed.
            if is_a_form_of_a_word(word, self._idf):
                mended = word
            else:
                found = self._close(word)
                # The word list is asked only when something could respell the word.
                if (found or self._split(word)) and word in self._known_words():
                    mended = self._other_spelling(word, found) or self._split(word) or word
                else:
                    mended = self._nearest(word, found)
            self._mended[word] = mended
        return mended

    def _known_words(self) -> Container[str]:
        """The words spelt as meant, read on first need."""
        if self._english is None:
            self._english = english_words()
        return self._english

    def _other_spelling(self, word: str, found: list[tuple[str, int]]) -> str | None:
        """The title word among ``found`` that ``word`` is another spelling of, or None."""
        same = [hit for hit, _ in found if spelt_the_other_way(word, hit)]
        return min(same, key=lambda w: (self._idf[w], w)) if same else None

    def _split(self, word: str, first: int = MIN_PART) -> str | None:
        """``word`` as two known words run together ("farm hand"), or None; ``first``:
        the shortest first part (below :data:`MIN_PART`, the second needs
        :data:`LONG_PART` letters)."""
        idf = self._idf
        last = MIN_PART if first >= MIN_PART else LONG_PART
        splits = [
            (max(idf[word[:k]], idf[word[k:]]), word[:k], word[k:])
            for k in range(first, len(word) - last + 1)
            if word[:k] in idf and word[k:] in idf
        ]
        if not splits:
            return None
        _, left, right = min(splits)
        return f"{left} {right}"

    def _close(self, word: str) -> list[tuple[str, int]]:
        """Title words within the edit limit of ``word``, with their distance."""
        # Imported here: only a title with an unknown word pays for it.
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        limit = 2 if len(word) >= TWO_EDITS_FROM else 1
        found = process.extract(
            word, self._candidates(len(word), limit), scorer=OSA.distance,
            score_cutoff=limit, limit=50,
        )  # fmt: skip
        return [(hit, int(distance)) for hit, distance, _ in found]

    def _nearest(self, word: str, found: list[tuple[str, int]]) -> str:
        """The nearest of the ``found`` title words, or ``word`` split in two; a title
        word that is ``word`` with letters put back first (:meth:`_dropped`)."""
        restored = self._dropped(word)
        if restored is not None:
            return restored
        best = min(found, key=lambda hit: (hit[1], self._idf[hit[0]], hit[0])) if found else None
        if best is not None and best[1] <= 1:
            return best[0]
        # One slip beats a missing space, a missing space two slips ("warehose" is
        # "warehouse", not "ware hose"; "farmhand" is "farm hand", not "garland"), also
        # after a word of three letters when the job word after it is long ("hatmaker"
        # is "hat maker", not "lathmaker": sawing machine setters, 98%; "busdriver").
        split = self._split(word) or self._split(word, SHORT_PART)
        return split or (best[0] if best is not None else word)

    def _dropped(self, word: str) -> str | None:
        """The commonest title word that is ``word`` with one letter put back, or with
        up to :data:`DROPPED_VOWELS` vowels put back, keeping its first letter; None when
        none is.

        A slip most often leaves a letter out, and shorthand leaves out vowels
        ("mangr", "bookeeper"): among title words as close, the commonest had won
        whichever edit it took, and a wrong letter reads another word ("payrol" was
        read "patrol", "mechnical" "technical", "mangr" "manga")."""
        # Imported here: only a title with an unknown word pays for it.
        from rapidfuzz import process
        from rapidfuzz.distance import Indel

        found = []
        candidates = self._candidates(len(word) + 1, DROPPED_VOWELS - 1)
        # Only words with its first letter: one alphabetical block of the candidates,
        # found by bisection rather than by testing a third of the 9k title words
        # (0.8 ms CPU of a fresh slip's mending).
        first = word[0]
        at = bisect.bisect_left(candidates, first)
        end = bisect.bisect_left(candidates, chr(ord(first) + 1), at)
        # ``word`` holds a longer word's letters in order exactly when their insert/delete
        # distance is the difference of their lengths (their longest common subsequence
        # is all of ``word``): rapidfuzz finds those, in C, within the two letters the
        # candidates are longer at most, so the loop below reads only them (the loop had
        # tested ~1,000 words of a block letter by letter: 0.1 ms a slip).
        near = process.extract(
            word, candidates[at:end], scorer=Indel.distance, score_cutoff=DROPPED_VOWELS,
            limit=None,
        )  # fmt: skip
        for hit, distance, _ in near:
            extra = len(hit) - len(word)
            if extra < 1 or distance != extra:
                continue
            missing = _missing_letters(word, hit)
            if missing is not None and (extra == 1 or set(missing) <= VOWELS):
                found.append((self._idf[hit], extra, hit))
        return min(found)[2] if found else None

    def _candidates(self, length: int, limit: int) -> list[str]:
        """The known words within ``limit`` letters of ``length``, in alphabetical order.

        No other word is within ``limit`` edits (each edit changes the length by at
        most one), so searching these finds the same words as searching all of them,
        in the same order (the 50 kept among many equally close ones are the same).
        A third to a half of the 9k title words: a slip's search took 0.70 ms CPU
        and takes 0.34 ms (1,500 generated slips, each mended to the same word).
        """
        key = (length - limit, length + limit)
        found = self._by_length.get(key)
        if found is None:
            low, high = key
            found = self._by_length[key] = [w for w in self._words if low <= len(w) <= high]
        return found

    def mend(self, text: str) -> str:
        """A normalised title (words separated by spaces) with unknown words mended and
        two words O*NET writes joined read as one."""
        return " ".join(self._joined([self.word(w) for w in text.split()]))

    def _joined(self, words: list[str]) -> list[str]:
        """``words`` with each adjacent pair that O*NET's titles write joined more often
        than apart (a lower IDF) read as the joined word ("pipe fitter" pipefitter)."""
        out: list[str] = []
        k = 0
        while k < len(words):
            if k + 1 < len(words) and self._joins(words[k], words[k + 1]):
                out.append(words[k] + words[k + 1])
                k += 2
            else:
                out.append(words[k])
                k += 1
        return out

    def _joins(self, left: str, right: str) -> bool:
        """Whether ``left right`` reads as the one title word ``leftright``."""
        if len(left) < MIN_PART or len(right) < MIN_PART:
            return False
        joined = self._idf.get(left + right)
        # Strictly more often joined: where O*NET writes both as often, both readings are
        # work of their own ("book maker" binds books, a bookmaker takes bets; "body
        # builder" builds truck bodies), and the words stay as typed.
        return joined is not None and joined < self._pairs.get(f"{left} {right}", float("inf"))
