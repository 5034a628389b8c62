"""The pivots shown for one person, as records, and whose work is the person's own.

The pivot path (``model/pivot_scoring.py``, for one person or a batch) works out the
figures as arrays over the candidates and hands them here, so what a shown pivot
carries is written once; how the list is cut and ordered is ``model/pivot_order.py``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from career_resilience.model.pivot_frame import Frame
from career_resilience.model.pivot_left_out import LeftOut
from career_resilience.model.pivot_licences import LICENCES
from career_resilience.model.pivot_steps import overseen_by_own
from career_resilience.model.pivot_table import TargetTable
from career_resilience.model.pivot_targets import Target

if TYPE_CHECKING:  # the scorer's Person is built there; only its fields are read here
    from career_resilience.model.pivot_scoring import Person
    from career_resilience.model.pivot_withheld import Withheld

#: Matched occupations below this probability do not bring their related occupations.
MIN_MATCH = 0.05
#: From MINE up a matched occupation counts as the person's own (not a pivot); below
#: MIN_MATCH it brings no related occupations.
MINE = 0.2
#: A weaker match counts as the person's own only from this share of the best match's
#: probability: a lesser reading of the same work is no licence they hold. A piano
#: teacher placed 68% self-enrichment teaching and 22% secondary school teaching had
#: been read as holding a teaching licence, so special education teaching (a
#: bachelor's and a state licence first) came first, as for a teacher; a surgeon's
#: weaker dental match had sent them to dentistry.
OWN_SHARE = 0.5
#: A weaker match that holds a licence the best match's work does not counts as the
#: person's own only where the matches holding that licence are together more likely
#: than not (from LICENSED of the probability): the licence is a claim about them,
#: and the plan and the order of their moves rest on it. A "Driving instructor" placed
#: 52% self-enrichment teaching and 38% career/technical education teaching (half the
#: best's, so their own by OWN_SHARE) had been read as holding a teaching licence:
#: four special education and kindergarten teaching moves, none asking school.
LICENSED = 0.5


@dataclass
class Scored:
    """One pivot kept for a person, with the evidence its texts are written from."""

    target: Target
    fit: float
    similarity: float | None
    core: tuple[str, ...]
    core_held: tuple[str, ...]
    products: tuple[str, ...]
    products_held: dict[str, str]
    zone_step: int
    closeness: float
    tier: str
    tier_of: str  # the matched occupation that lists it as related ("" for a role)
    exposure_change: float
    resilience_change: float
    rank: float = 0.0
    step_up: bool = False  # a supervisor or inspector of the person's own kind of work
    closer: float = 0.0  # share of O*NET's related pairs whose activities are less alike
    #: Whether the resilience it adds ranked it (``pivot_rank.in_reach``): the flag
    #: the rank used, so its words ("Ranked above ... for the resilience it adds") agree.
    reach: bool = True
    #: A close move that costs resilience, shown to fill a short list
    #: (``pivot_thresholds.NEAR_COST``): its words say what it costs.
    near: bool = False


class Shown(list[Scored]):
    """The pivots shown for one person, best first, and the related moves at their own
    level that the rules left out when none was kept (``left_out``: for the note), and
    the closest of them named (``withheld``)."""

    left_out: LeftOut | None = None
    #: The closest first-tier relative the rules left out, and why (``pivot_withheld``).
    withheld: Withheld | None = None


class Figures(NamedTuple):
    """Each candidate's figures, by position in the candidate columns, that a shown
    pivot carries; one score's path and the batch path build it the same way."""

    slots: np.ndarray
    fit: np.ndarray
    sims: np.ndarray
    known: np.ndarray
    step: np.ndarray
    close: np.ndarray
    exposure_change: np.ndarray
    change: np.ndarray
    rank: np.ndarray
    up: np.ndarray
    closer: np.ndarray
    reach: np.ndarray
    #: Close moves that cost resilience, shown to fill a short list (None: none).
    near: np.ndarray | None = None


