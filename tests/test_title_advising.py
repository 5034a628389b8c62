"""An advisor or a lecturer of a field O*NET names in other words ("Mortgage Consultant",
"Debt Counselor", "History Professor") is placed with them, not with every "... Advisor"
or "... Lecturer" (``model/title_context.py``, ``model/title_index.SAID_ALIKE``)."""

from __future__ import annotations

import pytest
from placement_support import assert_placed, first


@pytest.mark.parametrize(
    ("role", "skills", "code"),
    [
        # All three had gone to educational, guidance and career counselors (25-44%):
        # O*NET lists no such advisor, and "advisor" is in the counselors' official title.
        ("Mortgage advisor", "", "13-2072"),
        ("Debt advisor", "", "13-2071"),
        ("Claims advisor", "", "13-1031"),
        ("Nutrition advisor", "", "29-1031"),
        ("Mortgage advisor", "lending; compliance", "13-2072"),
        # The bracketed field reads the same words: "Advisor (mortgages)" had read 90%
        # career counselors.
        ("Advisor (debt)", "", "13-2071"),
    ],
)
def test_an_advisor_of_a_field_is_placed_with_its_counselors_and_consultants(
    engine, role, skills, code
):
    assert_placed(engine, role, code, skills)


def test_a_listed_advisor_keeps_its_own_listing(engine):
    assert first(engine, "Academic advisor").startswith("21-1012")
    assert first(engine, "Careers advisor").startswith("21-1012")
    assert first(engine, "Financial advisor").startswith("13-2052")
    # "Benefits Advisor" is listed under compensation and benefits managers only.
    assert first(engine, "Benefits advisor").startswith("11-3111")


@pytest.mark.parametrize(
    ("role", "code"),
    [
        # O*NET lists "History Professor", no "History Lecturer": history teachers had
        # come first at 14%, and "Lecturer - history" read teachers, all other (16%).
        ("History lecturer", "25-1125"),
        ("Lecturer - history", "25-1125"),
        ("Law lecturer", "25-1112"),
        ("Lecturer (chemistry)", "25-1052"),
    ],
)
def test_a_lecturer_of_a_field_is_placed_with_its_professors(engine, role, code):
    assert_placed(engine, role, code)
