"""Where a person stands, as the pivot ranking reads it: :class:`Standing`.

Built from the engine's figures for one person (:func:`standing_from`) or from a batch's
arrays, one row a profile (:class:`StandingRows`, read by :func:`standings_from_rows`);
:func:`advice_key` is everything the advice depends on, so the ranking's cache hands a
person only their own advice. Split from ``model/occupation_pivots.py``, which ranks the
pivots of a standing.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

import numpy as np

from career_resilience.model.pivot_licence_work import skills_of_licences_held
from career_resilience.model.pivot_shown import MINE, own_work
from career_resilience.skills.identity import skill_key
from career_resilience.skills.matching import DISTINCT_ALIASES, SkillMatch

#: Matched occupations handed to the scorer per person (the rest carry little weight).
TOP_MATCHES = 5


@dataclass(frozen=True)
class Standing:
    """Where the person stands now."""

    matches: tuple[tuple[str, float], ...]  # (onet_soc, probability), best first
    held: frozenset[str]  # catalogue skill ids
    typed: tuple[str, ...]  # skills as the person typed them
    exposure: float
    resilience: float
    category_proba: Mapping[str, float] = field(default_factory=dict)
    breadth: int = 0  # distinct categories the person's skills span
    typed_for: Mapping[str, str] = field(default_factory=dict)  # skill id -> typed text
    #: The match's probability-weighted BLS change (the engine's figure; NaN: none), so the
    #: "you need not move" note states the outlook the result line states.
    weighted_bls: float = float("nan")
    #: Occupations the match placed the person in before they chose another ("that's
    #: not me"): still their own work, so never offered as a move.
    placed_before: tuple[str, ...] = ()
    #: Skills reached through a loose alias and not held (skill id -> typed text): shown
    #: as recognised, so a pivot that asks for one says why it is still to learn.
    loose_for: Mapping[str, str] = field(default_factory=dict)
    #: The kind of work the person was placed in (its label) when the occupations are
    #: its nearest (AI-era work, ``Result.occupations_nearest``), else "": an unsure
    #: placement is then that kind's, never "best guess: Data Scientists".
    nearest_kind: str = ""
    #: The trend word of the result's outlook where it is an AI-era category's article
    #: ("" where it is BLS's): the note then cites the article, as the outlook does.
    article_trend: str = ""
    #: The O*NET occupations whose listed titles include the title the person typed,
    #: exactly ("Pastry chef": chefs and head cooks, and bakers): such a move is work
    #: their title already names (``pivot_scoring.TITLED``).
    title_codes: tuple[str, ...] = ()


def standing_from(
    matches: tuple[tuple[str, float], ...],
    skills: list[SkillMatch],
    exposure: float,
    resilience: float,
    category_proba: Mapping[str, float],
    *,
    weighted_bls: float = float("nan"),
    placed_before: tuple[str, ...] = (),
    nearest_kind: str = "",
    article_trend: str = "",
    known: Collection[str] | None = None,
    breadth: int | None = None,
    title_codes: tuple[str, ...] = (),
) -> Standing:
    """Where a person stands, from the engine's numbers and their matched skills
    (``weighted_bls``, ``placed_before``, ``nearest_kind`` and ``article_trend`` as
    :class:`Standing` keeps them; ``known``: the catalogue's skill ids, when a licence's
    skill must be one of them; ``breadth``: the kinds of work the person's resilience
    counts, when ``skills`` holds more than theirs: the engine's, which adds the skills
    their title and duties name, for the gaps only; ``title_codes``: the occupations
    listing their typed title, as :class:`Standing` keeps them).

    A skill reached through a loose alias ("scheduling", "radio") is held only when the
    kind of work the person does (their likeliest category) is one the skill belongs to:
    in a 911 dispatcher's work "radio" is radio communications, while a nurse's
    "scheduling" is not calendar management. Otherwise it is kept as typed text, which
    still finds the products O*NET names. An alias naming a different product
    ("NetSuite") is never held as the skill it was filed under.
    """
    work = max(category_proba, key=category_proba.__getitem__) if category_proba else None
    held, loose = held_and_loose(skills, work)
    # What the person's own work is licensed for is theirs, typed or not (shown by its
    # catalogue name: ``typed_for`` keeps only what they typed).
    licensed = skills_of_licences_held(own_work(matches, placed_before))
    if known is not None:  # a trimmed catalogue (a test's) may lack a licence's skill
        licensed = frozenset(s for s in licensed if s in known)
    if breadth is None:
        breadth = len({c for m in skills if m.skill is not None for c in m.skill.categories})
    return Standing(
        matches,
        frozenset(held) | licensed,
        tuple(m.text for m in skills),
        exposure,
        resilience,
        category_proba,
        breadth,
        held,
        weighted_bls,
        placed_before,
        loose,
        nearest_kind,
        article_trend,
        title_codes,
    )


def held_and_loose(
    skills: list[SkillMatch], work: str | None
) -> tuple[dict[str, str], dict[str, str]]:
    """The skills held and the loose matches not held (each skill id -> typed text), for a
    person whose likeliest category is ``work`` (the rule of :func:`standing_from`)."""
    held: dict[str, str] = {}
    for m in skills:
        if m.skill is not None and (not m.loose or _loose_held(m, work)):
            # The first text wins: what the person typed comes before what their job
            # title names ("invoice processing", not "AP clerk", holds accounts payable).
            held.setdefault(m.skill.id, m.text)
            for also in m.skill.holds:  # a CDL holds truck driving (``Skill.holds``)
                held.setdefault(also, m.text)
    loose = {m.skill.id: m.text for m in skills if m.skill is not None and m.skill.id not in held}
    return held, loose


def _loose_held(m: SkillMatch, work: str | None) -> bool:
    """Whether a loose match means its skill in the person's kind of ``work``."""
    assert m.skill is not None
    return work in m.skill.categories and skill_key(m.text) not in DISTINCT_ALIASES


