"""A client's history read for what is shown of it, never every stored result.

A session's result is 4 KB of JSON; a client seen weekly for years has thousands. The
session list and progress need only the figures stored beside each result (read from
the ``sessions_summary`` index, schema v5), each session's skills (the profile sits in
the row before the result, so SQLite reads it without touching the result's overflow
pages), the latest result, and the first result that lists the chosen pivot. Each read
here is one query; :func:`career_resilience.records.progress.stored_progress` puts them
together.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from career_resilience.records.models import Placement, SessionSummary
from career_resilience.records.sessions import summary
from career_resilience.sanitise import for_terminal

if TYPE_CHECKING:
    from career_resilience.records.store import Store

# Only columns of the sessions_summary index: the query never reads the table.
_SUMMARY_SELECT = """
    SELECT id, client_id, number, created_at, model_version, pivot_id,
           exposure, resilience, band, interval_low, interval_high
    FROM sessions WHERE client_id = ? AND number <= ? ORDER BY number
"""
_ALL = 2**62  # "up to" every session


def summaries(store: Store, client_id: int, upto: int | None = None) -> list[SessionSummary]:
    """A client's sessions (up to session ``upto``, all when None) as their figures."""
    store.get_client(client_id)  # NotFoundError for an unknown client, as Store.sessions
    rows = store.conn.execute(_SUMMARY_SELECT, (client_id, _ALL if upto is None else upto))
    return [summary(row) for row in rows]


def pivot_labels(store: Store, client_id: int) -> dict[str, str]:
    """The name of each pivot a client chose, by pivot id, as a result lists it ("Taxi
    Drivers", not "onet:53-3054.00"). One result is read for each pivot chosen (the
    latest session choosing it), never every result: a long history choosing the same
    pivot each time costs one read."""
    latest = store.conn.execute(
        "SELECT pivot_id, MAX(number) FROM sessions"
        " WHERE client_id = ? AND pivot_id IS NOT NULL GROUP BY pivot_id",
        (client_id,),
    ).fetchall()
    labels = {}
    for pivot_id, number in latest:
        row = store.conn.execute(
            "SELECT json_extract(p.value, '$.label')"
            " FROM sessions, json_each(sessions.result, '$.pivots') AS p"
            " WHERE client_id = ? AND number = ? AND json_extract(p.value, '$.id') = ?",
            (client_id, number, pivot_id),
        ).fetchone()
        if row and row[0]:
            labels[pivot_id] = for_terminal(str(row[0]), False)
    return labels


def skills(store: Store, client_id: int, upto: int) -> list[tuple[str, ...]]:
    """The skills of each of a client's sessions up to ``upto``, in session order.

    Sessions usually repeat the previous skills word for word, so each distinct list of
    skills is parsed once and shared.
    """
    rows = store.conn.execute(
        "SELECT json_extract(profile, '$.skills') FROM sessions"
        " WHERE client_id = ? AND number <= ? ORDER BY number",
        (client_id, upto),
    )
    parsed: dict[str | None, tuple[str, ...]] = {}
    out = []
    for (text,) in rows:
        found = parsed.get(text)
        if found is None:
            found = parsed[text] = tuple(map(str, json.loads(text))) if text else ()
        out.append(found)
    return out


# A chosen placement's name is the first occupation or kind of work its result lists;
# CASE reads the result (its overflow pages) only for the sessions with a choice.
_PLACEMENTS = """
    SELECT number, json_extract(profile, '$.role'),
           CASE WHEN json_extract(profile, '$.occupation') IS NOT NULL
                THEN coalesce(json_extract(result, '$.occupations[0].title'),
                              json_extract(profile, '$.occupation'))
                WHEN json_extract(profile, '$.category') IS NOT NULL
                THEN coalesce(json_extract(result, '$.categories[0].label'),
                              json_extract(profile, '$.category'))
           END
    FROM sessions WHERE client_id = ? AND number <= ? ORDER BY number
"""


def placements(store: Store, client_id: int, upto: int | None = None) -> dict[int, Placement]:
    """What each of a client's sessions up to ``upto`` (all when None) scored, by session
    number in session order: the job title and the placement the person chose, if any
    (shown, so escapes in a stored record are drawn, not obeyed)."""
    rows = store.conn.execute(_PLACEMENTS, (client_id, _ALL if upto is None else upto))
    return {
        number: Placement(
            "" if role is None else for_terminal(str(role), False),
            None if chosen is None else for_terminal(str(chosen), False),
        )
        for number, role, chosen in rows
    }


def result(store: Store, client_id: int, number: int) -> dict[str, Any]:
    """The stored result of one session (one row read)."""
    row = store.conn.execute(
        "SELECT result FROM sessions WHERE client_id = ? AND number = ?", (client_id, number)
    ).fetchone()
    return {} if row is None else dict(json.loads(row[0]))


def results_naming(
    store: Store, client_id: int, text: str, upto: int
) -> Iterator[tuple[int, dict[str, Any]]]:
    """(number, result) of the sessions up to ``upto`` whose stored result contains
    ``text``, oldest first, parsed one at a time as the caller asks for them.

    SQLite compares the text, so results that cannot match are never parsed; the caller
    stops at the first that really does.
    """
    rows = store.conn.execute(
        "SELECT number, result FROM sessions"
        " WHERE client_id = ? AND number <= ? AND instr(result, ?) > 0 ORDER BY number",
        (client_id, upto, text),
    )
    for number, stored in rows:
        yield number, dict(json.loads(stored))
