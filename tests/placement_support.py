"""Shared helper for the placement tests: where a typed profile is placed first."""

from __future__ import annotations

from career_resilience.model.profile import Profile


def first_match(engine, role: str, skills: str = "", duties: str = "") -> tuple[str, float]:
    """The O*NET code and probability of the occupation a typed profile is placed in first."""
    top = engine.score(Profile.create(role, skills, duties)).occupations[0]
    return top.onet_soc, top.probability


def first(engine, role: str, skills: str = "", duties: str = "") -> str:
    """The O*NET code of the occupation a typed profile is placed in first."""
    return first_match(engine, role, skills, duties)[0]
