"""The one way to write a file that holds people's data.

Batch output, reports, exports, saved profiles, settings and the model artifact all
go through :func:`write_private` (whole text or bytes) or :func:`private_writer` (a
stream). Each write:

- goes to a **unique** temporary file in the target folder, created with
  ``O_CREAT | O_EXCL | O_NOFOLLOW`` (``tempfile.mkstemp``): never a fixed name, so a
  symlink planted at a guessable path is never followed and two writers never share a
  temporary file;
- is mode **0600** whatever the umask, since it holds data about people;
- is flushed and ``fsync``-ed, then **renamed** over the target in one step: a reader
  sees the old file or the new one, never half of either; of two writers racing for
  one path, each either wins whole or fails cleanly;
- is refused up front when the target is one of the inputs (same path or same inode),
  so ``--input x.csv --output x.csv`` never destroys the input;
- goes **in place** when the target already exists as a device, pipe or socket
  (``/dev/null``, ``/dev/stdout``, a named pipe) or lies under /dev or /proc:
  renaming a file over it would replace the device (or the /dev/stdout link) for every
  program on the machine, and there is no old content to keep.

Errors are :class:`FileWriteError` and name the user's path, never the temporary name.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

#: errno values that mean the path the person gave is wrong (not the machine failing).
_USER_ERRNOS = frozenset(
    {errno.ENOENT, errno.ENOTDIR, errno.EACCES, errno.EPERM, errno.EISDIR, errno.EROFS}
)
_REASONS = {
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EISDIR: "it is a folder",
    errno.EROFS: "the file system is read-only",
    errno.ENOSPC: "the disk is full",
}


class FileWriteError(OSError):
    """A file could not be written; the message names the user's path.

    ``user_error`` is true when the path itself is the problem (missing or unwritable
    folder, a folder in the way, output equal to an input): the CLI exits 2 for those.
    """

    def __init__(self, message: str, user_error: bool = True) -> None:
        super().__init__(message)
        self.user_error = user_error

    def __str__(self) -> str:
        return str(self.args[0])


class SameFileError(FileWriteError):
    """The output is one of the inputs: writing it would destroy what is being read."""


def _error(path: Path, exc: OSError) -> FileWriteError:
    reason = _REASONS.get(exc.errno or 0) or exc.strerror or str(exc)
    return FileWriteError(f"cannot write {path}: {reason}", exc.errno in _USER_ERRNOS)


def refuse_same_file(output: str | os.PathLike[str], inputs: Iterable[Any]) -> None:
    """Raise :class:`SameFileError` if ``output`` is any of ``inputs``.

    Compared by resolved path and, where both exist, by device and inode, so a
    hard link or a symlink to an input is caught too. ``None`` inputs are ignored.
    """
    out = Path(output).expanduser()
    try:
        out_stat: os.stat_result | None = out.stat()
    except OSError:
        out_stat = None
    for item in inputs:
        if item is None:
            continue
        source = Path(item).expanduser()
        same = out.resolve() == source.resolve()
        if not same and out_stat is not None:
            with contextlib.suppress(OSError):
                in_stat = source.stat()
                same = (in_stat.st_dev, in_stat.st_ino) == (out_stat.st_dev, out_stat.st_ino)
        if same:
            raise SameFileError(f"{output} is also an input; choose another output file")


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (where the platform lets a folder be opened)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _is_device_or_pipe(target: Path) -> bool:
    """True when ``target`` exists and is a stream, not a file to replace.

    That is anything neither a regular file nor a folder, and any path under /dev or
    /proc: ``--output /dev/stdout > out.jsonl`` reaches a regular file through
    /proc/self/fd/1, and renaming over /dev/stdout would replace that link itself.
    """
    try:
        mode = target.stat().st_mode  # follows /dev/stdout -> /proc/self/fd/1 -> the stream
    except OSError:
        return False
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        return True
    return os.path.abspath(target).startswith(("/dev/", "/proc/"))


@contextlib.contextmanager
def _write_in_place(target: Path, binary: bool) -> Iterator[IO[Any]]:
    """Write straight into an existing device or pipe; errors name the user's path."""
    try:
        handle = open(target, "wb") if binary else open(target, "w", encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        raise _error(target, exc) from exc
    try:
        with handle:
            yield handle
    except OSError as exc:
        if isinstance(exc, FileWriteError) or exc.filename is not None:
            raise
        raise _error(target, exc) from exc


@contextlib.contextmanager
def private_writer(
    path: str | os.PathLike[str],
    *,
    binary: bool = False,
    inputs: Iterable[Any] = (),
    make_folder: bool = False,
) -> Iterator[IO[Any]]:
    """Open a private temporary file next to ``path``; on a clean exit it replaces ``path``.

    If the block raises, the temporary file is removed and ``path`` is untouched.
    ``make_folder`` creates a missing parent folder (mode 0700); otherwise a missing
    folder is a :class:`FileWriteError`. ``inputs`` are files the output must not be.
    """
    target = Path(path).expanduser()
    refuse_same_file(target, inputs)
    if target.is_dir():
        raise FileWriteError(f"cannot write {path}: it is a folder")
    if _is_device_or_pipe(target):
        with _write_in_place(target, binary) as handle:
            yield handle
        return
    folder = target.parent
    # Imported here: the error types above are on every command's path (the CLI maps
    # them), while tempfile (with shutil and random behind it) is needed only to write.
    import tempfile

    try:
        if make_folder:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name[:100]}.", suffix=".tmp")
    except OSError as exc:
        raise _error(target, exc) from exc
    try:
        with contextlib.suppress(OSError):  # a file system without modes (FAT) still writes
            os.fchmod(fd, 0o600)
        handle = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8")
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        # An error that names a file came from the caller reading something: let it be.
        if isinstance(exc, FileWriteError) or exc.filename is not None:
            raise
        raise _error(target, exc) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    try:
        refuse_same_file(target, inputs)  # an input could have been moved here meanwhile
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, FileWriteError):
            raise
        raise _error(target, exc) from exc
    _fsync_folder(folder)


def write_private(
    path: str | os.PathLike[str],
    data: str | bytes,
    *,
    inputs: Iterable[Any] = (),
    make_folder: bool = False,
) -> Path:
    """Write ``data`` (text as UTF-8, or bytes) to ``path`` privately and atomically.

    See :func:`private_writer` for the guarantees; returns the path written.
    """
    with private_writer(
        path, binary=isinstance(data, bytes), inputs=inputs, make_folder=make_folder
    ) as handle:
        handle.write(data)
    return Path(path).expanduser()
