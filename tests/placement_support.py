"""Shared helpers for the placement tests: where a typed profile is placed first."""

from __future__ import annotations

from career_resilience.model.profile import Profile


def first_match(engine, role: str, skills: str = "", duties: str = "") -> tuple[str, float]:
    """The O*NET code and probability of the occupation a typed profile is placed in first."""
    top = engine.score(Profile.create(role, skills, duties)).occupations[0]
    return top.onet_soc, top.probability


def first(engine, role: str, skills: str = "", duties: str = "") -> str:
    """The O*NET code of the occupation a typed profile is placed in first."""
    return first_match(engine, role, skills, duties)[0]


def assert_placed(
    engine,
    role: str,
    code: str | tuple[str, ...],
    skills: str = "",
    duties: str = "",
    least: float = 0.5,
) -> None:
    """Assert a typed profile is placed first in ``code`` (an O*NET code prefix, or
    several) with more than ``least`` of the match."""
    found, probability = first_match(engine, role, skills, duties)
    assert found.startswith(code), (role, skills, found)
    assert probability > least, (role, skills, found, probability)
