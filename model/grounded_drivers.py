"""Drivers of a grounded score: what each title word, skill and duty line adds, in points.

Each effect is leave-one-out: the exposure with that item minus without it (the other
channels kept as they are); a duty line also leaves the duty model's estimate. Only the
channel the item feeds is recomputed, so a driver costs one or two sparse look-ups, not
a whole score.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from career_resilience.model.occupation_match import (
    MatchTables,
    query,
    similarities_many,
    softmax,
)
from career_resilience.skills.titles import normalise_title, title_without, typed_title_words

#: Items looked at per kind (a long list of skills is summarised by its strongest).
MAX_ITEMS = 6


def _exposure(tables: MatchTables, f: np.ndarray, pct: np.ndarray) -> float:
    p = softmax((f @ tables.weights.astype(np.float32)) / tables.temperature)
    return float(p @ pct)


def _best_title(tables: MatchTables, sims: np.ndarray) -> np.ndarray:
    """Each occupation's best-matching title, per row of title similarities."""
    if not len(sims):
        return sims
    return np.maximum.reduceat(sims, tables.title_starts, axis=1)


def item_effects(
    tables: MatchTables,
    f: np.ndarray,
    pct: np.ndarray,
    row: tuple[str, tuple[str, ...], list[str]],
    final: Callable[[float, int | None], float],
) -> list[tuple[str, float]]:
    """(readable name, points) for the title words, skills and duty lines of one profile.

    ``final(change, dropped)`` is the exposure shown when the match's figure moves by
    ``change`` points and duty line ``dropped`` (or none) is left out: duties move the
    score through the match *and* through their own ratings. Every left-out variant of
    a channel is looked up in one vectorised pass.
    """
    role, skills, lines = row
    # Drivers name the words as typed ("RN"), never their expansion ("registered"):
    # leaving a typed word out removes everything it expanded to.
    typed = typed_title_words(role)
    word_items = typed[:MAX_ITEMS] if len(typed) > 1 else []
    skill_rests = ["; ".join(s for s in skills if s != skill) for skill in skills[:MAX_ITEMS]]
    line_rests = [
        "\n".join(x for j, x in enumerate(lines) if j != k) for k in range(len(lines[:MAX_ITEMS]))
    ]
    # Left-out title words and duty lines change title similarities: all their
    # variants in one vectorised pass over the titles' postings.
    n_titles, m = len(tables.title_owner), len(tables.codes)
    sims = similarities_many(
        tables.titles,
        [query(tables.title_features, title_without(role, x)) for x in word_items]
        + [query(tables.title_features, normalise_title(rest[:400])) for rest in line_rests],
        n_titles,
    )
    word_sims, line_sims = sims[: len(word_items)], sims[len(word_items) :]
    word_best = _best_title(tables, word_sims)
    line_best = _best_title(tables, line_sims)
    tech = similarities_many(
        tables.tech, [query(tables.tech_features, rest) for rest in skill_rests], m
    )
    tasks = similarities_many(
        tables.tasks, [query(tables.task_features, rest) for rest in skill_rests + line_rests], m
    )
    skill_tasks, line_tasks = tasks[: len(skill_rests)], tasks[len(skill_rests) :]
    variants: list[tuple[str, np.ndarray, int | None]] = []
    for k, word in enumerate(word_items):
        g = f.copy()
        g[:, 0], g[:, 1], g[:, 2] = word_best[k], word_sims[k][tables.official], word_best[k] ** 2
        variants.append((f'title "{word}"', g, None))
    for k, skill in enumerate(skills[:MAX_ITEMS]):
        g = f.copy()
        g[:, 3], g[:, 4] = tech[k], skill_tasks[k]
        variants.append((f'skill "{skill}"', g, None))
    for k, line in enumerate(lines[: len(line_rests)]):
        g = f.copy()
        g[:, 5], g[:, 6] = line_tasks[k], line_best[k]
        variants.append((f'duty "{_short(line)}"', g, k))
    match_base = _exposure(tables, f, pct)
    base = final(0.0, None)
    return [
        (name, base - final(_exposure(tables, g, pct) - match_base, dropped))
        for name, g, dropped in variants
    ]


def _short(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
