"""The exposure a driver variant would show: the match's figure moved, a duty line left out.

Each driver variant (the title with only some of its words, a skill or a duty line left
out) moves the match's exposure by some points; a left-out duty line also leaves the duty
model's mean rating. The shown exposure then blends the two estimates as a score does
(``uncertainty.Uncertainty.combine``). Most variants leave no line out, so the blend's
weight and duty figure are worked out once per distinct line left out, as Python floats,
and the variants take them in three numpy steps: the same IEEE operations on the same
values as ``combine`` over whole arrays, so the same bits (tests/test_score_output.py,
and equal results on 2,000 varied profiles when this replaced it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from career_resilience.model.duty_model import DutyRating

if TYPE_CHECKING:
    from career_resilience.model.engine import Engine


def variant_exposures(
    engine: Engine,
    rated: list[DutyRating],
    e_m: float,
    var_m: float,
    scale: float,
    changes: np.ndarray,
    dropped: list[int | None],
) -> np.ndarray:
    """The exposure shown (float64, 0-100) per variant ``v``: the match's figure ``e_m``
    (variance ``var_m``) moved by ``scale * changes[v]`` points, with duty line
    ``dropped[v]`` (or none) left out of the duty lines' mean rating."""
    a, b = engine.uncertainty.duty
    weights: dict[int | None, tuple[float, float]] = {}
    for d in dict.fromkeys(dropped):
        x = [r.rating for k, r in enumerate(rated) if r.readable and k != d]
        if not x:  # no duty estimate: the match's figure alone
            weights[d] = (0.0, 0.0)
            continue
        # np.mean's float (pairwise sum), the duty figure's interpolation, and the
        # inverse-variance weight of ``combine``, each as it computes them.
        e_d = float(np.interp(float(np.mean(x)), *engine.duty_map))  # engine.duty_exposure
        var_d = a + b / max(len(x), 1)
        weights[d] = (var_m / (var_m + var_d), e_d)
    # float32, as the match's figures are: e_m and scale are Python floats.
    moved = e_m + scale * changes
    w = np.array([weights[d][0] for d in dropped])
    duty = np.array([weights[d][1] for d in dropped])
    # A variant without a duty estimate adds w * (...) = 0: its figure alone.
    e = moved + w * (duty - moved)
    return np.minimum(np.maximum(e, 0.0), 100.0)
