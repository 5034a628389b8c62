"""What each pivot target asks of whoever moves: its core skills and products.

Worked out per slot of the :class:`~career_resilience.model.pivot_table.TargetTable` the
first time a frame of candidates includes it (:class:`SlotNeedsList`) and kept: the
technology ranking behind a slot's products is most of a slot's cost, and a single score
needs its own few dozen candidates, not all 978 targets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from career_resilience.model.pivot_evidence import OccupationEvidence
from career_resilience.model.pivot_products import Product
from career_resilience.model.pivot_targets import Target

if TYPE_CHECKING:
    from career_resilience.model.pivot_table import TargetTable

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


def slot_needs(target: Target, evidence: OccupationEvidence) -> SlotNeeds:
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
