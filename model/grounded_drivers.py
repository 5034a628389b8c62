"""Drivers of a grounded score: what each title word, skill and duty line adds, in points.

Linearised through the match: each channel similarity of each occupation is split
between the typed items that make it up (``driver_shares``), so an item's part of an
occupation's logit is its shares times the combiner's weights. The profile with only
some of its items is then one softmax over the 950 occupations whose logits hold only
their parts (``driver_variants``; a duty line left out also leaves the duty model's mean
rating), and each item's points are its Shapley value over the items (``item_shapley``):
the title's units, the skills and the duty lines share what they move together, and
the values add up to what all of them do against none. Nothing is re-matched."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from itertools import combinations

import numpy as np

from career_resilience.model import driver_shares as ds
from career_resilience.model.driver_category import CategoryReading
from career_resilience.model.driver_category_split import AiShare
from career_resilience.model.driver_shares import split, split_each
from career_resilience.model.driver_variants import Rows, TitleReads, Variants
from career_resilience.model.explain import MIN_EFFECT
from career_resilience.model.item_shapley import MAX_PLAYERS, players, shapley
from career_resilience.model.occupation_match import (
    MatchTables,
    skill_figures,
    title_channel,
    title_text,
    work_texts,
)
from career_resilience.model.title_shapley import SHAPLEY_WORDS, title_credit
from career_resilience.model.title_specialty import Heard
from career_resilience.model.title_units import KEPT_UNITS, title_units
from career_resilience.skills.titles import title_keeper, title_keeping
from career_resilience.wording import placing_duty_driver

#: Items looked at per kind (a long list of skills is summarised by its strongest).
MAX_ITEMS = 6

# Feature columns of ``occupation_match.FEATURES``.
_MAX, _OFFICIAL, _MAX_SQ, _TECH, _SKILL_TASKS, _DUTY_TASKS, _DUTY_TITLE = range(7)


def item_effects(
    tables: MatchTables,
    f: np.ndarray,
    pct: np.ndarray,
    row: tuple[str, tuple[str, ...], list[str]],
    final: Callable[[np.ndarray, np.ndarray], np.ndarray],
    category: CategoryReading,
    title_as_typed: bool | None = None,
    placed_in: Callable[[], str] = str,
    anchored: tuple[float, np.ndarray] | None = None,
    temperature: float = 0.0,
    title_listed: bool = False,
    heard: Heard | None = None,
) -> list[tuple[str, float]]:
    """(readable name, points) for the title words, skills and duty lines of one profile.

    ``f`` is the profile's (occupations, features) table as matched; ``final(changes,
    dropped)`` the exposure shown, per variant, when the match's figure moves by
    ``changes[v]`` points and the duty lines of bitmask ``dropped[v]`` (bit k: line k)
    are left out: duties move the score through the match *and* through their own
    ratings. ``category``: the category model's reading of the profile, split between
    the items as the match's logits are (``driver_category``). ``title_as_typed``:
    the title was read as typed (no skill or line read it in context, so none is read
    again without one); None: not known, looked at here. ``placed_in()``: the title
    of the occupation shown first, named by a duty line that places the work there
    (asked only then). ``anchored``: AI-era work's share q and its anchors' weights
    (``grounded.anchor_spread``): the occupation shown first is then the first of the
    match weighed by 1 - q plus those (q of the profile as typed, for every variant).
    ``temperature``: the profile's (``MatchTables.temperature_for``); 0: the combiner's.
    ``title_listed``: the title is one O*NET lists (``grounded.title_listed``): no
    variant holding it has an AI-era share. ``heard``: what the title rules heard of
    the items as the profile's own read of ``row`` made ``f`` (None: read it again).
    """
    role, skills, lines = row
    w, pct32 = _constants(tables, pct, temperature or tables.temperature)
    f = f.astype(np.float32, copy=False)
    z = f @ w
    units = list(title_units(role))
    skills, lines = skills[:MAX_ITEMS], lines[:MAX_ITEMS]
    title_part = f[:, :3] @ w[:3]
    title = None
    if units:
        if len(units) > SHAPLEY_WORDS:  # credited whole: one player
            best, official = f[None, :, _MAX], f[None, :, _OFFICIAL]
        else:
            best, official = _title_parts(tables, role, units, f)
        title = (best, official, title_part)
    parts = _item_parts(tables, f, w, row, len(skills), len(lines))
    reads = TitleReads(tables, row, f, w, (len(skills), len(lines)), title_as_typed, heard)
    # The title's players as the category model reads them: one whole title, or each unit.
    players_read = [] if title is None else [role] if len(title[0]) == 1 else units
    kinds = category.parts(players_read, len(skills), row[2], len(lines))
    variants = Variants(z, title, parts, len(skills), w, reads, kinds, title_listed)
    u, n = variants.units, len(parts)
    if not u + n:
        return []
    chosen = list(range(n))
    if u + n > MAX_PLAYERS:  # those that move it most alone play, the others as one
        alone = _figures(*variants.alone(), pct32)
        chosen = players(u + 1, alone[2:] - alone[1])
    rows = variants.game(chosen)
    # A duty line without which another occupation comes first placed the work.
    shown_first = _shown_first(anchored)
    top = shown_first(rows.weights[rows.full])
    placing = [shown_first(rows.weights[r]) != top for r in rows.without[len(skills) :]]
    shown = _exposures(rows, pct32, final)
    others = [k for k in range(n) if k not in chosen]
    p, full = u + len(chosen) + bool(others), rows.full
    phi = shapley(shown[: 1 << p])
    effect = np.empty(n)
    effect[chosen] = phi[u : u + len(chosen)]
    if others:
        # Each other item: what leaving it alone out moves, and an equal share of what
        # the group does beyond that (what they say alike), so the values add up.
        alone_out = shown[full] - shown[1 << p :]
        effect[others] = alone_out + (phi[-1] - np.add.reduce(alone_out)) / len(others)
    out: list[tuple[str, float]] = []
    if units:
        bits = full - ((1 << u) - 1)  # every item held, the title's units as the subset
        value = {s: float(shown[bits + sum(1 << j for j in s)]) for s in _subsets(u)}
        value[tuple(range(u))] = float(shown[full])
        first = _TopsWithout(tables, role, units, z - title_part, w)
        first[tuple(range(len(units)))] = int(z.argmax())
        out += title_credit(units, value, first, MIN_EFFECT, phi[:u].tolist())
    occupation = placed_in() if any(placing) else ""
    names = [f'skill "{x}"' for x in skills] + [
        placing_duty_driver(_short(x), occupation) if placed else f'duty "{_short(x)}"'
        for x, placed in zip(lines, placing, strict=True)
    ]
    return out + list(zip(names, effect.tolist(), strict=True))


def _item_parts(
    tables: MatchTables,
    f: np.ndarray,
    w: np.ndarray,
    row: tuple[str, tuple[str, ...], list[str]],
    skills: int,
    lines: int,
) -> np.ndarray:
    """(items, occupations) float32: each named skill's, then each named duty line's
    part of each logit. Every skill shares the skill channels (the first ``skills`` are
    named); a line's part of the duties' match against titles follows its part of their
    match against tasks (reading each line against 52k titles cost a score)."""
    every, duties = row[1], row[2]
    parts = np.empty((skills + lines, len(f)), np.float32)
    if not skills + lines:
        # A title alone: the task featurizer, built on first use (~7 ms), is not needed
        # (a cold `resilience score --role ...` had built it for nothing).
        return parts
    # Skills and duty lines against tasks in one look-up (each text's own, remembered).
    tasks = ds.own_similarities(tables.tasks, tables.task_features, [*every, *duties], len(f))
    if skills:
        tech = split(skill_figures(tables, every), f[:, _TECH]) * w[_TECH]
        part = tech + split(tasks[: len(every)], f[:, _SKILL_TASKS]) * w[_SKILL_TASKS]
        if not row[0]:  # no title read: the work the skills name stood for it
            part += _work_parts(tables, f, w, every)
        parts[:skills] = part[:skills]
    if lines:
        feature = f[:, _DUTY_TASKS] * w[_DUTY_TASKS] + f[:, _DUTY_TITLE] * w[_DUTY_TITLE]
        parts[skills:] = split(tasks[len(every) :], feature)[:lines]
    return parts


def _work_parts(
    tables: MatchTables, f: np.ndarray, w: np.ndarray, every: tuple[str, ...]
) -> np.ndarray:
    """(skills, occupations): each skill's share of the title's part of each logit in a
    profile read with no title, where the work skills name stands for it
    (``occupation_match.work_texts``: "gardening" a gardener), in proportion to the
    title part of the work it names alone; zeros when none names work."""
    title_part = f[:, :3] @ w[:3]
    own = np.zeros((len(every), len(f)), np.float32)
    if not title_part.any():
        return own
    for k, skill in enumerate(every):
        texts = work_texts(tables, skill)
        if texts != [""]:
            best, official = (a.max(axis=0) for a in title_channel(tables, texts))
            own[k] = best * w[_MAX] + official * w[_OFFICIAL] + best * best * w[_MAX_SQ]
    return split(own, title_part)


def _exposures(
    rows: Rows, pct32: np.ndarray, final: Callable[[np.ndarray, np.ndarray], np.ndarray]
) -> np.ndarray:
    """The exposure shown per variant of ``rows``."""
    figure = _figures(rows.weights, rows.ai, pct32)
    return final(figure - figure[rows.full], rows.dropped)


def _figures(weights: np.ndarray, ai: AiShare | None, pct32: np.ndarray) -> np.ndarray:
    """The exposure figure per variant before the duty lines' ratings: the match's,
    and the AI-era categories' by the variant's AI-era share (``grounded``; None:
    no variant has any)."""
    match = _match(weights, pct32)
    return match if ai is None else (1.0 - ai.q) * match + ai.q * ai.figure


def _match(weights: np.ndarray, pct32: np.ndarray) -> np.ndarray:
    """The match's exposure figure per variant, from its softmax numerators (before
    the duty lines' ratings and the AI-era share)."""
    # einsum, not a product: OpenBLAS hands a product over this many variants to its
    # threads, whose wake-up on a busy machine cost milliseconds.
    return np.einsum("ij,j->i", weights, pct32) / np.einsum("ij->i", weights)


