"""A title that names work below management is not a manager's, though O*NET lists it there.

O*NET lists under an occupation the titles its holders report, and a manager's holders
report the titles of the work they came up from or still do: "Human Resources
Coordinator" is listed under human resources managers and under human resources
specialists, "Purchasing Coordinator" under purchasing managers and four kinds of buyer
and clerk, "Accounting Supervisor" under financial managers and under first-line
supervisors of office workers. Tied on such a title, the management occupation won
whenever skills were typed: O*NET lists for a manager most of the software its staff
use, so the skills channel read every manager's list as near as the staff's or nearer
("HR coordinator" with HRIS and onboarding: human resources managers 60%, specialists
40%; "Purchasing coordinator" with purchase orders and ERP: purchasing managers 78%).

So in an exact tie between occupations of SOC major group 11 (Management Occupations,
as BLS groups them) and others, the management ones go behind the others when the
typed title names no managing (no word such as manager, director, head, chief, owner)
and its last word names work below management: at least three in four of O*NET's
listed titles ending with that word are outside group 11 ("coordinator" 404 of 518,
"supervisor" 1,464 of 1,591, "officer", "specialist"; not "administrator", 113 of
181, nor "leader", "publisher", "registrar"). A management occupation whose own
official title holds that word stays ("Clinical Research Coordinators", SOC 11-9121.01).
Behind means as ``title_specialty`` does it: the title cosine falls to the best one
outside the tie, and the official title's cosine no higher than the best of the others'.
"""

from __future__ import annotations

import functools
import re

import numpy as np

from career_resilience.model.occupation_match import MatchTables, title_texts
from career_resilience.model.title_endings import ending_counts
from career_resilience.skills.titles import normalise_listed_title
from career_resilience.skills.word_forms import singular

# Feature columns of ``occupation_match.FEATURES``.
_MAX, _OFFICIAL, _MAX_SQ = 0, 1, 2
#: A title cosine this high is the typed title itself, listed (float32 rounding aside).
EXACT = 0.999
#: SOC major group 11, Management Occupations.
MANAGEMENT = "11-"
#: Words of a typed title (as the title channel reads it, singular) that name managing
#: or heading something: with one of them the title is a manager's as O*NET lists it.
MANAGING = frozenset({
    "manager", "management", "director", "head", "chief", "executive", "president", "vp",
    "superintendent", "principal", "dean", "owner", "proprietor", "founder", "partner",
    "controller", "treasurer", "administrator", "commissioner", "postmaster", "chancellor",
    "ceo", "cfo", "coo", "cto",
})  # fmt: skip
#: A last word names work below management when at most this share of O*NET's listed
#: titles ending with it are management occupations' ("coordinator" 0.22).
BELOW = 0.25
#: Where an official title's own name ends ("Farmers, Ranchers, and ...": "Farmers").
_NAME_END = re.compile(r",.*$")


def managers_behind(tables: MatchTables, f: np.ndarray, role: str) -> None:
    """In an exact tie on the typed title, management occupations go behind the others
    when the title names work below management (module docstring); ``f`` (occupations,
    features) of one profile, changed in place."""
    ties = np.flatnonzero(f[:, _MAX] >= EXACT)
    if len(ties) < 2:
        return
    words = [singular(w) for w in title_texts(tables, role)[-1].split()]
    if not words or MANAGING.intersection(words) or not below_management(words[-1]):
        return
    codes = tables.codes
    head = words[-1]
    managing = np.fromiter(
        (
            codes[o].startswith(MANAGEMENT) and head not in _own_words(codes[o])
            for o in ties.tolist()
        ),
        bool,
        len(ties),
    )
    staff = np.fromiter(
        (not codes[o].startswith(MANAGEMENT) for o in ties.tolist()), bool, len(ties)
    )
    if not managing.any() or not staff.any():
        return
    behind, ahead = ties[managing], ties[staff]
    outside = np.ones(len(f), dtype=bool)
    outside[ties] = False
    floor = float(f[outside, _MAX].max()) if outside.any() else 0.0
    f[behind, _OFFICIAL] = np.minimum(f[behind, _OFFICIAL], f[ahead, _OFFICIAL].max())
    f[behind, _MAX] = floor
    f[behind, _MAX_SQ] = floor * floor


@functools.lru_cache(maxsize=512)
def below_management(word: str) -> bool:
    """Whether at most :data:`BELOW` of O*NET's listed titles ending with ``word`` are
    management occupations' (False for a word no two listed titles end with)."""
    counts = ending_counts(word)
    total = sum(counts.values())
    managers = sum(n for code, n in counts.items() if code.startswith(MANAGEMENT))
    return total > 0 and managers <= BELOW * total


@functools.lru_cache(maxsize=1024)
def _own_words(code: str) -> frozenset[str]:
    """The words of an occupation's official title before any comma, singular."""
    from career_resilience.skills.occupations import occupation_table

    found = occupation_table().get(code)
    if found is None:
        return frozenset()
    name = _NAME_END.sub("", found.title)
    return frozenset(singular(w) for w in normalise_listed_title(name).split())
