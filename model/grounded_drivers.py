"""Drivers of a grounded score: what each title word, skill and duty line adds, in points.

Linearised through the match: each channel similarity of each occupation is split
between the typed items that make it up (``driver_shares``), so an item's part of an
occupation's logit is its shares times the combiner's weights. A skill's or a duty
line's effect is the exposure shown minus the exposure with its part taken out of every
logit (a duty line also leaves the duty model's mean rating). Title words are credited
by Shapley values over the title's words (``title_shapley``), each subset's logits
holding only its words' parts; the whole title's effect (all of it against no title at
all) is exact. Nothing is re-matched: each variant is one softmax over the 950
occupations, where leave-one-out re-read the 52k titles up to 20 times a score.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache
from itertools import combinations, product

import numpy as np

from career_resilience.model import driver_shares as ds
from career_resilience.model.driver_shares import split
from career_resilience.model.explain import MIN_EFFECT
from career_resilience.model.occupation_match import (
    MatchTables,
    skill_figures,
    title_channel,
    title_text,
    title_texts,
)
from career_resilience.model.title_context import ends_a_listed_title, listed, read_in_context
from career_resilience.model.title_shapley import SHAPLEY_WORDS, title_credit
from career_resilience.skills.titles import (
    TRAILING_LEAD,
    title_keeper,
    title_keeping,
    typed_title_words,
)
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
    final: Callable[[np.ndarray, list[int | None]], np.ndarray],
    title_as_typed: bool | None = None,
    placed_in: Callable[[], str] = str,
) -> list[tuple[str, float]]:
    """(readable name, points) for the title words, skills and duty lines of one profile.

    ``f`` is the profile's (occupations, features) table as matched; ``final(changes,
    dropped)`` the exposure shown, per variant, when the match's figure moves by
    ``changes[v]`` points and duty line ``dropped[v]`` (or none) is left out: duties move
    the score through the match *and* through their own ratings. ``title_as_typed``:
    the title was read as typed (no skill or line read it in context, so none is read
    again without one); None: not known, looked at here. ``placed_in()``: the title
    of the occupation shown first, named by a duty line that places the work there
    (asked only then).
    """
    role, skills, lines = row
    w, pct32 = _constants(tables, pct)
    f = f.astype(np.float32, copy=False)
    m = len(f)
    z = f @ w
    units = list(title_units(role))
    subsets = _subsets(len(units)) if units else []
    skills, lines = skills[:MAX_ITEMS], lines[:MAX_ITEMS]
    # One row per variant: the profile as typed, each title subset, each skill left
    # out, each duty line left out; each a logit per occupation.
    v = np.empty((1 + len(subsets) + len(skills) + len(lines), m), np.float32)
    v[0] = z
    k = 1
    title_part = f[:, :3] @ w[:3]
    if units:
        best, official = _title_parts(tables, role, units, f)
        held = _held(len(units))
        b = held @ best  # each subset's title features: the sums of its units' shares
        v[k : k + len(subsets)] = z - title_part + b * (w[_MAX] + b * w[_MAX_SQ])
        v[k : k + len(subsets)] += (held @ official) * w[_OFFICIAL]
        k += len(subsets)
    # Skills and duty lines against tasks in one look-up (each text's own, remembered).
    tasks = ds.own_similarities(tables.tasks, tables.task_features, [*row[1], *row[2]], m)
    # A skill or line that names the kind of work ("drive a school bus" for "Driver")
    # also changed how the title was read: without it, the title is read without it.
    if title_as_typed:  # the title was read as typed: no skill or line changed how
        read: list[np.ndarray | None] = []
    else:
        read = _title_read_without(tables, row, f, w, len(skills), len(lines))
    if skills:
        every = row[1]  # every skill shares the channels, the first MAX_ITEMS are named
        tech = split(skill_figures(tables, every), f[:, _TECH])
        part = tech * w[_TECH] + split(tasks[: len(every)], f[:, _SKILL_TASKS]) * w[_SKILL_TASKS]
        v[k : k + len(skills)] = z - part[: len(skills)]
        k += len(skills)
    if lines:
        # A line's part of the duties' match against titles follows its part of their
        # match against tasks (reading each line against 52k titles cost a score).
        feature = f[:, _DUTY_TASKS] * w[_DUTY_TASKS] + f[:, _DUTY_TITLE] * w[_DUTY_TITLE]
        part = split(tasks[len(row[1]) :], feature)
        v[k:] = z - part[: len(lines)]
    for n, change in enumerate(read):
        if change is not None:
            v[1 + len(subsets) + n] += change
    # A duty line without which another occupation comes first placed the work.
    placing = v[len(v) - len(lines) :].argmax(axis=1) != v[0].argmax()
    v -= v.max(axis=1, keepdims=True)
    np.exp(v, out=v)
    match = (v @ pct32) / v.sum(axis=1)
    dropped: list[int | None] = [None] * (1 + len(subsets) + len(skills))
    shown = final(match - match[0], dropped + list(range(len(lines)))).tolist()
    out: list[tuple[str, float]] = []
    if units:
        full = tuple(range(len(units)))
        value = dict(zip(subsets, shown[1 : 1 + len(subsets)], strict=True)) | {full: shown[0]}
        first = _TopsWithout(tables, role, units, z - title_part, w)
        first[full] = int(z.argmax())
        out += title_credit(units, value, first, MIN_EFFECT)
    occupation = placed_in() if placing.any() else ""
    names = [f'skill "{x}"' for x in skills] + [
        placing_duty_driver(_short(x), occupation) if placed else f'duty "{_short(x)}"'
        for x, placed in zip(lines, placing.tolist(), strict=True)
    ]
    after = shown[1 + len(subsets) :]
    return out + [(name, shown[0] - x) for name, x in zip(names, after, strict=True)]


def _title_read_without(
    tables: MatchTables,
    row: tuple[str, tuple[str, ...], list[str]],
    f: np.ndarray,
    w: np.ndarray,
    skills: int,
    lines: int,
) -> list[np.ndarray | None]:
    """Per named skill, then per named duty line: how the title's part of each logit
    changes when the title is read without that item (None: not at all).

    A short title is read as the listed title whose qualifier a skill or duty line
    holds ("Driver" with "drive a school bus" as "School Bus Driver",
    ``title_context``); credited to the title alone, the line that decided the
    occupation read as moving nothing. Only a title read that way is read again.
    """
    role, every, duties = row
    if not (every or duties):
        return []
    m = len(f)
    best, official = title_channel(tables, title_texts(tables, role))
    plain = np.empty((1, m, 3), np.float32)
    plain[0, :, 0], plain[0, :, 1] = best.max(axis=0), official.max(axis=0)
    plain[0, :, 2] = plain[0, :, 0] ** 2
    if np.array_equal(plain[0], f[:, :3]):
        return [None] * (skills + lines)  # the title was read as typed
    now = f[:, :3] @ w[:3]
    out: list[np.ndarray | None] = []
    variants = [([*every[:n], *every[n + 1 :]], duties) for n in range(skills)]
    variants += [(list(every), [*duties[:n], *duties[n + 1 :]]) for n in range(lines)]
    for kept_skills, kept_lines in variants:
        g = plain.copy()
        read_in_context(tables, [(role, "; ".join(kept_skills), "\n".join(kept_lines))], g)
        out.append(None if np.array_equal(g[0], f[:, :3]) else g[0] @ w[:3] - now)
    return out


#: Per matcher tables: the combiner's weights over the temperature and the occupations'
#: percentiles, as float32 (the tables are kept too, so that their id stays theirs).
_CONSTANTS: dict[int, tuple[object, object, np.ndarray, np.ndarray]] = {}


def _constants(tables: MatchTables, pct: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(weights / temperature, percentiles), float32: worked out once, not per score.

    float32 throughout: numpy's float32 exp is about 4x faster than float64's here, and
    a variant's exposure needs hundredths of a point, not 1e-7.
    """
    kept = _CONSTANTS.get(id(tables))
    if kept is None or kept[1] is not pct:
        w = (tables.weights / tables.temperature).astype(np.float32)
        kept = _CONSTANTS[id(tables)] = (tables, pct, w, pct.astype(np.float32))
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
    return split(own, f[:, _MAX]), split(own, f[:, _OFFICIAL])


