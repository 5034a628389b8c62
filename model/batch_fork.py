"""Batch workers forked from the loaded model, with this process working beside them.

Where the system forks (Linux), ``--jobs N`` forks N - 1 children from this process
once it has loaded the model (they inherit it and start at once) and this process takes
work as the N-th: for two jobs, one fork and no process that only waits. Before, a pool
of N forked workers scored while this process waited for their results, and another
pool of N was forked to look up the repeated titles first (four forks for two jobs,
this process's CPU 7-10% of one worker's, spent polling and passing results on).

Work comes in :class:`Phase` s of tasks that every process already holds (built before
the fork). A process takes a phase's next task from one counter they share, so none is
idle while tasks remain and a slow one takes fewer; children send each result back over
a pipe as it is done, and this process hands the results on in task order. A phase can
end with a step that every process runs on all of its results (the repeated titles,
pinned in each process before the slices are scored), so children are sent what the
others found. A child that fails sends its error, which is raised here; a child that
dies is named; if this process stops (an error writing, Ctrl-C), the children are
stopped and reaped.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

#: A child's message at the end of its part of a phase.
_DONE = "done"
#: Whether this process takes tasks too (tests turn it off to check the children's
#: results alone: otherwise this process may take most tasks of a small file).
PARENT_WORKS = True


@dataclass(frozen=True)
class Phase:
    """Tasks whose results come back in order; ``then`` runs in every process with all
    of the phase's results (in order) before the next phase starts."""

    tasks: Sequence[Callable[[], Any]]
    then: Callable[[list[Any]], None] | None = None


class WorkerError(RuntimeError):
    """A forked batch worker failed or died; the message says how."""


class _Counters:
    """One shared "next task" counter per phase, taken under a lock by every process."""

    def __init__(self, phases: int) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self._lock = context.Lock()
        self._next = context.RawArray("q", phases)

    def take(self, phase: int, tasks: int) -> int | None:
        """The index of ``phase``'s next task for the caller, or None when all are taken."""
        with self._lock:
            found = self._next[phase]
            if found >= tasks:
                return None
            self._next[phase] = found + 1
        return found


def run_forked(phases: list[Phase], children: int) -> Generator[Any, None, None]:
    """The last phase's results in task order, worked out by this process and
    ``children`` processes forked from it (earlier phases' results go to their ``then``).

    The fork happens on the first ``next()``; closing the generator early stops the
    children.
    """
    counters = _Counters(len(phases))
    for stream in (sys.stdout, sys.stderr):  # a child must not write a copy of a buffer
        with contextlib.suppress(Exception):
            stream.flush()
    gc.freeze()  # children's collections would otherwise copy every page of the model
    kids: dict[Connection, int] = {}
    try:
        for _ in range(children):
            mine, theirs = _pipe()
            pid = os.fork()
            if pid == 0:  # the child: never returns into the caller's code
                mine.close()
                for other in kids:
                    other.close()
                _child(phases, counters, theirs)
            theirs.close()
            kids[mine] = pid
        for k, phase in enumerate(phases):
            source: dict[int, Connection | None] = {}  # who worked out each result
            results = _gathered(k, phase, counters, kids, source)
            if phase.then is None:
                yield from results
                continue
            done = list(results)
            for conn in kids:  # each child is sent what the others found
                conn.send({i: r for i, r in enumerate(done) if source[i] is not conn})
            phase.then(done)
        for pid in list(kids.values()):
            os.waitpid(pid, 0)
        kids.clear()
    finally:
        _stop(kids)
        gc.unfreeze()


def _pipe() -> tuple[Connection, Connection]:
    from multiprocessing import Pipe

    return Pipe(duplex=True)


def _gathered(
    k: int,
    phase: Phase,
    counters: _Counters,
    kids: dict[Connection, int],
    source: dict[int, Connection | None],
) -> Iterator[Any]:
    """Phase ``k``'s results in order: this process's own between reading the children's
    (``source`` is told which child worked each out: None for this process)."""
    found: dict[int, Any] = {}
    busy = set(kids)
    at = 0
    mine_left = PARENT_WORKS
    while at < len(phase.tasks):
        if at in found:
            yield found.pop(at)
            at += 1
            continue
        if mine_left:
            i = counters.take(k, len(phase.tasks))
            if i is None:
                mine_left = False
            else:
                found[i] = phase.tasks[i]()
                source[i] = None
        if not mine_left and not busy and at not in found:
            raise WorkerError("a batch worker stopped before its last slice")
        # Everything the children sent meanwhile; once this process has no task left
        # and the next result is not here, wait for them.
        block = not mine_left and at not in found
        while busy and (ready := wait(list(busy), timeout=None if block else 0)):
            for conn in (c for c in busy.copy() if c in ready):
                message = _receive(conn, kids[conn])
                if message == _DONE:
                    busy.discard(conn)
                else:
                    i, result = message
                    found[i] = result
                    source[i] = conn
            block = False
    for conn in busy:  # their "done" after the last result
        if _receive(conn, kids[conn]) != _DONE:
            raise WorkerError("a batch worker sent more results than there were tasks")


def _receive(conn: Connection, pid: int) -> Any:
    try:
        message = conn.recv()
    except (EOFError, OSError) as exc:
        raise WorkerError(f"a batch worker (process {pid}) stopped unexpectedly") from exc
    if isinstance(message, tuple) and message and message[0] == "error":
        raise WorkerError(f"a batch worker (process {pid}) failed: {message[1]}")
    return message


def _child(phases: list[Phase], counters: _Counters, conn: Connection) -> None:
    """A forked child's whole life: its share of every phase, then exit (no cleanup of
    the parent's state runs here: ``os._exit``).

    Results are sent by a thread of the child: a slice's JSON lines are larger than the
    pipe holds, and the parent reads them only between slices of its own, so a child
    that sent them itself would wait for the parent instead of scoring.
    """
    import queue
    import threading

    outbox: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def send() -> None:
        with contextlib.suppress(OSError, ValueError):  # the parent is gone: nothing to do
            while (message := outbox.get()) is not None:
                conn.send(message)

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    code = 0
    try:
        for k, phase in enumerate(phases):
            mine = {}  # kept only for a "then" (a batch's JSON lines are not)
            while (i := counters.take(k, len(phase.tasks))) is not None:
                result = phase.tasks[i]()
                outbox.put((i, result))
                if phase.then is not None:
                    mine[i] = result
            outbox.put(_DONE)
            if phase.then is not None:
                mine.update(conn.recv())  # what the others found
                phase.then([mine[i] for i in range(len(phase.tasks))])
    except BaseException as exc:  # whatever it is, the parent says it
        code = 1
        outbox.put(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        outbox.put(None)
        with contextlib.suppress(BaseException):
            sender.join()
        os._exit(code)


def _stop(kids: dict[Connection, int]) -> None:
    """Stop and reap children still running (this process stopped early)."""
    for conn, pid in kids.items():
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)
        with contextlib.suppress(OSError):
            os.waitpid(pid, 0)
        conn.close()
    kids.clear()
