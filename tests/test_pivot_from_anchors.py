"""A role marked ``from_anchors`` claims a person's work from its adjacent categories
only where that work is kin to one of its anchors (``model/pivot_frame.py``)."""

from __future__ import annotations

import pytest
from pivot_support import standing

from career_resilience.model.pivot_targets import group_mix
from career_resilience.model.profile import Profile

ROLE = "Critical facilities technician"


@pytest.mark.parametrize(
    "role, skills, duties",
    [
        ("Potter", "wheel throwing; glazing; kiln firing", "make pots\nsell at markets"),
        ("Jeweler", "soldering; stone setting", "repair rings\nmake custom pieces"),
        ("Upholsterer", "sewing; foam cutting", "reupholster furniture"),
        ("Organ builder", "woodworking; pipe voicing", "build and restore pipe organs"),
        # With no other move but a costly step up: not as the fallback either.
        ("Engraver", "laser engraving; CorelDraw", "engrave trophies and plaques"),
    ],
)
def test_a_craft_production_worker_is_not_sent_to_run_a_data_centre(
    engine, role, skills, duties
) -> None:
    # Each had the role at fit 35-38%, none of its six core skills, on the claim that
    # production work leads into a data centre's plant.
    result = engine.score(Profile.create(role, skills, duties))
    assert ROLE not in [p.label for p in result.pivots], [p.label for p in result.pivots]


@pytest.mark.parametrize(
    "role, skills, duties",
    [
        ("Water treatment plant operator", "pumps; chemical dosing; SCADA", "run the water plant"),
        ("Wastewater operator", "pumps; lab tests", "operate the sewage treatment plant"),
    ],
)
def test_plant_operators_keep_the_data_centre_plant(engine, role, skills, duties) -> None:
    # Water and wastewater operators are O*NET relatives of stationary engineers, one of
    # the role's anchors: the move is theirs.
    result = engine.score(Profile.create(role, skills, duties))
    assert ROLE in [p.label for p in result.pivots], [p.label for p in result.pivots]


def test_holding_one_of_its_skills_still_shows_the_way_in(engine) -> None:
    # A potter who names electrical troubleshooting holds one of its core skills.
    typed = ("Potter", "wheel throwing; electrical troubleshooting", "make pots")
    result = engine.score(Profile.create(*typed))
    role = next((p for p in result.pivots if p.label == ROLE), None)
    assert role is not None, [p.label for p in result.pivots]
    assert role.held_skills, role.fit_reasons


def test_a_catch_all_group_shares_no_role_work_through_its_own_specialties(scorer, matcher):
    """O*NET rates work activities per SOC code: compliance managers (11-9199.02), an
    anchor of AI governance, have the row of Managers, All Other, so a pool manager
    placed there "shared 100%" of the role's work and had it first at fit 59%, holding
    none of its skills. The role's other anchor (compliance officers) says how alike."""
    assert group_mix("11-9199.02", scorer.data) and not group_mix("11-9199.00", scorer.data)
    assert not group_mix("13-1041.00", scorer.data)
    person = standing(matcher, {"11-9199.00": 0.98}, ["scheduling"], 59, "middle_management")
    manager = scorer.advise(person)
    assert any(p.kind == "ai_era" for p in manager.pivots), manager.pivots
    for pivot in manager.pivots:
        if pivot.kind == "ai_era":
            assert "shares 100%" not in pivot.fit_reasons[0], (pivot.label, pivot.fit_reasons)