#: Title units as the title channel reads them, by normalised text (units recur: "data",
#: "analyst"; mending a slip searches the title vocabulary), per matcher tables.
_UNIT_TEXTS: dict[tuple[int, str], str] = {}
KEPT_UNITS = 16_384


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


@cache
def _phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Job names the title normaliser knows as one, by first word (the expansions of its
    abbreviations: "registered nurse" for RN): their words are one name, credited
    together. Longest first, so the longest name a title holds is the one taken."""
    from career_resilience.skills.loader import shipped_knowledge_base

    table = shipped_knowledge_base().title_words.get("abbreviations") or {}
    names = sorted({tuple(str(v).casefold().split()) for v in table.values()}, key=len)
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for name in reversed(names):
        if len(name) > 1:
            out[name[0]] = (*out.get(name[0], ()), name)
    return out


@lru_cache(maxsize=KEPT_UNITS)
def title_units(role: str) -> tuple[str, ...]:
    """The title's typed words (seniority dropped) as the drivers credit them: a run of
    words that is one job name is one unit, the longest run first: one the title
    normaliser knows ("Registered nurse", from its abbreviations) or one O*NET lists as
    a title ("Line cook", "5th grade teacher" read as "elementary school teacher"), so
    that "Line" is never a driver of its own; "Nurse data analyst" is "Nurse" and "data
    analyst"."""
    return _trailing_lead_kept(role, _units(role))


