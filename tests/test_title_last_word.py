"""A title O*NET lists as typed stays with those listing it, though another occupation's
official name shares its front words (``title_last_word``). Invented people."""

from __future__ import annotations

import pytest
from placement_support import first


@pytest.mark.parametrize(
    ("role", "skills", "duties", "code", "before"),
    [
        # Listed under farm equipment mechanics; "Agricultural Equipment Operators" is
        # the operators' official name.
        (
            "Agricultural equipment mechanic",
            "hydraulics; diesel; combines",
            "fix tractors and combines",
            "49-3041",
            "agricultural equipment operators 64%",
        ),
        ("Ag equipment mechanic", "hydraulics; diesel", "fix combines", "49-3041", ""),
        # The operator keeps the operators' name.
        ("Agricultural equipment operator", "tractor; planting", "", "45-2091", ""),
    ],
)
def test_a_listed_title_keeps_its_listing_against_a_near_official_name(
    engine, role, skills, duties, code, before
) -> None:
    found = first(engine, role, skills, duties)
    assert found.startswith(code), (role, found, before)


@pytest.mark.parametrize(
    ("role", "skills", "duties", "code"),
    [
        # "Gas Plant Operators" names another kind of plant operator than bottling
        # (gas plant operators had come first, 28%, packaging 27%).
        ("Operator at a bottling plant", "", "", "51-9111"),
        ("Bottling plant operator", "", "", "51-9111"),
        # A rank in front is no kind: the ship engineers' name keeps its pull.
        (
            "2nd Asst Engineer, tanker",
            "marine diesel engines; engine room watch; boilers; pumps",
            "stand engine room watches at sea",
            "53-5031",
        ),
    ],
)
def test_an_official_name_of_another_kind_does_not_pull(engine, role, skills, duties, code):
    found = first(engine, role, skills, duties)
    assert found.startswith(code), (role, found)
