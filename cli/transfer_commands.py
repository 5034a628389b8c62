"""``resilience report``, ``export`` and ``import``: records leaving or entering this machine.

Files are written through :mod:`career_resilience.files` (private, atomic, never over
an input); a report printed to the terminal has its escape sequences made visible.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from career_resilience.cli.coach_commands import _positive
from career_resilience.cli.errors import UsageError
from career_resilience.cli.store_access import pass_store, show, store_for, with_records_errors

if TYPE_CHECKING:  # imported by the handlers: `score` never needs the records
    from career_resilience.records import Store


#: The report format an --output name asks for; no suffix is Markdown.
_SUFFIXES = {
    "": "md",
    ".md": "md",
    ".markdown": "md",
    ".txt": "md",
    ".html": "html",
    ".htm": "html",
}


#: How the reply above names each format, and the suffix it suggests for it.
_NAMES = {"md": "Markdown", "html": "HTML"}
_EXAMPLES = {"md": ".md", "html": ".html"}


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``report``, ``export`` and ``import`` to the ``resilience`` CLI."""
    p = subparsers.add_parser("report", help="write a session report (Markdown or HTML)")
    p.add_argument("client", help="name or id")
    p.add_argument("--session", type=_positive, help="session number (default: latest)")
    p.add_argument(
        "--format", choices=("md", "html"), help="default: from --output (.md or .html), else md"
    )
    p.add_argument("--output", type=Path, help="file to write (default: standard output)")
    p.set_defaults(handler=_report)

    p = subparsers.add_parser("export", help="export all records (private notes too) as JSON")
    p.add_argument("file", type=Path, help="the JSON file to write (readable only by you)")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(handler=_export)

    p = subparsers.add_parser("import", help="import records exported with 'export'")
    p.add_argument("file", type=Path, help="a JSON file written by 'resilience export'")
    p.set_defaults(handler=_import)


@pass_store
def _report(args: argparse.Namespace, store: Store) -> int:
    from career_resilience.files import write_private
    from career_resilience.reports import render_session_html, render_session_markdown
    from career_resilience.sanitise import for_terminal

    fmt = args.format
    suffix = args.output.suffix.lower() if args.output else ""
    if fmt is not None and suffix and _SUFFIXES.get(suffix, fmt) != fmt:
        # "--format html --output dana.md" wrote HTML into a file every editor opens
        # as Markdown: one of the two is a slip, and only the person knows which.
        named = _SUFFIXES[suffix]
        raise UsageError(
            f"--format {fmt}, but {str(args.output)!r} is named for {_NAMES[named]}: give "
            f"--format {named}, or name the file {str(args.output.with_suffix(_EXAMPLES[fmt]))!r}"
        )
    if fmt is None:
        if suffix not in _SUFFIXES:
            # "--output dana.pdf" wrote Markdown into a file no PDF reader opens.
            raise UsageError(
                f"cannot tell the report's format from {str(args.output)!r}: name the file "
                ".md or .html, or give --format md or --format html"
            )
        fmt = _SUFFIXES[suffix]
    render = render_session_html if fmt == "html" else render_session_markdown
    client = store.find_client(args.client)
    if args.session is None and not store.sessions(client.id):
        # "Zoë has no sessions yet" said what was missing, not how to add it.
        raise UsageError(
            f"{client.name} has no sessions yet: score one with "
            f"'resilience score --role ... --client {client.id}', then report it"
        )
    text = render(store, client.id, args.session)
    if args.output is None:
        sys.stdout.write(for_terminal(text))  # old records may hold escape sequences
    else:
        write_private(args.output, text, inputs=store.files())
        show(f"Wrote the {_NAMES[fmt]} report for {client.name} to {args.output}.")
    return 0


@pass_store
def _export(args: argparse.Namespace, store: Store) -> int:
    from career_resilience.records.transfer import export_to_file
    from career_resilience.wording import count

    if args.file.is_dir():
        raise UsageError(f"{args.file} is a folder; give the export a file name")
    if args.file.exists() and not args.force:
        raise UsageError(f"{args.file} exists; pass --force to overwrite it")
    clients = export_to_file(store, args.file)
    show(
        f"Exported {count(clients, 'client')} to {args.file}. "
        "It includes private notes: keep it safe."
    )
    return 0


@with_records_errors
def _import(args: argparse.Namespace) -> int:
    from career_resilience.records.transfer import import_data, read_import_file
    from career_resilience.wording import count

    doc = read_import_file(args.file)  # validates everything before opening the store
    with store_for(args) as store:
        store.check_integrity()  # never merge into a damaged file (open does not read it all)
        summary = import_data(store, doc)
    show(
        f"Imported {count(summary.clients_added, 'new client')}, merged into "
        f"{summary.clients_merged} existing; {count(summary.sessions_added, 'session')} and "
        f"{count(summary.notes_added, 'note')} added."
    )
    return 0
