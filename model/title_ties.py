"""Occupations tied on the typed title, ordered by how many people hold each.

Among the occupations that list the title read, the rarer ones are discounted by their
share of BLS employment (``title_employment``); ``title_context`` says when and why. The
discount goes into the title features, solved so the logit falls by exactly the log of
the employment ratio.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

import numpy as np

from career_resilience.model.occupation_match import MatchTables, title_texts
from career_resilience.model.title_employment import (
    employment,
    named_by,
    narrowed_to,
    specialties,
)
from career_resilience.model.title_endings import ending_counts, likelihood
from career_resilience.model.title_excepted import excepted_weights
from career_resilience.model.title_general import general_capped

# Feature columns of ``occupation_match.FEATURES``.
_MAX, _OFFICIAL, _MAX_SQ = 0, 1, 2
#: A title cosine this high is the typed title itself, listed (float32 rounding aside).
EXACT = 0.999


def weigh_specialties(tables: MatchTables, f: np.ndarray, read: str = "", skills: str = "") -> None:
    """With skills or duties that read the title no other way, weigh exact ties by
    employment only when they are one SOC code's parent and its specialties ("Nurse"
    with "Epic; teamwork"): a specialty is a share of its parent's holders whatever else
    is typed, and lowering it then moves its mass to the parent alone.

    Ties across SOC codes are not weighed by employment (the combiner's prior is even
    per occupation, and what the person typed tells them apart better than employment:
    all fields 79.9% -> 78.5% first), but by how likely the title ``read`` is under each
    (``title_endings.likelihood``: the share of its listed titles ending so). That is
    evidence from the title, which the combiner does not hold, and skills and duties do
    not replace it: "Mason tender" (two of the brickmasons' helpers' titles end so, one
    of the plasterers' helpers') with "carry block for the masons" had gone to the
    plasterers' helpers on 0.2 logits of duty words (33%), "Surgical tech" with "pass
    instruments to the surgeon" to surgical assistants (53%), whose tasks are nearly
    the technologists'. Employment weighing had fixed both and lost three dev profiles
    whose skills told the ties apart; the likelihood loses none of them.

    A title named by an "Except ..." occupation tied with the kinds it excepts is
    weighed as typed alone unless a typed skill (``skills``) names a kind
    (``title_excepted``)."""
    ties = np.flatnonzero(f[:, _MAX] >= EXACT)
    if len(ties) < 2:
        return
    if read:
        jobs = excepted_weights(tables, ties, read, skills)
        if jobs is not None:
            weigh_by_employment(tables, f, ties, jobs=jobs)
            return
    parent, _shares = specialties(tables.codes)
    roots = {int(parent[o]) if parent[o] >= 0 else int(o) for o in ties}
    if len(roots) == 1:
        weigh_by_employment(tables, f, ties, within_soc=True)
    elif read and any(tables.codes[o] in ending_counts(read) for o in ties.tolist()):
        # Only where O*NET lists the title read under some of them: else each counts one
        # title and the likelihood says only how few titles each lists ("Ward manager"
        # read among the nurses had gone to licensed practical nurses).
        weigh_by_employment(tables, f, ties, read=read, prior=False)


def weigh_by_employment(
    tables: MatchTables,
    f: np.ndarray,
    ties: np.ndarray,
    within_soc: bool = False,
    behind: np.ndarray | None = None,
    read: str = "",
    prior: bool = True,
    jobs: np.ndarray | None = None,
) -> None:
    """Lower each tied occupation's title logit by the log of its employment against
    the most employed one's (an unknown figure counts as a typical occupation's), but
    never below the best title logit of an occupation the title does not match exactly:
    employment orders the exact matches, it does not hand the title to an inexact one
    ("Staff engineer" with a "system design" skill, read as "system engineer", had gone to
    solar energy systems engineers, whose official title is near, once the computer
    systems engineers who list it were discounted against software developers).
    ``prior`` False: each tie counts as one holder (the likelihood of ``read`` alone);
    ``jobs`` given: the number to weigh each tie by, as it is."""
    # A specialty tied with its own parent code is one share of the parent's holders,
    # not a peer of it ("Nurse" is listed under registered nurses and all four of their
    # specialties), unless the title typed is its official title ("Biologist" names
    # Biologists, a specialty of biological scientists, all other). ``employment``
    # already counts a specialty as a share and its parent whole.
    parent, shares = specialties(tables.codes)
    tied = np.zeros(len(f), dtype=bool)
    tied[ties] = True
    under = parent[ties]
    with_parent = (under >= 0) & tied[np.maximum(under, 0)]
    named = f[ties, _OFFICIAL] >= EXACT
    if jobs is not None:
        pass
    elif within_soc:
        jobs = np.where(with_parent & ~named, 1.0 / shares[ties], 1.0)
    elif not prior:
        jobs = np.ones(len(ties))
    else:
        jobs = employment(tables.codes)[ties]
        jobs = np.where(with_parent & named, jobs * shares[ties], jobs)
        if read:
            # A field's title is the field's more than general work's (``title_general``).
            jobs = general_capped(tables.codes, ties, read, jobs)
    if read:
        jobs = jobs * likelihood(tables.codes, read)[ties]
    assert jobs is not None
    if behind is not None and (~behind).any():
        jobs = np.where(behind, 0.0, jobs)
    w = tables.weights
    a, b, t = float(w[_MAX]), float(w[_MAX_SQ]), float(tables.temperature)
    top = float(jobs.max())
    others = np.ones(len(f), dtype=bool)
    others[ties] = False
    near = f[others, _MAX].astype(np.float64)
    floor = float((a * near + b * near * near).max()) if len(near) else -math.inf
    for o, n in zip(ties.tolist(), jobs.tolist(), strict=True):
        drop = math.log(top / n) if n > 0 else math.inf
        if drop <= 0.0:
            continue
        x = float(f[o, _MAX])
        # The title's logit part, times T; a hair above the floor keeps the order.
        target = max(a * x + b * x * x - drop * t, floor + 1e-3)
        new = _solve(a, b, target, x)
        if new is not None:
            f[o, _MAX] = new
            f[o, _MAX_SQ] = new * new


def unnamed_ties(tables: MatchTables, ties: np.ndarray, role: str) -> np.ndarray | None:
    """Among the occupations listing the typed title, those whose official title does
    not hold every word of it (each word before any "of ..."), when some others' does;
    None when all or none do.

    O*NET lists a title also under occupations where only some holders use it, and names
    each occupation by the work most of its holders do: "Software Tester" is listed under
    software developers and under "Software Quality Assurance Analysts and Testers". The
    one whose name holds the words is the work they name; employment alone had sent a
    tester to the 1.6 million software developers (71%, testers 29%). A title of two
    words or more only.
    A parent occupation counts as naming what its specialties' titles name.
    Every word, not the last alone: O*NET names holders in its own words ("Security
    Officer" under "Security Guards", not under correctional officers)."""
    words = _HEAD_CUT.sub("", title_texts(tables, role)[-1]).split()
    if len(words) < 2:
        # One word is often the everyday name of work O*NET names in other words:
        # "Server" is listed under "Waiters and Waitresses", most servers, and under
        # "Food Servers, Nonrestaurant", whose name holds it (it had gone to them, 96%).
        return None
    named = named_by(tables.codes)
    holders = np.ones(len(ties), dtype=bool)
    for word in words:
        holders &= _held_by(ties, named.get(word, ()))
    if holders.all() or not holders.any():
        return None
    # Holders whose official title names a narrower group after a comma that the typed
    # title does not name ("History Teachers, Postsecondary" for "History teacher") name
    # that group, not everyone with the title: O*NET lists "History Teacher" under
    # secondary and middle school teachers too, 1.6 million of them against 24 thousand
    # college teachers, who had come first (99%, exposure 95). When every holder is so,
    # employment orders the ties, as for a title no official title names.
    if _narrowed_only(tables, ties, holders, words):
        return None
    # A parent code holds its specialties' holders: "Plant Manager" names biomass power
    # plant managers, and every one of them is an industrial production manager.
    parent = specialties(tables.codes)[0][ties[holders]]
    holders |= _held_by(ties, parent[parent >= 0].tolist())
    return None if holders.all() else ~holders


#: Where a typed title's words end: "chief of staff" is a chief.
_HEAD_CUT = re.compile(r"\s(?:of|for|in|at)\s.*$|\s(?:of|for|in|at)$")


def level_official(tables: MatchTables, f: np.ndarray, ties: np.ndarray, role: str) -> None:
    """Among the occupations tied on the typed title whose official titles each hold
    every word of it, give each the best official-title cosine of them, unless the
    title typed is one's official title.

    Each lists the title typed and names its holders with all its words; how near each
    official name is then says only how many other words it has: "Truck driver" is
    nearer "Light Truck Drivers" than "Heavy and Tractor-Trailer Truck Drivers", and
    that nearness outweighed the heavy drivers' larger share of the people (light 61%,
    heavy 36%). Employment orders them next (``weigh_by_employment``).
    """
    official = f[ties, _OFFICIAL]
    if official.max() >= EXACT:
        return
    named = named_by(tables.codes)
    holding = np.ones(len(ties), dtype=bool)
    words = title_texts(tables, role)[-1].split()
    for word in words:
        holding &= _held_by(ties, named.get(word, ()))
    if len(words) >= 2 and holding.any() and _narrowed_only(tables, ties, holding, words):
        # Their official names are nearer only by the typed words they narrow ("Chemistry
        # Teachers, Postsecondary" for "Chemistry teacher", which O*NET lists under
        # secondary school teachers alone): no nearer than the others tied.
        f[ties, _OFFICIAL] = official.max()
    elif holding.sum() >= 2:
        f[ties[holding], _OFFICIAL] = official[holding].max()


def _narrowed_only(
    tables: MatchTables, ties: np.ndarray, holders: np.ndarray, words: list[str]
) -> bool:
    """Whether every occupation of the ``holders`` of ``ties`` has an official title
    narrowing its holders to one group after a comma, a setting that none of the typed
    ``words`` names nor any other tied occupation's official title holds
    (``title_employment.narrowed_to``: "History Teachers, Postsecondary" for "History
    teacher", tied with secondary and middle school teachers)."""
    groups = narrowed_to(tables.codes)
    typed = set(words)
    named = {groups.get(o, frozenset(typed)) for o in ties[holders].tolist()}
    # One setting: "Model maker" names model makers of metal and of wood alike.
    if len(named) != 1 or not typed.isdisjoint(*named):
        return False
    # Another setting: "Layout Workers, Metal and Plastic" is tied on "Layout worker"
    # with sheet metal workers, whose work is metal too.
    by_word = named_by(tables.codes)
    others = ties[~holders]
    return not any(_held_by(others, by_word.get(w, ())).any() for w in next(iter(named)))


def _solve(a: float, b: float, target: float, x: float) -> float | None:
    """The cosine ``y`` below ``x`` with ``a*y + b*y*y == target``, on the rising side of
    the parabola; None if there is none (a combiner where the title does not rise)."""
    if abs(b) < 1e-12:
        y = target / a if a > 0 else None
    else:
        disc = a * a + 4 * b * target
        if disc < 0:
            return None
        y = (-a + math.sqrt(disc)) / (2 * b)
    if y is None or not (a + 2 * b * y > 0 and y <= x):
        return None
    return max(y, 0.0)


def _held_by(ties: np.ndarray, codes: Iterable[int]) -> np.ndarray:
    """``np.isin(ties, codes)`` for occupation indices, by a set: ``np.isin`` sorts
    through ``np.unique``, whose first call imports ``numpy.ma`` (10-17 ms of a cold
    ``resilience score``)."""
    held = set(codes)
    return np.fromiter((t in held for t in ties.tolist()), bool, len(ties))


def catch_all_as_named(tables: MatchTables, ties: np.ndarray, read: str) -> np.ndarray | None:
    """Employment to weigh exact ties by (``weigh_by_employment``'s ``jobs``) when an
    "..., All Other" occupation ties with one whose official title holds every word of the
    title ``read``: the catch-all counts no more holders than the most held such namesake;
    None when the ties hold no such pair.

    A catch-all's employment is every holder of the many jobs O*NET names nowhere else,
    not the holders of the one title typed; where another occupation bears the title's
    name, most who hold the title hold that one. "Mediator" with "conflict resolution;
    negotiation" had gone to business operations specialists, all other (85%: 1.1
    million), not to arbitrators, mediators and conciliators (15%: 9 thousand)."""
    from career_resilience.skills.occupations import occupation_table

    words = read.split()
    if not words:
        return None
    named = named_by(tables.codes)
    holders = np.ones(len(ties), dtype=bool)
    for word in words:
        holders &= np.isin(ties, named.get(word, ()))
    table = occupation_table()
    residual = np.array(
        [
            (o := table.get(tables.codes[k])) is not None and o.title.endswith("All Other")
            for k in ties
        ]
    )
    if not holders.any() or not (residual & ~holders).any():
        return None
    jobs = employment(tables.codes)[ties]
    return np.where(residual & ~holders, np.minimum(jobs, jobs[holders].max()), jobs)
