"""Title words are credited honestly: a word of a title never reads as lowering a worker's
exposure when it only works together with the other words of their title."""

from __future__ import annotations

import pytest

from career_resilience.model.driver_lines import readable_drivers, typed_fields
from career_resilience.model.explain import MIN_EFFECT
from career_resilience.model.grounded_drivers import title_units
from career_resilience.model.profile import Profile
from career_resilience.model.title_shapley import shapley_values, title_credit

#: Titles typed the way people type them, alone and with skills and duties.
TYPED = [
    ("911 dispatcher", "", ""),
    ("911 dispatcher", "CAD; radio; EMD", "answer 911 calls\ndispatch ambulances\nkeep logs"),
    ("Police dispatcher", "", ""),
    ("Hotel concierge", "Opera PMS; bookings", ""),
    ("Sr. staff software engineer", "Java; system design; Kubernetes", ""),
    ("AP clerk", "SAP; Excel; invoices", "match invoices to POs"),
    ("Nurse data analyst", "", ""),
    ("Sr. data analyst", "SQL, Python, Tableau", ""),
    ("CNC programmer", "Mastercam; G-code", "write CNC programs"),
    ("Elementary school teacher", "lesson planning", ""),
    ("Truck driver", "", "deliver freight"),
]


def _title_drivers(result) -> dict[str, float]:
    return {
        d.feature.removeprefix("title ").strip('"'): d.effect
        for d in result.drivers
        if d.feature.startswith("title ")
    }


def test_dispatcher_never_lowers_a_911_dispatchers_exposure(engine) -> None:
    for skills, duties in [("", ""), ("CAD; radio; EMD", "answer 911 calls\nkeep logs")]:
        result = engine.score(Profile.create("911 dispatcher", skills, duties))
        words = _title_drivers(result)
        assert words, "the title moves a dispatcher's score and says so"
        assert all(points > 0 for points in words.values()), words


@pytest.mark.parametrize(("role", "skills", "duties"), TYPED)
def test_a_title_word_opposes_its_title_only_when_it_moves_the_match(
    engine, role, skills, duties
) -> None:
    result = engine.score(Profile.create(role, skills, duties))
    words = _title_drivers(result)
    whole = sum(words.values())
    for word, points in words.items():
        if points * whole >= 0 or " " in word:
            continue
        # Against the title's whole effect: only honest when the word sends the match
        # to other work, so that without it another occupation comes first.
        kept = " ".join(w for w in role.split() if w.casefold() != word.casefold())
        without = engine.score(Profile.create(kept, skills, duties))
        assert without.occupations[0].onet_soc != result.occupations[0].onet_soc, (
            role,
            word,
            points,
        )


@pytest.mark.parametrize(
    ("role", "line"),
    [
        ("Line cook", 'your title as a whole: "Line cook"'),
        ("5th grade teacher", 'your title as a whole: "5th grade teacher"'),  # elementary
        ("Sr. data analyst", 'your title as a whole: "data analyst"'),
    ],
)
def test_a_title_that_names_a_listed_job_is_one_driver_line(engine, role, line) -> None:
    # "Line" and "cook" as two lines read as if the word "Line" lowered a cook's exposure.
    result = engine.score(Profile.create(role, "", ""))
    lines = readable_drivers(
        [(d.feature, d.effect) for d in result.drivers], typed_fields(role, [], "")
    )
    titled = [x.text for x in lines if x.text.startswith("your title")]
    assert titled == [line], titled


def test_a_job_name_inside_a_longer_title_is_one_unit() -> None:
    assert title_units("Nurse data analyst") == ("Nurse", "data analyst")
    assert title_units("CNC programmer (Mastercam)") == ("CNC programmer", "Mastercam")
    assert title_units("911 dispatcher") == ("911 dispatcher",)
    # not a listed job; a trailing "lead" is the job (a supervisor), kept on the last unit
    assert title_units("Warehouse night lead") == ("Warehouse", "night lead")
    # "shift lead" reads as "supervisor" (title_abbreviations.yaml): "warehouse supervisor"
    # is a listed job, so the typed words it is made of are one unit.
    assert title_units("Warehouse shift lead") == ("Warehouse shift lead",)
    # "Team lead" read 'your title: "Team"': the word that says what the job is was gone.
    assert title_units("Team lead") == ("Team lead",)
    assert title_units("Lead cook") == ("cook",)  # a leading "lead" is seniority
    # O*NET lists these in the plural only ("Home Health Aides", "Nurses Aide").
    assert title_units("Home health aide") == ("Home health aide",)
    assert title_units("Nurse aide") == ("Nurse aide",)


def test_years_of_experience_typed_in_a_title_are_no_title_words(engine) -> None:
    from career_resilience.skills.titles import normalise_title

    # "Roofer, 15 yrs" had shown 'title "yrs"' among its drivers (-0.9).
    assert title_units("Roofer, 15 yrs") == ("Roofer",)
    assert title_units("Home health aide (5 yrs)") == ("Home health aide",)
    for typed in ("Roofer 15 years", "Nurse with 3 years of experience", "Welder 20+ yrs exp"):
        assert len(normalise_title(typed).split()) == 1, typed
    assert normalise_title("911 dispatcher") == "911 dispatcher"
    result = engine.score(Profile.create("Cook - 10 years experience", "", ""))
    assert (
        result.occupations[0].onet_soc
        == engine.score(Profile.create("Cook")).occupations[0].onet_soc
    )


