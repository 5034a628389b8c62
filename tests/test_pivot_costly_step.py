"""A step up whose cost is beyond the scores' rounding comes after the moves that raise
resilience; within it, it keeps its rank place (``pivot_rules``: ``dear``), and no move
is said to rank above a better fit "for the resilience it adds" by such a margin
(``wording.MATERIAL_GAIN``). A bartender told they need not move had supervising the bar
(fit 72%, -0.9) under a sideways move (fit 50%, +0.9) "for the resilience it adds: +1
point against -1 point"; into shrinking work, a step that costs resilience is no move."""

from __future__ import annotations

import pytest

from career_resilience import wording
from career_resilience.model.grounded import outlook_word
from career_resilience.model.pivot_thresholds import MIN_GAIN
from career_resilience.model.profile import Profile

PEOPLE = [
    ("Lunch lady", "food prep; serving", "serve lunch to students\nprepare trays"),
    ("Lunch lady", "", ""),
    ("bartender", "mixology; cash handling; POS", "make drinks\nclose out tabs"),
    ("real estate agent", "", ""),
    ("Accounts payable clerk", "invoices; NetSuite; GAAP", "match invoices to purchase orders"),
    ("Line cook", "grill; saute", "cook orders on the line"),
]


@pytest.mark.parametrize("role, skills, duties", PEOPLE)
def test_no_move_that_raises_resilience_comes_after_a_step_that_costs_it(
    engine, role, skills, duties
) -> None:
    result = engine.score(Profile.create(role, skills, duties))
    pivots = result.pivots
    costs = [
        "step up in your own field" in p.why and p.resilience_change <= -MIN_GAIN for p in pivots
    ]
    raises = [
        p.resilience_change >= MIN_GAIN and not wording.reads_long_shot(p.fit_reasons)
        for p in pivots
    ]
    first_cost = costs.index(True) if True in costs else len(pivots)
    assert not any(raises[first_cost:]), [(p.label, p.resilience_change) for p in pivots]
    # Nor is a place said to be won by a gain within the scores' rounding.
    for p in pivots:
        if "for the resilience it adds" in p.why:
            said = p.why.split("it adds: ")[1]
            ours, theirs = (
                int(x.split(" point")[0].replace("−", "-").replace("±", ""))
                for x in said.split(" against ")
            )
            assert ours - theirs > wording.MATERIAL_GAIN, p.why


def test_a_bartenders_step_up_keeps_its_place_for_a_cost_within_the_rounding(engine) -> None:
    result = engine.score(
        Profile.create(
            "bartender",
            "mixology; cash handling; POS",
            "make drinks\ncut people off\nclose out tabs",
        )
    )
    labels = [p.label for p in result.pivots]
    step = labels.index("First-Line Supervisors of Food Preparation and Serving Workers")
    assert step < labels.index("Food Servers, Nonrestaurant"), labels


@pytest.mark.parametrize(
    "role, skills, duties",
    [
        ("Crossing guard", "", ""),
        ("Baker", "bread; pastry; ovens", "bake bread and pastries from 4am"),
        ("Insurance agent", "", ""),
        ("Park ranger", "visitor education; patrolling", "lead nature walks; patrol trails"),
    ],
)
def test_no_step_that_costs_resilience_leads_into_shrinking_work(
    engine, role, skills, duties
) -> None:
    # A baker had inspecting and sorting (-17, BLS -3.9%) as a step up, a crossing guard
    # and a park ranger supervising security (-15, -3.9%), an insurance agent
    # supervising non-retail sales (-13, -2.2%): no case is left for such a move.
    result = engine.score(Profile.create(role, skills, duties))
    for p in result.pivots:
        if p.resilience_change < 0 and p.bls_change_pct is not None:
            assert outlook_word(p.bls_change_pct) != "shrinking", (p.label, p.why)


def test_a_court_clerk_is_not_offered_law_school(engine) -> None:
    # Judicial law clerks are law graduates (BLS: a doctoral or professional degree for
    # entry), offered to a court clerk (fit 36%) three job zones up.
    pivots = engine.score(
        Profile.create("Court clerk", "records; scheduling", "file court records")
    ).pivots
    assert "Judicial Law Clerks" not in [p.label for p in pivots]
