"""Core skills of an occupation: what a coach would accept the whole occupation needs."""

from __future__ import annotations

import pytest

from career_resilience.model.pivot_core_skills import (
    OFF_CATEGORY_SHARE,
    _title_shares,
    _title_skills,
    compute_core_skills,
    shipped_core_skills,
)
from career_resilience.skills.loader import shipped_knowledge_base
from career_resilience.skills.matching import SkillMatcher
from career_resilience.skills.occupation_frame import shipped_frame
from career_resilience.skills.occupations import occupation_data


@pytest.fixture(scope="module")
def computed(matcher: SkillMatcher) -> dict[str, list[str]]:
    return compute_core_skills(occupation_data(), matcher, shipped_frame().category_of)


def test_the_shipped_file_is_what_the_rule_computes(computed: dict[str, list[str]]) -> None:
    shipped = shipped_core_skills()
    stale = [c for c in computed if tuple(computed[c]) != shipped.get(c, ())]
    assert not stale, (
        f"run python tools/build_core_skills.py ({len(stale)} stale, e.g. {stale[:3]})"
    )


def test_nurses_need_nursing_not_the_specialisms_of_a_few_reported_titles() -> None:
    nurses = shipped_core_skills()["29-1141.00"]
    assert "registered_nursing" in nurses
    for specialism in ("travel_arrangements", "midwifery", "reception", "home_care"):
        assert specialism not in nurses


def test_a_helper_is_not_told_it_needs_the_work_its_title_only_helps_with() -> None:
    core = shipped_core_skills()
    # "Nursing Attendant" says "nursing" as "Nursing Assistants" does: no registered
    # nursing (a pivot into nursing assistant work had asked for it).
    assert core["31-1131.00"] == ("nursing_assistant",)
    # Aides whose official title's head names no skill keep the work their title names.
    assert "physiotherapy" in core["31-2022.00"] and "pharmacy" in core["31-9095.00"]
    # Sales, travel and cargo agents are no AI agents ("agents" had been an alias).
    for code in ("41-3021.00", "41-3041.00", "41-9022.00", "43-5011.00"):
        assert "agent_frameworks" not in core[code], code


def test_a_title_names_its_head_before_its_modifiers(matcher: SkillMatcher) -> None:
    keys = matcher.keys
    # "Travel" only says where a travel nurse works; a plural official title still counts.
    assert _title_skills("Travel Registered Nurse", keys) == [
        ("registered_nursing", 1.0),
        ("travel_arrangements", 0.5),
    ]
    assert _title_skills("Registered Nurses", keys) == [("registered_nursing", 1.0)]
    # A bare "Mechanic" is no car mechanic: the HVAC in front is what the title names.
    assert [s for s, _ in _title_skills("HVAC Mechanic", keys)] == ["hvac"]
    # What follows the comma is a qualifier, not the work.
    named = _title_skills("Dispatchers, Except Police, Fire, and Ambulance", keys)
    assert "emt" not in {s for s, _ in named}


def test_a_trade_is_not_told_it_needs_another_trade() -> None:
    core = shipped_core_skills()
    # ...while a specialism every title names is kept: special education teachers.
    assert "special_education" in core["25-2056.00"]
    assert "hvac" in core["49-9021.00"]
    for code in ("49-9021.00", "49-9071.00", "47-2152.00", "47-2111.00"):
        assert "automotive_repair" not in core[code]
    assert "farm_machinery" not in core["53-3032.00"]


def test_core_skills_agree_with_the_occupations_project_category(
    computed: dict[str, list[str]], matcher: SkillMatcher
) -> None:
    """Off-category skills come only from the official title's head or broad title use."""
    kb = shipped_knowledge_base()
    category_of = shipped_frame().category_of
    titles: dict[str, list[tuple[str, str]]] = {}
    for code, title, kind in occupation_data().titles:
        titles.setdefault(code, []).append((title, kind))
    off = 0
    for code, ids in computed.items():
        rows = titles.get(code, [])
        shares = _title_shares(rows, matcher.keys)
        heads = {h for t, kind in rows if kind == "onet" for h in _title_skills(t, matcher.keys)}
        for sid in ids:
            if category_of[code] not in kb.skills[sid].categories:
                off += 1
                assert (sid, 1.0) in heads or shares[sid] >= OFF_CATEGORY_SHARE, (code, sid)
    # The rule is not vacuous: some occupations keep a skill of another category
    # (911 dispatchers, in protective services, keep dispatching).
    assert off > 0
    assert "dispatching" in computed["43-5031.00"]


def test_executives_are_not_given_the_software_their_office_runs() -> None:
    chief = shipped_core_skills()["11-1011.00"]
    assert not {"oracle_erp", "insurance_broking", "fpa"} & set(chief)


