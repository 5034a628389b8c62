"""``resilience score --input FILE --output FILE``: a batch, with a progress bar on a terminal.

The input's header is checked and the output path is checked (folder exists, is
writable, is not the input) before the model loads, so a mistake costs no time. The
output is written through :mod:`career_resilience.files`: private, atomic, and only
when the whole batch is done.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from career_resilience.cli.errors import UsageError
from career_resilience.sanitise import for_terminal
from career_resilience.wording import batch_summary


class BatchProgress:
    """A rich progress bar on stderr: share of the file read, rows, rows/s, time left.

    The share and time left follow the bytes read (known up front, no counting pass);
    the speed is in rows. Warnings printed through :meth:`warn` appear above the bar.
    """

    def __init__(self, total_bytes: int | None) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.console = Console(stderr=True, highlight=False)
        self.bar = Progress(
            BarColumn(bar_width=24),
            TaskProgressColumn(),
            TextColumn("{task.fields[rows]} rows  {task.fields[speed]}"),
            TimeRemainingColumn(),
            TimeElapsedColumn(),
            console=self.console,
        )
        self.total = total_bytes or None
        self.task = self.bar.add_task("scoring", start=False, total=self.total, rows="0", speed="")
        self.rows = 0

    def __enter__(self) -> BatchProgress:
        """Show the bar; the clock starts now, once the model has loaded."""
        self.bar.start()
        self.bar.start_task(self.task)
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.stop()

    def __call__(self, rows: int, bytes_read: int) -> None:
        """Count ``rows`` more, ``bytes_read`` of the input so far."""
        self.rows += rows
        elapsed = self.bar.tasks[0].elapsed or 1e-6
        speed = f"{self.rows / elapsed:,.0f} rows/s"
        self.bar.update(self.task, completed=bytes_read, rows=f"{self.rows:,}", speed=speed)

    def warn(self, message: str) -> None:
        """Print a warning above the bar."""
        self.console.print(f"warning: {message}", markup=False)

    def finish(self) -> None:
        """A full bar, whatever the file size said (it may have grown)."""
        task = self.bar.tasks[0]
        self.bar.update(self.task, total=task.completed or 1, completed=task.completed or 1)


def _warn_to_stderr(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def _file_size(path: Path) -> int | None:
    try:
        return path.stat().st_size or None
    except OSError:
        return None


@contextmanager
def _output(target: str, source: Path) -> Iterator[Callable[[str], Any]]:
    """Where the JSON lines go: stdout, or a private file that appears when all is done."""
    if target == "-":
        yield sys.stdout.write
        return
    from career_resilience.files import private_writer

    handle: IO[str]
    with private_writer(target, inputs=[source]) as handle:
        yield handle.write


def default_jobs() -> int:
    """Worker processes when --jobs is not given: one per core, at most 8."""
    import os

    return max(1, min(os.cpu_count() or 1, 8))


def run_batch(args: argparse.Namespace, load_engine: Callable[[], Any]) -> int:
    """Score ``args.input`` into ``args.output``; returns the exit code.

    ``load_engine`` must be a module-level function: worker processes call it too.
    """
    from career_resilience.files import refuse_same_file
    from career_resilience.model.batch import BatchInputError, check_fields, plan, score_file

    if not args.output:
        raise UsageError("batch scoring needs --output FILE.jsonl (or --output - for stdout)")
    jobs = default_jobs() if args.jobs is None else args.jobs
    if not 1 <= jobs <= 64:
        raise UsageError("--jobs must be between 1 and 64")
    try:
        fields = None if args.fields is None else check_fields(args.fields)
    except ValueError as exc:
        raise UsageError(f"--fields: {exc}") from exc
    if args.output != "-":
        refuse_same_file(args.output, [args.input])
    # A bar only where a person watches it (never in a log), and not over JSON lines
    # printed to the same terminal.
    watched = sys.stderr.isatty() and not (args.output == "-" and sys.stdout.isatty())
    progress = BatchProgress(_file_size(args.input)) if watched else None
    warn = progress.warn if progress else _warn_to_stderr
    try:
        source = plan(args.input, encoding=args.encoding, warn=warn)
    except BatchInputError as exc:
        raise UsageError(str(exc)) from exc
    with _output(args.output, args.input) as write:  # the folder is checked before scoring
        engine = load_engine()
        options: dict[str, Any] = {"jobs": jobs, "fields": fields, "loader": load_engine}
        if progress:
            with progress:
                scored, failed = score_file(engine, source, write, progress, **options)
                progress.finish()
        else:
            scored, failed = score_file(engine, source, write, **options)
    where = "standard output" if args.output == "-" else for_terminal(str(args.output))
    print(batch_summary(scored, failed, where), file=sys.stderr)
    return 0
