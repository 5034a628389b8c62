"""One way to run model work off the event loop, and one way its failures are shown.

Textual's ``@work`` exits the app when a worker raises. Every thread worker here is
declared with :func:`background` instead, which keeps the app running, and every node
that starts workers mixes in :class:`ShowsWorkerErrors`, which turns a failure into a
notification naming what could not be done ("Could not score this profile").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from textual import work
from textual.worker import Worker, WorkerState

#: A method run in a thread; decorated, calling it starts the worker and returns it.
Body = Callable[..., None]
#: A node's handler of a message a worker posted.
Handler = TypeVar("Handler", bound=Callable[[Any, Any], None])


def background(
    doing: str, group: str, exclusive: bool = True
) -> Callable[[Body], Callable[..., Worker[None]]]:
    """A thread worker named ``doing`` ("score this profile"); the newest call wins.

    A failure is reported by :class:`ShowsWorkerErrors` on the node that ran it,
    never by exiting the app. ``exclusive=False`` is for callers that run one at a
    time themselves: cancelling a worker whose result is already on its way would
    only fail whoever waits for it.
    """
    return work(thread=True, exclusive=exclusive, group=group, name=doing, exit_on_error=False)


def gone(node: Any) -> bool:
    """Whether a worker's message for ``node`` has come too late to show.

    ``is_running`` turns false as the app's shutdown starts, before the screens' widgets
    are removed one by one; ``is_attached`` turns false once ``exit()`` is called or the
    screen has closed.
    """
    return not (node.is_attached and node.app.is_running)


def while_shown(handler: Handler) -> Handler:
    """For a screen's handler of a message a worker posted: do nothing once the app is
    quitting or the screen was closed.

    A worker's message can land after either; the handler would then fill widgets that
    are being removed and raise on the app's way out (CI saw it once with the model's
    message). A screen that is shown again later reloads what it shows anyway.
    """

    @wraps(handler)
    def guarded(node: Any, message: Any) -> None:
        if not gone(node):
            handler(node, message)

    return guarded  # type: ignore[return-value]


def failure_text(error: BaseException | None) -> str:
    """A worker's exception in one line, without a traceback."""
    if error is None:
        return "it stopped without saying why"
    text = str(error).strip()
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


class ShowsWorkerErrors:
    """Mixin for an App or Screen: a worker of its that fails shows why, and the app stays.

    Worker state messages do not bubble, so each node that starts workers needs this.
    """

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Tell the person what could not be done, instead of exiting; show the
        :class:`~career_resilience.tui.path_notice.Notice` a finished worker returned."""
        node: Any = self
        if event.state is WorkerState.SUCCESS:
            from career_resilience.tui.path_notice import Notice

            # Not while quitting: the notice would outlive the screens that show it.
            if isinstance(event.worker.result, Notice) and node.app.is_running:
                event.worker.result.show(node.app)
            return
        if event.state is not WorkerState.ERROR:
            return
        worker = event.worker
        node.app.notify(
            failure_text(worker.error),
            title=f"Could not {worker.name or 'finish the job'}",
            severity="error",
            timeout=10,
        )
        node.app.log.error(f"worker {worker.name!r} failed", worker.error)
        on_failed = getattr(self, "worker_failed", None)
        if callable(on_failed):
            on_failed(worker)
