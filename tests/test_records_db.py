"""Opening the records database: permissions, WAL, migrations, refusing bad files."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from coach_support import sample_profile, sample_result

from career_resilience.records import (
    DB_FILENAME,
    SCHEMA_VERSION,
    CorruptDatabaseError,
    NewerSchemaError,
    Store,
)
from career_resilience.records.db import APPLICATION_ID
from career_resilience.records.sessions import save_assessment


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESILIENCE_DATA_DIR", str(tmp_path / "data"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_is_private_wal_and_current(tmp_path: Path) -> None:
    with Store.open() as store:
        assert store.path == tmp_path / "data" / DB_FILENAME
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert SCHEMA_VERSION >= 2
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700


def test_the_file_is_tightened_but_an_existing_folder_keeps_its_mode(tmp_path: Path) -> None:
    Store.open().close()
    path = tmp_path / "data" / DB_FILENAME
    path.chmod(0o644)
    path.parent.chmod(0o755)
    Store.open().close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # The folder is the user's (even --data-dir /tmp): the CLI warns, never chmods it.
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o755


# The v1 schema exactly as released, written out here rather than taken from the
# migration code, so this test notices if someone edits the released step.
_V1_DDL = """
CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '', archived INTEGER NOT NULL DEFAULT 0
    CHECK (archived IN (0, 1)), created_at TEXT NOT NULL);
CREATE UNIQUE INDEX clients_name ON clients (name COLLATE NOCASE);
CREATE TABLE sessions (id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL, model_version TEXT NOT NULL, profile TEXT NOT NULL,
    result TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '');
CREATE INDEX sessions_client ON sessions (client_id, created_at, id);
"""


def _build_v1(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.executescript(_V1_DDL)
    conn.execute(
        "INSERT INTO clients VALUES (1, 'Ada Byron', 'Prefers mornings', 0, "
        "'2024-02-01T10:00:00.000000+00:00')"
    )
    conn.execute(
        "INSERT INTO sessions VALUES (1, 1, '2024-02-01T10:30:00.000000+00:00', '2024.01-1', ?, ?,"
        " 'Worried about layoffs')",
        (json.dumps(sample_profile()), json.dumps(sample_result(model_version="2024.01-1"))),
    )
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    conn.close()


def test_v1_file_is_migrated_keeping_clients_sessions_and_notes(tmp_path: Path) -> None:
    _build_v1(tmp_path / "data" / DB_FILENAME)
    with Store.open() as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        client = store.find_client("ada byron")
        assert client.consent is None and client.retention_until is None
        (session,) = store.sessions(client.id)
        assert session.model_version == "2024.01-1"
        assert session.result["exposure"] == sample_result()["exposure"]
        assert session.pivot_id is None
        notes = store.notes(client.id)
        # Old notes were never shown to clients, so they must arrive private.
        assert [(n.body, n.shared, n.session_id) for n in notes] == [
            ("Prefers mornings", False, None),
            ("Worried about layoffs", False, session.id),
        ]
        assert store.notes(client.id, shared_only=True) == []
        # The v2 features work on migrated data.
        store.set_session_pivot(session.id, "ai_orchestration_specialist")
    with Store.open() as store:  # a second open is a no-op, not a second migration
        assert len(store.notes(store.find_client("Ada Byron").id)) == 2


# The v2 additions exactly as released (see _V1_DDL for why they are copied here).
_V2_DDL = """
ALTER TABLE clients ADD COLUMN consent_date TEXT;
ALTER TABLE clients ADD COLUMN consent_text TEXT;
ALTER TABLE clients ADD COLUMN retention_until TEXT;
ALTER TABLE sessions ADD COLUMN pivot_id TEXT;
CREATE TABLE notes (id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    session_id INTEGER REFERENCES sessions (id) ON DELETE CASCADE,
    body TEXT NOT NULL, shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
    created_at TEXT NOT NULL);
