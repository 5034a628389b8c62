"""Textual's compact footer, whose keys are drawn just after the app's first frame."""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class LateFooter(Footer):
    """A compact :class:`Footer` that fills in its keys once the first frame is up.

    Textual's footer mounts a widget per key and rebuilds them all each time the
    screen's bindings change, which happens twice while the first screen starts
    (focus moves to the first field, the screen resumes). On the profile form that
    was a tenth of the start-up work, all before the first frame. Here the bar is
    there from the start and its keys follow a few milliseconds after the first frame;
    nothing can be pressed in between that the keys would describe. The app says
    when the first frame is up (``first_frame_shown``); in an app that never does,
    this is Textual's footer.
    """

    def __init__(self) -> None:
        super().__init__(compact=True)
        self._missed: Screen[object] | None = None

    def bindings_changed(self, screen: Screen[object]) -> None:
        """Rebuild the keys, or remember to once the first frame is up."""
        if getattr(self.app, "first_frame_shown", True):
            super().bindings_changed(screen)
        else:
            self._missed = screen

    def first_frame_shown(self) -> None:
        """Draw the keys that changed while the first frame was being made."""
        screen, self._missed = self._missed, None
        if screen is not None:
            # On the footer's own message loop: its keys bind to its reactives there.
            self.call_next(super().bindings_changed, screen)
