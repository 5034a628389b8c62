"""How far a score may be from the person's published figure, and how much duties count.

Two estimates of a person's consensus percentile meet in a score: the occupation
match's (``E_m``) and the duty model's (``E_d = map(mean rating of the readable duty
lines)``). Each has an error variance, fit on held-out pseudo-profiles built from O*NET
items (never on evaluation data)::

    var_m = c0 + c1 * u^2 + c2 * d^2 + c3 * (1 - p_top)    u: std of pct under the match
                                                           d: the indices' disagreement
    var_d = a + b / n                                      n: readable duty lines
    w     = var_m / (var_m + var_d)                        the duties' weight (0 without)
    E     = E_m + w * (E_d - E_m)
    var   = var_m * var_d / (var_m + var_d)                (var_m without duties)
    interval = E -/+ s_g * sqrt(var)                       s_g per fields given: title
                                                           only, + skills, + duties, all

The weights are inverse-variance: the duties count more the more readable lines there
are and the less sure the match is. ``s_g`` makes the interval hold the stated share of
held-out pseudo-profiles in each of the four groups.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

#: The share of people whose published figure the interval should hold.
INTERVAL_LEVEL = 0.8
#: Field groups, in the order of ``Uncertainty.scales``.
GROUPS = ("title", "skills", "duties", "all")
#: Normal 80% quantile: the scale of a group too small to calibrate.
_Z80 = 1.28


def group_of(has_skills: np.ndarray, has_duties: np.ndarray) -> np.ndarray:
    """0 title only, 1 + skills, 2 + readable duties, 3 all (per profile)."""
    return has_skills.astype(int) + 2 * has_duties.astype(int)


@dataclass(frozen=True)
class Uncertainty:
    """The fitted error model (see the module docstring); plain numbers, JSON in the artifact."""

    match: tuple[float, float, float, float]  # c0..c3
    duty: tuple[float, float]  # a, b
    scales: tuple[float, float, float, float]  # s_g per GROUPS

    def match_var(self, u2: np.ndarray, d2: np.ndarray, p_top: np.ndarray) -> np.ndarray:
        """Error variance of the match's estimate."""
        c0, c1, c2, c3 = self.match
        return c0 + c1 * u2 + c2 * d2 + c3 * (1.0 - p_top)

    def duty_var(self, n: np.ndarray) -> np.ndarray:
        """Error variance of the duty estimate from ``n`` readable lines (inf for none)."""
        a, b = self.duty
        return np.where(n > 0, a + b / np.maximum(n, 1), np.inf)

    def combine(
        self, e_m: np.ndarray, var_m: np.ndarray, e_d: np.ndarray, n: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(exposure, variance, duty weight) from the two estimates."""
        var_d = self.duty_var(n)
        w = np.where(n > 0, var_m / (var_m + np.where(n > 0, var_d, 1.0)), 0.0)
        e = e_m + w * np.where(n > 0, np.nan_to_num(e_d) - e_m, 0.0)
        var = np.where(n > 0, var_m * (1 - w), var_m)
        return e, var, w

    def half_width(self, var: np.ndarray, group: np.ndarray) -> np.ndarray:
        """Half the interval, per profile."""
        return np.asarray(self.scales)[group] * np.sqrt(var)

    def to_json(self) -> dict[str, Any]:
        """The numbers as the artifact's meta stores them."""
        return {"match": list(self.match), "duty": list(self.duty), "scales": list(self.scales)}

    @classmethod
    def from_json(cls, raw: Any) -> Uncertainty:
        """Back from ``to_json`` (ValueError when a number is missing or negative)."""
        match, duty, scales = (tuple(float(v) for v in raw[k]) for k in ("match", "duty", "scales"))
        if len(match) != 4 or len(duty) != 2 or len(scales) != len(GROUPS):
            raise ValueError("uncertainty: wrong number of parameters")
        if min(match + duty + scales) < 0 or not all(np.isfinite(match + duty + scales)):
            raise ValueError("uncertainty: parameters must be finite and non-negative")
        if match[0] <= 0 or duty[0] + duty[1] <= 0:
            raise ValueError("uncertainty: variances must be positive")
        return cls(match, duty, scales)  # type: ignore[arg-type]


def fit(
    e_m: np.ndarray,
    u2: np.ndarray,
    d2: np.ndarray,
    p_top: np.ndarray,
    e_d: np.ndarray,
    n: np.ndarray,
    group: np.ndarray,
    truth: np.ndarray,
) -> tuple[Uncertainty, dict[str, Any]]:
    """Fit the error model on held-out pseudo-profiles; returns it with in-sample figures.

    The variances are least squares on the squared errors (non-negative coefficients);
    each group's scale is the ``INTERVAL_LEVEL`` quantile of the standardised error.
    """
    from scipy.optimize import nnls

    x_m = np.stack([np.ones_like(u2), u2, d2, 1.0 - p_top], axis=1)
    c, _ = nnls(x_m, (e_m - truth) ** 2)
    c[0] = max(c[0], 1.0)
    has = n > 0
    x_d = np.stack([np.ones(int(has.sum())), 1.0 / n[has]], axis=1)
    ab, _ = nnls(x_d, (e_d[has] - truth[has]) ** 2)
    ab[0] = max(ab[0], 1.0)
    partial = Uncertainty(
        (float(c[0]), float(c[1]), float(c[2]), float(c[3])),
        (float(ab[0]), float(ab[1])),
        (1.0,) * len(GROUPS),  # type: ignore[arg-type]
    )
    e, var, _ = partial.combine(e_m, partial.match_var(u2, d2, p_top), e_d, n)
    need = np.abs(e - truth) / np.sqrt(var)
    scales = [
        float(np.quantile(need[group == g], INTERVAL_LEVEL)) if (group == g).sum() >= 20 else _Z80
        for g in range(len(GROUPS))
    ]
    model = Uncertainty(partial.match, partial.duty, tuple(scales))  # type: ignore[arg-type]
    return model, measure(model, e_m, u2, d2, p_top, e_d, n, group, truth)


def measure(
    model: Uncertainty,
    e_m: np.ndarray,
    u2: np.ndarray,
    d2: np.ndarray,
    p_top: np.ndarray,
    e_d: np.ndarray,
    n: np.ndarray,
    group: np.ndarray,
    truth: np.ndarray,
) -> dict[str, Any]:
    """Coverage and width of the interval per group, and what the duties did to the error."""
    e, var, w = model.combine(e_m, model.match_var(u2, d2, p_top), e_d, n)
    half = model.half_width(var, group)
    covered = np.abs(e - truth) <= half
    has = n > 0
    figures: dict[str, Any] = {
        "pseudo_mae_match_only": round(float(np.abs(e_m - truth).mean()), 2),
        "pseudo_mae": round(float(np.abs(e - truth).mean()), 2),
        "pseudo_duty_weight_mean": round(float(w[has].mean()), 3) if has.any() else 0.0,
    }
    for g, name in enumerate(GROUPS):
        if (group == g).any():
            figures[f"pseudo_coverage_{name}"] = round(float(covered[group == g].mean()), 3)
            figures[f"pseudo_half_width_{name}"] = round(float(np.median(half[group == g])), 1)
    return figures


#: The error model of small test models, which have no held-out profiles to fit one on:
#: about 8 points of error when the match is sure, 20 from a few duty lines.
DEFAULT = Uncertainty((64.0, 1.0, 0.5, 400.0), (300.0, 300.0), (_Z80, _Z80, _Z80, _Z80))
