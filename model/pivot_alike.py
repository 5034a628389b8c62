"""How alike each candidate's work is to a person's: closeness and activity cosines.

Closeness is how O*NET (or a hand-written role's adjacent categories) relates the move to
the person's work; the similarity is the cosine of their work activities. The pivot path
(``model/pivot_scoring.py``, for one person or a batch) reads them here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from career_resilience.model.pivot_frame import Frame
from career_resilience.model.pivot_shown import used_matches
from career_resilience.model.pivot_targets import SAME_CATEGORY

if TYPE_CHECKING:
    from career_resilience.model.pivot_scoring import Person
    from career_resilience.model.pivot_table import TargetTable


def closeness(table: TargetTable, frame: Frame, person: Person, cats: np.ndarray) -> np.ndarray:
    """0-1 closeness of each candidate slot of ``frame``, -1 where it is not offered.

    A related occupation: its closest listing, the tier's closeness scaled by how sure
    the match is. A role: how much of the person's work is in the role's adjacent
    categories, unless the person is already in the role's own category.
    """
    top = person.matches[0][1] if person.matches else 1.0
    p = np.array([p for c, p in used_matches(person) if c in table.related])
    related = (frame.tiers * p / top).max(axis=1) if len(frame.tiers) else np.zeros(0)
    top_cat = max(person.categories.values(), default=1.0) or 1.0
    adjacency = cats[table.role_adjacent].sum(axis=1)
    roles = np.where(
        frame.roles & (cats[table.role_category] < SAME_CATEGORY),
        0.8 * np.minimum(1.0, adjacency / top_cat),
        -1.0,
    )
    return np.concatenate([related, roles])


def similarities(
    table: TargetTable, people: Sequence[Person], col: dict[str, np.ndarray], seg: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Best cosine over each slot's anchors with its person's activities (and where known).

    A person's activities are the probability-weighted mix of their matched occupations'
    unit vectors, so its cosine with every occupation is that mix of rows of the
    occupations' Gram matrix over the mix's length: no 332-wide product per person.
    """
    gram = table.gram
    if len(people) == 1:
        return similarities_of_one(gram, people[0], col)
    cos = np.full((len(people), gram.shape[0] + 1), -np.inf)
    has_vector = np.zeros(len(people), bool)
    for i, person in enumerate(people):
        rows, weights = person.rows, person.weights
        if not rows:
            continue
        mixed = weights @ gram[rows]
        norm = float(np.sqrt(max(0.0, float(mixed[rows] @ weights))))
        if norm > 0:
            cos[i, :-1] = mixed / norm
            has_vector[i] = True
    sims = np.maximum(0.0, cos[seg[:, None], col["anchor_rows"]].max(axis=1))
    return sims, has_vector[seg] & col["has_rows"]


def similarities_of_one(
    gram: np.ndarray, person: Person, col: dict[str, np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`similarities` for a single person: the same figures, fewer steps."""
    rows, weights = person.rows, person.weights
    if rows:
        mixed = weights @ gram[rows]
        norm = float(np.sqrt(max(0.0, float(mixed[rows] @ weights))))
        if norm > 0:
            # The cosines and a last -inf (the column of "no anchor") in one array.
            cos = np.empty(len(mixed) + 1)
            np.divide(mixed, norm, out=cos[:-1])
            cos[-1] = -np.inf
            sims = np.maximum(0.0, cos[col["anchor_cols"]].max(axis=0))
            return sims, col["has_rows"]
    return np.zeros(len(col["has_rows"])), np.zeros(len(col["has_rows"]), bool)
