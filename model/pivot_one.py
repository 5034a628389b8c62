"""What one person's score keeps with the frame: the figures of the candidates that
depend on no person, or on one small number of the person's, worked out once per frame
(and value) and read again by everyone matched to the same occupations.

One score ranks one person's few dozen candidates, where each numpy call costs more in
overhead than in arithmetic; the pivot path (``model/pivot_scoring.score_batch``) reads
these for a batch of one and works the same expressions out over a whole batch's
candidates otherwise, so the pivots are the same to the last bit either way.
"""

from __future__ import annotations

import numpy as np

from career_resilience.model import formulas
from career_resilience.model.pivot_frame import Frame
from career_resilience.model.pivot_rank import FULL_EVIDENCE, W_ACTIVITIES, W_SKILLS, ZONE_PENALTY
from career_resilience.model.pivot_rule_flags import slot_flags, step_flags


def fixed(frame: Frame) -> dict[str, np.ndarray]:
    """The frame's figures that depend on no person (worked out once, kept on the frame)."""
    return frame.cached("fixed", lambda: fixed_of(frame.columns))


def fixed_of(col: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The figures of the candidates ``col`` that depend on no person: the rules' flags
    (``pivot_rule_flags.slot_flags``) and the parts of the fit a person's skills weigh
    by. ``w_told`` is the skills part's weight for someone who named skills: it weighs
    as much as there is evidence for it (a target naming one core skill says less about
    readiness than one naming seven and six products)."""
    core_len, product_len = col["core_len"], col["product_len"]
    weight = 2 * (core_len > 0) + (product_len > 0)
    items = np.minimum(1.0, (core_len + product_len) / FULL_EVIDENCE)
    w_told = W_SKILLS * items * (weight > 0)
    return {
        **slot_flags(col),
        "has_core": core_len > 0,
        "has_products": product_len > 0,
        "product_div": np.maximum(product_len, 1),
        "w_told": w_told,
        "weight_div": np.maximum(weight, 1),
        "denominator_told": W_ACTIVITIES + w_told,
    }


def zone_steps(
    frame: Frame, zone_now: int, up_only: bool = False
) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
    """Job-zone step, its fit penalty and what the move rules read of it
    (``pivot_rule_flags.step_flags``), for one job zone of yours (kept per zone);
    ``up_only``: a guessed zone (``Person.zone_guessed``), whose steps down count as none."""

    def build() -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
        zone = frame.columns["zone"]
        if zone_now > 0:
            step = np.where(zone > 0, zone, zone_now) - zone_now
        else:
            step = np.zeros(len(zone), np.int64)
        if up_only:
            step = np.maximum(step, 0)
        return step, ZONE_PENALTY * np.maximum(0, step - 1), step_flags(step, fixed(frame))

    return frame.cached(("zone", zone_now, up_only), build)


def after_kept(frame: Frame, breadth: int, new_kind: np.ndarray) -> np.ndarray:
    """Resilience after each move for a person whose skills span ``breadth`` kinds (one
    more where the move is into a new kind of work, ``new_kind``).

    The first person with this ``breadth`` gets it worked out for their slots alone (as
    a batch does); from the second on, the frame keeps it for either breadth, so a
    person standing where others stood picks theirs in one step.
    """
    col, key = frame.columns, ("after", breadth)
    found = frame.cache.get(key)
    if found is None:
        frame.cache[key] = False
        spread = formulas.breadth(breadth + new_kind)
        return formulas.resilience(col["exposure"], col["substitution"], col["outlook"], spread)
    if found is False:
        found = frame.cache[key] = tuple(
            formulas.resilience(
                col["exposure"],
                col["substitution"],
                col["outlook"],
                formulas.breadth(np.full(len(frame.slots), b, np.int64)),
            )
            for b in (breadth, breadth + 1)
        )
    return np.where(new_kind, found[1], found[0])
