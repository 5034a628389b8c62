"""Coach commands: ``clients ...`` (report, export and import are in transfer_commands).

Every handler takes ``(args, store)``: :func:`~career_resilience.cli.store_access.pass_store`
opens the records in the data directory the command was given and maps records errors
to exit codes, so each handler does one thing. Everything printed from the records
goes through :func:`~career_resilience.cli.store_access.show`, which makes escape
sequences in old or hand-edited records visible instead of obeyed.

argparse rather than click: the 13 handlers now share one decorator either way, and
argparse keeps the CLI free of a new dependency and the existing parser, tests and
error mapping unchanged.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import textwrap
from datetime import date
from typing import TYPE_CHECKING, Any

from career_resilience import wording
from career_resilience.cli.errors import UsageError
from career_resilience.cli.store_access import pass_store, show
from career_resilience.sanitise import for_terminal

if TYPE_CHECKING:  # the records are imported by the handlers: `score` never needs them
    from career_resilience.records import ListedClient, Store
    from career_resilience.records.models import SessionSummary


#: The width ``clients show`` keeps to, as ``resilience score`` does.
_WIDTH = 80


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2025-03-14, got {text!r}") from None


def _consent_date(text: str) -> date:
    """A consent's date: the day it was given, so never after today (a slip of the
    year, "2062-03-14", would read as consent not yet given)."""
    day = _date(text)
    if day > date.today():
        raise argparse.ArgumentTypeError(
            f"{day.isoformat()} is after today ({date.today().isoformat()}); give the day "
            "the client agreed"
        )
    return day


def _retention(text: str) -> date | None:
    return None if text.lower() in ("none", "never", "-") else _date(text)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a session number from 1, got {text!r}")
    return int(text)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``clients`` and its subcommands to the ``resilience`` CLI."""
    clients = subparsers.add_parser("clients", help="manage coaching clients and their notes")
    sub = clients.add_subparsers(dest="clients_command", required=True)

    p = sub.add_parser("list", help="list clients (active ones unless --all)")
    p.add_argument("--all", action="store_true", help="include archived clients")
    p.add_argument("--search", default="", help="only clients whose name or notes match")
    p.add_argument(
        "--past-retention", action="store_true", help="only clients past their retention date"
    )
    p.set_defaults(handler=_list)

    p = sub.add_parser("add", help="add a client")
    p.add_argument("name", help="the client's name, as you will look them up")
    p.add_argument("--note", default="", help="a first note (private unless --shared)")
    p.add_argument("--shared", action="store_true", help="share the note with the client")
    p.add_argument("--consent-date", type=_consent_date, help="when the client agreed (YYYY-MM-DD)")
    p.add_argument("--consent", default="", help="what the client agreed to")
    p.add_argument("--retain-until", type=_date, help="offer to erase the client after this date")
    p.set_defaults(handler=_add)

    p = sub.add_parser("show", help="a client's details, sessions, progress and notes")
    p.add_argument("client", help="name or id")
    p.set_defaults(handler=_show)

    p = sub.add_parser("rename", help="rename a client")
    p.add_argument("client", help="name or id")
    p.add_argument("new_name", help="the name to use from now on")
    p.set_defaults(handler=_rename)

    p = sub.add_parser("archive", help="hide a client from the default list")
    p.add_argument("client", help="name or id")
    p.add_argument("--undo", action="store_true", help="bring an archived client back")
    p.set_defaults(handler=_archive)

    p = sub.add_parser("note", help="add a note (private unless --shared)")
    p.add_argument("client", help="name or id")
    p.add_argument("text", help="the note, in quotes")
    p.add_argument("--shared", action="store_true", help="may appear in reports for the client")
    p.add_argument("--session", type=_positive, help="attach the note to session N")
    p.set_defaults(handler=_note)

    p = sub.add_parser("share", help="mark a note shared with the client (or --private)")
    p.add_argument("note_id", type=int, help="the note's id, as shown by 'clients show'")
    p.add_argument("--private", action="store_true", help="make the note private again")
    p.set_defaults(handler=_share)

    p = sub.add_parser("consent", help="record what the client agreed to, and when")
    p.add_argument("client", help="name or id")
    p.add_argument("--date", type=_consent_date, default=date.today(), help="default: today")
    p.add_argument("--agreed", required=True, help="what was agreed")
    p.set_defaults(handler=_consent)

    p = sub.add_parser("retention", help="set the date after which to erase the client")
    p.add_argument("client", help="name or id")
    p.add_argument("until", type=_retention, help="YYYY-MM-DD, or 'none' to clear")
    p.set_defaults(handler=_set_retention)

    p = sub.add_parser("pivot", help="record the pivot the client chose in a session")
    p.add_argument("client", help="name or id")
    p.add_argument(
        "pivot_id",
        help="the pivot's number or name as the report lists it (or its id), or 'none'",
    )
    p.add_argument("--session", type=_positive, help="session number (default: latest)")
    p.set_defaults(handler=_pivot)

    p = sub.add_parser("delete", help="erase a client and all their sessions and notes")
    p.add_argument("client", help="name or id")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=_delete)
    # Named by its choices, so `resilience clients` alone says which commands there are
    # (argparse would name the internal "clients_command").
    sub.metavar = "{" + ",".join(sub.choices) + "}"


