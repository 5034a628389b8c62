"""A title of armed service is placed in the nearest civilian work, and the result says
so: O*NET and BLS publish no military occupation (``skills.armed_forces``)."""

from __future__ import annotations

import pytest

from career_resilience.model.profile import Profile
from career_resilience.skills.armed_forces import names_armed_forces


@pytest.mark.parametrize(
    ("role", "skills"),
    [
        ("Soldier (infantry)", "weapons; leadership; field ops"),
        ("Army medic", "trauma care; triage"),
        ("Air Force mechanic", "jet engines; hydraulics"),
    ],
)
def test_a_service_members_result_says_its_figures_are_civilian(engine, role, skills) -> None:
    # Before: no note ("Soldier (infantry)": manufacturing 31%, welding machine setters).
    note = engine.score(Profile.create(role, skills)).title_note
    assert "civilian occupations only" in note and f'"{role}"' in note


def test_civilian_titles_carry_no_such_note(engine) -> None:
    for role in ("Marine biologist", "Sailor", "Security guard", "Police sergeant"):
        assert not engine.score(Profile.create(role)).title_note, role


def test_armed_service_words_are_whole_words() -> None:
    assert names_armed_forces("Royal Navy engineer") and names_armed_forces("ex-Army")
    assert not names_armed_forces("Armyworm scout") and not names_armed_forces("Marine biologist")
