"""The evidence a pivot's fit is built from, per O*NET occupation.

Three kinds, all from the shipped occupation data (O*NET 27.0 and Tomlinson et al.):

- **work activities**: each 6-digit SOC code's weights over O*NET's intermediate work
  activities and the generalized activities they belong to, as unit vectors, so the
  similarity of two occupations is one dot product (``model/pivot_activities.py``);
- **core skills**: the catalogue skills that O*NET's own titles and technology list for
  an occupation name ("Pharmacy Technician" names pharmacy dispensing, "Intuit
  QuickBooks" names QuickBooks), weighted by how specific they are (a skill named for
  most occupations, like Microsoft Word, says nothing about this one);
- **technology skills**: the software O*NET lists for the occupation that few other
  occupations list (hot technologies first), matched against what the person typed.

Core skills take seconds to compute (every title and product name is matched against
the catalogue), so they ship precomputed (``model/pivot_core_skills.py``); technology
lists are compiled with the occupation tables' cache for shipped data, and built on
first use for data assembled in memory.
"""

from __future__ import annotations

import functools
import hashlib
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from career_resilience.model import pivot_tech_kinds
from career_resilience.model.pivot_activities import activity_vectors, iwa_columns
from career_resilience.model.pivot_kinds import Entry, KindNames
from career_resilience.model.pivot_kinds import compiled as compiled_kinds
from career_resilience.model.pivot_kinds import decode as decode_kinds
from career_resilience.model.pivot_kinds import encode as encode_kinds
from career_resilience.model.pivot_products import Product, product_words
from career_resilience.model.pivot_tech_kinds import (
    COMMON_TECH,
    COMPUTING_GROUPS,
    GENERIC_KINDS,
    GENERIC_TECH_SHARE,
    INSTRUMENT_PRODUCTS,
    MAKER_GROUPS,
    MAKER_KINDS,
    RELATIVES_SHARE,
)
from career_resilience.skills.bls_combined import bls_combined
from career_resilience.skills.occupation_cache import compiled_copy, product_kinds
from career_resilience.skills.occupations import OCCUPATIONS_DIR, OccupationData

#: Core skills kept per occupation, and technology skills (its key products); a person
#: who names any of up to ALL_TECH of its relevant products uses one of them.
CORE_SKILLS = 7
TECH_SKILLS = 6
ALL_TECH = 40


#: Bump when the compiled rankings change shape. Their copies are named by the tables'
#: digest and the source of this file and ``pivot_tech_kinds``, so a change to the
#: ranking rules needs no bump.
RANKINGS_FORMAT = 1


class _Counts:
    """How many occupations name each product, and which are hot or common: what a
    technology ranking is worked out from (only when the rankings are not compiled)."""

    def __init__(self, data: OccupationData) -> None:
        # How many occupations name each product: the generic ones are left out.
        named = Counter(name for rows in data.technology.values() for name in {r[0] for r in rows})
        limit = GENERIC_TECH_SHARE * max(len(data.occupations), 1)
        self.specific = {name for name, n in named.items() if n <= limit}
        self.named = named
        self.products_of = {c: {r[0] for r in rows} for c, rows in data.technology.items()}
        self.hot = {name for rows in data.technology.values() for name, _, hot in rows if hot}
        self.common = {name for name, n in named.items() if n >= COMMON_TECH}


