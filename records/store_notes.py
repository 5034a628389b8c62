"""The notes half of the records API: a coach's notes on a client, private unless shared.

A mixin of :class:`~career_resilience.records.store.Store`, which gives it the
connection, transactions and client look-ups.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime
from typing import TYPE_CHECKING

from career_resilience.records import queries
from career_resilience.records.cleaning import clean_note
from career_resilience.records.errors import NotFoundError
from career_resilience.records.models import Client, Note, to_text, utc_now


class NotesMixin:
    """Add, read, share, edit and delete a client's notes."""

    conn: sqlite3.Connection

    if TYPE_CHECKING:  # given by Store

        def transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]: ...
        def get_client(self, client_id: int) -> Client: ...
        def _check_session_of(self, client_id: int, session_id: int) -> None: ...

    def add_note(
        self,
        client_id: int,
        body: str,
        *,
        shared: bool = False,
        session_id: int | None = None,
        created_at: datetime | None = None,
    ) -> Note:
        """Add a note to a client (or to one of their sessions); private by default."""
        body = clean_note(body)
        with self.transaction():
            self.get_client(client_id)
            if session_id is not None:
                self._check_session_of(client_id, session_id)
            cur = self.conn.execute(
                "INSERT INTO notes (client_id, session_id, body, shared, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (client_id, session_id, body, int(shared), to_text(created_at or utc_now())),
            )
            assert cur.lastrowid is not None
            return self.get_note(cur.lastrowid)

    def get_note(self, note_id: int) -> Note:
        """The note with this id; raises :class:`NotFoundError`."""
        row = self.conn.execute(queries.NOTE_SELECT + " WHERE id = ?", (note_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no note with id {note_id}")
        return queries.note(row)

    def notes(self, client_id: int, *, shared_only: bool = False) -> list[Note]:
        """A client's notes, oldest first; ``shared_only`` for anything the client sees."""
        sql = (
            queries.NOTE_SELECT
            + " WHERE client_id = ?"
            + (" AND shared = 1" if shared_only else "")
        )
        rows = self.conn.execute(sql + " ORDER BY created_at, id", (client_id,))
        return [queries.note(row) for row in rows]

    def set_note_shared(self, note_id: int, shared: bool) -> Note:
        """Mark a note shared with the client (or private again)."""
        with self.transaction():
            self.get_note(note_id)
            self.conn.execute("UPDATE notes SET shared = ? WHERE id = ?", (int(shared), note_id))
            return self.get_note(note_id)

    def edit_note(self, note_id: int, body: str, *, shared: bool) -> Note:
        """Replace a note's text and sharing; its date, client and session stay."""
        body = clean_note(body)
        with self.transaction():
            self.get_note(note_id)
            self.conn.execute(
                "UPDATE notes SET body = ?, shared = ? WHERE id = ?", (body, int(shared), note_id)
            )
            return self.get_note(note_id)

    def delete_note(self, note_id: int) -> None:
        """Delete one note (``secure_delete`` overwrites its text in the file)."""
        with self.transaction():
            self.get_note(note_id)
            self.conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
