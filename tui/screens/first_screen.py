"""The screen the app opens on, without the work Textual repeats before its first frame.

Textual (8.2.8, pinned in pyproject.toml) styles every widget as it is mounted, then
restyles the whole first screen when it is first shown, and lays it out again for the
terminal's first size event although it was just laid out at that size. On the profile
form those two repeats were a quarter of the Python calls between start and the first
frame (17k and 22k of 152k). Each is skipped only before the first frame, and only when
it cannot change what is drawn; any later restyle or resize runs as Textual does it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from career_resilience.tui.screens.base import SessionScreen

if TYPE_CHECKING:
    from textual.geometry import Size


class FirstScreen(SessionScreen):
    """A main view that may be the first one shown: it starts without the repeats."""

    def __init__(self) -> None:
        super().__init__()
        self._restyled = False

    def _starting(self) -> bool:
        """Whether the app's first frame is still to come."""
        return not getattr(self.app, "first_frame_shown", True)

    def update_node_styles(self, animate: bool = True) -> None:
        """Restyle this screen, except the first time while the app starts.

        Before the first frame nothing can have changed since each widget was styled on
        mounting, except the screen's own classes (``-wide``): the first screen-wide
        restyle asked for is either Textual's on showing the screen (redundant) or the
        one for ``-wide``, and then Textual's, which follows, covers it.
        """
        if not self._restyled and self._starting():
            self._restyled = True
            return
        self._restyled = True
        super().update_node_styles(animate)

    def _screen_resized(self, size: Size) -> None:
        # Textual's hook for a terminal size event; the first repeats the size the
        # screen was laid out at as it was shown. A widget that needs laying out again
        # asks for it separately (Screen._layout_required), so nothing is lost.
        if self._starting() and size == self._compositor.size:
            return
        super()._screen_resized(size)
