"""The words of the coach's dialogs and the client screens: titles, labels, hints, keys.

Screens lay these out; nothing here knows about Textual. Typed names are passed in and
returned inside plain text (callers show them as Content, never as markup).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from career_resilience.contract import PlanItem
from career_resilience.wording.numbers import count
from career_resilience.wording.pivot_preparation import weeks_mostly

__all__ = [
    "ADD",
    "ARCHIVE",
    "ARCHIVED",
    "ARCHIVE_CLIENT",
    "BACK",
    "CANCEL",
    "CHOSEN_PIVOT",
    "CLIENT_COLUMNS",
    "CLIENT_SEARCH",
    "CONSENT_AGREED_EXAMPLE",
    "CONSENT_AGREED_LABEL",
    "CONSENT_DATE_LABEL",
    "CREATE",
    "DELETE",
    "DELETE_NOTE",
    "EDIT_NOTE",
    "ERASE",
    "ERASE_CLIENT",
    "ERASE_PAST_RETENTION",
    "EXPORT",
    "EXPORT_HINT",
    "EXPORT_HINT_TRYING",
    "EXPORT_RESULT",
    "KEEP",
    "KEEP_PRIVATE",
    "KEYS_CHOOSE",
    "KEYS_ENTER_OR_CTRL_S",
    "KEYS_ENTER_SAVES",
    "KEYS_SAVE_WITH_NOTE",
    "LOOKING_UP",
    "NAME_EXAMPLE",
    "NAME_LABEL",
    "NEW_CLIENT",
    "NEW_NOTE",
    "NOBODY_MATCHES",
    "NOTES_TITLE",
    "NOTE_KEYS",
    "NOTE_NOT_SAVED",
    "NO_CLIENTS_HOW",
    "NO_NOTES",
    "NO_PIVOT_CHOSEN",
    "OPEN",
    "OPEN_HINT",
    "OPEN_PROFILE",
    "PAST_RETENTION",
    "PRIVATE_NOTE",
    "RENAME",
    "RENAME_CLIENT",
    "REPORT_HINT",
    "RETENTION_LABEL",
    "SAVE",
    "SAVE_CLIENT_LABEL",
    "SAVE_NOTE_LABEL",
    "SAVE_PROFILE",
    "SAVE_TITLE",
    "SAVING",
    "SESSIONS_TITLE",
    "SHARE",
    "SHARED_NOTE",
    "SHARE_NOTE",
    "STILL_LOOKING_UP",
    "WHAT_IF_FILE_TAIL",
    "adds_session",
    "chosen_pivot_question",
    "clients_intro",
    "confirm_keys",
    "consent_title",
    "new_client_hint",
    "notes_title",
    "past_retention_banner",
    "pivot_to_learn",
    "report_title",
    "save_placeholder",
    "save_starting_profile",
    "save_starting_result",
    "typed_before_the_question",
    "where_line",
]

# -- keys a dialog answers to (shown above or below its buttons)
KEYS_ENTER_SAVES = "Enter saves · Escape cancels"
KEYS_ENTER_OR_CTRL_S = "Enter or ctrl+s saves · Escape cancels"
#: A dialog with a note box: Enter there starts a new line, so only the name saves on it.
KEYS_SAVE_WITH_NOTE = "ctrl+s saves; Enter too, in the name · Escape cancels"
KEYS_CHOOSE = "↓↑ choose · Enter picks · Escape cancels"
CANCEL = "Cancel"
SAVE = "Save"


def confirm_keys(yes: str, danger: bool) -> str:
    """What y and n do in a confirmation: "Press y to erase; n or Escape keeps everything."."""
    keeps = "keeps everything" if danger else "goes back"
    return f"Press y to {yes.lower()}; n or Escape {keeps}."


def typed_before_the_question(typed: str, yes: str, shown: bool = False) -> str:
    """Why keys typed behind ctrl+n before its question showed (``shown``: or while it
    was up, a word typed without looking) did not answer it, and where they go: 'Typed
    before this question showed, "Nanny" is not taken as an answer. Press y to clear it
    and start the new form with "Nanny", or n to drop it.'"""
    when = "while this question was up" if shown else "before this question showed"
    if not typed:
        return f"Keys pressed {when} are not taken as an answer: press y or n."
    return (
        f'Typed {when}, "{typed}" is not taken as an answer. Press y '
        f'to {yes.lower()} and start the new form with "{typed}", or n to drop it.'
    )


