"""Cutting a batch file into slices of whole rows that a worker can read by itself.

One quick pass over the file's bytes (nothing decoded, no profile built) finds where
every ``rows``-th row starts, following exactly the record rules of
:mod:`career_resilience.model.batch_input` (quoted cells over several lines, blank
lines, over-long and unterminated records). A worker then opens the file, seeks to its
slice and reads only that: the parent sends a few numbers instead of pickled rows, and
row numbers come out the same as reading the file from the top.

The slices do not depend on how many workers there are, so every ``--jobs`` value
scores the same rows together and writes the same bytes.
"""

from __future__ import annotations

import csv
import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from career_resilience.model.batch_input import (
    _UNCLOSED,
    MAX_QUOTED_LINES,
    InputRow,
    Warn,
    _csv_records,
    _csv_rows,
    _ignore,
    open_checked,
)
from career_resilience.model.batch_jsonl import jsonl_records, jsonl_rows
from career_resilience.model.batch_records import BOM, csv_cells
from career_resilience.model.profile import clean_role

#: Rows per slice of a large file. Small enough that two workers finish within a slice
#: of each other, large enough that the engine's numpy steps see whole blocks of rows
#: (a slice of 32 rows costs no more a row than one of 256, within noise).
SLICE_ROWS = 128
#: A smaller file is cut into about this many slices (of at least MIN_SLICE_ROWS rows):
#: workers that run out of slices wait for the last one, and with 8 slices of 256 rows
#: for 2,000 rows that wait was a tenth of two workers' time.
SMALL_FILE_SLICES = 64
MIN_SLICE_ROWS = 32


@dataclass(frozen=True)
class Slice:
    """Rows ``after + 1`` to ``after + rows`` of the file, starting at byte ``start``.

    ``end`` is the byte offset after its last row (what progress reports).
    """

    start: int
    after: int
    rows: int
    end: int


@dataclass(frozen=True)
class Plan:
    """A checked batch file and its slices; picklable, so workers get it whole."""

    path: Path
    encoding: str
    header: list[str] | None  # the CSV header; None for JSON lines
    slices: tuple[Slice, ...]

    @property
    def rows(self) -> int:
        """Rows in the file (bad rows included, blank lines not)."""
        return sum(s.rows for s in self.slices)


def plan(
    path: Path, encoding: str = "utf-8", warn: Warn | None = None, rows: int | None = None
) -> Plan:
    """Check ``path`` is a batch file and cut it into slices of ``rows`` rows.

    Without ``rows``, the slice size follows the file's length only (never the number
    of workers, so every ``--jobs`` value scores the same slices): SLICE_ROWS for a
    large file, smaller slices for a file under SMALL_FILE_SLICES slices of that size.

    Raises :class:`~career_resilience.model.batch_input.BatchInputError` for a file
    that is no batch at all; a quoted cell that never closes is warned about here, once.
    """
    warn = warn or _ignore
    handle, header, encoding = open_checked(path, encoding)
    with handle:
        starts: Iterator[tuple[int, int]] = _row_starts(handle, header, warn)
        if rows is None:
            # Only the head of the file is held to learn whether it is small.
            head = list(itertools.islice(starts, SMALL_FILE_SLICES * SLICE_ROWS))
            rows = slice_rows(len(head))
            starts = itertools.chain(head, starts)
        slices = []
        number = 0
        while True:
            block = list(itertools.islice(starts, rows))
            if not block:
                break
            slices.append(Slice(block[0][0], number, len(block), block[-1][1]))
            number += len(block)
    return Plan(path, encoding, header, tuple(slices))


def slice_rows(count: int) -> int:
    """Rows per slice for a file of ``count`` rows (or at least that many)."""
    wanted = -(-count // SMALL_FILE_SLICES)  # ceiling division
    return max(MIN_SLICE_ROWS, min(SLICE_ROWS, wanted))


def _row_starts(
    handle: IO[bytes], header: list[str] | None, warn: Warn
) -> Iterator[tuple[int, int]]:
    """(start, end) byte offsets of every row, counted as the row readers count them
    (``header`` is the CSV header, None for JSON lines)."""
    start = handle.tell()
    csv = header is not None
    records = _csv_records(handle, header) if csv else jsonl_records(handle)
    number = 0
    for raw, problem, end in records:
        if number == 0 and not csv:  # as jsonl_rows: a BOM before the first row
            raw = raw.removeprefix(BOM)
        blank = not problem and not raw.strip()
        if not blank:
            number += 1
            if problem == _UNCLOSED:
                warn(
                    f"row {number}: a quoted cell runs past {MAX_QUOTED_LINES} lines or the "
                    "end of the file; is a closing quote missing? Reading on from the next line"
                )
            yield start, end
        start = end


def read_slice(source: Plan, part: Slice) -> list[InputRow]:
    """The rows of one slice, read from the file by whoever calls this."""
    with source.path.open("rb") as handle:
        handle.seek(part.start)
        if source.header is not None:
            rows = _csv_rows(handle, source.header, source.encoding, _ignore, part.after)
        else:
            rows = jsonl_rows(handle, source.encoding, part.after)
        return list(itertools.islice(rows, part.rows))


def read_roles(source: Plan) -> list[str]:
    """Every row's role, cleaned as ``Profile.create`` cleans it (rows without a text
    role left out): what a batch reads to list the titles it repeats before scoring.

    Only the role is decoded and cleaned: whole checked profiles (skills split and
    cleaned, duties cleaned line by line) took 0.015 ms a row of CPU, this 0.005 ms
    (4,000 varied rows, load 7), in one process and in the parent before its workers
    start. A row whose profile fails its check later may still lend its role a pinned
    look-up: pinned figures are the very floats scoring computes, so nothing written
    changes.
    """
    if not source.slices:
        return []
    header, roles = source.header, []
    with source.path.open("rb") as handle:
        handle.seek(source.slices[0].start)
        records = _csv_records(handle) if header is not None else jsonl_records(handle)
        for number, (raw, problem, _) in enumerate(records):
            if problem or not raw.strip():
                continue
            try:
                raw = raw.removeprefix(BOM) if number == 0 and header is None else raw
                text = raw.decode(source.encoding).rstrip("\r\n")
                if header is not None:
                    cells = csv_cells(text)
                    if len(cells) > len(header):
                        continue  # a bad row to the full reader too
                    role = dict(zip(header, cells, strict=False)).get("role")
                else:
                    data = json.loads(text)
                    role = data.get("role") if isinstance(data, dict) else ""
            except (UnicodeDecodeError, csv.Error, ValueError, RecursionError):
                continue
            role = clean_role(role) if isinstance(role, str) else ""
            if role:
                roles.append(role)
    return roles
