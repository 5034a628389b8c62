"""What the coach screens say about clients, sessions and notes, as plain text.

Textual-free, so the app, the command line and the tests read the same sentences;
the app adds only emphasis. Every state is in words or symbols, never colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from career_resilience.records import Client, Note, Session


def count(number: int, noun: str) -> str:
    """ "1 session", "3 sessions"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


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
        f"{session.exposure:.0f} {result.get('band', '')}",
        f"{float(result['resilience']):.0f}",
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

    Exposure over the sessions, skills added and removed, and the chosen pivot's gap
    skills closed and still to build.
    """
    from career_resilience.records.progress import progress

    if not sessions:
        return [("", "No sessions yet. Save an assessment to this client from the result view.")]
    p = progress(sessions)
    scores = " → ".join(f"{e:.0f}" for e in p.exposures)
    lines = [("Exposure  ", f"{p.sparkline}  {scores}")]
    if len(p.exposures) == 1:
        lines.append(("", "First session: the change shows from the next one."))
    else:
        change = p.exposure_change
        words = "no change" if abs(change) < 0.5 else f"{'up' if change > 0 else 'down'} "
        if abs(change) >= 0.5:
            words += f"{abs(change):.0f} point{'' if round(abs(change)) == 1 else 's'}"
        lines.append(("", f"{words.capitalize()} since session 1 (lower is less exposed)."))
    for step in p.skill_changes[-4:]:
        done = []
        if step.added:
            done.append("added " + ", ".join(step.added))
        if step.removed:
            done.append("removed " + ", ".join(step.removed))
        lines.append(("", f"Session {step.number}: " + "; ".join(done) + "."))
    if p.pivot is None:
        lines.append(("", "No pivot chosen yet: p picks one for the selected session."))
    else:
        v = p.pivot
        lines.append(("Pivot  ", f"{v.label} (since session {v.since_number})"))
        lines.append(("", f"  ✓ Gaps closed: {', '.join(v.closed) or 'none yet'}"))
        lines.append(("", f"  ○ Still to build: {', '.join(v.remaining) or 'nothing'}"))
    return lines
