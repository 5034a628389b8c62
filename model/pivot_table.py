"""Every pivot target as rows of arrays, so a batch is scored in a few products.

One row (a *slot*) per target: first every O*NET occupation as a related-occupation
target (in sorted code order), then every hand-written role of ``pivots.yaml``. What a
target asks for whoever moves is kept per slot: its exposure, job zone, outlook value,
substitution share, category, the rows of its anchors' work-activity vectors, its core
skills as a slots x skills incidence matrix and its products with an index from product
words to the slots whose products contain them. Scoring a person is then a handful of
array operations over the candidate slots (``model/pivot_scoring.py``); the candidates
of a set of matched occupations are a :class:`Frame` (``model/pivot_frame.py``).

The cheap figures are set for every slot at once. A slot's core skills and products
(the technology ranking, most of the cost) are worked out the first time a frame of
candidates includes it and kept, so a single score ranks its own few dozen candidates
instead of all 978 targets (a third of a second of a cold start), and a batch still
works each slot out once. Every per-slot figure depends on that slot alone, so the
order slots are filled in changes nothing (``tests/test_pivot_table.py`` compares a
lazily filled table with one filled in full).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from career_resilience.model.grounded import outlook_word
from career_resilience.model.pivot_evidence import OccupationEvidence
from career_resilience.model.pivot_frame import Frame, build_frame
from career_resilience.model.pivot_moves import doctoral, title_head
from career_resilience.model.pivot_products import Product, tech_held
from career_resilience.model.pivot_related import RelatedMap
from career_resilience.model.pivot_steps import (
    minor_group,
    other_trades,
    overseen,
    oversees,
    steps_up,
    work_assisted,
)
from career_resilience.model.pivot_targets import (
    SAME_CATEGORY,
    Target,
    occupation_target,
    outlook_value,
    role_targets,
)
from career_resilience.skills.models import KnowledgeBase
from career_resilience.skills.occupations import OccupationData

#: The products of a word no product has (never added to).
_NO_NAMES: set[str] = set()
#: Entries kept in each of the table's caches (typed skills, sets of matched occupations).
CACHE = 20_000
#: Decimals work-activity similarities are compared at (far below what a fit shows).
SIM_DECIMALS = 6
#: Core skills listed for a related move into an occupation with a hand-written plan.
CORE_LIMIT = 7


@dataclass(frozen=True)
class SlotNeeds:
    """What one target asks for, whoever moves: core skills and products, in order.

    ``products`` are its key products (shown, and counted in the fit); ``product_words``
    every relevant product as words, read against what the person typed.
    """

    core: tuple[str, ...]
    products: tuple[str, ...]
    product_words: tuple[Product, ...]


class TargetTable:
    """All targets and their per-target figures as arrays (see the module docstring)."""

    def __init__(
        self,
        kb: KnowledgeBase,
        data: OccupationData,
        evidence: OccupationEvidence,
        category_of: Mapping[str, str],
        categories: list[str],
    ) -> None:
        roles = role_targets(kb, data)
        by_code = {t.onet_soc: t for t in roles if t.kind == "occupation"}
        codes = sorted(data.occupations)
        self.slot_of = {code: i for i, code in enumerate(codes)}
        # A hand-written move into one occupation replaces that occupation's bare entry.
        related = [
            occupation_target(
                data.occupations[c],
                category_of.get(c, ""),
                "related",
                by_code[c].pivot if c in by_code else None,
            )
            for c in codes
        ]
        self.targets: tuple[Target, ...] = tuple(related) + roles
        # Each such occupation's own entry, for people already in its field (``as_seen``).
        self._own_entry = {
            self.slot_of[c]: occupation_target(data.occupations[c], category_of.get(c, ""))
            for c, role in by_code.items()
            if c in self.slot_of and role.pivot is not None and role.pivot.newcomers_only
        }
        self.n_related = len(related)
        self.roles = roles
        self._evidence = evidence
        #: Each slot's core skills and products, worked out when a frame first needs it.
        self.needs = SlotNeedsList(self)
        self.categories = categories
        cat_index = self.category_index = {c: i for i, c in enumerate(categories)}
        sub = {c.id: c.substitution for c in kb.categories.values()}
        t = self.targets
        self.exposure = np.array([x.exposure for x in t])
        self.zone = np.array([x.job_zone or 0 for x in t])
        self.outlook = np.array([outlook_value(x.bls_change_pct) for x in t])
        self.substitution = np.array([sub.get(x.category, 0.5) for x in t])
        # Unknown categories point at a last column that is always zero.
        self.category = np.array([cat_index.get(x.category, len(categories)) for x in t])
        # Projected change (NaN where BLS has none): a step down must improve on it.
        self.bls = np.array([np.nan if x.bls_change_pct is None else x.bls_change_pct for x in t])
        # NaN (no BLS projection) counts as no change where a move must change something.
        self.bls_or_0 = np.nan_to_num(self.bls, nan=0.0)
        # Shrinking as the outlook word says it, on the figure as shown (-1.6 shows "-2%",
        # shrinking): the rules and the words read one cut. Unknown counts as no change.
        self.shrinking = np.array([outlook_word(b) == "shrinking" for b in self.bls_or_0])
        # A hand-written role (AI-era, or a move into one occupation that O*NET does not
        # list as related to the person's) must show it is close, as O*NET's list does.
        self.hand_written = np.array([x.kind != "related" for x in t])
        # Work whose way in is medical, law or doctoral school (see ``doctoral``).
        self.doctoral = np.array([x.kind == "related" and doctoral(x.onet_soc) for x in t])
        # Supervisors and inspectors: each is offered only to whom it oversees.
        self.step_codes = [c for c in codes if oversees(c)]
        # Any occupation may be the work an assistant steps up to (``ASSISTS``).
        self.assist_codes = list(codes)
        self.titles = {c: data.occupations[c].title for c in codes}
        self._anchor_rows(evidence)
        # Cosines between every two occupations' work activities, computed once.
        self.gram = (evidence.iwa_unit @ evidence.iwa_unit.T).astype(np.float64)
        self._data = data
        self._related_sims: np.ndarray | None = None
        self._heads: list[str | None] = [None] * len(self.targets)
        self._steps: dict[str, list[int]] = {}
        self._step_core: dict[tuple[int, str], tuple[str, ...]] = {}
        self._skills(kb)
        self._products()
        self.related = RelatedMap(self.slot_of, data)
        self._role_arrays(cat_index, by_code)
        self._role_kinds(kb)
        #: Whether a move into more exposed work has a reason we can name (set by the scorer).
        self.reason_ok = np.zeros(len(self.targets), bool)

    def as_seen(self, slot: int, categories: Mapping[str, float]) -> Target:
        """The target of ``slot`` as a person with these category probabilities reads it.

        A hand-written move into one occupation marked ``newcomers_only`` is written for
        people coming from other fields: "Career-changer teacher" and its plan are not
        for a teacher or a teaching assistant. A person already in its own category (by
        the role rule's ``SAME_CATEGORY``) reads the occupation's own entry: O*NET's
        title and a plan built from their own gaps. The figures stay the slot's. (Other
        entries, such as the pharmacy technician's certification route, are the way in
        for anyone, a pharmacy aide included, and stay as written.)
        """
        target = self.targets[slot]
        own = self._own_entry.get(slot)
        if own is not None and categories.get(target.category, 0.0) >= SAME_CATEGORY:
            return own
        return target

    @staticmethod
    def _needs(target: Target, evidence: OccupationEvidence) -> SlotNeeds:
        """Core skills and products: a role's own list, or O*NET's for an occupation.

        A hand-written move into one occupation (``kind="occupation"``) keeps its own
        core skills and, being that occupation, the products O*NET lists for it.
        """
        if target.pivot is not None and target.kind == "ai_era":
            return SlotNeeds(target.pivot.core_skills, (), ())
        if target.pivot is not None and target.kind == "occupation":
            core = target.pivot.core_skills
        else:
            core = evidence.core_skills(target.onet_soc)
            if target.pivot is not None:
                core = tuple(dict.fromkeys(core + target.pivot.core_skills))[:CORE_LIMIT]
        products = evidence.key_technology(target.onet_soc)
        # Naming any of its relevant products counts as using one, key or not.
        words = evidence.technology_words(target.onet_soc)
        return SlotNeeds(core, products, words)

    def _anchor_rows(self, evidence: OccupationEvidence) -> None:
        """Each slot's anchor rows of the activity matrix, padded with a sentinel row."""
        rows = [
            [r for r in (evidence.row(a) for a in t.anchors) if r is not None] for t in self.targets
        ]
        width = max(1, max(len(r) for r in rows))
        sentinel = evidence.iwa_unit.shape[0]  # a last column of -inf at scoring time
        self.anchor_rows = np.full((len(rows), width), sentinel)
        for i, r in enumerate(rows):
            self.anchor_rows[i, : len(r)] = r
        self.has_rows = np.array([bool(r) for r in rows])

    def _skills(self, kb: KnowledgeBase) -> None:
        """Skills x slots incidence of core skills (a person's held rows sum to counts).

        Empty here: a slot's column and its core and product counts are set by
        :meth:`fill` with the rest of its needs.
        """
        self.skill_index = {s: i for i, s in enumerate(kb.skills)}
        self.core_of_skill = np.zeros((len(self.skill_index), len(self.targets)), np.float32)
        self.core_len = np.zeros(len(self.targets), np.float64)
        self.product_len = np.zeros(len(self.targets), np.float64)
        self.filled = np.zeros(len(self.targets), bool)

    def _products(self) -> None:
        """Empty indexes of products: the slots naming each product, and products by word."""
        self.slots_of_product: dict[str, list[int]] = {}
        self._product_words: dict[str, Product] = {}
        #: Each product's place in the order products were first entered (the first
        #: ``n`` of them are the products known when ``n`` were).
        self._product_rank: dict[str, int] = {}
        self._products_of_word: dict[str, set[str]] = {}
        self._named_by: dict[tuple[str, tuple[str, ...]], tuple[tuple[str, ...], int]] = {}
        self._frames: dict[tuple[object, ...], Frame] = {}

    def steps_of(self, code: str) -> list[int]:
        """The slots of ``code``'s steps up (:func:`steps_up`; cached per occupation)."""
        found = self._steps.get(code)
        if found is None:
            codes = steps_up(code, self.step_codes) + work_assisted(code, self.assist_codes)
            found = self._steps[code] = [self.slot_of[c] for c in codes]
        return found

    def heads(self, slots: list[int]) -> list[str]:
        """The job each slot's title names (``title_head`` of its label), each slot's
        worked out the first time a frame lists it and kept by slot."""
        kept, out = self._heads, []
        for slot in slots:
            head = kept[slot]
            if head is None:
                head = kept[slot] = title_head(self.targets[slot].label)
            out.append(head)
        return out

    def step_core(self, slot: int, own: str) -> tuple[str, ...]:
        """A step up's core skills for someone in ``own``'s work: the slot's core less
        the trades of other kinds of work it oversees (:func:`other_trades`; cached per
        supervisor and SOC minor group)."""
        key = (slot, minor_group(own))
        found = self._step_core.get(key)
        if found is None:
            code = self.targets[slot].onet_soc
            prefixes = overseen(code)
            core_of = self._evidence.core_skills
            below = {c: core_of(c) for c in self.slot_of if c != code and c.startswith(prefixes)}
            core = self.needs[slot].core
            other = other_trades(core, below, own)
            found = self._step_core[key] = tuple(s for s in core if s not in other)
        return found

    def closeness_rank(self, sims: np.ndarray) -> np.ndarray:
        """The share of O*NET's related pairs whose work activities are less alike.

        A move as close as a typical related occupation scores 0.5; one closer than
        nine in ten of them, 0.9. The pairs' similarities are sorted once, on first use.
        """
        if self._related_sims is None:
            left, right = self._related_rows()
            self._related_sims = np.sort(np.round(self.gram[left, right], SIM_DECIMALS))
        # Rounded, and ties counted half: occupations sharing a SOC code have the same
        # activities, so many pairs tie exactly, and a matrix product's last bit (which
        # differs between processes) must not move a fit across all of them.
        # (The array methods, not numpy's module functions: the same results without
        # their Python dispatch, a third of this step for one person's few dozen.)
        at = sims.round(SIM_DECIMALS)
        pairs = self._related_sims
        return (pairs.searchsorted(at, "left") + pairs.searchsorted(at, "right")) / (
            2 * max(1, len(pairs))
        )

    def _related_rows(self) -> tuple[np.ndarray, np.ndarray]:
        """The activity rows of both sides of every O*NET related pair (both known).

        Each code's row is looked up once, not once per pair: the first score builds
        these 17k pairs, and per pair they took 8-11 ms of a cold start's CPU (3 ms so).
        """
        row = self._evidence.row
        rows_of = {c: r for c in self._data.occupations if (r := row(c)) is not None}
        get = rows_of.get
        left: list[int] = []
        right: list[int] = []
        for code, related in self._data.related.items():
            a = get(code)
            if a is not None:
                found = [b for b in map(get, [r for r, _, _ in related]) if b is not None]
                left += [a] * len(found)
                right += found
        return np.array(left, np.int64), np.array(right, np.int64)

    def fill(self, slot: int) -> SlotNeeds:
        """Work out one slot's needs and enter them in the incidence matrix and indexes."""
        needs = self._needs(self.targets[slot], self._evidence)
        for s in needs.core:
            if s in self.skill_index:
                self.core_of_skill[self.skill_index[s], slot] = 1.0
        self.core_len[slot] = len(needs.core)
        self.filled[slot] = True
        self.product_len[slot] = len(needs.products)
        for product in needs.product_words:
            name = product[0]
            self.slots_of_product.setdefault(name, []).append(slot)
            if name not in self._product_words:
                self._product_rank[name] = len(self._product_words)
                self._product_words[name] = product
                for w in product[1]:
                    self._products_of_word.setdefault(w, set()).add(name)
        return needs

    def complete(self) -> None:
        """Work out every slot now (before forking batch workers, so they share the work)."""
        for slot in range(len(self.targets)):
            self.needs[slot]

    def products_named_by(self, entry: tuple[str, tuple[str, ...]]) -> tuple[str, ...]:
        """The products one typed skill holds (:func:`tech_held`'s rule; cached per skill).

        Read against the products of the slots filled so far, which include every
        candidate of every frame built. A skill cached before more slots were filled is
        read against the products entered since (its names sorted with them): the rule
        holds or rejects each product on its own, so this is the full set's answer; a
        single score fills new slots on most scores, and reading every product again
        had been most of this look-up.
        """
        known = len(self._product_words)
        cached = self._named_by.get(entry)
        if cached is not None and cached[1] == known:
            return cached[0]
        sets = [self._products_of_word.get(w, _NO_NAMES) for w in entry[1]]
        names = set.intersection(*sets) if sets else set()
        if cached is not None:
            rank, seen = self._product_rank, cached[1]
            names = {n for n in names if rank[n] >= seen}
        products = [self._product_words[n] for n in sorted(names)]
        found = tuple(tech_held((entry,), products))
        if cached is not None:
            found = tuple(sorted(cached[0] + found)) if found else cached[0]
        if len(self._named_by) > CACHE:
            self._named_by.clear()
        self._named_by[entry] = (found, known)
        return found

    def frame(self, codes: tuple[str, ...], mine: tuple[str, ...]) -> Frame:
        """The candidate slots of a person matched to ``codes`` (cached: batches repeat)."""
        key = (codes, mine)
        found = self._frames.get(key)
        if found is None:
            if len(self._frames) > CACHE:
                self._frames.clear()
            found = self._frames[key] = build_frame(self, codes, mine)
        return found

    def _role_arrays(self, cat_index: Mapping[str, int], by_code: Mapping[str, Target]) -> None:
        """Per role: its slot, category, adjacent categories and the slot it shadows."""
        n = len(self.roles)
        self.role_slots = np.arange(self.n_related, self.n_related + n)
        self.role_order = np.arange(n)
        self.role_category = np.array(
            [cat_index.get(r.category, len(self.categories)) for r in self.roles]
        )
        adjacent = [
            [cat_index.get(c, len(self.categories)) for c in (r.pivot.adjacent if r.pivot else ())]
            for r in self.roles
        ]
        width = max(1, max((len(a) for a in adjacent), default=1))
        # Padded with the always-zero column, so a sum adds the listed ones in order.
        self.role_adjacent = np.full((n, width), len(self.categories))
        for i, a in enumerate(adjacent):
            self.role_adjacent[i, : len(a)] = a
        # A role that is a move into one occupation is not offered twice: when that
        # occupation is already a related candidate, the role's own slot is skipped.
        self.role_shadow = np.array(
            [self.slot_of[r.onet_soc] if by_code.get(r.onet_soc) is r else -1 for r in self.roles]
        )
        found: dict[str, list[int]] = {}
        for i, r in enumerate(self.roles):
            for code in r.anchors:
                found.setdefault(code, []).append(i)
        self.roles_of_code = {code: np.array(rows, np.int64) for code, rows in found.items()}

    def _role_kinds(self, kb: KnowledgeBase) -> None:
        """Per role slot, its core skills of other kinds of work than its own and those
        its people come from (a lineworker's first aid, a data steward's stakeholder
        management): asked of everyone who moves in, from anywhere, so holding one does
        not show the way in (``model/pivot_scoring.way_in``, ``model/pivot_rules.py``)."""
        self.off_kind: dict[int, frozenset[str]] = {}
        for slot, role in zip(self.role_slots.tolist(), self.roles, strict=True):
            if role.pivot is None:
                continue
            kinds = {role.pivot.category, *role.pivot.adjacent}
            off = frozenset(
                s
                for s in role.pivot.core_skills
                if s in kb.skills and not kinds.intersection(kb.skills[s].categories)
            )
            if off:
                self.off_kind[slot] = off
        self.off_kind_any = frozenset().union(*self.off_kind.values())


class SlotNeedsList:
    """The table's :class:`SlotNeeds` by slot, each worked out on first use and kept."""

    def __init__(self, table: TargetTable) -> None:
        self._table = table
        self._found: list[SlotNeeds | None] = [None] * len(table.targets)

    def __len__(self) -> int:
        return len(self._found)

    def __getitem__(self, slot: int) -> SlotNeeds:
        found = self._found[slot]
        if found is None:
            found = self._found[slot] = self._table.fill(slot)
        return found