def test_a_comma_inside_a_series_does_not_cut_the_job_noun_off(matcher: SkillMatcher) -> None:
    """O*NET names work in the plural: "Laborers and Freight" is half a series whose job
    noun is "Movers", so freight logistics is not what hand laborers do, and a farmhand
    moving to that work is not told to learn logistics coordination."""
    named = _title_skills("Laborers and Freight, Stock, and Material Movers, Hand", matcher.keys)
    assert ("logistics", 1.0) not in named  # a modifier at most, as "Freight Handler"
    core = shipped_core_skills()
    assert "logistics" not in core["53-7062.00"]
    # The series' job noun is read: inventory clerks keep inventory work, heating
    # mechanics HVAC; a comma before a qualifier still cuts it ("Crop, Nursery").
    assert "inventory_management" in core["43-5071.00"]
    assert "hvac" in core["49-9021.00"]
    farm = _title_skills("Farmworkers and Laborers, Crop, Nursery, and Greenhouse", matcher.keys)
    assert "applicant_tracking" not in {s for s, _ in farm}  # "Greenhouse", the ATS
    # The official title's word before a bare job noun names the work only inside the
    # occupation's own category: industrial tractors are not farm machinery.
    assert "farm_machinery" not in core["53-7051.00"]
    assert "fine_art" not in core["51-9123.00"]
    assert "retail_sales" not in core["41-1012.00"]  # "Non-Retail Sales Workers"


def test_an_artist_of_another_craft_is_not_told_it_needs_fine_art(matcher: SkillMatcher) -> None:
    # "Tonsorial Artist" had made fine art a barber's core skill: a hair stylist's move to
    # barbering read "to learn: Fine art". A qualified "artist" names its qualifier's craft.
    keys = matcher.keys
    assert _title_skills("Tonsorial Artist", keys) == []
    assert [s for s, _ in _title_skills("Makeup Artist", keys)] == ["beauty_therapy"]
    assert [s for s, _ in _title_skills("Fine Artist", keys)] == ["fine_art"]
    core = shipped_core_skills()
    for code in ("39-5011.00", "39-5091.00", "27-2042.00", "27-2031.00", "27-1024.00"):
        assert "fine_art" not in core[code], code
    assert "fine_art" in core["27-1013.00"] and "fine_art" in core["27-1012.00"]


def test_a_job_noun_qualified_by_another_field_names_that_work(matcher: SkillMatcher) -> None:
    """A "Harbor Pilot" steers ships, a "Drone Pilot" flies no aircraft, a "Network
    Architect" designs no building, a "Film Editor" edits no copy, a "Talk Show Host"
    seats no diners and a "Court Reporter" writes no news: the job noun the catalogue
    keeps as a skill's alias names that skill only in its own field."""

    def names(title: str) -> set[str]:
        return {s for s, _ in _title_skills(title, matcher.keys)}

    for title in ("Helicopter Pilot", "Airline Pilots", "Charter Pilot", "Pilot"):
        assert "piloting" in names(title), title
    for title in ("Harbor Pilot", "Drone Pilot", "Unmanned Aircraft Pilot", "Engine Pilot"):
        assert "piloting" not in names(title), title
    assert "drone_piloting" in names("Drone Pilot")
    assert "architectural_design" in names("Project Architect")
    assert "architectural_design" not in names("Network Architect")
    assert "copyediting" in names("Magazine Editor")
    assert "copyediting" not in names("Film Editor")
    assert "table_service" in names("Dining Room Host")
    assert "table_service" not in names("Talk Show Host")
    assert "journalism" in names("Sports Reporter")
    assert "journalism" not in names("Court Reporter")
    assert "general_construction" in names("Construction Laborer")
    assert "general_construction" not in names("Greenhouse Laborer")


def test_work_named_in_another_sense_is_no_core_skill() -> None:
    """A bridge tender's move to ship piloting read "to learn: Aircraft piloting,
    Maritime operations": harbor, river and tugboat pilots had made aircraft piloting a
    core skill of ship captains and pilots; engine pilots of locomotive engineers, drone
    pilots of camera operators and remote sensing technicians."""
    core = shipped_core_skills()
    assert "piloting" in core["53-2011.00"] and "piloting" in core["53-2012.00"]
    for code in ("53-5021.00", "53-4011.00", "27-4031.00", "19-2099.01", "19-4099.03"):
        assert "piloting" not in core[code], code
    assert core["53-5021.00"] == ("maritime",)
    # Film editors' own "Editor" titles are film editing too (their official title says so).
    assert core["27-4032.00"] == ("video_editing",)
    assert "journalism" not in core["27-3092.00"]  # court reporters
    assert "dietetics" not in core["19-1011.00"]  # animal scientists' animal nutritionists
    assert "architectural_design" in core["17-1011.00"]  # architects keep it...
    assert "architectural_design" not in core["15-1241.00"]  # ...network architects do not
    assert "networking" in core["15-1241.00"]
    # Crop farmworkers' "Laborer" titles are farm work; an astronomer runs no Airflow
    # ("Astronomer" had been an alias of the Airflow vendor's name).
    assert core["45-2092.00"] == ("crop_farming",)
    assert "general_construction" in core["47-2061.00"]  # construction laborers keep it
    assert "airflow" not in core["19-2011.00"]
