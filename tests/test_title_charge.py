"""An unlisted worker's title is no manager's or supervisor's for the front words it
shares with theirs (``title_charge``): the last word says who does the work. The people
are invented, from several fields."""

from __future__ import annotations

import pytest
from placement_support import first

from career_resilience.model.title_charge import below_charge, runs_others


def test_a_workers_title_goes_to_the_work_not_to_who_runs_the_place(engine) -> None:
    # Nearest listed title "Theme Park Manager" (0.72) against "Ride Operator" (0.57).
    # Before: recreation managers 44%.
    assert first(engine, "Theme park ride operator").startswith("39-3091")
    # "Pawn Shop Keeper" is listed under retail supervisors. Before: them, 86%.
    found = first(engine, "Pawn shop clerk", "appraising; customer service; cash register")
    assert not runs_others(found), found


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
