"""The skills a person listed, one per row, removable, with unknown ones marked.

A skill that is not in the catalogue is kept (it still counts for the category
model) and marked "not in catalogue" in words, with "did you mean" suggestions;
→ on its row takes the first suggestion in its place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, NamedTuple

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from career_resilience.skills.identity import skill_key, skill_keys
from career_resilience.tui.widgets.key_order import TypingTarget, key_on_a_control
from career_resilience.tui.widgets.wrapping_options import WrappingOptionList

if TYPE_CHECKING:
    from collections.abc import Callable

    from career_resilience.skills.matching import Context, SkillMatcher
    from career_resilience.skills.related_skills import Near


class ListedSkill(NamedTuple):
    """One typed skill and what the catalogue says about it."""

    text: str
    #: True: in the catalogue; False: not found; None: catalogue not loaded yet.
    known: bool | None = None
    canonical: str = ""
    suggestions: tuple[str, ...] = ()
    #: Catalogue skills related to an unknown one with no suggestion (never taken by →).
    related: tuple[str, ...] = ()

    @classmethod
    def marked(
        cls,
        matcher: SkillMatcher,
        text: str,
        context: Context,
        kinds: frozenset[str],
        placed: frozenset[str] = frozenset(),
        near: Callable[[str], Near] | None = None,
    ) -> ListedSkill:
        """``text`` as the catalogue reads it in the sense ``context`` points to ("CAD"
        to a dispatcher). Once placed (``kinds``: the kinds of work of the result, see
        ``Session.kinds_of_work``), a "did you mean" from another trade is not offered,
        as the result does not offer it: a dental hygienist's "cleanings" was offered
        Commercial cleaning here after the result had dropped it. An unknown skill left
        with no suggestion names the catalogue skills related to it in the kind of work
        it was ``placed`` in whose work is ``near`` the person's (``SkillMatcher.related``:
        "crop rotation", Crop farming; a referee's "game management", not Game development)."""
        match = matcher.match(text, context)
        if match.skill is not None:
            return cls(text, True, match.skill.name)
        suggestions = match.suggestions
        if suggestions and kinds:
            suggestions = matcher.fit_the_work(text, suggestions, kinds)
        related = () if suggestions else matcher.related(text, placed, near)
        return cls(text, False, "", suggestions, related)

    def row(self) -> Content:
        """The row shown in the list."""
        label = Content.from_markup("[$text-error]✕[/] $text", text=self.text)
        if self.known is None:
            return label
        if self.known:
            if self.canonical and self.canonical.casefold() != self.text.casefold():
                return label + Content.from_markup("  [dim]= $name[/]", name=self.canonical)
            return label
        note = "  [$text-warning]? not in catalogue[/]"
        if self.suggestions:
            # Said on the row, where the eye is: the footer shows the key only once
            # the list has the focus.
            taken = "it" if len(self.suggestions) == 1 else "$first"
            note += f"[dim] (did you mean $hint? → takes {taken})[/]"
        elif self.related:
            from career_resilience.wording import RELATED_IN_CATALOGUE

            note += f"[dim] ({RELATED_IN_CATALOGUE}: $related)[/]"
        return label + Content.from_markup(
            note,
            hint=", ".join(self.suggestions),
            first=self.suggestion,
            related=", ".join(self.related),
        )

    @property
    def suggestion(self) -> str:
        """The "did you mean" that → takes in this skill's place ("" if none)."""
        return self.suggestions[0] if self.suggestions and self.known is False else ""


