"""Fit, trade-offs and rank of every target for every person of a batch, as arrays.

Each quantity is a people x slots matrix over the :class:`TargetTable`; a slot that is
not a candidate for a person (not related to their occupations, not a role they could
take) has closeness -1 and is never kept. Only the pivots shown become records
(:class:`Scored`), so the texts are built for five pivots, not for sixty candidates.
The formulas are in ``model/occupation_pivots.py`` and in the README ("Pivots").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from career_resilience.model import formulas
from career_resilience.model.pivot_frame import Frame
from career_resilience.model.pivot_products import Product, Typed
from career_resilience.model.pivot_rules import (
    ROLE_CLOSER,
    left_out_at_level,
    move_rules,
    slot_flags,
)
from career_resilience.model.pivot_shown import (
    Figures,
    Shown,
    scored_at,
    shown_order,
    used_matches,
)
from career_resilience.model.pivot_steps import OVERSEEN
from career_resilience.model.pivot_table import TargetTable
from career_resilience.model.pivot_targets import SAME_CATEGORY

W_ACTIVITIES, W_SKILLS, ZONE_PENALTY = 0.6, 0.4, 0.08
#: Core skills and key products from which the skills part of the fit has its full weight.
FULL_EVIDENCE = 6
W_FIT, W_CLOSE, W_GAIN, GAIN_SCALE = 0.5, 0.25, 0.25, 20.0
#: From MINE up a matched occupation counts as the person's own (not a pivot); below
#: MIN_MATCH (model/pivot_shown.py) it brings no related occupations.
MINE = 0.2
#: A step down in job zone (less preparation, usually less pay) is offered only with a
#: better BLS outlook than the person's own, and only to bring a short list up to
#: ``Person.fill`` (none for a person who is already resilient).
FALLBACK_FILL = 3
#: Which candidates are offered at all is ``model/pivot_rules.py`` (both paths call it).


@dataclass(frozen=True)
class Person:
    """What the batch scorer needs of one person (built by the scorer from a Standing)."""

    matches: tuple[tuple[str, float], ...]
    held: frozenset[str]
    typed: Typed
    exposure: float
    resilience_now: float
    categories: dict[str, float]
    breadth: int
    zone: int
    bls: float  # BLS projected change of the person's best-matched occupation (NaN: none)
    rows: list[int]  # the matched occupations' rows of the activity matrix
    weights: np.ndarray  # their match probabilities
    limit: int
    fill: int = FALLBACK_FILL  # steps down may bring a short list up to this many
    doctoral: bool = False  # already in work whose way in is a doctoral degree
    calm: bool = False  # told they need not move (the list is options)
    placed_before: tuple[str, ...] = ()  # matched before they chose another: not moves


def score_batch(table: TargetTable, people: Sequence[Person]) -> list[Shown]:
    """The shown pivots of every person, best first.

    Every person's candidate slots are laid end to end in one flat array (``seg`` says
    whose each is), so each formula below is one array operation for the whole batch.
    """
    frames = [_frame(table, p) for p in people]
    col = _columns(frames)
    cats = _categories(table, people)
    close = _joined(
        [
            _closeness(table, f, p, cats[i])
            for i, (f, p) in enumerate(zip(frames, people, strict=True))
        ]
    )
    seg = np.repeat(np.arange(len(people)), [len(f.slots) for f in frames])
    sims, known = _similarities(table, people, col, seg)
    up = col["up"] & (close >= 0)
    shared_sims = np.where(up, OVERSEEN + (1 - OVERSEEN) * sims, sims)
    # Relative: how much closer than O*NET's own related moves (0.5: a typical one).
    closer = table.closeness_rank(shared_sims)
    activities = np.where(known, closer, 0.5 * close)
    counts = [_core_counts(table, p, f) for f, p in zip(frames, people, strict=True)]
    core_held = _joined(counts)
    ways = [way_in(table, p, f, c) for f, p, c in zip(frames, people, counts, strict=True)]
    # Most people hold no role's off-kind skill: their counts are the ways in.
    opens = core_held if all(w is c for w, c in zip(ways, counts, strict=True)) else _joined(ways)
    held_maps = [_products(table, p, f) for f, p in zip(frames, people, strict=True)]
    core_len, product_len = col["core_len"], col["product_len"]
    products_held = np.minimum(
        _joined([_counts(m, f) for m, f in zip(held_maps, frames, strict=True)]), product_len
    )
    skills = np.where(core_len > 0, 2 * core_held / np.maximum(core_len, 1), 0.0)
    skills = skills + np.where(product_len > 0, products_held / np.maximum(product_len, 1), 0.0)
    # The skills part weighs as much as there is evidence for it: a target naming one
    # core skill says less about readiness than one naming seven and six products, and
    # a person who named no skill gave no evidence either way.
    told = _each([bool(p.held or p.typed) for p in people], seg)
    weight = 2 * (core_len > 0) + (product_len > 0)
    items = np.minimum(1.0, (core_len + product_len) / FULL_EVIDENCE) * told
    w_skills = W_SKILLS * items * (weight > 0)
    fit = (W_ACTIVITIES * activities + w_skills * skills / np.maximum(weight, 1)) / (
        W_ACTIVITIES + w_skills
    )
    zone, zone_now = col["zone"], _each([p.zone for p in people], seg)
    step = np.where(zone_now > 0, np.where(zone > 0, zone, zone_now) - zone_now, 0)
    fit = np.minimum(np.maximum(fit - ZONE_PENALTY * np.maximum(0, step - 1), 0.0), 1.0)
    # A move into a new kind of work adds one to the categories the skills span.
    breadth = _each([p.breadth for p in people], seg) + (cats[seg, col["category"]] < 0.3)
    exposure = col["exposure"]
    after = formulas.resilience(
        exposure, col["substitution"], col["outlook"], formulas.breadth(breadth)
    )
    change = after - _each([p.resilience_now for p in people], seg)
    exposure_change = exposure - _each([p.exposure for p in people], seg)
    reach = in_reach(core_len, product_len, core_held, products_held, told, alike(known, closer))
    rank = rank_of(fit, close, change, reach, col["hand_written"])
    flags = slot_flags(col)
    moves = move_rules(
        col,
        flags,
        close=close,
        fit=fit,
        change=change,
        exposure_change=exposure_change,
        up=up,
        sims=sims,
        shared_sims=shared_sims,
        closer=closer,
        known=known,
        core_held=core_held,
        way_in=opens,
        products_held=products_held,
        step=step,
        calm=_each([p.calm for p in people], seg),
        doctoral=_each([p.doctoral for p in people], seg),
        own_bls=_each([p.bls for p in people], seg),
        reach=reach,
    )
    worth = moves.worth
    slots, order = col["slots"], col["order"]
    kept = np.flatnonzero(worth)
    # Best first within each person; ties keep the order the candidates were found in.
    kept = kept[np.lexsort((order[kept], -rank[kept], seg[kept]))]
    starts = np.searchsorted(seg[kept], np.arange(len(people) + 1))
    figures = Figures(
        slots, fit, sims, known, step, close, exposure_change, change, rank, up, closer, reach
    )
    out = []
    ends = np.cumsum([len(f.slots) for f in frames]).tolist()
    for i, person in enumerate(people):
        ranked = kept[starts[i] : starts[i + 1]]
        order_shown = shown_order(ranked, moves, up, person)
        shown = Shown(
            scored_at(table, frames[i], person, held_maps[i], figures, k) for k in order_shown
        )
        if all(step[k] > 0 for k in order_shown):  # as one score's path
            part = slice(ends[i] - len(frames[i].slots), ends[i])
            shown.left_out = left_out_at_level(
                col, flags, moves, part, figures, order_shown, person.fill
            )
        out.append(shown)
    return out


def in_reach(
    core_len: np.ndarray,
    product_len: np.ndarray,
    core_held: np.ndarray,
    products_held: np.ndarray | float,
    told: object,
    work_alike: np.ndarray | bool = True,
) -> np.ndarray:
    """Per slot, whether the resilience the move adds is within the person's reach.

    In reach: the person holds one of its core skills or key products. Holding none,
    the skills decide when they can: the person named skills (or their title or duties
    named some) and the target names core skills and, with its key products, enough of
    them for the skills part of the fit to weigh fully (``FULL_EVIDENCE``): out of
    reach. Where the skills cannot decide (a target naming one or two core skills, a
    person who named no skill) reach comes from the work (``work_alike``, see
    :func:`alike`), not assumed: a welder, holding none of an industrial machinery
    mechanic's two core skills and with work less alike than a typical O*NET related
    move, had it ranked first (fit 36%) for the resilience it adds.
    """
    held = (core_held > 0) | (np.asarray(products_held) > 0)
    enough = (core_len > 0) & (core_len + product_len >= FULL_EVIDENCE)
    decided = enough & np.asarray(told, bool)
    return held | (~decided & np.asarray(work_alike, bool))


def alike(known: np.ndarray, closer: np.ndarray) -> np.ndarray:
    """Per slot, whether the work is as alike as a typical O*NET related move is to its
    own (closer than ``ROLE_CLOSER`` of them: the share the fit scores, the same one a
    hand-written role must pass from a source category). A slot with no activity data
    has no evidence against it."""
    return ~known | (closer >= ROLE_CLOSER)


def rank_of(
    fit: np.ndarray,
    close: np.ndarray,
    change: np.ndarray,
    reach: np.ndarray,
    claimed: np.ndarray | bool = False,
) -> np.ndarray:
    """The rank of each move: fit, closeness and the resilience it adds (README formula).

    A move out of reach (``in_reach``) earns no rank for the resilience it would add (a
    loss still counts against it): a seamstress holding none of a critical facilities
    technician's six core skills saw it first, above a supervisor's step of fit 54%, for
    the +21 points a move she has no way into would add. A hand-written role's
    closeness (``claimed``) is only its claim that the person's kind of work leads into
    it (its adjacent categories, 0.8 for any production worker); out of reach, that
    claim has nothing behind it and the role ranks on its fit: the seamstress's
    facilities move (fit 34%, closeness 0.8) still ranked above Craft Artists (fit 44%,
    O*NET's closeness 0.34), both out of reach.
    """
    gain = np.minimum(np.maximum(change / GAIN_SCALE, -1.0), 1.0)
    gain = np.where(reach, gain, np.minimum(gain, 0.0))
    close = np.where(reach | ~np.asarray(claimed, bool), close, 0.0)
    return W_FIT * fit + W_CLOSE * close + W_GAIN * gain


def _joined(parts: list[np.ndarray]) -> np.ndarray:
    """The people's pieces end to end (a single person's piece as it is)."""
    return parts[0] if len(parts) == 1 else np.concatenate(parts)


def _columns(frames: list[Frame]) -> dict[str, np.ndarray]:
    """The frames' slots, discovery order and per-slot arrays, end to end."""
    if len(frames) == 1:
        return frames[0].columns
    return {name: np.concatenate([f.columns[name] for f in frames]) for name in frames[0].columns}


