"""The work a job title names is held: pivots never list it as a skill to learn.

Found trying a 5th grade teacher: the title named elementary teaching as a whole, so
"teacher" (classroom teaching) was not counted and every teaching move listed
"Classroom teaching" to learn.
"""

from __future__ import annotations

import pytest

from career_resilience.model.profile import Profile


@pytest.mark.parametrize(
    ("role", "skills", "own_work"),
    [
        ("5th grade teacher", ["lesson planning", "Google Classroom"], "Classroom teaching"),
        ("911 dispatcher", ["CAD", "radio"], "Dispatching"),
        # One-word titles that are a skill's loose alias ("chef" is loose: "head chef",
        # "pastry chef" name other skills): a chef was told to learn Cooking.
        ("Chef", ["menu planning", "kitchen management"], "Cooking"),
        ("Admin", [], "Office administration"),
        ("Sales", [], "Selling"),
    ],
)
def test_the_titles_own_work_is_never_a_gap(engine, role, skills, own_work) -> None:
    result = engine.score(Profile.create(role, skills, ""))
    assert result.pivots, f"{role}: no pivots to check"
    for pivot in result.pivots:
        assert own_work not in pivot.gap_skills, f"{role}: {pivot.label} lists {own_work}"


def test_a_bare_job_noun_names_no_skill(engine) -> None:
    # "operator" alone says nothing about which machine; it must not count as a skill.
    assert [m.skill.id for m in engine.title_skills("Forklift operator") if m.skill] == ["forklift"]
    # A one-word title that is no skill's alias, or a bare job noun, holds nothing.
    assert [m.skill for m in engine.title_skills("Operator")] == []
