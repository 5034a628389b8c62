"""Steps down a job zone: offered only to fill a short list, with prospects better as
shown, after every other move, and saying why (``model/pivot_rules.py``,
``model/pivot_moves.py``)."""

from __future__ import annotations

from pivot_support import advise

from career_resilience import wording
from career_resilience.model.profile import Profile


def test_a_plumber_is_not_sent_down_to_helper_work(scorer, matcher):
    advice = advise(
        scorer, matcher, {"47-2152.00": 0.96, "47-3015.00": 0.04}, ["pipefitting", "soldering"]
    )
    assert len(advice.pivots) >= 3
    assert not any(p.label.startswith("Helpers--") for p in advice.pivots)
    assert all(p.job_zone_step >= 0 for p in advice.pivots)


def test_a_step_down_needs_prospects_better_by_a_point_as_shown(engine):
    # A hotel manager (Lodging Managers, BLS +6.7%) was offered locker room attendant work
    # two job zones down for its +7.0%: both shown "+7%", no better prospects to see.
    pivots = engine.score(Profile.create("Hotel manager", "", "")).pivots
    assert not any(p.label.startswith("Locker Room") for p in pivots), [p.label for p in pivots]
    # Prospects a point better or more still make the case (a concierge's, +5.6%).
    pivots = engine.score(Profile.create("Concierge", "guest relations; reservations", "")).pivots
    assert any(p.label.startswith("Locker Room") for p in pivots), [p.label for p in pivots]


def test_a_pilot_who_need_not_move_is_offered_aviation_inspection(engine):
    # An airline pilot (told they need not move) had no option at all: aviation inspection,
    # the step up in their line, is a job zone under piloting and failed the step-down rule.
    pivots = engine.score(Profile.create("Airline pilot", "", "")).pivots
    inspectors = [p for p in pivots if p.label == "Aviation Inspectors"]
    assert inspectors, [p.label for p in pivots]
    reasons = inspectors[0].fit_reasons
    assert any(r.endswith("yet it oversees work of your kind") for r in reasons), reasons
    assert not any("outlook is better" in r for r in reasons), reasons


def test_a_step_down_says_the_reason_it_was_offered(engine):
    # A pastry chef's bakery work (+4.9% against +5.3%) read "offered because its outlook
    # is better than your work's": it is offered for its exposure, 33 against 44.
    pivots = engine.score(Profile.create("Pastry chef", "baking; lamination; plating", "")).pivots
    bakers = next(p for p in pivots if p.label == "Bakers")
    assert any("clearly less exposed to AI" in r for r in bakers.fit_reasons), bakers.fit_reasons
    assert not any("outlook is better" in r for r in bakers.fit_reasons)


def test_a_step_down_is_offered_only_to_fill_a_short_list_and_says_so(scorer, matcher):
    for codes, skills in [
        ({"29-1123.00": 0.6}, ["manual therapy"]),
        ({"43-3031.00": 0.7}, ["accounts payable"]),
        ({"25-2021.00": 0.7}, ["lesson planning"]),
    ]:
        pivots = advise(scorer, matcher, codes, skills, resilience=50).pivots
        # A step up in their own line that costs resilience comes last whatever its job
        # zone (a physical therapist's health services management, one zone down).
        pivots = tuple(p for p in pivots if "not a safer place than your work" not in p.why)
        down = [p for p in pivots if p.job_zone_step < 0]
        # Long shots come after every other move, steps down included.
        shots = [p for p in pivots if wording.reads_long_shot(p.fit_reasons)]
        if down:
            assert len(pivots) - len(down) - len(shots) < 3
            at = len(pivots) - len(shots)
            assert pivots[at - len(down) : at] == tuple(down)  # after every other move
            assert all(any("step down in job zone" in r for r in p.fit_reasons) for p in down)
