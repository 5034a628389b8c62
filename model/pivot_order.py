"""The order of the pivots shown: which of the moves the rules offer make the list, and
in what order (moves that raise resilience first, level moves and steps down only to
fill it, one step up in the person's line, long shots last).

The pivot path (``model/pivot_scoring.py``) hands it each person's moves ranked best
first; split from ``model/pivot_shown.py``, which builds the shown
records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from career_resilience.model.pivot_level import level_places, school_places
from career_resilience.model.pivot_rules import Moves
from career_resilience.model.pivot_thresholds import MIN_GAIN, NEAR_FILL

if TYPE_CHECKING:  # the scorer's Person is built there; only its fields are read here
    from career_resilience.model.pivot_scoring import Person


def shown_order(
    ranked: np.ndarray,
    moves: Moves,
    up: np.ndarray,
    person: Person,
    route: np.ndarray | None = None,
    start: int = 0,
) -> list[int]:
    """The pivots shown, best first, with one step up in the person's line among them.

    Moves come in rank order, except that one about as resilient (``level``) comes
    after every move in reach that raises resilience; a move out of the person's reach
    (``moves.far``) earns no rank for its gain, so it is placed by fit and closeness, as
    a level move is (for one who need not move: moves in reach, then level moves, then
    those out of reach); steps down fill the list up to ``person.fill``. Long shots
    (``moves.long_shot``) come after every move that is not one, steps down included,
    so they only fill a list with room: a musician's music therapy (fit 11%, two years
    of certification) had been first, above dance (78%) and acting (88%), and a park
    naturalist's recreation work (17%) above conservation science (89%); long shots
    for years of new school (``moves.school``) come after those, fewer years first (a
    pharmacist's nurse practitioner work, then family medicine); a move that asks a new
    degree first (``moves.degree``) comes after the moves that ask none. A step up
    that costs resilience (``costly``: offered to a person who need not move, and as
    anyone's natural step) is kept only as that one, after every other pivot but the
    long shots. When no step up would be shown,
    the best one takes the place of the last pivot that would, before any long shot,
    so a cashier sees retail supervision and a plumber building inspection beside the
    moves that raise resilience more. Of the moves behind one licence the person
    lacks (``route``, ``model/pivot_routes.py``, by place from ``start`` in the
    candidate columns) only the best ranked is kept.
    """
    # Close moves that cost resilience only fill a short list (``NEAR_FILL``), last.
    nears: list[int] = []
    if moves.near is not None:
        nears = first_of_each(ranked[moves.near[ranked]], route, start).tolist()
        ranked = ranked[~moves.near[ranked]]
    ranked = first_of_each(ranked, route, start)
    down, level, costly, long_shot = moves.down, moves.level, moves.costly, moves.long_shot
    # The one costly step up comes after the moves at the person's level too: a hair
    # stylist's list had put supervising (-10 points) above skincare work (-1).
    dear = ranked[costly[ranked]][:1]
    far, lower = moves.far, down | costly
    # The moves a level one goes after: in reach, raising resilience, and shown before
    # the long shots (a long shot ranked above a bus driver's subway work had pushed it
    # past the list's end, behind a step down).
    leads = ~level & ~far & ~long_shot
    if person.calm:
        # Options for one who need not move: the moves they have a way into, then those
        # at their own level, then those out of their reach (a pilot's first option was
        # commercial diving, fit 29%, none of its skills, before ship engineering, 53%).
        # (A level move keeps its rank place above one that gains little more than it
        # does: ``pivot_level``.)
        near = ranked[~lower[ranked] & (level[ranked] | ~far[ranked])]
        near = level_places(near, level, leads, moves.change, moves.fit)
        kept = np.concatenate([near, ranked[far[ranked] & ~level[ranked] & ~lower[ranked]]])
    else:
        # In rank order, each move level in resilience after every move in reach that
        # raises it: out of reach, a move's gain earns it no rank, so it is placed among
        # the level moves by fit and closeness alone (a logistics analyst's industrial
        # engineering, fit 25%, out of reach, had come before logistics work, 73%).
        # A level move keeps its rank place above one that gains little more than it
        # does (``pivot_level``: a forklift driver's paving work, +2, above machine
        # feeding, fit 72% and +1, "for the resilience it adds").
        kept = level_places(ranked[~lower[ranked]], level, leads, moves.change, moves.fit)
    shots = kept[long_shot[kept]]
    if moves.school is not None:  # fewer years of new school first, by rank within
        shots = shots[np.argsort(moves.school[shots], kind="stable")]
    shots = shots.tolist()
    shown = kept[~long_shot[kept]].tolist()[: person.limit]
    fill = max(0, min(person.limit, person.fill) - len(shown))
    downs = ranked[down[ranked] & ~costly[ranked]]
    # Steps down only fill, long shots among them last of all.
    downs = np.concatenate([downs[~long_shot[downs]], downs[long_shot[downs]]])[:fill].tolist()
    shown += [k for k in downs if not long_shot[k]]
    # Of the moves shown before the long shots, those that ask a new degree first come
    # after those that ask none (a pharmacist's physician assistant master's had been
    # first, above running a health service).
    degree = np.zeros(len(long_shot), bool) if moves.degree is None else moves.degree
    shown = [k for k in shown if not degree[k]] + [k for k in shown if degree[k]]
    # A hand-written role out of the person's reach that would leave them clearly more
    # exposed comes after those (``Moves.exposed_claim``): none of its skills and a rise
    # in exposure, its case is only the claim that their kind of work leads into it (a
    # food service manager's AI governance lead, +18 exposure, had been listed above
    # running a hotel, the move O*NET relates to theirs).
    late = moves.exposed_claim
    if late is not None:
        shown = [k for k in shown if not late[k]] + [k for k in shown if late[k]]
    if moves.slow is not None and moves.change is not None and moves.fit is not None:
        # A year of school first is worth a place only above a move it clearly betters
        # (``pivot_level.school_places``); steps down, long shots and moves out of reach
        # (whose gain ranks nothing) stay after.
        quick = ~moves.slow & ~degree & ~down & ~long_shot & ~far
        shown = school_places(shown, moves.slow, quick, moves.change, moves.fit)
    _place_costly_step(shown, dear, moves, person)
    shown += (shots + [k for k in downs if long_shot[k]])[: max(0, person.limit - len(shown))]
    shown += [k for k in dear.tolist() if long_shot[k]][: max(0, person.limit - len(shown))]
    ranked = np.concatenate([ranked[~costly[ranked]], dear])
    steps = ranked[up[ranked] & ~down[ranked]]
    steps = np.concatenate([steps[~long_shot[steps]], steps[long_shot[steps]]])
    if (
        person.limit >= 2
        and len(steps)
        and not up[shown].any()
        and _room(steps, shown, moves, person)
    ):
        step = int(steps[0])
        shown = shown[: person.limit - 1]
        # Before any long shot (and, asking no new degree, before the moves that do).
        after = long_shot if degree[step] else long_shot | degree
        at = len(shown) if long_shot[step] else _first_long_shot(shown, after)
        shown.insert(at, step)
    fill_to = min(person.limit, NEAR_FILL)
    firm = sum(not long_shot[k] for k in shown)
    if nears and firm < fill_to:
        # A close move fills a free place; one as close as O*NET's first tier or a typical
        # related move (``Moves.close_near``) takes a long shot's too, which only fills a
        # list with room: a librarian's curator work (fit 44%, +12; O*NET lists
        # librarians first among curators' relatives) had been left out behind two long
        # shots (fit 21% and 16%), a physical therapist's occupational therapy behind a
        # nurse practitioner's years of school. (A kitchen manager's farm labour
        # contracting, a loose relative the other way, still only fills a free place.)
        room = max(0, fill_to - len(shown))
        close = moves.close_near
        extra = [k for k in nears[room:] if close is not None and close[k]]
        # Before the long shots and a step up that costs resilience: close to the
        # person's work, its cost said (a hair stylist's barbering, −2, before
        # supervising, −9, the step that comes last); one that costs resilience after
        # the moves that raise it by way of a new degree, one that raises it (work that
        # lists the person's, ``pivot_rules``' reverse) before them.
        gain = moves.change
        # Either way before a role out of reach that would leave them clearly more
        # exposed (``Moves.exposed_claim``): a lodging manager's recreation management
        # (+3 exposure) before AI transformation work (+21, none of its skills).
        after = long_shot | costly if late is None else long_shot | costly | late
        for k in (nears[:room] + extra)[: fill_to - firm]:
            raises = gain is not None and gain[k] >= MIN_GAIN
            at = _first_long_shot(shown, after | (degree if raises else False))
            shown.insert(at, k)
        while len(shown) > person.limit and long_shot[shown[-1]]:
            shown.pop()
    return shown


def _place_costly_step(shown: list[int], dear: np.ndarray, moves: Moves, person: Person) -> None:
    """Put the one costly step up (``dear``, none or one) into ``shown``, if it has room
    and is no long shot: before the hand-written roles out of the person's reach where
    it is in reach, else after the moves shown.

    The costly step up comes before any long shot: a step in the person's own line that
    fits (``NATURAL_STEP``) is a move a coach would name before one that fits under
    LONG_SHOT (an insurance agent's pharmacy technician work, fit 12%, had been listed
    above supervising sales, 71%). Where it has a place, it goes before the hand-written
    roles out of the person's reach (``moves.role`` and ``moves.far``: a claim with none
    of their skills behind it), not after them: a kitchen manager's AI transformation
    programme management (fit 32%, +36 exposure) had been listed above running the food
    service (fit 78%), the step their work leads to. (Before O*NET's own relatives out of
    reach it would put a step that costs resilience first: a crossing guard's
    supervising security work, -15 and shrinking, above highway maintenance, +19.)
    """
    long_shot, far = moves.long_shot, moves.far
    steps_in = [k for k in dear.tolist() if not long_shot[k]][: max(0, person.limit - len(shown))]
    if not steps_in:
        return
    claims = far if moves.role is None else far & moves.role
    at = len(shown)
    if not far[steps_in[0]]:
        at = next((i for i, k in enumerate(shown) if claims[k]), len(shown))
    shown.insert(at, steps_in[0])


def _room(steps: np.ndarray, shown: list[int], moves: Moves, person: Person) -> bool:
    """Whether the best step up may take the last place: one that costs resilience, for
    a person who should weigh a move, takes only a free place, a long shot's or a step
    down's, never that of a move that raises their resilience."""
    step = int(steps[0])
    if person.calm or not moves.costly[step] or len(shown) < person.limit:
        return True
    return bool(moves.long_shot[shown[-1]] or moves.down[shown[-1]])


def first_of_each(ranked: np.ndarray, route: np.ndarray | None, start: int = 0) -> np.ndarray:
    """``ranked`` (best first) with only the first candidate of each route kept
    (``route[k - start]`` is candidate ``k``'s)."""
    if route is None or not (route[ranked - start] >= 0).any():
        return ranked
    seen: set[int] = set()
    keep = []
    for k in ranked.tolist():
        r = int(route[k - start])
        if r >= 0:
            if r in seen:
                continue
            seen.add(r)
        keep.append(k)
    return np.array(keep, dtype=ranked.dtype)


def _first_long_shot(shown: list[int], long_shot: np.ndarray) -> int:
    """The place of the first long shot among ``shown`` (its length when none is)."""
    return next((i for i, k in enumerate(shown) if long_shot[k]), len(shown))
