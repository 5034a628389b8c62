"""A duty line names a listed title by two of its words, one object word only in part:
the duties read against O*NET's titles (``model/duty_title_words.py``)."""

from __future__ import annotations

import numpy as np
import pytest
from placement_support import first

from career_resilience.model.occupation_match import duty_title_text
from career_resilience.model.title_duty_work import duty_reading


def test_one_object_word_names_a_title_only_in_part(engine) -> None:
    words = engine.match_tables.duty_words
    shares = words.shares(["fly passengers"])
    # "Passenger Barge Master": one of its three words, a third.
    barge = [k for k in np.flatnonzero(shares) if abs(shares[k] - 1 / 3) < 1e-6]
    assert barge, "a three-word title holding 'passenger' is named a third"
    # "dispatch ambulances": the verb's agent noun and the object name it whole.
    assert words.shares(["dispatch ambulances"]).max() == 1.0
    # A line sharing no word with a title names none of it.
    assert words.shares(["qwzx vbnm"]).max() == 0.0


def test_the_duties_keep_their_lines(engine) -> None:
    text = duty_title_text(engine.match_tables, "fly passengers; file flight plans")
    assert text.count("\x1e") == 1 and text.startswith("\x1f")
    assert duty_title_text(engine.match_tables, " ; ") == ""


@pytest.mark.parametrize(
    ("role", "skills", "duties", "not_code", "before"),
    [
        # "passengers" alone had read "Passenger Barge Master": ship captains 56%.
        ("Pilot", "", "fly passengers and cargo", "53-5021", "ship captains 56%"),
        ("Pilot", "ATPL; A320", "fly passengers", "53-5021", "ship captains 69%"),
        # "print" had read "Print Machine Operator" from outside the line's object.
        (
            "Machine operator (metal shop)",
            "machine setup; mills; drills; calipers",
            "run several machines at once in the shop; set up jobs and check parts "
            "against the print",
            "51-9151",
            "photographic process workers 77%",
        ),
    ],
)
def test_a_duty_s_stray_word_does_not_name_the_job(
    engine, role, skills, duties, not_code, before
) -> None:
    assert not first(engine, role, skills, duties).startswith(not_code), before


def test_a_duty_word_names_a_title_from_its_object_or_setting() -> None:
    words = ["check", "parts", "against", "the", "print"]
    assert duty_reading("print machine operator", "machine operator", words) == ""
    assert duty_reading("part machine operator", "machine operator", words) == "said"
    line = ["work", "nights", "in", "the", "icu"]
    assert duty_reading("icu nurse", "nurse", line) == "loose"
    assert duty_reading("school bus driver", "driver", ["drive", "the", "school", "bus"]) == "said"
    # The verb alone names no kind ("design services": no "Design Engineer").
    assert duty_reading("design engineer", "engineer", ["design", "services"]) == "loose"
