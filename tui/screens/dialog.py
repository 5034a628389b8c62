"""The coach dialogs' shared base: one stylesheet, read when the first dialog opens.

The dialogs open over any view, but most sessions never open one; parsing their rules
before the app's first frame cost ~4 ms there and made every restyle test them.
"""

from __future__ import annotations

from typing import Any, TypeVar

from textual.await_complete import AwaitComplete
from textual.screen import ModalScreen

from career_resilience.tui.notices import NoNoticesUnderDialogs, drop_information
from career_resilience.tui.screens.base import screen_css

ResultType = TypeVar("ResultType")


class Dialog(NoNoticesUnderDialogs, ModalScreen[ResultType]):
    """A coach dialog (confirm, name, choice, note, consent, save to a client)."""

    # Unscoped: the sheet's rules name each dialog class themselves, and read as
    # default CSS they are parsed once, for the first dialog shown.
    DEFAULT_CSS = screen_css("dialogs")
    SCOPED_CSS = False

    #: This dialog holds the keys typed (see :meth:`hold_keys_until_closed`).
    _holding_keys = False

    def on_mount(self) -> None:
        """Information notices of the step before give way (``tui/notices.py``): a
        notice drawn over the dialog hid its last lines, where its keys are."""
        # Textual runs this as well as a dialog's own on_mount (each class's handler).
        drop_information(self.app)

    def hold_keys_until_closed(self) -> None:
        """Keys typed from now on wait until this dialog closes (or
        :meth:`stop_holding_keys`), then go to what has the focus: for a dialog that
        saves in the background, so what is typed behind its Enter never lands in it."""
        if not self._holding_keys and hasattr(self.app, "hold_keys"):
            self._holding_keys = True
            self.app.hold_keys()

    def stop_holding_keys(self) -> None:
        """Let the keys held by :meth:`hold_keys_until_closed` through (it stays open)."""
        if self._holding_keys:
            self._holding_keys = False
            self.app.release_keys()  # type: ignore[attr-defined]

    def dismiss(self, result: Any = None) -> AwaitComplete:
        """Close with ``result``; keys held for this dialog go where the focus goes."""
        closing = super().dismiss(result)
        self.stop_holding_keys()
        return closing
