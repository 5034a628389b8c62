"""Widgets whose next picture can be drawn ahead of time, while the app is idle.

Turning a widget's text into the lines the screen paints is most of what a live
what-if repaint costs, in two steps: Textual's ``Visual.to_strips`` (wrapping, styles,
theme colours), then its styles cache, which puts each line on the widget's background
with its padding and passes it through the app's colour filters: together about 1 ms
per line-heavy panel, several panels per key. The what-if screen knows which result a
key will most likely show (it scores that variant ahead), so it can also draw the
panels for it ahead: :meth:`Prepared.prepare` takes a text through both steps now and
keeps the lines, and when the widget is next asked to paint exactly that text at the
same size, on the same background and in the same theme, it takes them instead of
rendering again. Any other text renders as usual, so a guess that was wrong costs
nothing but the idle time it used.

This relies on Textual's ``Widget._render_content`` and its styles cache (``StylesCache``
``render_line``, the cache of lines it keeps per widget); textual is pinned in
pyproject.toml, and tests/test_tui_whatif_ahead.py compares a panel drawn ahead with the
same panel drawn on the spot, colours included.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import NamedTuple

from textual._styles_cache import StylesCache
from textual.content import Content
from textual.geometry import Region
from textual.strip import Strip
from textual.visual import Visual, visualize
from textual.widget import Widget, _RenderCache
from textual.widgets import Static

#: Texts kept per widget: the variant highlighted now and the few just before it.
KEEP = 4


class _Drawn(NamedTuple):
    """A text drawn ahead: its content lines, and the painted lines with what they need."""

    strips: list[Strip]
    #: What the painted lines depend on beyond the text (see Prepared._surround).
    surround: Hashable
    painted: list[Strip] | None


class Prepared(Widget):
    """A widget that can render a text before it shows it (mix in before the widget)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._prepared: OrderedDict[Hashable, _Drawn] = OrderedDict()

    def _prepared_key(self, visual: Visual) -> Hashable | None:
        """What makes two renders of ``visual`` identical (None: never reuse)."""
        if not isinstance(visual, Content) or self.text_selection is not None:
            return None
        return (visual.plain, tuple(visual.spans), self.size, self.visual_style, self.app.theme)

    def _strips(self, visual: Visual) -> list[Strip]:
        """The lines Textual would render for ``visual`` now (as ``_render_content``)."""
        width, height = self.size
        return Visual.to_strips(self, visual, width, height, self.visual_style)

    def _surround(self) -> Hashable:
        """What the styles cache puts around the text: size, padding, backgrounds."""
        return (self.region.size, self.content_region.size, self.styles.padding)

    def _painted(self, strips: list[Strip]) -> list[Strip] | None:
        """The lines Textual's styles cache would paint around ``strips`` now.

        As ``StylesCache.render_widget`` for the whole widget, run on a cache of its
        own so the widget's is untouched; with each line's colour filters applied once,
        so that at paint time they are looked up too. None for a widget with a border
        title (none of the panels drawn ahead has one).
        """
        if self._border_title is not None or self._border_subtitle is not None:
            return None
        base_background, background = self.background_colors
        styles, app = self.styles, self.app
        # Past the text, Widget.render_line gives a blank line in the widget's style.
        blank = Strip.blank(self.size.width, self.visual_style.rich_style)

        def content_line(y: int) -> Strip:
            return strips[y] if y < len(strips) else blank

        size, filters = self.region.size, app.get_line_filters()
        painter = StylesCache()
        painted = []
        for y in range(size.height):
            line = painter.render_line(
                styles,
                y,
                size,
                self.content_region.size,
                styles.padding,
                base_background,
                background,
                content_line,
                None,
                None,
                self.opacity,
                app.ansi_theme,
                app.native_ansi_color,
            )
            filtered = line
            for line_filter in filters:  # each strip keeps what its filters gave
                filtered = filtered.apply_filter(line_filter, background)
            painted.append(line)
        return painted

    def _colours(self) -> Hashable:
        return (self._surround(), self.background_colors)

    def prepare(self, content: Content) -> None:
        """Render ``content`` now and keep its lines for when it is shown."""
        visual = visualize(self, content, markup=self._render_markup)
        key = self._prepared_key(visual)
        if key is None or key in self._prepared or not (self.size.width and self.size.height):
            return
        strips = self._strips(visual)
        self._prepared[key] = _Drawn(strips, self._colours(), self._painted(strips))
        while len(self._prepared) > KEEP:
            self._prepared.popitem(last=False)

    def _render_content(self) -> None:
        """Render all lines, taking them from :meth:`prepare` when it drew this text."""
        visual = self._render()
        key = self._prepared_key(visual)
        drawn = self._prepared.get(key) if key is not None else None
        if drawn is None:
            strips = self._strips(visual)
        else:
            strips = drawn.strips
            self._prepared.move_to_end(key)  # switching a skill back shows these again
            if drawn.painted is not None and drawn.surround == self._colours():
                self._take_painted(drawn.painted)
        self._render_cache = _RenderCache(self.size, strips)
        self._dirty_regions.clear()

    def _take_painted(self, painted: list[Strip]) -> None:
        """Hand the lines drawn ahead to the widget's styles cache as already painted."""
        cache = self._styles_cache
        width = self.region.width
        if cache._width != width:  # as StylesCache.render does on a new width
            cache.clear()
            cache._width = width
        cache._cache.update(enumerate(painted))
        cache._dirty_lines.difference_update(range(len(painted)))

    def render_lines(self, crop: Region) -> list[Strip]:
        """Take a changed text's lines before the styles cache paints them.

        Textual renders the text only when the styles cache asks for a dirty line
        (``Widget.render_line``), by which time it is painting that line itself.
        """
        if self._dirty_regions:
            self._render_content()
        return super().render_lines(crop)


class PreparedStatic(Prepared, Static):
    """A :class:`Static` whose next text can be drawn ahead (:meth:`Prepared.prepare`)."""
