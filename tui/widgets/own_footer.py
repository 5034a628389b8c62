"""A footer of its own for a screen opened over another (a dialog, the help).

Textual's footer shows the keys of the screen it is on, and a dialog is drawn over the
screen below with that screen's footer still showing: over a client record it offered
"n Note c Consent l Load m Report", keys that do nothing while the dialog is up (a
dialog takes every key). The dialog's own footer covers that row with its keys.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Footer

from career_resilience.tui.notices import drop_information


def own_footer(screen: Screen[Any]) -> None:
    """Mount a compact footer on ``screen`` (docked at the bottom, over the footer of the
    screen below) that shows ``screen``'s keys."""
    footer = Footer(compact=True)
    screen.mount(footer)
    # Textual's footer shows keys only once the bindings change after it mounts (see
    # late_footer.py): it is told of them as it starts, on its own loop.
    footer.call_later(footer.bindings_changed, screen)


def shown_over_a_screen(screen: Screen[Any]) -> None:
    """What every screen opened over another (a dialog, the help, a path prompt, the
    picker) does as it mounts: the information notices of the step before give way (one
    drawn over it hid its last lines, where its keys are) and its own footer shows its
    keys, not those of the screen below."""
    drop_information(screen.app)
    own_footer(screen)
