"""The figures of a result without its drivers, pivots and duty breakdown (``--fields``).

An organisation scoring a whole workforce often needs only the numbers: exposure, band,
the matched occupations. Drivers (a leave-one-out re-match per title word, skill and
duty line) and pivots (a search over related occupations) are most of a full result's
cost, so when the requested fields need neither, this module runs the engine's steps
up to the figures and stops there. Every value is built by the same functions the
engine uses and rendered by the contract's own ``to_dict``, so a figure here is the same
figure, to the byte, as in the full result (tests/test_batch_fields.py checks).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from career_resilience.model.assemble import Batch, result_for
from career_resilience.model.grounded import ground
from career_resilience.model.occupation_match import channel_features, set_category, softmax
from career_resilience.model.profile import Profile, duty_lines
from career_resilience.model.result import Result
from career_resilience.model.title_context import read_in_context
from career_resilience.model.title_shorthand import read_shorthands
from career_resilience.model.title_situation import (
    logits_of,
    read_title,
    read_work,
    with_situation_notes,
)

#: Fields of the contract that need no drivers, pivots or duty scores.
FIGURE_FIELDS = frozenset(
    {
        "exposure",
        "band",
        "interval",
        "interval_level",
        "resilience",
        "resilience_parts",
        "outlook",
        "outlook_basis",
        "outlook_change_pct",
        "occupations",
        "evidence",
        "categories",
        "mix",
        "mix_from_duties",
        "unrecognised_skills",
        "suggestions",
        "recognised_skills",
        "model_version",
        "category_chosen",
        "occupation_chosen",
        "occupations_nearest",
        "title_note",
    }
)
#: Every top-level field of a result, in the contract's order.
ALL_FIELDS = (
    "exposure",
    "band",
    "interval",
    "resilience",
    "resilience_parts",
    "outlook",
    "outlook_basis",
    "outlook_change_pct",
    "interval_level",
    "occupations",
    "evidence",
    "categories",
    "pivots",
    "drivers",
    "duties",
    "mix",
    "mix_from_duties",
    "unrecognised_skills",
    "suggestions",
    "model_version",
    "pivot_note",
    "recognised_skills",
    "category_chosen",
    "occupation_chosen",
    "occupations_nearest",
    "title_note",
)


def figures(engine: Any, profiles: list[Profile]) -> list[dict[str, Any]]:
    """The result dicts of ``profiles`` with empty drivers, pivots and duties.

    Follows ``Engine._score_chunk`` step for step up to the figures.
    """
    read = read_shorthands(engine, [read_title(p) for p in profiles])
    out: list[Result] = []
    for start in range(0, len(read), 512):
        out += _chunk(engine, read[start : start + 512])
    return [r.to_dict() for r in with_situation_notes(out, profiles, read)]


def _chunk(engine: Any, profiles: list[Profile]) -> list[Result]:
    t, mt = engine.tables, engine.match_tables
    matches, fields = engine.read_skills(profiles)
    rows = [
        (engine.category_title(p.role), field, p.duties)
        for p, field in zip(profiles, fields, strict=True)
    ]
    cls_proba = t.proba(rows)
    held = np.zeros((len(profiles), len(t.skill_ids)), np.float32)
    for i, ms in enumerate(matches):
        for m in ms:
            if m.skill is not None:
                held[i, t.skill_index[m.skill.id]] = 1.0
    lines = [duty_lines(p.duties) for p in profiles]
    flat = engine.rate_duties([line for ls in lines for line in ls])
    bounds = np.cumsum([0] + [len(ls) for ls in lines])
    rated = [flat[bounds[i] : bounds[i + 1]] for i in range(len(profiles))]
    match_rows = [(p.role, "; ".join(p.skills), p.duties) for p in profiles]
    feats = channel_features(mt, match_rows)
    read_work(mt, profiles, feats)
    feats = read_in_context(mt, match_rows, feats)
    set_category(feats, cls_proba, engine.ground.agree)
    occ_proba = softmax(logits_of(mt, profiles, feats, mt.weights.astype(np.float32)))
    grounded = ground(engine, profiles, cls_proba, occ_proba)
    batch = Batch.compute(engine, profiles, grounded, held, rated, feats)
    return [result_for(engine, batch, i, p, matches[i]) for i, p in enumerate(profiles)]
