"""Ranking pivots for a batch of profiles, as matrix arithmetic over skills and categories.

A pivot fits when the person already holds its skills (overlap) and works in a
category it is a natural move from (adjacency); it helps when it raises resilience.
Only pivots that raise resilience are offered.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from career_resilience.model import formulas
from career_resilience.skills.models import KnowledgeBase, Pivot

#: Fit = FIT_ADJACENCY * adjacency + (1 - FIT_ADJACENCY) * skill overlap.
FIT_ADJACENCY = 0.55
#: Rank = RANK_FIT * fit + (1 - RANK_FIT) * min(1, resilience gain / GAIN_SCALE).
RANK_FIT = 0.6
GAIN_SCALE = 25.0
#: A pivot into the category a person is already placed in is not a pivot.
SAME_CATEGORY_LIMIT = 0.5
#: Below this fit a move is not plausible from where the person stands (no adjacency
#: and little skill overlap), however resilient the target: a nurse is not offered
#: cabling just because cabling is resilient.
MIN_FIT = 0.25


@dataclass(frozen=True)
class PivotTables:
    """Pivot requirements as matrices aligned with the skill and category orders."""

    pivots: tuple[Pivot, ...]
    core: np.ndarray  # skills x pivots, 1 where the skill is a core skill
    nice: np.ndarray  # skills x pivots
    adjacent: np.ndarray  # categories x pivots
    target: np.ndarray  # pivot -> category index
    exposure: np.ndarray  # pivot -> target category figure
    substitution: np.ndarray
    outlook: np.ndarray
    core_categories: np.ndarray  # pivots x categories, categories the core skills span
    skill_sets: tuple[frozenset[str], ...]  # every skill id each pivot names

    @classmethod
    def build(
        cls, kb: KnowledgeBase, skill_ids: list[str], classes: list[str], skill_cats: np.ndarray
    ) -> PivotTables:
        """Tables for every pivot in the knowledge base."""
        pivots = tuple(kb.pivots.values())
        s_index = {s: i for i, s in enumerate(skill_ids)}
        c_index = {c: i for i, c in enumerate(classes)}
        core = np.zeros((len(skill_ids), len(pivots)), np.float32)
        nice = np.zeros_like(core)
        adjacent = np.zeros((len(classes), len(pivots)), np.float32)
        for j, pivot in enumerate(pivots):
            core[[s_index[s] for s in pivot.core_skills], j] = 1
            nice[[s_index[s] for s in pivot.nice_skills], j] = 1
            adjacent[[c_index[c] for c in pivot.adjacent], j] = 1
        target = np.array([c_index[p.category] for p in pivots])
        cats = [kb.categories[p.category] for p in pivots]
        return cls(
            pivots,
            core,
            nice,
            adjacent,
            target,
            np.array([c.exposure for c in cats]),
            np.array([c.substitution for c in cats]),
            np.array([formulas.OUTLOOK_VALUE[c.outlook.trend] for c in cats]),
            (core.T @ skill_cats) > 0,
            tuple(
                frozenset(
                    p.core_skills + p.nice_skills + tuple(k for s in p.plan for k in s.skills)
                )
                for p in pivots
            ),
        )


@dataclass(frozen=True)
class PivotScores:
    """Per profile and pivot: fit, exposure and resilience after, rank, eligibility."""

    fit: np.ndarray
    resilience: np.ndarray
    rank: np.ndarray
    eligible: np.ndarray


def score_pivots(
    tables: PivotTables,
    proba: np.ndarray,
    held: np.ndarray,
    held_categories: np.ndarray,
    resilience_now: np.ndarray,
) -> PivotScores:
    """Score every pivot for every profile.

    ``held`` is profiles x skills (0/1), ``held_categories`` profiles x categories (bool).
    """
    core_n = tables.core.sum(axis=0)
    nice_n = np.maximum(tables.nice.sum(axis=0), 1)
    overlap = (2 * (held @ tables.core) / core_n + (held @ tables.nice) / nice_n) / 3
    top = np.maximum(proba.max(axis=1, keepdims=True), 1e-9)
    adjacency = np.clip((proba @ tables.adjacent) / top, 0, 1)
    fit = FIT_ADJACENCY * adjacency + (1 - FIT_ADJACENCY) * overlap
    # Breadth after the pivot: the categories of held skills plus the pivot's core skills.
    hc = held_categories.astype(np.float32)
    pc = tables.core_categories.astype(np.float32)
    distinct = hc.sum(axis=1, keepdims=True) + pc.sum(axis=1) - hc @ pc.T
    res_after = formulas.resilience(
        tables.exposure[None, :],
        tables.substitution[None, :],
        tables.outlook[None, :],
        formulas.breadth(distinct),
    )
    gain = res_after - resilience_now[:, None]
    rank = RANK_FIT * fit + (1 - RANK_FIT) * np.clip(gain / GAIN_SCALE, 0, 1)
    eligible = (gain > 0) & (fit >= MIN_FIT) & (proba[:, tables.target] < SAME_CATEGORY_LIMIT)
    return PivotScores(fit, res_after, rank, eligible)
