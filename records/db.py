"""The SQLite file behind the coach records: opening, pragmas, migrations, transactions.

Design notes (the "nothing lost" rules):

* WAL journal + ``synchronous=FULL``: a killed process leaves the last committed state,
  and readers never block the writer.
* Every write goes through :func:`transaction`, which starts with ``BEGIN IMMEDIATE`` so
  two processes serialise on the write lock up front instead of failing half-way with
  "database is locked"; the lock wait is bounded (busy timeout plus a few retries).
* A file that is not ours, is damaged, or has a newer schema is refused before we write
  a single byte to it: no journal-mode switch, no migration, no "repair".
* Opening reads only the header and the schema (constant time). The full integrity
  check reads every page, so it runs where it matters: before a migration rewrites the
  file, before an import adds to it, and on demand (``resilience doctor``).
"""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from career_resilience.paths import private_dir
from career_resilience.records.errors import (
    CorruptDatabaseError,
    NewerSchemaError,
    StoreBusyError,
)
from career_resilience.records.schema import MIGRATIONS

DB_FILENAME = "records.sqlite3"
#: Written into the SQLite header so we can tell our files from any other database.
APPLICATION_ID = 0x43524553  # "CRES"
SCHEMA_VERSION = len(MIGRATIONS)
#: How long one attempt waits for another process's write lock, in seconds.
DEFAULT_BUSY_TIMEOUT = 10.0
#: Attempts at taking the write lock before giving up with StoreBusyError.
LOCK_ATTEMPTS = 3

_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6


def connect(path: Path, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> sqlite3.Connection:
    """Open (creating if needed) the records database at ``path``, migrated to the
    current schema.

    Raises :class:`CorruptDatabaseError` or :class:`NewerSchemaError` without modifying
    the file when it cannot be used.
    """
    # Client records are personal data: a directory made here is 0700 (an existing one
    # keeps the mode its owner chose; the CLI warns when others can read it), the file
    # 0600. Creating the file ourselves (rather than letting SQLite do it) avoids a window
    # with umask perms; SQLite gives the -wal and -shm files the same mode.
    private_dir(path.parent)
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    conn = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None)
    try:
        _check_usable(conn, path)
        path.chmod(0o600)
        if 0 < _user_version(conn) < SCHEMA_VERSION:
            # A migration rewrites tables: never build on a damaged file.
            check_integrity(conn, path)
        _retry_locked(lambda: _set_pragmas(conn, path), conn)
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _check_usable(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a damaged, foreign or newer database, using reads only."""
    try:
        # One read transaction, so the three figures come from one snapshot: read one
        # by one, another process creating the schema could commit between them and a
        # new store would look like "tables but no application id" (another program's).
        conn.execute("BEGIN")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(
            f"{path} is damaged or is not a career-resilience database ({exc}). "
            "It has been left untouched; restore it from a backup or move it aside."
        ) from exc
    if (version or tables) and app_id != APPLICATION_ID:
        raise CorruptDatabaseError(
            f"{path} is an SQLite database of another program, not career-resilience "
            "records. It has been left untouched."
        )
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"{path} was written by a newer version of career-resilience (schema "
            f"{version}; this version understands up to {SCHEMA_VERSION}). Upgrade the "
            "app to open it; the file has been left untouched."
        )


def integrity_problems(conn: sqlite3.Connection, limit: int = 10) -> list[str]:
    """Every page checked (``PRAGMA integrity_check``) plus foreign keys: [] when sound.

    Reads the whole file, so its time grows with the database; the callers are the
    migration, the import and ``resilience doctor``, not every open.
    """
    try:
        found = [str(row[0]) for row in conn.execute(f"PRAGMA integrity_check({int(limit)})")]
        orphans = conn.execute("PRAGMA foreign_key_check").fetchmany(limit)
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    problems = [] if found == ["ok"] else found
    problems += [
        f"row {rowid} of {table} points to a missing {parent}"
        for table, rowid, parent, _ in orphans
    ]
    return problems


def check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    """Raise :class:`CorruptDatabaseError` (the file untouched) unless it is sound."""
    problems = integrity_problems(conn, limit=5)
    if problems:
        raise CorruptDatabaseError(
            f"{path} is damaged ({'; '.join(problems)}). It has been left untouched; "
            "restore it from a backup or move it aside."
        )


def _set_pragmas(conn: sqlite3.Connection, path: Path) -> None:
    """Per-connection settings; WAL is persistent but re-asserting it is harmless."""
    mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise CorruptDatabaseError(f"{path}: could not switch to WAL mode (got {mode!r})")
    # FULL: a commit survives power loss, not just a killed process.
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    # Deleted content is overwritten with zeros, so an erased client is really gone.
    conn.execute("PRAGMA secure_delete=ON")


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the schema up to :data:`SCHEMA_VERSION`, all steps in one transaction."""
    if _user_version(conn) == SCHEMA_VERSION:
        return
    with transaction(conn):
        # Re-read under the write lock: another process may have migrated meanwhile.
        current = _user_version(conn)
        if current == 0:
            conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        for step in MIGRATIONS[current:]:
            for statement in step:
                conn.execute(statement)
        # user_version lives in the header page, so it commits atomically with the DDL.
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")


def _user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED)
    return "locked" in str(exc) or "busy" in str(exc)


def _file_of(conn: sqlite3.Connection) -> str:
    """The file ``conn`` has open, for a message ("" if SQLite will not say)."""
    try:
        return str(conn.execute("PRAGMA database_list").fetchone()[2])
    except sqlite3.Error:
        return ""


def _retry_locked(action: Callable[[], object], conn: sqlite3.Connection) -> None:
    """Run ``action()`` retrying a few times while another process holds the lock."""
    started = time.monotonic()
    for attempt in range(LOCK_ATTEMPTS):
        try:
            action()
            return
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc):
                raise
            if attempt == LOCK_ATTEMPTS - 1:
                # Which file and for how long: a coach with two data folders, or a
                # batch import still running, can then tell which copy holds it.
                where = _file_of(conn)
                raise StoreBusyError(
                    f"the records database{f' {where}' if where else ''} stayed locked by "
                    f"another process for {time.monotonic() - started:.0f} s; close other "
                    "copies of the app (or a 'resilience' command still running) and try again"
                ) from exc
            # Jittered back-off so two waiting processes do not retry in lockstep.
            time.sleep(0.05 * (2**attempt) * (1 + random.random()))


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: ``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on error.

    Nested use joins the outer transaction, so a multi-step save (create client, add
    session, add note) commits or vanishes as a whole.
    """
    if conn.in_transaction:
        yield conn
        return
    _retry_locked(lambda: conn.execute("BEGIN IMMEDIATE"), conn)
    try:
        yield conn
    except BaseException:
        conn.rollback()
        raise
    conn.execute("COMMIT")


def compact(conn: sqlite3.Connection) -> bool:
    """Checkpoint the WAL and VACUUM so erased rows leave no trace in any file.

    ``secure_delete`` already zeroed the rows in the database pages; this also drops
    old page images from the WAL and frees pages. Returns False when another process
    kept it from completing (the erase itself is committed either way).
    """
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.OperationalError as exc:
        if _is_busy(exc):
            return False
        raise
    return not busy
