"""Ask for a file path (save, open, export); problems are shown in place, not in a crash.

The box starts empty, with the default file's name as a placeholder and its full path
written above: Enter with nothing typed takes the default, and anything typed starts
a new name instead of being appended to a prefilled one. A name without a folder goes
in the default's folder (the one the prompt names); ``~`` and absolute paths go where
they say.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from career_resilience import wording as say
from career_resilience.filenames import complete_path
from career_resilience.tui.screens.base import screen_css
from career_resilience.tui.widgets.completing_input import CompletingInput
from career_resilience.tui.widgets.own_footer import shown_over_a_screen
from career_resilience.tui.widgets.path_text import PathText

#: Runs the file operation; returns an error message to show, or None when it worked.
PathAction = Callable[[Path], "str | None"]


def split_default(default: str) -> tuple[Path, str]:
    """``(folder, file name)`` of a default path; a default ending in a separator is a
    folder with no file name (open, when the folder holds no saved file)."""
    if default.endswith(os.sep):
        return Path(default), ""
    path = Path(default)
    return path.parent, path.name


def resolve_typed(text: str, folder: Path) -> Path:
    """The path meant by ``text``: relative names are taken inside ``folder``."""
    path = Path(text).expanduser()
    return path if path.is_absolute() else folder / path


def complete_in(folder: Path, text: str, suffixes: tuple[str, ...]) -> list[str]:
    """Completions for ``text``; a relative name is completed among ``folder``'s files
    and offered as typed (relative), so accepting one does not prefix the folder."""
    if not text or Path(text).expanduser().is_absolute() or text.startswith("~"):
        return complete_path(text, suffixes)
    base = f"{folder}{os.sep}"
    return [found.removeprefix(base) for found in complete_path(base + text, suffixes)]


class PathPrompt(ModalScreen[Path | None]):
    """A path input with completion; dismisses with the path once ``action`` succeeds."""

    # Selectors in the file name the screen already, so no automatic scoping.
    DEFAULT_CSS = screen_css("path_prompt")
    SCOPED_CSS = False

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self,
        title: str,
        verb: str,
        default: str,
        action: PathAction,
        *,
        suffixes: tuple[str, ...] = (),
        hint: str = "",
    ) -> None:
        """``default`` is the full path Enter takes when nothing is typed (a folder
        ending in a separator: no default file); ``hint`` is plain text."""
        super().__init__()
        self.title_text = title
        self.verb = verb
        self.folder, self.default_name = split_default(default)
        self.action = action
        self.suffixes = suffixes
        self.hint = hint

    def where_line(self) -> str:
        """The sentence naming the default file and the folder a bare name goes in."""
        folder = os.path.join(self.folder, "")  # ends in one separator, even for "/"
        default = self.folder / self.default_name if self.default_name else None
        return say.where_line(folder, default)

    def compose(self) -> ComposeResult:
        """Where it goes, hint, path, message, buttons."""
        with Vertical(id="prompt-box"):
            # Plain text (a folder named like "[x]" stays text), wrapped after a folder.
            yield PathText(self.where_line(), id="prompt-where")
            if self.hint:
                yield Label(Content(self.hint), id="prompt-hint")
            yield CompletingInput(
                lambda text: complete_in(self.folder, text, self.suffixes),
                placeholder=self.default_name or "file name",
                id="prompt-path",
            )
            yield Static(id="prompt-error", classes="field-error")
            with Horizontal(id="prompt-buttons"):
                yield Button(self.verb, id="prompt-ok", variant="primary")
                yield Button("Cancel", id="prompt-cancel")

    def on_mount(self) -> None:
        """Title the box and put the cursor in the (empty) path box."""
        self.query_one("#prompt-box").border_title = self.title_text
        shown_over_a_screen(self)
        self.query_one("#prompt-path", CompletingInput).focus()

    def chosen_path(self) -> Path | None:
        """What Enter would take now: the typed path, else the default (None: neither)."""
        text = self.query_one("#prompt-path", CompletingInput).value.strip()
        if text:
            return resolve_typed(text, self.folder)
        return self.folder / self.default_name if self.default_name else None

    @on(Input.Submitted, "#prompt-path Input")
    @on(Button.Pressed, "#prompt-ok")
    def _go(self) -> None:
        path = self.chosen_path()
        if path is None:
            self._show_error("give a file name")
            return
        problem = self.action(path)
        if problem:
            self._show_error(problem)
        else:
            self.dismiss(path)

    @on(CompletingInput.Accepted)
    def _completed(self) -> None:
        self._show_error("")

    def _show_error(self, message: str) -> None:
        target = self.query_one("#prompt-error", Static)
        target.update(Content(f"⚠ {message}") if message else "")
        target.set_class(bool(message), "-shown")

    @on(Button.Pressed, "#prompt-cancel")
    def action_cancel(self) -> None:
        """Close without doing anything."""
        self.dismiss(None)