class SkillList(WrappingOptionList):
    """Removable list of skills: Enter, Delete or a click removes the highlighted one."""

    DEFAULT_CSS = """
    SkillList {
        height: auto;
        max-height: 8;
        min-height: 3;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("delete,backspace", "remove_highlighted", "Remove skill", show=False),
        # A typo once listed ("drivng") took ↓, Delete and retyping to become the
        # skill it was offered as; → is no letter (letters go to the entry box).
        Binding("right", "take_suggestion", "Take suggestion"),
    ]

    class Changed(Message):
        """The list of skills changed."""

        def __init__(self, skill_list: SkillList) -> None:
            self.skill_list = skill_list
            super().__init__()

        @property
        def control(self) -> SkillList:
            """The list that changed."""
            return self.skill_list

    class SuggestionTaken(Message):
        """→ on a skill not in the catalogue: list ``suggestion`` in its place."""

        def __init__(self, skill_list: SkillList, index: int, suggestion: str) -> None:
            self.skill_list = skill_list
            self.index = index
            self.suggestion = suggestion
            super().__init__()

        @property
        def control(self) -> SkillList:
            """The list it was taken in."""
            return self.skill_list

    def __init__(self, *, id: str | None = None, typing_to: TypingTarget | None = None) -> None:
        super().__init__(id=id)
        self._skills: list[ListedSkill] = []
        #: Where letters typed on the list go: a new skill, in the box that adds one.
        self.typing_to = typing_to

    async def _on_key(self, event: events.Key) -> None:
        # ↑ on the first skill goes back up to the box the list was reached from with ↓.
        if event.key == "up" and not self.highlighted and self.typing_to is not None:
            box = self.typing_to()
            if box is not None and self.app.focused is self:
                event.prevent_default()
                event.stop()
                self.screen.set_focus(box)
                return
        key_on_a_control(self, event, self.typing_to)

    @property
    def skills(self) -> list[str]:
        """The skills as typed, in order."""
        return [s.text for s in self._skills]

    @property
    def rows(self) -> tuple[ListedSkill, ...]:
        """The skills with what the catalogue says about each, in order."""
        return tuple(self._skills)

    def contains(self, text: str) -> bool:
        """Whether ``text`` is already listed (as the same skill, see ``skill_key``)."""
        return skill_key(text) in skill_keys(s.text for s in self._skills)

    def set_skills(self, skills: list[ListedSkill]) -> None:
        """Replace the whole list."""
        self._skills = list(skills)
        self._render_rows()
        self.post_message(self.Changed(self))

    def add(self, skill: ListedSkill) -> None:
        """Append one skill."""
        self._skills.append(skill)
        self._render_rows()
        self.post_message(self.Changed(self))

    def replace_at(self, index: int, skill: ListedSkill) -> None:
        """Put ``skill`` in the row at ``index``, the cursor staying on it."""
        if not 0 <= index < len(self._skills):
            return
        self._skills[index] = skill
        self._render_rows()
        self.highlighted = index
        self.post_message(self.Changed(self))

    def remove_at(self, index: int) -> None:
        """Remove the skill at ``index`` and keep the cursor near it."""
        if not 0 <= index < len(self._skills):
            return
        del self._skills[index]
        self._render_rows()
        if self._skills:
            self.highlighted = min(index, len(self._skills) - 1)
        self.post_message(self.Changed(self))

    def _render_rows(self) -> None:
        self.clear_options()
        if self._skills:
            self.add_options([Option(s.row()) for s in self._skills])
        else:
            self.add_option(Option("No skills yet: type one above and press Enter", disabled=True))

    def on_mount(self) -> None:
        """Show the empty-list hint."""
        self._render_rows()

    def action_remove_highlighted(self) -> None:
        """Remove the highlighted skill."""
        if self.highlighted is not None and self._skills:
            self.remove_at(self.highlighted)

    def _highlighted_suggestion(self) -> str:
        index = self.highlighted
        if index is None or not 0 <= index < len(self._skills):
            return ""
        return self._skills[index].suggestion

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """→ only on a row with a "did you mean" (the footer shows it there alone)."""
        if action == "take_suggestion":
            return bool(self._highlighted_suggestion())
        return True

    def watch_highlighted(self, highlighted: int | None) -> None:
        """Show or hide → in the footer as the cursor moves between rows."""
        super().watch_highlighted(highlighted)
        self.refresh_bindings()

    def action_take_suggestion(self) -> None:
        """Ask for the highlighted skill's first "did you mean" in its place."""
        suggestion = self._highlighted_suggestion()
        if suggestion and self.highlighted is not None:
            self.post_message(self.SuggestionTaken(self, self.highlighted, suggestion))

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.remove_at(event.option_index)
