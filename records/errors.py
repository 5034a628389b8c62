"""Errors raised by the coach records; each carries a message a coach can act on."""

from __future__ import annotations


class RecordsError(Exception):
    """Base class for every failure of the records store."""


class NewerSchemaError(RecordsError):
    """The database was written by a newer version of the app; we refuse to touch it."""


class CorruptDatabaseError(RecordsError):
    """The database file is damaged or is not a career-resilience database."""


class StoreBusyError(RecordsError):
    """Another process kept the database locked for longer than we are willing to wait."""


class NotFoundError(RecordsError):
    """A client, session or note that does not exist was asked for."""


class DuplicateNameError(RecordsError):
    """A client with that name already exists (names identify clients on the CLI)."""


class InvalidDataError(RecordsError):
    """A profile, result or import file does not have the expected shape.

    ``problems`` lists every problem found, each prefixed with where it is (for
    example ``clients[0].sessions[2].result.exposure``), so an import can report
    them all at once rather than one per attempt.
    """

    def __init__(self, problems: list[str], *, context: str = "invalid data") -> None:
        self.problems = list(problems)
        shown = self.problems[:20]
        more = len(self.problems) - len(shown)
        lines = [f"{context}:"] + [f"  - {p}" for p in shown]
        if more > 0:
            lines.append(f"  ... and {more} more")
        super().__init__("\n".join(lines))
