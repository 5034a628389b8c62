"""Sideways moves: never the same job elsewhere, never shrinking work unless it shrinks
far more slowly than the person's own, never a loss of resilience for someone who should
weigh a move (``model/pivot_rules.py``, ``model/pivot_moves.py``)."""

from __future__ import annotations

import pytest
from pivot_support import advise

from career_resilience.model.grounded import outlook_word
from career_resilience.model.occupation_pivots import build_scorer
from career_resilience.model.pivot_moves import slower
from career_resilience.model.pivot_standing import standing_from
from career_resilience.model.profile import Profile
from career_resilience.skills.loader import shipped_knowledge_base


def test_someone_who_should_weigh_a_move_is_never_offered_one_that_costs_resilience(
    scorer, matcher
):
    for codes, skills in [
        ({"43-5031.00": 0.95}, ["radio dispatch"]),
        ({"41-2011.00": 0.9}, ["cash handling"]),
        ({"43-3031.00": 0.9}, ["accounts payable"]),
    ]:
        advice = advise(scorer, matcher, codes, skills, resilience=40)
        assert "do not need to move" not in advice.note
        assert advice.pivots
        assert all(p.resilience_change >= 0 for p in advice.pivots)


def test_a_cashier_is_not_offered_the_same_job_elsewhere_or_a_sideways_move(scorer, matcher):
    # A casino's booth cashier is a cashier; counter clerks are more exposed at the same
    # preparation; retail sales is shrinking: none of them is a move.
    # (Retail sales, −2.1% against the cashier's −10.4%, shrinks far more slowly, but is
    # 9 points more exposed: ``pivot_moves.SHRINKING_EXPOSURE``.)
    advice = advise(scorer, matcher, {"41-2011.00": 0.9}, ["cash handling", "POS"], limit=8)
    labels = [p.label for p in advice.pivots]
    for no_move in ("Gambling Change Persons", "Counter and Rental Clerks", "Retail Salespersons"):
        assert not any(label.startswith(no_move) for label in labels), labels
    # Stocking is less exposed and growing: a real sideways move.
    assert "Stockers and Order Fillers" in labels


def test_a_sideways_move_into_shrinking_work_is_out_of_work_shrinking_far_faster(scorer, matcher):
    # Vending machine servicers: BLS -1.7, shown "-2% jobs", which the outlook word calls
    # shrinking; the rules read that same word (it had been offered from the raw -1.7,
    # beside "-2%" in its own line). An office machine operator's own work shrinks by
    # 14.2%: nearly level work (``pivot_moves.slower``) is a move out of it, and says so.
    advice = advise(scorer, matcher, {"43-9071.00": 0.95}, ["copying", "binding"], limit=8)
    assert advice.pivots, "an office machine operator still has moves"
    shrinking = [
        p
        for p in advice.pivots
        if p.kind == "related"
        and p.job_zone_step <= 0
        and p.bls_change_pct
        and outlook_word(p.bls_change_pct) == "shrinking"
    ]
    assert shrinking, [p.label for p in advice.pivots]
    for pivot in shrinking:
        assert slower(pivot.bls_change_pct, -14.2), pivot.label
        assert "Shrinking too, but far more slowly than your own work" in pivot.why


def test_out_of_shrinking_work_nearly_level_work_is_a_move_and_falling_work_is_not(scorer, matcher):
    # A hand sewer's own work: BLS -15.8%. Upholstery (-2.5%, O*NET's close relative)
    # had been left out as shrinking; shoe machine work (-11%) still is.
    advice = advise(scorer, matcher, {"51-6051.00": 0.9}, ["sewing", "alterations"], limit=8)
    by_label = {p.label: p for p in advice.pivots}
    assert "Upholsterers" in by_label, list(by_label)
    assert "BLS projects −16% for Sewers, Hand" in by_label["Upholsterers"].why
    assert "Shoe Machine Operators and Tenders" not in by_label
    # The rule: three points more, half as fast at most, by 3% at most.
    assert not slower(-2.5, -1.0) and not slower(-11.0, -15.8) and slower(-2.5, -15.8)


def test_a_school_bus_driver_is_offered_transit_buses(matcher):
    # The same job elsewhere, but BLS sees transit buses growing (+5.4%) where school
    # buses are not (+1.4%): a move that uses everything the driver holds.
    scorer = build_scorer(shipped_knowledge_base(), {})
    standing = standing_from(
        (("53-3051.00", 0.95),),
        [matcher.match(s) for s in ["commercial driving", "CDL", "vehicle inspection"]],
        43.9,
        55.0,
        {"transport_driving": 0.95},
    )
    assert "53-3052.00" in [p.onet_soc for p in scorer.advise(standing).pivots]


@pytest.mark.parametrize(
    ("role", "skills", "chosen", "own"),
    [
        # "That's not me" -> Barbers: still a hairdresser, not one who could become one.
        ("hairdresser", "colouring; cutting; blow dry", "39-5011.00", "39-5012.00"),
        ("911 dispatcher", "radio dispatch; call taking", "43-5032.00", "43-5031.00"),
    ],
)
def test_the_work_someone_was_matched_to_is_no_move_after_they_chose_another(
    engine, role, skills, chosen, own
):
    matched = engine.score(Profile.create(role, skills)).to_dict()
    assert matched["occupations"][0]["onet_soc"] == own  # the match placed them there
    result = engine.score(Profile.create(role, skills, occupation=chosen)).to_dict()
    assert result["pivots"], "the chosen occupation still has moves to offer"
    assert own not in {p["onet_soc"] for p in result["pivots"]}
