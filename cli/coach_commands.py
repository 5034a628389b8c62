"""Coach commands: ``clients ...``, ``report``, ``export`` and ``import``.

Every handler opens the records store in the data directory (``--data-dir`` or
``RESILIENCE_DATA_DIR``), does one thing, and turns records errors into messages.
"""

from __future__ import annotations

import argparse
import functools
import sqlite3
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from career_resilience.cli.errors import CliError, UsageError
from career_resilience.files import FileWriteError, write_private
from career_resilience.records import (
    Client,
    InvalidDataError,
    RecordsError,
    Session,
    Store,
    progress,
    progress_lines,
)
from career_resilience.records.transfer import (
    export_to_file,
    import_data,
    read_import_file,
)

Handler = Callable[[argparse.Namespace], int]


def _handles_records_errors(handler: Handler) -> Handler:
    """Turn records errors into CLI errors: bad input exits 2, anything else 1."""

    @functools.wraps(handler)
    def wrapper(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except InvalidDataError as exc:
            raise UsageError(str(exc)) from exc
        except ValueError as exc:  # a name or note that fails the records' checks
            raise UsageError(str(exc)) from exc
        except RecordsError as exc:
            raise CliError(str(exc)) from exc
        except sqlite3.DatabaseError as exc:  # damage in a page opening did not read
            raise CliError(
                f"the records file could not be read ({exc}); run 'resilience doctor' to check it"
            ) from exc
        except FileWriteError:
            raise  # main() maps it: a bad output path exits 2
        except OSError as exc:  # e.g. an output folder that does not exist
            raise CliError(f"{exc.filename or 'file'}: {exc.strerror or exc}") from exc

    return wrapper


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2025-03-14, got {text!r}") from None


def _retention(text: str) -> date | None:
    return None if text.lower() in ("none", "never", "-") else _date(text)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a session number from 1, got {text!r}")
    return int(text)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``clients``, ``report``, ``export`` and ``import`` to the ``resilience`` CLI."""
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
    p.add_argument("name")
    p.add_argument("--note", default="", help="a first note (private unless --shared)")
    p.add_argument("--shared", action="store_true", help="share the note with the client")
    p.add_argument("--consent-date", type=_date, help="when the client agreed (YYYY-MM-DD)")
    p.add_argument("--consent", default="", help="what the client agreed to")
    p.add_argument("--retain-until", type=_date, help="offer to erase the client after this date")
    p.set_defaults(handler=_add)

    p = sub.add_parser("show", help="a client's details, sessions, progress and notes")
    p.add_argument("client", help="name or id")
    p.set_defaults(handler=_show)

    p = sub.add_parser("rename", help="rename a client")
    p.add_argument("client", help="name or id")
    p.add_argument("new_name")
    p.set_defaults(handler=_rename)

    p = sub.add_parser("archive", help="hide a client from the default list")
    p.add_argument("client", help="name or id")
    p.add_argument("--undo", action="store_true", help="bring an archived client back")
    p.set_defaults(handler=_archive)

    p = sub.add_parser("note", help="add a note (private unless --shared)")
    p.add_argument("client", help="name or id")
    p.add_argument("text")
    p.add_argument("--shared", action="store_true", help="may appear in reports for the client")
    p.add_argument("--session", type=_positive, help="attach the note to session N")
    p.set_defaults(handler=_note)

    p = sub.add_parser("share", help="mark a note shared with the client (or --private)")
    p.add_argument("note_id", type=int, help="the note's id, as shown by 'clients show'")
    p.add_argument("--private", action="store_true", help="make the note private again")
    p.set_defaults(handler=_share)

    p = sub.add_parser("consent", help="record what the client agreed to, and when")
    p.add_argument("client", help="name or id")
    p.add_argument("--date", type=_date, default=date.today(), help="default: today")
    p.add_argument("--agreed", required=True, help="what was agreed")
    p.set_defaults(handler=_consent)

    p = sub.add_parser("retention", help="set the date after which to erase the client")
    p.add_argument("client", help="name or id")
    p.add_argument("until", type=_retention, help="YYYY-MM-DD, or 'none' to clear")
    p.set_defaults(handler=_set_retention)

    p = sub.add_parser("pivot", help="record the pivot the client chose in a session")
    p.add_argument("client", help="name or id")
    p.add_argument("pivot_id", help="a pivot id from the session's result, or 'none'")
    p.add_argument("--session", type=_positive, help="session number (default: latest)")
    p.set_defaults(handler=_pivot)

    p = sub.add_parser("delete", help="erase a client and all their sessions and notes")
    p.add_argument("client", help="name or id")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=_delete)

    p = subparsers.add_parser("report", help="write a session report (Markdown or HTML)")
    p.add_argument("client", help="name or id")
    p.add_argument("--session", type=_positive, help="session number (default: latest)")
    p.add_argument("--format", choices=("md", "html"), help="default: from --output, else md")
    p.add_argument("--output", type=Path, help="file to write (default: standard output)")
    p.set_defaults(handler=_report)

    p = subparsers.add_parser("export", help="export all records (private notes too) as JSON")
    p.add_argument("file", type=Path)
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(handler=_export)

    p = subparsers.add_parser("import", help="import records exported with 'export'")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=_import)


def _client_line(client: Client, today: date) -> str:
    flags = []
    if client.archived:
        flags.append("archived")
    if client.past_retention(today):
        flags.append(f"past retention ({client.retention_until})")
    last = client.last_session_at.date().isoformat() if client.last_session_at else "-"
    sessions = f"{client.session_count} session{'' if client.session_count == 1 else 's'}"
    extra = f"  [{', '.join(flags)}]" if flags else ""
    return f"{client.id:>4}  {client.name}  ({sessions}, last {last}){extra}"


@_handles_records_errors
def _list(args: argparse.Namespace) -> int:
    today = date.today()
    with Store.open() as store:
        if args.past_retention:
            clients = store.past_retention(today)
        else:
            clients = store.list_clients(include_archived=args.all, search=args.search)
        expired = [] if args.past_retention else store.past_retention(today)
    if not clients:
        print("No clients match." if args.search or args.past_retention else "No clients yet.")
    if clients:  # one write, not one per client (10,000 clients is a normal list)
        print("\n".join(_client_line(client, today) for client in clients))
    if expired:
        print(
            f"\n{len(expired)} client(s) past their retention date: review them with "
            "'resilience clients list --past-retention' and erase with 'clients delete'."
        )
    return 0


@_handles_records_errors
def _add(args: argparse.Namespace) -> int:
    if bool(args.consent_date) != bool(args.consent.strip()):
        raise UsageError("give both --consent-date and --consent, or neither")
    with Store.open() as store, store.transaction():
        client = store.add_client(args.name)
        if args.note.strip():
            store.add_note(client.id, args.note, shared=args.shared)
        if args.consent_date:
            store.set_consent(client.id, args.consent_date, args.consent)
        if args.retain_until:
            store.set_retention(client.id, args.retain_until)
    print(f"Added client {client.name} (id {client.id}).")
    return 0


@_handles_records_errors
def _show(args: argparse.Namespace) -> int:
    with Store.open() as store:
        client = store.find_client(args.client)
        sessions = store.sessions(client.id)
        notes = store.notes(client.id)
    numbers = {s.id: s.number for s in sessions}
    print(f"{client.name} (id {client.id}){'  [archived]' if client.archived else ''}")
    print(f"Added {client.created_at.date().isoformat()}")
    if client.consent:
        print(f"Consent: {client.consent.date.isoformat()}: {client.consent.agreed}")
    else:
        print("Consent: not recorded")
    if client.retention_until:
        past = "  (passed: offer to erase)" if client.past_retention(date.today()) else ""
        print(f"Keep until: {client.retention_until.isoformat()}{past}")
    print(f"\nSessions ({len(sessions)}):")
    lines = []
    for s in sessions:  # the figures come with the row: no result is parsed here
        low, high = s.interval
        lines.append(
            f"  {s.number:>3}  {s.created_at.date().isoformat()}  exposure {s.exposure:.0f} "
            f"({low:.0f}-{high:.0f}, {s.band})  model {s.model_version}"
            + (f"  pivot {s.pivot_id}" if s.pivot_id else "")
        )
    if lines:
        print("\n".join(lines))
    if sessions:
        for line in _progress_lines(sessions):
            print(line)
    print(f"\nNotes ({len(notes)}):")
    for n in notes:
        where = f" session {numbers[n.session_id]}" if n.session_id in numbers else ""
        kind = "shared " if n.shared else "private"
        body = n.body.replace("\n", "\n" + " " * 8)
        print(f"  [{n.id}] {kind}{where} {n.created_at.date().isoformat()}: {body}")
    return 0


def _progress_lines(sessions: list[Session]) -> list[str]:
    p = progress(sessions)
    lines = progress_lines(p)
    if len(sessions) > 1:
        lines[0] = f"{p.sparkline}  {lines[0]}"
    return ["", "Progress:", *(f"  {line}" for line in lines)]


@_handles_records_errors
def _rename(args: argparse.Namespace) -> int:
    with Store.open() as store:
        client = store.find_client(args.client)
        renamed = store.rename_client(client.id, args.new_name)
    print(f"Renamed {client.name} to {renamed.name}.")
    return 0


@_handles_records_errors
def _archive(args: argparse.Namespace) -> int:
    with Store.open() as store:
        client = store.set_archived(store.find_client(args.client).id, not args.undo)
    print(f"{'Unarchived' if args.undo else 'Archived'} {client.name}.")
    return 0


@_handles_records_errors
def _note(args: argparse.Namespace) -> int:
    with Store.open() as store:
        client = store.find_client(args.client)
        session_id = store.session(client.id, args.session).id if args.session else None
        note = store.add_note(client.id, args.text, shared=args.shared, session_id=session_id)
    print(f"Added {'shared' if note.shared else 'private'} note {note.id} for {client.name}.")
    return 0


@_handles_records_errors
def _share(args: argparse.Namespace) -> int:
    with Store.open() as store:
        note = store.set_note_shared(args.note_id, not args.private)
    print(f"Note {note.id} is now {'shared with the client' if note.shared else 'private'}.")
    return 0


@_handles_records_errors
def _consent(args: argparse.Namespace) -> int:
    with Store.open() as store:
        client = store.set_consent(store.find_client(args.client).id, args.date, args.agreed)
    print(f"Recorded consent for {client.name} on {args.date.isoformat()}.")
    return 0


@_handles_records_errors
def _set_retention(args: argparse.Namespace) -> int:
    with Store.open() as store:
        client = store.set_retention(store.find_client(args.client).id, args.until)
    until = args.until.isoformat() if args.until else "no date"
    print(f"Retention for {client.name}: {until}.")
    return 0


@_handles_records_errors
def _pivot(args: argparse.Namespace) -> int:
    pivot_id = None if args.pivot_id.lower() == "none" else args.pivot_id
    with Store.open() as store:
        client = store.find_client(args.client)
        session = store.session(client.id, args.session)
        known = [p["id"] for p in session.result.get("pivots", [])]
        if pivot_id is not None and pivot_id not in known:
            raise UsageError(
                f"session {session.number} has no pivot {pivot_id!r}; "
                f"its pivots are: {', '.join(known) or 'none'}"
            )
        store.set_session_pivot(session.id, pivot_id)
    print(f"Session {session.number} of {client.name}: chosen pivot {pivot_id or 'cleared'}.")
    return 0


def _confirmed(prompt: str) -> bool:
    """Ask on the terminal; without one there is nobody to ask, so the answer is no."""
    if sys.stdin is None or not sys.stdin.isatty():
        raise UsageError("refusing to delete without confirmation: pass --yes to confirm")
    try:
        return input(prompt).strip().lower() in ("y", "yes")
    except EOFError:
        return False


@_handles_records_errors
def _delete(args: argparse.Namespace) -> int:
    with Store.open() as store:
        client = store.find_client(args.client)
        prompt = (
            f"Erase {client.name} with {client.session_count} session(s) and all notes? "
            "This cannot be undone. [y/N] "
        )
        if not args.yes and not _confirmed(prompt):
            print("Nothing deleted.")
            return 1
        compacted = store.delete_client(client.id)
    print(f"Erased {client.name} and all their sessions and notes.")
    if not compacted:
        print("Another copy of the app has the records open; leftovers are wiped when it closes.")
    return 0


@_handles_records_errors
def _report(args: argparse.Namespace) -> int:
    from career_resilience.reports import render_session_html, render_session_markdown

    fmt = args.format
    if fmt is None:
        suffix = args.output.suffix.lower() if args.output else ""
        fmt = "html" if suffix in (".html", ".htm") else "md"
    render = render_session_html if fmt == "html" else render_session_markdown
    with Store.open() as store:
        client = store.find_client(args.client)
        text = render(store, client.id, args.session)
    if args.output is None:
        sys.stdout.write(text)
    else:
        write_private(args.output, text)
        print(f"Wrote the {fmt} report for {client.name} to {args.output}.")
    return 0


@_handles_records_errors
def _export(args: argparse.Namespace) -> int:
    if args.file.exists() and not args.force:
        raise CliError(f"{args.file} exists; pass --force to overwrite it")
    with Store.open() as store:
        count = export_to_file(store, args.file)
    print(f"Exported {count} client(s) to {args.file}. It includes private notes: keep it safe.")
    return 0


@_handles_records_errors
def _import(args: argparse.Namespace) -> int:
    doc = read_import_file(args.file)  # validates everything before opening the store
    with Store.open() as store:
        store.check_integrity()  # never merge into a damaged file (open does not read it all)
        summary = import_data(store, doc)
    print(
        f"Imported {summary.clients_added} new client(s), merged into "
        f"{summary.clients_merged} existing; {summary.sessions_added} session(s) and "
        f"{summary.notes_added} note(s) added."
    )
    return 0
