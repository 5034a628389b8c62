"""What the frames' licence and same-job rules read of each pivot target, kept by slot.

A new frame of candidates (``pivot_frame.build_frame``) marks the rungs below the person
on their licence's ladder, the work that assists theirs and the same job elsewhere, and
``pivot_routes`` groups its candidates by licence: each asked the licence and title rules
candidate by candidate, a few dozen Python calls a rule (about a tenth of a new frame).
What those rules read of a target depends on that target alone: the licence its work
needs, its SOC major group, the work it assists and the job its title names. So they are
worked out the first time a frame lists the slot and kept by slot; what the person's own
work reads of them (which licences it holds, which assistant work assists it) once per
occupation. A frame then applies each rule to its slots in a few array steps, with the
very same outcome (``tests/test_pivot_slot_facts.py`` checks every occupation's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from career_resilience.model.pivot_licence_ladder import (
    ASSISTANT_DROP,
    FIELD,
    support_of,
    supports,
)
from career_resilience.model.pivot_licences import LICENCES, licence_of
from career_resilience.model.pivot_steps import (
    ASSISTED,
    ASSISTS,
    ASSISTS_ONLY,
    COVERED,
    overseen_by_own,
)

if TYPE_CHECKING:
    from career_resilience.model.pivot_table import TargetTable

#: A slot whose title's job is not worked out yet.
UNKNOWN = -2
#: Each licence's place in ``LICENCES`` (-1: none), by name (names are distinct).
GROUP = {lic.name: i for i, lic in enumerate(LICENCES)}
#: Per licence, whether its work can be a field's support work (``supports``: a
#: certification); a last True for none (index -1).
SUPPORTS = np.array([*(supports(lic) for lic in LICENCES), True])
#: Per licence, whether it is one field of a broader licence's practice (``Licence.part``:
#: never a rung below its holders' work); a last False for none.
PARTS = np.array([*(lic.part for lic in LICENCES), False])
#: The occupations of assistants and of work another's licence covers (their first seven
#: characters), and each one's place.
_HELPERS = sorted({*ASSISTS, *ASSISTS_ONLY, *COVERED})
_HELPER = {h: i for i, h in enumerate(_HELPERS)}


class SlotFacts:
    """Per slot of a :class:`TargetTable`, the facts its frames' rules read, each slot's
    worked out the first time a frame lists it and kept."""

    def __init__(self, table: TargetTable) -> None:
        size = len(table.targets)
        self._table = table
        #: Per slot, the licence its work needs (its place in ``LICENCES``; -1: none),
        #: its code's first two characters (its SOC major group) as a number per
        #: distinct pair, and the work it assists (its place in :data:`_HELPERS`; -1:
        #: none): set together, UNKNOWN until a frame first lists the slot.
        self._licence = np.full(size, UNKNOWN, np.int64)
        self._major = np.full(size, UNKNOWN, np.int64)
        self._helper = np.full(size, UNKNOWN, np.int64)
        self._major_ids: dict[str, int] = {}
        #: Its SOC group (its code's first seven characters), as a number per group.
        self._soc = np.full(size, UNKNOWN, np.int64)
        self._soc_ids: dict[str, int] = {}
        #: The job its title names (``TargetTable.heads``), as a number per distinct job.
        self._head = np.full(size, UNKNOWN, np.int64)
        self._head_ids: dict[str, int] = {}
        #: Per own occupation, which licences its work holds and which assistant work
        #: assists it (:meth:`_holds`, :meth:`_assisted`).
        self._holds_of: dict[str, np.ndarray] = {}
        self._assisted_of: dict[str, np.ndarray] = {}

    def licences(self, slots: np.ndarray) -> np.ndarray:
        """The licence each slot's work needs (its place in ``LICENCES``; -1: none)."""
        found = self._licence[slots]
        unknown = found == UNKNOWN
        if unknown.any():
            # Only the slots a frame lists, as it first lists them: every slot's at once
            # took a cold start's first score 15 ms (most of the 46 licences tested
            # against each of 950 codes).
            new = slots[unknown]
            codes = [self._table.targets[slot].onet_soc for slot in new.tolist()]
            licensed = [licence_of(code) for code in codes]
            self._licence[new] = [-1 if x is None else GROUP[x.name] for x in licensed]
            ids = self._major_ids
            self._major[new] = [ids.setdefault(code[:2], len(ids)) for code in codes]
            self._helper[new] = [_HELPER.get(code[:7], -1) for code in codes]
            socs = self._soc_ids
            self._soc[new] = [socs.setdefault(code[:7], len(socs)) for code in codes]
            found = self._licence[slots]
        return found

    def in_a_shared_soc_group(self, slots: np.ndarray, among: np.ndarray) -> np.ndarray:
        """Per slot, whether it is one of ``among`` (a mask of ``slots``) and another of
        them is an occupation of its SOC group (the same first seven characters)."""
        self.licences(slots)
        # Each slot left out gets a group of its own (a negative number), so it shares none.
        groups = np.where(among, self._soc[slots], -1 - np.arange(len(slots)))
        order = np.argsort(groups, kind="stable")
        ordered = groups[order]
        same = ordered[1:] == ordered[:-1]  # each with the next in group order
        shared = np.zeros(len(slots), bool)
        shared[1:] = same
        shared[:-1] |= same
        out = np.empty(len(slots), bool)
        out[order] = shared
        return out

    def below(self, slots: np.ndarray, zones: np.ndarray, own_work: tuple[str, ...]) -> np.ndarray:
        """Which of ``slots`` (job zones ``zones``) are no move for someone in the
        ``own_work`` occupations: a rung below theirs on their licence's ladder
        (``below_on_ladder``), the work that assists theirs (``assists``), or work
        ``ASSISTANT_DROP`` zones or more under their licensed work in its field, or its
        field's unlicensed support work (``beneath_licence``), or the O*NET occupations
        whose work their supervision oversees (``pivot_steps.overseen_by_own``)."""
        out = np.zeros(len(slots), bool)
        table = self._table
        overseen = overseen_by_own(own_work)
        if overseen:  # (few people supervise: a Python test per slot for them)
            targets = table.targets
            out |= (slots < table.n_related) & np.array(
                [targets[s].onet_soc.startswith(overseen) for s in slots.tolist()], bool
            )
        for code in own_work:
            mine = licence_of(code)
            # Only assisted work is assisted (``ASSISTED``: every prefix assistants
            # assist), only licensed work has rungs below: most work is neither.
            assisted = code.startswith(ASSISTED)
            if mine is None and not assisted:
                continue
            groups = self.licences(slots)
            if assisted:  # (a slot assisting none reads the last False)
                out |= self._assisted(code)[self._helper[slots]]
            if mine is None:
                continue
            # Another licence, which this work holds (no licence: the last False); a
            # specialty's residency has none below it (``below_on_ladder``).
            if mine.kind != "specialty":
                out |= self._holds(code)[groups] & (groups != GROUP[mine.name]) & ~PARTS[groups]
            at = table.slot_of.get(code)
            if at is None:
                continue
            zone = int(table.zone[at])
            majors, ids = self._major[slots], self._major_ids
            in_field = np.zeros(len(slots), bool)
            for major in FIELD.get(code[:2], (code[:2],)):  # one or two groups
                in_field |= majors == ids.get(major, -1)
            out |= (zones > 0) & (zone - zones >= ASSISTANT_DROP) & in_field
            # The field's unlicensed support work, at any zone (``support_of``): a major
            # group in one array step; veterinary work's own few codes slot by slot.
            support = support_of(code)
            if all(len(prefix) == 2 for prefix in support):
                for major in support:
                    out |= (majors == ids.get(major, -1)) & SUPPORTS[groups]
            else:
                targets = table.targets
                theirs = [targets[s].onet_soc.startswith(support) for s in slots.tolist()]
                out |= np.array(theirs, bool) & SUPPORTS[groups]
        return out

    def _holds(self, code: str) -> np.ndarray:
        """Per licence, whether work in ``code`` holds it; a last False for none."""
        found = self._holds_of.get(code)
        if found is None:
            held = [code.startswith(lic.held_by) for lic in LICENCES]
            found = self._holds_of[code] = np.array([*held, False])
        return found

    def _assisted(self, code: str) -> np.ndarray:
        """Per assistant work of :data:`_HELPERS`, whether it assists work in ``code``
        (``pivot_steps.assists``) or ``code``'s licence covers it (``pivot_steps.covered``);
        a last False for none."""
        found = self._assisted_of.get(code)
        if found is None:
            tests = [
                code.startswith(ASSISTS.get(h, ()) + ASSISTS_ONLY.get(h, ()) + COVERED.get(h, ()))
                for h in _HELPERS
            ]
            found = self._assisted_of[code] = np.array([*tests, False])
        return found

    def same_job(self, slots: np.ndarray, head: str) -> np.ndarray:
        """Which of ``slots`` name the job ``head`` in their titles (``title_head``)."""
        found = self._head[slots]
        if (found == UNKNOWN).any():
            ids = self._head_ids
            unknown = slots[found == UNKNOWN].tolist()
            for slot, job in zip(unknown, self._table.heads(unknown), strict=True):
                self._head[slot] = ids.setdefault(job, len(ids))
            found = self._head[slots]
        return found == self._head_ids.get(head, -1)