def _trailing_lead_kept(role: str, units: tuple[str, ...]) -> tuple[str, ...]:
    """``units`` with a title's trailing "lead" (the job: a lead of the crew, read as a
    supervisor, ``skills.titles.title_words``) back on the last unit: a seniority word
    elsewhere, it was dropped, and "Team lead" read 'your title: "Team"'."""
    typed = role.split()
    if len(typed) < 2 or not units:
        return units
    last = typed[-1].strip(".,;:()-")
    if last.casefold() != TRAILING_LEAD or last in units[-1].split():
        return units
    return (*units[:-1], f"{units[-1]} {last}")


def _units(role: str) -> tuple[str, ...]:
    """:func:`title_units` before a trailing "lead" is put back."""
    words = typed_title_words(role)
    keys = [word.casefold() for word in words]
    phrases = _phrases()
    known: list[str] = []
    k = 0
    while k < len(words):
        n = next((len(x) for x in phrases.get(keys[k], ()) if tuple(keys[k : k + len(x)]) == x), 1)
        known.append(" ".join(words[k : k + n]))
        k += n
    if len(known) < 2:
        return tuple(known)
    keeping = title_keeper(role)
    out: list[str] = []
    k = 0
    while k < len(known):
        n = next(
            (n for n in range(len(known) - k, 1, -1) if _names_a_job(keeping, known[k : k + n])),
            1,
        )
        out.append(" ".join(known[k : k + n]))
        k += n
    return _function_words_joined(out)


#: Words that only tie a title's other words together ("Head of sales", "Enfermera de
#: urgencias"): never a driver of their own, where "of" read +2.0 points.
_ENGLISH = "a an and at by for from in of on or the to with"
_ROMANCE = "da das de del des di do dos du e el en et la las le les los y"
FUNCTION_WORDS = frozenset(f"{_ENGLISH} {_ROMANCE}".split())


def _function_words_joined(units: list[str]) -> tuple[str, ...]:
    """Each unit made only of function words joined to the unit after it ("of sales",
    "de urgencias"), or, at the end of the title, to the one before; a title of
    function words alone stays as it is."""
    out: list[str] = []
    waiting: list[str] = []
    for unit in units:
        if all(word.casefold() in FUNCTION_WORDS for word in unit.split()):
            waiting.append(unit)
            continue
        out.append(" ".join([*waiting, unit]))
        waiting = []
    if waiting:
        if not out:
            return tuple(waiting)
        out[-1] = " ".join([out[-1], *waiting])
    return tuple(out)


def _names_a_job(keeping: Callable[[list[str]], str], units: list[str]) -> bool:
    """Whether these units of the typed title, read alone (``keeping``: the title with
    only the given words), are a title O*NET lists, also where O*NET says a word in the
    plural ("Home Health Aides", "Nurses Aide")."""
    words = keeping([word for unit in units for word in unit.split()])
    return bool(words) and _listed_words(words)


@lru_cache(maxsize=KEPT_UNITS)
def _listed_words(normalised: str) -> bool:
    """Whether a normalised run of title words is a title O*NET lists, also with a word
    in the plural (remembered: titles share their runs, "data analyst", "line cook")."""
    words = normalised.split()
    if len(words) > PLURAL_WORDS:
        return listed(normalised)
    forms: list[tuple[str, ...]] = [
        (word,) if word.endswith("s") else (word, f"{word}s") for word in words
    ]
    # Only forms whose last word ends some listed title can be one (most runs: none).
    forms[-1] = tuple(word for word in forms[-1] if ends_a_listed_title(word))
    return any(listed(" ".join(form)) for form in product(*forms))


#: Longest run of words also looked up with plurals (2^n forms).
PLURAL_WORDS = 4


@cache
def _held(n: int) -> np.ndarray:
    """(subsets, units) 0/1 float32: which of ``n`` units each of :func:`_subsets` holds."""
    subsets = _subsets(n)
    held = np.zeros((len(subsets), n), np.float32)
    for row_no, s in enumerate(subsets):
        held[row_no, list(s)] = 1.0
    held.flags.writeable = False  # shared by every score
    return held


@cache
def _subsets(n: int) -> list[tuple[int, ...]]:
    """Every subset of ``range(n)`` but the full one, the empty one first (no title)."""
    if n > SHAPLEY_WORDS:
        return [()]  # the title is credited whole: only "no title at all" is needed
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
