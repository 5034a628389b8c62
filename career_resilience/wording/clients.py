"""What the app and ``resilience clients`` say about clients, sessions and notes.

The records are described by what is read from them (the protocols below), so these
sentences need nothing from the records package: a client, a session and a note of
``career_resilience.records`` fit them, and so does a test's stand-in. Every state is
in words or symbols, never colour alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Protocol

from career_resilience.wording.meaning import likely_range
from career_resilience.wording.numbers import count, score
from career_resilience.wording.wrapping import cut_at_word

__all__ = [
    "CHOSEN_MARK",
    "CHOSEN_NAMED",
    "NO_CLIENTS",
    "NO_CLIENTS_MATCH",
    "NO_SESSIONS",
    "PICK_PIVOT",
    "ClientFacts",
    "ConsentFacts",
    "NoteFacts",
    "SessionFigures",
    "archive_question",
    "chosen_placements_note",
    "client_details",
    "client_list_line",
    "client_status",
    "client_summary",
    "consent_line",
    "create_question",
    "erase_question",
    "no_sessions_cli",
    "note_heading",
    "note_line",
    "note_start",
    "past_retention_reminder",
    "pick_pivot_cli",
    "retention_warning",
    "session_cells",
    "session_line",
]


class ConsentFacts(Protocol):
    """What a client agreed to, and when."""

    @property
    def date(self) -> date: ...
    @property
    def agreed(self) -> str: ...


class ClientFacts(Protocol):
    """What the sentences read of a client."""

    @property
    def name(self) -> str: ...
    @property
    def archived(self) -> bool: ...
    @property
    def session_count(self) -> int: ...
    @property
    def retention_until(self) -> date | None: ...
    @property
    def consent(self) -> ConsentFacts | None: ...
    @property
    def created_at(self) -> datetime: ...
    def past_retention(self, today: date) -> bool: ...


class SessionFigures(Protocol):
    """What a session list shows of a session (a stored summary has it all)."""

    @property
    def number(self) -> int: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def model_version(self) -> str: ...
    @property
    def exposure(self) -> float: ...
    @property
    def resilience(self) -> float: ...
    @property
    def band(self) -> str: ...


class NoteFacts(Protocol):
    """What the sentences read of a note."""

    @property
    def body(self) -> str: ...
    @property
    def shared(self) -> bool: ...
    @property
    def session_id(self) -> int | None: ...
    @property
    def created_at(self) -> datetime: ...


NO_SESSIONS = "No sessions yet. Save an assessment to this client from the result view."
#: Added to "no pivot chosen" in the app, where a key picks one.
PICK_PIVOT = " p picks one for the selected session."
NO_CLIENTS = "No clients yet."
NO_CLIENTS_MATCH = "No clients match."


def client_status(client: ClientFacts, today: date) -> str:
    """The client list's status column in words: past retention, archived."""
    flags = []
    if client.past_retention(today):
        flags.append("⚠ past retention")
    if client.archived:
        flags.append("archived")
    return ", ".join(flags)


def archive_question(name: str) -> str:
    """Asked before a client is archived: one stray key on the list must not hide them.

    The keys named are the client list's (tui/views.py; tests/test_tui_client_list.py checks
    the two agree)."""
    return (
        f"Archive {name}?\n\n{name} leaves the client list; nothing is erased. "
        "ctrl+t shows archived clients, and ctrl+a there brings them back."
    )


def erase_question(clients: Sequence[ClientFacts]) -> str:
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


def create_question(name: str, like: Sequence[str] = ()) -> str:
    """Asked before a save creates a client, so a typo does not become a new person.

    ``like`` are clients whose names hold what was typed (the dialog's suggestions): a
    coach who typed "Lena" and Enter meant Lena Park, and the question only said no
    client had that name, with Create focused.
    """
    question = f"Create a new client '{name}'?\n\nNo client has this name yet."
    if not like:
        return question
    names = " and ".join(like) if len(like) <= 2 else f"{', '.join(like[:2])} and others"
    has = "has" if len(like) == 1 else "have"
    return f"{question} {names} {has} a name like it: go back to pick them from the list."


