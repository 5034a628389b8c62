"""Slices a worker reads by itself give the same rows, numbers and errors as reading
the file from the top, however the file is cut."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from career_resilience.model import batch_input, batch_slices
from career_resilience.model.batch_input import read_rows
from career_resilience.model.batch_slices import plan, read_roles, read_slice

# Lines a batch file may hold: good rows, cells quoted over several lines, blank lines,
# stray bytes, a quote that never closes, and an over-long line.
_CSV_LINES = st.sampled_from(
    [
        b"1,Nurse,SQL,",
        b'2,Plumber,"fix; quote",""',
        b'3,Chef,,"prep',
        b'menu"',
        b"",
        b"   ",
        b"4,Caf\xe9 owner,,",
        b'5,Nurse,,"never closed',
        b"6," + b"x" * 150 + b",,",
        b'7,"Data ""lead""",Excel,"a\r',
        b'b"',
    ]
)
_JSONL_LINES = st.sampled_from(
    [
        b'{"role": "Nurse", "id": 1}',
        b'{"role": "Chef", "duties": "prep\\nserve"}',
        b"",
        b"not json",
        b'{"role": "Caf\xe9"}',
        b'{"role": "' + b"x" * 150 + b'"}',
        b"[1, 2]",
    ]
)


def _rows_by_slices(path: Path, size: int) -> list:
    source = plan(path, rows=size)
    assert all(s.rows == size for s in source.slices[:-1])
    return [row for part in source.slices for row in read_slice(source, part)]


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    lines=st.lists(_CSV_LINES | _JSONL_LINES, max_size=30),
    as_csv=st.booleans(),
    size=st.integers(1, 5),
)
def test_slices_read_what_the_whole_file_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lines: list[bytes], as_csv: bool, size: int
) -> None:
    monkeypatch.setattr(batch_input, "MAX_RECORD_BYTES", 120)
    monkeypatch.setattr(batch_input, "MAX_QUOTED_LINES", 3)
    path = tmp_path / ("in.csv" if as_csv else "in.jsonl")
    head = [b"\xef\xbb\xbfid,role,skills,duties"] if as_csv else [b'{"role": "Teacher"}']
    path.write_bytes(b"\n".join(head + lines) + b"\n")
    expected = list(read_rows(path))
    assert _rows_by_slices(path, size) == expected
    assert plan(path, rows=size).rows == len(expected)
    # The roles a batch lists its repeated titles from (decoding only the role) are the
    # roles of the rows that make profiles, in order, whatever else is wrong in the file.
    roles = [row.profile.role for row in expected if row.profile is not None]
    assert read_roles(plan(path, rows=size)) == roles


def test_an_unclosed_quote_is_warned_about_once_when_planning(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    lines = ["id,role,duties", '1,Nurse,"never closed'] + [f"{i},Chef,cook" for i in range(2, 300)]
    path.write_text("\n".join(lines) + "\n")
    warnings: list[str] = []
    source = plan(path, warn=warnings.append, rows=100)
    assert [s.rows for s in source.slices] == [100, 100, 99]
    assert len(warnings) == 1 and warnings[0].startswith("row 1: a quoted cell")
    last = read_slice(source, source.slices[-1])
    assert (last[0].number, last[-1].number, last[-1].id) == (201, 299, "299")


def test_a_slice_of_a_jsonl_file_keeps_its_row_numbers(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    rows = [json.dumps({"id": f"p{i}", "role": "Nurse"}) for i in range(10)]
    path.write_text("\n\n".join(rows) + "\n")
    source = plan(path, rows=4)
    third = read_slice(source, source.slices[2])
    assert [(r.number, r.id) for r in third] == [(9, "p8"), (10, "p9")]


def test_slices_follow_the_length_of_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small numbers for a small file: slices of 4 rows for a large file, a small one in
    # about 3 slices of at least 2 rows; the whole file is read either way.
    monkeypatch.setattr(batch_slices, "SLICE_ROWS", 4)
    monkeypatch.setattr(batch_slices, "SMALL_FILE_SLICES", 3)
    monkeypatch.setattr(batch_slices, "MIN_SLICE_ROWS", 2)
    for count, size in ((30, 4), (12, 4), (7, 3), (2, 2)):
        path = tmp_path / f"{count}.csv"
        rows = [f'{i},Nurse,,"triage\ncharting"' for i in range(1, count + 1)]
        path.write_text("id,role,skills,duties\n" + "\n".join(rows) + "\n")
        source = plan(path)
        assert [s.rows for s in source.slices[:-1]] == [size] * (len(source.slices) - 1)
        read = [row for part in source.slices for row in read_slice(source, part)]
        assert read == list(read_rows(path)) and len(read) == count
