"""Reading and writing session rows, and the one-call save the scoring command uses."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from career_resilience.records.errors import NotFoundError
from career_resilience.records.models import Session, SessionSummary, from_text, to_text

if TYPE_CHECKING:
    from career_resilience.records.store import Store

# The number is stored with the row (schema v3) and kept equal to the session's rank among
# its client's sessions by (created_at, id); so are the figures a session list shows, so
# listing a long history parses no result (they are parsed on first use: Session.result).
_SELECT = """
    SELECT id, client_id, number, created_at, model_version, pivot_id,
           exposure, resilience, band, interval_low, interval_high, profile, result
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
    """Insert one session row (the caller holds the transaction); returns its id.

    A session later than all the client's others (the usual case) takes the next
    number; an earlier one (an import merging old sessions) renumbers that client.
    """
    import json  # here: reading the records (``clients list``) never serialises

    when = to_text(created_at)
    latest, count = conn.execute(
        "SELECT max(created_at), count(*) FROM sessions WHERE client_id = ?", (client_id,)
    ).fetchone()
    in_order = latest is None or when >= latest
    interval = list(result.get("interval") or [])[:2]
    low, high = (interval + [result["exposure"]] * 2)[:2]
    cur = conn.execute(
        "INSERT INTO sessions (client_id, number, created_at, model_version, profile, result,"
        " pivot_id, exposure, resilience, band, interval_low, interval_high)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            client_id,
            count + 1,
            when,
            str(result["model_version"]),
            json.dumps(profile, ensure_ascii=False),
            json.dumps(result, ensure_ascii=False),
            pivot_id,
            float(result["exposure"]),
            float(result.get("resilience", 0.0)),
            str(result.get("band", "")),
            float(low),
            float(high),
        ),
    )
    assert cur.lastrowid is not None
    if not in_order:
        renumber(conn, client_id)
    return cur.lastrowid


def renumber(conn: sqlite3.Connection, client_id: int) -> None:
    """Number a client's sessions 1..n by (created_at, id) again, touching changed rows."""
    conn.execute(
        """UPDATE sessions SET number = ranked.n
           FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) AS n
                 FROM sessions WHERE client_id = ?) AS ranked
           WHERE sessions.id = ranked.id AND sessions.number != ranked.n""",
        (client_id,),
    )


def misnumbered(conn: sqlite3.Connection, limit: int = 10) -> list[str]:
    """Clients whose stored session numbers differ from their sessions' order by date."""
    rows = conn.execute(
        """SELECT DISTINCT client_id FROM
             (SELECT client_id, number,
                     row_number() OVER (PARTITION BY client_id ORDER BY created_at, id) AS n
              FROM sessions)
           WHERE number != n LIMIT ?""",
        (limit,),
    ).fetchall()
    return [f"client {cid}: session numbers out of order" for (cid,) in rows]


def load_one(conn: sqlite3.Connection, session_id: int) -> Session:
    """The session with this id; raises :class:`NotFoundError`."""
    row = conn.execute(_SELECT + " WHERE s.id = ?", (session_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no session with id {session_id}")
    return _session(row)


def load_all(conn: sqlite3.Connection, client_id: int) -> list[Session]:
    """A client's sessions, oldest first."""
    rows = conn.execute(_SELECT + " WHERE s.client_id = ? ORDER BY number", (client_id,))
    return [_session(row) for row in rows]


def load_number(conn: sqlite3.Connection, client_id: int, number: int) -> Session | None:
    """A client's session ``number`` (1-based), or None; reads one row."""
    row = conn.execute(
        _SELECT + " WHERE s.client_id = ? AND s.number = ?", (client_id, number)
    ).fetchone()
    return None if row is None else _session(row)


def count(conn: sqlite3.Connection, client_id: int) -> int:
    """How many sessions a client has."""
    row = conn.execute("SELECT count(*) FROM sessions WHERE client_id = ?", (client_id,))
    return int(row.fetchone()[0])


def load_latest(conn: sqlite3.Connection, client_id: int) -> Session | None:
    """A client's newest session, or None; reads one row, not the whole history."""
    row = conn.execute(
        _SELECT + " WHERE s.client_id = ? ORDER BY number DESC LIMIT 1",
        (client_id,),
    ).fetchone()
    return None if row is None else _session(row)


def summary(row: tuple) -> SessionSummary:
    """A :class:`SessionSummary` from the first ten columns of a session row."""
    sid, client_id, number, created, version, pivot_id, exposure, resil, band, low, high = row[:11]
    return SessionSummary(
        sid,
        client_id,
        number,
        from_text(created),
        version,
        pivot_id,
        float(exposure),
        float(resil or 0.0),
        str(band or ""),
        # Validation requires a list of numbers, not two: never fail a read on it.
        (float(exposure if low is None else low), float(exposure if high is None else high)),
    )


def _session(row: tuple) -> Session:
    return Session(*summary(row), profile_json=row[11], result_json=row[12])


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
