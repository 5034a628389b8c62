""" "That's not me": find the kind of work by typing, then the profile is rescored in it.

Typing filters the list (fuzzy: typos and partial titles work); ↓ ↑ move through it
and Enter picks, without leaving the search box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from career_resilience.skills.completion import categories as search_categories
from career_resilience.tui.screens.base import screen_css

if TYPE_CHECKING:
    from career_resilience.tui.app import ResilienceApp

#: Option id that gives the choice back to the model.
MODEL_DECIDES = "__model__"


class CategoryPicker(ModalScreen[str | None]):
    """Type to find a kind of work; dismisses with its id, MODEL_DECIDES, or None."""

    DEFAULT_CSS = screen_css("category_picker")
    SCOPED_CSS = False

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("down", "move(1)", "Next", show=False, priority=True),
        Binding("up", "move(-1)", "Previous", show=False, priority=True),
    ]

    def __init__(
        self, categories: list[tuple[str, str, str, str]], current: str | None, chosen: bool
    ) -> None:
        """``categories`` holds ``(id, label, description, titles)``."""
        super().__init__()
        self.categories = sorted(categories, key=lambda c: c[1].casefold())
        self.by_id = {c[0]: c for c in self.categories}
        self.current = current
        self.chosen = chosen

    def compose(self) -> ComposeResult:
        """Prompt, search box, matches."""
        with Vertical(id="picker-box"):
            yield Label("Which kind of work is closest to yours? Type to search; Enter picks.")
            yield Input(placeholder="e.g. nurse, plumbing, accounting", id="picker-search")
            yield OptionList(id="picker-list")

    def on_mount(self) -> None:
        """Title, all kinds of work listed, the current one highlighted."""
        self.query_one("#picker-box").border_title = "That's not me"
        self.query_one("#picker-box").border_subtitle = "↓↑ choose · Enter picks · Escape cancels"
        self._fill("")
        self.query_one(Input).focus()

    def _fill(self, query: str) -> None:
        searching = bool(query.strip())
        entries = [(c[0], c[1], f"{c[2]} {c[3]}") for c in self.categories]
        found = [cid for cid, _ in search_categories(entries, query)]
        rows: list[Option] = []
        if self.chosen and not searching:
            rows.append(
                Option(Content.styled("Let the model decide again", "italic"), MODEL_DECIDES)
            )
        for cid in found:
            _, label, about, _ = self.by_id[cid]
            rows.append(Option(Content.assemble((label, "bold"), "\n", (about, "dim")), cid))
        if not found:
            rows.append(
                Option(Content.styled("nothing matches; try another word", "dim"), None, True)
            )
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(rows)
        # Browsing starts at the current kind of work; a search starts at its best match.
        ids = [row.id for row in rows]
        options.highlighted = (
            ids.index(self.current) if not searching and self.current in ids else 0
        )

    @on(Input.Changed, "#picker-search")
    def _typed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "#picker-search")
    def _entered(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            option = options.get_option_at_index(options.highlighted)
            if not option.disabled:
                self.dismiss(option.id)

    @on(OptionList.OptionSelected)
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_move(self, step: int) -> None:
        """Move the highlight while the cursor stays in the search box."""
        options = self.query_one(OptionList)
        if step > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    def action_cancel(self) -> None:
        """Change nothing."""
        self.dismiss(None)


def ask_category(app: ResilienceApp) -> None:
    """Open the picker over the current result; a choice rescores the profile."""
    session = app.session
    if session.result is None or session.profile is None or session.engine is None:
        return
    categories = [
        (c.id, c.label, c.description, " ".join(c.titles))
        for c in session.engine.kb.categories.values()
    ]

    def chosen(category: str | None) -> None:
        if category is not None:
            app.rescore_in_category(None if category == MODEL_DECIDES else category)

    current = session.result.top_category.id
    app.push_screen(CategoryPicker(categories, current, bool(session.profile.category)), chosen)