def advice_key(standing: Standing, limit: int) -> tuple[object, ...]:
    """Everything the advice depends on, exactly as the person has it.

    Not rounded: the advice carries the person's own figures (each pivot's exposure and
    resilience change, the "+N points" and "against your N" of its texts) and ranks by
    match shares, so a key rounded to a decimal handed one person another's changes
    (26.35 for 26.43) and could flip a near tie. Batches repeat rows exactly; those hit.
    """
    return (
        standing.matches,
        standing.held,
        standing.typed,
        standing.exposure,
        standing.resilience,
        tuple(sorted(standing.category_proba.items())),
        standing.breadth,
        tuple(sorted(standing.typed_for.items())),
        None if np.isnan(standing.weighted_bls) else standing.weighted_bls,
        standing.placed_before,
        tuple(sorted(standing.loose_for.items())),
        standing.nearest_kind,
        standing.article_trend,
        standing.title_codes,
        limit,
    )


@dataclass(frozen=True)
class StandingRows:
    """A batch's figures the pivots read, one row a profile (the engine's arrays).

    ``occ_proba`` is profiles x occupations in ``codes`` order, ``skills`` each profile's
    matched skills, ``cat_proba`` profiles x categories in ``classes`` order,
    ``bls_change`` each profile's probability-weighted BLS change (the outlook the
    result states), ``placed`` each profile's :func:`placed_before` (empty for a profile
    that chose nothing), ``nearest_kind`` each profile's :attr:`Standing.nearest_kind`
    (None: "" for all), ``articles`` each profile's :attr:`Standing.article_trend`,
    ``kinds`` each profile's :attr:`Standing.breadth`.
    """

    occ_proba: np.ndarray
    codes: list[str]
    skills: list[list[SkillMatch]]
    exposure: np.ndarray
    resilience: np.ndarray
    cat_proba: np.ndarray
    classes: list[str]
    bls_change: np.ndarray | None = None
    placed: list[tuple[str, ...]] | None = None
    nearest_kind: list[str] | None = None
    articles: list[str] | None = None
    #: Each profile's kinds of work as their resilience counts them (the skills they
    #: typed: ``skills`` adds those their title and duties name, which count for the
    #: gaps only). None: counted from ``skills``.
    kinds: np.ndarray | None = None
    #: Each profile's :attr:`Standing.title_codes` (None: none for all).
    title_codes: list[tuple[str, ...]] | None = None


def standings_from_rows(rows: StandingRows, known: Collection[str] | None = None) -> list[Standing]:
    """Every profile's standing, from the engine's arrays (one row each); ``known``: the
    catalogue's skill ids, as :func:`standing_from` takes them."""
    occ_proba, codes, classes = rows.occ_proba, rows.codes, rows.classes
    k = min(TOP_MATCHES, occ_proba.shape[1])
    top = _top_columns(occ_proba, k)
    standings = []
    for i in range(len(occ_proba)):
        # Ties are broken by code, so a person's pivots do not depend on the batch.
        found = [(codes[j], float(occ_proba[i, j])) for j in top[i].tolist() if occ_proba[i, j] > 0]
        matches = tuple(sorted(found, key=lambda m: (-m[1], m[0])))
        cats = {classes[j]: float(p) for j, p in enumerate(rows.cat_proba[i].tolist()) if p >= 0.01}
        # Built whole: ``dataclasses.replace`` for the two late fields cost ~4 us a row.
        standing = standing_from(
            matches,
            rows.skills[i],
            float(rows.exposure[i]),
            float(rows.resilience[i]),
            cats,
            weighted_bls=float("nan") if rows.bls_change is None else float(rows.bls_change[i]),
            placed_before=rows.placed[i] if rows.placed is not None else (),
            nearest_kind=rows.nearest_kind[i] if rows.nearest_kind is not None else "",
            article_trend=rows.articles[i] if rows.articles is not None else "",
            known=known,
            breadth=None if rows.kinds is None else int(rows.kinds[i]),
            title_codes=rows.title_codes[i] if rows.title_codes is not None else (),
        )
        standings.append(standing)
    return standings


def placed_before(
    occ_proba: np.ndarray, codes: list[str], chosen: list[bool]
) -> list[tuple[str, ...]]:
    """Per profile, the occupations the match gave real weight (``MINE`` up) when the
    person then chose an occupation or category instead (empty when they chose nothing).

    A hairdresser who chose Barbers is still a hairdresser: "Hairdressers, Hairstylists,
    and Cosmetologists" as their first pivot reads as "pivot to your own job".
    """
    return [
        tuple(codes[j] for j in np.flatnonzero(occ_proba[i] >= MINE).tolist()) if chose else ()
        for i, chose in enumerate(chosen)
    ]


def _top_columns(occ_proba: np.ndarray, k: int) -> np.ndarray:
    """Each row's ``k`` likeliest columns (any order). A partition picks them; where the
    k-th and the next are tied above zero, which tied one it keeps depends on the CPU,
    so those rows are sorted stably (ties kept in code order) instead."""
    if k >= occ_proba.shape[1]:
        return np.argsort(-occ_proba, axis=1, kind="stable")[:, :k]
    neg = -occ_proba
    part = np.argpartition(neg, k, axis=1)[:, : k + 1]
    vals = np.take_along_axis(neg, part, axis=1)
    tied = (vals[:, :k].max(axis=1) == vals[:, k]) & (vals[:, k] < 0)
    top = part[:, :k]
    if tied.any():
        top[tied] = np.argsort(neg[tied], axis=1, kind="stable")[:, :k]
    return top
