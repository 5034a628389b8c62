"""Write a session report where the coach says, readable only by them.

The prompt opens as soon as the key is pressed (the client's name and the session
number are all it needs); building the report (the reports package, jinja2, the stored
result) and writing it run in a thread worker afterwards, which can take over a second
on a busy machine. The app says at once that it is writing, stays usable meanwhile, and
names the full path when the file is written (or why it could not be).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from career_resilience import wording as say
from career_resilience import wording as words
from career_resilience.filenames import slug
from career_resilience.tui.path_notice import Notice
from career_resilience.tui.screens.path_prompt import PathPrompt
from career_resilience.tui.settings import file_folder, remember_folder

if TYPE_CHECKING:
    from textual.app import App
    from textual.worker import Worker

HTML_SUFFIXES = (".html", ".htm")


def default_report_path(client_name: str, number: int, fmt: str) -> Path:
    """E.g. ``<folder>/dana-smith-session-2.md``, in the folder the coach last saved to
    (the app's one remembered folder), else the folder the app was started from."""
    suffix = ".html" if fmt == "html" else ".md"
    folder = file_folder().resolve()
    return folder / f"{slug(client_name, 'client')}-session-{number}{suffix}"


def report_target(path: Path, fmt: str) -> Path:
    """The file to write: names ending in .md, .html or .htm are kept, others get
    ``fmt``'s suffix added."""
    if path.suffix.lower() in (*HTML_SUFFIXES, ".md"):
        return path
    return path.with_name(path.name + (".html" if fmt == "html" else ".md"))


def is_html(path: Path) -> bool:
    """Whether the file name asks for the HTML report (.html, .htm)."""
    return path.suffix.lower() in HTML_SUFFIXES


def write_report(client_id: int, number: int, path: Path) -> None:
    """Build session ``number``'s report (shared notes only) in the format the file name
    asks for, and write it to ``path`` (mode 600, atomically).

    Runs in a worker: it opens its own store. Raises the records' errors and OSError.
    """
    from career_resilience.files import write_private
    from career_resilience.records import Store
    from career_resilience.reports import render_session_html, render_session_markdown

    render = render_session_html if is_html(path) else render_session_markdown
    with Store.open() as store:
        text = render(store, client_id, number)
    write_private(path, text, make_folder=True)


def write_in_background(
    app: App[Any], client_id: int, name: str, number: int, path: Path
) -> Worker[Notice]:
    """Write the report in a thread worker on the app (it finishes even if the coach
    leaves the record) and say at once that it is being written, unless it already is;
    the worker's :class:`Notice` names the full path when done (shown by
    ``ShowsWorkerErrors``)."""
    kind = "HTML" if is_html(path) else "Markdown"

    def body() -> Notice:
        try:
            write_report(client_id, number, path)
        except Exception as exc:  # said in words; the app carries on
            from career_resilience.tui.client_actions import problem_text

            return Notice(words.REPORT_FAILED, f"{path}: {problem_text(exc)}", severity="error")
        remember_folder(path)  # the next report or export starts there
        return Notice(words.REPORT_SAVED, words.report_written(name, number), path)

    worker = app.run_worker(
        body, name="write the report", group="reports", thread=True, exit_on_error=False
    )

    def say_writing() -> None:
        # A short report is often written before this refresh: "Writing the report ...
        # the full path is shown when it is written" then stood under "Report saved",
        # as if it were still being written (a social worker's report, tmux walk).
        if not worker.is_finished:
            app.notify(
                words.report_writing(name, number, kind), title=words.REPORT_WRITING,
                timeout=4, markup=False,
            )  # fmt: skip

    # After the next refresh: called as the path prompt closes, a notice now would be
    # put on the closing prompt's screen and never be seen.
    app.call_after_refresh(say_writing)
    return worker


def ask_where(app: App[Any], client_id: int, name: str, number: int, fmt: str) -> None:
    """Ask for a path at once (the full path of a file in the remembered or current
    folder), then write session ``number``'s report there in the background."""
    confirmed: set[Path] = set()

    def check(typed: Path) -> str | None:
        # Only what can be told before writing; the prompt says it in place.
        path = report_target(typed, fmt)
        if typed.is_dir() or path.is_dir():
            return f"{typed} is a folder; add a file name"
        if path.parent.is_dir() and not os.access(path.parent, os.W_OK | os.X_OK):
            return f"cannot write in {path.parent}; choose another folder"
        if path.exists() and path not in confirmed:
            confirmed.add(path)
            return words.file_exists(path.name)
        return None

    def chosen(typed: Path | None) -> None:
        if typed is not None:
            path = report_target(typed, fmt)
            write_in_background(app, client_id, name, number, path)

    app.push_screen(
        PathPrompt(
            say.report_title(number, fmt == "html"),
            say.SAVE,
            str(default_report_path(name, number, fmt)),
            check,
            suffixes=(".md", *HTML_SUFFIXES),
            hint=say.REPORT_HINT,
        ),
        chosen,
    )
