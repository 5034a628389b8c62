"""Messages the coach screens' record workers send back to the screens.

Every read or write of the coach records runs in a thread worker with its own
:class:`~career_resilience.records.Store`; the worker posts one of these and the
screen's handler, on the event loop, updates the widgets. A failure always arrives
as :class:`RecordsFailed` with a sentence to show, never as an exception.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from career_resilience.records import Client, Note, Session
    from career_resilience.records.models import Placement, SessionSummary
    from career_resilience.records.overview import ClientRow


class RecordsFailed(Message):
    """A records job failed; ``doing`` is what was attempted, ``reason`` why it failed."""

    def __init__(self, doing: str, reason: str) -> None:
        self.doing = doing
        self.reason = reason
        super().__init__()

    @property
    def text(self) -> str:
        """The whole sentence, e.g. "Could not open the client records: ..."."""
        return f"Could not {self.doing}: {self.reason}"


class ClientsLoaded(Message):
    """The client list for a search (and whether archived clients were included)."""

    def __init__(
        self, rows: list[ClientRow], expired: list[Client], search: str, archived: bool
    ) -> None:
        self.rows = rows
        #: Clients past their retention date, archived ones included.
        self.expired = expired
        self.search = search
        self.archived = archived
        super().__init__()


class KnownClientsLoaded(Message):
    """Every client (archived ones too), for name suggestions."""

    def __init__(self, clients: list[Client]) -> None:
        self.clients = clients
        super().__init__()


class ClientChanged(Message):
    """A write to the records finished; ``summary`` says what happened, in words."""

    def __init__(self, summary: str, client: Client | None = None) -> None:
        self.summary = summary
        self.client = client
        super().__init__()


class ClientsErased(Message):
    """Clients were erased; ``leftovers`` is True if another copy of the app kept the
    final clean-up from running (it happens when that copy closes)."""

    def __init__(self, names: list[str], leftovers: bool) -> None:
        self.names = names
        self.leftovers = leftovers
        super().__init__()


class ClientDetailLoaded(Message):
    """One client with their sessions (first to last, as figures: no stored result),
    what each scored (by number: job title and any chosen placement), their progress as
    lines to show, and notes (oldest first)."""

    def __init__(
        self,
        client: Client,
        sessions: list[SessionSummary],
        placed: dict[int, Placement],
        progress: list[tuple[str, str]],
        notes: list[Note],
    ) -> None:
        self.client = client
        self.sessions = sessions
        self.placed = placed
        self.progress = progress
        self.notes = notes
        super().__init__()


class SessionOpened(Message):
    """One whole session (profile and result), read for ``purpose`` ("load", "pivot")."""

    def __init__(self, session: Session, purpose: str) -> None:
        self.session = session
        self.purpose = purpose
        super().__init__()


class AssessmentSaved(Message):
    """The current assessment was saved as session ``number`` of ``client_name``."""

    def __init__(self, client_name: str, number: int, new_client: bool) -> None:
        self.client_name = client_name
        self.number = number
        self.new_client = new_client
        super().__init__()
