"""Reading and writing session rows, and the one-call save the scoring command uses."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from career_resilience.records.errors import NotFoundError
from career_resilience.records.models import Session, from_text, to_text

if TYPE_CHECKING:
    from career_resilience.records.store import Store

# The number is the session's rank among its client's sessions, so it is computed on
# read rather than stored (import and deletion can never leave gaps or duplicates).
_SELECT = """
    SELECT id, client_id,
           (SELECT count(*) FROM sessions o WHERE o.client_id = s.client_id
              AND (o.created_at < s.created_at OR (o.created_at = s.created_at AND o.id <= s.id))),
           created_at, model_version, profile, result, pivot_id
    FROM sessions s
"""


def insert(
    conn: sqlite3.Connection,
    client_id: int,
    profile: Mapping[str, Any],
    result: Mapping[str, Any],
    pivot_id: str | None,
    created_at: datetime,
) -> int:
    """Insert one session row (the caller holds the transaction); returns its id."""
    cur = conn.execute(
        "INSERT INTO sessions (client_id, created_at, model_version, profile, result, pivot_id)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            client_id,
            to_text(created_at),
            str(result["model_version"]),
            json.dumps(profile, ensure_ascii=False),
            json.dumps(result, ensure_ascii=False),
            pivot_id,
        ),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def load_one(conn: sqlite3.Connection, session_id: int) -> Session:
    """The session with this id; raises :class:`NotFoundError`."""
    row = conn.execute(_SELECT + " WHERE s.id = ?", (session_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no session with id {session_id}")
    return _session(row)


def load_all(conn: sqlite3.Connection, client_id: int) -> list[Session]:
    """A client's sessions, oldest first."""
    rows = conn.execute(_SELECT + " WHERE s.client_id = ? ORDER BY created_at, id", (client_id,))
    return [_session(row) for row in rows]


def load_latest(conn: sqlite3.Connection, client_id: int) -> Session | None:
    """A client's newest session, or None; reads one row, not the whole history."""
    row = conn.execute(
        _SELECT + " WHERE s.client_id = ? ORDER BY created_at DESC, id DESC LIMIT 1",
        (client_id,),
    ).fetchone()
    return None if row is None else _session(row)


def _session(row: tuple) -> Session:
    sid, client_id, number, created, version, profile, result, pivot_id = row
    return Session(
        id=sid,
        client_id=client_id,
        number=number,
        created_at=from_text(created),
        model_version=version,
        profile=json.loads(profile),
        result=json.loads(result),
        pivot_id=pivot_id,
    )


def save_assessment(
    store: Store,
    client_name: str,
    profile: Mapping[str, Any],
    result: Mapping[str, Any],
    notes: str = "",
    *,
    pivot_id: str | None = None,
    share_notes: bool = False,
) -> Session:
    """Save a scored profile as a new session of ``client_name``, creating the client.

    Client, session and note are one transaction: a failure leaves nothing half-saved.
    ``notes`` become a note on the session, private unless ``share_notes``. Raises
    :class:`~career_resilience.records.errors.InvalidDataError` when ``profile`` or
    ``result`` does not follow the public contract.
    """
    with store.transaction():
        client = store.client_by_name(client_name) or store.add_client(client_name)
        session = store.add_session(client.id, profile, result, pivot_id=pivot_id)
        if notes.strip():
            store.add_note(client.id, notes, shared=share_notes, session_id=session.id)
        return session
