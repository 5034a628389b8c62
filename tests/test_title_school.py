"""A subject teacher at a school grade is that school's teacher; one at a college stays
a college teacher (``model/title_school.py``)."""

from __future__ import annotations

import pytest
from placement_support import first

from career_resilience.model.title_school import at_college


@pytest.mark.parametrize(
    ("role", "skills", "duties", "code", "before"),
    [
        # O*NET lists "Geography Teacher" and "Drama Teacher" only under colleges.
        ("Geography teacher", "maps", "teach 7th grade geography", "25-2022", "college 100%"),
        ("Drama teacher", "acting", "teach high school drama", "25-2031", "college 83%"),
        # "French Teacher": secondary and college teachers, no elementary.
        ("French teacher", "grammar", "teach 5th grade french", "25-2021", "secondary 65%"),
        ("Latin teacher", "", "teach latin at a middle school", "25-2022", ""),
        # A college named keeps the subject's college teachers.
        ("Computer science teacher", "python", "teach university courses", "25-1021", ""),
        ("French lecturer", "grammar", "teach french at the university", "25-1124", ""),
    ],
)
def test_a_subject_teacher_is_read_at_the_school_or_college_named(
    engine, role, skills, duties, code, before
) -> None:
    assert first(engine, role, skills, duties).startswith(code), before


@pytest.mark.parametrize(
    ("role", "skills", "duties", "code"),
    [
        # Another kind of teacher is that work at any school.
        ("Substitute teacher", "classroom management", "cover classes at elementary schools",
         "25-3031"),
        # No grade, no school: private lessons are self-enrichment teaching.
        ("Piano teacher", "piano", "teach private lessons to 30 students", "25-3021"),
    ],
)  # fmt: skip
def test_other_teachers_and_lines_naming_no_school_keep_their_reading(
    engine, role, skills, duties, code
) -> None:
    assert first(engine, role, skills, duties).startswith(code)


def test_college_words() -> None:
    assert at_college("Drama professor") and at_college("", "", "teach at a community college")
    assert not at_college("Drama teacher", "acting", "teach high school drama")
