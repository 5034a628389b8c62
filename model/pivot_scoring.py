"""Fit, trade-offs and rank of every target for every person, as arrays: the one pivot
path, for one score (a batch of one) and for a batch.

Each quantity is an array over the people's candidate slots of the :class:`TargetTable`
laid end to end; a slot that is not a candidate for a person (not related to their
occupations, not a role they could take) has closeness -1 and is never kept. Only the
pivots shown become records (:class:`Scored`), so the texts are built for five pivots,
not for sixty candidates. The formulas are in ``model/occupation_pivots.py`` and in the
README ("Pivots"); how alike the work is, ``model/pivot_alike.py`` (and where that is
no evidence, ``model/pivot_likeness.py``); what the person
holds of each target, ``model/pivot_held.py``; reach and rank, ``model/pivot_rank.py``;
which candidates are offered, ``model/pivot_rules.py``; what one score keeps with the
frame, ``model/pivot_one.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from career_resilience.model import formulas
from career_resilience.model.pivot_alike import closeness, similarities, similarities_of_one
from career_resilience.model.pivot_arts import arts_missing
from career_resilience.model.pivot_frame import Frame
from career_resilience.model.pivot_held import core_counts, held_products, product_counts, way_in
from career_resilience.model.pivot_judged import Candidates, Terms, judged
from career_resilience.model.pivot_left_out import Run, left_out_at_level, wanted
from career_resilience.model.pivot_likeness import no_evidence
from career_resilience.model.pivot_one import after_kept, fixed, fixed_of, zone_steps
from career_resilience.model.pivot_order import shown_order
from career_resilience.model.pivot_products import Typed
from career_resilience.model.pivot_rank import W_ACTIVITIES, ZONE_PENALTY
from career_resilience.model.pivot_routes import routes
from career_resilience.model.pivot_rule_flags import step_flags
from career_resilience.model.pivot_schooling import licence_steps, listed_by_own
from career_resilience.model.pivot_shown import (
    MINE,
    Shown,
    scored_at,
    used_matches,
    vouched,
)
from career_resilience.model.pivot_specialty import named_by_held, named_by_typed, settings_unheld
from career_resilience.model.pivot_steps import OVERSEEN
from career_resilience.model.pivot_table import TargetTable
from career_resilience.model.pivot_withheld import closest_withheld

#: A step down in job zone (less preparation, usually less pay) is offered only with a
#: better BLS outlook than the person's own, and only to bring a short list up to
#: ``Person.fill`` (none for a person who is already resilient).
FALLBACK_FILL = 3
#: A move into an occupation whose O*NET titles include the title the person typed is
#: work their title names: its work counts as half shared, as a step up's overseen work
#: does (``pivot_steps.OVERSEEN``). "Pastry Chef" is listed under chefs and head cooks
#: and under bakers; placed 85% chef, a pastry chef's bakery work had read as sharing
#: 33% of its activities (the chef's menus and kitchen staff), fit 28%.
TITLED = OVERSEEN


@dataclass(frozen=True)
class Person:
    """What the pivot path needs of one person (built by the scorer from a Standing)."""

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
    title_codes: tuple[str, ...] = ()  # occupations listing the typed title (``TITLED``)
    # ``zone`` is an "All Other" group's specialties' (O*NET gives the group none): a
    # guess that adds the preparation a move up asks, never makes a move a step down.
    zone_guessed: bool = False


def score_batch(table: TargetTable, people: Sequence[Person]) -> list[Shown]:
    """The shown pivots of every person, best first: one score's (a batch of one) and a
    batch's, by the same expressions.

    Every person's candidate slots are laid end to end in one flat array (``seg`` says
    whose each is), so each formula below is one array operation for the whole batch.
    A batch of one reads what its frame keeps (``model/pivot_one.py``: the figures that
    depend on no person, or on their job zone or breadth alone) and the person's own
    figures as plain numbers, and skips the parts of the fit nothing held fills: one
    score ranks a few dozen candidates, where each numpy call costs more in overhead
    than in arithmetic. Either way the pivots are the same to the last bit.
    """
    one = len(people) == 1
    frames = [frame_of(table, p) for p in people]
    col = _columns(frames)
    fx = fixed(frames[0]) if one else fixed_of(col)
    cats = _categories(table, people)
    close = _joined(
        [
            closeness(table, f, p, cats[i])
            for i, (f, p) in enumerate(zip(frames, people, strict=True))
        ]
    )
    seg = None if one else np.repeat(np.arange(len(people)), [len(f.slots) for f in frames])
    if seg is None:
        sims, known = similarities_of_one(table.gram, people[0], col)
    else:
        sims, known = similarities(table, people, col, seg)
    up = col["up"] & (close >= 0)
    shared_sims = np.where(up, OVERSEEN + (1 - OVERSEEN) * sims, sims)
    titled = None
    if any(p.title_codes for p in people):
        titled = _joined([titled_slots(table, f, p) for f, p in zip(frames, people, strict=True)])
        shared_sims = np.where(titled & ~up, TITLED + (1 - TITLED) * sims, shared_sims)
    # Relative: how much closer than O*NET's own related moves (0.5: a typical one).
    closer = table.closeness_rank(shared_sims)
    # (One person with no activities is known nowhere: ``similarities_of_one``.)
    if one and known is not col["has_rows"]:
        activities = 0.5 * close
    else:
        known = known & ~no_evidence(table, frames, people, up, titled)
        activities = np.where(known, closer, 0.5 * close)
    # Into a performing art the person does not practise, the work alike is the stage,
    # not the craft: it counts for nothing (``model/pivot_arts.py``).
    arts = [arts_missing(table, p, f) for f, p in zip(frames, people, strict=True)]
    if any(a is not None for a in arts):
        lacking = _joined(
            [
                np.zeros(len(f.slots), bool) if a is None else a
                for f, a in zip(frames, arts, strict=True)
            ]
        )
        activities = np.where(lacking, 0.0, activities)
    counts = [core_counts(table, p, f) for f, p in zip(frames, people, strict=True)]
    core_held = _joined(counts)
    ways = [way_in(table, p, f, c) for f, p, c in zip(frames, people, counts, strict=True)]
    # Most people hold no role's off-kind skill: their counts are the ways in.
    opens = core_held if all(w is c for w, c in zip(ways, counts, strict=True)) else _joined(ways)
    held_maps = [held_products(table, p, f) for f, p in zip(frames, people, strict=True)]
    # Zero where nothing is held: 0 / n and 0 * x are 0, so those parts are left out.
    skills = None
    products_held: np.ndarray | float = 0.0
    if core_held.any():
        skills = np.where(fx["has_core"], 2 * core_held / fx["core_div"], 0.0)
    if any(held_maps):
        products_held = np.minimum(
            _joined([product_counts(m, f) for m, f in zip(held_maps, frames, strict=True)]),
            col["product_len"],
        )
        part = np.where(fx["has_products"], products_held / fx["product_div"], 0.0)
        skills = part if skills is None else skills + part
    # The skills part weighs as much as there is evidence for it (``fixed_of``), and a
    # person who named no skill gave no evidence either way.
    told = _each([bool(p.held or p.typed) for p in people], seg)
    # A hand-written role's work activities are those of the O*NET occupations it is
    # anchored to, not its own new work: only its core skills say what that work asks,
    # so its skills part weighs whether or not the person named a skill. A toll
    # collector who typed only their title had Customer AI operations lead first at fit
    # 89%, holding none of its six skills, where "Cashier" (a title read as cash
    # handling, so a skill named) had it at 52%.
    told = told | col["hand_written"]
    fit = _fit(fx, activities, skills, told)
    if one:
        step, penalty, steps = zone_steps(frames[0], people[0].zone, people[0].zone_guessed)
    else:
        zone, zone_now = col["zone"], _each([p.zone for p in people], seg)
        step = np.where(zone_now > 0, np.where(zone > 0, zone, zone_now) - zone_now, 0)
        if any(p.zone_guessed for p in people):
            step = np.where(_each([p.zone_guessed for p in people], seg), np.maximum(step, 0), step)
        penalty, steps = ZONE_PENALTY * np.maximum(0, step - 1), step_flags(step, fx)
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
    fit = np.minimum(np.maximum(fit - penalty, 0.0), 1.0)
    # A move into a new kind of work adds one to the categories the skills span.
    new_kind = (cats[0, col["category"]] if seg is None else cats[seg, col["category"]]) < 0.3
    if one:
        after = after_kept(frames[0], people[0].breadth, new_kind)
    else:
        breadth = _each([p.breadth for p in people], seg) + new_kind
        after = formulas.resilience(
            col["exposure"], col["substitution"], col["outlook"], formulas.breadth(breadth)
        )
    change = after - _each([p.resilience_now for p in people], seg)
    # A specialty in a field nothing names, or one setting's supervision (aircraft
    # cargo handling over every hand laborer) to someone who does not work in it.
    unnamed = _joined(
        [
            named_by_held(
                named_by_typed(f.columns["specialty"], f.specialty_words, p.typed_text),
                f.slots,
                table,
                p.held,
            )
            | settings_unheld(table, f.slots, p.held)
            for f, p in zip(frames, people, strict=True)
        ]
    )
    moves, figures = judged(
        col,
        fx,
        Candidates(
            close=close,
            fit=fit,
            change=change,
            exposure_change=col["exposure"] - _each([p.exposure for p in people], seg),
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
            steps=steps,
            placed=_each([vouched(p) for p in people], seg),
            unnamed=unnamed,
        ),
        seg,
        len(people),
    )
    order = col["order"]
    kept = np.flatnonzero(moves.worth)
    # Best first within each person; ties keep the order the candidates were found in.
    if seg is None:
        kept = kept[np.lexsort((order[kept], -figures.rank[kept]))]
        starts = [0, len(kept)]
    else:
        kept = kept[np.lexsort((order[kept], -figures.rank[kept], seg[kept]))]
        starts = np.searchsorted(seg[kept], np.arange(len(people) + 1)).tolist()
    out, end = [], 0
    for i, (frame, person) in enumerate(zip(frames, people, strict=True)):
        start, end = end, end + len(frame.slots)
        ranked = kept[starts[i] : starts[i + 1]]
        # The person's routes, by place in their own run of candidates.
        route = routes(table, frame, person)
        order_shown = shown_order(ranked, moves, up, person, route, start)
        shown = Shown(
            scored_at(table, frame, person, held_maps[i], figures, k) for k in order_shown
        )
        run = Run(col, fx, moves, slice(start, end), figures, order_shown, person.doctoral)
        shown.withheld = closest_withheld(run)
        if wanted([step[k] for k in order_shown]):  # rare: only then look at what was left out
            shown.left_out = left_out_at_level(run, person.fill, unnamed)
        out.append(shown)
    return out


def _fit(
    fx: dict[str, np.ndarray],
    activities: np.ndarray,
    skills: np.ndarray | None,
    told: np.ndarray | bool,
) -> np.ndarray:
    """Fit before the job-zone penalty: activities and, for who named skills (``told``:
    one person's bool, or a batch's per slot), the skills part by its weight."""
    if told is False:
        return (W_ACTIVITIES * activities) / W_ACTIVITIES
    if told is True:
        w_skills, denominator = fx["w_told"], fx["denominator_told"]
    else:
        w_skills = fx["w_told"] * told
        denominator = W_ACTIVITIES + w_skills
    if skills is None:
        return (W_ACTIVITIES * activities) / denominator
    return (W_ACTIVITIES * activities + w_skills * skills / fx["weight_div"]) / denominator


def titled_slots(table: TargetTable, frame: Frame, person: Person) -> np.ndarray:
    """Which of ``frame``'s slots are occupations whose O*NET titles include the title
    ``person`` typed (``TITLED``)."""
    listed = [table.slot_of[c] for c in person.title_codes if c in table.slot_of]
    return np.isin(frame.slots, listed)


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


def _each(values: list[Any], seg: np.ndarray | None) -> Any:
    """One value per person, per slot (one person's value as it is: it broadcasts)."""
    return values[0] if seg is None else np.array(values)[seg]


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
