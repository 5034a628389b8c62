"""Reading result dicts back into the contract's records (see ``contract``).

Tolerant of what older versions did not write, strict about what every version wrote;
every problem is collected (with where it is) rather than stopping at the first.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from career_resilience.contract import (
    INDEX_KEYS,
    CategoryProbability,
    Driver,
    DutyScore,
    Mix,
    OccupationMatch,
    PivotOption,
    PlanItem,
    ResilienceParts,
    Result,
)


def _num(value: Any, where: str, problems: list[str]) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        problems.append(f"{where}: expected a number, got {_kind(value)}")
        return 0.0
    if not math.isfinite(value):
        problems.append(f"{where}: expected a finite number, got {value}")
        return 0.0
    return float(value)


def _opt_num(value: Any, where: str, problems: list[str]) -> float | None:
    return None if value is None else _num(value, where, problems)


def _text(value: Any, where: str, problems: list[str]) -> str:
    if not isinstance(value, str):
        problems.append(f"{where}: expected text, got {_kind(value)}")
        return ""
    return value


def _items(data: Mapping[str, Any], key: str, where: str, problems: list[str], need: bool) -> list:
    if key not in data:
        if need:
            problems.append(f"{where}: missing {key!r}")
        return []
    value = data[key]
    if not isinstance(value, list):
        problems.append(f"{where}.{key}: expected a list, got {_kind(value)}")
        return []
    return value


def _obj(value: Any, where: str, problems: list[str]) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        problems.append(f"{where}: expected an object, got {_kind(value)}")
        return {}
    return value


def _get(data: Mapping[str, Any], key: str, where: str, problems: list[str]) -> Any:
    if key not in data:
        problems.append(f"{where}: missing {key!r}")
        return None
    return data[key]


def _duty(value: Any, where: str, problems: list[str]) -> DutyScore:
    """One duty line; the rating fields are optional (older results do not have them)."""
    x = _obj(value, where, problems)
    readable = x.get("readable", True)
    if not isinstance(readable, bool):
        problems.append(f"{where}.readable: expected true/false, got {_kind(readable)}")
        readable = True
    exposure = _opt_num(x.get("exposure"), f"{where}.exposure", problems)
    if exposure is None and readable:
        problems.append(f"{where}.exposure: expected a number, got null")
    return DutyScore(
        text=_text(x.get("text"), f"{where}.text", problems),
        exposure=exposure,
        share=_num(x.get("share"), f"{where}.share", problems),
        rating=_opt_num(x.get("rating"), f"{where}.rating", problems),
        automation=_opt_num(x.get("automation"), f"{where}.automation", problems),
        kind=str(x.get("kind", "")),
        readable=readable,
    )


def _kind(value: object) -> str:
    if value is None:
        return "null"
    return {dict: "an object", list: "a list", str: "text", bool: "true/false"}.get(
        type(value), type(value).__name__
    )


def _outlook_change(d: Mapping[str, Any], where: str, p: list[str]) -> float | None:
    """The outlook line's BLS figure; a result saved before the field existed keeps the
    figure its map showed then (the first stored occupation's projection)."""
    if "outlook_change_pct" in d:
        return _opt_num(d["outlook_change_pct"], f"{where}.outlook_change_pct", p)
    for occupation in d.get("occupations") or []:
        if isinstance(occupation, Mapping) and isinstance(
            occupation.get("bls_change_pct"), int | float
        ):
            return float(occupation["bls_change_pct"])
    return None


def _occupation(d: Any, where: str, p: list[str]) -> OccupationMatch:
    d = _obj(d, where, p)
    indices = _obj(d.get("indices", {}), f"{where}.indices", p)
    return OccupationMatch(
        onet_soc=_text(_get(d, "onet_soc", where, p), f"{where}.onet_soc", p),
        title=_text(_get(d, "title", where, p), f"{where}.title", p),
        probability=_num(_get(d, "probability", where, p), f"{where}.probability", p),
        consensus_pct=_num(_get(d, "consensus_pct", where, p), f"{where}.consensus_pct", p),
        indices={k: _opt_num(indices.get(k), f"{where}.indices.{k}", p) for k in INDEX_KEYS},
        bls_change_pct=_opt_num(d.get("bls_change_pct"), f"{where}.bls_change_pct", p),
        category=str(d.get("category", "")),
    )


def _parts(d: Mapping[str, Any], where: str, p: list[str]) -> ResilienceParts | None:
    """Resilience's parts; None for a result saved before they were part of it."""
    value = d.get("resilience_parts")
    if value is None:
        return None
    x = _obj(value, f"{where}.resilience_parts", p)
    kinds = x.get("skill_kinds")
    if isinstance(kinds, bool) or not isinstance(kinds, int) or kinds < 0:
        got = kinds if isinstance(kinds, int) and not isinstance(kinds, bool) else _kind(kinds)
        p.append(f"{where}.resilience_parts.skill_kinds: expected a count (0 or more), got {got}")
        kinds = 0
    risk, outlook, breadth = (
        _num(_get(x, k, f"{where}.resilience_parts", p), f"{where}.resilience_parts.{k}", p)
        for k in ("risk", "outlook", "breadth")
    )
    return ResilienceParts(risk, outlook, breadth, kinds)


def stored_parts(result: Mapping[str, Any]) -> ResilienceParts | None:
    """A stored result's resilience parts, read leniently (None: none, or not readable)."""
    problems: list[str] = []
    parts = _parts(result, "result", problems)
    return None if problems else parts


def _category(d: Any, where: str, p: list[str]) -> CategoryProbability:
    d = _obj(d, where, p)
    return CategoryProbability(
        id=_text(_get(d, "id", where, p), f"{where}.id", p),
        label=str(d.get("label", "")),
        probability=_num(_get(d, "probability", where, p), f"{where}.probability", p),
    )


def stored_step(item: PlanItem) -> PlanItem:
    """A stored plan step in today's words: a done step saved before c6bea6a went on
    with a to-do ("Write down one piece of work that shows it.") under "✓ done"."""
    from career_resilience.wording.progress import done_step_words

    if not item.done:
        return item
    words = done_step_words(item.step)
    return item if words == item.step else replace(item, step=words)


def stored_plan(pivot: Mapping[str, Any]) -> tuple[PlanItem, ...]:
    """A stored pivot's learning plan (JSON contract form) as plan items, read leniently:
    a step a hand-edited or older record gives without its text or weeks is left out
    (for the words around a stored pivot, not for checking a result)."""
    items = []
    for step in pivot.get("plan") or ():
        try:
            items.append(
                stored_step(
                    PlanItem(
                        str(step["step"]),
                        float(step["weeks"]),
                        str(step.get("evidence", "")),
                        tuple(str(s) for s in step.get("skills") or ()),
                        bool(step.get("done", False)),
                    )
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    return tuple(items)


def _pivot(d: Any, where: str, p: list[str]) -> PivotOption:
    d = _obj(d, where, p)
    plan = []
    for k, s in enumerate(_items(d, "plan", where, p, True)):
        w = f"{where}.plan[{k}]"
        s = _obj(s, w, p)
        plan.append(
            stored_step(
                PlanItem(
                    step=_text(_get(s, "step", w, p), f"{w}.step", p),
                    weeks=_num(_get(s, "weeks", w, p), f"{w}.weeks", p),
                    evidence=_text(_get(s, "evidence", w, p), f"{w}.evidence", p),
                    skills=tuple(str(x) for x in _items(s, "skills", w, p, False)),
                    done=bool(s.get("done", False)),
                )
            )
        )
    return PivotOption(
        id=_text(_get(d, "id", where, p), f"{where}.id", p),
        label=_text(_get(d, "label", where, p), f"{where}.label", p),
        category=str(d.get("category", "")),
        exposure=_num(_get(d, "exposure", where, p), f"{where}.exposure", p),
        resilience=_num(_get(d, "resilience", where, p), f"{where}.resilience", p),
        fit=_num(_get(d, "fit", where, p), f"{where}.fit", p),
        gap_skills=tuple(str(x) for x in _items(d, "gap_skills", where, p, True)),
        held_skills=tuple(str(x) for x in _items(d, "held_skills", where, p, False)),
        plan=tuple(plan),
        why=str(d.get("why", "")),
        summary=str(d.get("summary", "")),
        kind=str(d.get("kind", "ai_era")),
        onet_soc=str(d.get("onet_soc") or ""),
        fit_reasons=tuple(str(x) for x in _items(d, "fit_reasons", where, p, False)),
        exposure_change=_num(d.get("exposure_change", 0.0), f"{where}.exposure_change", p),
        resilience_change=_num(d.get("resilience_change", 0.0), f"{where}.resilience_change", p),
        bls_change_pct=_opt_num(d.get("bls_change_pct"), f"{where}.bls_change_pct", p),
        job_zone=d.get("job_zone") if isinstance(d.get("job_zone"), int) else None,
        job_zone_step=int(d.get("job_zone_step") or 0),
        citation=str(d.get("citation", "")),
        outlook=str(d.get("outlook") or ""),
    )


def read_result(data: Any) -> tuple[Result | None, list[str]]:
    """Parse a result dict; returns (result or None, every problem found)."""
    p: list[str] = []
    w = "result"
    d = _obj(data, w, p)
    if p:
        return None, p
    interval = _items(d, "interval", w, p, True)
    low_high = [_num(v, f"{w}.interval[{k}]", p) for k, v in enumerate(interval)]
    if interval and (len(low_high) != 2 or low_high[0] > low_high[1]):
        p.append(f"{w}.interval: expected [low, high], got {interval}")
    mix = _obj(_get(d, "mix", w, p) or {}, f"{w}.mix", p)
    categories = [
        _category(c, f"{w}.categories[{k}]", p)
        for k, c in enumerate(_items(d, "categories", w, p, True))
    ]
    suggestions = _obj(d.get("suggestions", {}), f"{w}.suggestions", p)
    level = d.get("interval_level")
    result = Result(
        exposure=_num(_get(d, "exposure", w, p), f"{w}.exposure", p),
        band=_text(_get(d, "band", w, p), f"{w}.band", p),
        interval=(low_high[0], low_high[1]) if len(low_high) == 2 else (0.0, 0.0),
        resilience=_num(_get(d, "resilience", w, p), f"{w}.resilience", p),
        outlook=_text(_get(d, "outlook", w, p), f"{w}.outlook", p),
        categories=tuple(categories),
        pivots=tuple(
            _pivot(x, f"{w}.pivots[{k}]", p) for k, x in enumerate(_items(d, "pivots", w, p, True))
        ),
        drivers=tuple(
            Driver(
                feature=_text(_obj(x, "", []).get("feature"), f"{w}.drivers[{k}].feature", p),
                effect=_num(_obj(x, "", []).get("effect"), f"{w}.drivers[{k}].effect", p),
            )
            for k, x in enumerate(_items(d, "drivers", w, p, True))
        ),
        duties=tuple(
            _duty(x, f"{w}.duties[{k}]", p) for k, x in enumerate(_items(d, "duties", w, p, True))
        ),
        mix=Mix(
            *(_num(mix.get(k), f"{w}.mix.{k}", p) for k in ("substitute", "augment", "untouched"))
        ),
        unrecognised_skills=tuple(str(x) for x in _items(d, "unrecognised_skills", w, p, True)),
        suggestions={
            str(k): tuple(str(x) for x in v) for k, v in suggestions.items() if isinstance(v, list)
        },
        recognised_skills=tuple(str(x) for x in _items(d, "recognised_skills", w, p, False)),
        model_version=_text(_get(d, "model_version", w, p), f"{w}.model_version", p),
        category_chosen=bool(d.get("category_chosen", False)),
        pivot_note=str(d.get("pivot_note", "")),
        occupations=tuple(
            _occupation(x, f"{w}.occupations[{k}]", p)
            for k, x in enumerate(_items(d, "occupations", w, p, False))
        ),
        interval_level=None if level is None else _num(level, f"{w}.interval_level", p),
        evidence=tuple(str(x) for x in _items(d, "evidence", w, p, False)),
        outlook_basis=str(d.get("outlook_basis", "")),
        occupation_chosen=bool(d.get("occupation_chosen", False)),
        occupations_nearest=bool(d.get("occupations_nearest", False)),
        title_note=str(d.get("title_note", "")),
        outlook_change_pct=_outlook_change(d, w, p),
        mix_from_duties=_opt_num(d.get("mix_from_duties"), f"{w}.mix_from_duties", p),
        resilience_parts=_parts(d, w, p),
    )
    for key in ("exposure", "resilience"):
        value = getattr(result, key)
        if not 0 <= value <= 100:
            p.append(f"{w}.{key}: must be between 0 and 100, got {value}")
    share = result.mix_from_duties
    if share is not None and not 0 <= share <= 1:
        p.append(f"{w}.mix_from_duties: must be between 0 and 1, got {share}")
    if isinstance(d.get("model_version"), str) and not d["model_version"].strip():
        p.append(f"{w}.model_version: must not be empty")
    return (None if p else result), p