def _client_line(row: ListedClient) -> str:
    past = row.retention_until if row.past_retention else None
    return wording.client_list_line(
        row.id, row.name, row.session_count, row.last_session_day, bool(row.archived), past
    )


@pass_store
def _list(args: argparse.Namespace, store: Store) -> int:
    today = date.today()
    rows = store.listed_clients(
        today, include_archived=args.all, search=args.search, past_retention=args.past_retention
    )
    listed = 0
    # Streamed: a block of lines is written as soon as it is read, one write a block
    # (10,000 clients is a normal list; one write per client would cost more than the query).
    while block := list(itertools.islice(rows, 1000)):
        show("\n".join(map(_client_line, block)))
        listed += len(block)
    if not listed:
        filtered = args.search or args.past_retention
        show(wording.NO_CLIENTS_MATCH if filtered else wording.NO_CLIENTS)
    expired = 0 if args.past_retention else store.past_retention_count(today)
    if expired:
        show(wording.past_retention_reminder(expired))
    return 0


@pass_store
def _add(args: argparse.Namespace, store: Store) -> int:
    if bool(args.consent_date) != bool(args.consent.strip()):
        raise UsageError("give both --consent-date and --consent, or neither")
    with store.transaction():
        client = store.add_client(args.name)
        if args.note.strip():
            store.add_note(client.id, args.note, shared=args.shared)
        if args.consent_date:
            store.set_consent(client.id, args.consent_date, args.consent)
        if args.retain_until:
            store.set_retention(client.id, args.retain_until)
    show(f"Added client {client.name} (id {client.id}).")
    return 0


@pass_store
def _show(args: argparse.Namespace, store: Store) -> int:
    from career_resilience.records.history import pivot_labels, placements, summaries

    client = store.find_client(args.client)
    sessions = summaries(store, client.id)  # the figures only: no stored result is read
    notes = store.notes(client.id)
    numbers = {s.id: s.number for s in sessions}
    # The chosen pivot by name, as the progress line and `clients pivot` say it.
    labels = pivot_labels(store, client.id)
    placed = placements(store, client.id)
    chosen = {n: p.chosen for n, p in placed.items() if p.chosen}
    show("\n".join(wording.client_details(client, client.id, date.today())))
    show(f"\nSessions ({len(sessions)}):")
    if not sessions:
        show("  " + wording.no_sessions_cli(client.id))
    lines = [
        wording.session_line(
            s.number, s.created_at.date().isoformat(), s.exposure, s.interval, s.band,
            s.resilience, s.model_version, labels.get(s.pivot_id or "", s.pivot_id),
            s.number in chosen, placed[s.number].role if s.number in placed else "",
        )
        for s in sessions
    ]  # fmt: skip
    if chosen:
        lines.append("  " + wording.chosen_placements_note(chosen))
    if lines:
        show("\n".join(lines))
    if sessions:
        for line in _progress_lines(store, sessions):
            show(line)
    show(f"\nNotes ({len(notes)}):")
    for n in notes:
        number = numbers.get(n.session_id) if n.session_id is not None else None
        day = n.created_at.date().isoformat()
        show("\n".join(_within_width(wording.note_line(n.id, n.shared, number, day, n.body))))
    return 0


def _within_width(text: str, indent: int = 8) -> list[str]:
    """``text``'s lines wrapped at words within 80 columns, each continued ``indent``
    deep: a note printed on one line of 97 columns was broken mid-word by the terminal."""
    return [
        part
        for line in text.split("\n")
        for part in textwrap.wrap(
            line, _WIDTH, subsequent_indent=" " * indent,
            break_long_words=False, break_on_hyphens=False,
        ) or [""]
    ]  # fmt: skip


def _progress_lines(store: Store, sessions: list[SessionSummary]) -> list[str]:
    """Progress as the app's client record shows it: exposure and resilience each led
    by its sparkline (one block a session), then skills and the chosen pivot's gaps."""
    from career_resilience.records.progress import stored_progress, trend_rows

    progress = stored_progress(store, sessions)
    rows = trend_rows(progress)
    if progress.pivot is None:  # and how to record one, as the app names its key
        rows.append(("", wording.pick_pivot_cli(sessions[0].client_id)))
    out = ["", "Progress:"]
    for lead, line in rows:
        # Within 80 columns, as the session lines: the terminal broke a title changed
        # between sessions, or a pivot's plan, mid-word. Continued under the sentence.
        out += textwrap.wrap(
            line, _WIDTH, initial_indent=f"  {lead}", subsequent_indent=" " * (2 + len(lead)),
            break_long_words=False, break_on_hyphens=False,
        )  # fmt: skip
    return out


