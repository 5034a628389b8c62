"""The pivots of one person: :func:`~career_resilience.model.pivot_scoring.score_batch`'s
formulas for a batch of one, in fewer and cheaper array steps.

One score (the app, ``resilience score``, the what-if) ranks one person's few dozen
candidates, where each numpy call costs more in overhead than in arithmetic. So what
depends only on the candidates (the frame: the same for everyone matched to the same
occupations) is worked out once per frame and kept with it (:func:`fixed`), what depends
on one small number of the person (their job zone, how many kinds of work their skills
span) once per frame and value, and the person's own figures are plain Python scalars.

Every figure is the same expression on the same values as in ``score_batch``, so the
pivots are equal to the last bit (``tests/test_pivot_table.py`` compares the two paths).
"""

from __future__ import annotations

import numpy as np

from career_resilience.model import formulas
from career_resilience.model.pivot_alike import closeness, similarities_of_one
from career_resilience.model.pivot_frame import Frame
from career_resilience.model.pivot_held import core_counts, held_products, product_counts, way_in
from career_resilience.model.pivot_judged import Candidates, Terms, judged
from career_resilience.model.pivot_left_out import left_out_at_level, wanted
from career_resilience.model.pivot_order import shown_order
from career_resilience.model.pivot_rank import FULL_EVIDENCE
from career_resilience.model.pivot_routes import routes
from career_resilience.model.pivot_rule_flags import slot_flags, step_flags
from career_resilience.model.pivot_schooling import licence_steps, listed_by_own
from career_resilience.model.pivot_scoring import (
    W_ACTIVITIES,
    W_SKILLS,
    ZONE_PENALTY,
    Person,
    frame_of,
)
from career_resilience.model.pivot_shown import (
    Shown,
    scored_at,
    vouched,
)
from career_resilience.model.pivot_specialty import named_by_typed
from career_resilience.model.pivot_steps import OVERSEEN
from career_resilience.model.pivot_table import TargetTable


def fixed(frame: Frame) -> dict[str, np.ndarray]:
    """The frame's figures that depend on no person (worked out once, kept on the frame)."""
    return frame.cached("fixed", lambda: _fixed(frame))


def _fixed(frame: Frame) -> dict[str, np.ndarray]:
    """:func:`fixed`, worked out."""
    col = frame.columns
    core_len, product_len = col["core_len"], col["product_len"]
    weight = 2 * (core_len > 0) + (product_len > 0)
    items = np.minimum(1.0, (core_len + product_len) / FULL_EVIDENCE)
    w_told = W_SKILLS * items * (weight > 0)
    return {
        **slot_flags(col),
        "has_core": core_len > 0,
        "has_products": product_len > 0,
        "product_div": np.maximum(product_len, 1),
        "w_told": w_told,
        "weight_div": np.maximum(weight, 1),
        "denominator_told": W_ACTIVITIES + w_told,
    }


def _steps(frame: Frame, zone_now: int) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
    """Job-zone step, its fit penalty and what the move rules read of it
    (``pivot_rule_flags.step_flags``), for one job zone of yours."""

    def build() -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
        zone = frame.columns["zone"]
        if zone_now > 0:
            step = np.where(zone > 0, zone, zone_now) - zone_now
        else:
            step = np.zeros(len(zone), np.int64)
        return step, ZONE_PENALTY * np.maximum(0, step - 1), step_flags(step, fixed(frame))

    return frame.cached(("zone", zone_now), build)


def _after(frame: Frame, breadth: int, new_kind: np.ndarray) -> np.ndarray:
    """Resilience after each move for a person whose skills span ``breadth`` kinds (one
    more where the move is into a new kind of work, ``new_kind``).

    The first person with this ``breadth`` gets it worked out for their slots alone (as
    ``score_batch`` does); from the second on, the frame keeps it for either breadth, so
    a person standing where others stood picks theirs in one step.
    """
    col, key = frame.columns, ("after", breadth)
    found = frame.cache.get(key)
    if found is None:
        frame.cache[key] = False
        spread = formulas.breadth(breadth + new_kind)
        return formulas.resilience(col["exposure"], col["substitution"], col["outlook"], spread)
    if found is False:
        found = frame.cache[key] = tuple(
            formulas.resilience(
                col["exposure"],
                col["substitution"],
                col["outlook"],
                formulas.breadth(np.full(len(frame.slots), b, np.int64)),
            )
            for b in (breadth, breadth + 1)
        )
    return np.where(new_kind, found[1], found[0])


