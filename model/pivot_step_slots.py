"""Each occupation's steps up as slots of the target table, and a step's core skills.

The rules are ``model/pivot_steps.py`` (who oversees whom, and which trades under one
supervisor are another kind of work); here they are applied to the table's slots and
their answers kept, per occupation and per supervisor and SOC minor group, since a
batch asks them again for every person in the same work.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from career_resilience.model.pivot_licence_ladder import next_rung
from career_resilience.model.pivot_licences import licence_of
from career_resilience.model.pivot_steps import (
    managed,
    minor_group,
    other_trades,
    overseen,
    oversees,
    steps_up,
    work_assisted,
)
from career_resilience.model.pivot_targets import Target


class StepSlots:
    """Steps up by occupation, and their core skills by who steps up (both kept)."""

    def __init__(
        self,
        slot_of: Mapping[str, int],
        targets: Sequence[Target],
        core_of: Callable[[str], tuple[str, ...]],
        slot_core: Callable[[int], tuple[str, ...]],
    ) -> None:
        self._slot_of, self._targets = slot_of, targets
        self._core_of, self._slot_core = core_of, slot_core
        codes = sorted(slot_of)
        # Supervisors and inspectors: each is offered only to whom it oversees.
        self._step_codes = [c for c in codes if oversees(c)]
        # Managers who are the step up of work without a supervisor code (``MANAGES``).
        self._manager_codes = [c for c in codes if managed(c)]
        # Any occupation may be the work an assistant steps up to (``ASSISTS``).
        self._assist_codes = codes
        self._steps: dict[str, list[int]] = {}
        self._core: dict[tuple[int, str], tuple[str, ...]] = {}

    def of(self, code: str) -> list[int]:
        """The slots of ``code``'s steps up (:func:`steps_up`, the work it assists, the
        manager of its work where it has no supervisor (``MANAGES``) and the next rung of
        its licence's ladder, :func:`rungs`; cached per occupation)."""
        found = self._steps.get(code)
        if found is None:
            codes = steps_up(code, self._step_codes) + work_assisted(code, self._assist_codes)
            codes += [c for c in self._manager_codes if code.startswith(managed(c))]
            codes += [c for c in self.rungs(code) if c not in codes]
            found = self._steps[code] = [self._slot_of[c] for c in codes]
        return found

    def overseers(self, code: str) -> list[str]:
        """The occupations among ``code``'s steps up (:meth:`of`) that supervise or
        inspect, found among the supervisors and inspectors alone: every other part of
        :meth:`of` keeps a candidate by itself, so the answer is the same, without
        building the step slots (a licence ladder's scan over every occupation) of each
        of the many codes a role's kin asks about (``PivotTable.anchor_kin``: +3% of a
        cold score when it built them)."""
        steps = self._step_codes
        codes = steps_up(code, steps) + work_assisted(code, steps)
        codes += [c for c in self._manager_codes if oversees(c) and code.startswith(managed(c))]
        mine = licence_of(code)
        if mine is not None:
            codes += [c for c in steps if c.startswith(mine.held_by) and next_rung(code, c)]
        return codes

    def rungs(self, code: str) -> list[str]:
        """The occupations one licence up the ladder of ``code``'s
        (``pivot_licence_ladder.next_rung``): a step up like the work an assistant assists
        (a licensed practical nurse's registered nursing), its case the licence it adds."""
        mine = licence_of(code)
        if mine is None:
            return []
        # (Only work its holders' licence covers can be a rung: a prefix test first, so
        # a cold score does not look up the licence of every occupation, ~10 ms.)
        held_by = mine.held_by
        return [c for c in self._assist_codes if c.startswith(held_by) and next_rung(code, c)]

    def core(self, slot: int, own: str) -> tuple[str, ...]:
        """A step up's core skills for someone in ``own``'s work: the slot's core less
        the trades of other kinds of work it oversees (:func:`other_trades`; cached per
        supervisor and SOC minor group)."""
        key = (slot, minor_group(own))
        found = self._core.get(key)
        if found is None:
            code = self._targets[slot].onet_soc
            prefixes = overseen(code)
            core_of = self._core_of
            below = {c: core_of(c) for c in self._slot_of if c != code and c.startswith(prefixes)}
            core = self._slot_core(slot)
            other = other_trades(core, below, own)
            found = self._core[key] = tuple(s for s in core if s not in other)
        return found