def _each(values: list[object], seg: np.ndarray) -> np.ndarray:
    """One value per person, per slot (one person's value as it is: it broadcasts)."""
    found = np.array(values)
    return found[:1] if len(values) == 1 else found[seg]


def _frame(table: TargetTable, person: Person) -> Frame:
    matched = tuple(code for code, p in person.matches if p >= MINE)
    # What the match placed them in before they chose another is their work too.
    mine = matched + tuple(c for c in person.placed_before if c not in matched)
    codes = tuple(c for c, _ in used_matches(person) if c in table.related)
    return table.frame(codes, mine)


def _categories(table: TargetTable, people: Sequence[Person]) -> np.ndarray:
    """People x categories probabilities (a last, always-zero column for unknown ones)."""
    cats = np.zeros((len(people), len(table.categories) + 1))
    for i, person in enumerate(people):
        for category, p in person.categories.items():
            k = table.category_index.get(category)
            if k is not None:
                cats[i, k] = p
    return cats


def _closeness(table: TargetTable, frame: Frame, person: Person, cats: np.ndarray) -> np.ndarray:
    """0-1 closeness of each candidate slot of ``frame``, -1 where it is not offered.

    A related occupation: its closest listing, the tier's closeness scaled by how sure
    the match is. A role: how much of the person's work is in the role's adjacent
    categories, unless the person is already in the role's own category.
    """
    top = person.matches[0][1] if person.matches else 1.0
    p = np.array([p for c, p in used_matches(person) if c in table.related])
    related = (frame.tiers * p / top).max(axis=1) if len(frame.tiers) else np.zeros(0)
    top_cat = max(person.categories.values(), default=1.0) or 1.0
    adjacency = cats[table.role_adjacent].sum(axis=1)
    roles = np.where(
        frame.roles & (cats[table.role_category] < SAME_CATEGORY),
        0.8 * np.minimum(1.0, adjacency / top_cat),
        -1.0,
    )
    return np.concatenate([related, roles])


