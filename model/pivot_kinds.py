"""The kind of software a typed product name stands for, over all of O*NET's products.

O*NET lists some software by brand ("Autodesk AutoCAD") and some by its kind alone
("Computer aided design CAD software", a row whose name is its kind). A person who
typed "AutoCAD" uses computer aided design software: where a pivot's key product is that
kind, they hold it, and a plan does not tell them to learn it. The brand need not be
among that pivot's own products, nor their own occupation's: a plumber who drafts in
AutoCAD had been told to learn CAD software for heating and cooling work, whose list
names the kind alone (AutoCAD is listed for so many occupations that no ranking keeps it).

Reading every product name costs a cold start ~0.1 s (the technology table decoded), so
the few thousand names that matter are kept in a compiled copy (``compiled``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from career_resilience.model.pivot_products import (
    GENERIC_WORDS,
    names_work,
    product_words,
    reads_as_kind,
    tech_held,
)
from career_resilience.skills.occupation_cache import compiled_copy

#: A typed skill: as typed, and its words (``pivot_products.prepare_typed``).
Entry = tuple[str, tuple[str, ...]]
#: Bumped when the compiled copy's layout changes (its digest has this file's source).
KINDS_FORMAT = 3


class KindNames:
    """Which wanted kind (a kind O*NET lists by name as a product that is some
    occupation's key product) each typed skill names through products of the kind
    (:func:`pivot_products.tech_held`'s rule).

    A kind is named only when every product the skill names is filed under it:
    "AutoCAD" names AutoCAD, AutoCAD Civil 3D and AutoCAD Electrical, all computer aided
    design; "Oracle" names an ERP and a database, "design" Alibre Design and Bioreactor
    Design, so no one kind is the person's; a name that reads as a kind names none
    (``pivot_products.reads_as_kind``: "HVAC tools software"). Built from
    :func:`encode`'s copy: each product as its words and how many a skill must name, the
    wanted kinds it is filed under (a bit each), and the products of each word a product
    of a wanted kind has.
    """

    def __init__(self, doc: dict[str, Any]) -> None:
        self._wanted: list[str] = doc["wanted"]
        self._words: list[str] = doc["words"]
        self._needed: list[int] = doc["needed"]
        self._bits: list[int] = doc["bits"]
        self._by_word: dict[str, list[int]] = doc["by_word"]
        self._named: dict[tuple[str, ...], frozenset[str]] = {}

    def named(self, entry: Entry) -> frozenset[str]:
        """The wanted kind whose products ``entry`` names ("AutoCAD": computer aided
        design CAD software), or none; cached per typed skill."""
        found = self._named.get(entry[1])
        if found is None:
            found = frozenset()
            if names_work(entry):
                return found  # the work typed, not software named after it
            # tech_held only matches a product holding the typed skill's first word;
            # products are read as words only here, for the few a skill's word has.
            at = self._by_word.get(entry[1][0], ())
            products = [(str(k), tuple(self._words[k].split()), self._needed[k]) for k in at]
            held = tech_held((entry,), products) if products else {}
            if held:
                bits = -1
                for k in held:
                    bits &= self._bits[int(k)]
                found = frozenset(w for i, w in enumerate(self._wanted) if bits >> i & 1)
            if len(self._named) > 20_000:
                self._named.clear()
            self._named[entry[1]] = found
        return found


def encode(kinds_of: Mapping[str, frozenset[str]], wanted: set[str]) -> dict[str, Any]:
    """The compiled copy :class:`KindNames` reads, as plain data: the products that share
    a word (not a generic one) with a product of a wanted kind."""
    words_of = {name: product_words(name) for name in sorted(kinds_of)}
    order = sorted(wanted)
    shared = {
        w for name, kinds in kinds_of.items() if kinds & wanted for w in words_of[name][1]
    } - GENERIC_WORDS
    rows = [p for p in words_of.values() if shared.intersection(p[1])]
    by_word: dict[str, list[int]] = {}
    for k, (_, words, _) in enumerate(rows):
        for w in dict.fromkeys(words):
            if w in shared:
                by_word.setdefault(w, []).append(k)
    return {
        "wanted": order,
        "words": [" ".join(words) for _, words, _ in rows],
        "needed": [needed for _, _, needed in rows],
        # A name that reads as a kind ("HVAC tools software", filed under CAD) is no
        # brand of the kind: a skill naming it names no kind (an HVAC technician's
        # "HVAC" is not computer aided design).
        "bits": [
            0 if reads_as_kind(n) else sum(1 << i for i, w in enumerate(order) if w in kinds_of[n])
            for n, _, _ in rows
        ],
        "by_word": by_word,
    }


def decode(doc: dict[str, Any]) -> KindNames:
    """:class:`KindNames` of a compiled copy (:func:`encode`), its parts checked."""
    if not (len(doc["words"]) == len(doc["needed"]) == len(doc["bits"])):
        raise ValueError("kind names of unequal lengths")
    return KindNames(doc)


def compiled(tables: str, build: Any) -> KindNames:
    """:class:`KindNames` for the occupation tables of digest ``tables``, from their
    compiled copy (named by that digest and this file's source) or ``build()``, saved."""
    digest = hashlib.sha256(f"pivot-kinds-{KINDS_FORMAT}".encode())
    digest.update(tables.encode() + b"\0" + Path(__file__).read_bytes())
    return compiled_copy("pivot-kinds", digest.hexdigest(), build, decode)
