"""A head ("[✓] ") followed by text that wraps under itself, not under the head.

Used where a list row starts with a mark and the text after it can be long (what-if
skills such as "Microsoft Dynamics 365 Business Central"): the wrapped lines keep the
text's left edge, so the mark column stays clear and the list reads as a list. A
Textual Visual, so an OptionList lays it out at whatever width it has and the theme's
styles ("$text-success") still apply.
"""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual


class Hanging(Visual):
    """``head`` on the first line, ``body`` wrapped in the columns right of it."""

    def __init__(self, head: Content, body: Content) -> None:
        self.head = head
        self.body = body

    @property
    def indent(self) -> int:
        """Columns taken by the head (and left blank under it)."""
        return self.head.cell_length

    def _body_width(self, width: int) -> int:
        return max(1, width - self.indent)

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        """The head, then the body's wrapped lines, each after the head's width."""
        if not width:
            return []
        body = self.body.render_strips(self._body_width(width), None, style, options)
        head = self.head.render_strips(self.indent, 1, style, options)
        pad = Strip.blank(self.indent, style.rich_style)
        lines = [
            Strip.join([head[0] if n == 0 and head else pad, line]) for n, line in enumerate(body)
        ]
        return lines[:height] if height is not None else lines

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        """The head plus the body on one line (or as much as fits)."""
        return self.indent + self.body.get_optimal_width(rules, self._body_width(container_width))

    def get_minimal_width(self, rules: RulesMap) -> int:
        """The head plus the body's longest word."""
        return self.indent + self.body.get_minimal_width(rules)

    def get_height(self, rules: RulesMap, width: int) -> int:
        """Lines the body wraps to beside the head."""
        return max(1, self.body.get_height(rules, self._body_width(width)))