def score_one(table: TargetTable, person: Person) -> Shown:
    """The shown pivots of one person, best first (``score_batch`` of one)."""
    frame = frame_of(table, person)
    col, fx = frame.columns, fixed(frame)
    cats = np.zeros(len(table.categories) + 1)
    for category, p in person.categories.items():
        k = table.category_index.get(category)
        if k is not None:
            cats[k] = p
    close = closeness(table, frame, person, cats)
    sims, known = similarities_of_one(table.gram, person, col)
    any_known = known is col["has_rows"]  # else no slot is known
    up = col["up"] & (close >= 0)
    shared_sims = np.where(up, OVERSEEN + (1 - OVERSEEN) * sims, sims)
    closer = table.closeness_rank(shared_sims)
    activities = np.where(known, closer, 0.5 * close) if any_known else 0.5 * close
    core_held = core_counts(table, person, frame)
    held_map = held_products(table, person, frame)
    # Zero where nothing is held: 0 / n and 0 * x are 0, as score_batch computes them.
    skills = None
    products_held: np.ndarray | float = 0.0
    if core_held.any():
        skills = np.where(fx["has_core"], 2 * core_held / fx["core_div"], 0.0)
    if held_map:
        products_held = np.minimum(product_counts(held_map, frame), col["product_len"])
        part = np.where(fx["has_products"], products_held / fx["product_div"], 0.0)
        skills = part if skills is None else skills + part
    if person.held or person.typed:
        if skills is None:
            fit = (W_ACTIVITIES * activities) / fx["denominator_told"]
        else:
            w_skills = fx["w_told"]
            fit = (W_ACTIVITIES * activities + w_skills * skills / fx["weight_div"]) / fx[
                "denominator_told"
            ]
    else:
        fit = (W_ACTIVITIES * activities) / W_ACTIVITIES
    step, penalty, steps = _steps(frame, person.zone)
    step_in = licence_steps(table, frame, person)
    if step_in is not None:
        penalty = ZONE_PENALTY * np.maximum(0, np.maximum(step, step_in) - 1)
    fit = np.minimum(np.maximum(fit - penalty, 0.0), 1.0)
    new_kind = cats[col["category"]] < 0.3
    after = _after(frame, person.breadth, new_kind)
    change = after - person.resilience_now
    unnamed = named_by_typed(col["specialty"], frame.specialty_words, person.typed_text)
    moves, figures = judged(
        col,
        fx,
        Candidates(
            close=close,
            fit=fit,
            change=change,
            exposure_change=col["exposure"] - person.exposure,
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
            told=bool(person.held or person.typed),
            way_in=way_in(table, person, frame, core_held),
            calm=person.calm,
            doctoral=person.doctoral,
            own_bls=person.bls,
            school=step_in,
            listed=None if step_in is None else listed_by_own(table, frame, person),
            steps=steps,
            placed=vouched(person),
            unnamed=unnamed,
        ),
    )
    order = col["order"]
    kept = np.flatnonzero(moves.worth)
    # Best first; ties keep the order the candidates were found in.
    kept = kept[np.lexsort((order[kept], -figures.rank[kept]))]
    order_shown = shown_order(kept, moves, up, person, routes(table, frame, person))
    shown = Shown(scored_at(table, frame, person, held_map, figures, k) for k in order_shown)
    if wanted([step[k] for k in order_shown]):  # rare: only then look at what was left out
        shown.left_out = left_out_at_level(
            col, fx, moves, slice(None), figures, order_shown, person.fill, unnamed, person.doctoral
        )
    return shown
