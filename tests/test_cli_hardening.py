"""The CLI as a careful tester attacks it: each case is a reproduction from issue 9."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from career_resilience.cli import main
from career_resilience.records import Store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _batch(path: Path, rows: int = 3) -> Path:
    path.write_text("id,role,skills\n" + "".join(f"{i},Nurse,wound care\n" for i in range(rows)))
    return path


def test_latin1_rows_are_reported_and_the_rest_scored(tmp_path: Path, capsys) -> None:
    source = tmp_path / "l.csv"
    source.write_bytes(b"id,role,skills\n1,Caf\xe9 manager,Excel\n2,Nurse,\n3,Chef,\n")
    out = tmp_path / "o.jsonl"
    code, _, err = run(capsys, "score", "--input", str(source), "--output", str(out))
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert code == 0 and [line["row"] for line in lines] == [1, 2, 3]
    assert "not UTF-8" in lines[0]["error"] and "exposure" in lines[2]
    assert err.strip() == "scored 2 rows; 1 bad row reported with its row number"


def test_plurals_for_one_row(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "score", "--input", str(_batch(tmp_path / "a.csv", 1)),
                       "--output", str(tmp_path / "o.jsonl"))  # fmt: skip
    assert code == 0 and err.strip() == "scored 1 row"


def test_output_equal_to_the_input_is_refused(tmp_path: Path, capsys) -> None:
    source = _batch(tmp_path / "same.csv")
    before = source.read_bytes()
    code, _, err = run(capsys, "score", "--input", str(source), "--output", str(source))
    assert code == 2 and "is also an input" in err
    os.link(source, tmp_path / "hard.csv")
    code, _, _ = run(
        capsys, "score", "--input", str(source), "--output", str(tmp_path / "hard.csv")
    )
    assert code == 2 and source.read_bytes() == before


def test_batch_output_is_private_and_never_follows_a_planted_symlink(
    tmp_path: Path, capsys
) -> None:
    victim = tmp_path / "victim"
    victim.write_text("precious")
    (tmp_path / ".res.jsonl.partial").symlink_to(victim)
    old = os.umask(0)
    try:
        code, _, _ = run(capsys, "score", "--input", str(_batch(tmp_path / "a.csv")),
                         "--output", str(tmp_path / "res.jsonl"))  # fmt: skip
    finally:
        os.umask(old)
    out = tmp_path / "res.jsonl"
    assert code == 0 and victim.read_text() == "precious" and not out.is_symlink()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert len(out.read_text().splitlines()) == 3


def test_a_missing_output_folder_exits_2_before_scoring(tmp_path: Path, capsys) -> None:
    target = tmp_path / "missing" / "o.jsonl"
    code, _, err = run(capsys, "score", "--input", str(_batch(tmp_path / "a.csv")),
                       "--output", str(target))  # fmt: skip
    assert code == 2 and err == f"error: cannot write {target}: the folder does not exist\n"


def test_help_and_header_errors_list_the_batch_columns(tmp_path: Path, capsys) -> None:
    from career_resilience.model.batch import MIN_FORKED_ROWS, MIN_PARALLEL_ROWS

    with pytest.raises(SystemExit):
        main(["score", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "id,role,skills,duties" in help_text
    # The help names the sizes the batch really switches to workers at.
    assert (
        f"Files under {MIN_FORKED_ROWS:,} rows ({MIN_PARALLEL_ROWS:,} where workers load their "
        "own model) are scored in process" in help_text
    )
    with pytest.raises(SystemExit):
        main(["--help"])
    top = " ".join(capsys.readouterr().out.split())
    assert "`resilience` alone opens the app" in top and "2 bad usage, input or path" in top
    bad = tmp_path / "h.csv"
    bad.write_text("title,skills\nx,y\n")
    code, _, err = run(capsys, "score", "--input", str(bad), "--output", "-")
    assert code == 2 and "the batch columns are id, role, skills, duties" in err


# ------------------------------------------------------------------------------ --client


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


# ------------------------------------------------------------------------- escapes


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


# ------------------------------------------------------------- broken shipped data


def test_a_batch_id_reaches_the_terminal_escaped_and_reads_back_the_same(
    tmp_path: Path, capsys
) -> None:
    """The id is written as read: a bidi override or a C1 control sequence in it was
    printed raw under --output -, reordering or restyling the terminal's line."""
    hostile = "emp\u202e7\x9b2J\u2066x"
    source = tmp_path / "ids.csv"
    source.write_text(f"id,role\n{hostile},Nurse\nplain,Welder\n", encoding="utf-8")
    code, out, _ = run(capsys, "score", "--input", str(source), "--output", "-",
                       "--fields", "exposure")  # fmt: skip
    assert code == 0
    assert not any(ch in out for ch in "\u202e\x9b\u2066")
    assert "emp\\u202e7\\u009b2J\\u2066x" in out
    assert [json.loads(line)["id"] for line in out.splitlines()] == [hostile, "plain"]


