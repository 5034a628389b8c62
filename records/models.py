"""The records' value types: small frozen snapshots of rows, safe to hand to any UI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cached_property
from typing import Any, NamedTuple


def utc_now() -> datetime:
    """The current time, timezone-aware in UTC (how every timestamp is stored)."""
    return datetime.now(UTC)


def to_text(moment: datetime) -> str:
    """A timestamp as stored: ISO 8601 in UTC, microseconds so order is stable."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_text(text: str) -> datetime:
    """Parse a stored timestamp back into an aware datetime."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Consent:
    """What the client agreed to about keeping their records, and when."""

    date: date
    agreed: str


@dataclass(frozen=True)
class Client:
    """A coach's client, with counts of their sessions at the time it was read."""

    id: int
    name: str
    archived: bool
    created_at: datetime
    consent: Consent | None
    retention_until: date | None
    session_count: int
    last_session_at: datetime | None

    def past_retention(self, today: date) -> bool:
        """True once ``today`` is after the retention date (so erasure should be offered)."""
        return self.retention_until is not None and today > self.retention_until


class ListedClient(NamedTuple):
    """One line of the client list, as one query reads it: what ``clients list`` shows.

    A tuple straight from the row (no dates parsed, no object built per field), so
    10,000 clients list in milliseconds. Dates are ISO ``YYYY-MM-DD`` text as stored;
    the day of the last session is its UTC day, like every stored time. The two flags
    are SQLite's 0 or 1.
    """

    id: int
    name: str
    archived: int
    retention_until: str | None
    past_retention: int
    session_count: int
    last_session_day: str | None


@dataclass(frozen=True)
class Note:
    """A coach's note on a client (``session_id`` set when it belongs to one session).

    Private unless ``shared``: only shared notes may reach a report or anything else
    meant for the client.
    """

    id: int
    client_id: int
    session_id: int | None
    body: str
    shared: bool
    created_at: datetime


@dataclass(frozen=True)
class Session:
    """One assessment of a client, frozen as it was: profile, full result and model.

    ``number`` is the 1-based position among the client's sessions (what the CLI's
    ``--session N`` means). ``exposure``, ``resilience``, ``band`` and ``interval`` are
    read with the row; ``profile`` and ``result`` are parsed from the stored JSON on
    first use (a client with thousands of sessions is listed without parsing thousands
    of results). They are fresh copies, so changing them changes nothing stored.
    """

    id: int
    client_id: int
    number: int
    created_at: datetime
    model_version: str
    pivot_id: str | None
    exposure: float
    resilience: float
    band: str
    interval: tuple[float, float]
    profile_json: str = field(repr=False)
    result_json: str = field(repr=False)

    @cached_property
    def profile(self) -> dict[str, Any]:
        """The profile that was scored (role, skills, duties), parsed once."""
        import json  # here: listing sessions and clients parses no JSON

        return dict(json.loads(self.profile_json))

    @cached_property
    def result(self) -> dict[str, Any]:
        """The full result as the public JSON contract, parsed once."""
        import json

        return dict(json.loads(self.result_json))
