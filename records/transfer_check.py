"""Full validation of an export document, done before an import writes anything."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from career_resilience.records.cleaning import (
    MAX_CONSENT_LENGTH,
    MAX_NOTE_LENGTH,
    clean_name,
)
from career_resilience.records.validate import check_shape, profile_problems, result_problems
from career_resilience.sanitise import (
    MAX_DUTIES_CHARS,
    MAX_DUTY_LINES,
    MAX_ROLE_CHARS,
    MAX_SKILL_CHARS,
    MAX_SKILLS,
    clean_block,
    clean_line,
    duty_lines,
)

EXPORT_FORMAT = "career-resilience-records"
EXPORT_FORMAT_VERSION = 1

_NOTE_SPEC = {"body": "string", "shared": "bool", "created_at": "string"}
#: Dates and times an import may hold: wide enough for any real record, narrow enough
#: that converting between time zones can never overflow (year 1 or 9999 would).
MIN_YEAR, MAX_YEAR = 1900, 2999
_RANGE = f"between {MIN_YEAR} and {MAX_YEAR}"


def parse_date(text: str) -> date:
    """A calendar date written as YYYY-MM-DD, in the supported range (else ValueError)."""
    day = date.fromisoformat(text)
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise ValueError(f"year {day.year} is outside the supported range")
    return day


def clean_profile(profile: Mapping[str, Any]) -> dict[str, Any]:
    """An imported profile cleaned as typed input is: no control or escape characters,
    one line for the role and each skill (empty and repeated skills dropped)."""
    skills: list[str] = []
    for skill in profile["skills"]:
        text = clean_line(skill)
        if text and text.casefold() not in {s.casefold() for s in skills}:
            skills.append(text)
    cleaned = dict(profile)
    cleaned.update(
        role=clean_line(profile["role"]), skills=skills, duties=clean_block(profile["duties"])
    )
    return cleaned


def profile_limit_problems(profile: Mapping[str, Any], where: str) -> list[str]:
    """The limits typed input has (title, skills, duties), checked on an imported profile."""
    problems: list[str] = []
    clean = clean_profile(profile)
    if not clean["role"]:
        problems.append(f"{where}.role: is empty")
    elif len(clean["role"]) > MAX_ROLE_CHARS:
        problems.append(f"{where}.role: is over {MAX_ROLE_CHARS} characters")
    if len(clean["skills"]) > MAX_SKILLS:
        problems.append(f"{where}.skills: {len(clean['skills'])} skills; the limit is {MAX_SKILLS}")
    for i, skill in enumerate(clean["skills"][:MAX_SKILLS]):
        if len(skill) > MAX_SKILL_CHARS:
            problems.append(f"{where}.skills[{i}]: is over {MAX_SKILL_CHARS} characters")
    duties = clean["duties"]
    if len(duties) > MAX_DUTIES_CHARS:
        problems.append(f"{where}.duties: is over {MAX_DUTIES_CHARS:,} characters")
    elif len(duty_lines(duties)) > MAX_DUTY_LINES:
        problems.append(f"{where}.duties: has more than {MAX_DUTY_LINES} lines")
    return problems


def document_problems(doc: object) -> list[str]:
    """Every problem with an export document; empty when it can be imported."""
    if not isinstance(doc, Mapping):
        return ["the file does not hold a JSON object (is it a career-resilience export?)"]
    if doc.get("format") != EXPORT_FORMAT:
        return [f"format: expected {EXPORT_FORMAT!r}; this is not a career-resilience export"]
    version = doc.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return ["format_version: expected a whole number"]
    if version > EXPORT_FORMAT_VERSION:
        return [
            f"format_version {version} comes from a newer version of career-resilience; "
            "upgrade this copy to import it"
        ]
    clients = doc.get("clients")
    if not isinstance(clients, list):
        return ["clients: expected a list"]
    problems: list[str] = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(clients):
        where = f"clients[{i}]"
        problems += _client_problems(entry, where)
        if isinstance(entry, Mapping) and isinstance(entry.get("name"), str):
            key = clean_line(entry["name"]).casefold()
            if key in seen:
                problems.append(f"{where}.name: same name as clients[{seen[key]}]")
            seen.setdefault(key, i)
    return problems


def _client_problems(entry: object, where: str) -> list[str]:
    problems: list[str] = []
    spec = {
        "name": "string",
        "archived": "bool",
        "created_at": "string",
        "notes": [_NOTE_SPEC],
        "sessions": [{"created_at": "string", "notes": [_NOTE_SPEC]}],
    }
    check_shape(entry, spec, where, problems)
    if problems or not isinstance(entry, Mapping):
        return problems
    try:
        clean_name(entry["name"])
    except ValueError as exc:
        problems.append(f"{where}.name: {exc}")
    problems += _timestamp_problems(entry["created_at"], f"{where}.created_at")
    problems += _optional_problems(entry, where)
    for j, note in enumerate(entry["notes"]):
        problems += _note_problems(note, f"{where}.notes[{j}]")
    for j, item in enumerate(entry["sessions"]):
        at = f"{where}.sessions[{j}]"
        problems += _timestamp_problems(item["created_at"], f"{at}.created_at")
        pivot = item.get("pivot_id")
        if pivot is not None and not isinstance(pivot, str):
            problems.append(f"{at}.pivot_id: expected text or null")
        shape = profile_problems(item.get("profile"), f"{at}.profile")
        problems += shape or profile_limit_problems(item["profile"], f"{at}.profile")
        problems += result_problems(item.get("result"), f"{at}.result")
        for k, note in enumerate(item["notes"]):
            problems += _note_problems(note, f"{at}.notes[{k}]")
    return problems


def _optional_problems(entry: Mapping[str, Any], where: str) -> list[str]:
    """Consent and retention: both may be null, but if present must be well-formed."""
    problems: list[str] = []
    consent = entry.get("consent")
    if consent is not None:
        check_shape(consent, {"date": "string", "agreed": "string"}, f"{where}.consent", problems)
        if not problems:
            problems += _date_problems(consent["date"], f"{where}.consent.date")
            agreed = clean_block(consent["agreed"])
            if not agreed:
                problems.append(f"{where}.consent.agreed: must say what was agreed")
            elif len(agreed) > MAX_CONSENT_LENGTH:
                problems.append(
                    f"{where}.consent.agreed: is over {MAX_CONSENT_LENGTH:,} characters"
                )
    retention = entry.get("retention_until")
    if retention is not None:
        if isinstance(retention, str):
            problems += _date_problems(retention, f"{where}.retention_until")
        else:
            problems.append(f"{where}.retention_until: expected a date (YYYY-MM-DD) or null")
    return problems


def _note_problems(note: Mapping[str, Any], where: str) -> list[str]:
    problems = _timestamp_problems(note["created_at"], f"{where}.created_at")
    body = clean_block(note["body"])
    if not body:
        problems.append(f"{where}.body: a note cannot be empty")
    elif len(body) > MAX_NOTE_LENGTH:
        problems.append(f"{where}.body: is over {MAX_NOTE_LENGTH:,} characters")
    return problems


def _shown(text: str) -> str:
    return repr(clean_line(text)[:40])


def _timestamp_problems(text: str, where: str) -> list[str]:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return [f"{where}: expected a timestamp like 2025-03-14T09:30:00+00:00, got {_shown(text)}"]
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        return [f"{where}: {_shown(text)} is not a date {_RANGE}"]
    return []


def _date_problems(text: str, where: str) -> list[str]:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return [f"{where}: expected a date like 2025-03-14, got {_shown(text)}"]
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        return [f"{where}: {_shown(text)} is not a date {_RANGE}"]
    return []
