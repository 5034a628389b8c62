"""What the move rules (``model/pivot_rules.py``) read of the candidates that depends on no
person, or on the person's job zone alone: worked out once per frame of candidates, and
once per frame and job zone, where one score's path keeps them (``model/pivot_one.py``);
the batch's path works them out over its people end to end.
"""

from __future__ import annotations

import numpy as np

from career_resilience.model.pivot_rules import (
    ABOVE_TYPICAL,
    MIN_GAIN,
    MIN_GAIN_IF_EXPOSED,
    MIN_GAIN_UP,
    STILL_LOW,
    YEARS_UP,
)


def slot_flags(col: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The candidates' figures the rules read that depend on no person (one score keeps
    them with the frame: ``model/pivot_one.py``)."""
    exposure, bls, up = col["exposure"], col["bls_or_0"], col["up"]
    related = ~col["hand_written"]
    return {
        "still_low": exposure < STILL_LOW,
        "not_low": exposure >= STILL_LOW,
        "above_typical": bls >= ABOVE_TYPICAL,
        "shrinking": col["shrinking"],
        "not_doctoral": ~col["doctoral"],
        "core_div": np.maximum(col["core_len"], 1),
        "related": related,
        "not_below": ~col["below_ladder"],
        # Offered to people in no doctoral work: neither doctoral nor under their licence.
        "open": ~col["doctoral"] & ~col["below_ladder"],
        # The gains a step up and any other move must make. Read on the frame's steps up,
        # not the person's (``up``, their steps up that are candidates): the two differ
        # only where a slot is no candidate of theirs, whose rules nothing reads.
        "gain_floor": np.where(up, MIN_GAIN_UP, MIN_GAIN),
        "exposed_floor": np.where(up, MIN_GAIN, MIN_GAIN_IF_EXPOSED),
        "lateral": related & ~up,
        "any_same_job": np.asarray(col["same_job"].any()),
    }


def step_flags(step: np.ndarray, flags: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """What the rules read of each candidate's job-zone ``step`` (with the frame's
    ``flags``): one score keeps them per frame and job zone of the person's."""
    return {
        "level": step == 0,
        "up_zone": step > 0,
        "down": step < 0,
        "not_down": step >= 0,
        # Related work at the same job zone or below, not a step up (``_is_a_move``).
        "lateral": flags["lateral"] & (step <= 0),
        "years": step >= YEARS_UP,
    }
