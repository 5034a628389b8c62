"""A skill that plainly names a kind of work ("gardening", "woodwork", "childcare")
stands for a title that says only the person's situation ("Retired"): "Retired" with
gardening and woodwork had been placed as landscaping supervisors at 0%, "Stay at home
dad" with cooking and childcare as clinical research coordinators (2%), "Job seeker"
with cleaning as housekeeping supervisors (7%)."""

from __future__ import annotations

import pytest

from career_resilience.model.profile import Profile
from career_resilience.model.skill_work import named_titles


@pytest.mark.parametrize(
    ("skill", "titles"),
    [
        ("gardening", ("gardener",)),
        ("woodwork", ("woodworker",)),
        ("Childcare", ("childcare worker",)),
        ("dog grooming", ("dog groomer",)),
        ("carpentry", ("carpenter",)),
        ("statistics", ("statistician",)),
        ("translation", ("translator",)),
        # No listed practitioner.
        ("budgeting", ()),
        ("customer service", ()),
        ("inventory", ()),
        # A practitioner of other work than the catalogue reads the skill as: routine
        # reports are no reporter's, software coding no medical coder's, a pharmacist's
        # dispensing no dispensing machine operator's.
        ("reporting", ()),
        ("coding", ()),
        ("dispensing", ()),
    ],
)
def test_a_skill_names_the_work_whose_practitioner_o_net_lists(engine, skill, titles):
    assert named_titles(engine.match_tables.codes, skill) == titles


@pytest.mark.parametrize(
    ("role", "skills", "placed"),
    [
        ("Retired", "gardening; woodwork", {"37-3011.00", "45-2092.00", "51-7011.00"}),
        ("Stay at home dad", "budgeting; cooking; childcare", {"39-9011.00", "35-2013.00"}),
        ("Job seeker", "cleaning; customer service", {"37-2011.00", "37-2012.00"}),
    ],
)
def test_a_situation_title_is_placed_in_the_work_its_skills_name(engine, role, skills, placed):
    result = engine.score(Profile.create(role, skills))
    top = result.occupations[0]
    assert top.onet_soc in placed, top.title
    # First, yet no surer than a skill says: read at the skills-as-title temperature
    # (tests/test_work_temperature.py), gardening and woodwork are many people's work.
    assert top.probability >= 0.08
    assert result.title_note  # still says the title was not read
    # The skills carry what the work they named moved: the last line (what no listed
    # item is credited with) holds none of it.
    *named, rest = result.drivers
    assert all(d.feature.startswith("skill ") for d in named)
    assert abs(rest.effect) < 1.0, result.drivers
