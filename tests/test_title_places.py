"""Where a worker works, typed in the title, and the order of "<job> of <work>".

A known employer is read as its kind of place (``skills/employers.py``), and a job
heading named work is read in the order O*NET writes it (``skills/titles.py``)."""

from __future__ import annotations

import pytest
from placement_support import first

from career_resilience.skills.employers import read_employer
from career_resilience.skills.titles import normalise_title


@pytest.mark.parametrize(
    ("role", "code"),
    [
        # General and operations managers (99%) and managers, all other (51%) before.
        ("asst mgr - dollar general", "41-1011"),
        ("assistant manager at walmart", "41-1011"),
        ("Shift manager - mcdonalds", "35-1012"),
        ("shift supervisor - taco bell", "35-1012"),
        ("team member at chick-fil-a", "35-3023"),
        ("cashier (Kroger)", "41-2011"),
        # A name of two words or more in front of the title: farm and home management
        # educators 64% ("farm"), baggage porters 37%, general and operations managers 67%.
        ("State Farm agent", "41-3021"),
        ("Taco Bell shift leader", "35-1012"),
        ("Dollar General store manager", "41-1011"),
    ],
)
def test_a_known_employer_says_where_the_work_is(engine, role, code) -> None:
    assert first(engine, role).startswith(code)


def test_an_employer_s_name_inside_the_title_stays_a_word() -> None:
    # A subway operator runs trains; "Target" before the job is no store.
    assert read_employer("Subway operator") == "Subway operator"
    assert read_employer("Target marketing manager") == "Target marketing manager"
    assert read_employer("analyst at target corporation") == "analyst at target corporation"
    assert read_employer("assistant manager at walmart") == "assistant manager - retail store"
    # A firm's whole name of two words or more in front is the place; a name alone is not.
    assert read_employer("State Farm agent") == "agent - insurance company"
    assert read_employer("Burger King") == "Burger King"


@pytest.mark.parametrize(
    ("role", "code"),
    [
        # Nursing assistants (33%) before: O*NET lists "Nursing Director".
        ("Director of nursing", "11-9111"),
        ("Assistant director of nursing", "11-9111"),
    ],
)
def test_a_director_of_named_work_heads_it(engine, role, code) -> None:
    assert first(engine, role).startswith(code)


def test_work_goes_first_only_where_o_net_lists_it_so() -> None:
    assert normalise_title("Director of nursing") == "nursing director"
    assert normalise_title("Professor of history") == "history professor"
    # O*NET lists no "Property Management Director" (emergency management directors
    # came first when read so); "Dean of Students" it lists as typed.
    assert normalise_title("Director of property management") == ("director of property management")
    assert normalise_title("Dean of students") == "dean of students"
