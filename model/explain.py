"""Drivers: which words, skills and duties push a profile's exposure up or down.

The category part of exposure is ``E_cat(x) = sum_c p_c(x) f_c`` with ``p = softmax(xW + b)``.
A feature's effect is its *integrated gradient* from the empty profile (only the
intercept ``b``) to ``x``: ``x_j * sum_c W_cj * mean_a[p_c(ax) (f_c - E_cat(ax))]`` over
``a`` in (0, 1]. Unlike the local gradient, this does not vanish when the model is sure,
and the effects add up to ``E_cat(x) - E_cat(empty)``: they explain the score's distance
from the baseline, in points.
"""

from __future__ import annotations

from typing import Any

import numpy as np

#: Drivers listed per direction.
DRIVERS_PER_SIDE = 4
#: Effects smaller than this (in score points) are noise and not shown.
MIN_EFFECT = 0.05
#: Midpoint-rule steps of the path integral (error well under 0.1 points).
STEPS = 16


def path_weights(xw: np.ndarray, intercept: np.ndarray, figures: np.ndarray) -> np.ndarray:
    """Mean over the path of ``p_c (f_c - E_cat)``: profiles x categories."""
    total = np.zeros_like(xw, dtype=np.float64)
    for a in (np.arange(STEPS) + 0.5) / STEPS:
        z = a * xw + intercept
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        total += p * (figures[None, :] - (p @ figures)[:, None])
    return total / STEPS


def feature_effects(x: Any, coef_t: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Effect in points of every stored nonzero of CSR matrix ``x`` (same order as x.data).

    ``coef_t`` is the (features x categories) coefficient matrix, ``weights`` the
    :func:`path_weights` of the same rows.
    """
    rows = np.repeat(np.arange(x.shape[0]), np.diff(x.indptr))
    per_nz = np.einsum("nk,nk->n", weights.astype(np.float32)[rows], coef_t[x.indices])
    return x.data * per_nz


def top_drivers(named_effects: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The strongest effects up and down, merged by name, strongest first on each side."""
    merged: dict[str, float] = {}
    for name, effect in named_effects:
        merged[name] = merged.get(name, 0.0) + effect
    ups = sorted((kv for kv in merged.items() if kv[1] >= MIN_EFFECT), key=lambda kv: -kv[1])
    downs = sorted((kv for kv in merged.items() if kv[1] <= -MIN_EFFECT), key=lambda kv: kv[1])
    return ups[:DRIVERS_PER_SIDE] + downs[:DRIVERS_PER_SIDE]


def readable(feature: str) -> str:
    """Turn a vectorizer feature name into words a person recognises."""
    field, _, term = feature.partition(": ")
    label = {"role": "title", "skills": "skill", "duties": "duty word"}.get(field, field)
    if field == "skills":
        return f'skills mention "{term}"'
    if field == "duties":
        return f'duties mention "{term}"'
    return f'{label} "{term}"'
