"""A title naming work below management is read as the staff's, not the manager's, where
O*NET lists it under both (``title_rank``); and a specialty tied on a title that the
skills read nowhere goes behind as for a title typed alone (``title_specialty``). The
people are invented, from several fields."""

from __future__ import annotations

import re

import pytest

from career_resilience.model.profile import Profile
from career_resilience.model.title_rank import below_management


@pytest.mark.parametrize(
    ("role", "skills", "code", "before"),
    [
        ("HR coordinator", "onboarding; HRIS; benefits enrollment", "13-1071", "HR managers 60%"),
        (
            "Purchasing coordinator",
            "purchase orders; supplier quotes; ERP",
            "13-102[13]",
            "purchasing managers 78%",
        ),
        ("Accounting supervisor", "month end; AP team; reconciliations", "43-1011", ""),
        ("Catering coordinator", "menus; event bookings; dietary needs", "13-1121", ""),
    ],
)
def test_a_staff_title_listed_under_a_manager_too_is_the_staffs(
    engine, role, skills, code, before
) -> None:
    top = engine.score(Profile.create(role, skills)).occupations[0]
    assert re.match(code, top.onet_soc), (role, top.title, top.probability, before)
    assert not top.onet_soc.startswith("11-")


@pytest.mark.parametrize(
    ("role", "skills", "code"),
    [
        # Listed under managers only, or a word that names managing: O*NET's own reading.
        ("HR manager", "onboarding; HRIS; benefits enrollment", "11-3121"),
        ("Farmer", "tractors; harvest; crop rotation", "11-9013"),
        ("Clinical research coordinator", "protocols; consent forms; REDCap", "11-9121.01"),
    ],
)
def test_a_managers_title_stays_the_managers(engine, role, skills, code) -> None:
    top = engine.score(Profile.create(role, skills)).occupations[0]
    assert top.onet_soc.startswith(code), (role, top.title)


def test_which_last_words_name_work_below_management() -> None:
    assert below_management("coordinator") and below_management("supervisor")
    assert not below_management("manager") and not below_management("administrator")


def test_a_specialty_the_skills_read_nowhere_goes_behind(engine) -> None:
    # "Operations Manager" is listed under general and operations managers and under two
    # specialties (biomass power plant managers; media technical directors/managers);
    # KPIs, budgeting and team leadership read none of them: before, biomass 18%.
    r = engine.score(Profile.create("Operations manager", "KPIs; budgeting; team leadership"))
    first, second = r.occupations[:2]
    assert first.onet_soc == "11-1021.00" and first.probability >= 0.85
    assert "Biomass" not in second.title
