"""The interval holds the share of people it states, however sure the match is."""

from __future__ import annotations

import numpy as np
import pytest

from career_resilience.model import uncertainty
from career_resilience.model.uncertainty import Calibration, Uncertainty


def _profiles(seed: int, size: int = 4000) -> Calibration:
    """Title-only profiles whose match is right more often the surer it is: a right
    match has no error, a wrong one a large one (as with real occupations)."""
    rng = np.random.default_rng(seed)
    p_top = rng.uniform(0.2, 1.0, size)
    right = rng.uniform(size=size) < p_top
    truth = rng.uniform(0, 100, size)
    e_m = np.where(right, truth, truth + rng.normal(0, 25, size))
    u2 = (1 - p_top) * 400
    zeros = np.zeros(size)
    return Calibration(
        e_m, u2, zeros, p_top, np.full(size, np.nan), zeros, zeros.astype(int), truth
    )


def _with_titles(seed: int, size: int = 4000) -> Calibration:
    """As ``_profiles``, half of them typed with a short title whose wrong matches land
    three times as far from the truth as a longer title's (a generic "Driver" against
    "school bus driver")."""
    cal = _profiles(seed, size)
    short = np.random.default_rng(seed + 100).uniform(size=size) < 0.5
    e_m = cal.truth + np.where(short, 3.0, 1.0) * (cal.e_m - cal.truth)
    return Calibration(e_m, cal.u2, cal.d2, cal.p_top, cal.e_d, cal.n, cal.group, cal.truth, short)


def _coverage(model: Uncertainty, cal: Calibration) -> tuple[np.ndarray, np.ndarray]:
    e, half, _ = uncertainty.intervals(model, cal)
    return np.abs(e - cal.truth) <= half, half


def test_the_interval_holds_its_level_in_every_band_of_confidence() -> None:
    model = uncertainty.fit(_profiles(0))
    fresh = _profiles(1)
    covered, half = _coverage(model, fresh)
    band = np.digitize(fresh.p_top, model.bands)
    for b in range(len(model.bands) + 1):
        share = covered[band == b].mean()
        # Where more than the level of matches are right (no error at all), even an
        # interval of no width holds more than the level: it cannot be made to hold less.
        right = (fresh.e_m == fresh.truth)[band == b].mean()
        assert share == pytest.approx(max(uncertainty.INTERVAL_LEVEL, right), abs=0.05)
    # A sure match gets a narrower interval than an unsure one.
    assert np.median(half[band == len(model.bands)]) < np.median(half[band == 0])


def test_one_scale_per_group_holds_only_on_average() -> None:
    """Why the bands: a single scale over-covers sure matches and under-covers unsure ones."""
    flat = uncertainty.fit(_profiles(0), bands=())
    fresh = _profiles(1)
    covered, _ = _coverage(flat, fresh)
    assert covered.mean() == pytest.approx(uncertainty.INTERVAL_LEVEL, abs=0.03)
    sure, unsure = fresh.p_top >= 0.95, fresh.p_top < 0.5
    assert covered[sure].mean() - covered[unsure].mean() > 0.1


def test_short_and_longer_titles_each_get_the_stated_level() -> None:
    """A scale shared by both would cover longer titles' people too widely (and short
    titles' too narrowly) at the same confidence; one each holds the level for both."""
    fresh, fit_on = _with_titles(1, 20_000), _with_titles(0, 20_000)
    unsure = fresh.p_top < 0.8
    for model, apart in ((uncertainty.fit(fit_on), True),
                         (uncertainty.fit(fit_on, short_words=0), False)):  # fmt: skip
        covered, _ = _coverage(model, fresh)
        longer = covered[unsure & ~fresh.short].mean()
        short = covered[unsure & fresh.short].mean()
        if apart:
            assert longer == pytest.approx(uncertainty.INTERVAL_LEVEL, abs=0.04)
            assert short == pytest.approx(uncertainty.INTERVAL_LEVEL, abs=0.04)
        else:
            assert longer - short > 0.08


def test_short_titles_are_counted_after_seniority_words_are_dropped() -> None:
    found = uncertainty.short_titles(["Driver", "Sr. driver II", "CNC programmer (Mastercam)"])
    assert found.tolist() == [True, True, False]


def test_the_error_model_survives_its_json_and_older_artifacts_still_load() -> None:
    model = uncertainty.fit(_profiles(0))
    assert Uncertainty.from_json(model.to_json()) == model
    with_titles = uncertainty.fit(_with_titles(0))
    assert with_titles.short_words == uncertainty.SHORT_TITLE_WORDS
    assert Uncertainty.from_json(with_titles.to_json()) == with_titles
    old = {"match": [64.0, 1.0, 0.5, 400.0], "duty": [300.0, 300.0], "scales": [1.2, 1.3, 1.4, 1.5]}
    loaded = Uncertainty.from_json(old)
    assert loaded.bands == ()
    half = loaded.half_width(np.array([4.0, 4.0]), np.array([0, 3]), np.array([0.1, 0.99]))
    assert half.tolist() == pytest.approx([2.4, 3.0])


@pytest.mark.parametrize(
    "broken",
    [
        {"scales": [1.0] * 4, "bands": [0.5]},  # one scale per group for two bands each
        {"scales": [1.0] * 8, "bands": [0.8, 0.5]},  # bands must rise
        {"scales": [1.0] * 8, "bands": [1.5]},  # a probability
    ],
)
def test_a_malformed_error_model_is_refused(broken: dict) -> None:
    raw = {"match": [64.0, 1.0, 0.5, 400.0], "duty": [300.0, 300.0], **broken}
    with pytest.raises(ValueError):
        Uncertainty.from_json(raw)


def test_a_subset_keeps_every_array_aligned() -> None:
    cal = _profiles(0, size=10)
    keep = np.arange(10) % 3 == 0
    part = cal.subset(keep)
    assert part.truth.tolist() == cal.truth[keep].tolist()
    assert part.p_top.tolist() == cal.p_top[keep].tolist()
    assert len(part.group) == 4
