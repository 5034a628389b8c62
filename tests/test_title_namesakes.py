"""A title alone reaches the occupation O*NET names by it, among those listing it."""

from __future__ import annotations

import re

import pytest
from placement_support import first

from career_resilience.model.profile import Profile
from career_resilience.model.title_employment import _list_names
from career_resilience.skills.bls_combined import broader_employment


@pytest.mark.parametrize(
    ("role", "code", "before"),
    [
        # The official title but for its "Except ..." clause names the occupation.
        ("Architect", "17-1011.00", "computer network architects 46%, architects 30%"),
        # Listed under two occupations, named by one ("... Analysts and Testers").
        ("Software tester", "15-1253.00", "software developers 71%, testers 29%"),
        # One word: O*NET's reported titles weigh it ("Mediator" 82%; title_endings).
        ("Mediator", "23-1022.00", "business operations specialists, all other 75%"),
        # One word is often the everyday name of work O*NET names otherwise: most
        # servers wait tables ("Waiters and Waitresses"), not "Food Servers,
        # Nonrestaurant" (96% once names holding the word came first).
        ("Server", "35-3031.00", "nonrestaurant food servers 96%"),
        # BLS counts home health and personal care aides together (31-1120); its cited
        # figure outweighs childcare workers among the three listing "Caregiver".
        ("Caregiver", "31-112[12].00", "childcare workers 77%"),
        # Buyers and purchasing agents (13-1020) likewise, against securities agents.
        ("Buyer", "13-102[123].00", "securities sales agents 40%"),
        # Listed under the physicians O*NET calls "Pathologists": another occupation's
        # name holding the word ("Speech-Language Pathologists") is no listing of it.
        ("Pathologist", "29-1222.00", "speech-language pathologists 89%"),
    ],
)
def test_a_title_reaches_the_work_it_names(engine, role, code, before) -> None:
    assert re.fullmatch(code, first(engine, role)), before


def test_namesakes_are_official_titles_but_for_their_clause(engine) -> None:
    from career_resilience.model.title_employment import namesakes

    codes = engine.match_tables.codes
    named = namesakes(codes)
    assert [codes[k] for k in named["architect"]] == ["17-1011.00"]
    assert [codes[k] for k in named["preschool teacher"]] == ["25-2011.00"]
    assert "landscape architect" not in named  # no clause: its cosine says it already


def test_broader_figures_are_cited_for_aides_and_buyers() -> None:
    figures = broader_employment()
    assert figures["31-1120"] == 3200 and figures["13-1020"] == 524.1


def test_an_official_title_listing_kinds_names_each_kind() -> None:
    assert _list_names("Substance Abuse and Behavioral Disorder Counselors") == [
        "Substance Abuse Counselors"
    ]
    # The shared holder is the last kind's words after as many as the other kind has.
    assert _list_names("Mental Health and Substance Abuse Social Workers") == [
        "Mental Health Social Workers"
    ]
    # Kinds that are holders themselves are no kinds: no "Farmers Managers".
    assert _list_names("Farmers, Ranchers, and Other Agricultural Managers") == []
    assert _list_names("Cement Masons and Concrete Finishers") == []


def test_a_substance_abuse_counselor_is_a_counselor(engine) -> None:
    # O*NET lists "Substance Abuse Counselor" under the counselors (with "(SA
    # Counselor)") and the social workers, whose official title holds more of its
    # words: the social workers came first (74%), though the counselors' title, "Substance
    # Abuse and Behavioral Disorder Counselors", names a substance abuse counselor.
    result = engine.score(Profile.create("Substance abuse counselor", "CBT; group therapy", ""))
    assert result.occupations[0].onet_soc == "21-1011.00"


def test_each_group_a_clause_title_names_is_its_namesake(engine) -> None:
    from career_resilience.model.title_employment import namesakes

    codes = engine.match_tables.codes
    named = namesakes(codes)
    # "Secretaries and Administrative Assistants, Except Legal, Medical, and Executive".
    assert [codes[k] for k in named["administrative assistant"]] == ["43-6014.00"]
    assert [codes[k] for k in named["ambulance attendant"]] == ["53-3011.00"]
    # "..., All Other" names the rest of the holders, not the group: "engineering
    # technician" is no namesake of 17-3029.00.
    assert "engineering technician" not in named


@pytest.mark.parametrize(
    ("role", "skills", "duties"),
    [
        # Had been executive secretaries and executive administrative assistants (69%),
        # whose official title was nearer; the person never said "executive".
        ("Admin assistant", "Microsoft Office; scheduling",
         "answer phones; schedule meetings; order supplies"),
        ("Administrative assistant", "", "answer phones; greet visitors; file paperwork"),
    ],
)  # fmt: skip
def test_an_admin_assistant_is_not_made_an_executive_one(engine, role, skills, duties) -> None:
    assert first(engine, role, skills, duties) == "43-6014.00"
    assert first(
        engine, "Executive assistant", "calendar management", "book travel for the CEO"
    ) == ("43-6011.00")


def test_a_catch_all_does_not_outnumber_the_title_s_namesake(engine) -> None:
    # With skills the tie is weighed by employment: business operations specialists, all
    # other (1.1 million holders of every unnamed job) had outweighed arbitrators,
    # mediators and conciliators (85% against 15%).
    placed = first(engine, "Mediator", "conflict resolution; negotiation", "mediate disputes")
    assert placed == "23-1022.00"
