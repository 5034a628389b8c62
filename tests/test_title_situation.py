"""A title that says the person's situation, not their work, places nobody."""

from __future__ import annotations

import pytest
from placement_support import first

from career_resilience.contract import Result
from career_resilience.model.batch_figures import figures
from career_resilience.model.profile import Profile, ProfileError
from career_resilience.skills.situations import situation_only
from career_resilience.skills.titles import normalise_title


@pytest.mark.parametrize(
    "typed",
    ["Unemployed", "Self-employed", "Stay at home mom", "Currently between jobs", "Intern",
     "Freelancer", "Retired", "Former intern", "Student",
     # A situation said with where the person is heading still names no work: "stay at
     # home mom returning to work" had read its words as work (shoe machine operators 2%,
     # no pivots), "Recent grad" + python; statistics as drilling machine setters.
     "stay at home mom returning to work", "Returning to work after a career break",
     "Career changer", "Recent grad",
     # Whom one works for: "Civil servant" had read civil engineers (44%).
     "Civil servant", "Public servant", "Government employee"],
)  # fmt: skip
def test_a_situation_alone_names_no_work(typed):
    assert situation_only(typed)


@pytest.mark.parametrize(
    "typed",
    ["Freelance writer", "Plumbing contractor", "Apprentice electrician", "Business owner",
     "Volunteer coordinator", "Student nurse", "Forklift driver", "Parent educator"],
)  # fmt: skip
def test_a_situation_beside_work_is_that_work(typed):
    assert not situation_only(typed)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # "former" had read as forming machine setters (10%), before teachers.
        ("Former teacher", "teacher"),
        ("Unemployed welder", "welder"),
        ("Self employed plumber", "plumber"),
        # A stage of the work, or a word that is the work's object, stays.
        ("Apprentice electrician", "apprentice electrician"),
        ("Volunteer coordinator", "volunteer coordinator"),
        ("Employee relations manager", "employee relations manager"),
    ],
)
def test_a_situation_before_named_work_is_dropped(typed, read):
    assert normalise_title(typed) == read


def test_a_situation_with_nothing_else_typed_is_refused_with_what_to_add():
    with pytest.raises(ProfileError) as caught:
        Profile.create("Stay at home mom")
    assert caught.value.field == "role"
    assert "says your situation, not your work" in str(caught.value)
    assert Profile.create("Stay at home mom", "budgeting").role == "Stay at home mom"


@pytest.mark.parametrize(
    ("role", "skills", "placed"),
    [
        # Had been eligibility interviewers 4% and chief executives 2%.
        ("Unemployed", "forklift; inventory", "53-7051.00"),
        # Had been self-enrichment teachers 7%.
        ("Self employed", "plumbing; quotes", "47-2152.00"),
    ],
)
def test_skills_place_a_person_whose_title_is_a_situation(engine, role, skills, placed):
    assert first(engine, role, skills) == placed


def test_the_result_says_why_the_title_was_not_read(engine):
    profile = Profile.create("Unemployed", "forklift; inventory")
    result = engine.score(profile)
    note = '"Unemployed" says your situation, not your work, so your skills and duties placed you.'
    assert result.title_note == note
    assert not any(d.feature.startswith("your title") for d in result.drivers)
    saved = result.to_dict()
    assert saved["title_note"] == note
    assert Result.from_dict(saved).title_note == note
    # A batch asking for the figures only reads the same result.
    assert figures(engine, [profile])[0]["title_note"] == note


def test_a_title_that_names_work_carries_no_note(engine):
    saved = engine.score(Profile.create("Forklift driver", "forklift; inventory")).to_dict()
    assert "title_note" not in saved
    assert Result.from_dict(saved).title_note == ""


def test_skills_alone_place_as_surely_as_title_less_profiles_are_placed(engine):
    # A temperature of its own, fit on title-less pseudo-profiles (0.38 against the
    # combiner's 0.76): industrial truck operators had been 2%, exposure 43, no pivots.
    # (Skills that name no work: "forklift" names a forklift operator's, work_titles.)
    result = engine.score(Profile.create("Unemployed", "reach truck; pallets; inventory"))
    top = result.occupations[0]
    assert top.onet_soc == "53-7051.00"
    assert top.probability >= 0.1
    assert result.exposure < 35
    assert any("Material Movers" in p.label for p in result.pivots)


def test_a_title_keeps_the_combiner_temperature(engine):
    tables = engine.match_tables
    assert tables.temperature_for(False) == tables.temperature
    assert tables.temperature_for(True) < tables.temperature
