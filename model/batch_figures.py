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

from career_resilience.model.assemble import Batch, result_for
from career_resilience.model.profile import Profile
from career_resilience.model.result import Result
from career_resilience.model.title_shorthand import read_employers, read_shorthands
from career_resilience.model.title_situation import (
    read_title,
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

    Reads each chunk as the full result does (``Engine.read_chunk``), then only its figures.
    """
    placed = read_employers(profiles)
    read = read_shorthands(engine, [read_title(p) for p in placed])
    out: list[Result] = []
    for start in range(0, len(read), 512):
        out += _chunk(engine, read[start : start + 512])
    return [r.to_dict() for r in with_situation_notes(out, placed, read)]


def _chunk(engine: Any, profiles: list[Profile]) -> list[Result]:
    read = engine.read_chunk(profiles)
    batch = Batch.compute(engine, profiles, read.grounded, read.held, read.rated, read.feats)
    return [result_for(engine, batch, i, p, read.matches[i]) for i, p in enumerate(profiles)]
