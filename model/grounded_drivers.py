"""Drivers of a grounded score: what each title word, skill and duty line adds, in points.

A skill's or a duty line's effect is leave-one-out: the exposure with that item minus
without it (the other channels kept as they are); a duty line also leaves the duty
model's estimate. Title words are credited by Shapley values over the title's words
(``title_shapley``): they work together, and leave-one-out blamed a word for what the
others did. Only the channel an item feeds is recomputed, so a driver costs one or two
sparse look-ups, not a whole score.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from career_resilience.model.explain import MIN_EFFECT
from career_resilience.model.occupation_match import (
    MatchTables,
    duty_title_text,
    query,
    similarities_many,
    softmax,
    title_channel,
    title_text,
)
from career_resilience.model.title_shapley import SHAPLEY_WORDS, proper_subsets, title_credit
from career_resilience.skills.titles import title_keeping, typed_title_words

#: Items looked at per kind (a long list of skills is summarised by its strongest).
MAX_ITEMS = 6


def _exposures(
    tables: MatchTables, stacked: np.ndarray, pct: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The match's exposure under each of a stack of feature tables, and the occupation
    it places first: (variants,) each.

    One softmax over the whole stack: each variant used to cost a dozen small numpy
    calls of its own, more than the arithmetic.
    """
    z = (stacked @ tables.weights.astype(np.float32)) / tables.temperature
    return softmax(z) @ pct, z.argmax(axis=1)


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
    out: duties move the score through the match *and* through their own ratings. Skills
    and duty lines are leave-one-out; title words are Shapley values over the title's
    words (``title_shapley``). The variants of the skills and duty channels are looked
    up in one vectorised pass each, title variants one text at a time
    (:func:`_title_figures`), and all variants are scored in one more.
    """
    role, skills, lines = row
    # Drivers name the words as typed ("RN"), never their expansion ("registered"):
    # leaving a typed word out removes everything it expanded to.
    words = typed_title_words(role)
    words = words if len(words) > 1 else []
    subsets = proper_subsets(len(words)) if 1 < len(words) <= SHAPLEY_WORDS else []
    skill_rests = ["; ".join(s for s in skills if s != skill) for skill in skills[:MAX_ITEMS]]
    line_rests = [
        "\n".join(x for j, x in enumerate(lines) if j != k) for k in range(len(lines[:MAX_ITEMS]))
    ]
    # Title subsets and left-out duty lines change title similarities (texts already
    # looked up, in this profile or another of the batch, are not walked again).
    m = len(tables.codes)
    subset_texts = [title_text(tables, title_keeping(role, [words[k] for k in s])) for s in subsets]
    best, official = _title_figures(
        tables, subset_texts + [duty_title_text(tables, rest) for rest in line_rests]
    )
    word_best, line_best = best[: len(subsets)], best[len(subsets) :]
    word_official = official[: len(subsets)]
    tech = similarities_many(
        tables.tech, [query(tables.tech_features, rest) for rest in skill_rests], m
    )
    tasks = similarities_many(
        tables.tasks, [query(tables.task_features, rest) for rest in skill_rests + line_rests], m
    )
    skill_tasks, line_tasks = tasks[: len(skill_rests)], tasks[len(skill_rests) :]
    title_rows = ([()] if words else []) + subsets
    stacked = np.repeat(f[None], 1 + len(title_rows) + len(skill_rests) + len(line_rests), 0)
    v = 1  # row 0 stays the profile as typed
    if words:
        stacked[v, :, :3] = 0.0  # no title at all: every title similarity is 0
        v += 1
    for k in range(len(subsets)):
        g = stacked[v]
        g[:, 0], g[:, 1], g[:, 2] = word_best[k], word_official[k], word_best[k] ** 2
        v += 1
    names: list[str] = []
    dropped: list[int | None] = [None] * len(title_rows)
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
    match, top = _exposures(tables, stacked, pct)
    shown = final(np.concatenate([[0.0], match[1:] - match[0]]), [None, *dropped]).tolist()
    out: list[tuple[str, float]] = []
    if words:
        full = tuple(range(len(words)))
        keys = [(), *subsets]
        value = dict(zip(keys, shown[1 : 1 + len(keys)], strict=True)) | {full: shown[0]}
        first = dict(zip(keys, top[1 : 1 + len(keys)].tolist(), strict=True)) | {full: int(top[0])}
        out += title_credit(words, value, first, MIN_EFFECT)
    rest = shown[1 + len(title_rows) :]
    return out + [(name, shown[0] - x) for name, x in zip(names, rest, strict=True)]


def _title_figures(tables: MatchTables, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """:func:`title_channel` of each text, looked up one text at a time.

    The same figures, bit for bit, as one call with every text (a text's cosines never
    depend on what it is looked up with), but faster: all texts at once scatter into
    one (texts x 52k titles) float64 table, several megabytes, past the processor's
    cache for the 6-14 variants of a title or of the duty lines; one text's 52k row
    (400 KB) stays in it. On the variants of 200 varied profiles, 1.4-1.5x less CPU.
    """
    if not texts:
        return title_channel(tables, texts)
    found = [title_channel(tables, [text]) for text in texts]
    return np.concatenate([b for b, _ in found]), np.concatenate([o for _, o in found])


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
