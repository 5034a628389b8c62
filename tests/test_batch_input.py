"""Reading batch files: each row decoded alone, numbers that match the input, no lost rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from career_resilience.model import batch_input, batch_records
from career_resilience.model.batch_input import BatchInputError, read_rows


def _csv(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_a_latin1_byte_spoils_only_its_own_row(tmp_path: Path) -> None:
    lines = [b"id,role,skills"] + [b"%d,Data analyst,SQL" % i for i in range(1, 61)]
    lines[30] = b"30,Caf\xe9 manager,Excel"
    rows = list(read_rows(_csv(tmp_path / "l.csv", lines)))
    assert [r.number for r in rows] == list(range(1, 61))
    assert [r.id for r in rows] == [str(i) for i in range(1, 61)]
    bad = [r for r in rows if r.error]
    assert [(r.number, r.id) for r in bad] == [(30, "30")]
    assert "not UTF-8 text (byte 0xe9 at column 7)" in (bad[0].error or "")
    assert all(r.profile and r.profile.role == "Data analyst" for r in rows if r is not bad[0])


def test_a_declared_encoding_reads_latin1(tmp_path: Path) -> None:
    source = _csv(tmp_path / "l.csv", [b"role", b"Caf\xe9 manager"])
    (row,) = read_rows(source, encoding="latin-1")
    assert row.profile is not None and row.profile.role == "Café manager"
    with pytest.raises(BatchInputError, match="unsupported encoding"):
        read_rows(source, encoding="utf-16")


def test_multi_line_cells_and_blank_lines(tmp_path: Path) -> None:
    source = tmp_path / "t.csv"
    source.write_bytes(
        b'\xef\xbb\xbfid,role,duties\r\n1,Nurse,"Triage\r\nWard ""rounds"""\r\n\r\n2,Plumber,\r\n'
    )
    rows = list(read_rows(source))
    assert [(r.number, r.id) for r in rows] == [(1, "1"), (2, "2")]
    assert rows[0].profile is not None and rows[0].profile.duties == 'Triage\nWard "rounds"'


def test_an_unterminated_quote_is_one_bad_row_and_a_warning(tmp_path: Path) -> None:
    lines = [b"id,role,duties", b'1,Nurse,"never closed'] + [
        b"%d,Data analyst,SQL" % i for i in range(2, 400)
    ]
    warnings: list[str] = []
    rows = list(read_rows(_csv(tmp_path / "q.csv", lines), warn=warnings.append))
    assert [r.number for r in rows] == list(range(1, 400))
    assert (rows[0].id, rows[0].error) == ("1", "a quote is opened and never closed")
    assert all(r.profile is not None for r in rows[1:])
    assert len(warnings) == 1 and warnings[0].startswith("row 1: a quoted cell runs past 250")


def test_a_cell_too_long_for_csv_names_the_cell_and_its_size(tmp_path: Path) -> None:
    # The csv module's own words were "unreadable CSV row (field larger than field
    # limit (131072))": no cell, and a number nobody counts in.
    lines = [b"id,role,skills", b'7,Line cook,"' + b"x" * 140_000 + b'"', b"8,Roofer,shingles"]
    bad, good = read_rows(_csv(tmp_path / "big.csv", lines))
    assert (bad.number, bad.id, bad.profile) == (1, "7", None)
    assert bad.error == "a cell over 131,072 characters, more than a CSV cell may hold"
    assert good.profile is not None and good.profile.role == "Roofer"


def test_files_that_are_no_batch_are_refused_up_front(tmp_path: Path) -> None:
    cases = {
        "empty.csv": b"",
        "binary.csv": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "latin.csv": b"r\xf4le,skills\nx,y\n",
        "noheader.csv": b"title,skills\nx,y\n",
        "empty.jsonl": b"",
        "image.jsonl": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\n" * 10,
    }
    for name, content in cases.items():
        (tmp_path / name).write_bytes(content)
        with pytest.raises(BatchInputError) as caught:
            read_rows(tmp_path / name)
        assert name in str(caught.value)
    with pytest.raises(BatchInputError, match="id, role, skills, duties"):
        read_rows(tmp_path / "noheader.csv")
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(BatchInputError, match="is a folder"):
        read_rows(tmp_path / "dir.csv")
    # A folder named without a suffix read "unknown format ''"; a file so named now
    # says what its name lacks.
    (tmp_path / "exports").mkdir()
    with pytest.raises(BatchInputError, match="exports is a folder"):
        read_rows(tmp_path / "exports")
    (tmp_path / "team").write_bytes(b"role\nCook\n")
    with pytest.raises(BatchInputError, match=r"the name has no \.csv or \.jsonl ending"):
        read_rows(tmp_path / "team")


