"""Duty lines typed the way people type them: lower-case product names and everyday
words the task statements do not use."""

from __future__ import annotations

import pytest

from career_resilience.model.duty_text import as_tasks_say, stems
from career_resilience.model.profile import Profile

#: Lines naming a product in lower case, with the catalogue skill each names.
TOOLS = [
    ("chart in epic", "ehr"),
    ("run reports in excel", "excel"),
    ("take card payments with square", "payment_processing"),
    ("deploy the services on kubernetes", "kubernetes"),
]


@pytest.mark.parametrize(("line", "skill"), TOOLS)
def test_a_product_typed_in_lower_case_after_in_or_with_is_a_skill_used(
    engine, line, skill
) -> None:
    # "chart in Epic" was read as electronic health records, "chart in epic" was not.
    assert skill in {m.skill.id for m in engine.duty_skills(line)}


def test_everyday_words_a_product_shares_are_still_the_work(engine) -> None:
    lines = "cook food on the grill; load at the docks; control airflow; stock shelves"
    assert not engine.duty_skills(lines)


def test_a_teacher_who_writes_math_and_kids_gets_a_rating(engine) -> None:
    # "math" and "kids" are no words of O*NET's tasks: one known word of three left
    # "Teach math to kids" unrated, as if nothing were typed.
    result = engine.score(Profile.create("Teacher", "", "Teach math to kids"))
    mine = result.duties[0]
    said = engine.score(Profile.create("Teacher", "", "Teach mathematics to children"))
    assert mine.exposure is not None
    assert mine.exposure == pytest.approx(said.duties[0].exposure)


def test_a_word_the_duty_model_learned_is_read_as_learned() -> None:
    words = stems("watch the kids")
    assert as_tasks_say(words, {"watch", "kid", "children"}) == words
    assert as_tasks_say(words, {"watch", "children"}) == ["watch", "children"]
    assert as_tasks_say(words, {"watch"}) == words  # nor into a word it does not know
