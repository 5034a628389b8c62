"""One way in per licence, and years of new school that make a move a long shot.

Several moves behind one licence the person lacks are one route, not several: a
pharmacist was shown family medicine, obstetrics and internal medicine, each "a medical
degree, residency and medical licence" of seven years; a licensed practical nurse,
registered nursing beside acute care and critical care nursing, each the registered
nurse licence. The licence is the move; which specialty follows is decided on the way.
So among the moves needing one licence the person does not hold (``licence_into``, the
rule the plan's licence step reads), only the best ranked is shown (:func:`routes`
marks them; ``pivot_order.shown_order`` keeps the first of each).

Two occupations of one SOC group that ask the same are one move too (:func:`twins`): the
indices, BLS and O*NET's work activities give a specialty its group's figures, so where
it also asks the same core skills and key products at the same job zone, nothing a
person reads tells them apart (a warehouse picker was offered Laborers and Freight
Movers 53-7062.00 and Recycling and Reclamation Workers 53-7062.04 at fit 78%, exposure
6, resilience +4, the one gap Material handling, each). Only the best ranked is shown.

A licence whose school alone is ``LONG_SCHOOL_STEPS`` job-zone steps or more (four years
of full-time school: a new professional degree, or a nursing degree and then an APRN
master's) is years of school before the work, not a plan beside it: whatever the fit,
such a move is a long shot (``pivot_rules.move_rules``), shown after every other move
and labelled with its years (``model/pivot_texts.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from career_resilience.model.pivot_frame import Frame
from career_resilience.model.pivot_licences import (
    LICENCES,
    THEN,
    degree_typed,
    licence_named,
)
from career_resilience.model.pivot_schooling import WEEKS_PER_ZONE, licence_into
from career_resilience.model.pivot_shown import own_work
from career_resilience.model.pivot_table import TargetTable
from career_resilience.model.pivot_thresholds import LONG_SCHOOL_STEPS

if TYPE_CHECKING:
    from career_resilience.model.pivot_scoring import Person

#: ``pivot_thresholds.LONG_SCHOOL_STEPS`` in weeks, for the texts
#: (``pivot_schooling.counted_weeks``).
LONG_SCHOOL_WEEKS = LONG_SCHOOL_STEPS * WEEKS_PER_ZONE
#: Each licence's place in ``LICENCES``, by name.
_GROUP = {lic.name: i for i, lic in enumerate(LICENCES)}


def _root(name: str) -> int:
    """The place in ``LICENCES`` of the first licence the one called ``name`` is taken
    after (following ``Licence.after``; itself when none)."""
    lic = licence_named(name)
    return _root(lic.after) if lic.after else _GROUP[name]


#: Per licence (its place in ``LICENCES``), where its route starts (:func:`_root`).
_ROOT = [_root(lic.name) for lic in LICENCES]


def routes(table: TargetTable, frame: Frame, person: Person) -> np.ndarray | None:
    """Per candidate of ``frame``, the route it is on for ``person`` (an index of
    ``LICENCES``, or past them a group of :func:`twins`; -1 for none), or None when no
    two candidates share one.

    A candidate is on a licence's route when the move needs that licence and the
    person's work (``own_work``), a skill they hold (a CDL) or a degree they typed (an
    MSW) does not hold it: the same rule as the plan's licence step.
    """
    shared = frame.cached("routes", lambda: _shared(table, frame))
    same = frame.cached("twins", lambda: twins(table, frame))
    if not shared and not same:
        return None
    route = np.full(len(frame.slots), -1, np.int64)
    if shared:
        own = own_work(person.matches, person.placed_before)
        for k, slot, _start in shared:
            target = table.as_seen(slot, person.categories)
            name = licence_into(target, own, person.held)
            if name and not degree_typed(name, person.typed_text):
                # The first licence the person lacks is the move (medical school for a
                # pharmacist, whichever residency follows it).
                route[k] = _GROUP[name.partition(THEN)[0]]
    for k, group in same:
        if route[k] < 0:  # on a licence's route already: one of that route is kept
            route[k] = len(LICENCES) + group
    return route


def twins(table: TargetTable, frame: Frame) -> list[tuple[int, int]]:
    """(position, group) of the O*NET occupations among ``frame``'s candidates that
    another of them matches in all a person is shown: the same SOC group (so the same
    exposure, BLS projection and work activities), core skills, key products, job zone
    and kind of work. Their fit and change are the same for anyone but one who names a
    product only one of them lists; of each group only the best ranked is shown."""
    slots = frame.slots
    # Only the O*NET occupations sharing a SOC group with another candidate can be
    # twins: found in a few array steps (most frames have few or none).
    shared = table.facts.in_a_shared_soc_group(slots, slots < table.n_related)
    by_soc: dict[str, list[tuple[int, int]]] = {}
    for k in np.flatnonzero(shared).tolist():
        slot = int(slots[k])
        by_soc.setdefault(table.targets[slot].onet_soc[:7], []).append((k, slot))
    groups: dict[tuple[object, ...], list[int]] = {}
    for found in by_soc.values():
        if len(found) < 2:
            continue
        for k, slot in found:
            needs = table.needs[slot]
            key = (
                table.targets[slot].onet_soc[:7],
                frame.step_core.get(slot, needs.core),
                needs.products,
                int(table.zone[slot]),
                int(table.category[slot]),
                float(table.exposure[slot]),
                float(table.bls_or_0[slot]),
                table.anchor_rows[slot].tobytes(),
            )
            groups.setdefault(key, []).append(k)
    kept = [ks for ks in groups.values() if len(ks) > 1]
    return [(k, g) for g, ks in enumerate(kept) for k in ks]


def _shared(table: TargetTable, frame: Frame) -> list[tuple[int, int, int]]:
    """(position, slot, licence) of the candidates of ``frame`` whose licence, or the
    first of those it is taken after (``Licence.after``: medical school before any
    residency), another candidate's starts from too (most frames have none)."""
    slots = frame.slots
    licences = table.facts.licences(slots)  # each slot's, kept by the table
    groups: dict[int, list[tuple[int, int]]] = {}
    for k in np.flatnonzero(licences >= 0).tolist():
        groups.setdefault(_ROOT[int(licences[k])], []).append((k, int(slots[k])))
    return [(k, slot, g) for g, found in groups.items() if len(found) > 1 for k, slot in found]
