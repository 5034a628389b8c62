"""The batch progress bar: an estimate of the rows, and a line a person can read."""

from __future__ import annotations

import io
from pathlib import Path

from career_resilience.cli.progress import ProgressBar, count_rows


def test_rows_are_counted_as_records_not_lines(tmp_path: Path) -> None:
    csv_file = tmp_path / "team.csv"
    # A quoted duties cell spans two lines; the last record has no final newline.
    csv_file.write_text('id,role,duties\n1,Nurse,"Triage\nWard rounds"\n2,Plumber,\n3,Analyst,')
    assert count_rows(csv_file) == 3
    jsonl = tmp_path / "team.jsonl"
    jsonl.write_text('{"role": "Nurse"}\n\n{"role": "Plumber"}\n')
    assert count_rows(jsonl) == 2
    assert count_rows(tmp_path / "missing.csv") is None


def test_bar_shows_share_speed_and_time_left() -> None:
    bar = ProgressBar(total=1000, stream=io.StringIO())
    bar.count = 250
    line = bar.line(elapsed=0.5)
    assert " 25%" in line and "250 of 1,000 rows" in line
    assert "500 rows/s" in line and "~2 s left" in line
    assert line.count("█") == 6  # a quarter of the 24-cell bar


def test_bar_never_passes_100_percent_and_works_without_a_total() -> None:
    bar = ProgressBar(total=10, stream=io.StringIO())
    bar.count = 12  # more rows than counted (the file grew): the bar stops at full
    assert "100%" in bar.line(3.0) and "took 3 s" in bar.line(3.0)
    short = ProgressBar(total=10, stream=io.StringIO())
    short(7)  # fewer rows than counted: finishing still draws a full bar
    short.finish()
    assert short.stream.getvalue().rsplit("\r", 1)[1].startswith("  " + "█" * 24 + " 100%")
    open_ended = ProgressBar(total=None, stream=io.StringIO())
    open_ended(40)
    assert "40 rows" in open_ended.stream.getvalue()