def test_a_spreadsheet_not_saved_as_csv_text_is_named(tmp_path: Path) -> None:
    # Excel's "Unicode Text" (UTF-16) and a workbook itself used to be "not a CSV text
    # file: its first line cannot be read as a header", which does not say what to do.
    utf16 = tmp_path / "team.csv"
    utf16.write_bytes("id,role,skills\n1,Cashier,till\n".encode("utf-16"))
    with pytest.raises(BatchInputError, match=r'UTF-16 text .*save it as "CSV UTF-8"'):
        list(read_rows(utf16))
    workbook = _csv(tmp_path / "team.xlsx.csv", [b"PK\x03\x04\x14\x00\x06\x00"])
    with pytest.raises(BatchInputError, match=r"a zip file \(an Excel .xlsx is one\)"):
        list(read_rows(workbook))


def test_jsonl_bad_bytes_and_deep_nesting_are_bad_rows(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    deep = b"[" * 100_000 + b"]" * 100_000
    source.write_bytes(
        b'{"role": "Nurse"}\n' + deep + b'\n{"role": "Caf\xe9"}\n\n{"role": "Chef", "id": 4}\n'
    )
    rows = list(read_rows(source))
    assert [r.number for r in rows] == [1, 2, 3, 4]
    assert rows[1].error == "invalid JSON (nested too deeply)"
    assert "not UTF-8" in (rows[2].error or "")
    assert rows[3].id == "4" and rows[3].profile is not None


def test_an_over_long_line_is_a_bad_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_input, "MAX_RECORD_BYTES", 100)
    source = _csv(tmp_path / "long.csv", [b"role", b"x" * 500, b"Nurse"])
    rows = list(read_rows(source))
    assert [(r.number, r.error) for r in rows] == [(1, "longer than 100 bytes"), (2, None)]


# Good rows: plain roles; garbage: any bytes without a newline (and, for CSV, no quote,
# since a quote at the start of a cell legitimately opens a multi-line cell).
_GOOD = st.sampled_from(["Nurse", "Data analyst", "Plumber", "Chef", "Teacher"])
_GARBAGE = st.binary(max_size=40).filter(lambda b: b"\n" not in b)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(_GOOD, st.lists(_GARBAGE, max_size=2)), min_size=1, max_size=12),
       st.booleans())  # fmt: skip
def test_random_bytes_never_lose_a_good_row(
    tmp_path: Path, rows: list[tuple[str, list[bytes]]], as_csv: bool
) -> None:
    lines, expected = [b"id,role"] if as_csv else [], []
    number = 0
    for i, (role, garbage) in enumerate(rows):
        number += 1
        good_id = f"g{i}"
        expected.append((number, good_id, role))
        lines.append(f"{good_id},{role}".encode() if as_csv else
                     json.dumps({"id": good_id, "role": role}).encode())  # fmt: skip
        for junk in garbage:
            if as_csv:
                junk = junk.replace(b'"', b"'")
            lines.append(junk)
            if junk.strip():  # a blank line is not a row
                number += 1
    source = tmp_path / ("fuzz.csv" if as_csv else "fuzz.jsonl")
    source.write_bytes(b"\n".join(lines) + b"\n")
    got = {r.id: (r.number, r.profile.role if r.profile else None) for r in read_rows(source)}
    for number, good_id, role in expected:
        assert got[good_id] == (number, role)


def test_a_jsonl_first_row_longer_than_the_sniff_window_is_read(tmp_path: Path) -> None:
    source = tmp_path / "long.jsonl"
    duties = "\n".join(["Écrire le rapport hebdomadaire"] * 150)
    source.write_text(json.dumps({"role": "Analyste", "duties": duties, "x": "y" * 70_000}) + "\n")
    (row,) = read_rows(source)
    assert row.profile is not None and row.profile.role == "Analyste"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='a,"\n ', max_size=60))
def test_records_are_cut_where_the_csv_module_cuts_them(text: str) -> None:
    import csv
    import io

    # As the rows are read: a space after a comma skipped, so ', "a, b"' is one cell.
    reader = csv.reader(io.StringIO(text, newline=""), skipinitialspace=True)
    expected = [row for row in reader if row]
    records = list(batch_input._csv_records(io.BytesIO(text.encode())))
    assume(not any(problem for _, problem, _ in records))  # an unclosed quote is tested above
    got = [batch_records.csv_cells(raw.decode()) for raw, _, _ in records]
    assert [row for row in got if row] == expected


def test_a_cut_off_json_line_is_reported_where_it_ends(tmp_path: Path) -> None:
    source = tmp_path / "team.jsonl"
    source.write_bytes(b'{"role": "Nurse"}\n{"role": "Cook"\r\n{"role": "Chef"}\n')
    rows = list(read_rows(source))
    assert [r.number for r in rows] == [1, 2, 3]
    assert rows[1].error == "invalid JSON (Expecting ',' delimiter at column 16)"
    assert rows[2].profile is not None and rows[2].profile.role == "Chef"


