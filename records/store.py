"""The coach records API: clients, their notes and consent, and their sessions.

A :class:`Store` wraps one SQLite connection (use it from one thread; open another
Store for another thread or process). Every method that writes is one transaction;
wrap several calls in :meth:`Store.transaction` to make them commit as one.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from types import TracebackType

from career_resilience.records import db, queries
from career_resilience.records import sessions as _sessions
from career_resilience.records.cleaning import (
    MAX_CONSENT_LENGTH,
    MAX_NAME_LENGTH,
    MAX_NOTE_LENGTH,
    clean_name,
    clean_note,
)
from career_resilience.records.errors import DuplicateNameError, NotFoundError
from career_resilience.records.models import Client, ListedClient, to_text, utc_now
from career_resilience.records.store_notes import NotesMixin
from career_resilience.records.store_sessions import SessionsMixin
from career_resilience.sanitise import clean_block, clean_line

__all__ = [
    "MAX_CONSENT_LENGTH",
    "MAX_NAME_LENGTH",
    "MAX_NOTE_LENGTH",
    "Store",
    "clean_name",
    "clean_note",
]


class Store(NotesMixin, SessionsMixin):
    """Clients, notes and sessions kept in ``records.sqlite3`` in the data directory."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(
        cls, directory: Path | None = None, *, busy_timeout: float = db.DEFAULT_BUSY_TIMEOUT
    ) -> Store:
        """Open the store in ``directory`` (default: the user data directory)."""
        if directory is None:
            from career_resilience.paths import data_dir

            directory = data_dir(create=True)
        path = Path(directory) / db.DB_FILENAME
        return cls(db.connect(path, busy_timeout=busy_timeout), path)

    def files(self) -> list[Path]:
        """The database file and its journal files: never a place to write a report to."""
        return [self.path, *(self.path.with_name(self.path.name + x) for x in ("-wal", "-shm"))]

    def close(self) -> None:
        """Close the connection; the store cannot be used afterwards."""
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def check_integrity(self) -> None:
        """Read every page and raise :class:`CorruptDatabaseError` if the file is damaged.

        Opening does not do this (it would read the whole file every time); imports and
        ``resilience doctor`` do.
        """
        db.check_integrity(self.conn, self.path)

    def health(self) -> list[str]:
        """Everything wrong with the file, as sentences ([] when sound): damaged pages,
        dangling rows, or session numbers that no longer follow the sessions' dates."""
        problems = db.integrity_problems(self.conn)
        if not problems:
            problems += _sessions.misnumbered(self.conn)
        return problems

    def transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """A write transaction; calls made inside it commit (or roll back) together."""
        return db.transaction(self.conn)

    # -- clients ---------------------------------------------------------------

    def add_client(self, name: str, *, created_at: datetime | None = None) -> Client:
        """Create a client; raises :class:`DuplicateNameError` if the name is taken."""
        name = clean_name(name)
        with self.transaction():
            self._ensure_name_free(name)
            cur = self.conn.execute(
                "INSERT INTO clients (name, created_at) VALUES (?, ?)",
                (name, to_text(created_at or utc_now())),
            )
            assert cur.lastrowid is not None
            return self.get_client(cur.lastrowid)

    def get_client(self, client_id: int) -> Client:
        """The client with this id; raises :class:`NotFoundError`."""
        row = self.conn.execute(queries.CLIENT_SELECT + " WHERE c.id = ?", (client_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no client with id {client_id}")
        return queries.client(row)

    def client_by_name(self, name: str) -> Client | None:
        """The client with this name, compared case-insensitively in any script, or None."""
        name = clean_line(name)
        row = self.conn.execute(queries.CLIENT_SELECT + " WHERE c.name = ? COLLATE NOCASE", (name,))
        found = row.fetchone()
        if found is None and not name.isascii():  # NOCASE folds ASCII only: "ÉVA" vs "éva"
            key = name.casefold()
            ids = [i for i, n in self.conn.execute("SELECT id, name FROM clients") if
                   n.casefold() == key]  # fmt: skip
            return self.get_client(ids[0]) if ids else None
        return None if found is None else queries.client(found)

    def find_client(self, ref: str | int) -> Client:
        """A client by id (digits) or name, case-insensitively; raises :class:`NotFoundError`
        (with close names as "did you mean") or ValueError for a blank or over-long name.

        Names made only of digits are refused at creation, so this is never ambiguous.
        """
        if isinstance(ref, int):
            return self.get_client(ref)
        name = clean_line(ref)
        if name.isdigit():
            return self.get_client(int(name))
        name = clean_name(name)
        client = self.client_by_name(name)
        if client is None:
            near = self.similar_names(name)
            hint = f" (did you mean: {', '.join(near)}?)" if near else ""
            raise NotFoundError(f"no client named {name!r}{hint}")
        return client

    def similar_names(self, name: str, limit: int = 5) -> list[str]:
        """Client names close to ``name``: containing it, or similar by difflib's ratio."""
        import difflib

        names = [c.name for c in self.list_clients(include_archived=True)]
        folded = {n.casefold(): n for n in names}
        key = name.casefold()
        near = [n for n in names if key in n.casefold() or n.casefold() in key]
        near += [folded[n] for n in difflib.get_close_matches(key, folded, limit, 0.6)]
        return list(dict.fromkeys(near))[:limit]

    def list_clients(self, *, include_archived: bool = False, search: str = "") -> list[Client]:
        """Clients by name; ``search`` matches names and note text, case-insensitively."""
        where, params = queries.list_filter(include_archived, search)
        rows = self.conn.execute(queries.CLIENTS_SELECT + where + queries.BY_NAME, params)
        return [queries.client(row) for row in rows]

    def listed_clients(
        self,
        today: date,
        *,
        include_archived: bool = False,
        search: str = "",
        past_retention: bool = False,
    ) -> Iterator[ListedClient]:
        """The client list as ``clients list`` shows it, streamed row by row from one query.

        By name, filtered as :meth:`list_clients`; ``past_retention`` keeps only clients
        whose retention date is before ``today`` (archived ones too), oldest date first.
        """
        where, params = queries.list_filter(include_archived or past_retention, search)
        order = queries.BY_NAME
        if past_retention:
            where += (" AND " if where else " WHERE ") + "c.retention_until < :today"
            order = " ORDER BY c.retention_until, c.id"
        cursor = self.conn.execute(
            queries.LISTED_SELECT + where + order, {**params, "today": today.isoformat()}
        )
        return map(ListedClient._make, cursor)

    def past_retention_count(self, today: date) -> int:
        """How many clients (archived ones too) are past their retention date."""
        sql = "SELECT count(*) FROM clients WHERE retention_until < ?"
        return int(self.conn.execute(sql, (today.isoformat(),)).fetchone()[0])

    def rename_client(self, client_id: int, new_name: str) -> Client:
        """Give a client a new (unused) name."""
        new_name = clean_name(new_name)
        with self.transaction():
            self.get_client(client_id)
            self._ensure_name_free(new_name, except_id=client_id)
            self.conn.execute("UPDATE clients SET name = ? WHERE id = ?", (new_name, client_id))
            return self.get_client(client_id)

    def set_archived(self, client_id: int, archived: bool = True) -> Client:
        """Archive a client (hidden from the default list) or bring them back."""
        return self._update_client(client_id, "archived = ?", int(archived))

    def set_consent(self, client_id: int, consent_date: date, agreed: str) -> Client:
        """Record what the client agreed to about their records, and when."""
        agreed = clean_block(agreed)
        if not agreed:
            raise ValueError("say what the client agreed to")
        if len(agreed) > MAX_CONSENT_LENGTH:
            raise ValueError(
                f"consent text can be at most {MAX_CONSENT_LENGTH:,} characters; "
                f"this one has {len(agreed):,}"
            )
        with self.transaction():
            self._update_client(client_id, "consent_date = ?", consent_date.isoformat())
            return self._update_client(client_id, "consent_text = ?", agreed)

    def set_retention(self, client_id: int, until: date | None) -> Client:
        """Set (or clear, with None) the date after which the client should be erased."""
        return self._update_client(
            client_id, "retention_until = ?", None if until is None else until.isoformat()
        )

    def past_retention(self, today: date | None = None) -> list[Client]:
        """Clients whose retention date has passed, archived ones included: offer to erase."""
        today = today or date.today()
        rows = self.conn.execute(
            queries.CLIENT_SELECT + " WHERE c.retention_until < ? ORDER BY c.retention_until, c.id",
            (today.isoformat(),),
        )
        return [queries.client(row) for row in rows]

    def delete_client(self, client_id: int) -> bool:
        """Erase a client with all their sessions and notes, leaving no trace in the file.

        Returns False if another process kept the final clean-up (WAL checkpoint and
        VACUUM) from completing; the rows are deleted either way and the remains are
        wiped at the next checkpoint.
        """
        with self.transaction():
            self.get_client(client_id)
            # Explicit deletes rather than relying only on ON DELETE CASCADE, which a
            # connection without foreign_keys=ON would silently skip.
            self.conn.execute("DELETE FROM notes WHERE client_id = ?", (client_id,))
            self.conn.execute("DELETE FROM sessions WHERE client_id = ?", (client_id,))
            self.conn.execute("DELETE FROM clients WHERE id = ?", (client_id,))
        return db.compact(self.conn)

    def _update_client(self, client_id: int, assignment: str, value: object) -> Client:
        with self.transaction():
            self.get_client(client_id)
            self.conn.execute(f"UPDATE clients SET {assignment} WHERE id = ?", (value, client_id))
            return self.get_client(client_id)

    def _ensure_name_free(self, name: str, except_id: int | None = None) -> None:
        other = self.client_by_name(name)
        if other is not None and other.id != except_id:
            raise DuplicateNameError(f"a client named {other.name!r} already exists")
