""" "That's not me": choose the kind of work yourself; the profile is rescored with it."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from career_resilience.tui.screens.base import screen_css

if TYPE_CHECKING:
    from career_resilience.tui.app import ResilienceApp

#: Option id that gives the choice back to the model.
MODEL_DECIDES = "__model__"


class CategoryPicker(ModalScreen[str | None]):
    """Pick a category id; dismisses with the id, MODEL_DECIDES, or None (cancel)."""

    # Selectors in the file name the screen already, so no automatic scoping.
    DEFAULT_CSS = screen_css("category_picker")
    SCOPED_CSS = False

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self, categories: list[tuple[str, str, str]], current: str | None, chosen: bool
    ) -> None:
        """``categories`` holds ``(id, label, description)``; ``current`` is highlighted."""
        super().__init__()
        self.categories = sorted(categories, key=lambda c: c[1].casefold())
        self.current = current
        self.chosen = chosen

    def compose(self) -> ComposeResult:
        """A short explanation and the list."""
        with Vertical(id="picker-box"):
            yield Label("Which kind of work is closest to yours? Enter picks, Escape cancels.")
            options = []
            if self.chosen:
                again = Content.styled("Let the model decide again", "italic")
                options.append(Option(again, MODEL_DECIDES))
            for cid, label, description in self.categories:
                options.append(
                    Option(Content.assemble((label, "bold"), "\n", (description, "dim")), cid)
                )
            yield OptionList(*options, id="picker-list")

    def on_mount(self) -> None:
        """Title, and start at the current category."""
        self.query_one("#picker-box").border_title = "That's not me"
        options = self.query_one(OptionList)
        if self.current is not None:
            try:
                options.highlighted = options.get_option_index(self.current)
            except OptionDoesNotExist:  # not in the list: start at the top
                options.highlighted = 0
        options.focus()

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        """Keep the current category."""
        self.dismiss(None)


def ask_category(app: ResilienceApp) -> None:
    """Open the picker over the current result; a choice rescores the profile."""
    session = app.session
    if session.result is None or session.profile is None or session.engine is None:
        return
    categories = [(c.id, c.label, c.description) for c in session.engine.kb.categories.values()]

    def chosen(category: str | None) -> None:
        if category is not None:
            app.rescore_in_category(None if category == MODEL_DECIDES else category)

    current = session.result.top_category.id
    app.push_screen(CategoryPicker(categories, current, bool(session.profile.category)), chosen)
