"""What the move rules (``model/pivot_rules.py``) read of the candidates that depends on no
person, or on the person's job zone alone: worked out once per frame of candidates, and
once per frame and job zone, where one score keeps them (``model/pivot_one.py``); a
batch works them out over its people end to end (``model/pivot_scoring.py``).
"""

from __future__ import annotations

import numpy as np

from career_resilience.model.pivot_moves import title_head
from career_resilience.model.pivot_thresholds import (
    ABOVE_TYPICAL,
    MIN_GAIN,
    MIN_GAIN_IF_EXPOSED,
    MIN_GAIN_UP,
    STILL_LOW,
    YEARS_UP,
)

#: The job zone of degree work (O*NET Job Zone 4: "most of these occupations require a
#: four-year bachelor's degree"). A move into it from graduate work (zone 5: "most
#: require graduate school") asks less schooling but is a move across professions, not
#: a step down to less skilled, lower-paid work: an architect's civil engineering or
#: interior design, a lawyer's compliance work. It is weighed as a lateral move (it must
#: change something, ``pivot_moves.is_a_move``); an architect had been left one move,
#: aerospace engineering technician work at fit 10%, every degree-level relative read as
#: a step down.
PEER_ZONE = 4
#: The job nouns of support work at that zone (a scientist's biological technician work,
#: a counsellor's human service assistant work): under graduate work, a step down still.
SUPPORT_NOUNS = frozenset(
    {"assistant", "aide", "helper", "technician", "technologist", "clerk", "attendant"}
)


def support_head(head: str) -> bool:
    """Whether a title's job (``pivot_moves.title_head``) is support work
    (:data:`SUPPORT_NOUNS`)."""
    return head.rsplit(" ", 1)[-1] in SUPPORT_NOUNS


def support_work(title: str) -> bool:
    """Whether an occupation's title names support work (:data:`SUPPORT_NOUNS`)."""
    return support_head(title_head(title))


def peer_move(zone_step: int, zone: int | None, title: str) -> bool:
    """Whether a move ``zone_step`` job zones into work of ``zone`` titled ``title`` is
    one from graduate work into degree work that is no step down (:data:`PEER_ZONE`)."""
    return zone_step == -1 and zone == PEER_ZONE and not support_work(title)


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
        # Degree work a move from graduate work into is no step down (``step_flags``).
        "peer": (col["zone"] == PEER_ZONE) & ~col["support"],
    }


def step_flags(step: np.ndarray, flags: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """What the rules read of each candidate's job-zone ``step`` (with the frame's
    ``flags``): one score keeps them per frame and job zone of the person's."""
    # From graduate work (zone 5) into degree work (PEER_ZONE) is a move across
    # professions, not a step down (:data:`PEER_ZONE`).
    down = (step < 0) & ~((step == -1) & flags["peer"])
    return {
        "level": step == 0,
        "up_zone": step > 0,
        "down": down,
        "not_down": ~down,
        # Two job zones down or more: never a long shot (``pivot_rules.move_rules``).
        "far_down": step <= -2,
        # Related work at the same job zone or below, not a step up (``pivot_moves.is_a_move``).
        "lateral": flags["lateral"] & (step <= 0),
        "years": step >= YEARS_UP,
    }