def test_words_after_a_titles_last_of_stay_in_its_name() -> None:
    # "Chief of staff" read 'your title as a whole: "Chief of"': "staff" is a seniority
    # word elsewhere ("Staff engineer"), here what the chief is of.
    assert title_units("Chief of staff") == ("Chief of staff",)
    assert title_units("Sr. Chief of Staff") == ("Chief of Staff",)
    # "Head of sales" is read as the sales manager, one job name: one unit.
    assert title_units("Head of sales") == ("Head of sales",)


def test_a_title_of_a_seniority_word_alone_is_the_title_driver(engine) -> None:
    # "Principal" alone is read as the job (a school's principal: education
    # administrators); its 14 points were the drivers' "items not listed above, and
    # what they do together" with nothing listed above them.
    assert title_units("Principal") == ("Principal",)
    assert title_units("Lead cook") == ("cook",)  # beside a job it is still seniority
    result = engine.score(Profile.create("Principal"))
    assert [d.feature for d in result.drivers][:1] == ['title "Principal"']
    assert abs(result.drivers[0].effect) > 5


@pytest.mark.parametrize(
    ("role", "units"),
    [
        ("VP of sales", ("VP", "of sales")),
        ("Enfermera de urgencias", ("Enfermera", "de urgencias")),
        # Read "history professor", as O*NET lists it: one job name, as "Head of sales".
        (
            "Professor of history at the university",
            ("Professor of history", "at the university"),
        ),
        ("Director of", ("Director of",)),
    ],
)
def test_a_function_word_is_never_a_title_driver_of_its_own(engine, role, units) -> None:
    # "of" read +2.0 points for a head of sales, "de" -0.6 for an enfermera de urgencias.
    assert title_units(role) == units
    result = engine.score(Profile.create(role, "", ""))
    lines = readable_drivers(
        [(d.feature, d.effect) for d in result.drivers], typed_fields(role, [], "")
    )
    said = [x.text for x in lines if x.text.startswith("your title")]
    assert said and not [x for x in said if x.endswith(('"of"', '"de"', '"at"', '"the"'))], said


def test_words_that_only_work_together_share_the_credit() -> None:
    # 911 alone finds the dispatchers (94), "dispatcher" alone other dispatch work (60),
    # both 93: leaving "dispatcher" out *raises* the figure by 1, yet it helps.
    value = {(): 50.0, (0,): 94.0, (1,): 60.0, (0, 1): 93.0}
    top = {(): 7, (0,): 1, (1,): 2, (0, 1): 1}
    credit = dict(title_credit(["911", "dispatcher"], value, top, MIN_EFFECT))
    assert credit == {'title "911"': pytest.approx(38.5), 'title "dispatcher"': pytest.approx(4.5)}
    assert sum(shapley_values(2, value)) == pytest.approx(93.0 - 50.0)


def test_a_word_against_its_title_without_moving_the_match_credits_the_title_whole() -> None:
    # "surg" alone is surgical work (low), yet RN med/surg stays a registered nurse.
    value = {(): 49.0, (0,): 53.0, (1,): 14.0, (0, 1): 52.8}
    top = {(): 5, (0,): 3, (1,): 9, (0, 1): 3}
    assert title_credit(["RN", "surg"], value, top, MIN_EFFECT) == [
        ('title "RN surg"', pytest.approx(3.8))
    ]
    lines = readable_drivers([('title "RN surg"', 3.8)], typed_fields("RN surg", [], ""))
    assert [line.text for line in lines] == ['your title as a whole: "RN surg"']


@pytest.mark.parametrize(
    ("role", "line"),
    [
        # Had read "Owner operator": the slash the person typed was gone.
        ("Owner/operator", 'your title as a whole: "Owner/operator"'),
        ("Owner-operator", 'your title as a whole: "Owner-operator"'),
        ("Owner / operator", 'your title as a whole: "Owner / operator"'),
        ("Owner operator", 'your title as a whole: "Owner operator"'),  # as typed
    ],
)
def test_a_title_driver_names_the_title_as_typed(role, line) -> None:
    drivers = [('title "Owner"', 2.0), ('title "operator"', 1.0), ('title "Owner operator"', 3.0)]
    lines = readable_drivers(drivers, typed_fields(role, [], ""))
    assert [x.text for x in lines] == [line]


def test_a_word_that_sends_the_match_elsewhere_keeps_its_own_sign() -> None:
    # "CNC" turns a computer programmer (98) into a CNC tool programmer (90).
    value = {(): 51.0, (0,): 32.0, (1,): 98.0, (0, 1): 90.0}
    top = {(): 4, (0,): 6, (1,): 2, (0, 1): 8}
    credit = dict(title_credit(["CNC", "programmer"], value, top, MIN_EFFECT))
    assert credit['title "CNC"'] < 0 < credit['title "programmer"']
