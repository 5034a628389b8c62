"""Drivers of a grounded score: what each title word, skill and duty line adds, in points.

Each effect is leave-one-out: the exposure of the match with that item minus without it
(the other channels kept as they are). Only the channel the item feeds is recomputed, so
a driver costs one or two sparse look-ups, not a whole score.
"""

from __future__ import annotations

import numpy as np

from career_resilience.model.occupation_match import (
    MatchTables,
    query,
    similarities,
    softmax,
)
from career_resilience.skills.titles import normalise_title

#: Items looked at per kind (a long list of skills is summarised by its strongest).
MAX_ITEMS = 6


def _exposure(tables: MatchTables, f: np.ndarray, pct: np.ndarray) -> float:
    p = softmax((f @ tables.weights.astype(np.float32)) / tables.temperature)
    return float(p @ pct)


def _title_columns(tables: MatchTables, text: str, f: np.ndarray, first: int) -> None:
    """Recompute the title-channel columns ``first`` (and the two after it if title)."""
    cols, vals = query(tables.title_features, text)
    sims = similarities(tables.titles, cols, vals, len(tables.title_owner))
    best = np.maximum.reduceat(sims, tables.title_starts)
    f[:, first] = best
    if first == 0:
        f[:, 1] = sims[tables.official]
        f[:, 2] = best**2


def item_effects(
    tables: MatchTables,
    f: np.ndarray,
    pct: np.ndarray,
    row: tuple[str, tuple[str, ...], list[str]],
    scale: float = 1.0,
) -> list[tuple[str, float]]:
    """(readable name, points) for the title words, skills and duty lines of one profile.

    ``scale`` is the share of the exposure that comes from the match (1 - q).
    """
    role, skills, lines = row
    base = _exposure(tables, f, pct)
    out: list[tuple[str, float]] = []
    words = list(dict.fromkeys(normalise_title(role).split()))
    if len(words) > 1:
        for word in words[:MAX_ITEMS]:
            g = f.copy()
            _title_columns(tables, " ".join(w for w in words if w != word), g, 0)
            out.append((f'title "{word}"', scale * (base - _exposure(tables, g, pct))))
    m = len(tables.codes)
    for skill in skills[:MAX_ITEMS]:
        rest = "; ".join(s for s in skills if s != skill)
        g = f.copy()
        g[:, 3] = similarities(tables.tech, *query(tables.tech_features, rest), m)
        g[:, 4] = similarities(tables.tasks, *query(tables.task_features, rest), m)
        out.append((f'skill "{skill}"', scale * (base - _exposure(tables, g, pct))))
    if lines:
        for k, line in enumerate(lines[:MAX_ITEMS]):
            rest = "\n".join(x for j, x in enumerate(lines) if j != k)
            g = f.copy()
            g[:, 5] = similarities(tables.tasks, *query(tables.task_features, rest), m)
            _title_columns(tables, normalise_title(rest[:400]), g, 6)
            out.append((f'duty "{_short(line)}"', scale * (base - _exposure(tables, g, pct))))
    return out


def _short(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
