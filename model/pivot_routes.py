"""One way in per licence, and years of new school that make a move a long shot.

Several moves behind one licence the person lacks are one route, not several: a
pharmacist was shown family medicine, obstetrics and internal medicine, each "a medical
degree, residency and medical licence" of seven years; a licensed practical nurse,
registered nursing beside acute care and critical care nursing, each the registered
nurse licence. The licence is the move; which specialty follows is decided on the way.
So among the moves needing one licence the person does not hold (``licence_into``, the
rule the plan's licence step reads), only the best ranked is shown (:func:`routes`
marks them; ``pivot_shown.shown_order`` keeps the first of each).

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
from career_resilience.model.pivot_licences import LICENCES, degree_typed, licence_of
from career_resilience.model.pivot_rules import LONG_SCHOOL_STEPS
from career_resilience.model.pivot_schooling import WEEKS_PER_ZONE, licence_into
from career_resilience.model.pivot_shown import own_work
from career_resilience.model.pivot_table import TargetTable

if TYPE_CHECKING:
    from career_resilience.model.pivot_scoring import Person

#: ``pivot_rules.LONG_SCHOOL_STEPS`` in weeks, for the texts (``pivot_schooling.counted_weeks``).
LONG_SCHOOL_WEEKS = LONG_SCHOOL_STEPS * WEEKS_PER_ZONE
_GROUP = {lic.name: i for i, lic in enumerate(LICENCES)}


def routes(table: TargetTable, frame: Frame, person: Person) -> np.ndarray | None:
    """Per candidate of ``frame``, the licence route it is on for ``person`` (an index of
    ``LICENCES``; -1 for none), or None when no two candidates share a licence.

    A candidate is on a route when the move needs that licence and the person's work
    (``own_work``), a skill they hold (a CDL) or a degree they typed (an MSW) does not
    hold it: the same rule as the plan's licence step.
    """
    shared = frame.cached("routes", lambda: _shared(table, frame))
    if not shared:
        return None
    own = own_work(person.matches, person.placed_before)
    up = frame.columns["up"]
    route = np.full(len(frame.slots), -1, np.int64)
    for k, slot, group in shared:
        target = table.as_seen(slot, person.categories)
        name = licence_into(target, bool(up[k]), own, person.held)
        if name and not degree_typed(name, person.typed_text):
            route[k] = group
    return route


def _shared(table: TargetTable, frame: Frame) -> list[tuple[int, int, int]]:
    """(position, slot, licence) of the candidates of ``frame`` whose licence another
    candidate needs too (most frames have none: nothing to choose between)."""
    groups: dict[int, list[tuple[int, int]]] = {}
    for k, slot in enumerate(frame.slots.tolist()):
        lic = licence_of(table.targets[slot].onet_soc)
        if lic is not None:
            groups.setdefault(_GROUP[lic.name], []).append((k, slot))
    return [(k, slot, g) for g, found in groups.items() if len(found) > 1 for k, slot in found]
