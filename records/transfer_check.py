"""Full validation of an export document, done before an import writes anything."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from career_resilience.records.store import clean_name
from career_resilience.records.validate import check_shape, profile_problems, result_problems

EXPORT_FORMAT = "career-resilience-records"
EXPORT_FORMAT_VERSION = 1

_NOTE_SPEC = {"body": "string", "shared": "bool", "created_at": "string"}


def parse_date(text: str) -> date:
    """A calendar date written as YYYY-MM-DD."""
    return date.fromisoformat(text)


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
            key = " ".join(entry["name"].split()).casefold()
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
        problems += profile_problems(item.get("profile"), f"{at}.profile")
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
            if not consent["agreed"].strip():
                problems.append(f"{where}.consent.agreed: must say what was agreed")
    retention = entry.get("retention_until")
    if retention is not None:
        if isinstance(retention, str):
            problems += _date_problems(retention, f"{where}.retention_until")
        else:
            problems.append(f"{where}.retention_until: expected a date (YYYY-MM-DD) or null")
    return problems


def _note_problems(note: Mapping[str, Any], where: str) -> list[str]:
    problems = _timestamp_problems(note["created_at"], f"{where}.created_at")
    if not note["body"].strip():
        problems.append(f"{where}.body: a note cannot be empty")
    return problems


def _timestamp_problems(text: str, where: str) -> list[str]:
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return [f"{where}: expected a timestamp like 2025-03-14T09:30:00+00:00, got {text!r}"]
    return []


def _date_problems(text: str, where: str) -> list[str]:
    try:
        parse_date(text)
    except ValueError:
        return [f"{where}: expected a date like 2025-03-14, got {text!r}"]
    return []
