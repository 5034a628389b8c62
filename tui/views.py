"""Every view and action of the app, written once.

The app's key bindings, each screen's footer keys, the top bar's tabs, the command
palette, the help screen's key list and the "needs a result" rule are all read from
:data:`VIEWS` and :data:`ACTIONS`. Adding a key or renaming an action here changes
every one of those places together.
"""

from __future__ import annotations

from typing import NamedTuple

from textual.binding import Binding


class View(NamedTuple):
    """A main view: a mode of the app, reached by a function key or its tab."""

    id: str
    key: str
    label: str
    #: What the view shows, for the command palette.
    summary: str
    #: The screen class, imported on first use: (module in tui.screens, class name).
    module: str
    screen: str


class Action(NamedTuple):
    """Something a person can do, by key, by palette or both."""

    #: The action string run on the app (or on the screen, for a view's own keys).
    action: str
    #: Keys in Textual's notation ("ctrl+e", "c"); "" for palette-only actions.
    keys: str
    #: The short footer label.
    label: str
    #: The palette entry ("" keeps it out of the palette).
    name: str
    #: One line on what it does (palette help and the help screen).
    about: str
    #: The view whose own key this is ("" binds it on the app, for every view).
    view: str = ""
    #: Views whose footer shows this app-wide key.
    footer: tuple[str, ...] = ()
    #: Makes sense only once a profile has been scored.
    needs_result: bool = False


VIEWS: tuple[View, ...] = (
    View(
        "profile",
        "f2",
        "Profile",
        "Edit your job title, skills and duties",
        "profile",
        "ProfileScreen",
    ),
    View(
        "result", "f3", "Result", "Exposure, resilience, outlook and why", "result", "ResultScreen"
    ),
    View(
        "pivots",
        "f4",
        "Pivots",
        "Where you could go next, with learning plans",
        "pivots",
        "PivotsScreen",
    ),
    View(
        "whatif",
        "f5",
        "What-if",
        "Switch skills on and off and watch the score",
        "whatif",
        "WhatIfScreen",
    ),
    View(
        "clients",
        "f6",
        "Clients",
        "Coaching clients, their sessions and progress",
        "clients",
        "ClientsScreen",
    ),
)

ACTIONS: tuple[Action, ...] = (
    Action("help", "f1,question_mark", "Help", "Help", "this help; Escape closes it"),
    Action(
        "score",
        "ctrl+r",
        "Score",
        "Score my profile",
        "score the profile form and show the result",
        footer=("profile",),
    ),
    Action(
        "new_profile",
        "ctrl+n",
        "New",
        "New profile",
        "start a new, empty profile (asks before clearing a result saved nowhere)",
        footer=("profile",),
    ),
    Action(
        "save",
        "ctrl+s",
        "Save",
        "Save profile as YAML",
        "save the profile as YAML",
        footer=("profile",),
    ),
    Action(
        "open",
        "ctrl+o",
        "Open",
        "Open profile from YAML",
        "open a saved profile and score it",
        footer=("profile",),
    ),
    Action(
        "export",
        "ctrl+e",
        "Export",
        "Export result as Markdown or HTML",
        "export the result shown as Markdown, or HTML (.html)",
        footer=("result", "pivots", "whatif"),
        needs_result=True,
    ),
    Action(
        "save_to_client",
        "ctrl+k",
        "To client",
        "Save this assessment to a client",
        "save this assessment to a client (a new session)",
        footer=("result", "pivots", "whatif"),
        needs_result=True,
    ),
    Action(
        "choose_category",
        "c",
        "Not me?",
        "That's not me: choose my occupation or kind of work",
        "that's not me: find your occupation or kind of work and rescore",
        view="result",
        needs_result=True,
    ),
    Action(
        "next_steps",
        "n",
        "Next steps",
        "",
        "next steps: the pivots",
        view="result",
        needs_result=True,
    ),
    Action(
        "focus_detail",
        "d",
        "Details",
        "",
        "read the highlighted pivot's details (alone on a short screen)",
        view="pivots",
        needs_result=True,
    ),
    Action("focus_table", "t,escape", "", "", "back to the list of pivots", view="pivots"),
    Action(
        "toggle_note",
        "i",
        "Whole note",
        "",
        "read the note above the pivots whole (a short screen cuts it)",
        view="pivots",
        needs_result=True,
    ),
    Action(
        "toggle_map",
        "m",
        "Map",
        "",
        "the pivot map on its own, large enough to show a client; m again goes back",
        view="pivots",
        needs_result=True,
    ),
    Action(
        "reset",
        "ctrl+z",
        "Reset",
        "",
        "back to where you started",
        view="whatif",
        needs_result=True,
    ),
    Action(
        "keep",
        "ctrl+y",
        "Keep",
        "",
        "keep these skills in your profile",
        view="whatif",
        needs_result=True,
    ),
    # The client list (F6): a coach types names there, and a letter typed on the list
    # starts a search with it (``ClientsScreen.search_from_key``), so its commands are
    # ctrl+letters, which no name uses ("ana" typed on the list had archived the
    # highlighted client on its "a"). None is a key the app binds to something else
    # (ctrl+n, ctrl+r and ctrl+e were new client, rename and erase expired here but new
    # profile, score and export everywhere else: tests/test_tui_keys_clash.py). The
    # keys picked for them are also none the search box edits with (ctrl+d, ctrl+k,
    # ctrl+u, ctrl+w) nor tmux's prefix (ctrl+b): g, l ("label") and f ("forget").
    Action("new", "ctrl+g", "New", "", "add a client (a name, then Enter)", view="clients"),
    Action(
        "rename", "ctrl+l", "Rename", "", "rename (relabel) the highlighted client", view="clients"
    ),
    Action(
        "archive",
        "ctrl+a",
        "Archive",
        "",
        "archive the highlighted client (asks first, naming them; nothing is erased); "
        "among archived clients, restore them",
        view="clients",
    ),
    Action(
        "toggle_archived",
        "ctrl+t",
        "Archived",
        "",
        "show archived clients too, or hide them again",
        view="clients",
    ),
    Action(
        "erase",
        "ctrl+x,delete",
        "Erase",
        "",
        "erase the highlighted client (asks first, naming them)",
        view="clients",
    ),
    # Out of the footer (it would not fit in 80 columns): the banner over the list
    # names the key whenever there is someone to erase.
    Action(
        "erase_expired",
        "ctrl+f",
        "",
        "",
        "erase every client past their retention date (asks first, naming them)",
        view="clients",
    ),
    Action(
        "search",
        "slash",
        "",
        "",
        "to the search box (typing a name there works too)",
        view="clients",
    ),
    Action(
        "clear_search", "escape", "", "", "empty the search and go back to the list", view="clients"
    ),
    # Up and Down reach the screen only from the search box (the table moves itself).
    Action("cursor(1)", "down", "", "", "", view="clients"),
    Action("cursor(-1)", "up", "", "", "", view="clients"),
    Action(
        "toggle_theme",
        "",
        "",
        "Switch to the light or dark theme",
        "switch between the light and the dark theme (remembered)",
    ),
    Action("quit", "ctrl+q", "Quit", "", "quit (asks before losing a result saved nowhere)"),
)

