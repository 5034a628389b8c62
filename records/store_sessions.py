"""The sessions half of the records API: each assessment saved as a numbered session.

A mixin of :class:`~career_resilience.records.store.Store`, which gives it the
connection, transactions and client look-ups.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from career_resilience.records import sessions as _sessions
from career_resilience.records.errors import NotFoundError
from career_resilience.records.models import Client, Session, utc_now
from career_resilience.records.validate import check_assessment


class SessionsMixin:
    """Add a session, read one or all, and record the pivot chosen in one."""

    conn: sqlite3.Connection

    if TYPE_CHECKING:  # given by Store

        def transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]: ...
        def get_client(self, client_id: int) -> Client: ...

    def add_session(
        self,
        client_id: int,
        profile: Mapping[str, Any],
        result: Mapping[str, Any],
        *,
        pivot_id: str | None = None,
        created_at: datetime | None = None,
    ) -> Session:
        """Record an assessment as a new session (earlier sessions are never changed)."""
        check_assessment(profile, result)
        with self.transaction():
            self.get_client(client_id)
            session_id = _sessions.insert(
                self.conn, client_id, profile, result, pivot_id, created_at or utc_now()
            )
            return _sessions.load_one(self.conn, session_id)

    def sessions(self, client_id: int) -> list[Session]:
        """A client's sessions, first to last, numbered from 1."""
        self.get_client(client_id)
        return _sessions.load_all(self.conn, client_id)

    def session(self, client_id: int, number: int | None = None) -> Session:
        """Session ``number`` (1-based) of a client, or their latest when None."""
        client = self.get_client(client_id)
        if number is None:  # one row, not the whole history (the client list asks often)
            latest = _sessions.load_latest(self.conn, client_id)
            if latest is None:
                raise NotFoundError(f"{client.name} has no sessions yet")
            return latest
        found = _sessions.load_number(self.conn, client_id, number)
        if found is None:
            total = _sessions.count(self.conn, client_id)
            if not total:
                raise NotFoundError(f"{client.name} has no sessions yet")
            raise NotFoundError(f"no session {number}: {client.name} has sessions 1 to {total}")
        return found

    def get_session(self, session_id: int) -> Session:
        """The session with this id; raises :class:`NotFoundError`."""
        return _sessions.load_one(self.conn, session_id)

    def set_session_pivot(self, session_id: int, pivot_id: str | None) -> Session:
        """Record which pivot the client chose in a session (progress tracks its gaps)."""
        with self.transaction():
            self.get_session(session_id)
            self.conn.execute(
                "UPDATE sessions SET pivot_id = ? WHERE id = ?", (pivot_id, session_id)
            )
            return self.get_session(session_id)

    def _check_session_of(self, client_id: int, session_id: int) -> None:
        if self.get_session(session_id).client_id != client_id:
            raise NotFoundError(f"session id {session_id} is not one of this client's")
