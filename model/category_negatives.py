"""O*NET's own titles that a corpus-only category model reads as AI-era work, as training rows.

The category model learns from the project's corpus, where "reviewer", "evaluator",
"platform" or "operations" appear mostly in AI-era titles ("AI output reviewer", "LLM
evaluator", "AI operations specialist"). It knew no ordinary use of those words, so an
ordinary title O*NET does not list read as AI-era work: "Claims reviewer" was AI oversight
at 80%, "Permit reviewer" 89%, "Machine monitor" 54%, "Platform supervisor (railway)"
platform engineering 72%; their figures then came from the AI-era
category's anchor occupations (CIS managers, network administrators), not from the work.

O*NET's titles say how ordinary work uses these words. The titles a model fit on the
corpus alone reads as AI-era work (a share of at least ``HARD_SHARE``) join its training
rows, each labelled with the frame category of the occupation that lists it: "Loan
Reviewer" finance, "Reviewer" writing and editing, "Fashion Model" sales. Only
these hard cases are added: all 38k titles cost eight times the fit and change the
model's reading of work the corpus already tells apart.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from career_resilience.model.examples import Row
from career_resilience.model.features import normalise
from career_resilience.model.grounded import AI_ERA_FLOOR
from career_resilience.skills.models import KnowledgeBase

#: Corpus-only model's share on the AI-era categories (softmax before its temperature)
#: from which an O*NET title is added: the result's own floor (``grounded.AI_ERA_FLOOR``),
#: from which an AI-era kind's anchor occupations start to take over. 315 of the 38k
#: titles; from 0.2 (1,434 titles) the model moved more besides: a "Clerk" sorting mail
#: went from mail clerks (52%) to postal carriers, and "Driver" with a CDL and a
#: forklift licence read the items' points 4 apart from scoring every subset for real.
HARD_SHARE = AI_ERA_FLOOR
#: What each added title counts against a corpus example in the fit. Measured on 87
#: invented ordinary titles (20 of them read as AI-era work before) and 40 invented
#: AI-era ones (29 read so), none of them dev profiles: at weight 1 all 20 ordinary
#: titles left the AI-era categories, but only 23 of the 29 AI-era ones stayed ("LLM ops
#: specialist" became airfield operations) and the corpus's cross-validated macro F1
#: fell 0.760 -> 0.746; at 0.25, 19 of the 20 leave, 26 of the 29 stay, F1 0.763
#: (those with the titles from a share of 0.2; from the floor, as shipped: 17 of the 20
#: leave, the evaluators of training and safety and an "Evaluation coordinator" stay;
#: 28 of the 29 stay, "Image labeler" goes to packaging; F1 0.760). The corpus is the
#: project's own reading: O*NET's titles correct it where it knew no other use of a
#: word, they do not outvote it.
NEGATIVE_WEIGHT = 0.25


def onet_title_rows(kb: KnowledgeBase, seed: int) -> tuple[list[Row], list[str]]:
    """O*NET's titles as title-only rows, labelled with their occupation's frame category.

    Only the titles the occupation matcher's tables keep (``occupation_training.
    split_items`` with the matcher's seed and hold-out): the held-out titles make the
    pseudo-profiles the matcher is calibrated on, and the category model's reading of
    them (its ``category_agrees`` column) must be as unseen there as a typed title is.
    A title the corpus itself holds (in any category) is left out: where both name a
    title, the corpus's label is the one the project chose ("DevOps engineer").
    """
    from career_resilience.model.occupation_training import HOLDOUT, split_items
    from career_resilience.skills.occupation_frame import build_frame
    from career_resilience.skills.occupations import occupation_data

    data = occupation_data()
    codes = sorted(data.occupations)
    frame = build_frame(codes, kb.categories, kb.occupation_frame)
    # Titles are cut first in split_items, so its task argument does not move this split.
    split = split_items(data, {}, HOLDOUT, seed)
    corpus = {normalise(t) for section in kb.corpus.values() for t in section.titles}
    seen: set[tuple[str, str]] = set()
    rows: list[Row] = []
    labels: list[str] = []
    for i, title, _official in split.titles:
        category = frame.category_of[codes[i]]
        key = (normalise(title), category)
        if key[0] in corpus or key in seen:
            continue
        seen.add(key)
        rows.append((title, "", ""))
        labels.append(category)
    return rows, labels


def hard_negatives(
    kb: KnowledgeBase,
    vec: Any,
    coef: np.ndarray,
    intercept: np.ndarray,
    classes: list[str],
    seed: int,
) -> tuple[list[Row], list[str]]:
    """The O*NET title rows (``onet_title_rows``) that the corpus-only model ``vec``,
    ``coef``, ``intercept`` (categories in ``classes`` order) reads as AI-era work with
    a share of at least ``HARD_SHARE``; (rows, labels), in the titles' order."""
    rows, labels = onet_title_rows(kb, seed)
    if not rows:
        return [], []
    ai_era = np.array([c in kb.occupation_frame.get("anchors", {}) for c in classes])
    logits = np.asarray(vec.transform(rows) @ coef.T) + intercept
    logits -= logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    share = p[:, ai_era].sum(axis=1) / p.sum(axis=1)
    keep = np.flatnonzero(share >= HARD_SHARE).tolist()
    return [rows[i] for i in keep], [labels[i] for i in keep]
