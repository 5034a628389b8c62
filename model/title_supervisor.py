"""A title naming a supervisor of work O*NET lists only under that work's supervisors.

"Housekeeping manager", "Roofing foreman", "Kitchen supervisor": O*NET lists no such
title, and the title channel read the work's own words, so the workers came first
(maids, roofers, cooks) though the person runs them. When the typed words name one SOC
major group's work, the title is read as listed by that group's supervisor
(``title_context`` calls these on the channel features, before the combiner).
"""

from __future__ import annotations

import bisect
import collections
import functools
import re

import numpy as np

from career_resilience.model.occupation_match import MatchTables, title_channel, title_texts
from career_resilience.model.title_index import listed
from career_resilience.skills.listed_titles import listed_rows, listed_text
from career_resilience.skills.occupations import occupation_table
from career_resilience.skills.titles import normalise_listed_title

# Feature columns of ``occupation_match.FEATURES``.
_MAX, _MAX_SQ = 0, 2
#: A title cosine this high is the typed title itself, listed (float32 rounding aside).
EXACT = 0.999
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
#: Last words of a normalised title naming who runs a crew on site (``title_texts``
#: reads "lead" and "leader" of a crew as "supervisor").
FOREMAN = frozenset({"foreman", "forewoman", "supervisor"})
#: Words of such a title that say nothing of the work ("Site foreman", "Crew supervisor").
NO_WORK = frozenset({"crew", "site", "shift", "team", "area", "general", "assistant", "senior"})
#: How official titles of supervisors of workers begin.
_SUPERVISORS = "First-Line Supervisors of "


def read_as_supervisor(tables: MatchTables, f: np.ndarray, role: str) -> None:
    """A manager of named work that O*NET lists only as its supervisor ("Housekeeping
    Supervisor", no "Housekeeping Manager") is listed by the occupations listing the
    supervisor: the words named the work, and maids had come first (62%, their
    supervisors 35%); "Custodial manager" had been unsure (12%).

    Only when the words name that supervisor's kind of work: the supervisor's SOC major
    group (the group of the workers it supervises) lists more of O*NET's titles holding
    each word than any other group does ("custodial": 7 of 8, "food": 74 of 174 in food
    service). O*NET's "Ward Supervisor" is a prison's, but "ward" is hospital work in 10
    of its 13 titles (a UK "Ward manager" is a nurse in charge; it had read correctional
    supervisors 74%); "Crew Supervisor" is a farm's, and "crew" most often construction
    work ("Crew manager": farming supervisors 73%)."""
    words = title_texts(tables, role)[-1].split()
    if len(words) < 2 or words[-1] != "manager" or (f[:, _MAX] >= EXACT).any():
        return
    other = " ".join([*words[:-1], "supervisor"])
    if not listed(other):
        return
    rows = np.flatnonzero(title_channel(tables, [other])[0][0] >= EXACT)
    groups = {tables.codes[k][:2] for k in rows.tolist()}
    if all(names_their_work(word, groups) for word in words[:-1]):
        join(f, tuple(rows.tolist()))


@functools.lru_cache(maxsize=256)
def _word_groups(word: str) -> collections.Counter[str]:
    """How many of O*NET's listed titles holding ``word`` each SOC major group lists.

    The titles holding its letters are found by searching one text of every listed
    title (``listed_titles.listed_text``), then each is read for the word: a test of
    each of the ~50k titles in Python took about 5 ms a word (0.3 s of 4,000 varied
    rows), where a table of every word took a fifth of a second."""
    counts: collections.Counter[str] = collections.Counter()
    if not word:
        return counts  # no title holds an empty word (``_WORD`` finds none)
    text, starts = listed_text()
    rows = listed_rows()
    at = text.find(word)
    while at != -1:
        k = bisect.bisect_right(starts, at) - 1
        code, title = rows[k]
        if word in _WORD.findall(title):
            counts[code[:2]] += 1
        # On from the next title: each title counts once, in the order listed.
        at = text.find(word, starts[k + 1]) if k + 1 < len(starts) else -1
    return counts


def names_their_work(word: str, groups: set[str]) -> bool:
    """Whether the SOC major groups ``groups`` list more of O*NET's titles holding
    ``word`` than any other group does (False for a word no title holds)."""
    counts = _word_groups(word)
    if not counts:
        return False
    theirs = sum(counts[g] for g in groups)
    return theirs > 0 and all(n <= theirs for g, n in counts.items() if g not in groups)


def read_as_foreman(tables: MatchTables, f: np.ndarray, role: str) -> None:
    """A foreman or supervisor of named work O*NET does not list ("Roofing foreman",
    "Framing crew lead") is listed by the supervisors of the SOC major group whose work
    the words name (``names_their_work``): roofers had come first (52%, their helpers
    17%), "Framing crew lead" farming supervisors (34%: "crew" and the letters of
    "farming"), where construction supervisors run roofing and framing crews. When the
    group has several supervisors (building cleaning and grounds), those whose official
    title holds a typed word ("landscap..."), if any."""
    words = title_texts(tables, role)[-1].split()
    if len(words) < 2 or words[-1] not in FOREMAN or (f[:, _MAX] >= EXACT).any():
        return
    work = [w for w in words[:-1] if w not in NO_WORK]
    if not work:
        return
    rows = [
        k
        for k, words_of in _supervisors(tables.codes)
        if all(names_their_work(w, {tables.codes[k][:2]}) for w in work)
    ]
    named = [
        k for k, words_of in _supervisors(tables.codes) if k in rows and _holds(words_of, work)
    ]
    join(f, tuple(named or rows))


@functools.lru_cache(maxsize=4)
def _supervisors(codes: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    """The supervisors of workers (column numbers) with their official titles' words."""
    table = occupation_table()
    out = []
    for k, code in enumerate(codes):
        occ = table.get(code)
        if occ is not None and occ.title.startswith(_SUPERVISORS):
            out.append((k, frozenset(normalise_listed_title(occ.title).split())))
    return tuple(out)


def _holds(words_of: frozenset[str], typed: list[str]) -> bool:
    """Whether an official title's words hold a typed word or one it starts
    ("landscape": "landscaping")."""
    return any(w in words_of or any(o.startswith(w[:-1]) for o in words_of) for w in typed)


def join(f: np.ndarray, rows: tuple[int, ...] | None) -> None:
    """The occupations ``rows`` match the title as if they listed it."""
    if rows:
        at = np.asarray(rows)
        f[at, _MAX] = np.maximum(f[at, _MAX], 1.0)
        f[at, _MAX_SQ] = f[at, _MAX] ** 2
