"""The first screen's footer: an empty bar in the first frame, Textual's footer after it.

Textual's footer is a scrolling container with a stylesheet of its own (about a tenth of
the CSS parsed before the first frame) and a widget per key, rebuilt each time the
screen's bindings change, which happens twice while the first screen starts. The first
frame showed the bar without keys anyway: the keys were filled in just after it. So the
first frame now has a one-line bar of the footer's colour, and the real footer takes its
place once the frame is up (:meth:`LateFooter.first_frame_shown`, called by the app).
"""

from __future__ import annotations

from textual.widget import Widget


class LateFooter(Widget):
    """A bar the size and colour of a compact footer, replaced by one after the first frame.

    In an app that never says the first frame is up (no ``first_frame_shown``), it is
    replaced as soon as it is mounted.
    """

    # Footer's own look, only the rules an empty bar shows.
    DEFAULT_CSS = """
    LateFooter {
        dock: bottom;
        height: 1;
        background: $footer-background;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._replaced = False

    def on_mount(self) -> None:
        """Become the footer at once if the first frame is already up."""
        if getattr(self.app, "first_frame_shown", True):
            self.first_frame_shown()

    def first_frame_shown(self) -> None:
        """Put Textual's compact footer, with its keys, in this bar's place."""
        from textual.widgets import Footer

        parent = self.parent
        if not isinstance(parent, Widget) or not self.is_attached or self._replaced:
            return  # already replaced, or the app is closing
        self._replaced = True
        footer = Footer(compact=True)
        parent.mount(footer, after=self)
        # Textual's footer shows keys only once the bindings change after it mounts; they
        # will not, so it is told of them as it starts (on its own loop: its keys bind to
        # its reactives there).
        footer.call_later(footer.bindings_changed, self.screen)
        self.remove()
