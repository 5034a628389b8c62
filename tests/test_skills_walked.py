"""Skills walked people typed that the catalogue had read as nothing, or as another
skill's work, now land where the profile means them."""

from __future__ import annotations

import pytest

from career_resilience.skills.matching import SkillMatcher


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("drawing blood", "phlebotomy"),  # had read Illustration
        ("carburetor rebuild", "small_engine_repair"),
        ("paint matching", "auto_body_repair"),
        ("skip tracing", "investigations"),
        ("tower climbing", "tower_radio_installation"),
        ("airway management", "anaesthesia"),
        ("combine driving", "farm_machinery"),
        ("county records", "title_search"),
        ("Final Draft", "screenwriting"),
    ],
)
def test_walked_skills_are_read(matcher: SkillMatcher, typed: str, expected: str) -> None:
    match = matcher.match(typed)
    assert match.skill is not None and match.skill.id == expected


def test_a_meat_packer_s_knife_skills_are_butchery(matcher: SkillMatcher) -> None:
    packer = matcher.match("knife skills", matcher.context("Meat packer", "cut and pack meat"))
    assert packer.skill is not None and packer.skill.id == "butchery"
    cook = matcher.match("knife skills", matcher.context("Line cook", "prep vegetables"))
    assert cook.skill is not None and cook.skill.id == "cooking"
