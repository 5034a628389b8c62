"""The step after each candidate's figures are worked out: reach, rank, the move
rules, the fallback and the figures a shown pivot carries.

The pivot path (``model/pivot_scoring.py``) works out fit, closeness and trade-offs,
for one person from what their frame keeps (``model/pivot_one.py``) or for many
people's candidates end to end, and hands them here as one :class:`Candidates` (that one
score and a batch agree is ``tests/test_engine.py::test_batch_scoring_matches_single_scoring``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from career_resilience.model.pivot_fallback import fallback
from career_resilience.model.pivot_rank import alike, in_reach, rank_of
from career_resilience.model.pivot_rules import Flag, Moves, Value, move_rules
from career_resilience.model.pivot_shown import Figures


@dataclass(frozen=True)
class Candidates:
    """Each candidate's figures as arrays over the candidate columns (one person's, or
    a batch's laid end to end); what the rules read and a shown pivot carries."""

    close: np.ndarray  # closeness from the person's categories (-1: not a candidate)
    fit: np.ndarray
    change: np.ndarray  # resilience after the move less the person's now
    exposure_change: np.ndarray
    step: np.ndarray  # job-zone step
    up: np.ndarray  # a step up over the person's own work
    sims: np.ndarray  # how alike the work activities are
    shared_sims: np.ndarray  # the same, a step up sharing the work it oversees
    closer: np.ndarray  # share of O*NET's own related moves less alike
    known: np.ndarray  # where the activities are known
    core_held: np.ndarray
    products_held: Value
    new_kind: np.ndarray  # into a kind of work the person's categories barely hold


@dataclass(frozen=True)
class Terms:
    """The person's side of the rules: one value, or one per candidate for a batch
    (``model/pivot_rules.move_rules`` says what each is)."""

    told: Flag  # named any skill (else the skills part of the fit weighs nothing)
    way_in: np.ndarray
    calm: Flag
    doctoral: Flag
    own_bls: Value
    school: np.ndarray | None
    listed: np.ndarray | None
    steps: dict[str, np.ndarray]
    placed: Flag
    unnamed: np.ndarray | None


def judged(
    col: dict[str, np.ndarray],
    flags: dict[str, np.ndarray],
    c: Candidates,
    terms: Terms,
    seg: np.ndarray | None = None,
    people: int = 1,
) -> tuple[Moves, Figures]:
    """The moves worth offering and the figures of every candidate (``seg``: whose each
    candidate is, None for one person's)."""
    work_alike = alike(c.known, c.closer)
    reach = in_reach(
        col["core_len"], col["product_len"], c.core_held, c.products_held, terms.told, work_alike
    )
    # A role drawn partly from the person's own occupation claims their work itself.
    reach = reach | col["own_anchor"]
    rank = rank_of(
        c.fit,
        c.close,
        c.change,
        reach,
        col["hand_written"],
        c.closer,
        work_alike | col["own_anchor"],
    )
    moves = move_rules(
        col,
        flags,
        close=c.close,
        fit=c.fit,
        change=c.change,
        exposure_change=c.exposure_change,
        up=c.up,
        sims=c.sims,
        shared_sims=c.shared_sims,
        closer=c.closer,
        known=c.known,
        core_held=c.core_held,
        way_in=terms.way_in,
        products_held=c.products_held,
        calm=terms.calm,
        doctoral=terms.doctoral,
        own_bls=terms.own_bls,
        reach=reach,
        school=terms.school,
        listed=terms.listed,
        steps=terms.steps,
        placed=terms.placed,
        unnamed=terms.unnamed,
        new_kind=c.new_kind,
    )
    moves = fallback(moves, seg, people)
    figures = Figures(
        col["slots"],
        c.fit,
        c.sims,
        c.known,
        c.step,
        c.close,
        c.exposure_change,
        c.change,
        rank,
        c.up,
        c.closer,
        reach,
        moves.near,
    )
    return moves, figures
