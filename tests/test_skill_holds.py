"""A skill that holds another: its holder is never asked to learn what they have."""

from __future__ import annotations

import pytest
from pivot_support import advise

from career_resilience.model.pivot_standing import held_and_loose
from career_resilience.model.profile import Profile
from career_resilience.skills.loader import shipped_knowledge_base


def test_a_cdl_holds_truck_driving() -> None:
    assert shipped_knowledge_base().skills["cdl"].holds == ("truck_driving",)


def test_a_driver_with_a_cdl_is_not_told_to_learn_truck_driving(scorer, matcher) -> None:
    # A delivery driver (driver/sales work) with a Class A CDL: the truck-driving moves
    # had asked "Learn Truck driving" since the CDL became its own skill.
    advice = advise(scorer, matcher, {"53-3031.00": 0.9}, ["CDL Class A"], resilience=40)
    trucks = [p for p in advice.pivots if p.onet_soc in ("53-3032.00", "53-3033.00")]
    assert trucks, [p.label for p in advice.pivots]
    for pivot in trucks:
        assert "Truck driving" not in pivot.gap_skills, (pivot.label, pivot.gap_skills)


@pytest.mark.parametrize(
    ("typed", "language"),
    [
        ("TypeScript", "javascript"),
        ("React", "javascript"),
        ("Angular", "typescript"),
        ("Django", "python"),
        ("pandas", "python"),
        ("PyTorch", "python"),
        ("Rails", "ruby"),
        ("Spring Boot", "java"),
        ("PostgreSQL", "sql"),
        ("Tailwind", "html_css"),
    ],
)
def test_a_framework_holds_its_language(matcher, typed, language) -> None:
    held, _ = held_and_loose([matcher.match(typed)], "basic_coding")
    assert language in held and held[language] == typed


def test_a_typescript_developer_is_not_asked_to_learn_javascript(engine) -> None:
    result = engine.score(Profile.create("Frontend developer", "TypeScript; React; CSS"))
    gaps = [g for p in result.pivots for g in p.gap_skills]
    # Had been the first move's first gap ("to learn: JavaScript, LLM APIs, ...").
    assert result.pivots and "JavaScript" not in gaps, gaps
