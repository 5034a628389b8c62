"""The candidates of a set of matched occupations, as a :class:`Frame` of the table's slots.

Everyone matched to the same occupations has the same candidates: O*NET's related
occupations of each matched occupation (with the tier each lists it at), the step up in
the best-placed one's line (``model/pivot_steps.py``), then the hand-written roles. The
table (``model/pivot_table.py``) builds a frame once per set of matches and keeps it;
what depends on no person is read from it once (``model/pivot_one.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

from career_resilience.model.pivot_licence_ladder import next_rung
from career_resilience.model.pivot_moves import MANAGER_GROUP, title_head
from career_resilience.model.pivot_rule_flags import support_head
from career_resilience.model.pivot_specialty import unnamed_specialties
from career_resilience.model.pivot_steps import assists, oversees

if TYPE_CHECKING:  # the table builds frames of itself
    from career_resilience.model.pivot_table import TargetTable

#: Per-slot arrays a frame keeps for its own slots (read once per set of matches).
COLUMNS = (
    "exposure", "zone", "outlook", "substitution", "category", "anchor_rows", "has_rows",
    "core_len", "product_len", "reason_ok", "bls", "hand_written", "doctoral", "bls_or_0",
    "shrinking",
)  # fmt: skip
#: Sort position of roles after every related occupation.
ROLE_ORDER = 1_000_000

T = TypeVar("T")


@dataclass(frozen=True)
class Frame:
    """The candidate slots of people matched to the same occupations: related, then roles.

    ``tiers`` is related slots x matched ``codes`` of tier closeness (-inf where a code
    does not list the slot; :meth:`tier_name` names the tier); ``roles`` says which roles may be
    offered whatever the person's categories; ``order`` is the discovery order (ties in
    rank keep it); ``position`` maps a slot to its place in ``slots``.
    """

    slots: np.ndarray
    tiers: np.ndarray
    codes: tuple[str, ...]
    roles: np.ndarray
    order: np.ndarray
    position: dict[int, int]
    #: The table's per-slot arrays (:data:`COLUMNS`) for these slots, and
    #: ``anchor_cols``: ``anchor_rows`` as anchors x slots (``TargetTable.anchor_cols``).
    columns: dict[str, np.ndarray]
    #: Figures of these slots that depend on no person, or on one small number of one
    #: (``model/pivot_one.py``), worked out on first use and kept with the frame.
    cache: dict[object, Any] = field(default_factory=dict, compare=False)
    #: A step up's core skills as asked of these people (``StepSlots.core``: less
    #: the trades of other work it oversees), by slot; other slots keep their own.
    step_core: dict[int, tuple[str, ...]] = field(default_factory=dict)
    #: (position, skills left out) of each step up that leaves some out: a person's
    #: held count there does not count them.
    step_dropped: tuple[tuple[int, frozenset[str]], ...] = ()
    #: The tier name of each step up no matched code lists, and of each occupation that
    #: lists the best match only the other way (``columns["reverse"]``), by position;
    #: their column 0.
    step_tiers: dict[int, str] = field(default_factory=dict)
    #: Each candidate's own words where it is a specialty nothing of the matches names
    #: (``columns["specialty"]``; ``model/pivot_specialty.py``), else empty.
    specialty_words: tuple[frozenset[str], ...] = ()

    def tier_name(self, table: TargetTable, k: int, j: int) -> str:
        """The name of the tier at which matched code ``j`` lists candidate ``k`` ("" where
        it does not): read only for the pivots shown, so a frame builds no names."""
        step = self.step_tiers.get(k)
        if step is not None:
            return step if j == 0 else ""
        return table.tier_names(self.codes[j]).get(int(self.slots[k]), "")

    def cached(self, key: object, build: Callable[[], T]) -> T:
        """What ``build`` gives for ``key``, built on first use and kept with the frame
        (everyone matched to these occupations reads the same)."""
        found = self.cache.get(key)
        if found is None:
            found = self.cache[key] = build()
        return found


def build_frame(table: TargetTable, codes: tuple[str, ...], mine: tuple[str, ...]) -> Frame:
    """The candidate slots of a person matched to ``codes`` (their own, ``mine``, left out):
    O*NET's related occupations of each code, then the step up of the best placed, then
    the roles; with each slot's tiers and the table's per-slot columns for these slots."""
    own = {table.slot_of[c] for c in mine if c in table.slot_of}
    first: dict[int, int] = {}
    position = 0
    lists = [table.related[code] for code in codes]
    for related in lists:
        for place, slot in enumerate(related.slots.tolist(), position):
            if slot not in own and slot not in first:
                first[slot] = place
        position += len(related.slots)
    # The occupations that list the best match as related but that its own list does
    # not (O*NET's lists run one way): candidates that only fill a short list
    # (``columns["reverse"]``; a veterinarian's animal science, which lists theirs).
    # (A step up of the person's work is theirs as a step, not a relative: below.)
    reverse: dict[int, tuple[float, str]] = {}
    if codes and codes[0] in (mine or codes[:1]):
        back = table.related.listing(codes[0])
        stepping = {slot for code in (mine or codes[:1]) for slot in table.steps.of(code)}
        for slot, closeness, tier in zip(
            back.slots.tolist(), back.closeness.tolist(), back.tiers, strict=True
        ):
            if slot not in own and slot not in first and slot not in stepping:
                first[slot] = position
                position += 1
                reverse[slot] = (closeness, tier)
    n_listed = len(first)
    # The steps up of the person's own occupations (the best placed if none is held
    # firmly): the supervisor or inspector of their work, or the work they assist,
    # whether or not O*NET lists it (it lists few of them). Each step keeps the own
    # occupation it steps up from (``step_from``): its tier and core skills read it.
    top = (mine or codes)[0] if (mine or codes) else ""
    step_from: dict[int, str] = {}
    for code in (mine or codes[:1]) if codes else ():
        for slot in table.steps.of(code):
            step_from.setdefault(slot, code)
    steps = list(step_from)
    top_slot = table.slot_of.get(top, -1)
    for slot in steps:
        if slot != top_slot and slot not in first:
            first[slot] = position
            position += 1
    listed = np.fromiter(first, np.int64, len(first))
    # Each slot's place among the candidates (-1: not one), as an array, so a code's
    # whole list of relatives is placed in one indexing step.
    at = np.full(len(table.targets), -1, np.int64)
    at[listed] = np.arange(len(listed))
    tiers = np.full((len(first), len(codes)), -np.inf)
    for j, related in enumerate(lists):
        k = at[related.slots]
        hit = k >= 0
        tiers[k[hit], j] = related.closeness[hit]
    step_tiers: dict[int, str] = {}
    for slot, (closeness, tier) in reverse.items():
        k = int(at[slot])
        tiers[k, 0], step_tiers[k] = closeness, tier
    for k, slot in enumerate(listed[n_listed:].tolist(), n_listed):
        closeness, tier = table.related.step_tier(table.targets[slot].onet_soc, step_from[slot])
        tiers[k, 0], step_tiers[k] = closeness, tier
    # A role anchored only in the person's own occupations is where they are (a move
    # into one occupation, or SOC analysis for a security analyst). One anchored in their
    # occupation among others is not: its anchors are where its figures come from, and
    # AI orchestration (software developers and data scientists) is the move the
    # articles describe for a software developer. (Someone already in a role's own kind
    # of work is not offered it: ``pivot_alike.closeness``.) A hand-written move into an
    # occupation already listed as related is not doubled.
    mine_anchors = np.zeros(len(table.roles), np.int64)
    for code in mine:
        anchored = table.roles_of_code.get(code)
        if anchored is not None:
            mine_anchors[anchored] += 1
    roles = mine_anchors < table.role_anchor_count
    # (The role_shadow of a role that shadows no occupation is -1: the last slot, a
    # role, which is never a related candidate, so its place is -1 too.)
    roles &= at[table.role_shadow] < 0
    slots = np.concatenate([listed, table.role_slots])
    missing = slots[~table.filled[slots]]
    for slot in missing.tolist():
        table.needs[slot]  # the candidates' needs, before their columns are read
    order = np.concatenate(
        [np.fromiter(first.values(), np.int64, len(first)), ROLE_ORDER + table.role_order]
    )
    columns = {name: getattr(table, name)[slots] for name in COLUMNS}
    # (take, not [:, slots]: half the time of the fancy index across a 2-D table)
    columns["anchor_cols"] = table.anchor_cols.take(slots, axis=1)
    # A role drawn partly from the person's own occupation is in their reach whatever
    # skills they named (``pivot_rank.in_reach``): its work is in part the work they do,
    # and its case is that people come to it from there (a customer service rep's
    # customer AI operations lead, anchored in customer service representatives, had
    # ranked by fit alone below receptionists because its six core skills are all new).
    # So is one drawn partly from work the person's licence covers (``role_kin``): a
    # pediatrician's clinical informatics, drawn partly from family medicine, had been
    # out of their reach (its six core skills all new) while pharmacy informatics, a
    # pharmacist's plan, led their list.
    kin = mine_anchors > 0
    for i, held in table.role_kin:
        kin[i] = kin[i] or any(c.startswith(held) for c in mine)
    columns["own_anchor"] = np.concatenate([np.zeros(len(listed), bool), roles & kin])
    # A role says where its people come from by whole categories; one marked
    # ``from_anchors`` (a data centre's plant work: maintenance, the trades and
    # production) claims the person's work only where it is kin to an occupation the role
    # is anchored to: an anchor, or an O*NET relative of one either way (a water plant
    # operator's stationary engineering), not any production worker's (a potter's, a
    # jeweller's, an upholsterer's, fit 35-38% and none of its skills). One of its core
    # skills still shows the way in (``pivot_rules.move_rules``).
    own_codes = frozenset(mine or codes[:1])
    anchor_kin = [
        role.pivot is None
        or not role.pivot.from_anchors
        or not own_codes.isdisjoint(table.anchor_kin(i))
        for i, role in enumerate(table.roles)
    ]
    columns["anchor_kin"] = np.concatenate([np.ones(len(listed), bool), np.array(anchor_kin)])
    # A step up is one whether or not O*NET also lists it as related (it lists a
    # principal among a teacher's relatives): its case is the same seniority.
    ups = [int(at[slot]) for slot in steps if at[slot] >= 0]
    up = np.zeros(len(slots), bool)
    up[ups] = True
    columns["up"] = up
    # A supervisor relates as a sibling to a match of the same oversight
    # (``pivot_related``): "for someone who oversees already". Only where that match is
    # the person's own work: a retail shift lead placed 7% a food service supervisor was
    # offered Chefs and Head Cooks first (fit 61%, none of its skills).
    columns["guessed_oversight"] = _guessed_oversight(table, listed, tiers, codes, mine, up)
    # The steps up that are the next rung of the person's licence ladder: their case is
    # the licence they add, whatever resilience they cost (``pivot_rules.move_rules``).
    ladder = np.zeros(len(slots), bool)
    for k in ups:
        slot = int(slots[k])
        ladder[k] = next_rung(step_from[slot], table.targets[slot].onet_soc)
    columns["ladder"] = ladder
    # The steps up that are the work the person assists (``pivot_steps.ASSISTS``: a
    # physical therapist aide's PT assistant work): their own line's next rung too, so
    # the school it asks is said, not a reason to list it after moves asking none.
    assisted = np.zeros(len(slots), bool)
    for k in ups:
        slot = int(slots[k])
        assisted[k] = assists(step_from[slot], table.targets[slot].onet_soc)
    columns["assisted"] = assisted
    # Rungs below the person's own on their licence's ladder are not moves; nor the
    # work that assists theirs (``pivot_steps.ASSISTS``: a practical nurse's nursing
    # assistant work, a teacher's teaching assistant work, an electrician's helper work),
    # nor any work two job zones or more under a licensed person's own in their field (a
    # pharmacist's pharmacy technician work): their own field with less scope too.
    # (Each rule reads facts of the slot's alone, kept by the table: ``pivot_slot_facts``.)
    below = table.facts.below(slots, columns["zone"], mine or codes[:1])
    if top and len(mine) > 1:
        # The step up of the best placed work is theirs, whatever a weaker match's
        # licence says of it: a veterinarian assistant placed 32% among veterinarians
        # (the word in the title) had lost veterinary technician work, two zones under
        # a veterinarian's, and was offered animal training alone.
        below &= ~np.isin(slots, table.steps.of(top))
    columns["below_ladder"] = below
    # The same job somewhere else ("Gambling ... Booth Cashiers" for a cashier).
    # Only the listed slots' heads are read (each title's once per process: a cold
    # start's first score had spent 6 ms on the heads of all 978 targets). An "All
    # Other" group's SOC siblings share its head by the SOC's naming, each a named kind
    # of the work the group leaves unnamed: mechanical engineering technicians are no
    # other employer's "Engineering Technologists and Technicians, ..., All Other".
    head = title_head(table.titles.get(top, "")) if table.related.listed(top) else ""
    columns["same_job"] = np.zeros(len(slots), bool)
    if head:
        columns["same_job"][: len(first)] = table.facts.same_job(listed, head)
    columns["slots"], columns["order"] = slots, order
    # Management elsewhere, for a manager (both SOC 11): the same work, whose rise in
    # exposure is weighed as a step up's (``pivot_thresholds.MANAGERS_SPREAD``).
    columns["peer_manager"] = (
        table.manager[slots] & ~columns["hand_written"]
        if top.startswith(MANAGER_GROUP)
        else np.zeros(len(slots), bool)
    )
    columns["reverse"] = np.zeros(len(slots), bool)
    columns["reverse"][[int(at[slot]) for slot in reverse]] = True
    # Support work by its title (``pivot_rule_flags.support_work``; each slot's title
    # head is worked out once): under graduate work it is a step down at any zone.
    columns["support"] = np.array([support_head(h) for h in table.heads(slots.tolist())], bool)
    # An O*NET relative that is a specialty of a field nothing of the person's own
    # work names (its fit is its parent's work): offered only if a skill typed names it.
    onet = [table.targets[slot].onet_soc for slot in slots.tolist()]
    related = ~up & ~columns["hand_written"]
    related[len(first) :] = False
    columns["specialty"], specialty_words = unnamed_specialties(
        table.specialty, onet, related, mine or codes[:1]
    )
    # A step up asks the core skills of the person's own kind of the work it oversees,
    # not the trades of the other kinds under the same supervisor code.
    step_core: dict[int, tuple[str, ...]] = {}
    dropped = []
    for k in ups:
        slot = int(slots[k])
        core = table.needs[slot].core
        kept = step_core[slot] = table.steps.core(slot, step_from[slot])
        if len(kept) < len(core):
            columns["core_len"][k] = len(kept)
            dropped.append((k, frozenset(core) - frozenset(kept)))
    return Frame(
        slots, tiers, codes, roles, order,
        dict(zip(slots.tolist(), range(len(slots)), strict=True)), columns,
        step_core=step_core, step_dropped=tuple(dropped), step_tiers=step_tiers,
        specialty_words=specialty_words,
    )  # fmt: skip


def _guessed_oversight(
    table: TargetTable,
    listed: np.ndarray,
    tiers: np.ndarray,
    codes: tuple[str, ...],
    mine: tuple[str, ...],
    up: np.ndarray,
) -> np.ndarray:
    """Per candidate, whether it is a supervisor O*NET relates only to matches that are
    not the person's own work (``mine``, else their best match), not their step up."""
    out = np.zeros(len(up), bool)
    own = set(mine or codes[:1])
    own_cols = [j for j, code in enumerate(codes) if code in own]
    if len(own_cols) == len(codes):
        return out
    own_listed = np.any(tiers[:, own_cols] > -np.inf, axis=1).tolist()
    for k, slot in enumerate(listed.tolist()):
        if not own_listed[k] and not up[k] and oversees(table.targets[slot].onet_soc):
            out[k] = True
    return out
