"""A shorthand of several jobs ("PA", "PT") is read as the job the skills and duties fit,
and the result says so; typed alone it keeps the abbreviation table's reading
(``model/title_shorthand.py``). Invented people, typed as people type."""

from __future__ import annotations

import re

import pytest

from career_resilience.model.profile import Profile
from career_resilience.skills.shorthands import other_readings


@pytest.mark.parametrize(
    ("role", "skills", "code", "reading"),
    [
        # Before: physician assistants 99% (exposure 34) for each PA.
        ("PA", "diary management; travel booking; expenses", "43-601[14]", "personal assistant"),
        ("PA to the MD", "calendar; Outlook; minutes", "43-601[14]", "personal assistant to"),
        # Before: physical therapists 93%.
        ("PT", "gym inductions; programme design; nutrition", "39-9031", "personal trainer"),
    ],
)
def test_a_shorthand_is_read_as_the_job_the_skills_fit(engine, role, skills, code, reading):
    r = engine.score(Profile.create(role, skills))
    assert re.match(code, r.occupations[0].onet_soc), (role, r.occupations[0].title)
    assert f'"{role}" was read as "{reading}' in r.title_note


@pytest.mark.parametrize(
    ("role", "skills", "code"),
    [
        ("PA", "", "29-1071"),
        ("PA", "suturing; patient histories; prescribing", "29-1071"),
        ("PT", "rehab exercises; manual therapy; gait training", "29-1123"),
    ],
)
def test_the_tables_reading_stays_alone_or_where_the_skills_fit_it(engine, role, skills, code):
    r = engine.score(Profile.create(role, skills))
    assert r.occupations[0].onet_soc.startswith(code), (role, r.occupations[0].title)
    assert not r.title_note


def test_the_batch_reads_a_shorthand_as_one_score_does(engine) -> None:
    people = [Profile.create("PA", "diary management; travel booking"), Profile.create("PA")]
    batch = engine.score_many(people)
    for one, p in zip(batch, people, strict=True):
        assert one.to_dict() == engine.score(p).to_dict()


def test_other_readings_write_out_the_first_shorthand() -> None:
    assert other_readings("PA to the CEO") == ["personal assistant to the CEO"]
    assert other_readings("Senior pa") == ["Senior personal assistant"]
    assert other_readings("Painter") == []


def test_the_words_the_table_reads_are_worked_out_once() -> None:
    from career_resilience.skills.titles import shorthand_words

    # Every typed title's slips are mended around them, three times a score: scanning
    # every phrase each time had been 8% of a fresh score.
    assert shorthand_words() is shorthand_words()
    assert {"asst", "sr", "admin"} <= shorthand_words()
