"""Batch scoring of CSV or JSONL files: one output line per input row, in order.

A bad row never stops the batch: it gets ``{"row": N, "error": "..."}`` (rows are
numbered from 1, the header not counted) and every other row is still scored.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from career_resilience.model.profile import Profile, ProfileError

#: Rows read and scored together (bounded memory for any file size).
BATCH_ROWS = 2048


class BatchInputError(ValueError):
    """The input file as a whole cannot be read (missing, unknown format, no role column)."""


@dataclass(frozen=True)
class InputRow:
    """One row of the input: its number, optional id, and a profile or the reason it has none."""

    number: int
    id: str | None
    profile: Profile | None
    error: str | None


def _to_profile(number: int, data: Any) -> InputRow:
    if not isinstance(data, dict):
        return InputRow(number, None, None, "expected an object with role, skills and duties")
    row_id = data.get("id")
    row_id = None if row_id in (None, "") else str(row_id)
    try:
        skills = data.get("skills") or ""
        if isinstance(skills, list):
            skills = [str(s) for s in skills]
        elif not isinstance(skills, str):
            raise ProfileError("skills", "expected text separated by semicolons, or a list")
        role = data.get("role")
        duties = data.get("duties") or ""
        if role is not None and not isinstance(role, str):
            raise ProfileError("role", "must be text")
        if not isinstance(duties, str):
            raise ProfileError("duties", "must be text")
        profile = Profile.create(role or "", skills, duties)
    except ProfileError as exc:
        return InputRow(number, row_id, None, str(exc))
    return InputRow(number, row_id, profile, None)


def read_rows(path: Path) -> Iterator[InputRow]:
    """Rows of a ``.csv`` or ``.jsonl`` file (format from the extension)."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".jsonl", ".ndjson"):
        raise BatchInputError(f"{path}: unknown format {suffix!r}; use .csv or .jsonl")
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise BatchInputError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    with handle:
        yield from (_csv_rows(handle, path) if suffix == ".csv" else _jsonl_rows(handle))


def _csv_rows(handle: IO[str], path: Path) -> Iterator[InputRow]:
    reader = csv.DictReader(handle)
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    if "role" not in fields:
        raise BatchInputError(f"{path}: the header has no 'role' column (found: {fields})")
    reader.fieldnames = fields
    number = 0
    while True:
        number += 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except (csv.Error, UnicodeDecodeError) as exc:
            yield InputRow(number, None, None, f"unreadable CSV row ({exc})")
            continue
        if None in record:  # more cells than header columns
            yield InputRow(number, record.get("id"), None, "more cells than header columns")
            continue
        yield _to_profile(number, record)


def _jsonl_rows(handle: IO[str]) -> Iterator[InputRow]:
    number = 0
    while True:
        try:
            line = handle.readline()
        except UnicodeDecodeError as exc:
            number += 1
            yield InputRow(number, None, None, f"not UTF-8 text ({exc.reason})")
            continue
        if not line:
            return
        if not line.strip():
            continue
        number += 1
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputRow(number, None, None, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        yield _to_profile(number, data)


def _json_lines(engine: Any, rows: list[InputRow]) -> tuple[str, int, int]:
    """Score one chunk of rows; returns its output lines, scored count and failed count."""
    good = [r for r in rows if r.profile is not None]
    results = iter(engine.score_many([r.profile for r in good]))
    lines = []
    for row in rows:
        out: dict[str, Any] = {"row": row.number}
        if row.id is not None:
            out["id"] = row.id
        if row.profile is None:
            out["error"] = row.error
        else:
            out.update(next(results).to_dict())
        lines.append(json.dumps(out, ensure_ascii=False) + "\n")
    return "".join(lines), len(good), len(rows) - len(good)


def _chunks(rows: Iterator[InputRow]) -> Iterator[list[InputRow]]:
    chunk: list[InputRow] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= BATCH_ROWS:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# The engine a forked worker inherits from its parent (set just before forking).
_WORKER_ENGINE: Any = None


def _worker(rows: list[InputRow]) -> tuple[str, int, int]:
    return _json_lines(_WORKER_ENGINE, rows)


def default_workers() -> int:
    """Worker processes for batch scoring: one per core, where fork is available."""
    import multiprocessing
    import os

    if "fork" not in multiprocessing.get_all_start_methods():
        return 1  # Windows: spawning would reload the model in every worker
    return max(1, min(os.cpu_count() or 1, 8))


def score_file(
    engine: Any,
    rows: Iterator[InputRow],
    write: Callable[[str], Any],
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> tuple[int, int]:
    """Score rows chunk by chunk, writing one JSON line per row in input order.

    Large inputs are scored by forked worker processes that share the loaded model
    copy-on-write; returns (scored, failed).
    """
    from threadpoolctl import threadpool_limits

    # The per-chunk matrices are small: BLAS threads mostly spin, and with one worker
    # per core they fight the workers for the cores (measured: the same rows took 30%
    # less CPU single-threaded, at the same speed). Forked workers inherit the limit.
    with threadpool_limits(limits=1, user_api="blas"):
        return _score_in_chunks(engine, rows, write, progress, workers)


def _score_in_chunks(
    engine: Any,
    rows: Iterator[InputRow],
    write: Callable[[str], Any],
    progress: Callable[[int], None] | None,
    workers: int | None,
) -> tuple[int, int]:
    global _WORKER_ENGINE
    import itertools

    chunks = _chunks(rows)
    head = list(itertools.islice(chunks, 2))  # two chunks tell a big input from a small one
    pending = itertools.chain(head, chunks)
    workers = default_workers() if workers is None else workers
    scored = failed = 0

    def emit(outcome: tuple[str, int, int]) -> None:
        nonlocal scored, failed
        write(outcome[0])
        scored, failed = scored + outcome[1], failed + outcome[2]
        if progress:
            progress(outcome[1] + outcome[2])

    if len(head) < 2 or workers <= 1:  # small input: a pool would cost more than it saves
        for chunk in pending:
            emit(_json_lines(engine, chunk))
        return scored, failed
    import multiprocessing

    _WORKER_ENGINE = engine
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for outcome in pool.imap(_worker, pending):
                emit(outcome)
    finally:
        _WORKER_ENGINE = None
    return scored, failed
