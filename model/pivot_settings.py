"""A step up into one setting's supervision is a move only for those who work in it.

SOC files Aircraft Cargo Handling Supervisors (53-1041) over hand laborers and material
movers (53-7062), who work in every warehouse, yard, dock and cemetery; the general
first-line supervisors of that work (53-1042) oversee them all. Aircraft cargo handling
is one setting's crew of a general trade: a dock hand's, a lumber yard worker's, a
street sweeper's and a gravedigger's first move had been supervising aircraft cargo
handling (+1 to +4 resilience), "it supervises or inspects work of your kind", with
nothing in what they typed about airports.

Such a supervisor is a move only where the person holds its first core skill, the
setting's own work (air cargo: "baggage loading", "ramp agent", "tug driving" read as
it); otherwise it is left out like a specialty in a field nothing in the profile names
(``model/pivot_specialty.py``), and the general supervisor is their step.
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # the table keeps the targets and their core skills
    from career_resilience.model.pivot_table import TargetTable

#: Supervisors of one setting's crew of a general trade (SOC code prefixes).
SETTING_STEPS = ("53-1041",)


@functools.lru_cache(maxsize=4)
def _setting_slots(table: TargetTable) -> np.ndarray:
    """Per slot of ``table``, whether its target supervises one setting's crew."""
    return np.array([t.onet_soc.startswith(SETTING_STEPS) for t in table.targets], bool)


def settings_unheld(table: TargetTable, slots: np.ndarray, held: Collection[str]) -> np.ndarray:
    """Per candidate slot of ``slots``, whether it supervises one setting's crew
    (:data:`SETTING_STEPS`) whose first core skill the person (``held``) does not hold."""
    out = _setting_slots(table)[slots]
    for k in np.flatnonzero(out).tolist():
        core = table.needs[int(slots[k])].core
        out[k] = not core or core[0] not in held
    return out
