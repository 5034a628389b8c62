"""The grounded parts of a result: matched occupations, outlook in words, and evidence.

Every figure a person reads says where it comes from: the occupation match (O*NET), the
four indices (each with its paper), the BLS projection, and for AI-era work the anchor
occupations and the articles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from career_resilience.model.grounded import Grounded, outlook_word
from career_resilience.model.grounding import BLS_SOURCE, INDICES
from career_resilience.model.result import CategoryProbability, OccupationMatch

if TYPE_CHECKING:
    from career_resilience.model.engine import Engine

#: Occupations listed in a result.
TOP_OCCUPATIONS = 5
ONET_SOURCE = "O*NET 27.0 occupations and titles (USDOL/ETA, CC BY 4.0)"


def occupation_matches(engine: Engine, proba: np.ndarray) -> tuple[OccupationMatch, ...]:
    """The most likely occupations with their published figures."""
    g = engine.ground
    out = []
    for k in np.argsort(-proba)[:TOP_OCCUPATIONS].tolist():
        if proba[k] <= 0:
            break
        occ = g.occupations[k]
        out.append(
            OccupationMatch(
                onet_soc=occ.onet_soc,
                title=occ.title,
                probability=float(proba[k]),
                consensus_pct=float(g.pct[k]),
                indices={name: getattr(occ, name) for name, _, _ in INDICES},
                bls_change_pct=occ.bls_change_pct,
                category=engine.ground.category_of[occ.onet_soc],
            )
        )
    return tuple(out)


def outlook_for(
    engine: Engine, grounded: Grounded, i: int, occupations: tuple[OccupationMatch, ...]
) -> tuple[str, str]:
    """(growing/stable/shrinking, the sentence with its figure and source)."""
    q = float(grounded.ai_share[i])
    if q >= 0.5:
        k = int(np.argmax(grounded.cat_proba[i]))
        cat = engine.kb.categories[engine.classes[k]]
        source = engine.kb.sources[cat.outlook.citation.source]
        return cat.outlook.trend, f"{cat.outlook.basis} ({source.title})"
    change = float(grounded.bls_change[i])
    if np.isnan(change):
        return "stable", "BLS publishes no 2022-32 projection for the matched occupations"
    top = occupations[0] if occupations else None
    second = occupations[1].probability if len(occupations) > 1 else 0.0
    # The outlook names the occupation when the match clearly favours it (the resilience
    # formula still weighs every matched occupation).
    clear = top is not None and top.probability >= 0.35 and top.probability >= 1.5 * second
    if clear and top is not None and top.bls_change_pct is not None:
        sentence = f"BLS projects {top.bls_change_pct:+.0f}% for {top.title.lower()}, 2022-32"
        return outlook_word(top.bls_change_pct), sentence
    return outlook_word(change), (
        f"BLS projects {change:+.0f}% for the matched occupations (probability-weighted), 2022-32"
    )


def evidence_for(
    engine: Engine,
    grounded: Grounded,
    i: int,
    occupations: tuple[OccupationMatch, ...],
    categories: tuple[CategoryProbability, ...],
) -> tuple[str, ...]:
    """The sources behind the figure, most important first."""
    papers = dict.fromkeys(paper for _, _, paper in INDICES)
    out = []
    if occupations and grounded.ai_share[i] < 1:
        top = occupations[0]
        out.append(f"{ONET_SOURCE}: matched to {top.onet_soc} {top.title} ({top.probability:.0%})")
        out.append(
            "Exposure: consensus percentile of GPT-4 and human beta, AI applicability and "
            "LM-AIOE — " + "; ".join(papers)
        )
        if top.bls_change_pct is not None:
            out.append(f"Outlook: {BLS_SOURCE} (public domain)")
    if grounded.ai_share[i] > 0:
        k = int(np.argmax(grounded.cat_proba[i] * engine.ground.anchor_mask))
        cid = engine.classes[k]
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
