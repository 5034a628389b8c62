"""What both batch readers share: a record's size limit, the byte-order mark, cutting a
file into physical lines, and the error for a file that cannot be a batch at all."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import IO

#: A record longer than this (bytes) is a bad row: no valid profile is near this size.
MAX_RECORD_BYTES = 1_000_000
#: The UTF-8 byte-order mark a spreadsheet may write before the first row.
BOM = b"\xef\xbb\xbf"


def csv_cells(text: str, delimiter: str = ",") -> list[str]:
    """One CSV record's cells, spaces after a separator skipped (csv.Error if it cannot be
    read). A sheet typed by hand puts a space after each comma: its ids were read " 1"
    and a quoted cell after the space was no quoted cell ('2, "Cook, line"' was refused
    as four cells, "a cell holding a comma goes in double quotes", though it was in them).
    """
    return next(csv.reader([text], delimiter=delimiter, skipinitialspace=True), [])


class BatchInputError(ValueError):
    """The input file as a whole cannot be read (missing, unknown format, no role column)."""


def physical_lines(handle: IO[bytes]) -> Iterator[tuple[bytes, int]]:
    """Lines as bytes (each at most MAX_RECORD_BYTES + 1 long), with the offset after each."""
    offset = handle.tell()
    while True:
        line = handle.readline(MAX_RECORD_BYTES + 1)
        if not line:
            return
        offset += len(line)
        yield line, offset


def skip_long_line(line: bytes, end: int, lines: Iterator[tuple[bytes, int]]) -> int:
    """Read past the rest of an over-long line; returns the offset after it."""
    while not line.endswith(b"\n"):
        rest = next(lines, None)
        if rest is None:
            break
        line, end = rest
    return end