@pass_store
def _rename(args: argparse.Namespace, store: Store) -> int:
    client = store.find_client(args.client)
    renamed = store.rename_client(client.id, args.new_name)
    show(f"Renamed {client.name} to {renamed.name}.")
    return 0


@pass_store
def _archive(args: argparse.Namespace, store: Store) -> int:
    client = store.set_archived(store.find_client(args.client).id, not args.undo)
    show(f"{'Unarchived' if args.undo else 'Archived'} {client.name}.")
    return 0


@pass_store
def _note(args: argparse.Namespace, store: Store) -> int:
    client = store.find_client(args.client)
    session_id = store.session(client.id, args.session).id if args.session else None
    note = store.add_note(client.id, args.text, shared=args.shared, session_id=session_id)
    show(f"Added {'shared' if note.shared else 'private'} note {note.id} for {client.name}.")
    return 0


@pass_store
def _share(args: argparse.Namespace, store: Store) -> int:
    note = store.set_note_shared(args.note_id, not args.private)
    show(f"Note {note.id} is now {'shared with the client' if note.shared else 'private'}.")
    return 0


@pass_store
def _consent(args: argparse.Namespace, store: Store) -> int:
    client = store.set_consent(store.find_client(args.client).id, args.date, args.agreed)
    show(f"Recorded consent for {client.name} on {args.date.isoformat()}.")
    return 0


@pass_store
def _set_retention(args: argparse.Namespace, store: Store) -> int:
    client = store.set_retention(store.find_client(args.client).id, args.until)
    until = args.until.isoformat() if args.until else "no date"
    past = args.until is not None and args.until < date.today()
    # Not refused: a coach may mark a record for erasing now. Said, so a slip is seen.
    note = " (already past: 'clients list --past-retention' lists it for erasing)" if past else ""
    show(f"Retention for {client.name}: {until}{note}.")
    return 0


def _chosen_pivot(typed: str, pivots: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The pivot ``typed`` names: its id, its rank as the report numbers it ("1"), or its
    name as the report and the score show it (any case)."""
    text = typed.strip()
    if text.isdigit() and 1 <= int(text) <= len(pivots):
        return pivots[int(text) - 1]
    for pivot in pivots:
        if text == pivot.get("id") or text.casefold() == str(pivot.get("label", "")).casefold():
            return pivot
    return None


@pass_store
def _pivot(args: argparse.Namespace, store: Store) -> int:
    client = store.find_client(args.client)
    session = store.session(client.id, args.session)
    if args.pivot_id.strip().lower() == "none":
        store.set_session_pivot(session.id, None)
        show(f"Session {session.number} of {client.name}: chosen pivot cleared.")
        return 0
    pivots = [p for p in session.result.get("pivots", []) if isinstance(p, dict)]
    pivot = _chosen_pivot(args.pivot_id, pivots)
    if pivot is None:
        # One pivot a line: on one line, five pivots with their ids ran to 300 columns.
        listed = "".join(
            f"\n  {rank}. {p.get('label', '')} ({p.get('id', '')})"
            for rank, p in enumerate(pivots, 1)
        )
        raise UsageError(
            f"session {session.number} has no pivot {args.pivot_id!r}; give its number, name "
            f"or id:{listed or ' it has no pivots'}"
        )
    store.set_session_pivot(session.id, pivot["id"])
    show(f"Session {session.number} of {client.name}: chosen pivot {pivot.get('label', '')}.")
    return 0


def _confirmed(prompt: str) -> bool:
    """Ask on the terminal; without one there is nobody to ask, so the answer is no."""
    if sys.stdin is None or not sys.stdin.isatty():
        raise UsageError("refusing to delete without confirmation: pass --yes to confirm")
    try:
        return input(for_terminal(prompt)).strip().lower() in ("y", "yes")
    except EOFError:
        return False


@pass_store
def _delete(args: argparse.Namespace, store: Store) -> int:
    client = store.find_client(args.client)
    prompt = (
        f"Erase {client.name} with {wording.count(client.session_count, 'session')} and all "
        "notes? "
        "This cannot be undone. [y/N] "
    )
    if not args.yes and not _confirmed(prompt):
        show("Nothing deleted.")
        return 1
    compacted = store.delete_client(client.id)
    show(f"Erased {client.name} and all their sessions and notes.")
    if not compacted:
        show("Another copy of the app has the records open; leftovers are wiped when it closes.")
    return 0
