"""The exposure a driver variant would show: the match's figure moved, a duty line left out.

Each driver variant (the profile with only some of its title words, skills and duty
lines) moves the match's exposure by some points; the duty lines it leaves out also
leave the duty model's mean rating. The shown exposure then blends the two estimates as
a score does (``uncertainty.Uncertainty.combine``). The blend's weight and duty figure
are worked out once per distinct set of lines left out, over arrays (a profile's 64
coalitions leave out up to 64 sets), and the variants take them in three numpy steps.
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
    dropped: np.ndarray,
) -> np.ndarray:
    """The exposure shown (float64, 0-100) per variant ``v``: the match's figure ``e_m``
    (variance ``var_m``) moved by ``scale * changes[v]`` points, with the duty lines of
    bitmask ``dropped[v]`` (bit k: line k) left out of the duty lines' mean rating."""
    # float32, as the match's figures are: e_m and scale are Python floats.
    moved = e_m + scale * changes
    readable = [r.readable for r in rated]
    if not any(readable):  # no duty estimate in any variant: the match's figure alone
        return np.minimum(np.maximum(moved, 0.0), 100.0)
    a, b = engine.uncertainty.duty
    # Per set of lines left out (bit k: line k; every set up to the last line any
    # variant leaves out): the lines still rated and their mean rating.
    masks = np.arange(1 << int(np.maximum.reduce(dropped)).bit_length())
    kept = np.array(readable) & ((masks[:, None] >> np.arange(len(rated))) & 1 == 0)
    ratings = np.array([r.rating if r.readable else 0.0 for r in rated])
    count = np.add.reduce(kept, axis=1)
    some = count > 0
    mean = np.add.reduce(kept * ratings, axis=1) / np.maximum(count, 1)
    # The duty figure's interpolation and the inverse-variance weight of ``combine``;
    # a variant without a duty estimate has weight 0: the match's figure alone.
    e_d = np.interp(mean, *engine.duty_map)  # engine.duty_exposure
    weight = np.where(some, var_m / (var_m + (a + b / np.maximum(count, 1))), 0.0)
    e = moved + weight[dropped] * (e_d[dropped] - moved)
    return np.minimum(np.maximum(e, 0.0), 100.0)
