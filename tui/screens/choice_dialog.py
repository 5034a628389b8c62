"""Pick one option from a list (Enter picks, Escape cancels): pivots, categories."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from career_resilience import wording as say
from career_resilience.tui.screens.dialog import Dialog
from career_resilience.tui.widgets.wrapping_options import WrappingOptionList


class ChoiceDialog(Dialog[str | None]):
    """Pick one option by id (Enter picks, Escape cancels); dismisses with the id or None."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self,
        title: str,
        prompt: str,
        options: Sequence[tuple[str, Content]],
        current: str | None,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.prompt = prompt
        self.options = list(options)
        self.current = current

    def compose(self) -> ComposeResult:
        """The prompt and the list."""
        with Vertical(id="choice-box"):
            yield Label(self.prompt)
            yield WrappingOptionList(
                *(Option(text, oid) for oid, text in self.options), id="choice-list"
            )
            # The footer shows Escape only: the arrows and Enter are the list's own.
            yield Label(say.KEYS_CHOOSE, classes="dialog-keys")

    def on_mount(self) -> None:
        """Title, and start at the current choice."""
        self.query_one("#choice-box").border_title = self.title_text
        options = self.query_one(OptionList)
        try:
            options.highlighted = options.get_option_index(self.current or "")
        except OptionDoesNotExist:  # not in the list: start at the top
            options.highlighted = 0
        options.focus()

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        """Change nothing."""
        self.dismiss(None)
