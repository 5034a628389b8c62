"""Fit, trade-offs and rank of every target for every person of a batch, as arrays.

Each quantity is a people x slots matrix over the :class:`TargetTable`; a slot that is
not a candidate for a person (not related to their occupations, not a role they could
take) has closeness -1 and is never kept. Only the pivots shown become records
(:class:`Scored`), so the texts are built for five pivots, not for sixty candidates.
The formulas are in ``model/occupation_pivots.py`` and in the README ("Pivots"); how
alike the work is, ``model/pivot_alike.py``; what the person holds of each target,
``model/pivot_held.py``; reach and rank, ``model/pivot_rank.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from career_resilience.model import formulas
from career_resilience.model.pivot_alike import closeness, similarities
from career_resilience.model.pivot_frame import Frame
from career_resilience.model.pivot_held import core_counts, held_products, product_counts, way_in
from career_resilience.model.pivot_judged import Candidates, Terms, judged
from career_resilience.model.pivot_left_out import left_out_at_level, wanted
from career_resilience.model.pivot_order import shown_order
from career_resilience.model.pivot_products import Typed
from career_resilience.model.pivot_rank import FULL_EVIDENCE
from career_resilience.model.pivot_routes import routes
from career_resilience.model.pivot_rule_flags import slot_flags, step_flags
from career_resilience.model.pivot_schooling import licence_steps, listed_by_own
from career_resilience.model.pivot_shown import (
    MINE,
    Shown,
    scored_at,
    used_matches,
    vouched,
)
from career_resilience.model.pivot_specialty import named_by_typed
from career_resilience.model.pivot_steps import OVERSEEN
from career_resilience.model.pivot_table import TargetTable

W_ACTIVITIES, W_SKILLS, ZONE_PENALTY = 0.6, 0.4, 0.08
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
    typed_text: tuple[str, ...] = ()  # skills as typed (a licence's degree: "MSW")


def score_batch(table: TargetTable, people: Sequence[Person]) -> list[Shown]:
    """The shown pivots of every person, best first.

    Every person's candidate slots are laid end to end in one flat array (``seg`` says
    whose each is), so each formula below is one array operation for the whole batch.
    """
    frames = [frame_of(table, p) for p in people]
    col = _columns(frames)
    cats = _categories(table, people)
    close = _joined(
        [
            closeness(table, f, p, cats[i])
            for i, (f, p) in enumerate(zip(frames, people, strict=True))
        ]
    )
    seg = np.repeat(np.arange(len(people)), [len(f.slots) for f in frames])
    sims, known = similarities(table, people, col, seg)
    up = col["up"] & (close >= 0)
    shared_sims = np.where(up, OVERSEEN + (1 - OVERSEEN) * sims, sims)
    # Relative: how much closer than O*NET's own related moves (0.5: a typical one).
    closer = table.closeness_rank(shared_sims)
    activities = np.where(known, closer, 0.5 * close)
    counts = [core_counts(table, p, f) for f, p in zip(frames, people, strict=True)]
    core_held = _joined(counts)
    ways = [way_in(table, p, f, c) for f, p, c in zip(frames, people, counts, strict=True)]
    # Most people hold no role's off-kind skill: their counts are the ways in.
    opens = core_held if all(w is c for w, c in zip(ways, counts, strict=True)) else _joined(ways)
    held_maps = [held_products(table, p, f) for f, p in zip(frames, people, strict=True)]
    core_len, product_len = col["core_len"], col["product_len"]
    products_held = np.minimum(
        _joined([product_counts(m, f) for m, f in zip(held_maps, frames, strict=True)]), product_len
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
    # Years of a licence the person's work does not hold count as the zone steps they
    # amount to (``model/pivot_schooling.py``): the larger of the two is the step.
    licensed = [licence_steps(table, f, p) for f, p in zip(frames, people, strict=True)]
    step_in = listed = None
    if any(x is not None for x in licensed):
        step_in = _joined(
            [
                np.zeros(len(f.slots)) if x is None else x
                for f, x in zip(frames, licensed, strict=True)
            ]
        )
        # Which may ask that school: relatives of the person's own work.
        own = [listed_by_own(table, f, p) for f, p in zip(frames, people, strict=True)]
        if any(x is not None for x in own):
            listed = _joined(
                [
                    np.ones(len(f.slots), bool) if x is None else x
                    for f, x in zip(frames, own, strict=True)
                ]
            )
        penalty = ZONE_PENALTY * np.maximum(0, np.maximum(step, step_in) - 1)
    else:
        penalty = ZONE_PENALTY * np.maximum(0, step - 1)
    fit = np.minimum(np.maximum(fit - penalty, 0.0), 1.0)
    # A move into a new kind of work adds one to the categories the skills span.
    new_kind = cats[seg, col["category"]] < 0.3
    breadth = _each([p.breadth for p in people], seg) + new_kind
    exposure = col["exposure"]
    after = formulas.resilience(
        exposure, col["substitution"], col["outlook"], formulas.breadth(breadth)
    )
    change = after - _each([p.resilience_now for p in people], seg)
    flags = slot_flags(col)
    unnamed = _joined(
        [
            named_by_typed(f.columns["specialty"], f.specialty_words, p.typed_text)
            for f, p in zip(frames, people, strict=True)
        ]
    )
    moves, figures = judged(
        col,
        flags,
        Candidates(
            close=close,
            fit=fit,
            change=change,
            exposure_change=exposure - _each([p.exposure for p in people], seg),
            step=step,
            up=up,
            sims=sims,
            shared_sims=shared_sims,
            closer=closer,
            known=known,
            core_held=core_held,
            products_held=products_held,
            new_kind=new_kind,
        ),
        Terms(
            told=told,
            way_in=opens,
            calm=_each([p.calm for p in people], seg),
            doctoral=_each([p.doctoral for p in people], seg),
            own_bls=_each([p.bls for p in people], seg),
            school=step_in,
            listed=listed,
            steps=step_flags(step, flags),
            placed=_each([vouched(p) for p in people], seg),
            unnamed=unnamed,
        ),
        None if len(people) == 1 else seg,
        len(people),
    )
    order = col["order"]
    kept = np.flatnonzero(moves.worth)
    # Best first within each person; ties keep the order the candidates were found in.
    kept = kept[np.lexsort((order[kept], -figures.rank[kept], seg[kept]))]
    starts = np.searchsorted(seg[kept], np.arange(len(people) + 1))
    out = []
    ends = np.cumsum([len(f.slots) for f in frames]).tolist()
    for i, person in enumerate(people):
        ranked = kept[starts[i] : starts[i + 1]]
        # The person's routes, by place in their own run of candidates.
        route = routes(table, frames[i], person)
        start = ends[i] - len(frames[i].slots)
        order_shown = shown_order(ranked, moves, up, person, route, start)
        shown = Shown(
            scored_at(table, frames[i], person, held_maps[i], figures, k) for k in order_shown
        )
        if wanted([step[k] for k in order_shown]):  # as one score's path
            part = slice(ends[i] - len(frames[i].slots), ends[i])
            shown.left_out = left_out_at_level(
                col, flags, moves, part, figures, order_shown, person.fill, unnamed, person.doctoral
            )
        out.append(shown)
    return out


def _joined(parts: list[np.ndarray]) -> np.ndarray:
    """The people's pieces end to end (a single person's piece as it is)."""
    return parts[0] if len(parts) == 1 else np.concatenate(parts)


def _columns(frames: list[Frame]) -> dict[str, np.ndarray]:
    """The frames' slots, discovery order and per-slot arrays, end to end."""
    if len(frames) == 1:
        return frames[0].columns
    return {
        # (Anchors by slot run along the second axis: ``Frame.columns``.)
        name: np.concatenate([f.columns[name] for f in frames], axis=int(name == "anchor_cols"))
        for name in frames[0].columns
    }


def _each(values: list[object], seg: np.ndarray) -> np.ndarray:
    """One value per person, per slot (one person's value as it is: it broadcasts)."""
    found = np.array(values)
    return found[:1] if len(values) == 1 else found[seg]


def frame_of(table: TargetTable, person: Person) -> Frame:
    """The candidates of ``person`` (their matched occupations' frame, kept by the table)."""
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
