"""Duties that name the job still place the person when the matcher reads them against
O*NET's titles without the character n-grams most titles share."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from career_resilience.model.occupation_match import (
    DUTY_MARK,
    duty_title_text,
    title_channel,
)
from career_resilience.model.profile import Profile
from career_resilience.skills.titles import normalise_title


@pytest.mark.parametrize(
    ("role", "duties", "expected"),
    [
        ("Teacher", "teach 5th grade math\ngrade papers", "25-2021.00"),
        ("Operator", "answer 911 calls\ndispatch police and fire units", "43-5031.00"),
    ],
)
def test_duties_that_name_the_job_place_a_vague_title(
    engine, role: str, duties: str, expected: str
) -> None:
    result = engine.score(Profile.create(role, "", duties))
    assert result.occupations[0].onet_soc == expected


def test_a_duty_text_is_not_mistaken_for_a_title_of_the_same_words(engine) -> None:
    tables = dataclasses.replace(engine.match_tables, duty_max_df=0.02)
    duty = duty_title_text(tables, "Registered nurse")
    assert duty == DUTY_MARK + normalise_title("Registered nurse")
    best, _ = title_channel(tables, [normalise_title("Registered nurse"), duty])
    # Read as duties the common n-grams are left out, so the two readings differ, and
    # each keeps its own figures in the memo.
    assert not np.array_equal(best[0], best[1])
    assert best[0].argmax() == best[1].argmax()


def test_a_duty_text_keeps_its_lines_and_every_n_gram_when_the_tables_keep_them(engine) -> None:
    # Duties are always read marked, line by line (a line names a title by two of its
    # words, ``duty_title_words``); tables keeping every n-gram leave none out.
    tables = dataclasses.replace(engine.match_tables, duty_max_df=1.0)
    text = duty_title_text(tables, "answer 911 calls\ngrade papers")
    assert text == DUTY_MARK + normalise_title("answer 911 calls") + "\x1e" + "grade papers"
    assert not tables.common_grams
