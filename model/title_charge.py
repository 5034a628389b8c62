"""A worker's title O*NET does not list is no manager's or supervisor's for its front words.

"Theme park ride operator" is not listed; the nearest listed title is "Theme Park
Manager" (entertainment and recreation managers, cosine 0.72), nearer by its three
shared front words than "Ride Operator" (amusement and recreation attendants, 0.57),
which holds what the person does. So the title alone read a ride operator as a
recreation manager (44%), and "Pawn shop clerk" as a first-line supervisor of retail
workers ("Pawn Shop Keeper", 86%). Front words say where the work is; the last word who
does it, and a clerk or an operator does not run the place.

So where no listed title is the typed title itself, the title holds no word of charge
(:data:`RANKS`: manager, director, supervisor, foreman, lead, owner...) and its last
word names work below charge (at most :data:`BELOW` of O*NET's listed titles ending with
it are managers' or supervisors' occupations': "operator", "clerk", "worker"; not
"manager" or "superintendent"), the occupations of charge rated nearer than every
other go just behind the best cosine of another (:data:`HAIR`), and the skills, duties
and priors choose among those left. Occupations of charge are SOC 11 and the
first-line supervisors (:func:`runs_others`) whose official title names charge
("Managers", "Supervisors", "Chief Executives"; not "Legislators": a "State
representative" runs no one's work). A listed title is O*NET's own reading and stays.
"""

from __future__ import annotations

import functools

import numpy as np

from career_resilience.model.occupation_match import MatchTables, title_texts
from career_resilience.model.title_endings import ending_counts
from career_resilience.model.title_rank import MANAGEMENT, MANAGING
from career_resilience.model.title_supervisor import FOREMAN
from career_resilience.skills.titles import normalise_listed_title
from career_resilience.skills.word_forms import singular

# Feature columns of ``occupation_match.FEATURES``.
_MAX, _OFFICIAL, _MAX_SQ = 0, 1, 2
#: A title cosine this high is the typed title itself, listed (float32 rounding aside).
EXACT = 0.999
#: Words of a title (as the title channel reads it) that name running others' work.
RANKS = MANAGING | FOREMAN | {"lead", "leader", "boss"}
#: A last word names work below charge when at most this share of O*NET's listed titles
#: ending with it are managers' or supervisors' occupations' (as ``title_rank.BELOW``).
BELOW = 0.25
#: How far behind the best other cosine they go: a tie would leave the front words'
#: manager level with the worker on the title alone ("Theme park ride operator": 13% each).
HAIR = 0.01


def charge_behind(tables: MatchTables, f: np.ndarray, role: str) -> None:
    """Managers' and supervisors' occupations nearer by title than any other go down to
    the best other cosine, for an unlisted worker's title (module docstring); ``f``
    (occupations, features) of one profile, changed in place."""
    if (f[:, _MAX] >= EXACT).any():
        return
    words = [singular(w) for w in title_texts(tables, role)[-1].split()]
    if len(words) < 2 or RANKS.intersection(words) or not below_charge(words[-1]):
        return
    charge = _charge_rows(tables.codes)
    others = ~charge
    if not others.any():
        return
    floor = float(f[others, _MAX].max())
    ahead = charge & (f[:, _MAX] > floor)
    if not ahead.any():
        return
    f[ahead, _OFFICIAL] = np.minimum(f[ahead, _OFFICIAL], f[others, _OFFICIAL].max())
    f[ahead, _MAX] = max(floor - HAIR, 0.0)
    # A supervisor of workers goes behind the workers of its own SOC major group too
    # ("Pawn shop clerk": retail supervisors, near by "Pawn Shop Keeper", behind retail
    # salespersons, not only behind order clerks).
    codes = tables.codes
    for row in np.flatnonzero(ahead & _supervisor_rows(codes)).tolist():
        theirs = others & _major_rows(codes, codes[row][:2])
        if theirs.any():
            f[row, _MAX] = max(min(f[row, _MAX], float(f[theirs, _MAX].max()) - HAIR), 0.0)
    f[ahead, _MAX_SQ] = f[ahead, _MAX] ** 2


@functools.lru_cache(maxsize=4)
def _supervisor_rows(codes: tuple[str, ...]) -> np.ndarray:
    """Per occupation, whether it is a first-line supervisor of workers (SOC "XX-10..")."""
    return np.array([code[3:5] == "10" and not code.startswith(MANAGEMENT) for code in codes])


@functools.lru_cache(maxsize=64)
def _major_rows(codes: tuple[str, ...], major: str) -> np.ndarray:
    """Per occupation, whether it is of the SOC major group ``major`` ("41")."""
    return np.array([code.startswith(major + "-") for code in codes])


@functools.lru_cache(maxsize=512)
def below_charge(word: str) -> bool:
    """Whether at most :data:`BELOW` of O*NET's listed titles ending with ``word`` are
    managers' or supervisors' occupations' (False for a word no two listed titles end
    with)."""
    counts = ending_counts(word)
    total = sum(counts.values())
    charge = sum(n for code, n in counts.items() if runs_others(code))
    return total > 0 and charge <= BELOW * total


@functools.lru_cache(maxsize=4)
def _charge_rows(codes: tuple[str, ...]) -> np.ndarray:
    """Per occupation, whether it is managers' or supervisors' and its official title
    says so with a word of charge (a boolean row): legislators are SOC 11, but a "State
    representative" runs no one's work ("Legislators" had gone behind customer service
    representatives)."""
    from career_resilience.skills.occupations import occupation_table

    table = occupation_table()

    def named(code: str) -> bool:
        occupation = table.get(code)
        words = normalise_listed_title(occupation.title) if occupation is not None else ""
        return bool(RANKS.intersection(singular(w) for w in words.split()))

    return np.fromiter((runs_others(c) and named(c) for c in codes), bool, len(codes))


@functools.lru_cache(maxsize=2048)
def runs_others(code: str) -> bool:
    """Whether an occupation is managers' (SOC 11) or supervisors' by its official name."""
    from career_resilience.skills.occupations import occupation_table

    occupation = occupation_table().get(code)
    name = occupation.title.split(",")[0].casefold() if occupation is not None else ""
    return (
        code.startswith(MANAGEMENT) or "supervisors" in name.split() or "managers" in name.split()
    )
