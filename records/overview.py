"""The client list as the coach screens show it, and erasing clients by id.

Plain reads and writes on an open :class:`~career_resilience.records.Store`, with no
user interface in them: the app runs them in thread workers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from career_resilience.records import queries

if TYPE_CHECKING:
    from career_resilience.records.models import Client
    from career_resilience.records.store import Store


@dataclass(frozen=True)
class ClientRow:
    """A client with the exposure and band of their latest session (None if none yet)."""

    client: Client
    exposure: float | None
    band: str


def client_rows(store: Store, search: str, archived: bool) -> list[ClientRow]:
    """The clients matching ``search`` (names and notes), each with their latest exposure,
    read in one query (see :data:`~career_resilience.records.queries.CLIENT_ROWS_SELECT`)."""
    where, params = queries.list_filter(archived, search)
    rows = store.conn.execute(queries.CLIENT_ROWS_SELECT + where + queries.BY_NAME, params)
    return [ClientRow(queries.client(row), row[9], row[10]) for row in rows]


def erase_clients(store: Store, ids: list[int]) -> tuple[list[str], bool]:
    """Erase clients with all their sessions and notes.

    Returns their names, and True if another copy of the app kept the final clean-up
    from running (it happens when that copy closes).
    """
    names, leftovers = [], False
    for client_id in ids:
        names.append(store.get_client(client_id).name)
        leftovers |= not store.delete_client(client_id)
    return names, leftovers
