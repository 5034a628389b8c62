"""Skills that can be switched on and off (what-if); the state is a word-like mark, not a colour."""

from __future__ import annotations

import textwrap
from collections.abc import Hashable
from dataclasses import dataclass
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Spacing
from textual.message import Message
from textual.strip import Strip
from textual.style import Style
from textual.visual import Padding, visualize
from textual.widgets import OptionList

from career_resilience import wording as w
from career_resilience.tui.widgets.hanging import Hanging
from career_resilience.tui.widgets.key_order import TypingTarget, key_on_a_control
from career_resilience.tui.widgets.wrapping_options import WrappingOptionList


@dataclass
class Toggle:
    """One skill and whether it counts right now."""

    text: str
    on: bool = True
    #: False when the catalogue does not know the skill (it still counts as words).
    known: bool = True

    def row(self) -> Hanging:
        """ "[✓] SQL" when on, "[ ] SQL" (struck through) when off; a long name wraps
        under itself."""
        # In the row's own colour, never dim or green: on the highlighted row those
        # read at 3.4-4.2:1 (tests/test_tui_contrast_drawn.py).
        mark = Content.styled("[✓] ", "bold") if self.on else Content("[ ] ")
        label = Content.styled(self.text, "" if self.on else "strike")
        # One word, so a wrapped row never leaves a lone "?" at the end of a line.
        note = Content("") if self.known else Content.styled(f"  {w.UNKNOWN_SKILL_NOTE}", "italic")
        return Hanging(mark, Content.assemble(label, note))


