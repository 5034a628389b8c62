"""A title, a slash and an abbreviation of a second title are read as the first: the job
the person names first (``occupation_match._first_title``)."""

from __future__ import annotations

import re

import pytest

from career_resilience.model.occupation_match import title_texts
from career_resilience.model.profile import Profile
from career_resilience.skills.titles import expands_to_title


@pytest.mark.parametrize(
    ("role", "code", "before"),
    [
        ("Fire fighter/EMT", "33-2011", "emergency medical technicians 90%, firefighters 8%"),
        ("Bank teller / CSR", "43-3071", "customer service representatives 97%"),
    ],
)
def test_the_first_title_places_the_worker(engine, role, code, before) -> None:
    top = engine.score(Profile.create(role)).occupations[0]
    assert re.match(code, top.onet_soc), before


def test_other_slashes_are_read_as_one_title(engine) -> None:
    tables = engine.match_tables
    # No title before the slash, or two titles written out: the words make one title.
    assert title_texts(tables, "A/C technician") == ["a c technician"]
    assert title_texts(tables, "Mechanical/electrical engineer") == [
        "mechanical electrical engineer"
    ]
    assert title_texts(tables, "Cook/dishwasher") == ["cook dishwasher"]
    # The employer's qualifier goes first, then the abbreviation.
    assert title_texts(tables, "Bank teller/CSR - Chase") == ["bank teller"]
    assert expands_to_title("EMT") and expands_to_title("csr")
    assert not expands_to_title("mgr") and not expands_to_title("surg")
