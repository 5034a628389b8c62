"""Near spellings of typed job-title words, for suggestions after a slip.

The title box offered titles whose words start with what was typed, so one slip ended
the suggestions: "Lifegard", "Recepcionist", "Electrican" or "Cahier" got none, and
the person was scored on the slip. Here a typed word of four letters or more that
starts no title word is compared with the title words (a whole word typed before a
space) or with the starts of title words of about its length (the word being typed,
which may be unfinished: "Recepc" is "recept..."), in optimal string alignment
distance, where a swapped pair of letters counts one edit as a dropped, doubled or
wrong letter does: one edit under eight letters, two from eight, as the title
speller (skills/title_speller.py) allows. A slip rarely changes the first letter, so
that letter must agree. Among equally near spellings, the one that starts the most
titles comes first.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

# At import, in the loader thread that builds the title index: imported on the first
# slip instead, it cost that keystroke 12 ms.
from rapidfuzz import process
from rapidfuzz.distance import OSA

from career_resilience.skills.english_words import MIN_LENGTH, TWO_EDITS_FROM, english_words
from career_resilience.skills.title_speller import TitleSpeller, letters_apart, spelt_the_other_way

#: A typed word shorter than this is never respelt ("cna", "rn", "zzz"): the title
#: speller's shortest, so the box offers what the matcher would read.
MIN_CHARS = MIN_LENGTH
#: Near spellings tried for one word.
MOST = 3


@dataclass(frozen=True)
class NearWords:
    """The words of known titles, counted by the titles holding them."""

    counts: Counter[str]
    #: Per (first letter, length), the words' starts of that length and how many
    #: titles they start: a slip is compared with those of about its length only.
    starts: dict[tuple[str, int], Counter[str]]
    #: The matcher's speller over these words: what a finished slip reads as, offered
    #: first, so the box suggests the title the score will read.
    speller: TitleSpeller

    @classmethod
    def build(cls, folded: Iterable[str]) -> NearWords:
        """From titles folded as the search folds them (lower case, single spaces).
        Built with the title index, off the event loop (~90 ms for O*NET's titles)."""
        counts: Counter[str] = Counter()
        for title in folded:
            counts.update({w for w in title.split(" ") if w.isalpha()})
        starts: dict[tuple[str, int], Counter[str]] = defaultdict(Counter)
        for word, count in counts.items():
            for length in range(MIN_CHARS - 1, len(word) + 1):
                starts[word[0], length][word[:length]] += count
        # Commoner words are nearer, as the matcher's inverse document frequency says.
        total = sum(counts.values()) + 1
        speller = TitleSpeller({w: math.log(total / n) for w, n in counts.items()})
        return cls(counts, dict(starts), speller)

    def starts_a_word(self, typed: str) -> bool:
        """Whether some known word starts with ``typed`` (a typed prefix is no slip)."""
        return typed in self._starts_of(typed[0], len(typed))

    def spellings(self, word: str, finished: bool) -> list[str]:
        """The nearest spellings of a typed ``word``, at most :data:`MOST`, folded:
        whole words before word starts, then a letter dropped or added before one
        changed, then the commonest. Whole words if it is ``finished``, else word starts
        of about its length (whole words among them). None for a word that is no slip:
        short, not alphabetic, in capitals (an acronym: "SPED"), or finished and
        starting a known word; an unfinished word starting one may still be a slip
        ("Carpentr": carpenter). An English or trade's word is spelt as meant ("soldier"
        is not a solderer): only another spelling of a title word is offered for it
        ("adjustor": adjuster)."""
        typed = word.casefold()
        if len(typed) < MIN_CHARS or not typed.isalpha() or word.isupper():
            return []
        if finished and self.starts_a_word(typed):
            return []
        # A real word is only read as a title word it is another spelling of.
        english = typed in english_words()
        edits = 2 if len(typed) >= TWO_EDITS_FROM else 1
        found: dict[str, tuple[int, bool, int, int]] = {}
        for length in range(len(typed) - edits, len(typed) + edits + 1):
            pool = self._starts_of(typed[0], length)
            # What starts with the typed word is found without respelling it.
            choices = [w for w in pool if not w.startswith(typed)]
            if finished or english:
                choices = [w for w in choices if w in self.counts]
            if english:
                choices = [w for w in choices if spelt_the_other_way(typed, w)]
            for near, distance, _ in process.extract(
                typed, choices, scorer=OSA.distance, score_cutoff=edits, limit=None
            ):
                # A whole word before a start ("intren": intern, not "inten..."); then a
                # letter dropped or added, or a vowel written for another, before one
                # changed ("electrican": electrician before electrical; "machinest":
                # machinist before machines).
                rank = (
                    int(distance), near not in self.counts, letters_apart(typed, near),
                    -pool[near],
                )  # fmt: skip
                found[near] = rank
        # A finished word reads as the speller reads it (a letter or up to two vowels
        # put back first: "mangr" manager, not manger; "dispatchr" dispatcher, not
        # dispatch), which the score will read too.
        read = self.speller.word(typed) if finished else typed
        if not found:
            return [read] if read != typed and " " not in read else []
        # Only the nearest: "acountant" is accountant, not also "accountants".
        nearest = min(rank[0] for rank in found.values())
        spellings = sorted((w for w in found if found[w][0] == nearest), key=found.__getitem__)
        if read != typed and " " not in read:
            spellings = [read, *(w for w in spellings if w != read)]
        return spellings[:MOST]

    def _starts_of(self, first: str, length: int) -> Counter[str]:
        """The starts of ``length`` letters of the words beginning with ``first``, with
        how many titles each starts."""
        return self.starts.get((first, length), _NONE)


_NONE: Counter[str] = Counter()
