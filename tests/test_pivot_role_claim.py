"""A hand-written role's claim that the person's kind of work leads into it counts no
more than their work activities bear out: a cashier's pharmacy technician role (fit 26%)
had been first, above supervising retail sales (fit 60%), for its resilience alone."""

from __future__ import annotations

import numpy as np

from career_resilience.model.pivot_rank import W_CLOSE, rank_of
from career_resilience.model.profile import Profile


def test_a_claim_the_activities_do_not_bear_out_counts_as_far_as_they_do() -> None:
    """Two roles claiming 0.8, in reach: one whose activities are as alike as a typical
    related move keeps its claim; one less alike (closer 0.23) counts 0.23; an O*NET
    relative's closeness is O*NET's listing, whatever the activities."""
    fit, close, change = np.full(3, 0.3), np.array([0.8, 0.8, 0.8]), np.zeros(3)
    reach, claimed = np.ones(3, bool), np.array([True, True, False])
    closer, alike = np.array([0.6, 0.23, 0.23]), np.array([True, False, False])
    rank = rank_of(fit, close, change, reach, claimed, closer, alike)
    base = 0.5 * 0.3
    assert np.allclose(rank, [base + W_CLOSE * 0.8, base + W_CLOSE * 0.23, base + W_CLOSE * 0.8])
    # Without the activities (the old call) every claim stands.
    assert np.allclose(rank_of(fit, close, change, reach, claimed), base + W_CLOSE * 0.8)


def test_a_cashier_is_first_shown_supervising_retail_then_pharmacy_work(engine):
    """The pharmacy technician role is still offered (it raises resilience by 24
    points), after the close move it had been 'ranked above ... for the resilience it
    adds: +24 points against +1 point'."""
    result = engine.score(Profile.create("Cashier", "cash handling; customer service"))
    pivots = result.to_dict()["pivots"]
    labels = [p["label"] for p in pivots]
    assert labels[0] == "First-Line Supervisors of Retail Sales Workers", labels
    assert "Pharmacy technician" in labels
    assert not any("+24 points against +1 point" in p["why"] for p in pivots)


def test_a_level_move_is_not_pushed_out_by_a_long_shot(engine):
    """A bus driver's subway and streetcar work (level, fit 62%) goes after the moves
    that raise resilience, not after a long shot ranked below it (the electrical
    lineworker role, fit 12%), which had pushed it off the list for a step down."""
    pivots = engine.score(Profile.create("Bus driver", "city routes")).to_dict()["pivots"]
    assert "Subway and Streetcar Operators" in [p["label"] for p in pivots]


def test_a_trace_of_a_category_is_no_way_into_a_role(engine):
    """A role is offered on its source categories only where they hold a real share of
    the person's work (``pivot_thresholds.ROLE_FROM``): a category model's 2-5% trace had sent
    a social media coordinator to pharmacy informatics first, a funeral director to AI
    transformation programmes and a team lead to AI FinOps."""
    for (role, skills), label in (
        (
            ("Social media coordinator", "TikTok; scheduling posts; analytics"),
            "Pharmacy informatics specialist",
        ),
        (
            ("Funeral director", "arrangements; embalming; bereaved families"),
            "AI transformation programme manager",
        ),
        (("Team lead", "coaching; scheduling; reporting"), "AI FinOps analyst"),
    ):
        labels = [p.label for p in engine.score(Profile.create(role, skills)).pivots]
        assert labels and label not in labels, (role, labels)
    # A role whose source category is the person's own work is still offered.
    labels = [
        p.label
        for p in engine.score(
            Profile.create("Call centre agent", "customer service; complaints; CRM")
        ).pivots
    ]
    assert "Customer AI operations lead" in labels, labels


def test_an_event_planner_s_vendors_are_no_way_into_ai_spend_work(engine):
    """An event planner's vendor management (caterers and venues) had been the one core
    skill of AI FinOps held, and the role was offered (fit 30%, +21 exposure): cost
    management of cloud and AI spend draws on finance and data work, not on logistics,
    so vendor management is a skill everyone moving in learns. A purchasing agent, whose
    work is spend and contracts, is still offered it."""
    planner = engine.score(
        Profile.create("Event planner", "vendor management; budgets", "plan weddings")
    )
    assert planner.pivots
    assert "AI FinOps analyst" not in [p.label for p in planner.pivots]
    buyer = engine.score(
        Profile.create("Purchasing agent", "vendor management; contracts; Excel", "track spend")
    )
    assert "AI FinOps analyst" in [p.label for p in buyer.pivots]
