"""Words a care home's nursing leads type for their work are catalogue skills, in the
sense their work gives them ("MDS", "staffing")."""

from __future__ import annotations

import pytest

from career_resilience.skills.matching import SkillMatcher


@pytest.mark.parametrize(
    ("role", "duties", "typed", "expected"),
    [
        # A director of nursing's "MDS" is the nursing-home resident assessment, and their
        # "staffing" nurses on every shift; both had been unrecognised skills.
        ("DON", "run the nursing department", "MDS", "MDS assessment"),
        ("Director of nursing", "", "staffing", "Staff scheduling"),
        ("Charge nurse", "", "staffing", "Staff scheduling"),
        ("Restaurant manager", "hire and schedule servers", "staffing", "Staff scheduling"),
        # To a recruiter "staffing" is filling jobs.
        ("Recruiter", "", "staffing", "Recruiting"),
        ("Staffing coordinator", "place temps with clients", "staffing", "Recruiting"),
        ("", "", "minimum data set", "MDS assessment"),
    ],
)
def test_care_home_words_mean_what_the_work_says(
    matcher: SkillMatcher, role: str, duties: str, typed: str, expected: str
) -> None:
    match = matcher.match(typed, matcher.context(role, duties))
    assert match.skill is not None and match.skill.name == expected


def test_mds_outside_care_is_not_the_resident_assessment(matcher: SkillMatcher) -> None:
    # A statistician's MDS is multidimensional scaling.
    match = matcher.match("MDS", matcher.context("Data scientist", "cluster survey answers"))
    assert match.skill is None or match.skill.name != "MDS assessment"
