"""Reading a JSON-lines batch: one object a line, each line decoded and parsed by itself,
so a bad line becomes an error row with its own number (see :mod:`batch_input`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from career_resilience.model.batch_records import (
    BOM,
    MAX_RECORD_BYTES,
    BatchInputError,
    physical_lines,
    skip_long_line,
)
from career_resilience.model.batch_row import InputRow, _decode, _decode_problem, to_profile

_SNIFF_BYTES = 65_536


def jsonl_check(handle: IO[bytes], path: Path) -> None:
    """Refuse a file whose first 64 KB hold no JSON line at all (an image, a CSV …)."""
    head = handle.read(_SNIFF_BYTES)
    handle.seek(0)
    lines = [line for line in head.split(b"\n") if line.strip()]
    if not lines:
        if not head:
            raise BatchInputError(f"{path} is empty; a JSON-lines batch has one object a line")
        return  # only blank space so far (or one very long line): read it row by row
    complete = lines if head.endswith(b"\n") or len(head) < _SNIFF_BYTES else lines[:-1]
    if not complete:
        return  # one line longer than the window: judge it when it is read whole
    for line in complete:
        try:
            json.loads(line.removeprefix(BOM))
            return
        except (ValueError, RecursionError):
            continue
    raise BatchInputError(
        f"{path} is not a JSON-lines file: no line of its start is JSON "
        '(each line should be an object like {"role": "Nurse"})'
    )


def jsonl_records(handle: IO[bytes]) -> Iterator[tuple[bytes, str, int]]:
    """(line, problem, end offset) for each line; an over-long line is one bad record."""
    lines = physical_lines(handle)
    for line, end in lines:
        if len(line) > MAX_RECORD_BYTES:
            end = skip_long_line(line, end, lines)
            yield line[:1000], f"longer than {MAX_RECORD_BYTES:,} bytes", end
        else:
            yield line, "", end


def jsonl_rows(handle: IO[bytes], encoding: str, number: int = 0) -> Iterator[InputRow]:
    """Rows from the handle's position on, numbered after ``number`` (a slice's start)."""
    for line, problem, end in jsonl_records(handle):
        if number == 0:
            line = line.removeprefix(BOM)
        if problem:
            number += 1
            yield InputRow(number, None, None, problem, end)
            continue
        if not line.strip():
            continue
        number += 1
        try:
            # Without its line break, so a cut-off object is reported at the column where
            # it ends, not at "column 1" of a line that does not exist.
            data = json.loads(_decode(line, encoding).rstrip("\r\n"))
        except UnicodeDecodeError as exc:
            yield InputRow(number, None, None, _decode_problem(exc, encoding), end)
            continue
        except json.JSONDecodeError as exc:
            # "Unterminated string starting at" already ends on its "at".
            problem = f"invalid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})"
            yield InputRow(number, None, None, problem, end)
            continue
        except RecursionError:
            yield InputRow(number, None, None, "invalid JSON (nested too deeply)", end)
            continue
        yield to_profile(number, data, end)
