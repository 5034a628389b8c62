"""Titles typed the way people type them reach the occupation they name."""

from __future__ import annotations

import pytest

from career_resilience.model.profile import Profile
from career_resilience.model.title_spelling import TitleSpeller
from career_resilience.skills.titles import normalise_title


def test_a_typing_slip_is_mended_to_the_nearest_title_word() -> None:
    speller = TitleSpeller({"accountant": 2.0, "account": 3.0, "dispatcher": 4.0})
    assert speller.mend("staff acountant") == "staff accountant"
    assert speller.mend("dispatchr") == "dispatcher"
    assert speller.mend("qqqqxx") == "qqqqxx"  # nothing close: left as typed


def test_short_words_and_known_words_are_left_alone() -> None:
    speller = TitleSpeller({"nurse": 1.0, "nursery": 2.0, "cook": 1.0})
    assert speller.mend("nursery") == "nursery"  # known, though one edit from others
    assert speller.mend("coo") == "coo"  # too short to tell a slip from an acronym


def test_among_equally_close_words_the_common_one_wins() -> None:
    speller = TitleSpeller({"nurse": 1.0, "purse": 6.0})  # idf: nurse is the common one
    assert speller.mend("nurze") == "nurse"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("acct mgr", "account manager"),
        ("Admin Asst", "administrative assistant"),
        ("RN - nights (part-time)", "registered nurse"),
        ("forklift op, 2nd shift", "forklift operator"),
        ("SW engineer", "software engineer"),
    ],
)
def test_shorthands_and_employer_qualifiers_are_read_as_meant(typed: str, read: str) -> None:
    assert normalise_title(typed) == read


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("Sr. staff acountant", "Accountant"),
        ("dispatchr", "dispatcher"),
        ("admin asst", "administrative assistant"),
        ("Registered nurse - nights (part-time)", "Registered nurse"),
        ("Machinist (Mastercam)", "Machinist"),
        ("forklift op", "forklift operator"),
    ],
)
def test_typed_titles_reach_the_occupation_of_the_plain_title(engine, typed, plain) -> None:
    first = engine.score(Profile.create(plain)).occupations[0].onet_soc
    assert engine.score(Profile.create(typed)).occupations[0].onet_soc == first
