"""Jobs on the coach records for the client screens; each runs in a thread worker.

Each takes an open :class:`~career_resilience.records.Store` (see
:func:`career_resilience.tui.client_actions.run_records_job`) and returns the message
to post back; the records' own errors propagate and are shown in words.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from career_resilience import wording as words
from career_resilience.records import overview
from career_resilience.records.overview import client_rows
from career_resilience.tui.client_messages import (
    ClientChanged,
    ClientDetailLoaded,
    ClientsErased,
    ClientsLoaded,
    KnownClientsLoaded,
    SessionOpened,
)

if TYPE_CHECKING:
    from career_resilience.records import Note, Store


def load_clients(store: Store, search: str, archived: bool) -> ClientsLoaded:
    """The client list for a search, with each client's latest exposure."""
    return ClientsLoaded(
        client_rows(store, search, archived), store.past_retention(), search, archived
    )


def load_known_clients(store: Store) -> KnownClientsLoaded:
    """Every client, archived ones too (for name suggestions)."""
    return KnownClientsLoaded(store.list_clients(include_archived=True))


def erase_clients(store: Store, ids: list[int]) -> ClientsErased:
    """Erase clients with all their sessions and notes."""
    return ClientsErased(*overview.erase_clients(store, ids))


def load_detail(store: Store, client_id: int) -> ClientDetailLoaded:
    """One client's record: the client, their sessions' figures and placements (the job
    title and any placement chosen), progress and notes. No session's whole result is
    read for the list (a client seen weekly for years has thousands): progress reads the
    latest one and the first that lists the chosen pivot; a session's own is read when it
    is opened (:func:`open_session`), and a chosen placement's name only for its session."""
    from career_resilience.records import history
    from career_resilience.records.progress import progress_rows, stored_progress

    client = store.get_client(client_id)
    sessions = history.summaries(store, client_id)
    progress = progress_rows(stored_progress(store, sessions) if sessions else None)
    placed = history.placements(store, client_id)
    return ClientDetailLoaded(client, sessions, placed, progress, store.notes(client_id))


def open_session(store: Store, client_id: int, number: int, purpose: str) -> SessionOpened:
    """Session ``number`` of a client with its profile and result, for ``purpose``."""
    return SessionOpened(store.session(client_id, number), purpose)


def add_note(store: Store, client_id: int, body: str, shared: bool) -> ClientChanged:
    """A new note on the client."""
    store.add_note(client_id, body, shared=shared)
    return ClientChanged(words.NOTE_ADDED_SHARED if shared else words.NOTE_ADDED)


def edit_note(store: Store, note: Note, body: str, shared: bool) -> ClientChanged:
    """Replace a note's text and sharing, keeping its date and session."""
    store.edit_note(note.id, body, shared=shared)
    return ClientChanged(words.NOTE_SAVED)


def share_note(store: Store, note_id: int, shared: bool) -> ClientChanged:
    """Share a note with the client, or make it private again."""
    store.set_note_shared(note_id, shared)
    return ClientChanged(words.NOTE_NOW_SHARED if shared else words.NOTE_NOW_PRIVATE)


def delete_note(store: Store, note_id: int) -> ClientChanged:
    """Delete one note."""
    store.delete_note(note_id)
    return ClientChanged(words.NOTE_DELETED)


def set_consent(
    store: Store, client_id: int, consent: tuple[date, str] | None, retention: date | None
) -> ClientChanged:
    """Record consent (when given) and the retention date, as one change."""
    with store.transaction():
        if consent is not None:
            store.set_consent(client_id, *consent)
        client = store.set_retention(client_id, retention)
    return ClientChanged(words.CONSENT_SAVED, client)


def choose_pivot(store: Store, session_id: int, pivot_id: str | None) -> ClientChanged:
    """Record the pivot chosen in a session (progress follows its gap skills)."""
    store.set_session_pivot(session_id, pivot_id)
    return ClientChanged(words.PIVOT_RECORDED if pivot_id else words.NO_PIVOT_RECORDED)
