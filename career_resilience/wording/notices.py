"""What the app says in its notifications: titles and sentences, in one place.

Each names what happened and, where there is one, what to do next; the words a person
typed (client names, file names) come in as arguments and are shown as typed (the app
turns markup off for them).
"""

from __future__ import annotations

# ------------------------------------------------------------ session reports

REPORT_WRITING = "Writing the report"
REPORT_SAVED = "Report saved"
REPORT_FAILED = "The report was not written"


def report_writing(client_name: str, number: int, kind: str) -> str:
    """Shown at once when the coach chose where a report goes: building and writing it
    can take a second or two, and the app stays usable meanwhile."""
    return (
        f"Writing the session {number} report for {client_name} ({kind}). "
        "You can carry on; the full path is shown when it is written."
    )


def report_written(client_name: str, number: int) -> str:
    """The lead of the notice naming the report's full path (the path follows)."""
    return f"Wrote the session {number} report for {client_name} to"
