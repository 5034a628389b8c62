"""An unlisted worker's title is no manager's or supervisor's for the front words it
shares with theirs (``title_charge``): the last word says who does the work. The people
are invented, from several fields."""

from __future__ import annotations

import pytest
from placement_support import first

from career_resilience.model.title_charge import below_charge


@pytest.mark.parametrize(
    ("role", "skills", "code", "before"),
    [
        # Nearest listed title "Theme Park Manager" (0.72) against "Ride Operator" (0.57).
        ("Theme park ride operator", "", "39-3091", "recreation managers 44%"),
        (
            "Pawn shop clerk",
            "appraising; customer service; cash register",
            "41-2",
            "retail supervisors 86% (Pawn Shop Keeper)",
        ),
    ],
)
def test_a_workers_title_goes_to_the_work_not_to_who_runs_the_place(
    engine, role, skills, code, before
) -> None:
    found = first(engine, role, skills)
    assert found.startswith(code), (role, found, before)


@pytest.mark.parametrize(
    ("role", "skills", "code"),
    [
        # A word of charge: O*NET's own reading stands.
        ("Theme park manager", "", "11-9072"),
        ("Store manager", "retail; scheduling", "41-1011"),
        # Legislators are SOC 11 but their name says no charge over a member's work.
        ("City council member", "zoning; budgets", "11-1031"),
    ],
)
def test_a_title_of_charge_keeps_its_reading(engine, role, skills, code) -> None:
    assert first(engine, role, skills).startswith(code), role


def test_which_last_words_name_work_below_charge() -> None:
    assert below_charge("operator") and below_charge("clerk") and below_charge("attendant")
    assert not below_charge("manager") and not below_charge("supervisor")
