"""Notifications that name a file: the full path, broken at folder separators.

A toast is at most half the screen wide (40 columns at 80x24), so a path of any length
wraps; left to the toast it breaks mid-name ("subfol / der"). Here it is laid out
folder by folder for the toast's width, and every character stays, so the whole path
can still be read (and copied).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from textual.app import App

from career_resilience.filenames import wrap_path

#: Textual's Toast: 60 columns wide at most, half the screen at most, padding 1 a side
#: and a one-column bar on the left.
TOAST_WIDTH = 60
TOAST_FRAME = 4


def toast_text_width(screen_width: int) -> int:
    """Columns of text a notification has on a screen ``screen_width`` wide."""
    return max(16, min(TOAST_WIDTH, screen_width // 2) - TOAST_FRAME)


def path_message(lead: str, path: Path, screen_width: int, tail: str = "") -> str:
    """``lead`` on its line, then the full path folder by folder, then ``tail``."""
    lines = [lead, *wrap_path(str(path.resolve()), toast_text_width(screen_width))]
    return "\n".join([*lines, tail] if tail else lines)


def notify_path(app: App[Any], lead: str, path: Path, *, title: str, tail: str = "") -> None:
    """Notify that something was done with the file at ``path`` (markup off: a file
    name like "[x].md" is shown as typed)."""
    app.notify(path_message(lead, path, app.size.width, tail), title=title, markup=False)


@dataclass(frozen=True)
class Notice:
    """What a background job has to tell the person when it finishes: a title and a
    sentence, with the file it wrote (``path``: shown whole, after the sentence).

    A thread worker returns one; the node that ran it shows it on the event loop
    (:class:`~career_resilience.tui.workers.ShowsWorkerErrors`), never from the thread.
    """

    title: str
    text: str
    path: Path | None = None
    severity: Literal["information", "warning", "error"] = "information"

    def show(self, app: App[Any]) -> None:
        """Notify (markup off: typed names and file names are shown as typed)."""
        if self.path is not None:
            notify_path(app, self.text, self.path, title=self.title)
        else:
            # A failure stays up longer: it is read, then acted on.
            timeout = 10 if self.severity == "error" else None
            app.notify(
                self.text, title=self.title, severity=self.severity, timeout=timeout, markup=False
            )
