"""From batch arrays to result records: the numeric summary, then one Result per profile."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from career_resilience.model import formulas, grounding
from career_resilience.model.explain import top_drivers
from career_resilience.model.grounded import Grounded
from career_resilience.model.grounded_drivers import item_effects
from career_resilience.model.grounded_result import evidence_for, occupation_matches, outlook_for
from career_resilience.model.occupation_pivots import PivotAdvice
from career_resilience.model.profile import Profile
from career_resilience.model.result import (
    CategoryProbability,
    Driver,
    DutyScore,
    Mix,
    Result,
    band_for,
)
from career_resilience.skills.matching import SkillMatch

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
    line_ratings: list[np.ndarray]
    features: np.ndarray  # profiles x occupations x matcher features

    @property
    def proba(self) -> np.ndarray:
        """Category probabilities (the frame the result is told in)."""
        return self.grounded.cat_proba

    @classmethod
    def compute(
        cls,
        engine: Engine,
        grounded: Grounded,
        held: np.ndarray,
        lines: list[list[str]],
        ratings: np.ndarray,
        features: np.ndarray,
    ) -> Batch:
        """Exposure, interval, mix and resilience for every profile of the chunk."""
        n = len(grounded.exposure)
        counts = np.array([len(ls) for ls in lines])
        bounds = np.concatenate([[0], np.cumsum(counts)])
        line_ratings = [ratings[bounds[i] : bounds[i + 1]] for i in range(n)]
        exposure = np.clip(grounded.exposure, 0.0, 100.0)
        low, high = grounding.interval(exposure, grounded.uncertainty, engine.interval_scale)
        n_skills = held.sum(axis=1)
        mix = _mix(engine, grounded.cat_proba, exposure, held, n_skills, line_ratings)
        sub_share = formulas.substitution_share(mix[:, 0], mix[:, 1])
        spread = formulas.breadth(((held @ engine.tables.skill_cats) > 0).sum(axis=1))
        res = formulas.resilience(exposure, sub_share, grounded.outlook_value, spread)
        return cls(
            grounded=grounded,
            exposure=exposure,
            low=low,
            high=high,
            mix=mix,
            resilience=res,
            line_ratings=line_ratings,
            features=features,
        )


def _mix(
    engine: Engine,
    proba: np.ndarray,
    exposure: np.ndarray,
    held: np.ndarray,
    n_skills: np.ndarray,
    line_ratings: list[np.ndarray],
) -> np.ndarray:
    """Substitute / augment / untouched shares from categories, skills and duties."""
    exposed = exposure / 100.0
    sub = proba @ engine.tables.substitution
    cat_mix = np.stack([exposed * sub, exposed * (1 - sub), 1 - exposed], axis=1)
    effect_counts = np.stack(
        [
            held @ (engine.tables.skill_sign > 0),
            held @ (engine.tables.skill_sign == 0),
            held @ (engine.tables.skill_sign < 0),
        ],
        axis=1,
    )
    skill_mix = np.divide(
        effect_counts, n_skills[:, None], out=np.zeros_like(cat_mix), where=n_skills[:, None] > 0
    )
    duty_mix = np.zeros_like(cat_mix)
    for i, r in enumerate(line_ratings):
        if len(r):
            m = r.mean()
            duty_mix[i] = (m * sub[i], m * (1 - sub[i]), 1 - m)
    w_skill = np.minimum(n_skills, 6) / 3.0
    w_duty = np.array([1.0 if len(r) else 0.0 for r in line_ratings])
    total = 1.0 + w_skill + w_duty
    return (cat_mix + w_skill[:, None] * skill_mix + w_duty[:, None] * duty_mix) / total[:, None]


def assemble(
    engine: Engine,
    profiles: list[Profile],
    matches: list[list[SkillMatch]],
    batch: Batch,
    advice: list[PivotAdvice],
    max_pivots: int,
) -> list[Result]:
    """One :class:`Result` per profile."""
    kb = engine.kb
    results = []
    for i, profile in enumerate(profiles):
        proba = batch.proba[i]
        top = np.argsort(-proba)[:TOP_CATEGORIES]
        categories = tuple(
            CategoryProbability(
                engine.classes[k], kb.categories[engine.classes[k]].label, float(proba[k])
            )
            for k in top
        )
        recognised = tuple(dict.fromkeys(m.skill.name for m in matches[i] if m.skill is not None))
        unknown = [m for m in matches[i] if m.skill is None]
        duties = _duty_scores(engine, profile, batch, i)
        occupations = occupation_matches(engine, batch.grounded.occ_proba[i])
        outlook, basis = outlook_for(engine, batch.grounded, i, occupations)
        results.append(
            Result(
                exposure=float(batch.exposure[i]),
                band=band_for(float(batch.exposure[i])),
                interval=(float(batch.low[i]), float(batch.high[i])),
                resilience=float(batch.resilience[i]),
                outlook=outlook,
                categories=categories,
                pivots=advice[i].pivots[:max_pivots],
                pivot_note=advice[i].note,
                drivers=_drivers(engine, batch, i, profile),
                duties=duties,
                mix=Mix(*(float(v) for v in batch.mix[i])),
                unrecognised_skills=tuple(m.text for m in unknown),
                suggestions={m.text: m.suggestions for m in unknown if m.suggestions},
                recognised_skills=recognised,
                model_version=engine.model_version,
                category_chosen=bool(profile.category),
                occupations=occupations,
                interval_level=engine.interval_level,
                evidence=evidence_for(engine, batch.grounded, i, occupations, categories),
                outlook_basis=basis,
                occupation_chosen=bool(profile.occupation),
            )
        )
    return results


def _duty_scores(engine: Engine, profile: Profile, batch: Batch, i: int) -> tuple[DutyScore, ...]:
    from career_resilience.model.profile import duty_lines

    r = batch.line_ratings[i]
    if not len(r):
        return ()
    total = float(r.sum())
    shares = r / total if total > 1e-9 else np.full(len(r), 1 / len(r))
    pct = engine.to_percentile(r)
    return tuple(
        DutyScore(text, float(p), float(s))
        for text, p, s in zip(duty_lines(profile.duties), pct, shares, strict=True)
    )


def _drivers(engine: Engine, batch: Batch, i: int, profile: Profile) -> tuple[Driver, ...]:
    from career_resilience.model.profile import duty_lines

    scale = 1.0 - float(batch.grounded.ai_share[i])
    if profile.occupation or profile.category or scale <= 0:
        return ()  # a chosen occupation or category is not moved by what was typed
    named = item_effects(
        engine.match_tables,
        batch.features[i],
        engine.ground.pct,
        (profile.role, profile.skills, duty_lines(profile.duties)),
        scale,
    )
    return tuple(Driver(name, effect) for name, effect in top_drivers(named))
