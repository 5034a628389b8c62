"""The CLI as a careful tester attacks it, records: clients, escapes, imports, exports and
reports (each case is a reproduction from issue 9; scoring's cases are in
test_cli_hardening.py)."""

from __future__ import annotations

import json
import stat
import sys
import time
from pathlib import Path

import pytest
from cli_support import run

from career_resilience.cli import main
from career_resilience.records import Store

# In-process CLI runs score with the session's engine (conftest.engine_loaded_once).
pytestmark = pytest.mark.usefixtures("engine_loaded_once")


@pytest.fixture
def dana(isolated_dirs: Path) -> None:
    with Store.open() as store:
        store.add_client("Dana Smith")


@pytest.mark.parametrize(
    ("client", "words"),
    [
        ("5", "no client with id 5"),
        ("   ", "cannot be empty"),
        ("x" * 201, "at most 200 characters; this one has 201"),
        ("dana", "no client named 'dana' (did you mean: Dana Smith?); pass --new-client"),
    ],
)
def test_a_bad_client_is_refused_before_scoring(capsys, dana, client: str, words: str) -> None:
    code, out, err = run(capsys, "score", "--role", "Nurse", "--client", client)
    assert code == 2 and words in err
    assert out == ""  # nothing was scored or printed
    with Store.open() as store:
        assert [c.name for c in store.list_clients()] == ["Dana Smith"]


def test_client_by_id_or_any_case_name_and_new_only_when_asked(capsys, dana) -> None:
    assert run(capsys, "score", "--role", "Nurse", "--client", "1")[0] == 0
    code, _, err = run(capsys, "score", "--role", "Nurse", "--client", "DANA SMITH", "--json")
    assert code == 0 and "session 2 of client 'Dana Smith'" in err
    code, _, err = run(capsys, "score", "--role", "Chef", "--client", "Bo Lee", "--new-client")
    assert code == 0 and "session 1 of client 'Bo Lee'" in err
    code, _, err = run(capsys, "score", "--role", "Chef", "--client", "bo lee", "--new-client")
    assert code == 2 and "already exists" in err


# ---------------------------------------------------------------------- escapes


EVIL = "Evil \x1b]0;OWNED\x07\x1b[2J"


def test_escapes_never_reach_the_store_or_the_terminal(capsys) -> None:
    assert run(capsys, "clients", "add", EVIL, "--note", "hi\x1b[31m red")[0] == 0
    with Store.open() as store:
        (client,) = store.list_clients()
        assert client.name == "Evil"
        # A record written before cleaning existed (or by hand) still holds raw escapes.
        store.conn.execute("UPDATE clients SET name = ?", (EVIL,))
        store.conn.commit()
    for argv in (["clients", "list"], ["clients", "show", "1"], ["clients", "archive", "1"],
                 ["clients", "rename", "1", "Plain"]):  # fmt: skip
        code, out, err = run(capsys, *argv)
        assert code == 0 and "\x1b" not in out + err and "\x07" not in out + err
    assert "\\x1b]0;OWNED" in out  # shown, not obeyed


def test_what_an_error_or_a_message_quotes_is_shown_not_obeyed(tmp_path: Path, capsys) -> None:
    # Errors quote what the person gave: a header cell, a path, a file name. A file
    # made by another program (or a planted name) must not retitle the window or clear
    # the screen when the error is printed.
    header = tmp_path / "team.csv"
    header.write_text(f"id,{EVIL}\n1,Nurse\n")
    code, out, err = run(capsys, "score", "--input", str(header), "--output", "o.jsonl")
    assert code == 2 and "\x1b" not in err and "\x07" not in err
    assert "\\x1b]0;owned\\x07" in err and "batch columns are id, role" in err
    code, _, err = run(capsys, "import", str(tmp_path / f"{EVIL}.json"))
    assert code == 2 and "\x1b" not in err and "\\x1b[2J.json" in err
    code, _, err = run(capsys, "--data-dir", f"/proc/{EVIL}", "clients", "list")
    assert code != 0 and "\x1b" not in err and "\\x1b" in err
    assert run(capsys, "score", "--role", "Nurse", "--client", "Dana", "--new-client")[0] == 0
    report = tmp_path / f"{EVIL}.md"
    code, out, err = run(capsys, "report", "Dana", "--output", str(report))
    assert code == 0 and "\x1b" not in out + err and "Wrote the Markdown report" in out


# ---------------------------------------------------------- imports and exports


def _export(tmp_path: Path, capsys) -> dict:
    from coach_support import sample_profile, sample_result

    from career_resilience.records import save_assessment

    with Store.open() as store:
        save_assessment(store, "Dana Smith", sample_profile(), sample_result(), "a note")
    path = tmp_path / "all.json"
    assert run(capsys, "export", str(path))[0] == 0
    return json.loads(path.read_text())


def _import(tmp_path: Path, capsys, doc: object) -> tuple[int, str]:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(doc) if not isinstance(doc, str) else doc)
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "other"), "import", str(path))
    return code, err


def test_import_dates_out_of_range_are_clear(tmp_path: Path, capsys) -> None:
    doc = _export(tmp_path, capsys)
    for stamp in ("0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-05:00"):
        doc["clients"][0]["sessions"][0]["created_at"] = stamp
        code, err = _import(tmp_path, capsys, doc)
        assert code == 2 and "is not a date between 1900 and 2999" in err