def client_summary(client: ClientFacts) -> str:
    """After the name: sessions, and whether the client is archived."""
    archived = " · archived" if client.archived else ""
    return f" · {count(client.session_count, 'session')}{archived}"


def consent_line(client: ClientFacts) -> str:
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


def retention_warning(client: ClientFacts, today: date) -> str:
    """What to do once the retention date passed ("" before that)."""
    if not client.past_retention(today):
        return ""
    return (
        f"⚠ The retention date ({client.retention_until}) has passed: erase this "
        "client (x) or set a new date (c)."
    )


def session_cells(session: SessionFigures, role: str) -> tuple[str, ...]:
    """One history row: number, date, role, exposure, resilience, model version."""
    return (
        str(session.number),
        session.created_at.date().isoformat(),
        role,
        f"{score(session.exposure)} {session.band}".rstrip(),
        score(session.resilience),
        session.model_version,
    )


#: After the number of a session scored in a placement the person chose.
CHOSEN_MARK = "*"
#: A client record's note under the sessions names this many chosen placements, and
#: this many sessions of each, then counts the rest.
CHOSEN_NAMED = 3


def chosen_placements_note(chosen: Mapping[int, str]) -> str:
    """Under a client's sessions: which were scored in a placement the person chose
    ("that's not me"), by session number, so a coach sees which figures are not where
    the model placed the job title: "* Scored in a placement chosen, not where the model
    placed the job title: Psychiatric Technicians (session 2); Retail and store work
    (sessions 3 and 5)."; "" when none was."""
    if not chosen:
        return ""
    sessions: dict[str, list[int]] = {}
    for number, name in sorted(chosen.items()):
        sessions.setdefault(name, []).append(number)

    def which(numbers: list[int]) -> str:
        named = [str(n) for n in numbers[:CHOSEN_NAMED]]
        if len(numbers) > CHOSEN_NAMED:
            named.append(f"{len(numbers) - CHOSEN_NAMED:,} more")
        return f"{'session' if len(numbers) == 1 else 'sessions'} {_and(named)}"

    parts = [
        f"{name} ({which(numbers)})" for name, numbers in list(sessions.items())[:CHOSEN_NAMED]
    ]
    if len(sessions) > CHOSEN_NAMED:
        parts.append(f"and {count(len(sessions) - CHOSEN_NAMED, 'other placement')}")
    return (
        f"{CHOSEN_MARK} Scored in a placement chosen, not where the model placed the job title: "
        + "; ".join(parts)
        + "."
    )


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def note_heading(note: NoteFacts, numbers: Mapping[int, int]) -> tuple[str, str]:
    """Who sees a note ("Private" / "Shared with client"), then its date and session."""
    sharing = "Shared with client" if note.shared else "Private"
    number = numbers.get(note.session_id) if note.session_id is not None else None
    where = f" · session {number}" if number is not None else ""
    return sharing, f" · {note.created_at.date().isoformat()}{where}"


def note_start(note: NoteFacts, width: int = 80) -> str:
    """The start of a note, for a question about it."""
    return cut_at_word(note.body, width)


# ------------------------------------------------------------ the command line


def client_details(client: ClientFacts, client_id: int, today: date) -> list[str]:
    """The head of ``clients show``: name and id, when added, consent, keep-until date."""
    archived = "  [archived]" if client.archived else ""
    lines = [f"{client.name} (id {client_id}){archived}", f"Added {client.created_at.date()}"]
    consent = client.consent
    if consent:
        lines.append(f"Consent: {consent.date.isoformat()}: {consent.agreed}")
    else:
        lines.append("Consent: not recorded")
    if client.retention_until:
        past = "  (passed: offer to erase)" if client.past_retention(today) else ""
        lines.append(f"Keep until: {client.retention_until.isoformat()}{past}")
    return lines


