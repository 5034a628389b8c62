"""The profile form's message lines: under a field when it is wrong, under both columns
for the occupation or kind of work the person chose ("that's not me").

Each line is mounted when first shown: hidden, they only slowed the first frame.
"""

from __future__ import annotations

from typing import cast

from textual.markup import escape
from textual.widget import Widget
from textual.widgets import Static

from career_resilience.tui.screens.form_focus import FormFocus
from career_resilience.tui.widgets.duties_box import BOX_CLASS

#: Where each message line goes when first shown: after this widget.
_LINE_PLACES = {
    "role-error": "#role",
    "skills-error": "#skill-entry",
    "duties-error": f".{BOX_CLASS}",
    "category-note": "#profile-columns",
}


class FormLines(FormFocus):
    """Show and clear the form's message lines (ProfileScreen builds on it)."""

    def show_error(self, field: str, message: str) -> None:
        """Show (or clear, with "") the validation message under ``field``."""
        label = {"role": "Job title", "skills": "Skills", "duties": "What I do all day"}[field]
        self._line(f"{field}-error", f"⚠ {label}: {escape(message)}" if message else "")

    def _line(self, line_id: str, text: str) -> None:
        """Show ``text`` in the line ``line_id`` (hidden when ""), mounting it when first shown.

        Each line has its place in the form: under its field, or under both columns.
        """
        found = self.query(f"#{line_id}")
        if found:
            line = found.first(Static)
            line.update(text)
            line.set_class(bool(text), "-shown")
        elif text:
            under = self.query(_LINE_PLACES[line_id]).last()  # the duties box, not its stand-in
            kind = "" if line_id == "category-note" else "field-error"
            line = Static(text, id=line_id, classes=f"{kind} -shown")
            cast(Widget, under.parent).mount(line, after=under)