def test_a_broken_occupation_table_names_file_line_and_column(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from career_resilience.cli import score_commands
    from career_resilience.skills.occupations import OCCUPATIONS_DIR, load_occupation_data

    broken = tmp_path / "occupations"
    shutil.copytree(OCCUPATIONS_DIR, broken)
    table = broken / "occupations.csv"
    lines = table.read_text().splitlines()
    cells = lines[5].split(",")
    lines[5] = ",".join([*cells[:3], "five", *cells[4:]])  # job_zone
    table.write_text("\n".join(lines) + "\n")
    # The shipped data is read where it is installed; a score reading this copy stands
    # for a person who edited it there.
    monkeypatch.setattr(score_commands, "_engine", lambda: load_occupation_data(broken))
    code, out, err = run(capsys, "score", "--role", "Nurse")
    assert code == 1 and out == "" and "unexpected" not in err
    assert err == (
        f"error: {table}: line 6 ({cells[0]}): field 'job_zone': expected a number, got 'five'\n"
    )


# --------------------------------------------------------------------- imports


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


# ----------------------------------------------------------- data dir, pipes, exit codes


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


def test_a_closed_stdout_ends_quietly(tmp_path: Path) -> None:
    proc = subprocess.run(
        f"{sys.executable} -m career_resilience score --role Nurse --json | head -1",
        shell=True, capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert proc.stdout == "{\n" and proc.stderr == ""


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


def test_report_to_a_missing_folder_names_the_users_path(tmp_path: Path, capsys) -> None:
    _export(tmp_path, capsys)
    target = tmp_path / "missing" / "r.md"
    code, _, err = run(capsys, "report", "Dana Smith", "--output", str(target))
    assert code == 2 and str(target) in err and ".tmp" not in err


def test_a_manifest_that_is_a_folder_is_a_clear_message(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from career_resilience.model import artifact

    copy = tmp_path / "artifact"
    shutil.copytree(artifact.ARTIFACT_DIR, copy)
    (copy / "manifest.json").unlink()
    (copy / "manifest.json").mkdir()
    monkeypatch.setattr(artifact, "ARTIFACT_DIR", copy)
    code, out, err = run(capsys, "score", "--role", "Nurse")
    assert code == 1 and out == "" and "manifest.json" in err
    assert "unexpected" not in err and "Traceback" not in err


def test_two_batches_writing_one_output_never_mix(tmp_path: Path) -> None:
    sources = []
    for name, role in (("a", "Nurse"), ("b", "Data analyst")):
        source = tmp_path / f"{name}.csv"
        source.write_text("id,role\n" + "".join(f"{name}{i},{role}\n" for i in range(300)))
        sources.append(source)
    out = tmp_path / "same.jsonl"
    command = [sys.executable, "-m", "career_resilience", "score", "--output", str(out)]
    procs = [
        subprocess.Popen([*command, "--input", str(s)], stderr=subprocess.PIPE, text=True)
        for s in sources
    ]
    results = [(p.wait(timeout=300), p.stderr.read() if p.stderr else "") for p in procs]
    for code, err in results:  # each wins whole or fails with a message, never a traceback
        assert code in (0, 1, 2) and "Traceback" not in err
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == 300 and len({line["id"][0] for line in lines}) == 1
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporaries


def test_a_report_or_export_never_overwrites_the_records_file(tmp_path: Path, capsys) -> None:
    _export(tmp_path, capsys)
    database = tmp_path / "data" / "records.sqlite3"
    before = database.read_bytes()
    code, _, err = run(capsys, "export", str(database), "--force")
    assert code == 2 and "is also an input" in err
    code, _, err = run(capsys, "report", "Dana Smith", "--output", str(database))
    assert code == 2 and database.read_bytes() == before


# ------------------------------------------------------------ small usage slips


def test_clients_alone_names_its_commands(capsys) -> None:
    code, _, err = run(capsys, "clients")
    assert code == 2 and "clients_command" not in err
    assert "{list,add,show," in err


def test_an_export_to_a_folder_says_so(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "export", str(tmp_path))
    assert code == 2 and f"{tmp_path} is a folder; give the export a file name" in err
    assert run(capsys, "export", str(tmp_path), "--force")[0] == 2


@pytest.mark.parametrize("option", ["--occupation", "--category"])
def test_an_empty_placement_is_refused_not_ignored(capsys, option: str) -> None:
    code, out, err = run(capsys, "score", "--role", "Nurse", option, " ")
    assert code == 2 and out == "" and f"{option} is empty" in err


def test_train_names_a_bad_category_frame_before_training(
    capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from career_resilience.cli import model_commands
    from career_resilience.model import training
    from career_resilience.skills.loader import shipped_knowledge_base

    kb = shipped_knowledge_base()
    frame = {**kb.occupation_frame, "rules": {**kb.occupation_frame["rules"], "11-1": "astronaut"}}
    monkeypatch.setattr(
        model_commands, "_kb", lambda: dataclasses.replace(kb, occupation_frame=frame)
    )

    def never(*args, **kwargs):
        raise AssertionError("training started on a knowledge base that cannot load")

    monkeypatch.setattr(training, "train", never)
    code, _, err = run(capsys, "train", "--output", "unused")
    assert code == 1
    assert "occupation_categories.yaml: rule '11-1': unknown category 'astronaut'" in err


def test_a_code_without_its_suffix_suggests_the_code_it_shortens(capsys) -> None:
    code, out, err = run(capsys, "score", "--role", "Dev", "--occupation", "15-1252")
    assert code == 2 and out == ""
    assert "(did you mean: 15-1252.00 Software Developers?)" in err
    _, _, err = run(capsys, "score", "--role", "Dev", "--occupation", "15-1252.07")
    assert "did you mean: 15-1252.00 Software Developers?" in err
    _, _, err = run(capsys, "score", "--role", "Dev", "--occupation", "software developers")
    assert "did you mean: 15-1252.00 Software Developers" in err  # words: the title search


def test_a_pipe_as_input_is_refused_clearly(tmp_path: Path, capsys) -> None:
    # `resilience score --input <(grep nurse team.jsonl)` hands over a pipe, which the
    # batch cannot read by position: a message, not "unexpected UnsupportedOperation".
    pipe = tmp_path / "team.jsonl"
    os.mkfifo(pipe)
    code, out, err = run(capsys, "score", "--input", str(pipe), "--output", "o.jsonl")
    assert code == 2 and out == "" and "is a pipe or device, not a file" in err
    assert "unexpected" not in err


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
