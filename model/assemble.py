"""From batch arrays to result records: the numeric summary, then one Result per profile."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from career_resilience.model import formulas
from career_resilience.model.explain import DRIVERS_PER_SIDE, readable, top_drivers
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


@dataclass
class Batch:
    """The numbers for a chunk of profiles, one row each."""

    proba: np.ndarray
    e_cat: np.ndarray
    e_duty: np.ndarray
    exposure: np.ndarray
    low: np.ndarray
    high: np.ndarray
    mix: np.ndarray  # profiles x (substitute, augment, untouched)
    resilience: np.ndarray
    outlook: np.ndarray
    skill_adj_unit: np.ndarray  # per profile: points per substituted skill
    duty_weight: np.ndarray  # per profile: weight of the duty model
    line_ratings: list[np.ndarray]
    effects: np.ndarray = field(default_factory=lambda: np.zeros(0))
    x: Any = None

    @classmethod
    def compute(
        cls,
        engine: Engine,
        proba: np.ndarray,
        held: np.ndarray,
        lines: list[list[str]],
        ratings: np.ndarray,
    ) -> Batch:
        """Exposure, interval, mix and resilience for every profile of the chunk."""
        n = len(proba)
        e_cat, spread_cat = formulas.category_exposure(proba, engine.figures)
        counts = np.array([len(ls) for ls in lines])
        has_duties = counts > 0
        bounds = np.concatenate([[0], np.cumsum(counts)])
        line_ratings = [ratings[bounds[i] : bounds[i + 1]] for i in range(n)]
        mean_r = np.array([r.mean() if len(r) else 0.0 for r in line_ratings])
        e_duty = engine.to_percentile(mean_r)
        # Uncertainty of the *mean* duty exposure (standard error), not the spread of the
        # person's own duties: a varied day is not an uncertain score.
        spread_duty = np.array(
            [
                engine.to_percentile(r).std() / np.sqrt(len(r)) if len(r) > 1 else 0.0
                for r in line_ratings
            ]
        )
        n_skills = held.sum(axis=1)
        signed = held @ engine.skill_sign
        unit = np.divide(formulas.SKILL_SHIFT, n_skills, out=np.zeros(n), where=n_skills > 0)
        exposure = formulas.blend(e_cat, e_duty, has_duties, signed * unit)
        low, high = formulas.interval(exposure, spread_cat, spread_duty, has_duties)
        mix = _mix(engine, proba, held, n_skills, line_ratings)
        sub_share = formulas.substitution_share(mix[:, 0], mix[:, 1])
        outlook = proba @ engine.outlook
        spread = formulas.breadth(((held @ engine.skill_cats) > 0).sum(axis=1))
        res = formulas.resilience(exposure, sub_share, outlook, spread)
        weight = np.where(has_duties, 1 - formulas.DUTY_BLEND, 0.0)
        return cls(
            proba, e_cat, e_duty, exposure, low, high, mix, res, outlook, unit, weight, line_ratings
        )


def _mix(
    engine: Engine,
    proba: np.ndarray,
    held: np.ndarray,
    n_skills: np.ndarray,
    line_ratings: list[np.ndarray],
) -> np.ndarray:
    """Substitute / augment / untouched shares from categories, skills and duties."""
    exposed = (proba @ engine.figures) / 100.0
    sub = proba @ engine.substitution
    cat_mix = np.stack([exposed * sub, exposed * (1 - sub), 1 - exposed], axis=1)
    effect_counts = np.stack(
        [
            held @ (engine.skill_sign > 0),
            held @ (engine.skill_sign == 0),
            held @ (engine.skill_sign < 0),
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
    kb, names = engine.kb, engine.feature_names
    x = batch.x
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
        drivers = _drivers(engine, names, x, batch, i, matches[i], duties, profile.role)
        results.append(
            Result(
                exposure=float(batch.exposure[i]),
                band=band_for(float(batch.exposure[i])),
                interval=(float(batch.low[i]), float(batch.high[i])),
                resilience=float(batch.resilience[i]),
                outlook=formulas.outlook_label(float(batch.outlook[i])),
                categories=categories,
                pivots=advice[i].pivots[:max_pivots],
                pivot_note=advice[i].note,
                drivers=drivers,
                duties=duties,
                mix=Mix(*(float(v) for v in batch.mix[i])),
                unrecognised_skills=tuple(m.text for m in unknown),
                suggestions={m.text: m.suggestions for m in unknown if m.suggestions},
                recognised_skills=recognised,
                model_version=engine.model_version,
                category_chosen=bool(profile.category),
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


def _drivers(
    engine: Engine,
    names: list[str],
    x: Any,
    batch: Batch,
    i: int,
    matches: list[SkillMatch],
    duties: tuple[DutyScore, ...],
    role: str,
) -> tuple[Driver, ...]:
    cat_weight = 1.0 - batch.duty_weight[i]
    lo, hi = x.indptr[i], x.indptr[i + 1]
    cols, effects = x.indices[lo:hi], batch.effects[lo:hi] * cat_weight
    c_lo, c_hi = engine.char_columns
    is_char = (cols >= c_lo) & (cols < c_hi)
    named = _title_char_effects(engine, cols[is_char], effects[is_char], role)
    # Only the strongest word features can make the list: name just those.
    word_cols, word_eff = cols[~is_char], effects[~is_char]
    keep = np.argsort(-np.abs(word_eff))[: 2 * DRIVERS_PER_SIDE + 4]
    named += [(readable(names[word_cols[k]]), float(word_eff[k])) for k in keep]
    unit = batch.skill_adj_unit[i]
    for m in matches:
        if m.skill is not None and m.skill.ai_effect != "augment":
            sign = 1.0 if m.skill.ai_effect == "substitute" else -1.0
            verb = "AI substitutes" if sign > 0 else "AI leaves alone"
            named.append((f'skill "{m.skill.name}" ({verb})', sign * unit))
    if duties:
        weight = batch.duty_weight[i] / len(duties)
        for d in duties:
            named.append((f'duty "{_short(d.text)}"', weight * (d.exposure - batch.e_cat[i])))
    return tuple(Driver(name, effect) for name, effect in top_drivers(named))


def _title_char_effects(
    engine: Engine, cols: np.ndarray, effects: np.ndarray, role: str
) -> list[tuple[str, float]]:
    """Credit title character n-grams to the title words they were cut from."""
    if not len(cols):
        return []
    words, share = engine.title_credit(role, cols)
    credit = effects @ share  # n-gram effects -> per-word effects
    return [(f'title "{w}"', float(e)) for w, e in zip(words, credit, strict=True)]


def _short(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
