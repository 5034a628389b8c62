"""Widgets that lay their text out for a width, with a height that follows from it.

Textual asks an ``height: auto`` widget for its height (``get_content_height``) with
the width it is about to get, before the widget has a size of its own. A ``render``
that read ``self.content_size`` then wrapped for a fallback width, the height was
cached for that, and the first picture showed the text cut or padded, or not,
depending on which repaint came first: the help snapshot failed now and then. Here
the height is computed from the width Textual passes, with the same code as the
picture, so both always agree.
"""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget


def line_count(content: Content) -> int:
    """How many lines ``content`` takes (it is already wrapped)."""
    return content.plain.count("\n") + 1


class FittedText(Widget):
    """A widget that renders ``render_for(width)``; its height is that text's line count."""

    DEFAULT_CSS = """
    FittedText {
        height: auto;
        text-wrap: nowrap;
    }
    """

    #: Used only if Textual paints before the widget has a width.
    FALLBACK_WIDTH = 80

    def render_for(self, width: int) -> Content:
        """The text laid out for ``width`` columns (subclasses define it)."""
        raise NotImplementedError

    def render(self) -> Content:
        """The text for the width the widget has."""
        return self.render_for(self.content_size.width or self.FALLBACK_WIDTH)

    def get_content_height(self, container: object, viewport: object, width: int) -> int:
        """The line count of the text for the width Textual is laying out at."""
        return line_count(self.render_for(width)) if width else 0
