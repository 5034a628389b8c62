"""A title many occupations list is read with what the person says, and, alone, by how
many people hold each occupation (``model/title_context.py``)."""

from __future__ import annotations

import pytest

from career_resilience.model.batch_figures import figures
from career_resilience.model.profile import Profile
from career_resilience.model.title_context import QUALIFIERS_FILE, compute_index
from career_resilience.skills.occupations import occupation_data

SCHOOL_BUS = "drive the school bus route\npre-trip inspection\nkeep kids safe on the bus"


def first(engine, role: str, skills: str = "", duties: str = "") -> str:
    return engine.score(Profile.create(role, skills, duties)).occupations[0].onet_soc


@pytest.mark.parametrize(
    ("role", "skills", "duties", "code"),
    [
        # Driver/sales workers came first: "Driver" is listed under six occupations.
        ("Driver", "", SCHOOL_BUS, "53-3051"),
        # Postsecondary law teachers came first; "5th grade" names the school.
        ("Teacher", "5th grade math", "", "25-2021"),
        # Only personal care aides list "Aide"; "Teacher Aide" is listed too.
        ("Aide", "", "help the teacher in the classroom", "25-9042"),
        ("Driver", "", "drive patients to the hospital", "53-3011"),
    ],
)
def test_the_skills_or_duties_say_which_kind_of_the_title(engine, role, skills, duties, code):
    assert first(engine, role, skills, duties).startswith(code)


def test_nothing_that_names_a_kind_leaves_the_title_as_it_was(engine):
    # "deliver packages" holds no qualifier of a listed "... driver" title.
    assert first(engine, "Driver", "", "deliver packages to homes\nscan parcels").startswith("53-3")
    # A title that already names its kind keeps it.
    assert first(engine, "Heavy truck driver", "", SCHOOL_BUS).startswith("53-3032")


def test_a_bare_title_many_list_goes_to_the_ones_most_people_hold(engine):
    # 22 occupations list "Teacher"; preschool special education and law teachers came
    # first, with postsecondary teachers ahead. BLS counts 1.4 million elementary, 1.1
    # million secondary and 0.6 million middle school teachers, and 20 thousand law
    # teachers.
    result = engine.score(Profile.create("Teacher"))
    top = [o.onet_soc for o in result.occupations[:3]]
    assert top[0] in {"25-2021.00", "25-2031.00", "25-2022.00"}
    assert not any(code.startswith("25-1") for code in top)
    # A title one occupation lists is untouched, and "Professor" stays postsecondary.
    assert first(engine, "Nanny").startswith("39-9011")
    assert first(engine, "Professor").startswith("25-1")


def test_batch_figures_read_the_title_the_same_way(engine):
    profile = Profile.create("Driver", "", SCHOOL_BUS)
    shown = engine.score(profile).to_dict()
    quick = figures(engine, [profile])[0]
    assert quick["occupations"][0]["onet_soc"] == shown["occupations"][0]["onet_soc"]
    assert quick["exposure"] == shown["exposure"]


def test_the_shipped_index_is_up_to_date():
    shipped = QUALIFIERS_FILE.read_text(encoding="utf-8").splitlines()
    built = compute_index(title for _code, title, _kind in occupation_data().titles)
    assert shipped == built, "run python tools/build_title_qualifiers.py"
