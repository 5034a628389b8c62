"""The drivers read a title again without an item only where a title rule heard what the
items say (``title_context.read_in_context``'s ``heard``, ``driver_variants.TitleReads``):
each variant read cost a fifth of a millisecond, and most changed nothing."""

from __future__ import annotations

import json

import pytest

from career_resilience.model import driver_variants
from career_resilience.model.occupation_match import channel_features
from career_resilience.model.profile import Profile
from career_resilience.model.title_context import read_in_context

#: Titles read otherwise in context, far apart: some by title rules alone (a housekeeping
#: manager is listed as the supervisor), some by what the items say (a nurse's specialty,
#: a teacher's kind, a cashier's qualifier).
PEOPLE = [
    ("Housekeeping manager", "staff; scheduling; cleaning", ""),
    ("Mortgage advisor", "loans; customer service; sales", ""),
    ("Teaching assistant", "classroom support; reading; behaviour", ""),
    ("Nurse", "patient care; charting; IV therapy", "give medications\ndress wounds"),
    ("Nurse", "ICU; ventilators; charting", ""),
    ("Teacher", "lesson planning; grading; classroom management", ""),
    ("Cashier", "cash handling; customer service; stocking", ""),
    ("Operator", "forklift; inventory; safety", "load trucks"),
    ("Driver", "first aid", "drive patients to the hospital\nlift stretchers"),
]


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """The rows the drivers read the title of again, gathered as they are read."""
    rows: list[tuple[str, str, str]] = []
    real = driver_variants.read_in_context

    def counted(tables, texts, feats, heard=None):  # type: ignore[no-untyped-def]
        rows.append(texts[0])
        return real(tables, texts, feats, heard)

    monkeypatch.setattr(driver_variants, "read_in_context", counted)
    return rows


def test_a_title_no_rule_read_the_items_of_is_not_read_again_per_item(engine, monkeypatch):
    from career_resilience.model import engine as engine_module

    own: list[tuple[str, str, str]] = []
    real = engine_module.read_in_context

    def score_read(tables, rows, feats, heard=None):  # type: ignore[no-untyped-def]
        own.extend(rows)
        return real(tables, rows, feats, heard)

    monkeypatch.setattr(engine_module, "read_in_context", score_read)
    reads = _reads(monkeypatch)
    engine.score(Profile.create(*PEOPLE[0]))
    # Read once with every item, by the score itself (whose rules' hearing the drivers
    # take, ``Engine.read_chunk``), then by the drivers once with none (no skills is
    # another reading): three skills left out one at a time had been three more reads,
    # each the same, and the drivers' own read with every item one more.
    assert [(skills, duties) for _, skills, duties in own] == [
        ("staff; scheduling; cleaning", ""),
    ]
    assert [(skills, duties) for _, skills, duties in reads] == [("", "")]


@pytest.mark.parametrize("person", PEOPLE, ids=[p[0] + ": " + p[1] for p in PEOPLE])
def test_what_the_person_sees_is_what_reading_every_variant_again_gives(
    engine, monkeypatch, person
):
    shown = json.dumps(engine.score(Profile.create(*person)).to_dict(), sort_keys=True)
    reads = _reads(monkeypatch)
    monkeypatch.setattr(driver_variants.TitleReads, "_heard_alike", lambda self, left_out: False)
    again = json.dumps(engine.score(Profile.create(*person)).to_dict(), sort_keys=True)
    assert reads, "the title is read in context, and read again per item"
    assert again == shown


def _heard(engine, role: str, skills: str, duties: str) -> list:  # type: ignore[type-arg]
    tables = engine.match_tables
    heard: list = []  # type: ignore[type-arg]
    read_in_context(
        tables, [(role, skills, duties)], channel_features(tables, [(role, skills, duties)]), heard
    )
    return heard


def test_a_rule_that_read_the_skills_votes_knows_no_variant_alike(engine):
    # "Teacher" is read by the kind of work the skills name: every variant is read again.
    heard = _heard(engine, "Teacher", "lesson planning; grading", "")
    assert heard
    assert not all(alike("lesson planning", "") for alike in heard)


def test_the_specialty_rule_knows_a_variant_naming_the_same_specialties(engine):
    heard = _heard(engine, "Nurse", "patient care; charting", "")
    assert len(heard) == 1
    (alike,) = heard
    # Without "charting" no tied specialty is named, as with it: read alike.
    assert alike("patient care", "")
    # A word naming a specialty (psychiatric nurses) is read otherwise.
    assert not alike("patient care; psychiatry", "")


def test_no_rule_hears_items_a_title_is_read_without(engine):
    assert _heard(engine, "Housekeeping manager", "staff; scheduling; cleaning", "") == []
