"""A title, " to " and whom the work is for are read as the title: the work is the
assistant's, not the chief executive's (``occupation_match._first_title``); and UK
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
