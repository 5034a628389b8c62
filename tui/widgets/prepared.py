"""Widgets whose next picture can be drawn ahead of time, while the app is idle.

Turning a widget's text into the lines the screen paints (Textual's ``Visual.to_strips``:
wrapping, styles, theme colours) is most of what a live what-if repaint costs: about
1 ms per line-heavy panel, several panels per key. The what-if screen knows which
result a key will most likely show (it scores that variant ahead), so it can also draw
the panels for it ahead: :meth:`Prepared.prepare` renders a text now and keeps its
lines, and when the widget is next asked to render exactly that text at the same size
and in the same theme, it takes them instead of rendering again. Any other text renders
as usual, so a guess that was wrong costs nothing but the idle time it used.

This relies on Textual's ``Widget._render_content`` (textual is pinned in pyproject).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

from textual.content import Content
from textual.strip import Strip
from textual.visual import Visual, visualize
from textual.widget import Widget, _RenderCache
from textual.widgets import Static

#: Texts kept per widget: the variant highlighted now and the few just before it.
KEEP = 4


class Prepared(Widget):
    """A widget that can render a text before it shows it (mix in before the widget)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._prepared: OrderedDict[Hashable, list[Strip]] = OrderedDict()

    def _prepared_key(self, visual: Visual) -> Hashable | None:
        """What makes two renders of ``visual`` identical (None: never reuse)."""
        if not isinstance(visual, Content) or self.text_selection is not None:
            return None
        return (visual.plain, tuple(visual.spans), self.size, self.visual_style, self.app.theme)

    def _strips(self, visual: Visual) -> list[Strip]:
        """The lines Textual would render for ``visual`` now (as ``_render_content``)."""
        width, height = self.size
        return Visual.to_strips(self, visual, width, height, self.visual_style)

    def prepare(self, content: Content) -> None:
        """Render ``content`` now and keep its lines for when it is shown."""
        visual = visualize(self, content, markup=self._render_markup)
        key = self._prepared_key(visual)
        if key is None or key in self._prepared or not (self.size.width and self.size.height):
            return
        self._prepared[key] = self._strips(visual)
        while len(self._prepared) > KEEP:
            self._prepared.popitem(last=False)

    def _render_content(self) -> None:
        """Render all lines, taking them from :meth:`prepare` when it drew this text."""
        visual = self._render()
        key = self._prepared_key(visual)
        strips = self._prepared.get(key) if key is not None else None
        if strips is None:
            strips = self._strips(visual)
        else:
            self._prepared.move_to_end(key)  # switching a skill back shows these again
        self._render_cache = _RenderCache(self.size, strips)
        self._dirty_regions.clear()


class PreparedStatic(Prepared, Static):
    """A :class:`Static` whose next text can be drawn ahead (:meth:`Prepared.prepare`)."""