def client_list_line(
    client_id: int,
    name: str,
    sessions: int,
    last_day: str | None,
    archived: bool,
    past_retention_since: str | None,
) -> str:
    """One line of ``clients list``: id, name, sessions, the last one's day, and flags.

    ``past_retention_since`` is the retention date when it has passed, else None.
    """
    flags = ["archived"] if archived else []
    if past_retention_since:
        flags.append(f"past retention ({past_retention_since})")
    extra = f"  [{', '.join(flags)}]" if flags else ""
    if not sessions:  # read "(0 sessions, last -)"
        return f"{client_id:>4}  {name}  (no sessions yet){extra}"
    return f"{client_id:>4}  {name}  ({count(sessions, 'session')}, last {last_day or '-'}){extra}"


def no_sessions_cli(client_id: int) -> str:
    """``clients show`` for a client without sessions: how to add one from the command
    line, by id (a name may need quoting), as the app's :data:`NO_SESSIONS` names its
    own way."""
    return f"No sessions yet: resilience score --role ... --client {client_id} saves one."


def pick_pivot_cli(client_id: int) -> str:
    """Under "no pivot chosen" in ``clients show``, as the app adds :data:`PICK_PIVOT`:
    the command that records the pivot chosen (the line said nothing to do), one line
    within 80 columns so it copies whole."""
    return f"Record one: resilience clients pivot {client_id} N (N: its number in the report)."


def past_retention_reminder(how_many: int) -> str:
    """Under the client list: how many clients are past their retention date, and what to do."""
    return (
        f"\n{count(how_many, 'client')} past their retention date: review them with "
        "'resilience clients list --past-retention' and erase with 'clients delete'."
    )


def session_line(
    number: int,
    day: str,
    exposure: float,
    interval: tuple[float, float],
    band: str,
    resilience: float,
    model_version: str,
    pivot: str | None,
    chosen: bool = False,
    role: str = "",
) -> str:
    """One session in ``clients show``: its number (marked when it was scored in a
    placement the person chose: :func:`chosen_placements_note`), day, the job title
    scored, exposure (with the interval as the result says it, "likely 65–78"),
    resilience, model and chosen pivot (its name): the figures of the app's session
    table."""
    # A sure figure's "likely 44" beside "exposure 44" says the number twice.
    sure = score(interval[0]) == score(interval[1]) == score(exposure)
    likely = "" if sure else f"{likely_range(*interval)}, "
    mark = CHOSEN_MARK if chosen else " "
    head = f"  {number:>3}{mark} {day}"
    parts = [
        f"exposure {score(exposure)} ({likely}{band})",
        f"resilience {score(resilience)}",
        f"model {model_version}",
        *([f"pivot: {pivot}"] if pivot else []),
    ]
    # Within 80 columns: the parts that do not fit go on under the date (a session with
    # an interval and a chosen pivot ran to 113 columns and wrapped mid-word).
    lines = [head]
    if role.strip():
        # The job title scored, as the app's Role column shows it, so a change of job
        # between sessions is seen; alone beside the date (cut at a word), so the
        # figures start under the date in every session and read down as a column.
        lines[0] += "  " + cut_at_word(" ".join(role.split()), _SESSION_LINE_WIDTH - len(head) - 2)
        lines.append(" " * _SESSION_INDENT + parts.pop(0))
    for part in parts:
        if len(lines[-1]) + 2 + len(part) <= _SESSION_LINE_WIDTH:
            lines[-1] += f"  {part}"
        else:
            lines.append(" " * _SESSION_INDENT + part)
    return "\n".join(lines)


#: The width ``clients show`` keeps a session to, and where its continued lines start
#: (under the date).
_SESSION_LINE_WIDTH, _SESSION_INDENT = 80, 7


def note_line(note_id: int, shared: bool, session: int | None, day: str, body: str) -> str:
    """One note in ``clients show``, its later lines indented under the first."""
    where = f" session {session}" if session is not None else ""
    kind = "shared " if shared else "private"
    text = body.replace("\n", "\n" + " " * 8)
    return f"  [{note_id}] {kind}{where} {day}: {text}"
