"""Ask for a file path (save, open, export); problems are shown in place, not in a crash."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.markup import escape
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from career_resilience.filenames import complete_path
from career_resilience.tui.screens.base import screen_css
from career_resilience.tui.widgets.completing_input import CompletingInput

#: Runs the file operation; returns an error message to show, or None when it worked.
PathAction = Callable[[Path], "str | None"]


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
        super().__init__()
        self.title_text = title
        self.verb = verb
        self.default = default
        self.action = action
        self.suffixes = suffixes
        self.hint = hint

    def compose(self) -> ComposeResult:
        """Hint, path, message, buttons."""
        with Vertical(id="prompt-box"):
            if self.hint:
                yield Label(self.hint, id="prompt-hint")
            yield CompletingInput(
                lambda text: complete_path(text, self.suffixes),
                value=self.default,
                id="prompt-path",
            )
            yield Static(id="prompt-error", classes="field-error")
            with Horizontal(id="prompt-buttons"):
                yield Button(self.verb, id="prompt-ok", variant="primary")
                yield Button("Cancel", id="prompt-cancel")

    def on_mount(self) -> None:
        """Title the box and put the cursor at the end of the path."""
        self.query_one("#prompt-box").border_title = self.title_text
        path_input = self.query_one("#prompt-path", CompletingInput)
        path_input.focus()
        path_input.input.cursor_position = len(path_input.value)

    @on(Input.Submitted, "#prompt-path Input")
    @on(Button.Pressed, "#prompt-ok")
    def _go(self) -> None:
        text = self.query_one("#prompt-path", CompletingInput).value.strip()
        if not text:
            self._show_error("give a file name")
            return
        path = Path(text).expanduser()
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
        target.update(f"⚠ {escape(message)}" if message else "")
        target.set_class(bool(message), "-shown")

    @on(Button.Pressed, "#prompt-cancel")
    def action_cancel(self) -> None:
        """Close without doing anything."""
        self.dismiss(None)
