"""The records schema as an ordered list of migrations.

``MIGRATIONS[n]`` takes a database from ``user_version`` n to n+1; a fresh file runs
them all. Never edit a released step: add a new one, and a test that opens a file
built by hand at the previous version.

Statements are listed one by one (not as a script) because ``executescript`` would
commit the surrounding transaction, and a migration must commit as a whole.
"""

from __future__ import annotations

#: v1: clients with one free-text notes column, sessions with a notes column.
_V1 = (
    """CREATE TABLE clients (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL
    )""",
    # Names are how coaches address clients on the CLI, so they must be unique.
    "CREATE UNIQUE INDEX clients_name ON clients (name COLLATE NOCASE)",
    """CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        model_version TEXT NOT NULL,
        profile TEXT NOT NULL,
        result TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX sessions_client ON sessions (client_id, created_at, id)",
)

#: v2: consent and retention per client, a chosen pivot per session, and notes as
#: their own rows so each can be private (the default) or shared with the client.
_V2 = (
    "ALTER TABLE clients ADD COLUMN consent_date TEXT",
    "ALTER TABLE clients ADD COLUMN consent_text TEXT",
    "ALTER TABLE clients ADD COLUMN retention_until TEXT",
    "ALTER TABLE sessions ADD COLUMN pivot_id TEXT",
    """CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        session_id INTEGER REFERENCES sessions (id) ON DELETE CASCADE,
        body TEXT NOT NULL,
        shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX notes_client ON notes (client_id, created_at, id)",
    # v1 notes were never shown to clients, so they move over as private notes.
    """INSERT INTO notes (client_id, session_id, body, shared, created_at)
        SELECT id, NULL, notes, 0, created_at FROM clients WHERE notes != ''""",
    """INSERT INTO notes (client_id, session_id, body, shared, created_at)
        SELECT client_id, id, notes, 0, created_at FROM sessions WHERE notes != ''""",
    # The old columns stay (DROP COLUMN needs SQLite 3.35) but are emptied so the notes
    # exist in exactly one place and erasing a note erases it.
    "UPDATE clients SET notes = '' WHERE notes != ''",
    "UPDATE sessions SET notes = '' WHERE notes != ''",
)

#: v3: each session's number (its 1-based rank among its client's sessions by time) is
#: stored, so reading a client's sessions is linear; it used to be recomputed by a
#: correlated subquery on every read, quadratic in the client's sessions. The figures a
#: session list and progress show (exposure, resilience, band,
#: interval) are stored beside the result so a long
#: history is listed without parsing its results. Existing rows are filled once here
#: (UPDATE ... FROM needs SQLite 3.33, 2020).
_V3 = (
    "ALTER TABLE sessions ADD COLUMN number INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE sessions ADD COLUMN exposure REAL",
    "ALTER TABLE sessions ADD COLUMN resilience REAL",
    "ALTER TABLE sessions ADD COLUMN band TEXT",
    "ALTER TABLE sessions ADD COLUMN interval_low REAL",
    "ALTER TABLE sessions ADD COLUMN interval_high REAL",
    """UPDATE sessions SET number = ranked.n,
            exposure = json_extract(result, '$.exposure'),
            resilience = json_extract(result, '$.resilience'),
            band = json_extract(result, '$.band'),
            interval_low = json_extract(result, '$.interval[0]'),
            interval_high = json_extract(result, '$.interval[1]')
        FROM (SELECT id, row_number() OVER (PARTITION BY client_id ORDER BY created_at, id)
              AS n FROM sessions) AS ranked
        WHERE sessions.id = ranked.id""",
    "CREATE INDEX sessions_number ON sessions (client_id, number)",
)

#: v4: the client list (``clients list``, the app's F6) reads every client in name order
#: with the columns it shows; this index holds exactly those, so the list is one pass
#: over the index in order, never a lookup into the table per client (a list of 10,000
#: clients read in about half the time). The unique name index stays: it is the rule.
_V4 = ("CREATE INDEX clients_list ON clients (name COLLATE NOCASE, id, archived, retention_until)",)

#: v5: a client's session list and progress read the figures stored per session, but
#: those columns were added after the 4 KB result, so reading them from the table walked
#: each row's overflow pages: listing 5,000 sessions read the 20 MB of results it never
#: shows. This index holds every column a session list shows, in session order, so the
#: list is one pass over the index; it starts with (client_id, number), so it replaces
#: the v3 index on those two.
_V5 = (
    """CREATE INDEX sessions_summary ON sessions (client_id, number, id, created_at,
        model_version, pivot_id, exposure, resilience, band, interval_low, interval_high)""",
    "DROP INDEX sessions_number",
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1, _V2, _V3, _V4, _V5)