#: Per matcher tables: the combiner's weights over the temperature and the occupations'
#: percentiles, as float32 (the tables are kept too, so that their id stays theirs).
_CONSTANTS: dict[tuple[int, float], tuple[object, object, np.ndarray, np.ndarray]] = {}


def _constants(
    tables: MatchTables, pct: np.ndarray, temperature: float
) -> tuple[np.ndarray, np.ndarray]:
    """(weights / temperature, percentiles), float32: worked out once, not per score
    (the profile's temperature: ``MatchTables.temperature_for``).

    float32 throughout: numpy's float32 exp is about 4x faster than float64's here, and
    a variant's exposure needs hundredths of a point, not 1e-7.
    """
    key = (id(tables), temperature)
    kept = _CONSTANTS.get(key)
    if kept is None or kept[1] is not pct:
        w = (tables.weights / temperature).astype(np.float32)
        kept = _CONSTANTS[key] = (tables, pct, w, pct.astype(np.float32))
    return kept[2], kept[3]


def _title_parts(
    tables: MatchTables, role: str, units: list[str], f: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(units, occupations) twice: each title unit's share of each occupation's best
    title cosine and of its official title's, in proportion to the unit's own (each
    unit's text looked up alone, through the title channel's memo)."""
    if len(units) == 1:
        return f[None, :, _MAX], f[None, :, _OFFICIAL]
    keeping = title_keeper(role)
    texts = [_unit_text(tables, keeping(unit.split())) for unit in units]
    own = ds.own_title_words(tables, texts)
    best, official = split_each(own, (f[:, _MAX], f[:, _OFFICIAL]))
    return best, official


#: Title units as the title channel reads them, by normalised text (units recur: "data",
#: "analyst"; mending a slip searches the title vocabulary), per matcher tables.
_UNIT_TEXTS: dict[tuple[int, str], str] = {}


def _unit_text(tables: MatchTables, normalised: str) -> str:
    """``title_text`` of a title unit, remembered (the tables stay alive in
    :data:`_CONSTANTS`, so their id is not reused)."""
    key = (id(tables), normalised)
    text = _UNIT_TEXTS.get(key)
    if text is None:
        if len(_UNIT_TEXTS) >= KEPT_UNITS:
            _UNIT_TEXTS.clear()
        text = _UNIT_TEXTS[key] = title_text(tables, normalised)
    return text


class _TopsWithout(dict[tuple[int, ...], int]):
    """The occupation placed first with only a subset of the title's units typed, by
    subset; a subset not given is the title without one unit, looked up for real when
    first asked for (``title_shapley`` asks only for a word whose points run against the
    whole title's, and only when the word alone pushes the same way: a question about
    the match itself, not about the shares). Most titles never ask, and each look-up
    walks the 52k titles' postings."""

    def __init__(
        self, tables: MatchTables, role: str, units: list[str], rest: np.ndarray, w: np.ndarray
    ) -> None:
        super().__init__()
        self._tables, self._role, self._units, self._rest, self._w = tables, role, units, rest, w

    def __missing__(self, subset: tuple[int, ...]) -> int:
        kept = [word for k in subset for word in self._units[k].split()]
        text = title_text(self._tables, title_keeping(self._role, kept))
        b, o = title_channel(self._tables, [text])
        w = self._w
        z = self._rest + b[0] * (w[_MAX] + b[0] * w[_MAX_SQ]) + o[0] * w[_OFFICIAL]
        self[subset] = top = int(z.argmax())
        return top


def _shown_first(anchored: tuple[float, np.ndarray] | None) -> Callable[[np.ndarray], int]:
    """The occupation shown first for a variant's match weights (exp of its logits)."""
    if anchored is None:
        return lambda weights: int(weights.argmax())
    q, spread = anchored
    # A line that moves the match under an AI-era category's anchors places nothing:
    # the anchors stay first (a duty line had "placed" an AI engineer in Data Scientists).
    return lambda weights: int(((1 - q) * weights / np.add.reduce(weights) + q * spread).argmax())


@cache
def _subsets(n: int) -> list[tuple[int, ...]]:
    """Every subset of ``range(n)`` but the full one, the empty one first (no title)."""
    return [s for size in range(n) for s in combinations(range(n), size)]


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
