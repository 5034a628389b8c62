"""What the coach screens say about clients, sessions, progress and notes, as text.

Plain functions from records to :class:`~textual.content.Content` (never markup
strings: names and notes may hold square brackets). Every state is in words or
symbols, so nothing depends on colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from rich.text import Text
from textual.content import Content

from career_resilience.records.progress import progress

if TYPE_CHECKING:
    from career_resilience.records import Client, Note, Session


def count(number: int, noun: str) -> str:
    """ "1 session", "3 sessions"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def client_status(client: Client, today: date) -> str:
    """The list's status column in words: past retention, archived."""
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


def client_header(client: Client, today: date) -> Content:
    """Name, sessions, consent and retention in words, and a warning once retention passed."""
    consent = client.consent
    agreed = (
        f"Consent {consent.date.isoformat()}: {consent.agreed}"
        if consent
        else "Consent: not recorded (c records it)"
    )
    keep = (
        f"keep until {client.retention_until}" if client.retention_until else "no keep-until date"
    )
    archived = " · archived" if client.archived else ""
    parts: list[str | tuple[str, str]] = [
        (client.name, "bold"),
        f" · {count(client.session_count, 'session')}{archived}\n{agreed} · {keep}",
    ]
    if client.past_retention(today):
        parts.append(
            (
                f"\n⚠ The retention date ({client.retention_until}) has passed: erase this "
                "client (x) or set a new date (c).",
                "bold $text-warning",
            )
        )
    return Content.assemble(*parts)


def session_cells(session: Session) -> tuple[object, ...]:
    """One history row: number, date, role, exposure, resilience, model version."""
    result = session.result
    return (
        str(session.number),
        session.created_at.date().isoformat(),
        Text(str(session.profile.get("role", ""))),
        f"{session.exposure:.0f} {result.get('band', '')}",
        f"{float(result['resilience']):.0f}",
        Text(session.model_version),
    )


def progress_text(sessions: Sequence[Session]) -> Content:
    """Exposure over the sessions, skill changes, and the chosen pivot's gaps."""
    if not sessions:
        return Content("No sessions yet. Save an assessment to this client from the result view.")
    p = progress(sessions)
    scores = " → ".join(f"{e:.0f}" for e in p.exposures)
    lines: list[Content] = [Content.assemble(("Exposure  ", "bold"), p.sparkline, f"  {scores}")]
    if len(p.exposures) == 1:
        lines.append(Content("First session: the change shows from the next one."))
    else:
        change = p.exposure_change
        words = "no change" if abs(change) < 0.5 else f"{'up' if change > 0 else 'down'} "
        if abs(change) >= 0.5:
            words += f"{abs(change):.0f} point{'' if round(abs(change)) == 1 else 's'}"
        lines.append(Content(f"{words.capitalize()} since session 1 (lower is less exposed)."))
    for step in p.skill_changes[-4:]:
        done = []
        if step.added:
            done.append("added " + ", ".join(step.added))
        if step.removed:
            done.append("removed " + ", ".join(step.removed))
        lines.append(Content(f"Session {step.number}: " + "; ".join(done) + "."))
    if p.pivot is None:
        lines.append(Content("No pivot chosen yet: p picks one for the selected session."))
    else:
        v = p.pivot
        lines.append(
            Content.assemble(("Pivot  ", "bold"), f"{v.label} (since session {v.since_number})")
        )
        lines.append(Content(f"  ✓ Gaps closed: {', '.join(v.closed) or 'none yet'}"))
        lines.append(Content(f"  ○ Still to build: {', '.join(v.remaining) or 'nothing'}"))
    return Content("\n").join(lines)


def note_text(note: Note, numbers: dict[int, int]) -> Content:
    """A note: shared or private in words, its date and session, then its text."""
    sharing = ("Shared with client", "bold $text-success") if note.shared else ("Private", "bold")
    where = f" · session {numbers[note.session_id]}" if note.session_id in numbers else ""
    return Content.assemble(sharing, f" · {note.created_at.date().isoformat()}{where}\n", note.body)
