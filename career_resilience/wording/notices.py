"""What the app says in its notifications and status lines: titles and sentences, in one
place.

Each names what happened and, where there is one, what to do next; the words a person
typed (client names, file names) come in as arguments and are shown as typed (the app
turns markup off for them).
"""

from __future__ import annotations

from collections.abc import Sequence

from career_resilience.wording.numbers import count

__all__ = [
    "ASSESSMENT_SAVED",
    "CLEAR_IT",
    "CONSENT_SAVED",
    "EDITED_SINCE_SCORED",
    "ERASED",
    "EXPORTED_TO",
    "FIX_PROFILE_FIRST",
    "MODEL_FAILED",
    "MODEL_LOADING",
    "MODEL_READY",
    "MODEL_UNUSABLE",
    "NEEDS_MODEL",
    "NOTE_ADDED",
    "NOTE_ADDED_SHARED",
    "NOTE_DELETED",
    "NOTE_NOW_PRIVATE",
    "NOTE_NOW_SHARED",
    "NOTE_SAVED",
    "NOTHING_SCORED",
    "NOTHING_SCORED_TEXT",
    "NO_PIVOT_RECORDED",
    "NO_RESULT_YET",
    "NO_TITLE",
    "OPENED",
    "PIVOT_RECORDED",
    "PROFILE_LOADED",
    "PROFILE_OPENED",
    "PROFILE_SAVED",
    "QUIT_ANYWAY",
    "REPLACE_IT",
    "REPORT_FAILED",
    "REPORT_SAVED",
    "REPORT_WRITING",
    "RESULT_EXPORTED",
    "SAVED_TO",
    "SCORED_NOTE",
    "SCORED_WAITING",
    "SCORED_WAITING_TEXT",
    "SCORE_FIRST",
    "SCORE_FIRST_TO_EXPORT",
    "SCORE_FIRST_TO_SAVE",
    "SCORING_WHEN_LOADED",
    "UNKNOWN_SKILL_NOTE",
    "UNSAVED_RESULT",
    "WHATIF_KEPT",
    "WHATIF_KEPT_TEXT",
    "already_held",
    "already_held_note",
    "already_listed",
    "already_listed_as",
    "assessment_saved",
    "batch_summary",
    "cleared_erased",
    "cleared_for",
    "client_added",
    "client_archived",
    "client_renamed",
    "clients_erased",
    "delete_note_question",
    "erased_title",
    "file_exists",
    "listed_as",
    "new_profile_question",
    "profile_loaded",
    "quoted_names",
    "report_writing",
    "report_written",
    "session_profile_refused",
    "share_note_question",
    "unsaved_question",
    "working_with",
]

# ------------------------------------------------------------ session reports

REPORT_WRITING = "Writing the report"
REPORT_SAVED = "Report saved"
REPORT_FAILED = "The report was not written"


def report_writing(client_name: str, number: int, kind: str) -> str:
    """Shown at once when the coach chose where a report goes: building and writing it
    can take a second or two, and the app stays usable meanwhile."""
    return (
        f"Writing the session {number} report for {client_name} ({kind}). "
        "You can carry on; the full path is shown when it is written."
    )


def report_written(client_name: str, number: int) -> str:
    """The lead of the notice naming the report's full path (the path follows)."""
    return f"Wrote the session {number} report for {client_name} to"


# ------------------------------------------------------------ profiles and files

FIX_PROFILE_FIRST = "Fix the profile first; the problem is shown on the form."
SCORE_FIRST_TO_EXPORT = "Score a profile first; then there is something to export."
SCORE_FIRST_TO_SAVE = "Score a profile first; then there is an assessment to save."
PROFILE_SAVED = "Profile saved"
SAVED_TO = "Saved to"
PROFILE_OPENED = "Profile opened"
OPENED = "Opened"
RESULT_EXPORTED = "Result exported"
EXPORTED_TO = "Exported to"
MODEL_FAILED = "The model could not load"
NEEDS_MODEL = "Scoring needs the model, which could not load; the reason is under the form."
#: Under the form while the model loads, once it has, or when it could not (the reason
#: follows MODEL_FAILED). The keys named are the ones that score: Enter in the job title
#: goes on to the skills.
MODEL_LOADING = "Loading the model in the background; you can keep typing."
SCORING_WHEN_LOADED = "Scoring as soon as the model has loaded…"
MODEL_READY = "Model ready. ctrl+r scores, or Enter in the empty skills box."
MODEL_UNUSABLE = "You can still edit, save and open profiles."
#: The result, pivots and what-if views before anything is scored: how to score, by the
#: key that does it ("then press Enter" had moved on to the skills instead).
NOTHING_SCORED = "Nothing scored yet."
NOTHING_SCORED_TEXT = (
    "Fill in your job title and skills on the profile: F2, then ctrl+r.\n"
    "You will see how exposed your work is to generative AI, why, and where you can go next."
)
NO_RESULT_YET = "No result yet."
SCORE_FIRST = "Score your profile first: F2, then ctrl+r."
#: Under the form once it is scored, and once it no longer holds what was scored (the
#: result on F3 is then the earlier form's).
SCORED_NOTE = "Scored. F3 shows the result."
EDITED_SINCE_SCORED = (
    "Edited since the last score: F3 still shows the score before the edit; ctrl+r scores it again."
)
#: A score that landed after the person moved on or kept typing: it waits on F3.
SCORED_WAITING = "Scored"
SCORED_WAITING_TEXT = "F3 shows the result; you stay where you are."
WHATIF_KEPT = "What-if kept"
WHATIF_KEPT_TEXT = "Your profile now has these skills."


