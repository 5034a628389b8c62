"""The products of the pivot targets filled so far, indexed by word and by slot.

A person's typed skill ("POS", "Excel") holds the products whose words it names
(:func:`~career_resilience.model.pivot_products.tech_held`). Products enter this index as
the table fills slots (``TargetTable.fill``), so a single score reads only its own
candidates' products; a typed skill's answer is kept and brought up to date with the
products entered since it was read.
"""

from __future__ import annotations

from collections.abc import Callable

from career_resilience.model.pivot_products import Product, tech_held

#: The products of a word no product has (never added to).
_NO_NAMES: set[str] = set()
#: Typed skills whose answer is kept.
CACHE = 20_000


class ProductIndex:
    """Every product entered so far: the slots naming it, and the products of each word."""

    def __init__(
        self, kinds_named: Callable[[tuple[str, tuple[str, ...]]], frozenset[str]] | None = None
    ) -> None:
        #: The plain kinds a typed skill names through any O*NET product of the kind
        #: (``OccupationEvidence.plain_kinds_named``): held where a slot lists the kind.
        self._kinds_named = kinds_named
        #: The slots whose relevant products include each product.
        self.slots_of: dict[str, list[int]] = {}
        self._words: dict[str, Product] = {}
        #: Each product's place in the order products were first entered (the first
        #: ``n`` of them are the products known when ``n`` were).
        self._rank: dict[str, int] = {}
        self._of_word: dict[str, set[str]] = {}
        self._named_by: dict[tuple[str, tuple[str, ...]], tuple[tuple[str, ...], int]] = {}

    def enter(self, slot: int, products: tuple[Product, ...]) -> None:
        """Enter one slot's relevant products (each product's words indexed once)."""
        for product in products:
            name = product[0]
            self.slots_of.setdefault(name, []).append(slot)
            if name not in self._words:
                self._rank[name] = len(self._words)
                self._words[name] = product
                for w in product[1]:
                    self._of_word.setdefault(w, set()).add(name)

    def named_by(self, entry: tuple[str, tuple[str, ...]]) -> tuple[str, ...]:
        """The products one typed skill holds (:func:`tech_held`'s rule; cached per skill).

        Read against the products of the slots filled so far, which include every
        candidate of every frame built. A skill cached before more slots were filled is
        read against the products entered since (its names sorted with them): the rule
        holds or rejects each product on its own, so this is the full set's answer; a
        single score fills new slots on most scores, and reading every product again
        had been most of this look-up.
        """
        known = len(self._words)
        cached = self._named_by.get(entry)
        if cached is not None and cached[1] == known:
            return cached[0]
        sets = [self._of_word.get(w, _NO_NAMES) for w in entry[1]]
        names = set.intersection(*sets) if sets else set()
        if cached is not None:
            rank, seen = self._rank, cached[1]
            names = {n for n in names if rank[n] >= seen}
        products = [self._words[n] for n in sorted(names)]
        found = tuple(tech_held((entry,), products))
        if self._kinds_named is not None:
            # "AutoCAD" holds "Computer aided design CAD software" where a slot lists the
            # kind by that name, whether or not it lists the brand (``model/pivot_kinds.py``).
            kinds = [n for n in self._kinds_named(entry) if n in self._words and n not in found]
            if cached is not None:
                kinds = [n for n in kinds if self._rank[n] >= cached[1]]
            found = tuple(sorted(found + tuple(kinds))) if kinds else found
        if cached is not None:
            found = tuple(sorted(cached[0] + found)) if found else cached[0]
        if len(self._named_by) > CACHE:
            self._named_by.clear()
        self._named_by[entry] = (found, known)
        return found
