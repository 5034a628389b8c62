"""Where the profile form's keys go: Tab's order, ↓ to the skill list, letters on Score.

The form's own fields and actions are in ``profile.py``; this is the part of it that
decides which box the next keystroke belongs in (issue 11: never lose a keystroke).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from textual import events
from textual.widget import Widget
from textual.widgets import Input

from career_resilience.tui.screens.first_screen import FirstScreen
from career_resilience.tui.widgets.completing_input import CompletingInput
from career_resilience.tui.widgets.duties_box import BOX_CLASS, DutiesStandIn
from career_resilience.tui.widgets.skill_list import SkillList

if TYPE_CHECKING:
    from textual.widgets import TextArea


class FormFocus(FirstScreen):
    """The profile form's focus rules (ProfileScreen builds on it)."""

    def __init__(self) -> None:
        super().__init__()
        #: The text box last in focus: letters typed on the Score button go back there.
        self._box: Widget | None = None

    def focus_next(self, selector: str | type[Widget] = "*") -> Widget | None:
        """Tab goes from the skill box to "What I do all day", past the skill list.

        The list looked like part of the skills field, and a person tabbing on to write
        their duties typed them onto it, where letters start a new skill: three duties
        became three unknown skills and the score said "no duties given". The list is
        reached with ↓ from the skill box (or a click) instead.
        """
        return self._past_the_list(super().focus_next(selector), super().focus_next, selector)

    def focus_previous(self, selector: str | type[Widget] = "*") -> Widget | None:
        """shift+Tab from the duties goes back to the skill box, past the skill list."""
        moved = super().focus_previous(selector)
        return self._past_the_list(moved, super().focus_previous, selector)

    def _past_the_list(
        self,
        moved: Widget | None,
        again: Callable[..., Widget | None],
        selector: str | type[Widget],
    ) -> Widget | None:
        if isinstance(moved, SkillList):
            moved = again(selector)
        # Noted now, not when the focus message arrives: in a burst the letters typed on
        # Score after a second Tab can come first, and went to the job title.
        if moved is not None:
            self._note_box(moved)
        return moved

    def focus_to_add(self) -> None:
        """Coming back from another view (F2): the skill entry takes the next keystroke,
        or the job title while it is empty. The focus was where it had been left: a care
        worker who had written duties, scored and pressed F2 typed "Epic" into the first
        duty ("Epic" above "Help residents bathe")."""
        role = self.query_one("#role", CompletingInput)
        target = role if not role.value.strip() else self.query_one("#skill-entry", CompletingInput)
        self.set_focus(target.input)
        self._note_box(target.input)

    def on_key(self, event: events.Key) -> None:
        """↓ in the skill box with no suggestions open goes down to the skill list."""
        if event.key != "down":
            return
        skills = self.query_one(SkillList)
        if self.query_one("#skill-entry", CompletingInput).input.has_focus and skills.skills:
            event.stop()
            self.set_focus(skills)
            if skills.highlighted is None:
                skills.highlighted = 0

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Remember the text box the person is in."""
        # Only if it still is: in a burst the message can arrive after a later Tab moved
        # on (noted by _past_the_list), and a stale note sent the letters typed on Score
        # into the skill box ("Build dashboards" became a skill being typed).
        if event.widget.has_focus:
            self._note_box(event.widget)

    def _note_box(self, widget: Widget) -> None:
        # The duties stand-in counts too: a second Tab typed before the first frame
        # lands on Score, whose letters must go back to the duties, not the title.
        if isinstance(widget, Input) or widget.has_class(BOX_CLASS):
            self._box = widget

    def duties_box(self) -> TextArea | None:
        """The duties text box, or None in the moment before it replaces its stand-in."""
        found = self.query(DutiesStandIn)
        return found.first().box if found else cast("TextArea", self.query_one("#duties"))

    def duties_text(self) -> str:
        """What is in the duties box (or waiting for it)."""
        box = self.duties_box()
        return box.text if box is not None else self.query_one(DutiesStandIn).pending_text

    def _last_box(self) -> Widget:
        # Typing on the button continues the text the person tabbed away from (shift+Tab
        # from the job title lands here too); the job title when none was used yet.
        box = self._box
        if isinstance(box, DutiesStandIn):  # replaced by the real box since
            box = box.box or box
        return box if box is not None else self.query_one("#role Input")

    def _skill_box(self) -> Widget:
        # A letter typed on the skill list starts a new skill.
        return self.query_one("#skill-entry Input")
