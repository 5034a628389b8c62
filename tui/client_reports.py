"""Write a rendered session report where the coach says, readable only by them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from career_resilience.filenames import slug
from career_resilience.tui.path_notice import notify_path
from career_resilience.tui.screens.path_prompt import PathPrompt
from career_resilience.tui.settings import file_folder, remember_folder

if TYPE_CHECKING:
    from textual.app import App

    from career_resilience.tui.client_messages import ReportRendered

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


def write_report(path: Path, report: ReportRendered) -> None:
    """Write the report in the format the file name asks for (HTML for .html/.htm).

    Raises OSError when the file cannot be written.
    """
    from career_resilience.files import write_private

    text = report.html if path.suffix.lower() in HTML_SUFFIXES else report.markdown
    write_private(path, text, make_folder=True)


def ask_where(app: App[Any], report: ReportRendered, fmt: str) -> None:
    """Ask for a path (the full path of a file in the remembered or current folder)
    and write the report there."""
    from career_resilience.files import FileWriteError

    confirmed: set[Path] = set()

    def write(typed: Path) -> str | None:
        path = report_target(typed, fmt)
        if typed.is_dir() or path.is_dir():
            return f"{typed} is a folder; add a file name"
        if path.exists() and path not in confirmed:
            confirmed.add(path)
            return f"{path.name} exists; press Enter again to replace it"
        try:
            write_report(path, report)
        except OSError as exc:
            return str(exc) if isinstance(exc, FileWriteError) else f"cannot write {path}: {exc}"
        remember_folder(path)
        notify_path(
            app,
            f"Wrote the session {report.number} report for {report.client_name} to",
            path,
            title="Report saved",
        )
        return None

    kind = "HTML" if fmt == "html" else "Markdown"
    default = default_report_path(report.client_name, report.number, fmt)
    app.push_screen(
        PathPrompt(
            f"Session {report.number} report as {kind}",
            "Save",
            str(default),
            write,
            suffixes=(".md", *HTML_SUFFIXES),
            hint="End the name in .html for a web page. Only shared notes go in.",
        )
    )
