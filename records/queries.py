"""The SQL the store reads clients and notes with, and the rows turned into records.

One place for each query's columns, so a list and a lookup never disagree on what a
client is; :class:`~career_resilience.records.store.Store` runs them.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from career_resilience.records.models import Client, Consent, Note, from_text
from career_resilience.sanitise import for_terminal

_CLIENT_COLUMNS = """c.id, c.name, c.archived, c.created_at, c.consent_date, c.consent_text,
           c.retention_until"""
CLIENT_SELECT = f"""
    SELECT {_CLIENT_COLUMNS},
           (SELECT count(*) FROM sessions s WHERE s.client_id = c.id),
           (SELECT max(s.created_at) FROM sessions s WHERE s.client_id = c.id)
    FROM clients c
"""
# Each client's session count, last session time and latest session number, from one
# pass over the sessions index (not lookups per client: a list of 10,000 clients reads
# ~25% faster).
_SESSION_TOTALS = """
    (SELECT client_id, count(*) AS n, max(created_at) AS last, max(number) AS top
     FROM sessions GROUP BY client_id) AS a ON a.client_id = c.id
"""
# The same columns for many clients at once.
CLIENTS_SELECT = f"""
    SELECT {_CLIENT_COLUMNS}, coalesce(a.n, 0), a.last
    FROM clients c LEFT JOIN {_SESSION_TOTALS}
"""
# The app's client list: those columns and the exposure and band of each client's latest
# session, found in the sessions_summary index by (client, number): one query for the
# whole list, where there was one more query a client.
CLIENT_ROWS_SELECT = f"""
    SELECT {_CLIENT_COLUMNS}, coalesce(a.n, 0), a.last, l.exposure, coalesce(l.band, '')
    FROM clients c LEFT JOIN {_SESSION_TOTALS}
    LEFT JOIN sessions l ON l.client_id = c.id AND l.number = a.top
"""
# The client list: only the columns it shows, all in the ``clients_list`` index, and the
# session counts from one pass over the sessions index; the flag compares ISO dates.
LISTED_SELECT = f"""
    SELECT c.id, c.name, c.archived, c.retention_until,
           coalesce(c.retention_until < :today, 0), coalesce(a.n, 0), substr(a.last, 1, 10)
    FROM clients c LEFT JOIN {_SESSION_TOTALS}
"""
#: How every client list is ordered: by name, in any case.
BY_NAME = " ORDER BY c.name COLLATE NOCASE"
NOTE_SELECT = "SELECT id, client_id, session_id, body, shared, created_at FROM notes"


def list_filter(include_archived: bool, search: str) -> tuple[str, dict[str, str]]:
    """The WHERE clause (with its parameters) that every client list shares."""
    where, params = [], {}
    if not include_archived:
        where.append("c.archived = 0")
    if search.strip():
        params["pattern"] = "%" + _escape_like(search.strip()) + "%"
        where.append(
            "(c.name LIKE :pattern ESCAPE '\\' OR EXISTS (SELECT 1 FROM notes n"
            " WHERE n.client_id = c.id AND n.body LIKE :pattern ESCAPE '\\'))"
        )
    return (" WHERE " + " AND ".join(where) if where else ""), params


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def client(row: sqlite3.Row | tuple) -> Client:
    """A :class:`Client` from a row of :data:`CLIENT_SELECT` or :data:`CLIENTS_SELECT` (or
    the first nine columns of :data:`CLIENT_ROWS_SELECT`)."""
    cid, name, archived, created, c_date, c_text, retention, count, last = row[:9]
    # Text is cleaned on the way in; a record written before that (or by hand) may still
    # hold escape sequences: they are made visible here, so no screen or report obeys them.
    return Client(
        id=cid,
        name=for_terminal(name, keep_newlines=False),
        archived=bool(archived),
        created_at=from_text(created),
        consent=Consent(date.fromisoformat(c_date), for_terminal(c_text or "")) if c_date else None,
        retention_until=date.fromisoformat(retention) if retention else None,
        session_count=count,
        last_session_at=from_text(last) if last else None,
    )


def note(row: sqlite3.Row | tuple) -> Note:
    """A :class:`Note` from a row of :data:`NOTE_SELECT`."""
    nid, client_id, session_id, body, shared, created = row
    return Note(nid, client_id, session_id, for_terminal(body), bool(shared), from_text(created))
