"""Shape checks for the profile and result dicts the scoring engine produces.

Records store these as plain JSON (the engine is not imported here), so we check the
public contract before saving or importing: a report must never crash on a session
that was accepted. Unknown extra keys are allowed so a newer engine can add fields.
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

_PLAN_STEP = {"step": "string", "weeks": "number", "evidence": "string"}
RESULT_SPEC: Spec = {
    "exposure": "number",
    "band": "string",
    "interval": ["number"],
    "resilience": "number",
    "outlook": "string",
    "categories": [{"id": "string", "label": "string", "probability": "number"}],
    "pivots": [
        {
            "id": "string",
            "label": "string",
            "exposure": "number",
            "resilience": "number",
            "fit": "number",
            "gap_skills": ["string"],
            "plan": [_PLAN_STEP],
        }
    ],
    "drivers": [{"feature": "string", "effect": "number"}],
    "duties": [{"text": "string", "exposure": "number", "share": "number"}],
    "mix": {"substitute": "number", "augment": "number", "untouched": "number"},
    "unrecognised_skills": ["string"],
    "model_version": "string",
}


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
    """Every problem with a result dict, including ranges the reports rely on."""
    problems: list[str] = []
    check_shape(result, RESULT_SPEC, where, problems)
    if problems or not isinstance(result, Mapping):
        return problems
    for key in ("exposure", "resilience"):
        if not 0 <= result[key] <= 100:
            problems.append(f"{where}.{key}: must be between 0 and 100, got {result[key]}")
    interval = result["interval"]
    if len(interval) != 2 or interval[0] > interval[1]:
        problems.append(f"{where}.interval: expected [low, high], got {interval}")
    if not result["model_version"].strip():
        problems.append(f"{where}.model_version: must not be empty")
    return problems


def check_assessment(profile: object, result: object) -> None:
    """Raise :class:`InvalidDataError` listing every problem with a profile/result pair."""
    problems = profile_problems(profile) + result_problems(result)
    if problems:
        raise InvalidDataError(problems, context="the assessment cannot be saved")