def _words(text: str) -> list[str]:
    return "".join(ch if ch.isalnum() else " " for ch in text.casefold()).split()


def listed_as(listed: str, skill: str = "", names: int = 1) -> str:
    """ "as “embalming” (both count as Funeral services)": the listed name a skill typed
    reads as, and the catalogue skill they both name, unless the listed name is it.
    Said alone, "“funeral arrangements” is already in your list, as “embalming”" left an
    embalmer asking how arranging a funeral is embalming; both are the one skill.
    ``names``: how many typed names share it ("all count as" past one). A listed name
    whose words the skill's name holds ("Excel", Microsoft Excel) names it already."""
    if not skill or set(_words(listed)) <= set(_words(skill)):
        return f"as “{listed}”"
    return f"as “{listed}” ({'both' if names == 1 else 'all'} count as {skill})"


def already_held(typed: str, listed: str, skill: str = "") -> str:
    """What-if: a skill typed that the profile already has under another name ("first
    aid" beside "CPR and first aid"), so adding it cannot move the score; ``skill`` is
    the catalogue skill both name (:func:`listed_as`)."""
    return f"{typed} is already in your list, {listed_as(listed, skill)}."


#: What-if's note after a skill the catalogue does not know: in its list, and on the
#: change line while it is typed (it still counts as words: the score may move a little).
UNKNOWN_SKILL_NOTE = "(unknown)"


def already_held_note(listed: str) -> str:
    """The change line's note after such a skill (kept short: the line is two rows)."""
    return f"(already held as {listed})"


def batch_summary(scored: int, failed: int, where: str) -> str:
    """``resilience score --input``'s last line: rows scored, and where the bad rows'
    errors are ("reported with their row numbers" left a coach asking where)."""
    done = f"scored {count(scored, 'row')}"
    if not failed:
        return done
    each = "with its row number" if failed == 1 else "each with its row number"
    return f"{done}; {count(failed, 'bad row')} in {where}, {each} and what is wrong"


def quoted_names(names: Sequence[str]) -> str:
    """Names in quotes, read as a list: "“a”", "“a” and “b”", "“a”, “b” and “c”"."""
    quoted = [f"“{name}”" for name in names]
    return " and ".join(part for part in (", ".join(quoted[:-1]), quoted[-1]) if part)


def already_listed(typed: Sequence[str]) -> str:
    """The profile form's one clause for skills of an entry that are listed already,
    spelled the same ("“SQL” and “Excel” are already listed"): one clause for all of
    them, as one sentence per repeat made a paste of five skills a paragraph."""
    verb = "is" if len(typed) == 1 else "are"
    return f"{quoted_names(typed)} {verb} already listed"


def already_listed_as(typed: str | Sequence[str], listed: str, skill: str = "") -> str:
    """The profile form's note for skills naming one already listed under another name:
    the rows are kept (the person's words) but the score counts the one catalogue skill
    (``skill``, named: :func:`listed_as`) once. Several of one entry naming the same
    listed skill share one clause."""
    names = [typed] if isinstance(typed, str) else list(typed)
    verb = "is" if len(names) == 1 else "are"
    where = listed_as(listed, skill, len(names))
    return f"{quoted_names(names)} {verb} already in your list, {where}: kept, counted once"


def file_exists(name: str) -> str:
    """Asked in a path prompt before a file is replaced."""
    return f"{name} exists; press Enter again to replace it"


# ------------------------------------------------------------ clients in the app

ASSESSMENT_SAVED = "Assessment saved"
PROFILE_LOADED = "Profile loaded"
NOTE_ADDED = "Note added."
NOTE_ADDED_SHARED = "Note added (shared with the client)."
NOTE_SAVED = "Note saved."
NOTE_NOW_SHARED = "The note is now shared: it appears in the client's reports."
NOTE_NOW_PRIVATE = "The note is now private: only you see it."
NOTE_DELETED = "Note deleted."
CONSENT_SAVED = "Consent and retention saved."
PIVOT_RECORDED = "Pivot recorded."
NO_PIVOT_RECORDED = "No pivot chosen for that session."
ERASED = "Erased"


