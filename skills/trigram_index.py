"""The character-trigram index that shortlists catalogue keys for "did you mean".

An unknown skill is first compared with the few keys sharing most character trigrams
with it (an inverted index, :class:`TrigramIndex`), then that shortlist is ranked with
difflib (:mod:`career_resilience.skills.did_you_mean`): a difflib scan of every key
costs milliseconds per unknown skill.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain

#: Candidates ranked by difflib for a "did you mean" suggestion.
SHORTLIST = 25


def trigrams(key: str) -> set[str]:
    """The character trigrams of ``key``, its start and end marked ("^ab", "ab$")."""
    padded = f"^{key}$"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


class TrigramIndex:
    """Catalogue keys by the character trigrams they contain, as arrays of key numbers.

    Keys are numbered in sorted order, so "most shared trigrams, ties by key" is one
    ``bincount`` and a stable sort of the few keys that can reach the shortlist:
    counting hundreds of posting-list entries per unknown skill in Python was most of a
    suggestion's cost.
    """

    def __init__(self, keys: Iterable[str]) -> None:
        import numpy as np  # the engine has it loaded; a matcher alone does not need it

        self.keys = sorted(keys)
        grams: dict[str, list[int]] = {}
        for number, key in enumerate(self.keys):
            for gram in trigrams(key):
                grams.setdefault(gram, []).append(number)
        # One flat array and each trigram's slice of it: one array per trigram (ten
        # thousand of them) cost more to build than the whole index otherwise.
        self.flat = np.fromiter(chain.from_iterable(grams.values()), dtype=np.int32)
        ends = np.cumsum([len(ids) for ids in grams.values()]).tolist()
        self.slices = dict(zip(grams, zip([0, *ends[:-1]], ends, strict=True), strict=True))

    def most_shared(self, key: str) -> list[str]:
        """The :data:`SHORTLIST` keys sharing the most trigrams with ``key``, ties by key."""
        import numpy as np

        found = [self.flat[slice(*self.slices[g])] for g in trigrams(key) if g in self.slices]
        if not found:
            return []
        counts = np.bincount(np.concatenate(found), minlength=len(self.keys))
        # Only keys sharing at least as many trigrams as the SHORTLIST-th most are sorted
        # (hundreds of keys share one common trigram): the count of keys per count, from
        # the highest, says where the list ends; ties keep key order (a stable sort).
        per_count = np.bincount(counts)[::-1]
        cut = max(len(per_count) - 1 - int(np.searchsorted(per_count.cumsum(), SHORTLIST)), 1)
        kept = np.flatnonzero(counts >= cut)
        order = kept[np.argsort(-counts[kept], kind="stable")[:SHORTLIST]]
        return [self.keys[k] for k in order.tolist()]
