"""``resilience doctor``: check the coach records file from end to end.

Opening the records reads only the header and schema, so damage in a page nobody has
read yet goes unnoticed until something reads it. This command reads every page (the
same check a migration and an import run first) and says plainly what it found.
"""

from __future__ import annotations

import argparse
import sqlite3

from career_resilience.cli.errors import CliError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``doctor`` to the ``resilience`` CLI."""
    p = subparsers.add_parser(
        "doctor", help="check the coach records file page by page (integrity, numbering)"
    )
    p.set_defaults(handler=_doctor)


def _doctor(args: argparse.Namespace) -> int:
    from career_resilience.cli.store_access import show, store_for
    from career_resilience.records import RecordsError
    from career_resilience.wording import count

    try:
        with store_for(args) as store:
            path = store.path
            version = store.conn.execute("PRAGMA user_version").fetchone()[0]
            problems = store.health()
            counts = None if problems else _counts(store.conn)
    except RecordsError as exc:
        raise CliError(str(exc)) from exc
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6
    show(f"Records: {path} (schema {version}, {size:.1f} MB)")
    if counts:
        clients, sessions, notes = (count(n, noun) for n, noun in zip(counts, NOUNS, strict=True))
        show(f"  {clients}, {sessions}, {notes}")
    if problems:
        for problem in problems:
            show(f"  problem: {problem}")
        raise CliError(
            f"{path} is damaged; it has been left untouched. Restore it from a backup "
            "(or from an earlier 'resilience export') or move it aside."
        )
    print("  every page checked: no problems found")
    return 0


#: What the records hold, one table each (named in the plural: "clients").
NOUNS = ("client", "session", "note")


def _counts(conn: sqlite3.Connection) -> list[int]:
    return [int(conn.execute(f"SELECT count(*) FROM {noun}s").fetchone()[0]) for noun in NOUNS]
