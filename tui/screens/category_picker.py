""" "That's not me": choose the kind of work yourself; the profile is rescored with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content

from career_resilience.tui.screens.choice_dialog import ChoiceDialog

if TYPE_CHECKING:
    from career_resilience.tui.app import ResilienceApp

#: Option id that gives the choice back to the model.
MODEL_DECIDES = "__model__"


class CategoryPicker(ChoiceDialog):
    """Pick a category id; dismisses with the id, MODEL_DECIDES, or None (cancel)."""

    def __init__(
        self, categories: list[tuple[str, str, str]], current: str | None, chosen: bool
    ) -> None:
        """``categories`` holds ``(id, label, description)``; ``current`` is highlighted."""
        options: list[tuple[str, Content]] = []
        if chosen:
            options.append((MODEL_DECIDES, Content.styled("Let the model decide again", "italic")))
        for cid, label, description in sorted(categories, key=lambda c: c[1].casefold()):
            options.append((cid, Content.assemble((label, "bold"), "\n", (description, "dim"))))
        prompt = "Which kind of work is closest to yours? Enter picks, Escape cancels."
        super().__init__("That's not me", prompt, options, current)


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