class SkillToggles(WrappingOptionList):
    """Space, Enter or a click switches the highlighted skill.

    A switched row is redrawn together with the score it leads to (the screen calls
    :meth:`show_switched` when the new result is on its way to the screen), so the
    change and its effect appear in one frame; a short timer redraws it anyway if no
    result comes.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "switch", "Switch skill", show=False),
    ]

    #: Seconds after which a switched row is redrawn even without a new score.
    REDRAW_FALLBACK = 0.2
    #: Rows drawn ahead that are kept (the highlighted one, switched, and a few before).
    KEEP_AHEAD = 4

    class Toggled(Message):
        """The set of switched-on skills changed."""

    def __init__(self, *, id: str | None = None, typing_to: TypingTarget | None = None) -> None:
        super().__init__(id=id)
        self.toggles: list[Toggle] = []
        self._stale: set[int] = set()
        #: Rows drawn ahead by prepare_switch, by what they show and where.
        self._rows_ahead: dict[Hashable, list[Strip]] = {}
        #: Where letters typed on the list go: a skill to try, in the box that adds one.
        self.typing_to = typing_to

    async def _on_key(self, event: events.Key) -> None:
        # A letter typed on the list had gone nowhere ("python" after switching a skill
        # off); it starts a skill to try in the add box. Space keeps switching the
        # highlighted skill (its binding), unless an earlier key moved the focus on.
        if event.key == "space" and self.app.focused is self:
            return
        # ↑ on the first skill goes back up to the add box (↓ came down from it).
        if event.key == "up" and not self.highlighted and self.app.focused is self:
            box = self.typing_to() if self.typing_to is not None else None
            if box is not None:
                event.prevent_default()
                event.stop()
                self.screen.set_focus(box)
                return
        key_on_a_control(self, event, self.typing_to)

    @property
    def selected(self) -> list[str]:
        """The skills switched on, in order."""
        return [t.text for t in self.toggles if t.on]

    @property
    def texts(self) -> list[str]:
        """Every skill listed, on or off."""
        return [t.text for t in self.toggles]

    def set_toggles(self, toggles: list[Toggle]) -> None:
        """Replace the list (quietly: no Toggled message)."""
        self.toggles = toggles
        self._stale.clear()
        self.clear_options()
        self.add_options([t.row() for t in toggles])
        self.highlighted = 0 if toggles else None

    def add(self, toggle: Toggle) -> None:
        """Append a skill and highlight it."""
        self.toggles.append(toggle)
        self.add_option(toggle.row())
        self.highlighted = len(self.toggles) - 1
        self.post_message(self.Toggled())

    def switch_on(self, index: int) -> None:
        """Switch a listed skill on (adding it again does this)."""
        if not self.toggles[index].on:
            self._flip(index)

    def show_switched(self) -> None:
        """Redraw the rows switched since the last redraw."""
        for index in sorted(self._stale):
            if index < len(self.toggles):
                self._redraw_row(index)
        self._stale.clear()

    def _redraw_row(self, index: int) -> None:
        """Give row ``index`` its new mark and repaint that row alone.

        ``replace_option_prompt_at_index`` empties every cache of the list, so the
        whole panel (mostly blank lines) was rendered again on each switch: about half
        of the paint a live what-if waits for. A switched row keeps its height (the
        mark is as wide either way), so only its own rendering is dropped, and replaced
        by the row drawn ahead for this switch if there is one (:meth:`prepare_switch`).
        """
        option = self.get_option_at_index(index)
        option._set_prompt(self.toggles[index].row())
        cache = self._option_render_cache
        for key in [key for key in cache.keys() if key[0] is option]:  # noqa: SIM118 (no __iter__)
            cache.discard(key)
        if index == self.highlighted:
            style, padding = self._highlighted_style()
            ahead = self._rows_ahead.get(self._ahead_key(index, self.toggles[index], style))
            if ahead is not None:
                cache[(option, style, padding)] = ahead
        self.refresh_lines(self._index_to_line[index], self._heights[index])

    def prepare_switch(self, index: int) -> None:
        """Draw row ``index`` now as space will leave it, so the key need not draw it.

        Drawing a row (its mark, the wrapped name) is about half of what repainting the
        list costs on a switch; the what-if screen calls this while the cursor rests.
        """
        toggle = self.toggles[index]
        switched = Toggle(toggle.text, not toggle.on, toggle.known)
        style, padding = self._highlighted_style()
        key = self._ahead_key(index, switched, style)
        if key in self._rows_ahead or not self.scrollable_content_region.width:
            return
        self._rows_ahead[key] = self._row_strips(index, switched, style, padding)
        while len(self._rows_ahead) > self.KEEP_AHEAD:
            del self._rows_ahead[next(iter(self._rows_ahead))]

    def _highlighted_style(self) -> tuple[Style, Spacing]:
        """The highlighted row's style and padding, as OptionList.render_line finds them."""
        style = self.get_visual_style("option-list--option", "option-list--option-highlighted")
        return style, self.get_component_styles("option-list--option").padding

    def _ahead_key(self, index: int, toggle: Toggle, style: Style) -> Hashable:
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        return (index, toggle.text, toggle.on, toggle.known, style, width, self.app.theme)

    def _row_strips(
        self, index: int, toggle: Toggle, style: Style, padding: Spacing
    ) -> list[Strip]:
        """The lines ``OptionList._get_option_render`` draws for a row showing ``toggle``."""
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        visual = visualize(self, toggle.row(), markup=self._markup)
        if padding:
            visual = Padding(visual, padding)
        strips = visual.to_strips(self, visual, width, None, style)
        meta = {"option": index}
        return [
            strip.extend_cell_length(width, style.rich_style).apply_meta(meta) for strip in strips
        ]

    def _flip(self, index: int) -> None:
        toggle = self.toggles[index]
        toggle.on = not toggle.on
        self._stale.add(index)
        # Straight to the screen, its one listener: bubbling up through the two panels
        # in between took about 2 ms of a live what-if key.
        self.screen.post_message(self.Toggled())
        self.set_timer(self.REDRAW_FALLBACK, self.show_switched)

    def key_space(self, event: events.Key) -> None:
        """Space switches the highlighted skill, handled here rather than by the binding.

        Unhandled, the key travels up through each container to the app, which then
        looks the binding up along the focus chain: a few milliseconds of every live
        what-if key. The binding stays, for the help and the palette.
        """
        event.stop()
        event.prevent_default()
        self.action_switch()

    def action_switch(self) -> None:
        """Switch the highlighted skill."""
        if self.highlighted is not None and self.toggles:
            self._flip(self.highlighted)

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._flip(event.option_index)


def change_summary(added: list[str], removed: list[str], width: int, lines: int = 2) -> Content:
    """ "Changed: + CAD systems  − Excel" in at most ``lines`` lines of ``width``.

    The skills that fit are named whole, in order; the rest are counted ("and 2 more"),
    so a long list is shortened on purpose instead of cut mid-name (the list on the
    left names them all).
    """
    items = [(f"+ {s}", "$text-success") for s in added]
    items += [(f"− {s}", "$text-warning") for s in removed]
    head = "Changed: "

    def fits(texts: list[str]) -> bool:
        return width <= 0 or len(textwrap.wrap(head + "  ".join(texts), width)) <= lines

    shown: list[tuple[str, str]] = []
    for number, item in enumerate(items):
        left = len(items) - number - 1
        if not fits([t for t, _ in shown] + [item[0]] + ([f"and {left} more"] if left else [])):
            break
        shown.append(item)
    parts = [Content.styled(head, "bold")]
    for number, (text, style) in enumerate(shown):
        parts += [Content("  ")] if number else []
        parts.append(Content.styled(text, style))
    if len(shown) < len(items):
        count = len(items)
        more = f"and {count - len(shown)} more" if shown else f"{count} skill{'s' * (count != 1)}"
        parts.append(Content.styled(("  " if shown else "") + more, "dim"))
    return Content.assemble(*parts)