_BY_ACTION = {a.action: a for a in ACTIONS}


def view(view_id: str) -> View:
    """The view with this id."""
    return next(v for v in VIEWS if v.id == view_id)


def needs_result(action: str) -> bool:
    """Whether ``action`` (its name, without arguments) needs a scored profile."""
    found = _BY_ACTION.get(action)
    return found is not None and found.needs_result


def app_bindings() -> list[Binding]:
    """The app-wide bindings: views by function key, and every app-level action.

    All but help and quit are hidden from the footer; each view shows the ones that
    matter there (:func:`view_bindings`), so the footer fits in 80 columns. Quit works
    even inside a text box.
    """
    bindings = [Binding(v.key, f"show('{v.id}')", v.label, show=False) for v in VIEWS]
    for action in ACTIONS:
        if action.view or not action.keys:
            continue
        quit_key = action.action == "quit"
        shown = quit_key or action.action == "help"
        bindings.append(
            Binding(action.keys, action.action, action.label, show=shown, priority=quit_key)
        )
    return bindings


def view_bindings(view_id: str) -> list[Binding]:
    """A view's own keys, then the app-wide keys its footer shows (in that order).

    A key the footer shows does what it says whatever has the focus: the shared ones
    come before the focused widget's own (priority). What-if opens in a text box, where
    ctrl+k deleted to the end of the line and ctrl+e went to it, so a coach's ctrl+k
    and client name ("Marco") became a skill being tried.
    """
    own = [
        Binding(key, a.action, a.label, show=bool(a.label) and n == 0, priority=_ctrl(key))
        for a in ACTIONS
        if a.view == view_id
        for n, key in enumerate(a.keys.split(","))
    ]
    shared = [
        Binding(a.keys, f"app.{a.action}", a.label, priority=True)
        for a in ACTIONS
        if view_id in a.footer
    ]
    return own + shared


def _ctrl(key: str) -> bool:
    """A view's own ctrl key works from its text boxes too (a client list command typed
    in its search box): no name or skill is typed with ctrl, and a text box's own ctrl+a
    (Home) or ctrl+e (End) has a key of its own. Other keys (Delete, Escape, letters)
    stay the focused widget's first."""
    return key.startswith("ctrl+")


def keys_of(action: str) -> str:
    """The keys of an action as people read them ("ctrl+a"), for words that name them."""
    return key_text(_BY_ACTION[action].keys)


def palette() -> list[tuple[str, str, str]]:
    """Command palette entries: (name, help, action string run on the app)."""
    entries = [
        (f"Show {v.label.casefold()}", f"{v.summary} ({key_text(v.key)})", f"show('{v.id}')")
        for v in VIEWS
    ]
    for action in ACTIONS:
        if action.name:
            keys = f" ({key_text(action.keys)})" if action.keys and not action.view else ""
            about = action.about[:1].upper() + action.about[1:]
            entries.append((action.name, about + keys, action.action))
    return entries


def key_text(keys: str) -> str:
    """Keys as the help and palette write them ("f1,question_mark" -> "F1, ?")."""
    names = {"question_mark": "?", "slash": "/", "escape": "Escape", "delete": "Delete"}

    def one(key: str) -> str:
        if key in names:
            return names[key]
        return key.upper() if key[:1] == "f" and key[1:].isdigit() else key

    return ", ".join(one(k) for k in keys.split(","))


def help_rows(view_id: str = "") -> tuple[tuple[str, str], ...]:
    """(keys, what) for the help screen: app-wide ("") or one view's own keys."""
    rows: list[tuple[str, str]] = []
    if not view_id:
        first, last = VIEWS[0], VIEWS[-1]
        labels = ", ".join(v.label.casefold() for v in VIEWS)
        rows.append((f"{key_text(first.key)} … {key_text(last.key)}", f"{labels} (the tabs)"))
    for action in ACTIONS:
        if action.keys and action.about and action.view == view_id:
            rows.append((key_text(action.keys), action.about))
    return tuple(rows)
