"""Skills typed in everyday words by people far from tech reach the catalogue skill."""

from __future__ import annotations

import pytest

from career_resilience.skills.loader import load_knowledge_base
from career_resilience.skills.matching import SkillMatcher


@pytest.fixture(scope="module")
def matcher() -> SkillMatcher:
    return SkillMatcher(load_knowledge_base().skills.values())


@pytest.mark.parametrize(
    ("typed", "skill"),
    [
        ("meal preparation", "cooking"),  # a cook or a home health aide
        ("meal prep", "cooking"),
        ("batch cooking", "cooking"),
        ("stocking shelves", "shelf_stocking"),  # a stocker or a cashier
        ("pipe threading", "plumbing"),
        ("pre-trip inspections", "vehicle_inspection"),  # a bus or truck driver
        # Shorthands that had lost their "did you mean" (leader: Leadership via
        # "leadership"; db: Database administration via "dba") and mean one thing.
        ("leader", "leadership"),
        ("shift leader", "leadership"),
        ("db", "database_administration"),
        ("DB admin", "database_administration"),
        # A home health aide reminds clients to take their medicines: neither personal
        # care (it had merged with "bathing" beside it) nor giving them.
        ("medication reminders", "medication_reminders"),
        ("med reminder", "medication_reminders"),
        ("bathing", "personal_care"),
        ("med pass", "medication_administration"),
    ],
)
def test_everyday_words_reach_the_skill_a_coach_expects(matcher, typed: str, skill: str) -> None:
    found = matcher.match(typed)
    assert found.skill is not None and found.skill.id == skill