class OccupationEvidence:
    """Work-activity vectors, core skills and technology skills of every occupation.

    Every occupation's technology ranking and key products, and the kinds of the products
    ranked, are compiled once (:func:`_compiled`) for shipped data: working them out
    cost ~50 ms of every cold start and ~15 ms of its first score.
    """

    def __init__(self, data: OccupationData, core: Mapping[str, tuple[str, ...]]) -> None:
        self.data = data
        self.core = core
        # Both levels of O*NET's activities, so one dot product is their blended cosine.
        self.iwa_unit = activity_vectors(data.iwa, iwa_columns(OCCUPATIONS_DIR))
        self.soc_row = {soc: i for i, soc in enumerate(data.iwa_socs)}
        self._counts: _Counts | None = None
        self._tech: dict[str, tuple[str, ...]] = {}
        self._key: dict[str, tuple[str, ...]] = {}
        self._kinds_ok: dict[tuple[str, bool], bool] = {}
        #: The kinds of every ranked product (all a score asks about), then of all.
        self._kinds: dict[str, frozenset[str]] = {}
        self._all_kinds: Mapping[str, frozenset[str]] | None = None
        self._tech_words: dict[str, tuple[Product, ...]] = {}
        self._by_word: dict[str, dict[str, tuple[Product, ...]]] = {}
        self._kind_names: KindNames | None = None
        if data.digest is not None:
            self._tech, self._key, self._kinds = _compiled(self, data.digest)

    def technology_words(self, code: str) -> tuple[Product, ...]:
        """Every relevant product (not only the key ones) as word tuples for :func:`tech_held`.

        Most relevant first; cached. An accounting clerk who names NetSuite uses one of
        a billing clerk's products even when six others are listed before it.
        """
        found = self._tech_words.get(code)
        if found is None:
            found = tuple(_words_of(p) for p in self.technology(code, ALL_TECH))
            self._tech_words[code] = found
        return found

    def products_with_word(self, code: str, word: str) -> tuple[Product, ...]:
        """``code``'s relevant products whose names contain ``word`` (in relevance order).

        :func:`tech_held` only ever matches a product containing the typed skill's first
        word (whole, or as the acronym it spells), so reading a typed skill against these
        few instead of all forty gives the same products (an index per code, on first use).
        """
        index = self._by_word.get(code)
        if index is None:
            lists: dict[str, list[Product]] = {}
            for product in self.technology_words(code):
                for w in dict.fromkeys(product[1]):
                    lists.setdefault(w, []).append(product)
            index = self._by_word[code] = {w: tuple(ps) for w, ps in lists.items()}
        return index.get(word, ())

    def kinds_of(self, product: str) -> frozenset[str]:
        """The kinds O*NET files a product under ("Epic Systems": "Medical software")."""
        found = self._kinds.get(product)
        if found is None:
            found = self._kinds[product] = self._every_kind().get(product, frozenset())
        return found

    def plain_kinds_named(self, entry: Entry) -> frozenset[str]:
        """The kind, listed by name as some occupation's key product, that a typed skill
        names through its products (``model/pivot_kinds.py``: "AutoCAD" names computer
        aided design CAD software), or none."""
        if self._kind_names is None:
            digest = self.data.digest
            self._kind_names = (
                decode_kinds(self._encode_kinds())
                if digest is None
                else compiled_kinds(digest, self._encode_kinds)
            )
        return self._kind_names.named(entry)

    def _encode_kinds(self) -> dict[str, Any]:
        """:mod:`pivot_kinds`' compiled copy: only a kind some occupation's key products
        name by the kind's own name can be a gap to learn."""
        kinds = self._every_kind()
        codes = sorted(self.data.occupations)
        wanted = {p for c in codes for p in self.key_technology(c) if p in kinds.get(p, ())}
        return encode_kinds(kinds, wanted)

    def _every_kind(self) -> Mapping[str, frozenset[str]]:
        if self._all_kinds is None:
            # Shipped data brings the index with its compiled tables (a cold start
            # would spend ~0.07 s building it); data assembled in memory does not.
            known = self.data.product_kinds
            self._all_kinds = product_kinds(self.data.technology) if known is None else known
        return self._all_kinds

    def row(self, code: str) -> int | None:
        """The row of ``code``'s 6-digit SOC in :attr:`iwa_unit`, or of the SOC 2018 code
        it was split from (None when O*NET has neither)."""
        return self._row(code)

    def _row(self, code: str) -> int | None:
        occupation = self.data.occupations.get(code)
        if occupation is None:
            return None
        found = self.soc_row.get(occupation.soc)
        if found is None and (broader := bls_combined().get(code)) is not None:
            # O*NET splits a few SOC 2018 codes (25-2052 into kindergarten and elementary
            # special education teachers, 25-9045 into teaching assistants), and the
            # activity weights are published for the SOC 2018 code only (``bls_combined``
            # names it): its work is theirs. Without it a special-education teaching
            # assistant's first move, kindergarten special education, read a made-up fit
            # of 50% and their own work had no activities to compare at all.
            found = self.soc_row.get(broader)
        return found

    def core_skills(self, code: str) -> tuple[str, ...]:
        """Catalogue skill ids O*NET's titles and technology name for ``code``.

        Most specific first (see :func:`compute_core_skills`).
        """
        return self.core.get(code, ())

    def technology(self, code: str, limit: int = TECH_SKILLS) -> tuple[str, ...]:
        """Specific products O*NET lists for ``code``, as named there, most relevant first.

        Relevant: listed by more of the occupation's O*NET relatives (the tools of that
        corner of work), then hot (in many job postings), then known to more employers.
        Software for making software or media counts only when it is in the field.
        """
        found = self._tech.get(code)
        if found is None:
            found = self._tech[code] = self._rank(code)
        return found[:limit]

    def _counted(self) -> _Counts:
        if self._counts is None:
            self._counts = _Counts(self.data)
        return self._counts

    def _rank(self, code: str) -> tuple[str, ...]:
        """:meth:`technology`'s ranking of ``code``, worked out (up to :data:`ALL_TECH`)."""
        counts = self._counted()
        maker = self._maker_work(code)
        rows = [
            r
            for r in self.data.technology.get(code, ())
            if r[0] in counts.specific and self._kind_ok(r[1], maker)
        ]
        # How many relatives list each kept product: set intersections, so a slot's
        # ranking costs microseconds.
        names = {r[0] for r in rows}
        shared = Counter(
            n for r in self._relatives(code) for n in counts.products_of.get(r, set()) & names
        )
        rows.sort(key=lambda r: (-shared[r[0]], not r[2], -counts.named[r[0]], r[0]))
        return tuple(dict.fromkeys(r[0] for r in rows))[:ALL_TECH]

    def _relatives(self, code: str) -> list[str]:
        return [r for r, _, _ in self.data.related.get(code, ())]

    def _kind_ok(self, kind: str, maker: bool) -> bool:
        """Software only (tools such as "Pipe wrenches" are not skills to list or learn),
        not generic office software, and software for making software only in the field."""
        found = self._kinds_ok.get((kind, maker))
        if found is None:
            found = self._kinds_ok[(kind, maker)] = (
                kind not in GENERIC_KINDS
                and "software" in kind.casefold()
                and (kind not in MAKER_KINDS or maker)
            )
        return found

    def key_technology(self, code: str, limit: int = TECH_SKILLS) -> tuple[str, ...]:
        """The key products of ``code``: hot, common and shared with its relatives.

        Most relevant first (:meth:`technology`'s order); see :data:`COMMON_TECH`.
        """
        found = self._key.get(code)
        if found is None:
            found = self._key[code] = self._rank_key(code)
        return found[:limit]

    def _rank_key(self, code: str) -> tuple[str, ...]:
        """:meth:`key_technology` of ``code``, worked out (all of them)."""
        counts = self._counted()
        relatives = self._relatives(code)
        ranked = self.technology(code, ALL_TECH)
        candidates = {p for p in ranked if p in counts.hot} & counts.common
        if code[:2] in COMPUTING_GROUPS:
            candidates -= INSTRUMENT_PRODUCTS
        shared = Counter(
            n for r in relatives for n in counts.products_of.get(r, set()) & candidates
        )
        return tuple(
            p for p in ranked if p in candidates and shared[p] > RELATIVES_SHARE * len(relatives)
        )

    def _maker_work(self, code: str) -> bool:
        """Whether the occupation makes software, systems or media (by its SOC group)."""
        return code[:2] in MAKER_GROUPS

    def encode_rankings(self) -> dict[str, Any]:
        """Every occupation's ranking, key products and the ranked products' kinds, as
        plain data: products by their place in one list of names, kinds by set."""
        codes = sorted(self.data.occupations)
        tech = {c: self._rank(c) for c in codes}
        self._tech.update(tech)  # the key products are read from these
        key = {c: self._rank_key(c) for c in codes}
        names = sorted({p for ranked in tech.values() for p in ranked})
        number = {p: i for i, p in enumerate(names)}
        kinds = [tuple(sorted(self._every_kind().get(p, ()))) for p in names]
        sets = sorted(set(kinds))
        which = {found: i for i, found in enumerate(sets)}
        return {
            "names": names,
            "kind_sets": sets,
            "kinds": [which[k] for k in kinds],
            "technology": {c: [number[p] for p in v] for c, v in tech.items()},
            "key": {c: [number[p] for p in v] for c, v in key.items()},
        }


