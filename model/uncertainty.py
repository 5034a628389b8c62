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
    interval = E -/+ s_gbw * sqrt(var)                     g: fields given (title only,
                                                           + skills, + duties, all);
                                                           b: how sure the match is
                                                           (p_top below 0.5, 0.8, 0.95
                                                           or above); w: a title of at
                                                           most two words, or longer
                                                           (without duty lines)

The weights are inverse-variance: the duties count more the more readable lines there
are and the less sure the match is. ``s_gb`` makes the interval hold the stated share of
held-out pseudo-profiles in each group and band of confidence.

Why per band of confidence and not only per fields given: pseudo-profiles built from
O*NET titles the tables do not hold are harder than how people type (most type a title
O*NET lists), and a scale per group carries that difficulty over to everyone. Within a
band of the match's confidence the standardised error depends much less on how the
profiles were made: on held-out pseudo-profiles, scales fit on a half-listed mix held
77.9% (per band) instead of 83.9% (per group) of title-only profiles whose titles were
all listed, and 77.6% instead of 63.7% of those whose titles were all unlisted
(``benchmarks/pseudo_profiles.py``; held-out titles another occupation lists too are left
out, see ``occupation_training.shared_titles``).

Why per length of the title too: at the same confidence, a title of one or two words
("Driver", "Teacher") is generic, and when its match is wrong the right occupation may
be anywhere in the family, while a longer title ("adjunct psych instructor") says what
the work is and its wrong matches are near misses. On the held-out pseudo-profiles the
80% quantile of the standardised error of unsure title-only matches (p_top 0.5-0.8) was
1.11 for titles of at most two words and 0.65-0.83 for longer ones; a scale shared by
both gave the longer titles, most of what people type, too wide an interval.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

import numpy as np

#: The share of people whose published figure the interval should hold.
INTERVAL_LEVEL = 0.8
#: Field groups, in the order of ``Uncertainty.scales``.
GROUPS = ("title", "skills", "duties", "all")
#: Upper edges of the match-confidence bands (p_top) the interval scale is fit per.
CONFIDENCE_BANDS = (0.5, 0.8, 0.95)
#: Fewest pseudo-profiles a group or band is calibrated on; smaller ones take the
#: group's scale (or the normal 80% quantile for a group).
MIN_CALIBRATION = 20
#: Normal 80% quantile: the scale of a group too small to calibrate.
_Z80 = 1.28
#: Titles of at most this many words (as ``normalise_title`` reads them) get scales of
#: their own (see the module docstring).
SHORT_TITLE_WORDS = 2
#: The groups whose scales depend on the title's length: without duty lines the title
#: is most of what the match reads. With them the duties say what the work is, and a
#: scale per length there was fit on a few dozen profiles: it gave "Coordinator" with
#: two clear duty lines a wider interval than the title alone.
SPLIT_GROUPS = ("title", "skills")


def short_titles(roles: list[str], words: int = SHORT_TITLE_WORDS) -> np.ndarray:
    """Whether each title has at most ``words`` words once normalised (seniority words
    dropped, abbreviations expanded): "Sr. driver" is short, "CNC programmer
    (Mastercam)" is not."""
    from career_resilience.skills.titles import normalise_title

    return np.array([len(normalise_title(r).split()) <= words for r in roles], dtype=bool)


def group_of(has_skills: np.ndarray, has_duties: np.ndarray) -> np.ndarray:
    """0 title only, 1 + skills, 2 + readable duties, 3 all (per profile)."""
    return has_skills.astype(int) + 2 * has_duties.astype(int)