# -- a client's name (new client, rename)
NEW_CLIENT = "New client"
RENAME_CLIENT = "Rename client"
ADD = "Add"
RENAME = "Rename"
CREATE = "Create"
BACK = "Back"
KEEP = "Keep"
ARCHIVE = "Archive"
ARCHIVE_CLIENT = "Archive client"
ERASE = "Erase"
ERASE_CLIENT = "Erase client"
ERASE_PAST_RETENTION = "Past their retention date"
NAME_LABEL = "The client's name, as you will look them up."
NAME_EXAMPLE = "e.g. Dana Smith"

# -- save this assessment to a client
SAVE_TITLE = "Save this assessment to a client"
SAVE_CLIENT_LABEL = "Client: pick one as you type, or give a new name"
SAVE_NOTE_LABEL = "Note on this session (optional)"
LOOKING_UP = "Looking up your clients…"
STILL_LOOKING_UP = "still looking up your clients"
SAVING = "Saving…"


def save_starting_profile(keep_key: str) -> str:
    """Saving the profile as a file (ctrl+s) from what-if with skills being tried: the
    file holds the profile as it started, as the save to a client does."""
    return (
        "This saves your profile as it started, not the skills you are trying"
        f" ({keep_key} keeps them first)."
    )


def save_starting_result(keep_key: str) -> str:
    """The save dialog opened from what-if with skills being tried: the session saved
    is the starting result (a trial is not the client's profile until it is kept)."""
    return (
        f"This saves your starting result, not the skills you are trying"
        f" ({keep_key} keeps them first)."
    )


def save_placeholder(last_client: str) -> str:
    """The empty client field: Enter saves to the client last worked with, if any."""
    return f"Enter saves to {last_client}, or type a name" if last_client else NAME_EXAMPLE


def adds_session(number: int, name: str, notes: list[str]) -> str:
    """What saving to a known client does: "Adds session 3 to Dana Smith (archived)."."""
    extra = f" ({', '.join(notes)})" if notes else ""
    return f"Adds session {number} to {name}{extra}."


def new_client_hint(name: str) -> str:
    """What saving to a name no client has does."""
    return f"A new client, {name}, will be created."


ARCHIVED = "archived"
PAST_RETENTION = "past their retention date"

# -- notes
PRIVATE_NOTE = "Private: only you see this note."
SHARED_NOTE = "Shared with the client: it appears in the reports you give them."
NEW_NOTE = "New note"
EDIT_NOTE = "Edit note"
DELETE_NOTE = "Delete note"
DELETE = "Delete"
SHARE_NOTE = "Share note"
SHARE = "Share"
KEEP_PRIVATE = "Keep private"
#: Shown on the first Escape (or Cancel) in a note whose text was changed: a second one
#: discards it, so a stray key never throws away what the coach wrote.
NOTE_NOT_SAVED = "Not saved yet: Escape again discards this note; ctrl+s saves it."

# -- consent and retention
#: Last in the dialog, filled in with today: typing on it replaces the date (an Input
#: selects its text on focus), and the fields above are the ones usually typed.
CONSENT_DATE_LABEL = "Consent given on (YYYY-MM-DD; typing replaces the date)"
CONSENT_AGREED_LABEL = "What the client agreed to"
CONSENT_AGREED_EXAMPLE = "e.g. keep my assessments and notes for two years"
RETENTION_LABEL = "Keep their records until (YYYY-MM-DD; empty: no date)"


def consent_title(name: str) -> str:
    """The consent dialog's title."""
    return f"Consent and retention: {name}"


# -- the pivot a client chose
CHOSEN_PIVOT = "Chosen pivot"
NO_PIVOT_CHOSEN = "No pivot chosen"


