"""Coach records: clients, notes, consent and sessions in a local SQLite file.

Storage only (no Textual, no scoring engine): the CLI and the app both use it. The
scoring command saves an assessment with :func:`save_assessment`::

    with Store.open() as store:
        session = save_assessment(store, "Dana Smith", profile, result)

The names below are loaded on first use (PEP 562): ``from career_resilience.records
import Store`` loads the store, not the progress sentences and the wording behind them,
so ``resilience clients list`` starts with only what it needs. Progress over sessions
is :func:`career_resilience.records.progress.progress` (``records.progress`` is that
module).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from career_resilience.records.progress import Progress, progress_lines, sparkline
    from career_resilience.records.sessions import save_assessment
    from career_resilience.records.store import Store, clean_name

#: Each public name and the module of this package that defines it.
_WHERE = {
    "DB_FILENAME": "db",
    "SCHEMA_VERSION": "db",
    "Client": "models",
    "Consent": "models",
    "CorruptDatabaseError": "errors",
    "DuplicateNameError": "errors",
    "InvalidDataError": "errors",
    "ListedClient": "models",
    "NewerSchemaError": "errors",
    "NotFoundError": "errors",
    "Note": "models",
    "Progress": "progress",
    "RecordsError": "errors",
    "Session": "models",
    "Store": "store",
    "StoreBusyError": "errors",
    "clean_name": "store",
    "progress_lines": "progress",
    "save_assessment": "sessions",
    "sparkline": "progress",
}

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
    "progress_lines",
    "save_assessment",
    "sparkline",
]


def __getattr__(name: str) -> Any:
    """Load a public name from its module the first time it is asked for."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later look-ups do not come here
    return value
