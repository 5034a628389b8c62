"""A title, " to " and whom the work is for are read as the title: the work is the
assistant's, not the chief executive's (``occupation_match._first_title``); after " at "
or "@" comes where the work is (``title_index.title_qualifier``); and UK
shorthands O*NET never writes as letters are read as the titles they stand for."""

from __future__ import annotations

import re

import pytest

from career_resilience.model.occupation_match import title_texts
from career_resilience.model.profile import Profile


@pytest.mark.parametrize(
    ("role", "code", "before"),
    [
        ("Executive assistant to the CEO", "43-6011", "chief executives 80%"),
        ("Secretary to the Board", "43-601[14]", "medical secretaries 32%"),
        ("Personal assistant to the MD", "43-601[14]|39-6012", "read whole"),
    ],
)
def test_the_title_before_to_places_the_worker(engine, role, code, before) -> None:
    top = engine.score(Profile.create(role)).occupations[0]
    assert re.match(code, top.onet_soc), (role, top.title, before)


def test_o_nets_own_titles_with_to_stay_whole(engine) -> None:
    tables = engine.match_tables
    # Listed whole, or no title before " to ": the words make one title.
    assert title_texts(tables, "Door to door salesman") == ["door to door salesman"]
    assert title_texts(tables, "Business to business sales rep")[0].startswith("business to")
    top = engine.score(Profile.create("Door to door sales rep")).occupations[0]
    assert top.onet_soc.startswith("41-9091")


@pytest.mark.parametrize(
    ("role", "code", "before"),
    [
        ("Physio", "29-1123", "physical medicine physicians 7%"),
        ("Physio assistant", "31-202[12]", "physician assistants 42%"),
        ("QS", "13-1051", "government property inspectors 1%"),
        ("KP", "35-9021", "psychiatrists 0%"),
    ],
)
def test_uk_shorthands_are_read_as_the_titles_they_stand_for(engine, role, code, before) -> None:
    top = engine.score(Profile.create(role)).occupations[0]
    assert re.match(code, top.onet_soc), (role, top.title, before)


@pytest.mark.parametrize(
    ("role", "skills", "code", "before"),
    [
        ("Nurse at Mercy Hospital", "IVs; charting", "29-1141", "nursing assistants 16%"),
        ("Customer service rep @ Comcast", "billing", "43-4051", ""),
    ],
)
def test_the_title_before_at_places_the_worker_where_they_work(
    engine, role, skills, code, before
) -> None:
    # After " at " or "@" comes where the work is done: the employer's qualifier.
    assert (
        title_texts(engine.match_tables, role)[-1]
        == title_texts(engine.match_tables, role.split(" at ")[0].split(" @ ")[0])[0]
    )
    top = engine.score(Profile.create(role, skills)).occupations[0]
    assert re.match(code, top.onet_soc), (role, top.title, before)
    # O*NET's own titles with "at" stay whole.
    assert title_texts(engine.match_tables, "Attorney at law") == ["attorney at law"]


@pytest.mark.parametrize(
    ("role", "natural"),
    [("Owner, small cafe", "Small cafe owner"), ("Owner - B&B", "B&B owner")],
)
def test_a_rank_alone_before_a_comma_runs_the_work_after_it(engine, role, natural) -> None:
    # "Owner" alone names no work: the comma form reads as people write it the other way.
    tables = engine.match_tables
    assert title_texts(tables, role) == title_texts(tables, natural)


def test_a_small_business_owner_is_placed_by_the_business(engine) -> None:
    # Before: "Owner, small cafe" retail supervisors 71%; "B&B owner" short-order cooks 84%.
    cafe = Profile.create("Owner, small cafe", "espresso; scheduling; payroll", "run the cafe")
    assert engine.score(cafe).occupations[0].onet_soc.startswith("11-9051")
    bnb = Profile.create("B&B owner", "bookings; breakfast; cleaning")
    assert engine.score(bnb).occupations[0].onet_soc.startswith("11-9081")


@pytest.mark.parametrize(
    ("role", "skills", "code", "before"),
    [
        # The kind of workplace names the trade a job word alone does not.
        ("Line worker at a poultry plant", "deboning; packing", "51-3022", "assemblers 80%"),
        ("Worker at a sawmill", "", "51-7041", "machine feeders 72%"),
        # A job that names its trade keeps it: a cook, not a nursing assistant.
        ("Cook at a nursing home", "", "35-20", "nursing assistants on main"),
    ],
)
def test_a_workplace_told_by_its_kind_is_read_as_the_trade(
    engine, role, skills, code, before
) -> None:
    top = engine.score(Profile.create(role, skills)).occupations[0]
    assert top.onet_soc.startswith(code), (role, top.title, before)
