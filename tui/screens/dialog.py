"""The coach dialogs' shared base: one stylesheet, read when the first dialog opens.

The dialogs open over any view, but most sessions never open one; parsing their rules
before the app's first frame cost ~4 ms there and made every restyle test them.
"""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

from career_resilience.tui.screens.base import screen_css

ResultType = TypeVar("ResultType")


class Dialog(ModalScreen[ResultType]):
    """A coach dialog (confirm, name, choice, note, consent, save to a client)."""

    # Unscoped: the sheet's rules name each dialog class themselves, and read as
    # default CSS they are parsed once, for the first dialog shown.
    DEFAULT_CSS = screen_css("dialogs")
    SCOPED_CSS = False
