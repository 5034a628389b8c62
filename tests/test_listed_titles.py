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

REST = "items not listed above"


@pytest.mark.parametrize(
    ("role", "skills", "code"),
    [
        ("Cost Estimators", [], "13-1051.00"),
        ("Senior cost estimator", ["estimating", "Excel"], "13-1051.00"),
        ("Airfield Operations Specialists", [], "53-2022.00"),
        ("DevOps engineer", ["CI/CD", "Docker", "AWS"], "15-1252.00"),
        ("ML engineer", ["Python", "TensorFlow", "model deployment"], "15-1299.08"),
    ],
)
def test_a_listed_title_is_its_own_occupation_not_an_ai_era_categorys_anchors(
    engine, role, skills, code
) -> None:
    result = engine.score(Profile.create(role, skills), max_pivots=0)
    first = result.occupations[0]
    assert first.onet_soc == code, [(o.title, o.probability) for o in result.occupations]
    assert first.probability >= 0.8
    # The figure is the occupation's own, not the anchors' mean.
    assert abs(result.exposure - first.consensus_pct) <= 3.0
    ai_era = set(engine.ground.anchor_codes)
    assert result.categories[0].id not in ai_era


@pytest.mark.parametrize("role", ["Prompt engineer", "Platform engineer", "Data annotator"])
def test_a_title_onet_lacks_keeps_its_ai_era_reading(engine, role) -> None:
    result = engine.score(Profile.create(role), max_pivots=0)
    category = result.categories[0].id
    assert category in engine.ground.anchor_codes
    anchors = set(engine.ground.anchor_codes[category])
    assert result.occupations[0].onet_soc in anchors


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


def test_the_drivers_of_a_listed_title_add_up_without_the_anchors(engine) -> None:
    # The drivers' variants holding the title have no AI-era share either: what the
    # lines listed leave is nothing, and the title, not "cost" read as AI work, leads.
    result = engine.score(Profile.create("Cost estimator", ["estimating", "Excel"]))
    rest = [d.effect for d in result.drivers if d.feature.startswith(REST)]
    assert abs(rest[0]) < 0.5
    assert result.drivers[0].feature == 'title "Cost estimator"'