def test_a_role_quote_left_open_does_not_take_the_rows_after_it(tmp_path: Path) -> None:
    # A coach's sheet with a stray quote before a role: the csv module reads on to the
    # next quote, four rows below, and the four people in between were scored as one
    # role ("Unclosed quote,abc,\n5,Line cook,...") and never appeared in the output.
    lines = [
        b"id,role,skills,duties",
        b"3,Plumber,,",
        b'4,"Unclosed quote,abc,',
        b"5,Line cook,grill;knife skills,Prep",
        b"6,Cashier,,",
        b"7,Nurse,CPR,",
        b'8,Teacher,"a;b;c",',
        b'9,Bus driver,,"Drive the route\nDo the pre-trip inspection"',
    ]
    rows = list(read_rows(_csv(tmp_path / "team.csv", lines)))
    assert [(r.number, r.id) for r in rows] == [(i, str(i + 2)) for i in range(1, 8)]
    assert rows[1].profile is None and "its role cell opens a quote" in (rows[1].error or "")
    roles = [r.profile.role for r in rows if r.profile]
    assert roles == ["Plumber", "Line cook", "Cashier", "Nurse", "Teacher", "Bus driver"]
    # Duties still run over lines in their quoted cell.
    assert rows[-1].profile is not None
    assert rows[-1].profile.duties == "Drive the route\nDo the pre-trip inspection"


def test_a_sheet_saved_with_semicolons_or_tabs_says_so(tmp_path: Path) -> None:
    # Excel saves "CSV" with semicolons between columns where the decimal mark is a comma
    # (French, German, Spanish...): such a file was refused as having "no 'role' column
    # (found: id;role;skills)", which did not say why or what to do.
    with pytest.raises(BatchInputError, match=r'separated by semicolons, not commas.*"CSV UTF-8'):
        read_rows(_csv(tmp_path / "eu.csv", [b"id;Role;skills", b"1;Nurse;CPR"]))
    with pytest.raises(BatchInputError, match="separated by tabs, not commas"):
        read_rows(_csv(tmp_path / "tab.csv", [b"role\tskills", b"Nurse\tCPR"]))
    with pytest.raises(BatchInputError, match="no 'role' column"):  # no role by any separator
        read_rows(_csv(tmp_path / "t.csv", [b"title;skills", b"Nurse;CPR"]))


def test_a_column_named_twice_is_refused(tmp_path: Path) -> None:
    # "role,Role,skills" was scored from the second role column alone, without a word.
    with pytest.raises(BatchInputError, match="names the column 'role' twice"):
        read_rows(_csv(tmp_path / "d.csv", [b"role,Role,skills", b"Nurse,Cook,CPR"]))


def test_a_misspelt_column_or_key_is_named_not_dropped(tmp_path: Path) -> None:
    # A coach's sheet headed "id,role,skils,dutis" was scored as titles alone: the two
    # columns were not read and nothing said so.
    with pytest.raises(BatchInputError, match="column 'skils' is not a batch column; did you"):
        read_rows(_csv(tmp_path / "t.csv", [b"id,role,skils,dutis", b"1,Nurse,CPR,Give meds"]))
    with pytest.raises(BatchInputError, match="did you mean 'skills'"):
        read_rows(_csv(tmp_path / "s.csv", [b"ID,Role,Skill", b"1,Nurse,CPR"]))
    # Columns that are no batch column at all (an email, notes) are simply not read.
    (row,) = read_rows(_csv(tmp_path / "e.csv", [b"role,skills,email", b"Nurse,CPR,a@b.c"]))
    assert row.profile is not None and row.profile.skills == ("CPR",)
    source = tmp_path / "team.jsonl"
    source.write_text(
        '{"role": "Nurse", "skils": ["CPR"]}\n'
        '{"role": "Plumber", "duties": ["Fix pipes", "Quote jobs"], "id": {"n": 1}}\n'
        '{"role": "\n'
    )
    rows = list(read_rows(source))
    assert rows[0].error == "key 'skils' is not read; did you mean 'skills'?"
    # Duties may be a list, as skills may; an id that is an object is shown as JSON.
    assert rows[1].profile is not None and rows[1].profile.duties == "Fix pipes\nQuote jobs"
    assert rows[1].id == '{"n": 1}'
    assert rows[2].error == "invalid JSON (Unterminated string starting at column 10)"


def test_a_sheet_typed_with_spaces_after_commas_is_read_as_meant(tmp_path: Path) -> None:
    # Typed by hand: the ids were written " 1" and " 2 " into the results, and the quoted
    # role after ", " was four cells, refused as "a cell holding a comma goes in double
    # quotes" (it was in them); its quoted duties ran over lines into rows of their own.
    source = _csv(tmp_path / "typed.csv", [
        b"role, id, duties",
        b"Nurse, 1, Triage",
        b'"Cook, line", 2 , "Prep',
        b'Plating"',
        b'Cashier ,"3",  "Till, floats"',
    ])  # fmt: skip
    rows = list(read_rows(source))
    assert [(r.number, r.id, r.error) for r in rows] == [(1, "1", None), (2, "2", None),
                                                          (3, "3", None)]  # fmt: skip
    assert [r.profile.role for r in rows if r.profile] == ["Nurse", "Cook, line", "Cashier"]
    assert rows[1].profile is not None and rows[1].profile.duties == "Prep\nPlating"
    assert rows[2].profile is not None and rows[2].profile.duties == "Till, floats"
