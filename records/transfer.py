"""Export every record as one JSON document, and import such a document elsewhere.

Import validates the whole document first and writes in one transaction, so a
malformed file changes nothing. Importing merges by client name: sessions and notes
already present (same time and content) are skipped, so importing twice is harmless,
and local details of an existing client (consent, retention) are kept.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from career_resilience.files import write_private
from career_resilience.records.errors import InvalidDataError
from career_resilience.records.import_kind import BOM, not_an_export
from career_resilience.records.models import Note, Session, from_text, to_text, utc_now
from career_resilience.records.store import Store, clean_note
from career_resilience.records.transfer_check import (
    EXPORT_FORMAT,
    EXPORT_FORMAT_VERSION,
    clean_profile,
    document_problems,
    parse_date,
)


@dataclass(frozen=True)
class ImportSummary:
    """What an import added (existing clients are merged into, not replaced)."""

    clients_added: int
    clients_merged: int
    sessions_added: int
    notes_added: int


def export_data(store: Store) -> dict[str, Any]:
    """Every client (archived ones too) with notes and sessions, as a JSON-ready dict.

    This includes private notes: it is the coach's own backup, not for the client.
    """
    clients = []
    for client in sorted(store.list_clients(include_archived=True), key=lambda c: c.id):
        notes = store.notes(client.id)
        sessions = store.sessions(client.id)
        clients.append(
            {
                "name": client.name,
                "archived": client.archived,
                "created_at": to_text(client.created_at),
                "consent": None
                if client.consent is None
                else {"date": client.consent.date.isoformat(), "agreed": client.consent.agreed},
                "retention_until": None
                if client.retention_until is None
                else client.retention_until.isoformat(),
                "notes": [_note_json(n) for n in notes if n.session_id is None],
                "sessions": [_session_json(s, notes) for s in sessions],
            }
        )
    return {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_FORMAT_VERSION,
        "exported_at": to_text(utc_now()),
        "clients": clients,
    }


def _note_json(note: Note) -> dict[str, Any]:
    return {"body": note.body, "shared": note.shared, "created_at": to_text(note.created_at)}


def _session_json(session: Session, notes: list[Note]) -> dict[str, Any]:
    return {
        "created_at": to_text(session.created_at),
        "pivot_id": session.pivot_id,
        "profile": session.profile,
        "result": session.result,
        "notes": [_note_json(n) for n in notes if n.session_id == session.id],
    }


def export_to_file(store: Store, path: Path) -> int:
    """Write :func:`export_data` to ``path`` (mode 0600, replaced atomically).

    Returns the number of clients written.
    """
    data = export_data(store)
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    write_private(Path(path), text, inputs=store.files())
    return len(data["clients"])


#: The most an import reads: a coach's records with thousands of sessions are a few MB.
MAX_IMPORT_BYTES = 100 * 1024 * 1024
#: The deepest nesting an export has is about 8 levels; 32 leaves room for additions.
MAX_IMPORT_DEPTH = 32
_CHUNK = 1024 * 1024


def _read_limited(path: Path, context: str) -> bytes:
    """The file's bytes, refused past MAX_IMPORT_BYTES or at the first NUL byte.

    Read in chunks rather than trusting the size on disk, so a device or a pipe that
    never ends (``/dev/zero``) is refused after a megabyte instead of filling memory.
    """
    chunks: list[bytes] = []
    total = 0
    try:
        with Path(path).open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                if not chunks and (kind := not_an_export(chunk)):
                    # Said before reading on: a spreadsheet or CSV is the wrong file, not
                    # a broken export, and a device that never ends stops here too.
                    raise InvalidDataError([kind], context=context)
                if b"\0" in chunk:  # JSON text never holds a NUL byte
                    raise InvalidDataError(["not a JSON text file"], context=context)
                total += len(chunk)
                if total > MAX_IMPORT_BYTES:
                    raise InvalidDataError(
                        ["the file is larger than 100 MB, the most an import reads"],
                        context=context,
                    )
                chunks.append(chunk)
    except IsADirectoryError as exc:
        raise InvalidDataError(["it is a folder; give an export file"], context=context) from exc
    except OSError as exc:
        raise InvalidDataError([exc.strerror or str(exc)], context=context) from exc
    return b"".join(chunks)


def _too_deep(doc: object) -> bool:
    """Whether ``doc`` nests lists and objects deeper than MAX_IMPORT_DEPTH (no recursion)."""
    stack: list[tuple[object, int]] = [(doc, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict | list):
            if depth > MAX_IMPORT_DEPTH:
                return True
            items = value.values() if isinstance(value, dict) else value
            stack.extend((item, depth + 1) for item in items)
    return False


def read_import_file(path: Path) -> dict[str, Any]:
    """Parse and fully validate an export file; raises :class:`InvalidDataError`."""
    context = f"cannot import {path}"
    raw = _read_limited(path, context)
    if not raw:
        raise InvalidDataError([not_an_export(raw) or "the file is empty"], context=context)
    raw = raw.removeprefix(BOM)  # an editor may add one when the file was opened and saved
    try:
        doc = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InvalidDataError(
            [
                f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); an "
                "export is UTF-8: was it saved again in another encoding?"
            ],
            context=context,
        ) from exc
    except json.JSONDecodeError as exc:
        raise InvalidDataError(
            [f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"],
            context=context,
        ) from exc
    except RecursionError as exc:
        raise InvalidDataError(
            [f"nested deeper than {MAX_IMPORT_DEPTH} levels; not an export"], context=context
        ) from exc
    if _too_deep(doc):
        raise InvalidDataError(
            [f"nested deeper than {MAX_IMPORT_DEPTH} levels; not an export"], context=context
        )
    problems = document_problems(doc)
    if problems:
        raise InvalidDataError(problems, context=f"cannot import {path}; nothing was changed")
    return doc


def import_data(store: Store, doc: Mapping[str, Any]) -> ImportSummary:
    """Validate ``doc`` completely, then merge it into the store in one transaction."""
    problems = document_problems(doc)
    if problems:
        raise InvalidDataError(problems, context="cannot import; nothing was changed")
    totals = [0, 0, 0, 0]  # clients added, merged, sessions added, notes added
    with store.transaction():
        for entry in doc["clients"]:
            for n, count in enumerate(_merge_client(store, entry)):
                totals[n] += count
    return ImportSummary(*totals)


def _merge_client(store: Store, entry: Mapping[str, Any]) -> tuple[int, int, int, int]:
    """Add one exported client, or merge into the local client of that name."""
    client = store.client_by_name(entry["name"])
    is_new = client is None
    if client is None:
        client = store.add_client(entry["name"], created_at=from_text(entry["created_at"]))
        store.set_archived(client.id, entry["archived"])
        consent = entry.get("consent")
        if consent is not None:
            store.set_consent(client.id, parse_date(consent["date"]), consent["agreed"])
        if entry.get("retention_until") is not None:
            store.set_retention(client.id, parse_date(entry["retention_until"]))
    sessions = {_session_key(s.created_at, s.result): s.id for s in store.sessions(client.id)}
    notes = {(n.session_id, to_text(n.created_at), n.body) for n in store.notes(client.id)}
    # Imported text is cleaned as typed text is (the store cleans names, notes, consent).
    added_sessions = added_notes = 0

    def add_note(note: Mapping[str, Any], session_id: int | None) -> None:
        """Add one exported note unless the same note (time and text) is already here."""
        nonlocal added_notes
        when = from_text(note["created_at"])
        if (session_id, to_text(when), clean_note(note["body"])) not in notes:
            store.add_note(
                client.id,
                note["body"],
                shared=note["shared"],
                session_id=session_id,
                created_at=when,
            )
            added_notes += 1

    for note in entry["notes"]:
        add_note(note, None)
    for item in entry["sessions"]:
        when = from_text(item["created_at"])
        key = _session_key(when, item["result"])
        if key not in sessions:
            sessions[key] = store.add_session(
                client.id,
                clean_profile(item["profile"]),
                item["result"],
                pivot_id=item.get("pivot_id"),
                created_at=when,
            ).id
            added_sessions += 1
        for note in item["notes"]:
            add_note(note, sessions[key])
    return int(is_new), int(not is_new), added_sessions, added_notes


def _session_key(created_at: datetime, result: Mapping[str, Any]) -> tuple[str, str]:
    """Identity of a session across machines: its time and its exact result."""
    return to_text(created_at), json.dumps(result, sort_keys=True)
