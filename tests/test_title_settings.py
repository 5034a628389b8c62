"""A title O*NET splits by setting is read as most holders of it would mean it
(``model/title_ties.py``)."""

from __future__ import annotations

import pytest
from placement_support import first, first_match

from career_resilience.model.title_employment import narrowed_to


@pytest.mark.parametrize(
    "role",
    [
        # O*NET lists "History Teacher" under secondary, middle school and college
        # teachers, and names only the college ones with its words ("History Teachers,
        # Postsecondary"): they came first at 99% (exposure 95, a school's 64).
        "History teacher",
        "English teacher",
        # Listed under secondary school teachers alone; college teachers are named so.
        "Chemistry teacher",
        "Physics teacher",
    ],
)
def test_a_subject_teacher_is_a_school_teacher_unless_the_title_says_college(engine, role):
    code, probability = first_match(engine, role)
    assert code.startswith(("25-2031", "25-2022"))
    assert probability > 0.4


def test_a_title_that_names_the_setting_keeps_it(engine):
    assert first(engine, "Postsecondary history teacher").startswith("25-1125")
    assert first(engine, "History professor").startswith("25-1125")
    # A descriptor of one occupation is no setting: substitutes stay substitutes.
    assert first(engine, "Substitute teacher").startswith("25-3031")
    # Two settings of one title (metal, wood) name it together, and a tie whose own
    # title holds the setting's word (sheet metal workers) is of that setting.
    assert first(engine, "Model maker").startswith("51-4061")
    assert first(engine, "Layout worker").startswith("51-4192")


def test_only_settings_many_titles_are_split_by_count(engine):
    groups = {
        engine.match_tables.codes[k]: words
        for k, words in narrowed_to(engine.match_tables.codes).items()
    }
    assert groups["25-1125.00"] == {"postsecondary"}
    assert "35-2014.00" not in groups  # "Cooks, Restaurant": one occupation's word
    assert "25-3031.00" not in groups  # "Substitute Teachers, Short-Term"
    assert "51-9199.00" not in groups  # "..., All Other" is the rest, no setting
