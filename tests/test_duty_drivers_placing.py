"""A duty line that decides which occupation a person matches is credited for it, and
shown even where its own rating sits on the other side of the scale (issue 11)."""

from __future__ import annotations

import pytest

from career_resilience.model.driver_lines import readable_drivers, typed_fields
from career_resilience.model.profile import Profile

#: (title, the duty line that names the work, another line): typed as people type them.
PLACING = [
    ("Driver", "drive a school bus", "check children on and off"),
    ("Assistant", "schedule appointments for the doctor", "answer patient phone calls"),
]


def _lines(engine, profile: Profile) -> dict[str, float]:
    result = engine.score(profile)
    drivers = [(d.feature, d.effect) for d in result.drivers]
    duties = [(d.text, d.exposure) for d in result.duties]
    typed = typed_fields(profile.role, profile.skills, profile.duties)
    return {line.text: line.points for line in readable_drivers(drivers, typed, duties)}


@pytest.mark.parametrize(("role", "line", "other"), PLACING)
def test_the_line_that_places_the_work_is_listed_with_the_sign_of_its_effect(
    engine, role, line, other
) -> None:
    profile = Profile.create(role, "", f"{line}\n{other}")
    shown = engine.score(profile)
    without = engine.score(Profile.create(role, "", other))
    # Leaving the line out really sends the match elsewhere...
    assert without.occupations[0].onet_soc != shown.occupations[0].onet_soc
    real = shown.exposure - without.exposure
    # ... and the drivers say so, naming the occupation shown first (a farmhand's +4 for
    # "Feed the cattle", rated 3, read as a contradiction without it) ...
    placed = f'duty "{line}" (places your job in {shown.occupations[0].title})'
    points = _lines(engine, profile).get(placed)
    assert points is not None, _lines(engine, profile)
    # ... pointing the way the score really moves. Its points are its fair share of what
    # it and the title do together (Shapley values over the items, ``item_shapley``),
    # not all that leaving it out moves: the title "Driver" read as a school bus driver
    # is half of that move.
    assert points * real > 0, (points, real)


def test_a_line_that_does_not_move_the_match_is_not_said_to_place_the_work(engine) -> None:
    profile = Profile.create("911 dispatcher", "radio", "answer emergency calls\nkeep the unit log")
    assert not [text for text in _lines(engine, profile) if "places your job" in text]


def test_a_line_the_duty_model_cannot_rate_is_listed_when_it_moves_the_match(engine) -> None:
    # "kinder kiddos" has no rating (no word the duty model knows), yet the matcher reads
    # "kinder": the score really moves without it, and the list said nothing.
    profile = Profile.create("Teacher", "", "kinder kiddos\ngrade homework")
    result = engine.score(profile)
    assert next(d for d in result.duties if d.text.startswith("kinder")).exposure is None
    without = engine.score(Profile.create("Teacher", "", "grade homework"))
    real = result.exposure - without.exposure
    # Listed as not rated, as the duty section says, and as moving the match.
    points = _lines(engine, profile).get(
        'duty "kinder kiddos" (not rated; moves the occupation match)'
    )
    assert points is not None and points * real > 0, (points, real)


ROLE = "Enfermera de urgencias"


def test_a_line_of_unknown_words_moves_nothing_beside_one_that_does(engine) -> None:
    # "qwzx vbnm" read -0.5 points, half of what the line beside it did for real (the
    # split's share where neither line matched an occupation alone). The line beside it
    # is English: a Spanish one ("Atender pacientes en urgencias") shares no word with
    # O*NET's titles, so it moves the match by no more than a point or two.
    profile = Profile.create(ROLE, "", "qwzx vbnm\ntriage patients in the emergency room")
    lines = _lines(engine, profile)
    assert not [text for text in lines if "qwzx" in text], lines
    real = profile_exposure(engine, profile) - profile_exposure(
        engine, Profile.create(ROLE, "", "qwzx vbnm")
    )
    # (where it comes first, the line says so; else it says it is not rated)
    points = next(v for k, v in lines.items() if k.startswith('duty "triage patients'))
    assert points * real > 0 and abs(points - real) < 0.5 * abs(real), (points, real)


def test_a_placing_line_saved_before_it_named_the_occupation_still_reads() -> None:
    saved = [('duty "drive a school bus" (places your job)', 12.0)]
    typed = typed_fields("Driver", [], "drive a school bus")
    lines = readable_drivers(saved, typed, [("drive a school bus", 3.9)])
    assert [line.text for line in lines] == ['duty "drive a school bus" (places your job)']


def profile_exposure(engine, profile: Profile) -> float:
    return engine.score(profile).exposure
