"""The per-profile tail of a score for one profile, in scalars (the app and `score`).

``grounded.ground`` and ``assemble.Batch.compute`` work on a batch: a few dozen numpy
steps each, over arrays of one element when one person is scored, where numpy's cost
per call (a few microseconds) is all of the cost. Here the steps over 950 occupations or
47 categories stay numpy calls (the same calls, so the same sums), and the rest is
scalar arithmetic doing the same IEEE operations on the same types: a float32 stays a
numpy float32 (``1 - q`` is float32 arithmetic, as it is over an array), and a float32
meets float64 arithmetic only through ``float()``, the exact widening numpy's type
promotion does. tests/test_one_profile.py compares every field with the batch path.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from typing import TYPE_CHECKING

import numpy as np

from career_resilience.model import formulas
from career_resilience.model.duty_model import KINDS, DutyRating
from career_resilience.model.grounded import (
    AI_ERA_FLOOR,
    Grounded,
    columns,
    shown_weights,
    title_listed,
)
from career_resilience.model.grounding import framed_sums, row_products
from career_resilience.model.profile import Profile
from career_resilience.skills.titles import normalise_title

if TYPE_CHECKING:
    from career_resilience.model.assemble import Batch
    from career_resilience.model.engine import Engine

_F32_1E9 = np.float32(1e-9)  # np.maximum(mass, 1e-9) over float32 rounds 1e-9 so


def ground_one(
    engine: Engine, cls_proba: np.ndarray, occ_proba: np.ndarray, role: str = ""
) -> Grounded:
    """``grounded.ground`` of one profile that chose no occupation or category (typed
    title ``role``): the same floats, with the per-profile arithmetic in scalars."""
    g = engine.ground
    ai = cls_proba * g.anchor_mask
    q_raw = ai.sum(axis=1)[0]  # float32, summed as over the batch
    q = np.float32(min(max((q_raw - AI_ERA_FLOOR) / (1 - AI_ERA_FLOOR), 0.0), 1.0))
    named = bool(q > 0 and role) and title_listed(engine.match_tables, role)
    if named:  # the match places a title O*NET lists
        q = np.float32(0.0)
    ai_dist = ai / q_raw if q_raw > 0 else np.zeros_like(ai)
    keep = 1 - q  # float32, as (1 - q) over an array
    # Widened once: each product with a float64 table widened its own copy of the 950
    # float32 probabilities (the same values, so the same products).
    occ64 = occ_proba.astype(np.float64)
    cat_proba = keep * framed_sums(occ64, g.category) + q * ai_dist
    occ_side, ai_side = columns(engine)
    # Row by row, as ``grounded.ground`` over a batch: the very floats.
    mean, sq, spread, bls_value = row_products(occ64, occ_side)[0].tolist()
    e_ai, e_ai_sq, trend = row_products(ai_dist, ai_side)[0].tolist()
    u2 = max(sq - mean * mean, 0.0)  # grounding.squared_moments
    c0, c1, c2, c3 = engine.uncertainty.match
    var_occ = c0 + c1 * u2 + c2 * spread + float(c3 * (1.0 - occ_proba.max()))
    kf, qf = float(keep), float(q)
    exposure = kf * mean + qf * e_ai
    ai_var = max(e_ai_sq - e_ai * e_ai, 0) + c0
    variance = kf * var_occ + qf * ai_var + float(q * keep) * ((mean - e_ai) * (mean - e_ai))
    known = occ_proba[:, g.bls_rows]  # the masked columns, in order, without the mask's search
    mass = known.sum(axis=1)[0]  # float32
    bls = (
        float(row_products(known, g.bls_known)[0]) / float(mass if mass >= _F32_1E9 else _F32_1E9)
        if mass > 0
        else math.nan
    )
    outlook = kf * bls_value + qf * trend
    q_row = np.array([q], np.float32)
    return Grounded(
        occ_proba,
        cat_proba,
        q_row,
        np.array([exposure]),
        np.array([variance]),
        ai_dist,
        np.array([outlook]),
        np.array([bls]),
        shown_weights(g, occ_proba, q_row, ai_dist),
        np.array([named]),
    )


def batch_one(
    cls: type[Batch],
    engine: Engine,
    profile: Profile,
    grounded: Grounded,
    held: np.ndarray,
    rated: list[DutyRating],
    features: np.ndarray,
    title_as_typed: np.ndarray | None = None,
) -> Batch:
    """``Batch.compute`` of one profile: the same floats, the arithmetic in scalars."""
    unc = engine.uncertainty
    chosen = bool(profile.occupation or profile.category)
    readable = [r.rating for r in rated if r.readable]
    n_used = 0.0 if chosen else float(len(readable))
    e_m, var_m = float(grounded.exposure[0]), float(grounded.variance[0])
    w = 0.0
    if n_used > 0:  # Uncertainty.combine
        e_d = float(np.interp(float(np.mean(readable)), *engine.duty_map))
        a, b = unc.duty
        w = var_m / (var_m + (a + b / max(n_used, 1)))
        exposure, var = e_m + w * (e_d - e_m), var_m * (1 - w)
    else:
        exposure, var = e_m + w * 0.0, var_m
    exposure = min(max(exposure, 0.0), 100.0)
    # The interval (Uncertainty.half_width, cell): the match's confidence picks the band.
    occ_proba = grounded.occ_proba
    sure = float((1 - grounded.ai_share[0]) * occ_proba.max())
    cell = (int(bool(profile.skills)) + 2 * int(n_used > 0)) * (len(unc.bands) + 1) + bisect_right(
        unc.bands, sure
    )
    if unc.short_words:
        short = len(normalise_title(profile.role).split()) <= unc.short_words
        cell = 2 * cell + int(short)
    half = unc.scales[cell] * math.sqrt(var)
    low, high = max(exposure - half, 0.0), min(exposure + half, 100.0)
    mix = _mix_one(engine, grounded, rated)
    s, a_ = mix[0, 0], mix[0, 1]
    total = float(s) + float(a_)
    sub_share = float(s) / total if total > 1e-9 else 0.0
    spread = float(formulas.breadth(((held @ engine.tables.skill_cats) > 0).sum(axis=1))[0])
    res = formulas.resilience(exposure, sub_share, float(grounded.outlook_value[0]), spread)
    return cls(
        grounded,
        np.array([exposure]),
        np.array([low]),
        np.array([high]),
        mix,
        np.array([res]),
        [rated],
        np.array([w]),
        features,
        title_as_typed,
    )


def _mix_one(engine: Engine, grounded: Grounded, rated: list[DutyRating]) -> np.ndarray:
    """``assemble._mix`` of one profile, (1, 3): the match's shares of labelled tasks,
    blended with the readable duty lines' kinds when there are any."""
    q = grounded.ai_share[:, None]
    mix = (1 - q) * row_products(grounded.occ_proba, engine.task_shares) + q * (
        row_products(grounded.ai_dist, engine.anchor_shares)
    )
    kinds = [r.kind for r in rated if r.readable]
    if kinds:
        mix[0] = mix_with_lines(mix[0], kinds)
    return mix / mix.sum(axis=1, keepdims=True)


def mix_with_lines(tasks: np.ndarray, kinds: list[str]) -> np.ndarray:
    """The occupations' shares ``tasks`` (one profile's, not yet summing to 1) blended
    with the kinds of the person's readable duty lines (one place for both paths)."""
    share = formulas.duty_share_of_mix(len(kinds))
    own = np.array([kinds.count(k) / len(kinds) for k in KINDS])
    return (1.0 - share) * (tasks / tasks.sum()) + share * own
