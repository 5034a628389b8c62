"""Save, open and export, each through a path prompt that reports problems in place.

Every prompt starts in the folder last used (or the current folder on a first run)
and shows the full path; the folder of a successful save, open or export is
remembered for next time.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from career_resilience import wording as say
from career_resilience import wording as words
from career_resilience.tui.client_actions import exported, filed
from career_resilience.tui.path_notice import notify_path
from career_resilience.tui.screens.path_prompt import PathPrompt
from career_resilience.tui.session import ModelState
from career_resilience.tui.settings import file_folder, remember_folder

if TYPE_CHECKING:
    from career_resilience.model.profile import Profile
    from career_resilience.model.result import Result
    from career_resilience.tui.app import ResilienceApp


def save(app: ResilienceApp) -> None:
    """Ask where, then write the profile form as YAML (asking before replacing a file)."""
    from career_resilience.filenames import slug
    from career_resilience.model import profile_files as files
    from career_resilience.tui.screens.whatif import WhatIfScreen
    from career_resilience.tui.views import keys_of

    profile = app.profile_screen.read_form()
    if profile is None:
        app.switch_mode("profile")
        app.notify(words.FIX_PROFILE_FIRST, severity="warning")
        return
    confirmed: set[Path] = set()

    def write(path: Path) -> str | None:
        if path.suffix not in files.PROFILE_SUFFIXES:
            path = path.with_suffix(".yaml")
        if path.exists() and path not in confirmed:
            confirmed.add(path)
            return words.file_exists(path.name)
        try:
            files.save_profile(profile, path)
        except files.ProfileFileError as exc:
            return str(exc)
        filed(app, profile)  # its result is kept (the file scores it again): ctrl+n asks not
        remember_folder(path)
        notify_path(app, words.SAVED_TO, path, title=words.PROFILE_SAVED)
        return None

    default = file_folder() / f"{slug(profile.role)}.yaml"
    # From what-if with skills being tried, the file is the profile as it started (the
    # form's): said, as the save to a client and the export say which they take.
    screen = app.screen
    trying = isinstance(screen, WhatIfScreen) and screen.trying_other_skills()
    hint = say.save_starting_profile(keys_of("keep")) if trying else ""
    app.push_screen(
        PathPrompt(
            say.SAVE_PROFILE,
            say.SAVE,
            str(default),
            write,
            suffixes=files.PROFILE_SUFFIXES,
            hint=hint,
        )
    )


def open_profile(app: ResilienceApp) -> None:
    """Ask which file, read and validate it, fill the form and score it."""
    from career_resilience.filenames import files_in
    from career_resilience.model import profile_files as files

    opened: list[Profile] = []

    def read(path: Path) -> str | None:
        kb = app.session.catalogue
        known = set(kb.categories) if kb is not None else None
        try:
            profile = files.read_profile(path, known)
        except files.ProfileFileError as exc:
            return str(exc)
        remember_folder(path)
        opened.append(profile)
        return None

    def show(path: Path | None) -> None:
        # Runs once the prompt is gone, so the mode switch acts on the right stack.
        if path is None or not opened:
            return
        app.switch_mode("profile")
        app.profile_screen.fill(opened[-1])
        notify_path(app, words.OPENED, path, title=words.PROFILE_OPENED)
        if app.session.model_state is not ModelState.FAILED:
            # The profile the form scores, as the form reads it: its result is in the file.
            if (formed := app.profile_screen.read_form()) is not None:
                filed(app, formed)
            app.action_score()

    directory = file_folder()
    saved = files_in(directory, files.PROFILE_SUFFIXES)
    default = str(saved[0]) if saved else f"{directory}{os.sep}"
    app.push_screen(
        PathPrompt(
            say.OPEN_PROFILE,
            say.OPEN,
            default,
            read,
            suffixes=files.PROFILE_SUFFIXES,
            hint=say.OPEN_HINT,
        ),
        show,
    )


def write_result_report(profile: Profile, result: Result, typed: Path) -> Path:
    """Write the result's report where ``typed`` says, as HTML when the name ends in
    .html or .htm, else as Markdown (a name with neither gets .md); the file written.

    A coach who typed "report.html" had been given "report.md", silently: the session
    reports have taken both all along. Raises FileWriteError, and a report's own bugs.
    """
    from career_resilience.files import write_private
    from career_resilience.reports.html import render_result_html
    from career_resilience.reports.markdown import render_result_markdown
    from career_resilience.tui.client_reports import is_html, report_target

    path = report_target(typed, "md")
    render = render_result_html if is_html(path) else render_result_markdown
    write_private(path, render(profile.to_dict(), result.to_dict()), make_folder=True)
    return path


def export(app: ResilienceApp) -> None:
    """Ask where, then write the result shown as the coaches' report (Markdown, or
    HTML for a name ending in .html).

    In what-if with skills being tried, that is the variant on screen, and the prompt
    and the file's name say so: ctrl+e there had written the starting result without
    a word, so the report lacked the skills the coach was looking at.
    """
    from career_resilience.filenames import slug
    from career_resilience.files import FileWriteError
    from career_resilience.tui.screens.whatif import WhatIfScreen

    profile, result = app.session.profile, app.session.result
    if profile is None or result is None:
        app.notify(words.SCORE_FIRST_TO_EXPORT)
        return
    screen = app.screen
    trying = False
    if isinstance(screen, WhatIfScreen) and screen.trying_other_skills() and screen.current:
        (profile, result), trying = screen.current, True

    def write(typed: Path) -> str | None:
        try:
            path = write_result_report(profile, result, typed)
        except FileWriteError as exc:
            return str(exc)
        except Exception as exc:  # a report bug must not take the app down
            return f"could not build the report ({type(exc).__name__}: {exc})"
        remember_folder(path)
        if not trying:  # the report holds the result on screen, not a variant
            exported(app, profile)
        notify_path(app, words.EXPORTED_TO, path, title=words.RESULT_EXPORTED)
        return None

    name = f"{slug(profile.role)}{say.WHAT_IF_FILE_TAIL if trying else ''}.md"
    hint = say.EXPORT_HINT_TRYING if trying else say.EXPORT_HINT
    default = file_folder() / name
    app.push_screen(PathPrompt(say.EXPORT_RESULT, say.EXPORT, str(default), write, hint=hint))
