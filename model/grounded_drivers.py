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
    title_channel,
    title_text,
)
from career_resilience.skills.titles import normalise_title, title_without, typed_title_words

#: Items looked at per kind (a long list of skills is summarised by its strongest).
MAX_ITEMS = 6


def _exposures(tables: MatchTables, stacked: np.ndarray, pct: np.ndarray) -> np.ndarray:
    """The match's exposure under each of a stack of feature tables: (variants,).

    One softmax over the whole stack: each variant used to cost a dozen small numpy
    calls of its own, more than the arithmetic.
    """
    z = (stacked @ tables.weights.astype(np.float32)) / tables.temperature
    return softmax(z) @ pct


def item_effects(
    tables: MatchTables,
    f: np.ndarray,
    pct: np.ndarray,
    row: tuple[str, tuple[str, ...], list[str]],
    final: Callable[[np.ndarray, list[int | None]], np.ndarray],
) -> list[tuple[str, float]]:
    """(readable name, points) for the title words, skills and duty lines of one profile.

    ``final(changes, dropped)`` is the exposure shown, per variant, when the match's
    figure moves by ``changes[v]`` points and duty line ``dropped[v]`` (or none) is left
    out: duties move the score through the match *and* through their own ratings. Every
    left-out variant of a channel is looked up in one vectorised pass, and all variants
    are scored in one more.
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
    # variants in one vectorised pass over the titles' postings (texts already looked
    # up, in this profile or another of the batch, are not walked again).
    m = len(tables.codes)
    word_texts = [title_text(tables, title_without(role, x)) for x in word_items]
    best, official = title_channel(
        tables, word_texts + [normalise_title(rest[:400]) for rest in line_rests]
    )
    word_best, line_best = best[: len(word_items)], best[len(word_items) :]
    word_official = official[: len(word_items)]
    tech = similarities_many(
        tables.tech, [query(tables.tech_features, rest) for rest in skill_rests], m
    )
    tasks = similarities_many(
        tables.tasks, [query(tables.task_features, rest) for rest in skill_rests + line_rests], m
    )
    skill_tasks, line_tasks = tasks[: len(skill_rests)], tasks[len(skill_rests) :]
    names: list[str] = []
    dropped: list[int | None] = []
    stacked = np.repeat(f[None], 1 + len(word_items) + len(skill_rests) + len(line_rests), 0)
    v = 1  # row 0 stays the profile as typed
    for k, word in enumerate(word_items):
        g = stacked[v]
        g[:, 0], g[:, 1], g[:, 2] = word_best[k], word_official[k], word_best[k] ** 2
        names.append(f'title "{word}"')
        dropped.append(None)
        v += 1
    for k, skill in enumerate(skills[:MAX_ITEMS]):
        g = stacked[v]
        g[:, 3], g[:, 4] = tech[k], skill_tasks[k]
        names.append(f'skill "{skill}"')
        dropped.append(None)
        v += 1
    for k, line in enumerate(lines[: len(line_rests)]):
        g = stacked[v]
        g[:, 5], g[:, 6] = line_tasks[k], line_best[k]
        names.append(f'duty "{_short(line)}"')
        dropped.append(k)
        v += 1
    match = _exposures(tables, stacked, pct)
    shown = final(np.concatenate([[0.0], match[1:] - match[0]]), [None, *dropped])
    return [(name, float(shown[0] - x)) for name, x in zip(names, shown[1:].tolist(), strict=True)]


def _short(text: str, limit: int = 48) -> str:
    """A long duty line cut at a word (never mid-word) with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    # Cut at the last space when one falls in the second half; one very long word is
    # still cut where it must be.
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"
