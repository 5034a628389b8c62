"""Coach records: clients, notes, consent and sessions in a local SQLite file.

Storage only (no Textual, no scoring engine): the CLI and the app both use it. The
scoring command saves an assessment with :func:`save_assessment`::

    with Store.open() as store:
        session = save_assessment(store, "Dana Smith", profile, result)
"""

from __future__ import annotations

from career_resilience.records.db import DB_FILENAME, SCHEMA_VERSION
from career_resilience.records.errors import (
    CorruptDatabaseError,
    DuplicateNameError,
    InvalidDataError,
    NewerSchemaError,
    NotFoundError,
    RecordsError,
    StoreBusyError,
)
from career_resilience.records.models import Client, Consent, ListedClient, Note, Session
from career_resilience.records.progress import Progress, progress, progress_lines, sparkline
from career_resilience.records.sessions import save_assessment
from career_resilience.records.store import Store, clean_name

__all__ = [
    "DB_FILENAME",
    "SCHEMA_VERSION",
    "Client",
    "Consent",
    "CorruptDatabaseError",
    "DuplicateNameError",
    "InvalidDataError",
    "ListedClient",
    "NewerSchemaError",
    "NotFoundError",
    "Note",
    "Progress",
    "RecordsError",
    "Session",
    "Store",
    "StoreBusyError",
    "clean_name",
    "progress",
    "progress_lines",
    "save_assessment",
    "sparkline",
]