def scored_at(
    table: TargetTable,
    frame: Frame,
    person: Person,
    held_map: dict[int, dict[str, str]],
    f: Figures,
    k: int,
) -> Scored:
    """The pivot shown for candidate ``k``: its target, figures and evidence, as Python
    values (the texts and the JSON read them one at a time)."""
    j = int(f.slots[k])
    needs = table.needs[j]
    core = frame.step_core.get(j, needs.core)
    return Scored(
        table.as_seen(j, person.categories),
        float(f.fit[k]),
        float(f.sims[k]) if f.known[k] else None,
        core,
        tuple(x for x in core if x in person.held),
        needs.products,
        held_map.get(j, {}),
        int(f.step[k]),
        float(f.close[k]),
        *tier_of(table, frame, person, j),
        float(f.exposure_change[k]),
        float(f.change[k]),
        float(f.rank[k]),
        bool(f.up[k]),
        float(f.closer[k]),
        bool(f.reach[k]),
        f.near is not None and bool(f.near[k]),
    )


def own_work(
    matches: Sequence[tuple[str, float]], placed_before: Sequence[str] = ()
) -> tuple[str, ...]:
    """The person's own work, as what it is licensed for is read: the matched
    occupations the match gave real weight (``MINE`` up, and ``OWN_SHARE`` of the best
    match's), the best match, and those placed before a "that's not me" choice."""
    # Read a dozen times for each person scored (licences, routes, each pivot's texts):
    # kept per person (two tuples hashed cost a third of working it out again).
    return _own_work(tuple(matches), tuple(placed_before))


@functools.lru_cache(maxsize=4_096)
def _own_work(
    matches: tuple[tuple[str, float], ...], placed_before: tuple[str, ...]
) -> tuple[str, ...]:
    """:func:`own_work` of hashable arguments."""
    if not matches:
        return tuple(placed_before)
    best = matches[0][0]
    floor = max(MINE, matches[0][1] * OWN_SHARE)
    own = [c for c, p in matches if p >= floor and (c == best or _likely(c, best, matches))]
    return (*own, *([best] if best not in own else []), *placed_before)


def _likely(code: str, best: str, matches: tuple[tuple[str, float], ...]) -> bool:
    """Whether every licence ``code``'s work holds and ``best``'s does not is held by
    matches together as likely as ``LICENSED`` (True where it holds none of its own)."""
    return all(
        sum(p for c, p in matches if c.startswith(lic.held_by)) >= LICENSED
        for lic in LICENCES
        if code.startswith(lic.held_by) and not best.startswith(lic.held_by)
    )


def used_matches(person: Person) -> list[tuple[str, float]]:
    """The matched occupations whose related occupations are candidates: those from
    ``MIN_MATCH`` up, or, where none is (no match vouches for the work, ``vouched``),
    the best three, which are where the skills typed point: "Unemployed" with forklift
    and inventory is placed industrial truck operators at 1% and had been offered no
    move (a hand-written role then needs a typed skill to point to it,
    ``pivot_rules.move_rules``'s ``placed``)."""
    used = [(c, p) for c, p in person.matches[:3] if p >= MIN_MATCH]
    if len(used) > 1:
        used = _not_overseen(used, own_work(person.matches, person.placed_before))
    return used or list(person.matches[:3])


def _not_overseen(used: list[tuple[str, float]], own: tuple[str, ...]) -> list[tuple[str, float]]:
    """``used`` without the weaker matches (under ``MINE``) that are work the person's own
    oversees (``pivot_steps.overseen_by_own``): such a match is the staff their work manages,
    and its relatives are that staff's moves, not theirs. A "Restaurant manager" placed
    Food Service Managers 67% and Cooks, Restaurant 19% had been offered butchery and
    bakery work, restaurant cooks' relatives, once the cooking itself was no move."""
    over = overseen_by_own(own)
    if not over:
        return used
    return [(c, p) for c, p in used if p >= MINE or not c.startswith(over)]


def vouched(person: Person) -> bool:
    """Whether a match vouches for the person's work (one from ``MIN_MATCH`` up)."""
    return any(p >= MIN_MATCH for _, p in person.matches[:3])


def tier_of(table: TargetTable, frame: Frame, person: Person, slot: int) -> tuple[str, str]:
    """The O*NET tier of the closest listing of ``slot``, and the occupation listing it."""
    k = frame.position[slot]
    if k >= len(frame.tiers):
        return "", ""
    used = used_matches(person)[: frame.tiers.shape[1]]
    row = frame.tiers[k].tolist()
    # The first of the best (as argmax picks), in plain Python: a row has one to three.
    weighted = [t * p for t, (_, p) in zip(row, used, strict=False)]
    j = weighted.index(max(weighted))
    return frame.tier_name(table, k, j), used[j][0]
