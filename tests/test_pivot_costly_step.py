"""A step up that costs any resilience comes after the moves that raise it, however
little it costs (``pivot_rules``: ``dear``). Within the step's floor (``MIN_GAIN_UP``) it
had counted as a gain and kept its rank place: a lunch lady told she need not move saw
supervising the kitchen (-1, "not a safer place than your work") third, above moves
that raise her resilience."""

from __future__ import annotations

import pytest

from career_resilience import wording
from career_resilience.model.profile import Profile

PEOPLE = [
    ("Lunch lady", "food prep; serving", "serve lunch to students\nprepare trays"),
    ("Lunch lady", "", ""),
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
        "step up in your own field" in p.why
        and wording.whole(p.resilience) < wording.whole(result.resilience)
        for p in pivots
    ]
    raises = [
        p.resilience_change > 0 and not wording.reads_long_shot(p.fit_reasons) for p in pivots
    ]
    first_cost = costs.index(True) if True in costs else len(pivots)
    assert not any(raises[first_cost:]), [(p.label, p.resilience_change) for p in pivots]