def working_with(name: str) -> str:
    """The title of the notice when the app starts working with a client."""
    return f"Working with {name}"


def cleared_for(previous: str, name: str) -> str:
    """Client ``previous``'s profile and result were cleared as client ``name`` was opened."""
    return f"Cleared {previous}'s profile and result, so they cannot be mistaken for {name}'s."


UNSAVED_RESULT = "Unsaved result"
CLEAR_IT = "Clear it"
QUIT_ANYWAY = "Quit"
REPLACE_IT = "Replace it"
#: The job title of a result scored without one (a chosen occupation alone).
NO_TITLE = "no job title"


def unsaved_question(role: str, name: str, client: str = "", session: int = 0) -> str:
    """Asked before working with client ``name``, or loading their ``session``, clears a
    result stored nowhere: saved to no client, or (``client``) that client's changed
    and scored again since it was saved or loaded. It went without a word before the
    coach could keep it (said only afterwards, or not at all by a load)."""
    if client:
        what = f"The result on screen ({role}) has changes not saved to {client}'s sessions."
    else:
        what = f"The result on screen ({role}) is not saved to any client."
    if session:
        does = f"Loading session {session} of {name} replaces it."
    else:
        does = f"Working with {name} clears it, so it cannot be mistaken for {name}'s."
    return f"{what} {does} To keep it, go back and save it first (ctrl+k)."


def new_profile_question(
    role: str, client: str = "", quitting: bool = False, exported: bool = False
) -> str:
    """Asked before ctrl+n clears :func:`unsaved_question`'s result stored nowhere: it
    went without a word ("clears the result everywhere", the help said), with the
    profile typed for it. ``quitting``: asked before ctrl+q, which had closed the app
    at once, the result and the form typed for it gone. ``exported``: the result was
    exported as a report (ctrl+e), which "not saved to a client or a file" seemed to
    deny (seen in tmux); a report cannot be opened again, so it is still asked."""
    if client:
        what = f"The result on screen ({role}) has changes not saved to {client}'s sessions."
        keep = "save it first (ctrl+k)"
    else:
        what = f"The result on screen ({role}) is not saved to a client or a file."
        if exported:
            what = (
                f"The result on screen ({role}) is not saved to a client or as a profile "
                "file: the report exported (ctrl+e) cannot be opened in the app again."
            )
        keep = "save it first (ctrl+k to a client, ctrl+s the profile as a file)"
    does = "Quitting closes the app without it" if quitting else "A new profile clears it"
    return f"{what} {does} and the form. To keep it, go back and {keep}."


def erased_title(name: str) -> str:
    """The title of the notice when the client worked with was erased."""
    return f"{name} erased"


def cleared_erased(name: str) -> str:
    """The erased client's profile and result left the app too."""
    return f"Cleared {name}'s profile and result from the app as well."


def assessment_saved(number: int, client_name: str, record_shown: bool = False) -> str:
    """An assessment was saved as a client's session; F6 is named only when the
    client's record is not opening already (saved from the client list, it does)."""
    where = "" if record_shown else " F6 shows the client's history."
    return f"Saved as session {number} of {client_name}.{where}"


def session_profile_refused(number: int, reason: str) -> str:
    """A stored session's profile the form cannot take (written by another version)."""
    return f"Session {number} has a profile the form cannot take: {reason}"


def profile_loaded(client_name: str, number: int) -> str:
    """A session's profile was put in the form, to be scored with the current model."""
    return (
        f"Loaded the profile of {client_name}'s session {number}; it is scored with "
        "the current model."
    )


def clients_erased(names: list[str], leftovers: bool) -> str:
    """Clients were erased; ``leftovers`` when another copy of the app holds the records."""
    text = f"Erased {', '.join(names)} with all their sessions and notes."
    if leftovers:
        text += " Another copy of the app has the records open; leftovers go when it closes."
    return text


def client_added(name: str) -> str:
    """A client was added from the client list."""
    return f"Added {name}. Enter opens their record."


def client_renamed(old: str, new: str) -> str:
    """A client was renamed."""
    return f"Renamed {old} to {new}."


def client_archived(name: str, archived: bool) -> str:
    """A client was archived (hidden from the list) or brought back."""
    if archived:
        return f"Archived {name}; ctrl+t shows archived clients."
    return f"{name} is back in the client list."


def share_note_question(start: str) -> str:
    """Asked before a private note is shared with the client (``start``: its first
    words): a coach typing a name on the record ("sam") had shared the highlighted note
    with its first letter, with nothing said."""
    return (
        f"Share this note with the client?\n\n“{start}”\n\n"
        "It will appear in the reports you give them (s again makes it private)."
    )


def delete_note_question(start: str) -> str:
    """Asked before a note is deleted (``start``: the note's first words)."""
    return f"Delete this note?\n\n“{start}”\n\nIt cannot be undone."
