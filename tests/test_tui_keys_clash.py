"""No screen or widget of the app binds a key the app binds to something else.

On the client list ctrl+n, ctrl+r and ctrl+e were new client, rename and erase expired,
while everywhere else they are new profile, score and export (tui/views.py): a coach
who had learnt ctrl+n for the next person made a client instead. A key may mean
something else in one place only when it is listed in ``DELIBERATE`` with the reason.
Reads the bindings as declared (no app is run), so it costs nothing.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode

import career_resilience.tui.screens as screens
import career_resilience.tui.widgets as widgets
from career_resilience.tui import views
from career_resilience.tui.app import ResilienceApp

#: (class name, key): why that key does something else there.
DELIBERATE = {
    # The help screen closes with the key that opened it.
    ("HelpScreen", "f1"): "closes the help",
    ("HelpScreen", "question_mark"): "closes the help",
}
# A dialog's ctrl+s runs its own "save" (what the dialog holds), as the app's saves the
# profile: the same word, so not a clash.


def _keys(binding) -> list[tuple[str, str]]:
    """(key, action) for each key of a binding (``Binding`` or a plain tuple)."""
    if not isinstance(binding, Binding):
        binding = Binding(*binding)
    action = binding.action.removeprefix("app.")
    if action.startswith("app_key("):  # a text box running the app's action (app_keys.py)
        from textual.actions import parse

        action = str(parse(action)[2][0]).removeprefix("app.")
    return [(key.strip(), action) for key in binding.key.split(",")]


def app_keys() -> dict[str, str]:
    """Every key the app itself binds, with its action (Textual's own ones too)."""
    keys = {App.COMMAND_PALETTE_BINDING: "command_palette"}
    for cls in (App, ResilienceApp):
        for binding in cls.__dict__.get("BINDINGS", ()):
            keys.update(_keys(binding))
    return keys


def our_classes():
    """Every screen and widget class the app defines."""
    for package in (screens, widgets):
        for module in pkgutil.iter_modules(package.__path__):
            loaded = importlib.import_module(f"{package.__name__}.{module.name}")
            for _, cls in inspect.getmembers(loaded, inspect.isclass):
                if issubclass(cls, DOMNode) and cls.__module__ == loaded.__name__:
                    yield cls


def own_keys(cls) -> list[tuple[str, str]]:
    """The keys ``cls`` and the app's classes it builds on declare themselves."""
    return [
        pair
        for base in cls.__mro__
        if base.__module__.startswith("career_resilience.tui")
        for binding in base.__dict__.get("BINDINGS", ())
        for pair in _keys(binding)
    ]


def test_no_screen_binds_a_key_the_app_binds_to_something_else():
    app = app_keys()
    assert {"ctrl+n", "ctrl+r", "ctrl+e", "ctrl+k", "f1"} <= app.keys()
    found = {
        (cls.__name__, key): f"{cls.__name__}: {key} is {action} there, {app[key]} elsewhere"
        for cls in our_classes()
        for key, action in own_keys(cls)
        if key in app and action != app[key]
    }
    assert sorted(said for place, said in found.items() if place not in DELIBERATE) == []
    # Each exception still exists (a stale one would hide a new clash of the same key).
    assert set(DELIBERATE) <= set(found)


def test_the_client_lists_commands_are_its_own_keys():
    # Each command of the list still has a key, none of them the app's.
    app = app_keys()
    for action in ("new", "rename", "archive", "toggle_archived", "erase", "erase_expired"):
        keys = views.keys_of(action).split(", ")
        assert keys and not set(keys) & app.keys(), action