def test_import_applies_profile_limits_and_cleaning(tmp_path: Path, capsys) -> None:
    doc = _export(tmp_path, capsys)
    profile = doc["clients"][0]["sessions"][0]["profile"]
    profile["role"] = "x\x1b[2J" * 1000
    profile["skills"] = ["y" * 1000] * 3
    code, err = _import(tmp_path, capsys, doc)
    assert code == 2 and "profile.role: is over 200 characters" in err
    assert "profile.skills[0]: is over 100 characters" in err
    profile.update(role="Nurse\x1b[31m", skills=["SQL\x07", "sql"])
    doc["clients"][0]["name"] = "Dana\x1b]0;x\x07"
    assert _import(tmp_path, capsys, doc)[0] == 0
    with Store.open(tmp_path / "other") as store:
        (client,) = store.list_clients()
        (session,) = store.sessions(client.id)
    assert client.name == "Dana" and session.profile["role"] == "Nurse"
    assert session.profile["skills"] == ["SQL"]


def test_import_of_hostile_files_fails_fast_and_clearly(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, err = _import(tmp_path, capsys, "[" * 100_000 + "]" * 100_000)
    assert code == 2 and "nested deeper than 32 levels" in err
    code, err = _import(tmp_path, capsys, '{"a": ' * 40 + "1" + "}" * 40)
    assert code == 2 and "nested deeper than 32 levels" in err
    from career_resilience.records import transfer

    monkeypatch.setattr(transfer, "MAX_IMPORT_BYTES", 10)
    code, err = _import(tmp_path, capsys, '{"format": "career-resilience-records"}')
    assert code == 2 and "larger than 100 MB" in err
    started = time.perf_counter()
    code, _, err = run(capsys, "import", "/dev/zero")
    assert code == 2 and "not an export file: it holds binary data" in err
    assert time.perf_counter() - started < 5
    code, _, err = run(capsys, "import", str(tmp_path))
    assert code == 2 and "is a folder" in err


def test_an_export_to_a_folder_says_so(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "export", str(tmp_path))
    assert code == 2 and f"{tmp_path} is a folder; give the export a file name" in err
    assert run(capsys, "export", str(tmp_path), "--force")[0] == 2


def test_a_report_or_export_never_overwrites_the_records_file(tmp_path: Path, capsys) -> None:
    _export(tmp_path, capsys)
    database = tmp_path / "data" / "records.sqlite3"
    before = database.read_bytes()
    code, _, err = run(capsys, "export", str(database), "--force")
    assert code == 2 and "is also an input" in err
    code, _, err = run(capsys, "report", "Dana Smith", "--output", str(database))
    assert code == 2 and database.read_bytes() == before


def test_an_export_that_fails_mid_save_leaves_the_last_export_whole(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The disk fills (or the power goes) after the new export is written but before it
    # replaces the old one: the coach's last backup must still be there, whole, and no
    # half-written copy of everyone's records is left beside it.
    from career_resilience import files

    assert run(capsys, "clients", "add", "Dana Smith")[0] == 0
    backup = tmp_path / "all.json"
    assert run(capsys, "export", str(backup))[0] == 0
    before = backup.read_bytes()
    assert run(capsys, "clients", "add", "Bo Lee")[0] == 0

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", disk_full)
    code, _, err = run(capsys, "export", str(backup), "--force")
    assert code == 1 and f"cannot write {backup}: the disk is full" in err
    assert backup.read_bytes() == before and json.loads(before)["clients"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("all", ".all"))) == [
        "all.json"
    ]


def test_report_to_a_missing_folder_names_the_users_path(tmp_path: Path, capsys) -> None:
    _export(tmp_path, capsys)
    target = tmp_path / "missing" / "r.md"
    code, _, err = run(capsys, "report", "Dana Smith", "--output", str(target))
    assert code == 2 and str(target) in err and ".tmp" not in err


# ------------------------------------------------------- data dir, pipes, usage


def test_data_dir_is_created_private_but_an_existing_one_keeps_its_mode(
    tmp_path: Path, capsys
) -> None:
    new = tmp_path / "new"
    assert run(capsys, "--data-dir", str(new), "clients", "list")[0] == 0
    assert stat.S_IMODE(new.stat().st_mode) == 0o700
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    code, _, err = run(capsys, "--data-dir", str(shared), "clients", "list")
    assert code == 0 and stat.S_IMODE(shared.stat().st_mode) == 0o755
    assert "can be read by other users" in err and f"chmod 700 {shared}" in err


def test_a_closed_stdout_ends_a_records_command_quietly(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `resilience clients show X | head -2` printed "error: file: Broken pipe": the
    # records' error mapping took the closed pipe for a file that could not be read.
    import io

    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    data = str(tmp_path / "data")
    assert run(capsys, "--data-dir", data, "clients", "add", "Dana Smith")[0] == 0
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["--data-dir", data, "clients", "show", "Dana Smith"]) == 1
    assert capsys.readouterr().err == ""


def test_clients_alone_names_its_commands(capsys) -> None:
    code, _, err = run(capsys, "clients")
    assert code == 2 and "clients_command" not in err
    assert "{list,add,show," in err
