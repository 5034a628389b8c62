"""What a person holds of each candidate's needs: core skills, a way in, products.

Counts per candidate slot of a :class:`Frame`, read by the pivot path
(``model/pivot_scoring.py``, for one person or a batch) into the fit, the reach and the
rules of which moves are offered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from career_resilience.model.pivot_frame import Frame
from career_resilience.model.pivot_products import Product
from career_resilience.model.pivot_table import TargetTable

if TYPE_CHECKING:
    from career_resilience.model.pivot_scoring import Person


def core_counts(table: TargetTable, person: Person, frame: Frame) -> np.ndarray:
    """How many of each candidate slot's core skills the person holds (a step up's as
    the frame asks them: ``Frame.step_dropped`` skills do not count)."""
    slots = frame.slots
    rows = [table.skill_index[s] for s in person.held if s in table.skill_index]
    if not rows:
        return np.zeros(len(slots))
    # Counts of ones: exact in any order, so the held rows are summed over every slot and
    # the frame's read after (two steps, where np.ix_'s gather was three and slower).
    counts = table.core_of_skill[rows].sum(axis=0, dtype=np.float64)[slots]
    for k, dropped in frame.step_dropped:
        counts[k] -= len(dropped & person.held)
    return counts


def way_in(table: TargetTable, person: Person, frame: Frame, core_held: np.ndarray) -> np.ndarray:
    """Held core skills that show the way into each slot: ``core_held`` less, for a
    hand-written role, the core skills of other kinds of work it asks of everyone
    (``TargetTable.off_kind``: a teacher's first aid is no way into line work)."""
    off = table.off_kind_any & person.held
    if not off:
        return core_held
    out = core_held.copy()
    for slot, skills in table.off_kind.items():
        k = frame.position.get(slot)
        if k is not None:
            out[k] -= len(skills & off)
    return out


def held_products(table: TargetTable, person: Person, frame: Frame) -> dict[int, dict[str, str]]:
    """Products held per candidate slot (the person's typed words read against them)."""
    # Each product goes to the first typed skill that names it.
    named: dict[str, str] = {}
    for entry in person.typed:
        for product in table.products_named_by(entry):
            named.setdefault(product, entry[0])
    found: dict[int, dict[str, str]] = {}
    for j in sorted({j for p in named for j in table.slots_of_product[p]}):
        k = frame.position.get(j)
        if k is not None:
            found[j] = _one_each(table.needs[j].product_words, named)
    return found


def _one_each(products: tuple[Product, ...], named: dict[str, str]) -> dict[str, str]:
    """The products of one target a person uses, one per thing they typed.

    Any of its relevant products counts, not only the key ones shown; but one typed
    word names one tool: a cashier's "POS" had counted as three of a buyer's products
    (POS software, a Retail STAR POS and SAP POS Data Management). Each typed skill
    keeps the most relevant product it names (``product_words`` is in relevance order).
    """
    held: dict[str, str] = {}
    used: set[str] = set()
    for name, _, _ in products:
        typed = named.get(name)
        if typed is not None and typed not in used:
            held[name] = typed
            used.add(typed)
    return held


def product_counts(held: dict[int, dict[str, str]], frame: Frame) -> np.ndarray:
    out = np.zeros(len(frame.slots))
    for j, products in held.items():
        out[frame.position[j]] = len(products)
    return out
