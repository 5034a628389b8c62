"""Near spellings of typed job-title words, for suggestions after a slip.

The title box offered titles whose words start with what was typed, so one slip ended
the suggestions: "Lifegard", "Recepcionist", "Electrican" or "Cahier" got none, and
the person was scored on the slip. Here a typed word of four letters or more that
starts no title word is compared with the title words (a whole word typed before a
space) or with the starts of title words of about its length (the word being typed,
which may be unfinished: "Recepc" is "recept..."), in optimal string alignment
distance, where a swapped pair of letters counts one edit as a dropped, doubled or
wrong letter does: one edit under eight letters, two from eight, as the title
speller (model/title_spelling.py) allows. A slip rarely changes the first letter, so
that letter must agree. Among equally near spellings, the one that starts the most
titles comes first.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

# At import, in the loader thread that builds the title index: imported on the first
# slip instead, it cost that keystroke 12 ms.
from rapidfuzz import process
from rapidfuzz.distance import OSA, Indel

#: A typed word shorter than this is never respelt ("cna", "rn", "zzz").
MIN_CHARS = 4
#: From this length a word may be two edits from what was meant.
TWO_EDITS_FROM = 8
#: Near spellings tried for one word.
MOST = 3


@dataclass(frozen=True)
class NearWords:
    """The words of known titles, counted by the titles holding them."""

    counts: Counter[str]
    #: Per (first letter, length), the words' starts of that length and how many
    #: titles they start: a slip is compared with those of about its length only.
    starts: dict[tuple[str, int], Counter[str]]

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
        return cls(counts, dict(starts))

    def starts_a_word(self, typed: str) -> bool:
        """Whether some known word starts with ``typed`` (a typed prefix is no slip)."""
        return typed in self._starts_of(typed[0], len(typed))

    def spellings(self, typed: str, finished: bool) -> list[str]:
        """The nearest spellings of ``typed`` (folded, one word), at most :data:`MOST`:
        a letter dropped or added before one changed, then whole words before word
        starts, then the commonest. Whole words if it is ``finished``, else word starts
        of about its length (whole words among them). None for a short or
        non-alphabetic word, or a finished one that starts a known word; an unfinished
        one that does may still be a slip ("Carpentr": carpenter)."""
        if len(typed) < MIN_CHARS or not typed.isalpha():
            return []
        if finished and self.starts_a_word(typed):
            return []
        edits = 2 if len(typed) >= TWO_EDITS_FROM else 1
        found: dict[str, tuple[int, int, bool, int]] = {}
        for length in range(len(typed) - edits, len(typed) + edits + 1):
            pool = self._starts_of(typed[0], length)
            # What starts with the typed word is found without respelling it.
            choices = [w for w in pool if not w.startswith(typed)]
            if finished:
                choices = [w for w in choices if w in self.counts]
            for near, distance, _ in process.extract(
                typed, choices, scorer=OSA.distance, score_cutoff=edits, limit=None
            ):
                # Between equally near ones, a letter dropped or added is a likelier slip
                # than one changed ("electrican": electrician, not electrical).
                rank = (
                    int(distance), Indel.distance(typed, near), near not in self.counts,
                    -pool[near],
                )  # fmt: skip
                found[near] = rank
        if not found:
            return []
        # Only the nearest: "acountant" is accountant, not also "accountants".
        nearest = min(rank[0] for rank in found.values())
        return sorted((w for w in found if found[w][0] == nearest), key=found.__getitem__)[:MOST]

    def _starts_of(self, first: str, length: int) -> Counter[str]:
        """The starts of ``length`` letters of the words beginning with ``first``, with
        how many titles each starts."""
        return self.starts.get((first, length), _NONE)


_NONE: Counter[str] = Counter()
