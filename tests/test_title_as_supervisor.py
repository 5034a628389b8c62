"""A manager or foreman of work O*NET lists only under that work's supervisors is read as
the supervisor, when the typed words name that supervisor's work
(``model/title_supervisor.py``)."""

from __future__ import annotations

import collections

import pytest
from placement_support import first

from career_resilience.model.title_supervisor import _WORD, _word_groups
from career_resilience.skills.listed_titles import listed_rows


@pytest.mark.parametrize(
    ("role", "code", "before"),
    [
        ("Housekeeping manager", "37-1011", "maids 62%"),
        ("Janitorial manager", "37-1011", "janitors 91%"),
        ("Police manager", "33-1012", "transit and railroad police 13%"),
        ("Repair manager", "49-1011", "transportation managers 11%"),
        # A manager O*NET lists as typed stays where it is listed.
        ("Warehouse manager", "11-3071", "(listed)"),
    ],
)
def test_a_manager_of_work_o_net_lists_only_as_its_supervisor_is_that_supervisor(
    engine, role, code, before
):
    assert first(engine, role, "").startswith(code), before


@pytest.mark.parametrize(
    ("role", "skills", "code", "before"),
    [
        # O*NET lists no "Roofing Foreman": the words read roofers and their helpers,
        # though construction supervisors run roofing crews.
        ("Roofing foreman", "", "47-1011", "roofers 52%"),
        ("Roofing foreman", "crew supervision", "47-1011", "roofers 72%"),
        # "crew" and the letters of "farming" had read farming supervisors.
        ("Framing crew lead", "framing", "47-1011", "farming supervisors 34%"),
        # Of the two supervisors of building and grounds work, the one the word names.
        ("Landscape crew foreman", "", "37-1012", "46%, landscaping workers 39%"),
    ],
)
def test_a_foreman_of_named_work_is_that_work_s_supervisor(engine, role, skills, code, before):
    assert first(engine, role, skills).startswith(code), before


@pytest.mark.parametrize(
    ("role", "skills", "not_code", "before"),
    [
        # O*NET's "Ward Supervisor" is a prison's; "ward" is mostly hospital work.
        ("Ward manager", "", "33-1011", "correctional supervisors 74%"),
        ("Ward manager", "patient care; rota; Epic", "33-1011", "59%"),
        # "Crew Supervisor" is a farm's; "crew" is most often construction work.
        ("Crew manager", "", "45-1011", "farming supervisors 73%"),
        ("Crew manager", "cash handling; food safety; scheduling", "45-1011", "75%"),
    ],
)
def test_a_manager_whose_word_is_mostly_other_work_is_not_that_supervisor(
    engine, role, skills, not_code, before
):
    assert not first(engine, role, skills).startswith(not_code), before


def test_a_manager_whose_words_are_mostly_the_supervisors_work_is_still_read_so(engine):
    # "food" is in food service titles more than in any other group's (74 of 174).
    assert first(engine, "Fast food manager").startswith("35-1012")


def _every_title(word: str) -> collections.Counter[str]:
    return collections.Counter(
        code[:2] for code, title in listed_rows() if word in title and word in _WORD.findall(title)
    )


def test_word_groups_are_those_of_testing_every_listed_title() -> None:
    last = _WORD.findall(listed_rows()[-1][1])[-1]  # a word of the last title listed
    words = ["custodial", "ward", "crew", "food", "kitchen", "steward", "of", "a", last]
    words += ["", "zzzq", "nurse's", "first-line"]  # none, never a word, across a hyphen
    for word in words:
        found = _word_groups.__wrapped__(word)
        assert found == _every_title(word), word
        assert list(found.items()) == list(_every_title(word).items()), word
    # "ward" is hospital work in most titles holding it (not the letters of "steward").
    assert _word_groups("ward").most_common(1)[0][0] in {"29", "31"}
