"""The resilience a move adds ranks it only when the person has a way into it."""

from __future__ import annotations

import numpy as np
import pytest

from career_resilience.model.pivot_rank import in_reach, rank_of
from career_resilience.model.profile import Profile

SEAMSTRESS = Profile.create("seamstress", "alterations; sewing machine; hemming")
WATER = Profile.create(
    "Water treatment plant operator", "pumps; chemical dosing; SCADA", "run the water plant"
)


def test_a_move_with_none_of_its_core_skills_held_is_not_ranked_first_for_resilience(
    engine,
) -> None:
    """A seamstress saw Critical facilities technician (fit 34%, none of its six core
    skills held: data-centre cooling, UPS systems...) first, above a supervisor's step of
    fit 54%, "for the resilience it adds"."""
    pivots = engine.score(SEAMSTRESS).to_dict()["pivots"]
    labels = [p["label"] for p in pivots]
    # (Since 2026-12-06 a seamstress's list holds moves out of shrinking sewing work, fit
    # 61-64%, and no longer the facilities move; a tailor's still does.)
    assert "Critical facilities technician" not in labels[:1]
    # (A tailor's list held the facilities move until it claimed only work kin to its
    # anchors, ``from_anchors``: a water plant operator's work is, and holds none of its
    # six core skills either.)
    pivots = engine.score(WATER, 8).to_dict()["pivots"]
    labels = [p["label"] for p in pivots]
    assert "Critical facilities technician" in labels
    assert pivots[0]["label"] != "Critical facilities technician"
    at = labels.index("Critical facilities technician")
    facilities = pivots[at]
    assert not facilities["held_skills"]
    # Its +17 does not pass the supervisor's step of a higher fit (65%, +1).
    step = labels.index("First-Line Supervisors of Production and Operating Workers")
    assert step < at and pivots[step]["fit"] > facilities["fit"]
    assert facilities["resilience_change"] > pivots[step]["resilience_change"] + 10
    # Its place is no longer claimed to come from the resilience it adds.
    assert "for the resilience it adds" not in facilities["why"]


def test_only_the_gain_of_an_out_of_reach_move_is_dropped() -> None:
    """Out of reach: skills named, core skills listed, none of them nor a product held."""
    core_len = np.array([6, 6, 6, 0])
    core_held = np.array([0, 1, 0, 0])
    products_held = np.array([0, 0, 1, 0])
    reach = in_reach(core_len, np.zeros(4), core_held, products_held, True)
    assert reach.tolist() == [False, True, True, True]
    # A person who named no skill: the work decides, where it is as alike as a typical
    # O*NET related move (none of these is: only what is held keeps them in reach).
    assert in_reach(core_len, np.zeros(4), core_held, products_held, False, True).all()
    unlike = np.zeros(4, bool)
    assert in_reach(core_len, np.zeros(4), core_held, products_held, False, unlike).tolist() == [
        False,
        True,
        True,
        False,
    ]
    fit, close = np.full(2, 0.4), np.full(2, 0.5)
    gained = rank_of(fit, close, np.array([20.0, 20.0]), np.array([False, True]))
    assert gained[0] < gained[1]
    # A hand-written role's closeness is its claim that the person's kind of work leads
    # into it: out of reach, that claim earns it nothing; an O*NET relative's keeps it.
    claimed, out = np.array([True, False]), np.zeros(2, bool)
    role, craft = rank_of(np.array([0.34, 0.44]), np.array([0.8, 0.34]), np.zeros(2), out, claimed)
    assert craft > role
    in_or_out = rank_of(fit, np.full(2, 0.8), np.zeros(2), np.array([True, False]), True)
    assert in_or_out[0] - in_or_out[1] == pytest.approx(0.25 * 0.8)
    # A loss still counts against a move out of reach.
    lost = rank_of(fit, close, np.array([-20.0, 0.0]), np.array([False, False]))
    assert lost[0] < lost[1]


def test_reach_is_not_assumed_where_the_skills_cannot_decide(engine) -> None:
    """A welder (no skills typed; the title names welding) saw Industrial Machinery
    Mechanics first (fit 36%), "ranked above Inspectors (fit 86%) for the resilience it
    adds", holding neither of its two core skills, its work less alike than a typical
    O*NET related move's (closer than 44% of them): two core skills are too few for the
    skills to decide, so reach had been assumed."""
    pivots = engine.score(Profile.create("welder")).to_dict()["pivots"]
    assert pivots[0]["label"] != "Industrial Machinery Mechanics"
    for pivot in pivots:
        if pivot["label"] == "Industrial Machinery Mechanics":
            assert "for the resilience it adds" not in pivot["why"]
