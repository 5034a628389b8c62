"""The CLI as a careful tester attacks it, scoring: batch files, outputs, broken shipped
data and usage slips (each case is a reproduction from issue 9; the records commands'
cases are in test_cli_hardening_records.py)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import run

from career_resilience.cli import main

# In-process CLI runs score with the session's engine (conftest.engine_loaded_once).
pytestmark = pytest.mark.usefixtures("engine_loaded_once")


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
    # Where the bad row is: "reported with its row number" left a coach asking where.
    assert (
        err.strip() == f"scored 2 rows; 1 bad row in {out}, with its row number and what is wrong"
    )


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


# ---------------------------------------------------------- broken shipped data


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


# --------------------------------------------------------- pipes and exit codes


def test_a_closed_stdout_ends_quietly(tmp_path: Path) -> None:
    proc = subprocess.run(
        f"{sys.executable} -m career_resilience score --role Nurse --json | head -1",
        shell=True, capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert proc.stdout == "{\n" and proc.stderr == ""


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


def test_a_pipe_as_input_is_refused_clearly(tmp_path: Path, capsys) -> None:
    # `resilience score --input <(grep nurse team.jsonl)` hands over a pipe, which the
    # batch cannot read by position: a message, not "unexpected UnsupportedOperation".
    pipe = tmp_path / "team.jsonl"
    os.mkfifo(pipe)
    code, out, err = run(capsys, "score", "--input", str(pipe), "--output", "o.jsonl")
    assert code == 2 and out == "" and "is a pipe or device, not a file" in err
    assert "unexpected" not in err


# ------------------------------------------------------------ small usage slips


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
