"""Years of new licensed schooling a move asks, counted in the fit as job-zone steps.

A job zone up costs the fit ``ZONE_PENALTY`` for each step past the first
(``model/pivot_scoring.py``): more preparation, a longer way in. A licence the person's
work does not hold (``model/pivot_licences.py``) is preparation too, and the job zone
can hide it: a pharmacist and a family physician are both zone 5, yet the move is four
years of medical school and three of residency. So the licence's years count as the
zone steps they amount to (a step of O*NET's job zones is about two years of school:
an associate's degree, then a bachelor's, then a graduate degree), and the fit takes the
larger of the two: a move up a zone whose licence is that zone's schooling (a nursing
assistant's to registered nursing) is not counted twice.

Which licence a move needs is :func:`licence_into`, the one rule the plan's licence step
and the fit's years both read.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

import numpy as np

from career_resilience.model.pivot_frame import Frame
from career_resilience.model.pivot_licences import (
    degree_typed,
    licence_named,
    licence_needed,
    licence_of,
)
from career_resilience.model.pivot_shown import own_work, used_matches
from career_resilience.model.pivot_steps import first_line
from career_resilience.model.pivot_table import TargetTable
from career_resilience.model.pivot_targets import Target

if TYPE_CHECKING:
    from career_resilience.model.pivot_scoring import Person

#: Weeks of full-time school one job zone step amounts to (O*NET: zone 3 is vocational
#: school or an associate's degree, zone 4 a bachelor's, zone 5 a graduate degree).
WEEKS_PER_ZONE = 104
#: Weeks of school before the work from which a licence's school is counted at all
#: (:func:`licence_steps`): a year (a surgical assisting programme and its
#: certification) is no degree, yet no plan beside the work either: such a move comes
#: after a quicker one that gains as much (``pivot_level.school_places``).
YEAR_OF_SCHOOL = 52
#: A hand-written plan step with this in its words is the licence step already.
LICENSING = "licen"


def licence_into(target: Target, own: Iterable[str], held: Collection[str] = ()) -> str:
    """The licence a move into ``target`` needs that work in the ``own`` occupations, or
    a skill ``held`` (a typed CDL), does not hold ("" for none). A first-line
    supervisor's step needs its licence only where one is listed for the supervisor
    itself (police supervisors are sworn officers: a parking enforcement officer's step
    into police supervision had read "Learn Policing: a short course"); over one's own
    licensed work it is held.

    A hand-written role is licensed as its first anchor is (a data-centre electrician is
    an electrician), unless its own plan has a step for the licence already (the
    practical nurse's "Pass the licensing exam").
    """
    # Most targets need no licence: settled before the person's own work is read.
    # The work assisted may need one (an LPN's), and so does a school's administration
    # (the administrator licence, after teaching: an instructional designer's step had
    # named neither).
    code = target.onet_soc
    if licence_of(code) is None:
        return ""
    if target.pivot is not None and any(LICENSING in x.step.lower() for x in target.pivot.plan):
        return ""
    return licence_needed(code, own, held)


def licence_steps(
    table: TargetTable,
    frame: Frame,
    person: Person,
) -> np.ndarray | None:
    """Per candidate of ``frame``, the job-zone steps of the school a licence the move
    needs asks of ``person`` (its weeks over ``WEEKS_PER_ZONE``), or None when no
    candidate's counts (under ``YEAR_OF_SCHOOL`` never does). A step costs no fit (a zone
    step up is free) but orders the list: a move that asks a new degree first comes after
    the moves that do not, one that asks a year of school after a quicker one that gains
    as much (``pivot_order.shown_order``).

    The person's own work (``own_work``: the plan's :func:`licence_into` reads the
    same) decides which licences they hold; their categories how they read a target
    written for newcomers (``TargetTable.as_seen``); a degree they typed may be the
    licence's ("MSW").
    """
    counted = frame.cached("school", lambda: _could_count(table, frame))
    if not counted:
        return None
    own = own_work(person.matches, person.placed_before)
    zones = frame.columns["zone"]
    steps = None
    for k, slot, recheck, degree in counted:
        target = table.as_seen(slot, person.categories) if recheck else table.targets[slot]
        held = person.held
        name = (
            licence_into(target, own, held)
            if recheck
            else licence_needed(target.onet_soc, own, held)
        )
        if not name or (degree and degree_typed(name, person.typed_text)):
            continue
        weeks = school_weeks(name)
        if weeks >= YEAR_OF_SCHOOL:
            if steps is None:
                steps = np.zeros(len(frame.slots))
            up = zones[k] - person.zone if zones[k] > 0 and person.zone > 0 else 0
            steps[k] = max(weeks / WEEKS_PER_ZONE, degree_steps(name, up))
    return steps


def degree_steps(name: str, zone_step: int) -> int:
    """The job-zone steps of the degree a licence taken WITH it (``Licence.with_degree``)
    asks of a move up into its zone: from work a zone below a school teacher's, the way
    in is a bachelor's in education, not the year of alternative certification its weeks
    count for degree holders. A ski instructor (zone 3, self-enrichment teaching) had
    been shown special education teaching first (fit 87%, a year of school) above
    teaching assistant work open now; a degree first comes after (``Moves.degree``).
    ``zone_step`` is the move's job-zone step (0 where a zone is unknown)."""
    if zone_step <= 0 or not name or not licence_named(name).with_degree:
        return 0
    return int(zone_step)