@dataclass(frozen=True)
class Calibration:
    """What the error model is fit and measured on, one entry per pseudo-profile."""

    e_m: np.ndarray  # the match's estimate of the percentile
    u2: np.ndarray  # variance of the percentile under the match
    d2: np.ndarray  # expected squared disagreement of the indices
    p_top: np.ndarray  # probability of the most likely occupation
    e_d: np.ndarray  # the duty estimate (NaN without readable lines)
    n: np.ndarray  # readable duty lines
    group: np.ndarray  # GROUPS index (``group_of``)
    truth: np.ndarray  # the published percentile of the right occupation
    short: np.ndarray | None = None  # a title of at most SHORT_TITLE_WORDS words

    def subset(self, keep: np.ndarray) -> Calibration:
        """The entries where ``keep`` is true."""
        kept: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            kept[f.name] = None if value is None else value[keep]
        return Calibration(**kept)

    def is_short(self) -> np.ndarray:
        """``short``, or no title short when it was not given."""
        return np.zeros(len(self.truth), bool) if self.short is None else self.short


@dataclass(frozen=True)
class Uncertainty:
    """The fitted error model (see the module docstring); plain numbers, JSON in the artifact.

    ``scales`` holds one scale per group when ``bands`` is empty (models fit before the
    confidence bands), else one per group and band, group-major; with ``short_words``
    (models fit since the title's length counts), two per group and band: longer
    titles, then titles of at most that many words.
    """

    match: tuple[float, float, float, float]  # c0..c3
    duty: tuple[float, float]  # a, b
    scales: tuple[float, ...]  # s_gb(w), group-major
    bands: tuple[float, ...] = ()  # upper edges of the confidence bands
    short_words: int = 0  # 0: one scale per group and band, whatever the title's length

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

    def cell(
        self, group: np.ndarray, p_top: np.ndarray, short: np.ndarray | None = None
    ) -> np.ndarray:
        """Index into ``scales`` of each profile's group, confidence band and, when the
        model has them, title length (``short``: a title of at most ``short_words``)."""
        band = np.asarray(group) * (len(self.bands) + 1) + np.digitize(p_top, self.bands)
        if not self.short_words:
            return band
        return 2 * band + (np.zeros(len(band), int) if short is None else np.asarray(short, int))

    def half_width(
        self, var: np.ndarray, group: np.ndarray, p_top: np.ndarray, short: np.ndarray | None = None
    ) -> np.ndarray:
        """Half the interval, per profile (``p_top``: the match's top probability;
        ``short``: whether the title is short, see :func:`short_titles`)."""
        return np.asarray(self.scales)[self.cell(group, p_top, short)] * np.sqrt(var)

    def to_json(self) -> dict[str, Any]:
        """The numbers as the artifact's meta stores them."""
        return {
            "match": list(self.match),
            "duty": list(self.duty),
            "scales": list(self.scales),
            "bands": list(self.bands),
            "short_title_words": self.short_words,
        }

    @classmethod
    def from_json(cls, raw: Any) -> Uncertainty:
        """Back from ``to_json`` (ValueError when a number is missing or negative)."""
        match, duty, scales = (tuple(float(v) for v in raw[k]) for k in ("match", "duty", "scales"))
        bands = tuple(float(v) for v in raw.get("bands", ()))
        short = int(raw.get("short_title_words", 0))
        cells = len(GROUPS) * (len(bands) + 1) * (2 if short else 1)
        if len(match) != 4 or len(duty) != 2 or len(scales) != cells or short < 0:
            raise ValueError("uncertainty: wrong number of parameters")
        numbers = match + duty + scales + bands
        if min(numbers) < 0 or not all(np.isfinite(numbers)):
            raise ValueError("uncertainty: parameters must be finite and non-negative")
        if match[0] <= 0 or duty[0] + duty[1] <= 0:
            raise ValueError("uncertainty: variances must be positive")
        if list(bands) != sorted(bands) or any(b > 1 for b in bands):
            raise ValueError("uncertainty: confidence bands must rise within 0-1")
        return cls(match, duty, scales, bands, short)