def pivot_to_learn(gaps: list[str], held: list[str], plan: Sequence[PlanItem] = ()) -> str:
    """The line under a pivot in the chosen-pivot list: what there is to learn for it
    ("learn: no skills to learn" read as a slip), and with its ``plan``, what most of
    the weeks are for when no skill takes them (a nurse's "nothing, you have its
    skills" stood for a plan of two years, a graduate degree)."""
    if gaps:
        learn = "to learn: " + ", ".join(gaps)
    else:
        learn = "to learn: nothing, you have its skills" if held else "to learn: none listed"
    mostly = weeks_mostly(plan)
    return f"{learn}; {mostly}" if mostly else learn


def chosen_pivot_question(number: int) -> str:
    """The question over the list of a session's pivots."""
    return f"Which pivot did the client choose in session {number}?"


# -- the client list and a client's record
CLIENT_COLUMNS = ("Client", "Sessions", "Last session", "Exposure", "Status")
CLIENT_SEARCH = "Type to search names and notes · Enter opens the highlighted client"
SESSIONS_TITLE = "Sessions"
NOTES_TITLE = "Notes"
#: Under the notes on a client's record: a word typed there writes a note
#: (tui/screens/record_typing.py), the letters alone act on the highlighted note.
NOTE_KEYS = "type a note · e edit · s share · d delete"
NO_NOTES = "No notes yet: type one here (private unless you share it)."
NOBODY_MATCHES = "Nobody matches. Escape or clear the search to see everyone."
NO_CLIENTS_HOW = (
    "No clients yet. Press ctrl+g to add one, or score a profile and save the assessment to "
    "a client from the result view."
)


def clients_intro(how_many: int, search: str, archived: bool) -> str:
    """The line over the client list: how many, which, and what Enter and typing do;
    none when the list is empty, as the list itself then says so and what to do ("No
    clients." had stood over "No clients yet. Press ctrl+g to add one, ...")."""
    where = f" matching “{search}”" if search else ""
    extra = ", archived included" if archived else ""
    if not how_many:
        return ""
    shown = count(how_many, "client")
    return f"{shown}{where}{extra}. Enter opens one; typing searches names and notes."


def notes_title(private: int, shared: int) -> str:
    """The notes panel's title."""
    return f"Notes: {private} private, {shared} shared"


def past_retention_banner(names: list[str]) -> str:
    """The warning over the list when clients are past their retention date."""
    listed = ", ".join(names[:4])
    more = f" and {len(names) - 4} more" if len(names) > 4 else ""
    return (
        f"⚠ Past their retention date: {listed}{more}. "
        "Press ctrl+f to erase them, or open one to set a new date."
    )


# -- file prompts (save, open, export, reports)
SAVE_PROFILE = "Save profile"
OPEN_PROFILE = "Open profile"
OPEN = "Open"
EXPORT_RESULT = "Export result"
#: The result export takes either format, as the session reports do.
EXPORT_HINT = "A Markdown report; end the name in .html for a web page."
#: Exporting from what-if with skills being tried: the report is of the variant shown.
EXPORT_HINT_TRYING = (
    "The result shown, with the skills you are trying (not your starting one). " + EXPORT_HINT
)
#: Ends the suggested file name of a what-if export, so it is not taken for the start's.
WHAT_IF_FILE_TAIL = "-what-if"
EXPORT = "Export"
REPORT_HINT = "End the name in .html for a web page. Only shared notes go in."
OPEN_HINT = "A profile saved as YAML; type the start of a name to list the files."


def report_title(number: int, html: bool) -> str:
    """The report prompt's title: "Session 2 report as Markdown"."""
    return f"Session {number} report as {'HTML' if html else 'Markdown'}"


def where_line(folder: str, default: Path | None) -> str:  # folder ends in a separator
    """The sentence naming the default file and the folder a bare name goes in.

    The folder is named once (inside the default's path): at 80 columns a long one
    named twice took four lines of the box.
    """
    if default is None:
        return f"Type a file name (in {folder}) or a full path."
    return f"Enter with nothing typed: {default}. A name alone goes in the same folder."