Rankings = tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], dict[str, frozenset[str]]]


def _decode_rankings(doc: dict[str, Any]) -> Rankings:
    names = doc["names"]
    sets = [frozenset(found) for found in doc["kind_sets"]]
    kinds = dict(zip(names, map(sets.__getitem__, doc["kinds"]), strict=True))
    name = names.__getitem__
    tech = {c: tuple(map(name, v)) for c, v in doc["technology"].items()}
    key = {c: tuple(map(name, v)) for c, v in doc["key"].items()}
    return tech, key, kinds


def _compiled(evidence: OccupationEvidence, tables: str) -> Rankings:
    """The rankings of the tables of digest ``tables``, from their compiled copy (named by
    that digest and the source of this file and of the rules it ranks by) or worked out
    for every occupation and saved."""
    digest = hashlib.sha256(f"pivot-rankings-{RANKINGS_FORMAT}".encode())
    digest.update(tables.encode() + b"\0" + Path(__file__).read_bytes())
    digest.update(Path(pivot_tech_kinds.__file__).read_bytes())
    return compiled_copy(
        "pivot-rankings", digest.hexdigest(), evidence.encode_rankings, _decode_rankings
    )


@functools.lru_cache(maxsize=20_000)
def _words_of(product: str) -> Product:
    """:func:`product_words`, once per product name (products repeat across occupations)."""
    return product_words(product)
