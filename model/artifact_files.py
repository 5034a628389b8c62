"""File-system steps of the model artifact: read a file once, replace a folder atomically.

The loader hashes and parses the *same* bytes (read once, through one descriptor), so a
file swapped in after the check is never the one parsed. Training builds the whole
artifact in a temporary sibling folder and swaps it in with one rename, so a crash
mid-write leaves the previous artifact as it was.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

#: No artifact file is anywhere near this; a larger one (or /dev/zero behind a link) is
#: refused before it is read into memory.
MAX_FILE_BYTES = 200 * 1024 * 1024


class ArtifactError(RuntimeError):
    """The model artifact is missing, tampered with, or does not match this install."""


def read_once(path: Path, what: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """The whole content of ``path``, read through one descriptor.

    Refuses anything that is not a regular file (a directory, a FIFO, a device) with a
    message naming ``what`` and the path.
    """
    # O_NONBLOCK: opening a planted FIFO must not hang; it is refused by fstat below.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError as exc:
        raise ArtifactError(f"{what} {path} is missing; run `resilience train`") from exc
    except IsADirectoryError as exc:  # Windows reports folders at open()
        raise ArtifactError(f"{what} {path} is a directory, not a file") from exc
    except OSError as exc:
        raise ArtifactError(f"{what} {path} cannot be read ({exc.strerror})") from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ArtifactError(f"{what} {path} is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise ArtifactError(f"{what} {path} is not a regular file")
        if info.st_size > limit:
            raise ArtifactError(f"{what} {path} is {info.st_size} bytes, over the {limit} limit")
        with os.fdopen(os.dup(fd), "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ArtifactError(f"{what} {path} cannot be read ({exc.strerror})") from exc
    finally:
        os.close(fd)
    if len(data) > limit:
        raise ArtifactError(f"{what} {path} is over the {limit}-byte limit")
    return data


def write_folder_atomically(target: Path, fill: Callable[[Path], None]) -> None:
    """Call ``fill(tmp)`` on a fresh sibling folder, then swap it in for ``target``.

    On Linux the swap is one ``renameat2(RENAME_EXCHANGE)``: readers see the old folder
    or the new one, never a mix or nothing. Elsewhere the old folder is first renamed
    aside, leaving a window of microseconds with no folder (never a mixed one).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        fill(tmp)
        for entry in tmp.iterdir():
            _fsync(entry)
        os.chmod(tmp, 0o755)  # mkdtemp makes it 0700; the shipped folder is world-readable
        _fsync(tmp)
        if not target.exists():
            os.rename(tmp, target)
        elif _exchange(tmp, target):
            shutil.rmtree(tmp)  # tmp now holds the previous artifact
        else:
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
            os.rename(target, old / target.name)
            os.rename(tmp, target)
            shutil.rmtree(old)
        _fsync(target.parent)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _fsync(path: Path) -> None:
    """Flush a file or folder to disk (folders cannot be opened for this on Windows)."""
    if sys.platform == "win32" and path.is_dir():
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (Linux renameat2); False where that is unavailable."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):  # musl or an old glibc without the wrapper
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p]
    renameat2.argtypes += [ctypes.c_uint]
    done = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return bool(done == 0)
