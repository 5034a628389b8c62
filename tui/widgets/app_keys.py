"""The app's own keys, working in its text boxes as the help says they work anywhere.

Textual's Input and TextArea bind ctrl+e (end of line) and ctrl+k (delete to the end)
for themselves, and TextArea F6 (select the line). The app binds them to export, save
to a client and the client list (``tui/views.py``), and its help lists them under
"Anywhere": yet in the job title, skills or duties box a coach's ctrl+k deleted the
rest of the line, and ctrl+e only moved the cursor. In a view those keys now run the
app's action. In a dialog (the path of an export, a search for an occupation) they
keep their editing meaning: the app's action there would open a dialog over the one
being answered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.actions import parse
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen
from textual.widget import Widget

from career_resilience.tui import views

if TYPE_CHECKING:
    _Base = Widget
else:  # at run time a plain mixin: as a Widget it hid TextArea's component classes
    _Base = object


def app_keys_for(base: type[Widget]) -> list[BindingType]:
    """For each app-wide key that ``base`` binds to an editing action of its own, a
    binding that runs the app's action in a view and ``base``'s in a dialog."""
    own: dict[str, str] = {}
    for binding in base.BINDINGS:
        binding = binding if isinstance(binding, Binding) else Binding(*binding)
        for key in binding.key.split(","):
            own[key.strip()] = binding.action
    keys: list[BindingType] = []
    for binding in views.app_bindings():
        for key in binding.key.split(","):
            key = key.strip()
            if key in own and own[key] != binding.action:
                action = f"app_key({binding.action!r}, {own[key]!r})"
                keys.append(Binding(key, action, binding.description, show=False))
    return keys


class AppKeys(_Base):
    """Text box mixin (before Textual's Input or TextArea): the action of
    :func:`app_keys_for`'s bindings."""

    async def action_app_key(self, app_action: str, own_action: str) -> None:
        """The app's action in a view, when the app offers it now (ctrl+k needs a
        result, as the app's own key does); this box's own editing action in a dialog."""
        if isinstance(self.screen, ModalScreen):
            await self.run_action(own_action)
            return
        _, name, parameters = parse(app_action)
        if self.app.check_action(name, parameters) is True:
            await self.app.run_action(app_action)
