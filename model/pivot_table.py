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

import numpy as np

from career_resilience.model.formulas import OUTLOOK_VALUE
from career_resilience.model.grounded import outlook_word
from career_resilience.model.pivot_evidence import OccupationEvidence
from career_resilience.model.pivot_frame import Frame, build_frame
from career_resilience.model.pivot_moves import MANAGER_GROUP, doctoral, title_head
from career_resilience.model.pivot_needs import SlotNeeds, SlotNeedsList, slot_needs
from career_resilience.model.pivot_product_index import ProductIndex
from career_resilience.model.pivot_related import RelatedMap, related_rows
from career_resilience.model.pivot_role_arrays import role_arrays
from career_resilience.model.pivot_slot_facts import SlotFacts
from career_resilience.model.pivot_specialty import SpecialtyFacts
from career_resilience.model.pivot_step_slots import StepSlots
from career_resilience.model.pivot_targets import (
    SAME_CATEGORY,
    Target,
    anchor_rows,
    occupation_target,
    outlook_values,
    role_targets,
    unlisted_trends,
)
from career_resilience.skills.models import KnowledgeBase
from career_resilience.skills.occupations import OccupationData

#: Sets of matched occupations whose frame of candidates is kept.
CACHE = 20_000
#: Decimals work-activity similarities are compared at (far below what a fit shows).
SIM_DECIMALS = 6


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
        roles = role_targets(kb, data, unlisted_trends(kb, category_of))
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
        # Projected change (NaN where BLS has none): a step down must improve on it.
        self.bls = np.array([np.nan if x.bls_change_pct is None else x.bls_change_pct for x in t])
        # Work O*NET has no occupation for is weighed with the articles' trend, as a
        # person placed in it is (``unlisted_trends``); the rest with BLS's projection
        # (one interpolation for all: a call per target was ~5 ms of a cold start).
        self.outlook = outlook_values(self.bls)
        for k, x in enumerate(t):
            if x.trend:
                self.outlook[k] = OUTLOOK_VALUE[x.trend]
        self.substitution = np.array([sub.get(x.category, 0.5) for x in t])
        # Unknown categories point at a last column that is always zero.
        self.category = np.array([cat_index.get(x.category, len(categories)) for x in t])
        # NaN (no BLS projection) counts as no change where a move must change something.
        self.bls_or_0 = np.nan_to_num(self.bls, nan=0.0)
        # Shrinking as the outlook word says it, on the figure as shown (-1.6 shows "-2%",
        # shrinking): the rules and the words read one cut. Unknown counts as no change.
        # Each distinct figure's word once (981 targets hold ~300 figures).
        words = {b: outlook_word(b) for b in set(self.bls_or_0.tolist())}
        self.shrinking = np.array([words[b] == "shrinking" for b in self.bls_or_0.tolist()])
        # A hand-written role (AI-era, or a move into one occupation that O*NET does not
        # list as related to the person's) must show it is close, as O*NET's list does.
        self.hand_written = np.array([x.kind != "related" for x in t])
        # Management work (``pivot_moves.MANAGER_GROUP``): for a manager, the same work.
        self.manager = np.array([x.onet_soc.startswith(MANAGER_GROUP) for x in t])
        # Work whose way in is medical, law or doctoral school (see ``doctoral``).
        self.doctoral = np.array([x.kind == "related" and doctoral(x.onet_soc) for x in t])
        self.titles = {c: data.occupations[c].title for c in codes}
        self.anchor_rows, self.has_rows = anchor_rows(self.targets, evidence)
        # The same rows one anchor a row (anchors x slots): a frame's best anchor is then
        # a maximum down a few contiguous rows, half the time of one across each slot's.
        self.anchor_cols = np.ascontiguousarray(self.anchor_rows.T)
        # Cosines between every two occupations' work activities, computed once.
        self.gram = (evidence.iwa_unit @ evidence.iwa_unit.T).astype(np.float64)
        self._data = data
        self._related_sims: np.ndarray | None = None
        self._heads: list[str | None] = [None] * len(self.targets)
        self._tier_names: dict[str, dict[int, str]] = {}
        #: Each occupation's steps up, and a step's core skills by who steps up.
        self.steps = StepSlots(
            self.slot_of, self.targets, evidence.core_skills, lambda k: self.needs[k].core
        )
        self._skills(kb)
        self.product_index = ProductIndex(evidence.plain_kinds_named)
        # The index's own look-up and dict, not a method forwarding to them: the scorer
        # reads both for every typed skill of every score.
        self.products_named_by = self.product_index.named_by
        self.slots_of_product = self.product_index.slots_of
        self._frames: dict[tuple[object, ...], Frame] = {}
        self.related = RelatedMap(self.slot_of, data)
        arrays = role_arrays(roles, self.n_related, cat_index, self.slot_of, by_code, kb)
        self.role_slots, self.role_order = arrays.slots, arrays.order
        self.role_category, self.role_adjacent = arrays.category, arrays.adjacent
        self.role_shadow, self.roles_of_code = arrays.shadow, arrays.of_code
        self.role_anchor_count = arrays.anchor_count
        self.off_kind, self.off_kind_any = arrays.off_kind, arrays.off_kind_any
        self.role_kin = arrays.kin
        self._anchor_kin: dict[int, frozenset[str]] = {}
        #: Per slot, whether its licence could cost fit (``model/pivot_schooling.py``):
        #: -1 until a frame first lists it.
        self.school = np.full(len(self.targets), -1, np.int8)
        #: Whether a move into more exposed work has a reason we can name (set by the scorer).
        self.reason_ok = np.zeros(len(self.targets), bool)
        #: Per slot, the licence and title facts the frames' rules read (on first use).
        self.facts = SlotFacts(self)
        #: Which O*NET occupations are specialties, and their own words (on first use).
        self.specialty = SpecialtyFacts(data)

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

    def anchor_kin(self, role: int) -> frozenset[str]:
        """The occupations kin to role ``role``'s anchors (its place in ``roles``): the
        anchors, their O*NET relatives and the occupations that list one, and those
        who oversee any of them (O*NET's lists leave supervisors out: a fleet shop
        foreman's is mechanics' work), on first use."""
        found = self._anchor_kin.get(role)
        if found is None:
            codes = {code for code in self.roles[role].anchors if code in self.slot_of}
            names = [t.onet_soc for t in self.targets]
            kin = set(codes)
            for code in codes:
                kin.update(names[s] for s in self.related[code].slots.tolist())
                kin.update(names[s] for s in self.related.listing(code).slots.tolist())
            kin.update(c for code in list(kin) for c in self.steps.overseers(code))
            found = self._anchor_kin[role] = frozenset(kin)
        return found

    def has_own_entry(self, slot: int) -> bool:
        """Whether people already in ``slot``'s field read another entry (``as_seen``)."""
        return slot in self._own_entry

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

    def tier_names(self, code: str) -> dict[int, str]:
        """The tier at which ``code`` lists each slot among its relatives (the last
        listing where one is listed twice), worked out per code on first use and kept."""
        found = self._tier_names.get(code)
        if found is None:
            related = self.related[code]
            found = self._tier_names[code] = dict(
                zip(related.slots.tolist(), related.tiers, strict=True)
            )
        return found

    def closeness_rank(self, sims: np.ndarray) -> np.ndarray:
        """The share of O*NET's related pairs whose work activities are less alike.

        A move as close as a typical related occupation scores 0.5; one closer than
        nine in ten of them, 0.9. The pairs' similarities are sorted once, on first use.
        """
        if self._related_sims is None:
            left, right = related_rows(self._data, self._evidence.row)
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

    def fill(self, slot: int) -> SlotNeeds:
        """Work out one slot's needs and enter them in the incidence matrix and indexes."""
        needs = slot_needs(self.targets[slot], self._evidence)
        for s in needs.core:
            if s in self.skill_index:
                self.core_of_skill[self.skill_index[s], slot] = 1.0
        self.core_len[slot] = len(needs.core)
        self.filled[slot] = True
        self.product_len[slot] = len(needs.products)
        self.product_index.enter(slot, needs.product_words)
        return needs

    def complete(self) -> None:
        """Work out every slot now (before forking batch workers, so they share the work)."""
        for slot in range(len(self.targets)):
            self.needs[slot]

    def frame(self, codes: tuple[str, ...], mine: tuple[str, ...]) -> Frame:
        """The candidate slots of a person matched to ``codes`` (cached: batches repeat)."""
        key = (codes, mine)
        found = self._frames.get(key)
        if found is None:
            if len(self._frames) > CACHE:
                self._frames.clear()
            found = self._frames[key] = build_frame(self, codes, mine)
        return found
