"""A duty line's verb and object name the worker ("clean offices": an office cleaner),
not its object alone ("Office Worker")."""

from __future__ import annotations

import pytest
from placement_support import first

from career_resilience.model.title_duty_work import agent_nouns, duty_work_titles, object_words


def words(line: str) -> tuple[str, ...]:
    return tuple(line.split(" "))


def test_a_verb_s_agent_nouns_are_the_forms_titles_use():
    assert agent_nouns("clean") == ("cleaner",)
    assert agent_nouns("drive") == ("driver",)
    assert agent_nouns("operate") == ("operater", "operator")
    assert agent_nouns("inspect") == ("inspecter", "inspector")
    assert agent_nouns("mop") == ("moper", "mopper")
    assert agent_nouns("911") == ()


def test_the_object_is_read_up_to_its_preposition_each_conjunct_singular():
    line = words("repair furnaces and air conditioners at homes")
    assert object_words(line) >= {"repair", "furnace", "air", "conditioner"}
    assert "home" not in object_words(line)
    assert duty_work_titles(words("clean offices at night"), "worker") == (("office cleaner", 1),)
    assert ("furnace repairer", 1) in duty_work_titles(line, "technician")
    # The typed title's own verb is the qualifier's reading ("school bus driver").
    assert duty_work_titles(words("drive the school bus route"), "driver") == ()


@pytest.mark.parametrize(
    ("role", "duties", "code", "before"),
    [
        ("Worker", "clean offices at night\nempty bins", "37-2011", "office clerks 95%"),
        ("Attendant", "clean rooms\nmake beds at the motel", "37-2012", "locker room 49%"),
        ("Worker", "wash dishes\nscrub pots", "35-9021", "vehicle cleaners 98%"),
        ("Worker", "cut meat\ngrind beef\nwrap steaks", "51-3021", "production workers 16%"),
        ("Technician", "repair furnaces and air conditioners", "49-9021", "maintenance 75%"),
    ],
)
def test_a_duty_s_verb_and_object_name_the_worker_not_its_object_alone(
    engine, role, duties, code, before
):
    assert first(engine, role, duties=duties).startswith(code), before


@pytest.mark.parametrize(
    ("role", "duties", "code"),
    [
        # The typed title's own work: its qualifier ("school bus driver").
        ("Driver", "drive the school bus route", "53-3051"),
        # "Mail Sorter" is listed by mail clerks too: the qualifier stands.
        ("Clerk", "sort mail\ndeliver packages inside the building", "43-9051"),
        # A longer qualifier ("washing machine") over "Machine Fixer".
        ("Repairer", "fix washing machines and dryers", "49-9031"),
        # A word of the line outside its object still qualifies ("Doctor Assistant").
        ("Assistant", "answer phones\nschedule appointments for the doctor", "31-9092"),
    ],
)
def test_a_qualifier_the_worker_does_not_contradict_stands(engine, role, duties, code):
    assert first(engine, role, duties=duties).startswith(code)


def test_the_worker_speaks_only_for_occupations_holding_the_typed_title(engine):
    # O*NET lists "Skidder Operator" under forklift drivers too, who list no "... Logger".
    assert not first(engine, "Logger", "chainsaw", "Fell trees\nOperate a skidder").startswith(
        "53-7051"
    )


def test_one_singular_for_titles_duties_and_the_index() -> None:
    from career_resilience.model.title_index import listed
    from career_resilience.skills.word_forms import singular

    assert [singular(w) for w in ("batteries", "dishes", "boxes", "offices")] == [
        "battery", "dish", "box", "office",
    ]  # fmt: skip
    assert [singular(w) for w in ("glass", "bus", "analysis", "gas")] == [
        "glass", "bus", "analysis", "gas",
    ]  # fmt: skip
    # O*NET's "Meter Readers, Utilities" was indexed as "utilitie".
    assert listed("meter readers utility")


def test_a_plural_naming_other_work_than_its_singular_is_kept(engine) -> None:
    from career_resilience.model.features import stem
    from career_resilience.skills.word_forms import singular

    for word in ("securities", "customs"):
        assert singular(word) == stem(word) == word
    # Listed under financial analysts; read as "security analyst" it had gone to
    # information security analysts (70%, with equity research and Bloomberg).
    skills = "equity research; financial modeling; Bloomberg"
    assert first(engine, "Securities analyst", skills).startswith("13-2051")
    assert first(engine, "Customs broker") == "13-1041.08"
