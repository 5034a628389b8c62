"""The one file-writing helper: private, atomic, never through a symlink, never an input."""

from __future__ import annotations

import contextlib
import os
import stat
import threading
from pathlib import Path

import pytest

from career_resilience.files import (
    FileWriteError,
    SameFileError,
    private_writer,
    refuse_same_file,
    write_private,
)


def test_written_file_is_private_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        path = write_private(tmp_path / "out.jsonl", "data about people\n")
    finally:
        os.umask(old)
    assert path.read_text() == "data about people\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temporary left


def test_bytes_are_written_as_given(tmp_path: Path) -> None:
    write_private(tmp_path / "a.bin", b"\x00\xff")
    assert (tmp_path / "a.bin").read_bytes() == b"\x00\xff"


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("old")
    with pytest.raises(RuntimeError), private_writer(target) as handle:
        handle.write("half of the new")
        raise RuntimeError("crash")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_missing_folder_names_the_users_path_not_a_temporary(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "r.md"
    with pytest.raises(FileWriteError) as caught:
        write_private(target, "x")
    assert str(caught.value) == f"cannot write {target}: the folder does not exist"
    assert caught.value.user_error
    assert ".tmp" not in str(caught.value)


def test_make_folder_creates_a_private_folder(tmp_path: Path) -> None:
    write_private(tmp_path / "new" / "p.yaml", "role: x\n", make_folder=True)
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700


def test_a_folder_in_the_way_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "out.jsonl").mkdir()
    with pytest.raises(FileWriteError, match="it is a folder"):
        write_private(tmp_path / "out.jsonl", "x")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_unwritable_folder_is_a_user_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o500)
    with pytest.raises(FileWriteError, match="permission denied") as caught:
        write_private(folder / "x", "x")
    assert caught.value.user_error


def test_output_equal_to_an_input_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "same.csv"
    source.write_text("id,role\n1,Nurse\n")
    with pytest.raises(SameFileError):
        write_private(tmp_path / "." / "same.csv", "x", inputs=[source])
    os.link(source, tmp_path / "hard.csv")
    with pytest.raises(SameFileError):
        refuse_same_file(tmp_path / "hard.csv", [source])
    (tmp_path / "sym.csv").symlink_to(source)
    with pytest.raises(SameFileError):
        refuse_same_file(tmp_path / "sym.csv", [source])
    assert source.read_text() == "id,role\n1,Nurse\n"
    refuse_same_file(tmp_path / "other.jsonl", [source, None])  # a different file is fine


def test_a_planted_symlink_at_any_temporary_like_path_is_never_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    out = tmp_path / "res.jsonl"
    for name in (".res.jsonl.partial", ".res.jsonl.tmp", ".tmp-res", ".res.jsonl.abc.tmp"):
        (tmp_path / name).symlink_to(victim)
    write_private(out, "new output\n")
    assert victim.read_text() == "precious"
    assert out.read_text() == "new output\n" and not out.is_symlink()
    for name in (".res.jsonl.partial", ".res.jsonl.tmp", ".tmp-res", ".res.jsonl.abc.tmp"):
        assert (tmp_path / name).is_symlink()  # left alone, not written through


def test_the_output_itself_as_a_symlink_is_replaced_not_written_through(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (tmp_path / "out.md").symlink_to(victim)
    write_private(tmp_path / "out.md", "report")
    assert victim.read_text() == "precious"
    assert not (tmp_path / "out.md").is_symlink()


def test_two_writers_racing_for_one_path_never_mix(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    lines = {
        name: "".join(f'{{"writer": "{name}", "n": {i}}}\n' for i in range(20_000)) for name in "ab"
    }
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def write(name: str) -> None:
        try:
            with private_writer(target) as handle:
                barrier.wait()
                for line in lines[name].splitlines(keepends=True):
                    handle.write(line)
        except BaseException as exc:  # each may fail, but only cleanly
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in "ab"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert target.read_text() in (lines["a"], lines["b"])
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_as_output_is_written_through_and_stays_a_pipe(tmp_path: Path) -> None:
    """`--output /dev/null` once replaced /dev/null with a file for the whole machine.

    A named pipe stands in for a device here (the test must never touch /dev/null):
    the reader gets the text, and the pipe is still a pipe afterwards.
    """
    pipe = tmp_path / "out.fifo"
    os.mkfifo(pipe)
    received: list[str] = []

    def read() -> None:
        with open(pipe, encoding="utf-8") as handle:
            received.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        write_private(pipe, "scored 3 rows\n")
    finally:
        if not received and reader.is_alive():
            # Unblock a reader still waiting for a writer, so the test ends either way.
            with contextlib.suppress(OSError):
                fd = os.open(pipe, os.O_WRONLY | os.O_NONBLOCK)
                os.close(fd)
    reader.join(timeout=10)
    assert stat.S_ISFIFO(pipe.stat().st_mode), "the pipe was replaced by a regular file"
    assert received == ["scored 3 rows\n"]
    assert [p.name for p in tmp_path.iterdir()] == ["out.fifo"], "a temporary was left"


@pytest.mark.skipif(not Path("/dev/stdout").is_symlink(), reason="needs /dev/stdout as a link")
def test_dev_stdout_redirected_to_a_file_gets_the_text_and_stays_a_link(tmp_path: Path) -> None:
    """`--output /dev/stdout > out.jsonl`: the text reaches out.jsonl through the link.

    Before, the temporary file was renamed over /dev/stdout itself (as root) or the
    write failed with 'permission denied' (as anyone else), and out.jsonl stayed empty.
    """
    import subprocess
    import sys

    link = os.readlink("/dev/stdout")
    out = tmp_path / "out.jsonl"
    code = "from career_resilience.files import write_private; write_private('/dev/stdout', 'x\\n')"
    try:
        with open(out, "w", encoding="utf-8") as handle:
            done = subprocess.run([sys.executable, "-c", code], stdout=handle, check=False)
    finally:
        if not Path("/dev/stdout").is_symlink():  # the old code replaced it: put it back
            Path("/dev/stdout").unlink()
            os.symlink(link, "/dev/stdout")
            pytest.fail("/dev/stdout was replaced by a file")
    assert done.returncode == 0
    assert out.read_text(encoding="utf-8") == "x\n"
