"""From batch arrays to result records: the numeric summary, then one Result per profile."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from career_resilience import wording
from career_resilience.contract import kinds_placed_in
from career_resilience.model import formulas, uncertainty
from career_resilience.model.driver_category import CategoryReading
from career_resilience.model.driver_category_batch import category_readings
from career_resilience.model.driver_exposure import variant_exposures
from career_resilience.model.duty_model import DutyRating
from career_resilience.model.explain import top_drivers
from career_resilience.model.grounded import Grounded, anchor_spread
from career_resilience.model.grounded_drivers import item_effects
from career_resilience.model.grounded_result import (
    evidence_for,
    listed_nearest,
    occupation_matches,
    outlook_for,
    top_indices,
)
from career_resilience.model.grounding import row_products
from career_resilience.model.occupation_pivots import PivotAdvice
from career_resilience.model.one_profile import batch_one, mix_with_lines
from career_resilience.model.pivot_standing import held_and_loose
from career_resilience.model.profile import Profile
from career_resilience.model.result import (
    CategoryProbability,
    Driver,
    DutyScore,
    Mix,
    OccupationMatch,
    PivotOption,
    ResilienceParts,
    Result,
    band_for,
)
from career_resilience.model.title_situation import temperature_of
from career_resilience.model.title_specialty import Heard
from career_resilience.skills.matching import SkillMatch
from career_resilience.wording import REST_DRIVER

if TYPE_CHECKING:
    from career_resilience.model.engine import Engine

#: Categories listed in a result (the rest carry negligible probability).
TOP_CATEGORIES = 5


@dataclass(frozen=True)
class Batch:
    """The numbers for a chunk of profiles, one row each (built complete by :meth:`compute`)."""

    grounded: Grounded
    exposure: np.ndarray
    low: np.ndarray
    high: np.ndarray
    mix: np.ndarray  # profiles x (substitute, augment, untouched)
    resilience: np.ndarray
    rated: list[list[DutyRating]]  # each profile's duty lines as the duty model rates them
    duty_weight: np.ndarray  # w: how much the duty estimate counts in the exposure
    features: np.ndarray  # profiles x occupations x matcher features
    #: Per profile, whether the title features are the title as typed (not read in the
    #: profile's context, ``title_context``); None: not known, the drivers look.
    title_as_typed: np.ndarray | None = None

    @property
    def proba(self) -> np.ndarray:
        """Category probabilities (the frame the result is told in)."""
        return self.grounded.cat_proba

    @classmethod
    def compute(
        cls,
        engine: Engine,
        profiles: list[Profile],
        grounded: Grounded,
        held: np.ndarray,
        rated: list[list[DutyRating]],
        features: np.ndarray,
        title_as_typed: np.ndarray | None = None,
        *,
        scalar: bool = True,
    ) -> Batch:
        """Exposure, interval, mix and resilience for every profile of the chunk (of one
        profile in scalars, unless ``scalar`` is false: the same floats, ``one_profile``).

        The duty lines move the exposure through the duty model: their mean rating,
        mapped onto the percentile scale, is blended with the match's figure by the
        inverse-variance weight of ``uncertainty`` (none for a chosen occupation or
        category, which keeps its published figure). ``title_as_typed``: per profile,
        whether the context read left the title features as typed (for the drivers).
        """
        if scalar and len(profiles) == 1:
            return batch_one(
                cls, engine, profiles[0], grounded, held, rated[0], features, title_as_typed
            )
        unc = engine.uncertainty
        chosen = np.array([bool(p.occupation or p.category) for p in profiles])
        n_read = np.array([sum(r.readable for r in rs) for rs in rated], dtype=float)
        mean = np.array([_mean_rating(rs) for rs in rated])
        n_used = np.where(chosen, 0.0, n_read)
        e_d = np.where(n_used > 0, engine.duty_exposure(np.nan_to_num(mean)), np.nan)
        exposure, var, w = unc.combine(grounded.exposure, grounded.variance, e_d, n_used)
        # np.minimum/np.maximum: np.clip's floats without its Python wrapper.
        exposure = np.minimum(np.maximum(exposure, 0.0), 100.0)
        has_skills = np.array([bool(p.skills) for p in profiles])
        # The match's confidence picks the interval's band; an AI-era share (q) is
        # confidence the O*NET match does not have.
        sure = (1 - grounded.ai_share) * grounded.occ_proba.max(axis=1)
        # A title of one or two words is generic: its interval has scales of its own.
        short = (
            uncertainty.short_titles([p.role for p in profiles], unc.short_words)
            if unc.short_words
            else None
        )
        half = unc.half_width(var, uncertainty.group_of(has_skills, n_used > 0), sure, short)
        low = np.maximum(exposure - half, 0.0)
        high = np.minimum(exposure + half, 100.0)
        mix = _mix(engine, grounded, rated)
        sub_share = formulas.substitution_share(mix[:, 0], mix[:, 1])
        spread = formulas.breadth(((held @ engine.tables.skill_cats) > 0).sum(axis=1))
        res = formulas.resilience(exposure, sub_share, grounded.outlook_value, spread)
        return cls(grounded, exposure, low, high, mix, res, rated, w, features, title_as_typed)


def _mean_rating(rated: list[DutyRating]) -> float:
    values = [r.rating for r in rated if r.readable]
    return float(np.mean(values)) if values else float("nan")


def _mix(engine: Engine, grounded: Grounded, rated: list[list[DutyRating]]) -> np.ndarray:
    """Substitute / augment / untouched shares, from task-level labels only.

    The matched occupations' own tasks: each occupation's shares of its labelled tasks,
    weighted by the match (AI-era work: its anchor occupations'); with readable duty
    lines, blended with the share of lines of each kind, the lines counting as many
    tasks as they are beside the occupations' 20 (``formulas.duty_share_of_mix``).
    """
    q = grounded.ai_share[:, None]
    mix = (1 - q) * row_products(grounded.occ_proba, engine.task_shares) + q * (
        row_products(grounded.ai_dist, engine.anchor_shares)
    )
    for i, rs in enumerate(rated):
        kinds = [r.kind for r in rs if r.readable]
        if kinds:
            mix[i] = mix_with_lines(mix[i], kinds)
    return mix / mix.sum(axis=1, keepdims=True)


def assemble(
    engine: Engine,
    profiles: list[Profile],
    matches: list[list[SkillMatch]],
    batch: Batch,
    advice: list[PivotAdvice],
    max_pivots: int,
    heard: list[Heard] | None = None,
) -> list[Result]:
    """One :class:`Result` per profile; ``heard``: what the title rules heard of each
    profile's items as they read its title (``Engine.read_chunk``), for the drivers."""
    readings = category_readings(engine, profiles, matches)
    return [
        result_for(
            engine,
            batch,
            i,
            profile,
            matches[i],
            pivots=advice[i].pivots[:max_pivots],
            pivot_note=advice[i].note,
            drivers=_drivers(
                engine, batch, i, profile, readings[i], None if heard is None else heard[i]
            ),
            duties=_duty_scores(batch, i),
        )
        for i, profile in enumerate(profiles)
    ]


def result_for(
    engine: Engine,
    batch: Batch,
    i: int,
    profile: Profile,
    matches: list[SkillMatch],
    *,
    pivots: tuple[PivotOption, ...] = (),
    pivot_note: str = "",
    drivers: tuple[Driver, ...] = (),
    duties: tuple[DutyScore, ...] = (),
) -> Result:
    """The :class:`Result` of profile ``i``; pivots, drivers and duties stay empty when a
    batch asks for the figures only (``model.batch_figures``)."""
    kb, proba, classes = engine.kb, batch.proba[i], engine.classes
    # Python floats taken once (tolist): the same values as float() of each element.
    # Stable: tied categories in class order on every CPU (see grounded_result.top_indices).
    top = np.argsort(-proba, kind="stable")[:TOP_CATEGORIES].tolist()
    categories = tuple(
        CategoryProbability(classes[k], kb.categories[classes[k]].label, p)
        for k, p in zip(top, proba[top].tolist(), strict=True)
    )
    unknown = [m for m in matches if m.skill is None]
    g = batch.grounded
    # Shown: the occupations the figures come from (AI-era work: its anchors, by q).
    occupations = occupation_matches(engine, g.shown[i])
    outlook, basis, outlook_change = outlook_for(engine, g, i, occupations)
    exposure = float(batch.exposure[i])
    lines = sum(r.readable for r in batch.rated[i])
    # AI-era work is listed with its nearest occupations, not guesses at its own.
    nearest = listed_nearest(engine, g, i, occupations)
    resilience = float(batch.resilience[i])
    substitute, augment = float(batch.mix[i, 0]), float(batch.mix[i, 1])
    parts = formulas.resilience_parts(
        resilience,
        exposure,
        substitute / (substitute + augment) if substitute + augment > 1e-9 else 0.0,
        float(g.outlook_value[i]),
    )
    return Result(
        exposure=exposure,
        band=band_for(exposure),
        interval=(float(batch.low[i]), float(batch.high[i])),
        resilience=resilience,
        resilience_parts=ResilienceParts(*parts),
        outlook=outlook,
        categories=categories,
        mix=Mix(*batch.mix[i].tolist()),
        mix_from_duties=formulas.duty_share_of_mix(lines),
        unrecognised_skills=tuple(m.text for m in unknown),
        suggestions=_suggestions(engine, unknown, categories, occupations),
        recognised_skills=_recognised(engine, batch, i, profile, matches),
        model_version=engine.model_version,
        category_chosen=bool(profile.category),
        occupations=occupations,
        interval_level=engine.interval_level,
        evidence=evidence_for(
            engine, g, i, occupations, categories, chosen=bool(profile.occupation), nearest=nearest
        ),
        outlook_basis=basis,
        outlook_change_pct=outlook_change,
        occupation_chosen=bool(profile.occupation),
        occupations_nearest=nearest,
        pivots=pivots,
        pivot_note=pivot_note,
        drivers=drivers,
        duties=duties,
    )


def _suggestions(
    engine: Engine,
    unknown: list[SkillMatch],
    categories: tuple[CategoryProbability, ...],
    occupations: tuple[OccupationMatch, ...],
) -> dict[str, tuple[str, ...]]:
    """Each unknown skill's "did you mean" names that fit the work the person was placed
    in: the top category and the matched occupations' categories
    (:meth:`~career_resilience.skills.matching.SkillMatcher.fit_the_work`); a skill left
    with none is listed without suggestions."""
    offered = [m for m in unknown if m.suggestions]
    if not offered:  # most scores: nothing to weigh
        return {}
    kinds = kinds_placed_in(categories, occupations)
    out = {}
    for m in offered:
        if kept := engine.matcher.fit_the_work(m.text, m.suggestions, kinds):
            out[m.text] = kept
    return out


def _recognised(
    engine: Engine, batch: Batch, i: int, profile: Profile, matches: list[SkillMatch]
) -> tuple[str, ...]:
    """The catalogue names of the skills typed; one reached only through a loose word that
    the person's work does not pin down ("radio" for a nurse) says so, as its gap does."""
    names = [m.skill.name for m in matches if m.skill]
    if not any(m.loose for m in matches if m.skill):
        return tuple(dict.fromkeys(names))
    # The pivots' own rule and inputs (``model/engine.py`` hands them the skills the
    # title and duties name), so "recognised" and "to learn" never disagree.
    work = engine.classes[int(np.argmax(batch.grounded.cat_proba[i]))]
    extra = [
        *(engine.title_skills(profile.role) if profile.role else ()),
        *(engine.duty_skills(profile.duties) if profile.duties else ()),
    ]
    _, loose = held_and_loose([*matches, *extra], work)
    marked = (
        wording.loose_gap(m.skill.name, loose[m.skill.id]) if m.skill.id in loose else m.skill.name
        for m in matches
        if m.skill
    )
    return tuple(dict.fromkeys(marked))


def _duty_scores(batch: Batch, i: int) -> tuple[DutyScore, ...]:
    """Each duty line with its rating, automation level, kind and share of the exposure."""
    rated = batch.rated[i]
    total = sum(r.rating for r in rated if r.readable)
    readable = sum(r.readable for r in rated)
    out = []
    for r in rated:
        if not r.readable:
            out.append(DutyScore(r.text, None, 0.0, None, None, r.kind, False))
            continue
        share = r.rating / total if total > 1e-9 else 1.0 / readable
        out.append(DutyScore(r.text, 100 * r.rating, share, r.rating, r.automation, r.kind, True))
    return tuple(out)


def _anchored(engine: Engine, g: Grounded, i: int) -> tuple[float, np.ndarray] | None:
    """AI-era work's share and anchors for the drivers' "places your job" (None: none)."""
    q = float(g.ai_share[i])
    return (q, anchor_spread(engine.ground, g.ai_dist[i])) if q > 0 else None


def _drivers(
    engine: Engine,
    batch: Batch,
    i: int,
    profile: Profile,
    category: CategoryReading | None,
    heard: Heard | None = None,
) -> tuple[Driver, ...]:
    from career_resilience.model.profile import duty_lines

    g = batch.grounded
    if category is None:
        return ()  # a chosen occupation or category is not moved by what was typed
    rated = batch.rated[i]
    e_m, var_m = float(g.exposure[i]), float(g.variance[i])

    def final(changes: np.ndarray, dropped: np.ndarray) -> np.ndarray:
        # ``changes`` already weigh the match by each variant's AI-era share.
        return variant_exposures(engine, rated, e_m, var_m, 1.0, changes, dropped)

    lines = duty_lines(profile.duties)
    # The title was read from the duties as typed; the drivers read them line by line:
    # what the rules heard stands only where the two are the same text.
    if heard is not None and "\n".join(lines) != profile.duties:
        heard = None
    named = item_effects(
        engine.match_tables,
        batch.features[i],
        engine.ground.pct,
        (profile.role, profile.skills, lines),
        final,
        category,
        None if batch.title_as_typed is None else bool(batch.title_as_typed[i]),
        # The occupation the result shows first: where a placing duty line puts the work.
        lambda: engine.ground.occupations[int(top_indices(g.shown[i], 1)[0])].title,
        _anchored(engine, g, i),
        temperature_of(engine.match_tables, profile),
        g.title_listed is not None and bool(g.title_listed[i]),
        heard,
    )
    shown = top_drivers(named)
    # What the lines listed leave (items too small or too many to list, and what they
    # do together) is one line more, so the list adds up to the score's move from a
    # profile with nothing typed.
    rest = float(batch.exposure[i]) - engine.blank_exposure - sum(e for _, e in shown)
    return tuple(Driver(name, effect) for name, effect in [*shown, (REST_DRIVER, rest)])
