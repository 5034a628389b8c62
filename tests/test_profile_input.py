"""Bad input gets a clear message; no input string crashes scoring."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from career_resilience.model.profile import Profile, ProfileError


@pytest.mark.parametrize(
    ("kwargs", "field", "words"),
    [
        ({"role": "   "}, "role", "empty"),
        ({"role": "x" * 201}, "role", "limit is 200"),
        ({"role": "ok", "skills": [f"s{i}" for i in range(201)]}, "skills", "limit is 200"),
        ({"role": "ok", "duties": "d" * 20_001}, "duties", "limit is 20000"),
    ],
)
def test_limits_name_the_field(kwargs, field: str, words: str) -> None:
    with pytest.raises(ProfileError) as err:
        Profile.create(**kwargs)
    assert err.value.field == field and words in str(err.value)


def test_control_characters_are_dropped_and_unicode_kept() -> None:
    p = Profile.create(
        "Ingeniera de datos \x00\x1b[31m 👩‍💻", "Análisis; 数据分析", "Línea uno\r\nLínea dos"
    )
    assert "\x00" not in p.role and "\x1b" not in p.role
    assert "Ingeniera de datos" in p.role and "👩" in p.role
    assert p.skills == ("Análisis", "数据分析")
    assert p.duties == "Línea uno\nLínea dos"


def test_duplicate_skills_are_merged_case_insensitively() -> None:
    assert Profile.create("x", "SQL; sql; Excel").skills == ("SQL", "Excel")


def test_profile_round_trips_through_a_dict() -> None:
    p = Profile.create("Nurse", "wound care", "night shifts", "nursing_care")
    assert Profile.from_dict(p.to_dict()) == p


ANY_TEXT = st.text(max_size=300)


@settings(max_examples=150, deadline=None)
@given(role=ANY_TEXT, skills=ANY_TEXT, duties=st.text(max_size=2000))
def test_no_input_string_crashes_scoring(engine, role: str, skills: str, duties: str) -> None:
    try:
        profile = Profile.create(role, skills, duties)
    except ProfileError:
        return
    result = engine.score(profile)
    assert 0 <= result.exposure <= 100 and 0 <= result.resilience <= 100
    assert result.interval[0] <= result.exposure <= result.interval[1]


def test_a_title_pasted_or_typed_full_width_is_read_as_its_letters(engine) -> None:
    """A soft hyphen or zero-width space from a web page split the word ("Regis",
    "tered"); full-width letters (East Asian keyboards) matched no occupation at all."""
    for typed in (
        "Regis\u00adtered nurse",
        "Re\u200bgistered nurse",
        "".join(chr(ord(ch) + 0xFEE0) if ch != " " else ch for ch in "Registered nurse"),
    ):
        assert Profile.create(typed).role == "Registered nurse"
    wide = engine.score(Profile.create("\uff32\uff2e"))  # "ＲＮ"
    assert (
        wide.occupations[0].onet_soc == engine.score(Profile.create("RN")).occupations[0].onet_soc
    )
    assert Profile.create("Pipe \ufb01tter").role == "Pipe fitter"  # the "fi" ligature
