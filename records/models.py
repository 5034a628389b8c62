"""The records' value types: small frozen snapshots of rows, safe to hand to any UI.

Safe also in what they say: a name, note, consent text or role that holds control
characters (a record from before input was cleaned, or edited by hand) reads with them
shown as ``\x1b``-style escapes (``queries.py``, ``history.py``), so neither the app nor
the command line nor a report can be made to retitle a window or clear a screen.

Named tuples rather than dataclasses: immutable and typed all the same, built from a
row in a fraction of the time (10,000 clients or 5,000 sessions at once is normal),
and without ``dataclasses``, whose import (it loads ``inspect`` and ``ast``) and
generated methods were a sixth of the CPU time of ``resilience clients list`` (0.19 s
to 0.16 s, median of 9, on this shared machine).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
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


class Consent(NamedTuple):
    """What the client agreed to about keeping their records, and when."""

    date: date
    agreed: str


class Client(NamedTuple):
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


class Note(NamedTuple):
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


class Placement(NamedTuple):
    """What one session scored: the job title, and the kind of work or O*NET occupation
    the person chose for it ("that's not me"; None: the model placed them)."""

    role: str
    chosen: str | None


class SessionSummary(NamedTuple):
    """One session's figures as a session list shows them, without its profile and result.

    Read from one index (see :mod:`career_resilience.records.history`), so a client with
    5,000 sessions is listed without reading the 20 MB of results it does not show.
    The fields are the first ten of :class:`Session`, in the same order.
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


class Session(NamedTuple):
    """One assessment of a client, frozen as it was: profile, full result and model.

    ``number`` is the 1-based position among the client's sessions (what the CLI's
    ``--session N`` means). ``exposure``, ``resilience``, ``band`` and ``interval`` are
    read with the row; ``profile`` and ``result`` are parsed from the stored JSON when
    asked for (a client with thousands of sessions is listed without parsing thousands
    of results), a fresh copy each time, so changing one changes nothing stored.
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
    profile_json: str
    result_json: str

    @property
    def profile(self) -> dict[str, Any]:
        """The profile that was scored (role, skills, duties), parsed from the row."""
        import json  # here: listing sessions and clients parses no JSON

        return dict(json.loads(self.profile_json))

    @property
    def result(self) -> dict[str, Any]:
        """The full result as the public JSON contract, parsed from the row."""
        import json

        return dict(json.loads(self.result_json))

    def __repr__(self) -> str:
        # The JSON is left out: a result is 4 KB, and a failing test prints the session.
        return (
            f"Session(id={self.id}, client_id={self.client_id}, number={self.number}, "
            f"created_at={self.created_at!r}, exposure={self.exposure})"
        )
