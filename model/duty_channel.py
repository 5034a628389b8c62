"""The duties read against O*NET's 52k titles: the title channel's duty column.

Duties often name the job itself ("dispatch ambulances", "teach 5th grade"), so the
matcher reads their words against the titles as it reads the typed title
(``occupation_match.title_channel``). Only each occupation's best title cosine of the
duty text is read (``occupation_match.FEATURES``' duty column); the official-title
cosines and the specialties the text names (``title_specialty.official_unnamed``)
are the typed title's columns, and worked out for the duty text they were read by
nothing: :func:`duty_best` leaves them out (for a 400-character duty text that was a
second normalising of it, about 0.1 ms of a batch row).
"""

from __future__ import annotations

import numpy as np

from career_resilience.model.occupation_match_tables import MatchTables
from career_resilience.model.sparse_query import query
from career_resilience.model.title_postings import group_maxima, similarity_sum
from career_resilience.sanitise import duty_lines
from career_resilience.skills.titles import normalise_title

#: Title texts whose channel figures a matcher keeps (about 7.6 KB each): a workforce
#: repeats titles, and the drivers read each title again without each of its words.
TITLE_MEMO = 4096

#: Marks a memo key as duties read by their words (never in typed text: control
#: characters are cleaned out of every field).
DUTY_MARK = "\x1f"


#: Parts a duty text's lines (never in typed text: control characters are cleaned out).
DUTY_LINE = "\x1e"


def duty_title_text(tables: MatchTables, duties: str) -> str:
    """The duties (their first 400 characters) as :func:`duty_best` looks them up:
    marked (:data:`DUTY_MARK`), each line normalised as a title, the lines joined by
    :data:`DUTY_LINE`; empty when no line is left.

    Marked, a text's titles count as much as a line names them (by two of their words,
    all; by one of three, a third: ``duty_title_words``), and its character n-grams
    more titles than the tables' ``duty_max_df`` share hold are left out (none when
    1.0): a duty text is long, and its common n-grams ("er", "an", "ing") walked most
    of the title postings it reached, for little weight. Its words and rarer n-grams
    keep what the channel is for: duties naming the job ("dispatch ambulances").
    """
    lines = [normalise_title(line) for line in duty_lines(duties[:400])]
    text = DUTY_LINE.join(line for line in lines if line)
    return DUTY_MARK + text if text else ""


def title_query(tables: MatchTables, text: str) -> tuple[np.ndarray, np.ndarray]:
    """A title text's query vector; a duty text's (:data:`DUTY_MARK`) as one text of
    its lines, without the common n-grams."""
    if text.startswith(DUTY_MARK):
        whole = text[1:].replace(DUTY_LINE, " ")
        return query(tables.title_features, whole, tables.common_grams)
    return query(tables.title_features, text)


def title_sums(tables: MatchTables, text: str) -> np.ndarray | None:
    """A title text's cosines with each of the 52k titles in float64 (None: no n-gram
    of the text is known, every cosine is 0); a duty text's (:data:`DUTY_MARK`) each
    taken by how much of the title its lines name (``duty_title_words``)."""
    cols, vals = title_query(tables, text)
    if not len(cols):
        return None
    sums = similarity_sum(tables.titles, cols, vals, len(tables.title_owner))
    if text.startswith(DUTY_MARK):
        # A duty line names a title by two of its words, one object word only in part.
        sums *= tables.duty_words.shares(text[1:].split(DUTY_LINE))
    return sums


def duty_best(tables: MatchTables, text: str) -> np.ndarray:
    """Each occupation's best title cosine of a duty text (:func:`duty_title_text`), as
    float32: the very row ``title_channel`` gives first for it (the same sums, maxima
    and rounding), read from its memo when the text is there (a duty line can be a
    title typed), else kept in a memo of its own (the drivers read a profile's duties
    again with each line left out)."""
    found = tables.title_pinned.get(text) or tables.title_memo.get(text)
    if found is not None:
        return found[0]
    memo = tables.duty_memo
    best = memo.get(text)
    if best is None:
        if len(memo) >= TITLE_MEMO:
            memo.clear()  # as the title memo: cheaper than tracking use
        sums = title_sums(tables, text)
        if sums is None:
            best = np.zeros(len(tables.codes), np.float32)
        else:
            best = group_maxima(sums, tables.title_starts).astype(np.float32)
        memo[text] = best
    return best
