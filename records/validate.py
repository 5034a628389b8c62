"""Shape checks for the profile and result dicts the scoring engine produces.

Records store these as plain JSON; the result is checked against the one contract in
``career_resilience.contract`` (the kernel, not the engine) before saving or importing:
a report must never crash on a session that was accepted. Unknown extra keys are
allowed so a newer engine can add fields.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from career_resilience.records.errors import InvalidDataError

# A spec is "string" | "number" | "bool", a dict of required keys -> spec (an object),
# or a one-element list [spec] (a list whose items all match spec).
Spec = Any

PROFILE_SPEC: Spec = {"role": "string", "skills": ["string"], "duties": "string"}


def check_shape(value: object, spec: Spec, where: str, problems: list[str]) -> None:
    """Append to ``problems`` every way ``value`` differs from ``spec``."""
    if spec == "string":
        if not isinstance(value, str):
            problems.append(f"{where}: expected text, got {_kind(value)}")
    elif spec == "number":
        if isinstance(value, bool) or not isinstance(value, int | float):
            problems.append(f"{where}: expected a number, got {_kind(value)}")
        elif not math.isfinite(value):
            problems.append(f"{where}: expected a finite number, got {value}")
    elif spec == "bool":
        if not isinstance(value, bool):
            problems.append(f"{where}: expected true or false, got {_kind(value)}")
    elif isinstance(spec, list):
        if not isinstance(value, list):
            problems.append(f"{where}: expected a list, got {_kind(value)}")
            return
        for i, item in enumerate(value):
            check_shape(item, spec[0], f"{where}[{i}]", problems)
    elif isinstance(spec, dict):
        if not isinstance(value, Mapping):
            problems.append(f"{where}: expected an object, got {_kind(value)}")
            return
        for key, sub in spec.items():
            if key not in value:
                problems.append(f"{where}: missing {key!r}")
            else:
                check_shape(value[key], sub, f"{where}.{key}", problems)
    else:  # pragma: no cover - a programming error in a spec above
        raise TypeError(f"bad spec {spec!r}")


def _kind(value: object) -> str:
    if value is None:
        return "null"
    return {dict: "an object", list: "a list", str: "text", bool: "true/false"}.get(
        type(value), type(value).__name__
    )


def profile_problems(profile: object, where: str = "profile") -> list[str]:
    """Every problem with a profile dict (empty when it is fine)."""
    problems: list[str] = []
    check_shape(profile, PROFILE_SPEC, where, problems)
    return problems


def result_problems(result: object, where: str = "result") -> list[str]:
    """Every problem with a result dict: the one contract check (``career_resilience.contract``).

    Older sessions without the newer fields pass; ranges the reports rely on are checked.
    """
    from career_resilience.contract import result_problems as contract_problems

    problems = contract_problems(result)
    if where == "result":
        return problems
    return [where + p.removeprefix("result") for p in problems]


def check_assessment(profile: object, result: object) -> None:
    """Raise :class:`InvalidDataError` listing every problem with a profile/result pair."""
    problems = profile_problems(profile) + result_problems(result)
    if problems:
        raise InvalidDataError(problems, context="the assessment cannot be saved")
