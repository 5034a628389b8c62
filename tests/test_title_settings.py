"""A title O*NET splits by setting, or qualifies by a field, is read as most holders of it
would mean it (``model/title_ties.py``, ``model/title_qualify.py``)."""

from __future__ import annotations

import pytest
from placement_support import assert_placed, first

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
    assert_placed(engine, role, ("25-2031", "25-2022"), least=0.4)


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


@pytest.mark.parametrize(
    ("role", "code"),
    [
        # 39 occupations list "College Professor"; none lists "Biology College
        # Professor", but biological science teachers list "Biology Professor"
        # (education teachers came first at 11%, biology under 5%).
        ("College professor (biology)", "25-1042"),
        ("College professor (history)", "25-1125"),
        # O*NET names "Kindergarten Teachers, Except Special Education" and lists no
        # "Kindergarten Teacher" (elementary school teachers came first at 19%).
        ("Teacher (kindergarten)", "25-2012"),
        ("Teacher (preschool)", "25-2011"),
    ],
)
def test_the_title_s_own_field_qualifies_its_last_word(engine, role, code):
    assert_placed(engine, role, code)


def test_a_qualifier_reads_the_last_word_only_among_the_title_s_listers(engine):
    # "College professor" alone stays the college teachers, each a share.
    assert first(engine, "College professor").startswith("25-1")
    # A field no lister of the title is named by changes nothing it should not.
    assert first(engine, "High school teacher (history)").startswith("25-2031")


def test_a_duty_naming_the_grade_says_which_school(engine):
    # O*NET lists "English Teacher" under college English teachers as well as school
    # teachers; a grade in the duties names the school ("8th grade" is middle school):
    # the college teachers had come first at 37% (exposure 72, a middle school's 63).
    assert_placed(
        engine, "English teacher", "25-2022", "essay marking; literature", "teach 8th grade english"
    )
    # A duty line that names only the typed title's own words adds no setting: a park
    # ranger patrolling the park stays a park naturalist, as O*NET lists the title
    # (52%: two of its many titles end "park ranger", one each of the lifeguards' and the
    # protective service workers', all other, and ties are weighed by that likelihood).
    assert_placed(
        engine, "Park ranger", "19-1031.03", "visitor safety", "patrol the park", least=0.5
    )