CREATE INDEX notes_client ON notes (client_id, created_at, id);
"""


def test_v2_file_gets_session_numbers_in_date_order(tmp_path: Path) -> None:
    path = tmp_path / "data" / DB_FILENAME
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path)
    conn.executescript(_V1_DDL + _V2_DDL)
    conn.execute("INSERT INTO clients (id, name, created_at) VALUES (1, 'Ada', '2024-01-01')")
    conn.execute("INSERT INTO clients (id, name, created_at) VALUES (2, 'Bo', '2024-01-01')")
    # Ids out of date order (an import of older sessions), a tie on the date, two clients.
    days = [(1, 1, "05"), (2, 2, "01"), (3, 1, "02"), (4, 1, "02"), (5, 2, "09"), (6, 1, "01")]
    for sid, cid, day in days:
        conn.execute(
            "INSERT INTO sessions (id, client_id, created_at, model_version, profile, result)"
            " VALUES (?, ?, ?, 'v', ?, ?)",
            (
                sid,
                cid,
                f"2024-03-{day}T10:00:00.000000+00:00",
                json.dumps(sample_profile()),
                json.dumps(sample_result(exposure=float(sid))),
            ),
        )
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute("PRAGMA user_version=2")
    conn.commit()
    conn.close()
    with Store.open() as store:
        assert store.health() == []
        ada = [(s.number, s.id) for s in store.sessions(1)]
        assert ada == [(1, 6), (2, 3), (3, 4), (4, 1)]
        assert [(s.number, s.id) for s in store.sessions(2)] == [(1, 2), (2, 5)]
        assert store.session(1, 3).exposure == 4.0
        assert store.session(1).id == 1  # the latest by date, not by id


def test_an_older_session_added_later_renumbers_the_client(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    with Store.open() as store:
        client = store.add_client("Ada")
        for day in (3, 5, 1, 4):
            when = datetime(2024, 3, day, tzinfo=UTC)
            store.add_session(client.id, sample_profile(), sample_result(), created_at=when)
        numbered = [(s.number, s.created_at.day) for s in store.sessions(client.id)]
        assert numbered == [(1, 1), (2, 3), (3, 4), (4, 5)]
        assert store.session(client.id, 2).created_at.day == 3
        assert store.health() == []


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "data" / DB_FILENAME
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(NewerSchemaError, match="newer version"):
        Store.open()
    assert _digest(path) == before
    assert not (path.parent / (DB_FILENAME + "-wal")).exists()


@pytest.mark.parametrize(
    "content",
    [b"this is a shopping list, not a database\n" * 50, b"SQLite format 3\x00" + b"\xff" * 4000],
)
def test_corrupt_file_is_refused_and_left_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "data" / DB_FILENAME
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    with pytest.raises(CorruptDatabaseError, match="left untouched"):
        Store.open()
    assert path.read_bytes() == content


def _damage_a_page(tmp_path: Path) -> tuple[Path, bytes]:
    with Store.open() as store:
        for i in range(40):
            store.add_client(f"Client {i} " + "x" * 150)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = tmp_path / "data" / DB_FILENAME
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > page * 3
    data[page * 2 + 16 : page * 3] = b"\x07" * (page - 16)  # scribble over a b-tree page
    path.write_bytes(bytes(data))
    return path, bytes(data)


def test_damaged_pages_are_found_by_the_integrity_check(tmp_path: Path) -> None:
    path, data = _damage_a_page(tmp_path)
    # Opening reads only the header and schema (it must not scan a big file every
    # time); the page-by-page check finds the damage and changes nothing.
    with Store.open() as store:
        assert store.health()
        with pytest.raises(CorruptDatabaseError, match="left untouched"):
            store.check_integrity()
    assert path.read_bytes() == data


def test_a_damaged_file_is_not_migrated(tmp_path: Path) -> None:
    path = tmp_path / "data" / DB_FILENAME
    _build_v1(path)
    data = bytearray(path.read_bytes())
    data[-4000:] = b"\x07" * 4000  # the sessions table's last page
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabaseError):
        Store.open()
    assert path.read_bytes() == bytes(data)


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "data" / DB_FILENAME
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(CorruptDatabaseError, match="another program"):
        Store.open()
    assert _digest(path) == before


def test_every_records_file_is_private_whatever_the_umask(tmp_path: Path) -> None:
    """The database and the journal files SQLite makes beside it (-wal, -shm) hold people's
    data: only the user may read them, even when the umask lets others read new files."""
    old = os.umask(0o002)
    try:
        with Store.open() as store:
            save_assessment(store, "Dana", sample_profile(), sample_result())
            files = store.files()
            assert all(path.exists() for path in files)
            modes = {path.name: stat.S_IMODE(path.stat().st_mode) for path in files}
    finally:
        os.umask(old)
    assert modes == {name: 0o600 for name in modes}
    assert stat.S_IMODE((tmp_path / "data").stat().st_mode) == 0o700
