"""The coach records seen from the app: jobs run in thread workers, and app-level actions.

Nothing here scores: saving stores the result the engine already produced, and
loading a stored profile hands it to the profile form, which asks the app to score it.
A :class:`~career_resilience.records.Store` belongs to one thread, so every job opens
its own inside the worker and closes it before reporting back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from rich.text import Text
from textual.message import Message

from career_resilience import wording as words
from career_resilience.tui.client_messages import AssessmentSaved, RecordsFailed

if TYPE_CHECKING:
    from textual.app import App
    from textual.dom import DOMNode
    from textual.widgets import DataTable
    from textual.worker import Worker

    from career_resilience.model.profile import Profile
    from career_resilience.records import Store
    from career_resilience.tui.app import ResilienceApp

#: A job on the records: gets an open store, returns the message to post.
Job = Callable[["Store"], Message]

#: The client each app last worked with (to suggest when saving the next assessment).
_current: WeakKeyDictionary[App[Any], str] = WeakKeyDictionary()
#: The client whose record F6 opens next: the one an assessment was just saved to.
_record_next: WeakKeyDictionary[App[Any], str] = WeakKeyDictionary()
#: The profile last saved to, or loaded from, the client worked with: a result of any
#: other profile (edited and scored again since) is stored nowhere.
_kept: WeakKeyDictionary[App[Any], Profile] = WeakKeyDictionary()
#: The profile last saved to, or opened from, a YAML file (ctrl+s, ctrl+o): its result
#: is stored there too (opening the file scores it again).
_filed: WeakKeyDictionary[App[Any], Profile] = WeakKeyDictionary()
#: The profile whose result was last exported as a report (ctrl+e): a report cannot be
#: opened again, so the result is still stored nowhere, and the question says why.
_exported: WeakKeyDictionary[App[Any], Profile] = WeakKeyDictionary()


def problem_text(exc: BaseException) -> str:
    """A failure of the records in words a coach can act on (no traceback)."""
    from career_resilience.records import RecordsError

    if isinstance(exc, RecordsError | ValueError):
        return str(exc)
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror or exc}{where}"
    return f"unexpected {type(exc).__name__}: {exc}"


def run_records_job(
    node: DOMNode, job: Job, doing: str, *, group: str = "records", exclusive: bool = False
) -> Worker[None]:
    """Run ``job`` in a thread worker with a fresh store; post its message to ``node``.

    Any failure is posted as :class:`RecordsFailed` with ``doing`` ("open the client
    records") and the reason. Use ``exclusive`` only for reads: a newer read replaces
    an older one, while writes must each run to the end.
    """

    def body() -> None:
        from career_resilience.records import Store

        try:
            with Store.open() as store:
                message = job(store)
        except Exception as exc:  # shown in words on the screen; the app carries on
            node.post_message(RecordsFailed(doing, problem_text(exc)))
            return
        node.post_message(message)

    # exit_on_error=False: anything the body lets through is shown by the shared error
    # path (workers.ShowsWorkerErrors on the screen or dialog), not by exiting the app.
    return node.run_worker(
        body, name=doing, group=group, exclusive=exclusive, thread=True, exit_on_error=False
    )


def fill_table(
    table: DataTable[Any],
    columns: Sequence[str],
    rows: Sequence[tuple[str, Sequence[str | Text]]],
    room: int = 0,
    crop: int | None = None,
) -> None:
    """Replace a table's columns and rows (key, cells), each column as wide as its widest cell.

    The widths are set here, not left to the table to measure when idle: its header
    kept the widths it had before the rows came (seen at 90 and 100 columns). When the
    table would be wider than ``room``, column ``crop`` gives up the difference and its
    longer cells end in "…": a long job title pushed the client record's Model column
    out of sight at 80 columns.
    """
    from rich.cells import cell_len

    def width(cell: str | Text) -> int:
        return cell.cell_len if isinstance(cell, Text) else cell_len(cell)

    widths = [cell_len(label) for label in columns]
    for _, cells in rows:
        for i, cell in enumerate(cells):
            widths[i] = max(widths[i], width(cell))
    over = sum(widths) + 2 * table.cell_padding * len(widths) - room
    if crop is not None and room > 0 and over > 0:
        widths[crop] = max(cell_len(columns[crop]), widths[crop] - over)
        rows = [(key, _cropped(cells, crop, widths[crop])) for key, cells in rows]
    table.clear(columns=True)
    for label, wide in zip(columns, widths, strict=True):
        table.add_column(label, width=wide)
    for key, cells in rows:
        table.add_row(*cells, key=key)


def _cropped(cells: Sequence[str | Text], column: int, width: int) -> list[str | Text]:
    """``cells`` with the one in ``column`` cut to ``width`` after a whole word, ending
    in "…" if cut (a record's "Commercial fisherm…" read as a typo)."""
    cell = cells[column]
    text = cell.copy() if isinstance(cell, Text) else Text(cell)
    if text.cell_len > width:
        text = Text(words.cut_at_word(text.plain, width), style=text.style)
    text.truncate(width, overflow="ellipsis")  # a wide character may still overflow
    return [*cells[:column], text, *cells[column + 1 :]]


def save_current_assessment(
    store: Store,
    client_name: str,
    profile: Mapping[str, Any],
    result: Mapping[str, Any],
    note: str = "",
    shared: bool = False,
    pivot_id: str | None = None,
) -> AssessmentSaved:
    """Save a scored profile as a new session of ``client_name`` (created if new).

    The body of the "save this assessment to client" worker: client, session and note
    are one transaction. Raises the records' errors (or ValueError for a bad name).
    """
    from career_resilience.records import save_assessment

    new_client = store.client_by_name(client_name) is None
    session = save_assessment(
        store, client_name, profile, result, note, pivot_id=pivot_id, share_notes=shared
    )
    name = store.get_client(session.client_id).name
    return AssessmentSaved(name, session.number, new_client)


def current_client(app: App[Any]) -> str:
    """The client this app last saved to or loaded from ("" if none)."""
    return _current.get(app, "")


def remember_client(app: App[Any], name: str) -> None:
    """Remember ``name`` as the client being worked with."""
    _current[app] = name


def forget_client(app: App[Any]) -> None:
    """Nobody is being worked with (a new, empty profile was started)."""
    _current.pop(app, None)
    _record_next.pop(app, None)
    _kept.pop(app, None)


def take_record_to_open(app: App[Any]) -> str:
    """The client an assessment was saved to since the client list was last shown
    ("" if none), forgotten once asked: F6 opens their record, as the notice says."""
    return _record_next.pop(app, "")


def start_client(app: ResilienceApp, name: str) -> None:
    """Work with ``name`` now: another person's profile and result are cleared.

    Called when a client's record is opened or a client is added, so F2-F5 can never
    show the previous person's result under this client's name, and the next save
    suggests this client. A result saved to no client is cleared only after the coach
    agreed (:func:`unsaved_role`), so only another client's is said afterwards.
    """
    previous = current_client(app)
    remember_client(app, name)
    if previous != name:
        _kept.pop(app, None)  # the previous client's profile is not this one's
    if previous == name or app.session.result is None:
        return
    _clear_person(app)
    if previous:
        notice = words.cleared_for(previous, name)
        app.notify(notice, title=words.working_with(name), markup=False)


def unsaved_role(app: ResilienceApp) -> str:
    """The job title of a result on screen that is stored nowhere ("" if there is
    none): saved to no client, or the client's profile changed and scored again since
    it was saved or loaded, and not saved to or opened from a file as it is. Working
    with another client, loading a session or a new profile would clear it with
    nothing to bring it back (a client's result as saved can be loaded again from
    their sessions, a file's by opening it)."""
    profile = app.session.profile
    if app.session.result is None or profile is None:
        return ""
    if current_client(app) and _kept.get(app) == profile:
        return ""
    if _filed.get(app) == profile:
        return ""
    return profile.role or words.NO_TITLE


def exported(app: App[Any], profile: Profile) -> None:
    """``profile``'s result was exported as a report (see :data:`_exported`)."""
    _exported[app] = profile


def was_exported(app: ResilienceApp) -> bool:
    """Whether the result on screen was exported as a report (ctrl+e) as it is."""
    profile = app.session.profile
    return profile is not None and _exported.get(app) == profile


def filed(app: App[Any], profile: Profile) -> None:
    """``profile`` was saved to, or opened from, a YAML file (see :func:`unsaved_role`)."""
    _filed[app] = profile


def ask_before_new_profile(app: ResilienceApp, clear: Callable[[], object]) -> None:
    """Run ``clear`` (a new, empty profile), after asking if it clears a result stored
    nowhere (:func:`unsaved_role`); Back keeps the result and the form."""
    from career_resilience.tui.screens.new_profile_question import NewProfileQuestion

    role = unsaved_role(app)
    if not role:
        clear()
        return

    def answered(yes: bool | None) -> None:
        if yes:
            clear()
            # Typed behind ctrl+n before the question showed: the next person's title.
            for key in dialog.typed_ahead:
                app.hold_key(key)

    question = words.new_profile_question(role, current_client(app), exported=was_exported(app))
    dialog = NewProfileQuestion(question)
    app.push_screen(dialog, answered)


def unsaved_question(app: ResilienceApp, role: str, name: str, session: int = 0) -> str:
    """The question before clearing :func:`unsaved_role`'s result to work with client
    ``name`` or (``session``) to load that session of theirs."""
    return words.unsaved_question(role, name, current_client(app), session)


def _clear_person(app: ResilienceApp) -> None:
    """Forget the profile and result on screen, in the session and on every view."""
    app.workers.cancel_group(app, "score")  # a score under way is the previous person's
    app.session.clear_result()
    screen = app.profile_screen
    screen.action_clear()
    screen.status_note = ""
    screen.show_model_state()


def client_renamed(app: App[Any], old: str, new: str) -> None:
    """A renamed client is still the one being worked with: opening them under the new
    name had cleared "Lena's profile and result, so they cannot be mistaken for Lena
    Park's" (the same person, renamed)."""
    if current_client(app) == old:
        remember_client(app, new)


def clients_erased(app: ResilienceApp, names: list[str]) -> None:
    """Erased clients leave the app too: if the one being worked with is among them,
    the app forgets them (the next save no longer offers their name, which would
    make them again) and clears their profile and result from every view."""
    current = current_client(app)
    if not current or current not in names:
        return
    forget_client(app)
    if app.session.result is None and app.session.profile is None:
        return
    _clear_person(app)
    app.notify(words.cleared_erased(current), title=words.erased_title(current), markup=False)


def save_to_client(app: ResilienceApp) -> None:
    """Ask which client, then save the current assessment to them (the modal saves it)."""
    from career_resilience.tui.screens.save_to_client import SavedAssessment, SaveToClientScreen
    from career_resilience.tui.screens.whatif import WhatIfScreen

    profile, result = app.session.profile, app.session.result
    if profile is None or result is None:
        app.notify(words.SCORE_FIRST_TO_SAVE)
        return

    def saved(answer: SavedAssessment | None) -> None:
        if answer is None:
            return
        remember_client(app, answer.client_name)
        _kept[app] = profile  # saved as it is: no longer a result stored nowhere
        # "F6 shows the client's history": the list opens their record (F6 showed the
        # list, the client one row among many).
        _record_next[app] = answer.client_name
        app.notify(
            # From the client list, the list opens their record at once (on resume).
            words.assessment_saved(
                answer.number, answer.client_name, app.current_mode == "clients"
            ),
            title=words.ASSESSMENT_SAVED,
            markup=False,
        )

    # What-if saves the starting result, as the result view would: skills being tried
    # are a trial, not the client's profile, until ctrl+y keeps them (the dialog says so).
    trying = isinstance(app.screen, WhatIfScreen) and app.screen.trying_other_skills()
    screen = SaveToClientScreen(
        profile.to_dict(), result.to_dict(), current_client(app), trying=trying
    )
    app.push_screen(screen, saved)


def load_session_profile(
    app: ResilienceApp, profile_data: Mapping[str, Any], client_name: str, number: int
) -> None:
    """Put a stored session's profile into the profile form and score it afresh."""
    from career_resilience.model.profile import Profile, ProfileError
    from career_resilience.tui.session import ModelState

    try:
        profile = Profile.from_dict(dict(profile_data))
    except ProfileError as exc:
        app.notify(words.session_profile_refused(number, str(exc)), severity="error", markup=False)
        return
    kb = app.session.catalogue
    if profile.category and kb is not None and profile.category not in kb.categories:
        profile = replace(profile, category=None)  # a category this model does not know
    engine = app.session.engine
    if (
        profile.occupation
        and engine is not None
        and profile.occupation not in engine.occupation_index
    ):
        profile = replace(profile, occupation=None)  # an occupation it cannot score
    remember_client(app, client_name)
    app.switch_mode("profile")
    app.profile_screen.fill(profile)
    app.notify(words.profile_loaded(client_name, number), title=words.PROFILE_LOADED, markup=False)
    if app.session.model_state is not ModelState.FAILED:
        # The profile the form scores, as the form reads it: its result is stored.
        if (formed := app.profile_screen.read_form()) is not None:
            _kept[app] = formed
        app.action_score()
