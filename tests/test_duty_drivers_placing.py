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
    points = _lines(engine, profile).get(f'duty "{line}" (places your job)')
    # ... and the drivers say so, pointing the way the score really moves.
    assert points is not None, _lines(engine, profile)
    assert points * real > 0 and abs(points) >= abs(real) / 2, (points, real)


def test_a_line_that_does_not_move_the_match_is_not_said_to_place_the_work(engine) -> None:
    profile = Profile.create("911 dispatcher", "radio", "answer emergency calls\nkeep the unit log")
    assert not [text for text in _lines(engine, profile) if "places your job" in text]


def test_a_line_the_duty_model_cannot_rate_is_listed_when_it_moves_the_match(engine) -> None:
    # "teach 5th grade math" has no rating (too few known words), yet the matcher reads
    # "5th grade": the score really moves without it, and the list said nothing.
    profile = Profile.create("Teacher", "", "teach 5th grade math\ngrade homework")
    result = engine.score(profile)
    assert next(d for d in result.duties if d.text.startswith("teach")).exposure is None
    without = engine.score(Profile.create("Teacher", "", "grade homework"))
    real = result.exposure - without.exposure
    points = _lines(engine, profile).get('duty "teach 5th grade math"')
    assert points is not None and points * real > 0, (points, real)
