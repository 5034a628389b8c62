"""Reading a batch file (CSV or JSON lines) row by row, decoding each row on its own.

The file is read as bytes and cut into records first, then each record is decoded and
parsed by itself, so one bad row (a stray latin-1 byte, broken JSON, a line nested
100,000 deep) becomes an error line with its own number and never shifts or swallows
the rows around it. Rows are numbered from 1 after the CSV header; blank lines are not
rows. A file that cannot be a batch at all (no header, no ``role`` column, a header
that is not text) is refused up front with :class:`BatchInputError`.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from career_resilience.model.batch_jsonl import jsonl_check, jsonl_rows
from career_resilience.model.batch_records import (
    BOM,
    MAX_RECORD_BYTES,
    BatchInputError,
    csv_cells,
    physical_lines,
    skip_long_line,
)
from career_resilience.model.batch_row import (
    BATCH_COLUMNS,
    InputRow,
    _decode,
    _decode_problem,
    misnamed,
    to_profile,
)

#: A quoted cell may run over this many lines (a profile has at most 200 duty lines);
#: past it the quote is taken to be unterminated and reading resumes on the next line.
MAX_QUOTED_LINES = 250
#: First bytes of what a spreadsheet saves when "CSV UTF-8" was not chosen.
_NOT_CSV = (
    (b"\xff\xfe", 'UTF-16 text (Excel\'s "Unicode Text")'),
    (b"\xfe\xff", "UTF-16 text"),
    (b"PK\x03\x04", "a zip file (an Excel .xlsx is one)"),
    (b"\xd0\xcf\x11\xe0", "an old Excel .xls file"),
)


Warn = Callable[[str], None]


def check_encoding(encoding: str) -> str:
    """``encoding`` if it is a known codec that keeps ASCII as is; else BatchInputError."""
    import codecs

    try:
        name = codecs.lookup(encoding).name
        ok = 'a,"b"\n'.encode(name) == b'a,"b"\n'
    except (LookupError, UnicodeError):
        ok = False
    if not ok:
        raise BatchInputError(f"unknown or unsupported encoding {encoding!r}; try utf-8 or latin-1")
    return name


def read_rows(path: Path, encoding: str = "utf-8", warn: Warn | None = None) -> Iterator[InputRow]:
    """Rows of a ``.csv`` or ``.jsonl`` file (format from the extension).

    The file is opened and its header checked when this is called, so a file that is
    no batch at all raises :class:`BatchInputError` before anything is scored.
    """
    handle, header, encoding = open_checked(path, encoding)
    if header is not None:
        return _closing(handle, _csv_rows(handle, header, encoding, warn or _ignore))
    return _closing(handle, jsonl_rows(handle, encoding))


def open_checked(path: Path, encoding: str) -> tuple[IO[bytes], list[str] | None, str]:
    """The open file positioned at its first row, the CSV header (None for JSON lines)
    and the codec's canonical name; :class:`BatchInputError` for a file that is no batch.
    """
    suffix = path.suffix.lower()
    # A folder first: "--input exports" (no suffix) read "unknown format ''".
    if path.is_dir():
        raise BatchInputError(f"{path} is a folder; give a .csv or .jsonl file")
    if suffix not in (".csv", ".jsonl", ".ndjson"):
        said = f"unknown format {suffix!r}" if suffix else "the name has no .csv or .jsonl ending"
        raise BatchInputError(f"{path}: {said}; use .csv or .jsonl")
    encoding = check_encoding(encoding)
    if path.exists() and not path.is_file():  # `--input <(grep ...)`, /dev/stdin
        raise BatchInputError(
            f"{path} is a pipe or device, not a file: a batch is read in slices by position "
            "(and again by each worker), so save it to a file first"
        )
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise BatchInputError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    try:
        if suffix == ".csv":
            return handle, _csv_header(handle, path, encoding), encoding
        jsonl_check(handle, path)
        return handle, None, encoding
    except BaseException:
        handle.close()
        raise


def _ignore(message: str) -> None:
    """Warnings nobody asked to see."""


def _closing(handle: IO[bytes], rows: Iterator[InputRow]) -> Iterator[InputRow]:
    with handle:
        yield from rows


# --- CSV -------------------------------------------------------------------------------


def _open_quote_after(line: bytes, inside: bool) -> bool:
    """Whether ``line`` ends inside a quoted field, given whether it started inside one.

    Follows the csv module as :func:`csv_cells` reads (excel, spaces after a separator
    skipped): a quote opens a field only at the start of the field (after those spaces),
    ``""`` inside a quoted field is a literal quote, and any other quote in a quoted
    field closes it. Works on bytes, so it needs no decoding (in any ASCII-based
    encoding a quote byte is always a quote).
    """
    if b'"' not in line:
        return inside
    pos, start = 0, not inside
    body = line.rstrip(b"\r\n")
    while pos <= len(body):
        if inside:
            nxt = body.find(b'"', pos)
            if nxt < 0:
                return True
            if body[nxt + 1 : nxt + 2] == b'"':
                pos = nxt + 2  # an escaped quote
                continue
            inside, pos, start = False, nxt + 1, False
            continue
        if start:
            while body[pos : pos + 1] == b" ":
                pos += 1
            if body[pos : pos + 1] == b'"':  # a field that starts quoted
                inside, pos = True, pos + 1
                continue
        comma = body.find(b",", pos)
        if comma < 0:
            return False
        pos, start = comma + 1, True
    return inside


def _csv_header(handle: IO[bytes], path: Path, encoding: str) -> list[str]:
    columns = ", ".join(BATCH_COLUMNS)
    raw = handle.readline(MAX_RECORD_BYTES + 1)
    while raw and not raw.strip():
        raw = handle.readline(MAX_RECORD_BYTES + 1)
    if not raw:
        raise BatchInputError(f"{path} is empty; a CSV batch starts with the header {columns}")
    for signature, kind in _NOT_CSV:
        if raw.startswith(signature):
            raise BatchInputError(
                f'{path} is {kind}, not CSV text; save it as "CSV UTF-8" with the header {columns}'
            )
    raw = raw.removeprefix(BOM)
    try:
        if b"\0" in raw or len(raw) > MAX_RECORD_BYTES:
            raise UnicodeError("binary")
        text = _decode(raw, encoding)
        fields = [f.strip().lower() for f in csv_cells(text)]
    except (UnicodeError, csv.Error, StopIteration) as exc:
        raise BatchInputError(
            f"{path} is not a CSV text file: its first line cannot be read as a header ({columns})"
        ) from exc
    if "role" not in fields:
        shown = ", ".join(f[:40] for f in fields[:10])
        other = _other_separator(text)
        if other:
            raise BatchInputError(
                f"{path}: its columns are separated by {other}, not commas, as spreadsheets "
                f'save "CSV" in some languages; save it as "CSV UTF-8 (Comma delimited)" '
                f"with the header {columns}"
            )
        raise BatchInputError(
            f"{path}: the header has no 'role' column (found: {shown}); "
            f"the batch columns are {columns} (only role is required)"
        )
    twice = next((name for name in BATCH_COLUMNS if fields.count(name) > 1), None)
    if twice:
        # Each row read the last of them and its id the first: a "role" column beside a
        # "Role" one was scored from one and the other was not read, unsaid.
        raise BatchInputError(
            f"{path}: the header names the column {twice!r} twice; keep one of them "
            f"(the batch columns are {columns})"
        )
    slip = misnamed(fields)
    if slip:
        raise BatchInputError(
            f"{path}: the header's column {slip[0][:40]!r} is not a batch column; did you mean "
            f"{slip[1]!r}? Every row would be scored without it (the batch columns are {columns})"
        )
    return fields


def _other_separator(header: str) -> str:
    """How the header's columns are separated when not by commas but by semicolons or
    tabs (as Excel saves "CSV" in languages whose decimal mark is a comma), named; ""
    when neither gives a 'role' column."""
    for separator, name in ((";", "semicolons"), ("\t", "tabs")):
        try:
            cells = csv_cells(header, separator)
        except (csv.Error, StopIteration):
            continue
        if "role" in (cell.strip().lower() for cell in cells):
            return name
    return ""


_UNCLOSED = "a quote is opened and never closed"
#: Cells that hold one line: a line break in one is a quote left open that took the
#: rows after it in (duties, and skills one a line, may run over several lines).
ONE_LINE_COLUMNS = ("id", "role")


def _spans_lines(record: bytes, header: list[str] | None) -> str:
    """The problem of a record whose id or role cell runs over lines, else ""."""
    if not header:
        return ""
    try:  # latin-1 keeps every byte: commas, quotes and line breaks are where they are
        cells = csv_cells(record.decode("latin-1").rstrip("\r\n"))
    except csv.Error:
        return ""
    for name, cell in zip(header, cells, strict=False):
        if name in ONE_LINE_COLUMNS and ("\n" in cell or "\r" in cell):
            lines = cell.count("\n") + 1
            return (
                f"its {name} cell opens a quote that runs over {lines} lines, taking in the "
                "rows after it; is a closing quote missing? Those lines are read as rows"
            )
    return ""


def _csv_records(
    handle: IO[bytes], header: list[str] | None = None
) -> Iterator[tuple[bytes, str, int]]:
    """(record bytes, problem, end offset) for each record after the header; for a bad
    record (non-empty problem) the bytes are the start of its first line.

    A quoted field that runs past MAX_QUOTED_LINES (or MAX_RECORD_BYTES), or an id or
    role cell (of ``header``'s columns) over several lines, is reported as one bad
    record, and reading resumes on the line after the one that opened it.
    """
    lines = physical_lines(handle)
    pending: list[tuple[bytes, int]] = []  # lines read ahead and given back after a resync
    while True:
        first = pending.pop(0) if pending else next(lines, None)
        if first is None:
            return
        line, end = first
        if len(line) > MAX_RECORD_BYTES:  # one enormous line: skip to its end
            problem = f"longer than {MAX_RECORD_BYTES:,} bytes"
            yield line[:1000], problem, skip_long_line(line, end, lines)
            continue
        inside = _open_quote_after(line, False)
        if not inside:
            yield line, "", end
            continue
        record, taken = [line], []
        size = len(line)
        while inside and len(record) <= MAX_QUOTED_LINES and size <= MAX_RECORD_BYTES:
            nxt = pending.pop(0) if pending else next(lines, None)
            if nxt is None:
                break
            taken.append(nxt)
            record.append(nxt[0])
            size += len(nxt[0])
            end = nxt[1]
            inside = _open_quote_after(nxt[0], True)
        problem = _UNCLOSED if inside else _spans_lines(b"".join(record), header)
        if not problem:
            yield b"".join(record), "", end
            continue
        yield first[0], problem, first[1]
        pending = taken + pending


def _id_of_bad_row(raw: bytes, encoding: str, header: list[str]) -> str | None:
    """The id cell of a row that cannot be read (a bad byte, a quote never closed, too
    long), when the id itself is readable, so the error line can name the row's id."""
    if "id" not in header:
        return None
    text = raw.decode(encoding, "replace").rstrip("\r\n")
    try:
        cells = csv_cells(text)
    except csv.Error:  # a quote open at the end: the cells before it are still cells
        try:
            cells = csv_cells(text.split('"', 1)[0])[:-1]
        except csv.Error:
            return None
    index = header.index("id")
    value = cells[index].strip() if index < len(cells) else ""
    return value if value and "\ufffd" not in value else None


def _csv_problem(exc: csv.Error) -> str:
    """What is wrong with a row the csv module refused, in a coach's words: its
    "field larger than field limit (131072)" named neither a cell nor a size in the
    figures people count in."""
    if "field limit" in str(exc):
        return f"a cell over {csv.field_size_limit():,} characters, more than a CSV cell may hold"
    return f"unreadable CSV row ({exc})"


def _csv_rows(
    handle: IO[bytes], header: list[str], encoding: str, warn: Warn, number: int = 0
) -> Iterator[InputRow]:
    """Rows from the handle's position on, numbered after ``number`` (a slice's start)."""
    for raw, problem, end in _csv_records(handle, header):
        if not problem and not raw.strip():
            continue  # a blank line is not a row
        number += 1
        if problem == _UNCLOSED:
            warn(
                f"row {number}: a quoted cell runs past {MAX_QUOTED_LINES} lines or the end "
                "of the file; is a closing quote missing? Reading on from the next line"
            )
        if problem:
            yield InputRow(number, _id_of_bad_row(raw, encoding, header), None, problem, end)
            continue
        try:
            cells = csv_cells(_decode(raw, encoding).rstrip("\r\n"))
        except UnicodeDecodeError as exc:
            row_id = _id_of_bad_row(raw, encoding, header)
            yield InputRow(number, row_id, None, _decode_problem(exc, encoding), end)
            continue
        except csv.Error as exc:
            row_id = _id_of_bad_row(raw, encoding, header)
            yield InputRow(number, row_id, None, _csv_problem(exc), end)
            continue
        if len(cells) > len(header):
            row_id = cells[header.index("id")].strip() if "id" in header else None
            problem = (
                f"{len(cells)} cells, but the header has {len(header)} columns "
                f"({', '.join(header)}); a cell holding a comma goes in double quotes"
            )
            yield InputRow(number, row_id or None, None, problem, end)
            continue
        data = dict(zip(header, cells, strict=False))
        if "id" in data:  # "1 ,Nurse": the id is 1, as a header's names are read
            data["id"] = data["id"].strip()
        yield to_profile(number, data, end)
