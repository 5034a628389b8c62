"""Exposure, category frame and outlook of a batch, grounded in the matched occupations.

For each profile the occupation matcher gives probabilities over the O*NET occupations
and the category classifier gives probabilities over the project's categories. Work
that O*NET 2019 has no occupation for (AI orchestration, model evaluation, ...) is
recognised only by the classifier; the share ``q`` it gives those categories decides how
much of the result comes from their anchor occupations instead of the match::

    E = (1 - q) * sum_o p_o * consensus_pct_o  +  q * sum_k c_k * anchor_figure_k
    O = (1 - q) * sum_o p_o * s(bls_o)         +  q * sum_k c_k * v(trend_k)
    s(x) = 1 / (1 + exp(-x / 8))               x: BLS 2022-32 % change

``q`` is 0 for a typed title O*NET lists (``title_listed``): the match places it.
A chosen occupation or category replaces the match with what was chosen.

The occupations a result shows (the list, the evidence line, the pivots' standing) are
weighed the way ``E`` is made, ``(1 - q) * p_o + q * sum_k c_k * [o anchors k] / n_k``
(``shown_weights``), so a prompt engineer is shown Software Developers and Data
Scientists, the occupations the figure comes from, not the match's 7% engineers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from career_resilience import wording
from career_resilience.model.grounding import framed_sums, row_products
from career_resilience.model.occupation_match import title_text
from career_resilience.model.profile import Profile
from career_resilience.model.title_index import listed, title_head
from career_resilience.skills.titles import normalise_listed_title

if TYPE_CHECKING:
    from career_resilience.model.engine import Engine
    from career_resilience.model.grounding import GroundTables
    from career_resilience.model.occupation_match import MatchTables

#: Classifier share on AI-era categories below which the match alone decides; above
#: it, their anchors take over linearly (a stray 20% must not move a nurse's figure).
AI_ERA_FLOOR = 0.35
#: AI-era share from which the outlook is the AI-era kind of work's cited trend, not
#: the match's BLS projection (``grounded_result.outlook_for``).
AI_ERA_LEADS = 0.5
#: Percent change over 2022-32 that reads as growing / shrinking (BLS all-occupation
#: average is +2.8%).
GROWING_PCT, SHRINKING_PCT = 5.0, -2.0


@dataclass(frozen=True)
class Grounded:
    """Per profile of a batch: match, category frame, exposure and outlook figures."""

    occ_proba: np.ndarray  # profiles x occupations
    cat_proba: np.ndarray  # profiles x categories
    ai_share: np.ndarray  # q above, per profile
    exposure: np.ndarray  # E_m: the match's (and anchors') estimate, before duties
    variance: np.ndarray  # its error variance (``uncertainty.Uncertainty.match_var``)
    ai_dist: np.ndarray  # profiles x categories: the AI-era categories' shares
    outlook_value: np.ndarray
    bls_change: np.ndarray  # expected BLS % change under the match (NaN if none)
    #: profiles x occupations: the weights the exposure is made with (``shown_weights``);
    #: ``occ_proba`` itself wherever q is 0 (a nurse, a plumber: the match as it was).
    shown: np.ndarray
    #: Per profile, whether its typed title is one O*NET lists (``title_listed``), looked
    #: at only where the category model's AI-era share passed the floor (else False):
    #: the drivers' variants holding that title have no AI-era share either.
    title_listed: np.ndarray | None = None


def title_listed(tables: MatchTables, role: str) -> bool:
    """Whether a typed title of two words or more is a title O*NET lists, read as the
    listed titles are indexed (seniority and grades dropped, abbreviations expanded,
    typing slips mended, none of the rewrites of typed titles), or is one without an
    employer's qualifier ("Cost estimator (construction)").

    Such a title names an occupation O*NET publishes figures for, so the match, not an
    AI-era category's anchor occupations, places it: the category model reads a title's
    words with no knowledge of O*NET's titles, and "cost" had made "Cost Estimators" AI
    cost management (97%: shown as Computer Systems Analysts 48% and Budget Analysts
    48%, the anchors' even split), "operations" "Airfield Operations Specialists" AI
    oversight (80%: network administrators 35%). A title O*NET lacks keeps its AI-era
    reading ("Prompt engineer" is rewritten to "software engineer" only for the match,
    so it is not listed here); one word alone ("Reviewer", "Rater") is not looked at: it
    says too little to outweigh the category model.
    """
    for text in dict.fromkeys((role, title_head(role))):
        words = normalise_listed_title(text)
        if len(words.split()) >= 2 and listed(title_text(tables, words)):
            return True
    return False


def outlook_figure(
    top_probability: float, second_probability: float, top_bls: float | None, weighted: float
) -> tuple[float, bool]:
    """The BLS change the outlook line shows, and whether it names the top occupation.

    The line names the top occupation's own projection when the match clearly favours it
    (NaN when it has none);
    otherwise it gives the probability-weighted change of the matched occupations (the
    figure the resilience formula weighs). Everything that states the outlook (the result
    line and the pivots' "you need not move" note) reads it here, so they never disagree.
    """
    clear = top_probability >= 0.35 and top_probability >= 1.5 * second_probability
    if clear:
        # A clear top occupation without a projection of its own (BLS projects it only
        # with others, ``skills.bls_combined``) gives NaN, named: the other matches'
        # figure is not its figure (a home health aide at 99.9% had shown the "+13%" of
        # the 0.1% matched elsewhere).
        return (top_bls if top_bls is not None else math.nan), True
    return weighted, False


def outlook_word(change: float) -> str:
    """growing / stable / shrinking for a BLS % change, read from the figure as shown.

    Every sentence shows the change whole (``wording.shown_change``); the word follows
    that figure, so −1.6 ("−2% jobs") is shrinking and +4.6 ("+5% jobs") growing: the
    result had said "stable" beside "−2%" and the README's cut reads "from −2%".
    """
    shown = wording.shown_change(change)
    if shown >= GROWING_PCT:
        return "growing"
    if shown <= SHRINKING_PCT:
        return "shrinking"
    return "stable"


def shown_weights(
    g: GroundTables, occ_proba: np.ndarray, q: np.ndarray, ai_dist: np.ndarray
) -> np.ndarray:
    """Each occupation's weight in the figure: ``(1 - q)`` times the match plus ``q``
    times the AI-era categories' shares, each spread evenly over its anchor occupations
    (the anchors' figure is their mean, ``grounding.GroundTables.build``).

    The match itself (the same array) when no profile has an AI-era share. Element by
    element, anchors added in one fixed order, so one profile gets the same floats
    alone or in a batch (``one_profile.ground_one`` calls this too).
    """
    if not q.any():
        return occ_proba
    spread: dict[int, np.ndarray] = {}  # anchor row -> its share, per profile
    for k, rows in g.anchor_rows:
        share = ai_dist[:, k] / len(rows)
        for r in rows:
            spread[r] = spread[r] + share if r in spread else share
    keep = (1 - q)[:, None]
    out = keep * occ_proba
    # Only the few anchor columns get q's part (elsewhere it is + 0, the same floats).
    cols = list(spread)
    out[:, cols] += q[:, None] * np.stack([spread[r] for r in cols], axis=1)
    return out


def nearest_first(grounded: Grounded, i: int, k: int) -> bool:
    """Whether occupation ``k``, listed first for profile ``i``, is there for AI-era
    work: most of its shown weight is the AI-era share spread over the anchors, not the
    match (``Result.occupations_nearest``). A prompt engineer's Software Developers is;
    a nurse's Registered Nurses (q 0) and a chosen occupation (q 0) are not.

    The match's part is ``(1 - q) * p``, the anchors' the rest of the shown weight.
    """
    q = float(grounded.ai_share[i])
    if q <= 0:
        return False
    match = (1 - q) * float(grounded.occ_proba[i, k])
    return float(grounded.shown[i, k]) - match > match


def nearest_rows(grounded: Grounded) -> np.ndarray:
    """:func:`nearest_first` of every profile's first shown occupation (the largest
    weight), in one step: the same float64 arithmetic, so the same answers."""
    if not grounded.ai_share.any():  # a nurse, a plumber: nothing to look at
        return np.zeros(len(grounded.shown), dtype=bool)
    rows = np.arange(len(grounded.shown))
    k = grounded.shown.argmax(axis=1)
    q = grounded.ai_share.astype(np.float64)
    match = (1 - q) * grounded.occ_proba[rows, k].astype(np.float64)
    out: np.ndarray = (q > 0) & (grounded.shown[rows, k].astype(np.float64) - match > match)
    return out


def anchor_spread(g: GroundTables, ai_dist: np.ndarray) -> np.ndarray:
    """One profile's AI-era category shares (``Grounded.ai_dist`` row) spread evenly over
    each category's anchor occupations: the q part of :func:`shown_weights`, whole."""
    out = np.zeros(len(g.codes))
    for k, rows in g.anchor_rows:
        out[list(rows)] += float(ai_dist[k]) / len(rows)
    return out


#: Per engine (kept alive with it, so its id stays its own): the tables a profile's
#: occupation and AI-era shares are multiplied by, side by side (``columns``).
_COLUMNS: dict[int, tuple[object, np.ndarray, np.ndarray]] = {}


def columns(engine: Engine) -> tuple[np.ndarray, np.ndarray]:
    """(occupations, 4): each occupation's percentile, its square, the indices' squared
    spread and BLS value; (categories, 3): each AI-era category's figure, its square and
    cited trend: one row-by-row product each (``grounding.row_products``) instead of
    seven, which row by row cost more than the BLAS products they replace."""
    kept = _COLUMNS.get(id(engine))
    if kept is None or kept[0] is not engine:
        g = engine.ground
        occ = np.stack([g.pct, g.pct_sq, g.spread_sq, g.bls_value], axis=1)
        ai = np.stack([g.anchor_figure, g.anchor_figure_sq, engine.category_trend], axis=1)
        if len(_COLUMNS) > 4:  # engines rebuilt (tests)
            _COLUMNS.clear()
        kept = _COLUMNS[id(engine)] = (engine, occ.astype(np.float64), ai.astype(np.float64))
    return kept[1], kept[2]


def ground(
    engine: Engine,
    profiles: list[Profile],
    cls_proba: np.ndarray,
    occ_proba: np.ndarray,
    *,
    scalar: bool = True,
) -> Grounded:
    """Combine the match and the classifier for every profile of a batch (one profile
    that chose nothing, unless ``scalar`` is false: the same floats in scalars)."""
    one = profiles[0] if scalar and len(profiles) == 1 else None
    if one is not None and not one.occupation and one.category not in engine.class_set:
        from career_resilience.model.one_profile import ground_one

        return ground_one(engine, cls_proba, occ_proba, one.role)
    g = engine.ground
    occ_proba = occ_proba.copy()
    ai = cls_proba * g.anchor_mask
    q_raw = ai.sum(axis=1)
    # np.minimum/np.maximum: the floats of np.clip without its Python wrapper.
    q = np.minimum(np.maximum((q_raw - AI_ERA_FLOOR) / (1 - AI_ERA_FLOOR), 0.0), 1.0)
    # A listed title's match places it (``title_listed``): asked only where q is not 0.
    named = np.array(
        [
            bool(share > 0 and p.role) and title_listed(engine.match_tables, p.role)
            for share, p in zip(q.tolist(), profiles, strict=True)
        ],
        dtype=bool,
    )
    q[named] = 0.0
    ai_dist = np.divide(ai, q_raw[:, None], out=np.zeros_like(ai), where=q_raw[:, None] > 0)
    cat_proba = (1 - q)[:, None] * framed_sums(occ_proba, g.category) + q[:, None] * ai_dist
    for i, p in enumerate(profiles):
        if p.occupation:
            occ_proba[i] = 0.0
            occ_proba[i, engine.occupation_index[p.occupation]] = 1.0
            q[i] = 0.0
            cat_proba[i] = occ_proba[i] @ g.category
        elif p.category in engine.class_set:
            k = engine.classes.index(p.category)
            cat_proba[i] = 0.0
            cat_proba[i, k] = 1.0
            if g.anchor_mask[k]:
                q[i], ai_dist[i] = 1.0, cat_proba[i]
            else:  # the chosen category's occupations, as likely as the match finds them
                inside = occ_proba[i] * g.category[:, k]
                occ_proba[i] = (
                    inside / inside.sum()
                    if inside.sum() > 0
                    else g.category[:, k] / g.category[:, k].sum()
                )
                q[i] = 0.0
    occ_side, ai_side = columns(engine)
    # grounding.squared_moments and the BLS value, row by row (as ``ground_one``).
    moments = row_products(occ_proba, occ_side)
    e_occ = moments[:, 0]
    u2, d2 = np.maximum(moments[:, 1] - e_occ * e_occ, 0.0), moments[:, 2]
    var_occ = engine.uncertainty.match_var(u2, d2, occ_proba.max(axis=1))
    anchors = row_products(ai_dist, ai_side)
    e_ai = anchors[:, 0]
    exposure = (1 - q) * e_occ + q * e_ai
    ai_var = np.maximum(anchors[:, 1] - e_ai * e_ai, 0) + engine.uncertainty.match[0]
    variance = (1 - q) * var_occ + q * ai_var + q * (1 - q) * (e_occ - e_ai) ** 2
    known = occ_proba[:, g.bls_have]
    # Each row summed on its own, as one profile's is (a float32 sum over a batch's rows
    # adds in another order).
    mass = np.array([row.sum() for row in known], np.float32)
    bls = np.where(mass > 0, row_products(known, g.bls_known) / np.maximum(mass, 1e-9), np.nan)
    outlook = (1 - q) * moments[:, 3] + q * anchors[:, 2]
    shown = shown_weights(g, occ_proba, q, ai_dist)
    return Grounded(
        occ_proba, cat_proba, q, exposure, variance, ai_dist, outlook, bls, shown, named
    )