def fit(
    cal: Calibration,
    bands: tuple[float, ...] = CONFIDENCE_BANDS,
    short_words: int = SHORT_TITLE_WORDS,
) -> Uncertainty:
    """Fit the error model on held-out pseudo-profiles.

    The variances are least squares on the squared errors (non-negative coefficients);
    each group and band's scale is the ``INTERVAL_LEVEL`` quantile of the standardised
    error there (the group's own when the band has too few profiles), and with
    ``short_words`` (and ``cal.short`` given) one for short titles and one for longer
    ones in the groups of :data:`SPLIT_GROUPS` (the band's own when either has too few,
    and in the other groups).
    """
    from scipy.optimize import nnls

    x_m = np.stack([np.ones_like(cal.u2), cal.u2, cal.d2, 1.0 - cal.p_top], axis=1)
    c, _ = nnls(x_m, (cal.e_m - cal.truth) ** 2)
    c[0] = max(c[0], 1.0)
    has = cal.n > 0
    x_d = np.stack([np.ones(int(has.sum())), 1.0 / cal.n[has]], axis=1)
    ab, _ = nnls(x_d, (cal.e_d[has] - cal.truth[has]) ** 2)
    ab[0] = max(ab[0], 1.0)
    match = (float(c[0]), float(c[1]), float(c[2]), float(c[3]))
    duty = (float(ab[0]), float(ab[1]))
    partial = Uncertainty(match, duty, (1.0,) * len(GROUPS))
    var_m = partial.match_var(cal.u2, cal.d2, cal.p_top)
    e, var, _ = partial.combine(cal.e_m, var_m, cal.e_d, cal.n)
    need = np.abs(e - cal.truth) / np.sqrt(var)
    band = np.digitize(cal.p_top, bands)
    if cal.short is None:
        short_words = 0
    scales: list[float] = []
    for g in range(len(GROUPS)):
        in_group = cal.group == g
        own = _quantile(need[in_group], _Z80)
        for b in range(len(bands) + 1):
            cell = in_group & (band == b)
            scale = _quantile(need[cell], own)
            if short_words and GROUPS[g] not in SPLIT_GROUPS:
                scales += [scale, scale]
            elif short_words:
                short = cal.is_short()
                scales += [
                    _quantile(need[cell & ~short], scale),
                    _quantile(need[cell & short], scale),
                ]
            else:
                scales.append(scale)
    return Uncertainty(match, duty, tuple(scales), tuple(bands), short_words)


def _quantile(values: np.ndarray, fallback: float) -> float:
    """The ``INTERVAL_LEVEL`` quantile, or ``fallback`` for too few values."""
    if len(values) < MIN_CALIBRATION:
        return fallback
    return float(np.quantile(values, INTERVAL_LEVEL))


def intervals(model: Uncertainty, cal: Calibration) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(estimate, half width, duty weight) of every profile of ``cal``."""
    e, var, w = model.combine(cal.e_m, model.match_var(cal.u2, cal.d2, cal.p_top), cal.e_d, cal.n)
    return e, model.half_width(var, cal.group, cal.p_top, cal.is_short()), w


def measure(model: Uncertainty, cal: Calibration) -> dict[str, Any]:
    """Coverage and width of the interval per group, and what the duties did to the error."""
    e, half, w = intervals(model, cal)
    covered = np.abs(e - cal.truth) <= half
    has = cal.n > 0
    figures: dict[str, Any] = {
        "pseudo_mae_match_only": round(float(np.abs(cal.e_m - cal.truth).mean()), 2),
        "pseudo_mae": round(float(np.abs(e - cal.truth).mean()), 2),
        "pseudo_duty_weight_mean": round(float(w[has].mean()), 3) if has.any() else 0.0,
    }
    for g, name in enumerate(GROUPS):
        if (cal.group == g).any():
            figures[f"pseudo_coverage_{name}"] = round(float(covered[cal.group == g].mean()), 3)
            figures[f"pseudo_half_width_{name}"] = round(float(np.median(half[cal.group == g])), 1)
    return figures


#: The error model of small test models, which have no held-out profiles to fit one on:
#: about 8 points of error when the match is sure, 20 from a few duty lines.
DEFAULT = Uncertainty((64.0, 1.0, 0.5, 400.0), (300.0, 300.0), (_Z80, _Z80, _Z80, _Z80))
