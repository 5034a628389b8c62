"""A title O*NET lists is placed by the match: its own occupation, its own figures.

Typed alone, 13 of O*NET's 950 official titles came back as another occupation. Two
causes: the category model read one word of the title as AI-era work ("cost" as AI cost
management, "operations" as AI oversight), whose anchor occupations then took the list
and the figure in an even split ("Cost Estimators": Computer Systems Analysts 48%,
Budget Analysts 48%); and O*NET's own words after a comma were read as an employer's
qualifier ("Architects, Except Landscape and Naval" read as landscape architects).
"""

from __future__ import annotations

import pytest

from career_resilience.model.profile import Profile


@pytest.mark.parametrize(
    "role",
    [
        "Architects, Except Landscape and Naval",
        "Energy Engineers, Except Wind and Solar",
        "Poets, Lyricists and Creative Writers",
        "Bus Drivers, Transit and Intercity",
        "Cooks, Short Order",
        "Cooks, Private Household",
        "Maintenance Workers, Machinery",
        "Glass Blowers, Molders, Benders, and Finishers",
        "Physicians, Pathologists",
        "Therapists, All Other",
    ],
)
def test_onets_own_title_with_a_comma_is_read_whole(engine, role) -> None:
    result = engine.score(Profile.create(role), max_pivots=0)
    assert result.occupations[0].title == role, [
        (o.title, o.probability) for o in result.occupations[:3]
    ]


def test_an_employers_qualifier_is_still_read_as_context(engine) -> None:
    # Not a title O*NET lists whole: the part after the dash names the kind of driver.
    result = engine.score(Profile.create("Driver - school bus"), max_pivots=0)
    assert result.occupations[0].title == "Bus Drivers, School"