def _similarities(
    table: TargetTable, people: Sequence[Person], col: dict[str, np.ndarray], seg: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Best cosine over each slot's anchors with its person's activities (and where known).

    A person's activities are the probability-weighted mix of their matched occupations'
    unit vectors, so its cosine with every occupation is that mix of rows of the
    occupations' Gram matrix over the mix's length: no 332-wide product per person.
    """
    gram = table.gram
    if len(people) == 1:
        return _similarities_of_one(gram, people[0], col)
    cos = np.full((len(people), gram.shape[0] + 1), -np.inf)
    has_vector = np.zeros(len(people), bool)
    for i, person in enumerate(people):
        rows, weights = person.rows, person.weights
        if not rows:
            continue
        mixed = weights @ gram[rows]
        norm = float(np.sqrt(max(0.0, float(mixed[rows] @ weights))))
        if norm > 0:
            cos[i, :-1] = mixed / norm
            has_vector[i] = True
    sims = np.maximum(0.0, cos[seg[:, None], col["anchor_rows"]].max(axis=1))
    return sims, has_vector[seg] & col["has_rows"]


def _similarities_of_one(
    gram: np.ndarray, person: Person, col: dict[str, np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_similarities` for a single person: the same figures, fewer steps."""
    rows, weights = person.rows, person.weights
    if rows:
        mixed = weights @ gram[rows]
        norm = float(np.sqrt(max(0.0, float(mixed[rows] @ weights))))
        if norm > 0:
            cos = np.append(mixed / norm, -np.inf)
            sims = np.maximum(0.0, cos[col["anchor_rows"]].max(axis=1))
            return sims, col["has_rows"]
    return np.zeros(len(col["has_rows"])), np.zeros(len(col["has_rows"]), bool)


def _core_counts(table: TargetTable, person: Person, frame: Frame) -> np.ndarray:
    """How many of each candidate slot's core skills the person holds (a step up's as
    the frame asks them: ``Frame.step_dropped`` skills do not count)."""
    slots = frame.slots
    rows = [table.skill_index[s] for s in person.held if s in table.skill_index]
    if not rows:
        return np.zeros(len(slots))
    counts = table.core_of_skill[np.ix_(np.array(rows), slots)].sum(axis=0, dtype=np.float64)
    for k, dropped in frame.step_dropped:
        counts[k] -= len(dropped & person.held)
    return counts


def way_in(table: TargetTable, person: Person, frame: Frame, core_held: np.ndarray) -> np.ndarray:
    """Held core skills that show the way into each slot: ``core_held`` less, for a
    hand-written role, the core skills of other kinds of work it asks of everyone
    (``TargetTable.off_kind``: a teacher's first aid is no way into line work)."""
    off = table.off_kind_any & person.held
    if not off:
        return core_held
    out = core_held.copy()
    for slot, skills in table.off_kind.items():
        k = frame.position.get(slot)
        if k is not None:
            out[k] -= len(skills & off)
    return out


def _products(table: TargetTable, person: Person, frame: Frame) -> dict[int, dict[str, str]]:
    """Products held per candidate slot (the person's typed words read against them)."""
    # Each product goes to the first typed skill that names it.
    named: dict[str, str] = {}
    for entry in person.typed:
        for product in table.products_named_by(entry):
            named.setdefault(product, entry[0])
    found: dict[int, dict[str, str]] = {}
    for j in sorted({j for p in named for j in table.slots_of_product[p]}):
        k = frame.position.get(j)
        if k is not None:
            found[j] = _one_each(table.needs[j].product_words, named)
    return found


def _one_each(products: tuple[Product, ...], named: dict[str, str]) -> dict[str, str]:
    """The products of one target a person uses, one per thing they typed.

    Any of its relevant products counts, not only the key ones shown; but one typed
    word names one tool: a cashier's "POS" had counted as three of a buyer's products
    (POS software, a Retail STAR POS and SAP POS Data Management). Each typed skill
    keeps the most relevant product it names (``product_words`` is in relevance order).
    """
    held: dict[str, str] = {}
    used: set[str] = set()
    for name, _, _ in products:
        typed = named.get(name)
        if typed is not None and typed not in used:
            held[name] = typed
            used.add(typed)
    return held


def _counts(held: dict[int, dict[str, str]], frame: Frame) -> np.ndarray:
    out = np.zeros(len(frame.slots))
    for j, products in held.items():
        out[frame.position[j]] = len(products)
    return out
