"""The client list as the coach screens show it, and erasing clients by id.

Plain reads and writes on an open :class:`~career_resilience.records.Store`, with no
user interface in them: the app runs them in thread workers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

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
    """The clients matching ``search`` (names and notes), each with their latest exposure."""
    rows = []
    for client in store.list_clients(include_archived=archived, search=search):
        latest = store.session(client.id) if client.session_count else None  # newest only
        rows.append(
            ClientRow(
                client,
                None if latest is None else latest.exposure,
                "" if latest is None else str(latest.result.get("band", "")),
            )
        )
    return rows


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
