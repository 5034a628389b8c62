"""The scoring formulas, vectorised over a batch of profiles (documented in the README).

All functions take numpy arrays with one row per profile so that scoring one profile
and scoring twenty thousand run the same code.

Exposure (0-100, percentile scale among occupations)::

    E_cat  = sum_c p_c * figure_c                  category figures cite published research
    E_duty = map(mean_i r_i)                       r_i: duty-model rating of duty line i
    E      = a * E_cat + (1 - a) * E_duty + adj    a = DUTY_BLEND when duties are given, else 1
    adj    = SKILL_SHIFT * (share of skills AI substitutes - share it leaves untouched)

Resilience (0-100)::

    R = 100 * (W_RISK * (1 - E/100 * s) + W_OUTLOOK * O + W_BREADTH * B)
    s = substitute / (substitute + augment)        share of the exposure that is substitution
    O = sum_c p_c * outlook_value(trend_c)         growing 1.0, stable 0.55, shrinking 0.15
    B = 1 - exp(-k / 4)                            k: distinct categories the skills span
"""

from __future__ import annotations

import numpy as np

#: Weight of the category estimate when duties are given (the rest is the duty model).
DUTY_BLEND = 0.5
#: Points by which a profile of only-substituted (or only-untouched) skills moves.
SKILL_SHIFT = 6.0
#: Half-width of the interval that no model can beat: the published indices themselves
#: disagree (Spearman 0.76-0.91 with each other).
BASE_HALF_WIDTH = 4.0
#: How much of the spread of figures under the category probabilities widens the interval.
SPREAD_WIDTH = 1.0

W_RISK, W_OUTLOOK, W_BREADTH = 0.40, 0.35, 0.25
OUTLOOK_VALUE = {"growing": 1.0, "stable": 0.55, "shrinking": 0.15}
BREADTH_SCALE = 4.0


def outlook_label(value: float) -> str:
    """Turn an expected outlook value back into a word."""
    if value >= 0.75:
        return "growing"
    if value <= 0.35:
        return "shrinking"
    return "stable"


def category_exposure(proba: np.ndarray, figures: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Expected figure under the category probabilities, and its spread (std)."""
    mean = proba @ figures
    var = np.clip(proba @ (figures**2) - mean**2, 0.0, None)
    return mean, np.sqrt(var)


def blend(
    e_cat: np.ndarray, e_duty: np.ndarray, has_duties: np.ndarray, skill_adj: np.ndarray
) -> np.ndarray:
    """Final exposure, clipped to 0-100."""
    weight = np.where(has_duties, DUTY_BLEND, 1.0)
    return np.clip(weight * e_cat + (1 - weight) * e_duty + skill_adj, 0.0, 100.0)


def interval(
    exposure: np.ndarray,
    spread_cat: np.ndarray,
    spread_duty: np.ndarray,
    has_duties: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """A plausible range that widens when the model is unsure which category fits."""
    weight = np.where(has_duties, DUTY_BLEND, 1.0)
    spread = weight * spread_cat + (1 - weight) * spread_duty
    half = BASE_HALF_WIDTH + SPREAD_WIDTH * spread
    return np.clip(exposure - half, 0, 100), np.clip(exposure + half, 0, 100)


def breadth(distinct_categories: np.ndarray) -> np.ndarray:
    """0-1: how many different kinds of work a person's skills span."""
    return 1.0 - np.exp(-distinct_categories / BREADTH_SCALE)


def resilience(
    exposure: np.ndarray, substitution: np.ndarray, outlook: np.ndarray, spread: np.ndarray
) -> np.ndarray:
    """Resilience 0-100 from exposure, its substitution share, outlook and skill breadth."""
    risk = exposure / 100.0 * substitution
    return 100.0 * (W_RISK * (1 - risk) + W_OUTLOOK * outlook + W_BREADTH * spread)


def substitution_share(substitute: np.ndarray, augment: np.ndarray) -> np.ndarray:
    """Share of the exposed work that AI substitutes rather than augments."""
    total = substitute + augment
    return np.divide(substitute, total, out=np.zeros_like(total), where=total > 1e-9)
