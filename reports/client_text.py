"""What the coach screens say about clients, sessions, progress and notes, as plain text.

Textual-free; numbers, counts and progress sentences come from
:mod:`career_resilience.wording` and :mod:`career_resilience.records.progress`, so the
app says what the command line and the reports say. The app adds only emphasis.
Every state is in words or symbols, never colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from career_resilience.wording import count, score, sparkline

if TYPE_CHECKING:
    from career_resilience.records import Client, Note, Session


def client_status(client: Client, today: date) -> str:
    """The client list's status column in words: past retention, archived."""
    flags = []
    if client.past_retention(today):
        flags.append("⚠ past retention")
    if client.archived:
        flags.append("archived")
    return ", ".join(flags)


def erase_question(clients: Sequence[Client]) -> str:
    """The confirmation text: who is erased and that it takes everything with it."""
    if len(clients) == 1:
        c = clients[0]
        return (
            f"Erase {c.name}?\n\nThis erases {c.name} and everything kept about them: "
            f"{count(c.session_count, 'session')}, all notes, consent and retention details. "
            "It cannot be undone."
        )
    lines = [f"Erase these {len(clients)} clients?", ""]
    for c in clients:
        lines.append(
            f"• {c.name} (kept until {c.retention_until}; {count(c.session_count, 'session')})"
        )
    lines += ["", "This erases them with all their sessions and notes. It cannot be undone."]
    return "\n".join(lines)


def create_question(name: str) -> str:
    """Asked before a save creates a client, so a typo does not become a new person."""
    return f"Create a new client '{name}'?\n\nNo client has this name yet."


def client_summary(client: Client) -> str:
    """After the name: sessions, and whether the client is archived."""
    archived = " · archived" if client.archived else ""
    return f" · {count(client.session_count, 'session')}{archived}"


def consent_line(client: Client) -> str:
    """Consent and the keep-until date in words."""
    consent = client.consent
    agreed = (
        f"Consent {consent.date.isoformat()}: {consent.agreed}"
        if consent
        else "Consent: not recorded (c records it)"
    )
    keep = (
        f"keep until {client.retention_until}" if client.retention_until else "no keep-until date"
    )
    return f"{agreed} · {keep}"


def retention_warning(client: Client, today: date) -> str:
    """What to do once the retention date passed ("" before that)."""
    if not client.past_retention(today):
        return ""
    return (
        f"⚠ The retention date ({client.retention_until}) has passed: erase this "
        "client (x) or set a new date (c)."
    )


def session_cells(session: Session) -> tuple[str, ...]:
    """One history row: number, date, role, exposure, resilience, model version."""
    result = session.result
    return (
        str(session.number),
        session.created_at.date().isoformat(),
        str(session.profile.get("role", "")),
        f"{score(session.exposure)} {result.get('band', '')}",
        score(float(result["resilience"])),
        session.model_version,
    )


def note_heading(note: Note, numbers: dict[int, int]) -> tuple[str, str]:
    """Who sees a note ("Private" / "Shared with client"), then its date and session."""
    sharing = "Shared with client" if note.shared else "Private"
    where = f" · session {numbers[note.session_id]}" if note.session_id in numbers else ""
    return sharing, f" · {note.created_at.date().isoformat()}{where}"


def note_start(note: Note, width: int = 80) -> str:
    """The start of a note, for a question about it."""
    return note.body if len(note.body) <= width else note.body[: width - 1] + "…"


def progress_lines(sessions: Sequence[Session]) -> list[tuple[str, str]]:
    """Progress over the sessions as lines of (emphasised lead, rest).

    The sentences are the ones the CLI and the reports print (exposure, resilience,
    skills added and removed, the chosen pivot's gap skills closed); the app puts each
    score's sparkline in front of its trend.
    """
    from career_resilience.records.progress import progress
    from career_resilience.records.progress import progress_lines as sentences

    if not sessions:
        return [("", "No sessions yet. Save an assessment to this client from the result view.")]
    p = progress(sessions)
    lines = [("", line) for line in sentences(p)]
    if len(sessions) > 1:  # the first two lines are the exposure and resilience trends
        lines[0] = (sparkline(p.exposures) + " ", lines[0][1])
        lines[1] = (sparkline(p.resiliences) + " ", lines[1][1])
    if p.pivot is None:
        lines[-1] = ("", lines[-1][1] + " p picks one for the selected session.")
    return lines