def _could_count(table: TargetTable, frame: Frame) -> list[tuple[int, int, bool, bool]]:
    """The candidates of ``frame`` whose licence could count, whoever moves: a year of
    school or more at most (``YEAR_OF_SCHOOL``, with the licence it is taken after), and not
    a step up to supervise (:func:`licence_into`). Each with whether the person's
    reading of it must be checked again (an entry for newcomers, ``as_seen``) and
    whether a typed degree may stand for it. Most frames have none."""
    slots, up = frame.columns["slots"], frame.columns["up"]
    # Whether a slot's licence could count is the slot's alone: worked out on the first
    # frame that lists it and kept by the table (a fresh frame reads it in one step).
    school = table.school
    for slot in slots[school[slots] < 0].tolist():
        lic = licence_of(table.targets[slot].onet_soc)
        school[slot] = lic is not None and _most_weeks(lic.name) >= YEAR_OF_SCHOOL
    found = []
    for k in np.flatnonzero(school[slots] == 1).tolist():
        slot = int(slots[k])
        target = table.targets[slot]
        lic = licence_of(target.onet_soc)
        if lic is None:  # (never: a slot that could count has a licence)
            continue
        # A person in its field may read another entry of it (``as_seen``), whose plan
        # has no licence step of its own: theirs is read again, person by person.
        recheck = table.has_own_entry(slot)
        if recheck and up[k] and first_line(target.onet_soc):
            continue
        if not recheck and not licence_into(target, ()):
            continue  # a plan with its own licence step
        found.append((k, slot, recheck, bool(lic.degree)))
    return found


def _most_weeks(name: str) -> float:
    """School weeks of the licence ``name`` and of the one it is taken after, if any."""
    lic = licence_named(name)
    return school_weeks(name) + (school_weeks(lic.after) if lic.after else 0.0)


def school_weeks(name: str) -> float:
    """The weeks of school before the work that the licence called ``name`` asks: its
    weeks, none for one learnt in paid work (an apprenticeship, ``Licence.paid``)."""
    lic = licence_named(name)
    return 0.0 if lic.paid or lic.kind == "apprenticeship" else lic.weeks


def paid_weeks(name: str) -> float:
    """The weeks of paid learning (an apprenticeship, ``Licence.paid``) the licence called
    ``name`` asks before the licence, when they are a year or more (0 otherwise): the fit
    does not count them (no school before the work), so its texts say them."""
    if not name:
        return 0.0
    lic = licence_named(name)
    paid = lic.paid or lic.kind == "apprenticeship"
    return lic.weeks if paid and lic.weeks >= YEAR_OF_SCHOOL else 0.0


def plain_school(name: str) -> float:
    """The weeks of school before the work the licence called ``name`` asks when they are
    a year or more that the fit does not count (:func:`counted_weeks`: a job zone
    step's worth at most; 0 otherwise): its texts say them all the same."""
    weeks = school_weeks(name) if name else 0.0
    return weeks if YEAR_OF_SCHOOL <= weeks <= WEEKS_PER_ZONE else 0.0


def counted_weeks(name: str) -> float:
    """The school weeks of the licence called ``name`` when the fit counts them (more
    than one job zone step's, ``WEEKS_PER_ZONE``; 0 otherwise): its texts say so."""
    weeks = school_weeks(name) if name else 0.0
    return weeks if weeks > WEEKS_PER_ZONE else 0.0


def listed_by_own(table: TargetTable, frame: Frame, person: Person) -> np.ndarray | None:
    """Per candidate of ``frame``, whether it may ask new licensed school of ``person``:
    an O*NET relative of their own work (``own_work``), a step up, or a hand-written
    role (None when every match that brings relatives is their own work).

    A relative that only a weaker match lists comes with that match's uncertainty: a
    "Family doctor" matched Child, Family, and School Social Workers at 5% (the word
    "family"), whose relatives brought marriage and family therapy (a counselling
    master's) to a physician; a staff nurse's 12% psychiatric nursing, occupational
    therapy (a master's); a nurse midwife's 11% midwives, acupuncture (a graduate
    programme). Years of school are no move to offer on such a guess
    (``pivot_rules.move_rules``).
    """
    used = used_matches(person)[: frame.tiers.shape[1]] if len(frame.tiers) else []
    own = own_work(person.matches, person.placed_before)
    mine = tuple(code in own for code, _ in used)
    if all(mine):
        return None

    def build() -> np.ndarray:
        listed = np.ones(len(frame.slots), bool)
        related = frame.tiers[:, : len(mine)][:, np.array(mine, bool)] > 0
        listed[: len(frame.tiers)] = related.any(axis=1) | frame.columns["up"][: len(frame.tiers)]
        return listed

    return frame.cached(("listed_by_own", mine), build)
