"""The coach records as the CLI opens them, and what their errors mean to the user.

:func:`pass_store` is the decorator every records command uses: it opens the store in
the data directory the command was given (``--data-dir``, then ``RESILIENCE_DATA_DIR``,
then the platform's), hands it to the handler, closes it, and turns records errors into
exit codes (2 for what the user typed wrong, 1 for the rest). :func:`show` prints text
that came from the records with escape sequences made visible.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import sqlite3
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TextIO

from career_resilience.cli.errors import CliError, UsageError

if TYPE_CHECKING:
    from career_resilience.records import Store

Handler = Callable[[argparse.Namespace], int]
StoreHandler = Callable[[argparse.Namespace, "Store"], int]

_warned: set[str] = set()


def show(text: str = "", *, file: TextIO | None = None) -> None:
    """Print ``text`` (which may hold names, notes, consent) safely to a terminal."""
    from career_resilience.sanitise import for_terminal

    print(for_terminal(text), file=file or sys.stdout)


@contextlib.contextmanager
def records_errors() -> Iterator[None]:
    """Map records failures to CLI errors: bad input or a wrong name exits 2, else 1."""
    from career_resilience.files import FileWriteError
    from career_resilience.records import (
        DuplicateNameError,
        InvalidDataError,
        NotFoundError,
        RecordsError,
    )

    try:
        yield
    except NotFoundError as exc:
        # Where to look next: "no client named 'Nobody'" left a coach guessing names.
        said = str(exc)
        if said.startswith("no client"):
            said += "; 'resilience clients list' names every client (--all: archived too)"
        raise UsageError(said) from exc
    except (InvalidDataError, DuplicateNameError) as exc:
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
    except BrokenPipeError:
        # main() ends quietly: `clients show X | head -2` printed "error: file: Broken
        # pipe" after the reader had all it asked for.
        raise
    except OSError as exc:
        raise CliError(f"{exc.filename or 'file'}: {exc.strerror or exc}") from exc


@contextlib.contextmanager
def store_for(args: argparse.Namespace) -> Iterator[Store]:
    """The records store in ``args.data_dir`` (or the default data directory)."""
    from career_resilience.paths import data_dir, exposure_warning
    from career_resilience.records import Store

    given = getattr(args, "data_dir", None)
    try:
        directory = data_dir(create=True, override=given)
    except OSError as exc:
        where = given or exc.filename or "the data folder"
        raise UsageError(f"cannot use {where} for records: {exc.strerror or exc}") from exc
    warning = exposure_warning(directory)
    if warning and warning not in _warned:
        _warned.add(warning)
        show(f"warning: {warning}", file=sys.stderr)
    with Store.open(directory) as store:
        yield store


def pass_store(handler: StoreHandler) -> Handler:
    """Make ``handler(args, store)`` a command handler ``(args) -> exit code``."""

    @functools.wraps(handler)
    def wrapper(args: argparse.Namespace) -> int:
        with records_errors(), store_for(args) as store:
            return handler(args, store)

    return wrapper


def with_records_errors(handler: Handler) -> Handler:
    """For a handler that opens the store itself (or not at all): errors mapped the same."""

    @functools.wraps(handler)
    def wrapper(args: argparse.Namespace) -> int:
        with records_errors():
            return handler(args)

    return wrapper
