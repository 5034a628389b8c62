"""The grounded parts of a result: matched occupations, outlook in words, and evidence.

Every figure a person reads says where it comes from: the occupation match (O*NET), the
four indices (each with its paper), the BLS projection, and for AI-era work the anchor
occupations and the articles.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import numpy as np

from career_resilience import wording
from career_resilience.contract import INDEX_KEYS
from career_resilience.model.grounded import (
    AI_ERA_LEADS,
    Grounded,
    nearest_first,
    nearest_rows,
    outlook_figure,
    outlook_word,
)
from career_resilience.model.grounding import BLS_SOURCE
from career_resilience.model.result import CategoryProbability, OccupationMatch
from career_resilience.skills.bls_combined import combined_with
from career_resilience.skills.occupations import occupation_table

if TYPE_CHECKING:
    from career_resilience.model.engine import Engine

#: Occupations listed in a result.
TOP_OCCUPATIONS = 5
ONET_SOURCE = "O*NET 27.0 occupations and titles (USDOL/ETA, CC BY 4.0)"


def occupation_matches(engine: Engine, proba: np.ndarray) -> tuple[OccupationMatch, ...]:
    """The most likely occupations with their published figures."""
    g = engine.ground
    out = []
    top = top_indices(proba, TOP_OCCUPATIONS)
    # Python floats taken once (tolist): the same values as float() of each element.
    for k, p, pct in zip(top.tolist(), proba[top].tolist(), g.pct[top].tolist(), strict=True):
        if p <= 0:
            break
        occ = g.occupations[k]
        out.append(
            OccupationMatch(
                onet_soc=occ.onet_soc,
                title=occ.title,
                probability=p,
                consensus_pct=pct,
                indices={name: getattr(occ, name) for name in INDEX_KEYS},
                bls_change_pct=occ.bls_change_pct,
                category=g.category_of[occ.onet_soc],
            )
        )
    return tuple(out)


def top_indices(values: np.ndarray, n: int) -> np.ndarray:
    """``np.argsort(-values)[:n]``: the n largest values' positions, largest first.

    Sorting all 950 occupations to read five was most of a result's records. When the
    n largest values and the next one are all different, the first n are one set in
    one order whatever the sort, so a partition finds them and only they are sorted;
    with a tie among them, everything is sorted stably: tied values keep column order,
    which is O*NET code order. (NumPy's default sort orders ties by CPU: on an AMD EPYC
    with AVX2 it listed three occupations tied at 0.57% in another order than the
    machine the result fixture was made on.)
    """
    if len(values) <= 4 * n:
        return np.argsort(-values, kind="stable")[:n]
    neg = -values
    part = np.argpartition(neg, n)[: n + 1]  # the n + 1 smallest, the (n + 1)th last
    first = part[:n][np.argsort(neg[part[:n]])]
    chosen = neg[first].tolist()
    if len(set(chosen)) == n and chosen[-1] < float(neg[part[n]]):
        return first
    return np.argsort(neg, kind="stable")[:n]


def outlook_for(
    engine: Engine, grounded: Grounded, i: int, occupations: tuple[OccupationMatch, ...]
) -> tuple[str, str, float | None]:
    """(growing/stable/shrinking, or "no BLS projection" where there is no figure; the
    sentence with its figure and source; the BLS figure the sentence states or None).
    ``occupations``: the ones the result shows.

    Below an AI-era share of 0.5 (``AI_ERA_LEADS``) the outlook is the match's BLS
    projection, so it names the match's own top occupation, not an anchor the shown list
    leads with. From 0.5 it is the likeliest AI-era category's cited trend, the part of
    the outlook ``q`` weighs, even where another kind of work is likelier (an "AI
    trainer" placed in personal care 41% at q 0.5 had been told personal care's BLS
    sentence beside evidence citing the AI-era article)."""
    q = float(grounded.ai_share[i])
    if q >= AI_ERA_LEADS:
        cat = engine.kb.categories[_ai_era_category(engine, grounded, i)]
        source = engine.kb.sources[cat.outlook.citation.source]
        return cat.outlook.trend, f"{cat.outlook.basis} ({source.title})", None
    if q > 0:
        occupations = occupation_matches(engine, grounded.occ_proba[i])
    change = float(grounded.bls_change[i])
    top = occupations[0] if occupations else None
    second = occupations[1].probability if len(occupations) > 1 else 0.0
    if np.isnan(change):
        # A clear or chosen occupation says why it has none, as a clear match with a
        # figure elsewhere does: a home health aide who chose Personal Care Aides read
        # "no projection for the matched occupations" of the one occupation they chose.
        if top is not None and outlook_figure(top.probability, second, None, change)[1]:
            return wording.NO_PROJECTION, _no_projection(top), None
        return (
            wording.NO_PROJECTION,
            "BLS publishes no 2022-32 projection for the matched occupations",
            None,
        )
    # The outlook names the occupation when the match clearly favours it (the resilience
    # formula still weighs every matched occupation).
    if top is not None:
        figure, named = outlook_figure(top.probability, second, top.bls_change_pct, change)
        if named and np.isnan(figure):
            # The resilience formula reads no figure as no change (grounding.bls_value);
            # the word says there is none ("stable" had claimed demand holds steady).
            return wording.NO_PROJECTION, _no_projection(top), None
        if named:
            # Named as published, as the match line names it: a lower-cased O*NET title
            # kept its comma inversion and read as a list ("for bus drivers, school").
            return outlook_word(figure), wording.bls_projection(figure, top.title), figure
    return outlook_word(change), wording.bls_projection(change, wording.MATCHED_WEIGHTED), change


def _ai_era_category(engine: Engine, grounded: Grounded, i: int) -> str:
    """The likeliest AI-era category of profile ``i`` (the outlook and the evidence name
    it; the result's top category may be another kind of work)."""
    return engine.classes[int(np.argmax(grounded.cat_proba[i] * engine.ground.anchor_mask))]


def _no_projection(top: OccupationMatch) -> str:
    """Why a clearly matched occupation shows no BLS figure of its own."""
    combined = combined_with(top.onet_soc)
    if combined is None:
        return f"BLS publishes no 2022-32 projection for {top.title}"
    broader, partners = combined
    table = occupation_table()
    names = [table[c].title for c in partners if c in table]
    return wording.bls_combined_only(top.title, broader, names)


def listed_nearest(
    engine: Engine, grounded: Grounded, i: int, occupations: tuple[OccupationMatch, ...]
) -> bool:
    """Whether the occupations listed are AI-era work's nearest O*NET occupations (the
    first is there for the AI-era share, ``grounded.nearest_first``): the result's
    ``occupations_nearest``."""
    if not occupations:
        return False
    return nearest_first(grounded, i, engine.occupation_index[occupations[0].onet_soc])


def nearest_kinds(engine: Engine, grounded: Grounded) -> list[str] | None:
    """Per profile, the label of the kind of work it was placed in when its occupations
    are AI-era work's nearest (``Standing.nearest_kind``), else ""; None when no profile's
    are (most batches: nothing more to do)."""
    if not grounded.ai_share.any():  # no AI-era share: a few microseconds a score saved
        return None
    near = nearest_rows(grounded)
    if not near.any():
        return None
    top = grounded.cat_proba.argmax(axis=1).tolist()
    labels = engine.kb.categories
    return [
        labels[engine.classes[k]].label if n else ""
        for n, k in zip(near.tolist(), top, strict=True)
    ]


#: How O*NET's titles end for a group of the jobs it has no occupation of its own for.
RESIDUAL = ", All Other"


def evidence_for(
    engine: Engine,
    grounded: Grounded,
    i: int,
    occupations: tuple[OccupationMatch, ...],
    categories: tuple[CategoryProbability, ...],
    *,
    chosen: bool = False,
    nearest: bool = False,
) -> tuple[str, ...]:
    """The sources behind the figure, most important first (``chosen``: the person
    picked the occupation, so the match line says so instead of how sure it is;
    ``nearest``: :func:`listed_nearest`, AI-era work given its nearest occupations'
    figures, not matched to them)."""
    out = []
    q = float(grounded.ai_share[i])
    if occupations and q < 1:
        top = occupations[0]
        # Worded from the probability as saved (four decimals, ``Result.as_saved``), as the
        # list of matches is shown: the unrounded 0.70447 read "70%" here beside the list's
        # saved 0.7045 "71%" (11 of 2,800 varied profiles).
        matched = (top.onet_soc, top.title, round(top.probability, 4), chosen, nearest)
        out.append(wording.matched_evidence(ONET_SOURCE, *matched))
        if top.title.endswith(RESIDUAL) and not nearest:
            out.append(wording.residual_group_evidence(top.title))
        # Only the indices of the occupations the figure is made of (147 of 950 have no
        # LM-AIOE figure): a legislator's (>99%) had named LM-AIOE; one shown "<1%" is not.
        made_of = [o.indices for o in occupations if wording.percent_sure(o.probability) != "<1%"]
        out.append(_exposure_evidence(wording.indices_present(made_of or [top.indices])))
        # From q 0.5 the outlook is the AI-era category's (``outlook_for``), not BLS's.
        if top.bls_change_pct is not None and q < AI_ERA_LEADS:
            out.append(f"Outlook: {BLS_SOURCE} (public domain)")
    if q > 0:
        cid = _ai_era_category(engine, grounded, i)
        names = ", ".join(
            f"{c} {engine.ground.occupations[engine.occupation_index[c]].title}"
            for c in engine.ground.anchor_codes.get(cid, ())
        )
        cat = engine.kb.categories[cid]
        source = engine.kb.sources[cat.outlook.citation.source]
        out.append(
            f"{cat.label}: not an O*NET 2019 occupation; figures of its nearest O*NET "
            f"occupations ({names}), outlook from “{source.title}”"
        )
    return tuple(out)


#: The exposure's evidence line: the same words for the same indices present.
_exposure_evidence = functools.cache(wording.exposure_evidence)
