"""Training is reproducible and what it saves round-trips through the artifact checks."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from career_resilience.model.bundle_parts import load_bundle, save_bundle
from career_resilience.model.engine import Engine
from career_resilience.model.occupation_model import train_small_model
from career_resilience.model.profile import Profile
from career_resilience.model.training import train
from career_resilience.skills.loader import load_knowledge_base

TINY_KB = Path(__file__).parent / "fixtures" / "tiny_kb"


@pytest.fixture(scope="module")
def small_matcher() -> dict:
    return train_small_model(("15-12", "29-", "43-4"))


def test_training_twice_gives_the_same_model(small_matcher) -> None:
    kb = load_knowledge_base(TINY_KB)
    first = train(kb, evaluate=False, occupations=small_matcher)
    second = train(kb, evaluate=False, occupations=small_matcher)
    np.testing.assert_array_equal(first["coef"], second["coef"])
    np.testing.assert_array_equal(first["duty"]["model"].coef, second["duty"]["model"].coef)
    assert first["features"][0]["vocabulary"] == second["features"][0]["vocabulary"]


def test_small_matcher_is_deterministic(small_matcher) -> None:
    again = train_small_model(("15-12", "29-", "43-4"))
    for key, value in small_matcher["arrays"].items():
        np.testing.assert_array_equal(value, again["arrays"][key])


def test_saved_model_loads_and_scores(tmp_path: Path, small_matcher) -> None:
    kb = load_knowledge_base(TINY_KB)
    manifest = save_bundle(train(kb, occupations=small_matcher), kb.digest, tmp_path)
    assert {"cv_macro_f1", "ece_after_calibration", "train_seconds"} <= set(manifest.metrics)
    loaded_manifest, bundle = load_bundle(tmp_path, kb.digest)
    assert loaded_manifest == manifest
    result = Engine(kb, bundle, manifest).score(Profile.create("Registered nurse"))
    assert result.top_category.id == "nursing_care"
    assert result.occupations[0].onet_soc == "29-1141.00"
    assert result.model_version == manifest.model_version


def test_the_employment_prior_gets_no_weight_from_evenly_drawn_profiles() -> None:
    from career_resilience.model.occupation_fit import fit_weights
    from career_resilience.model.occupation_match import FEATURES

    # Pseudo-profiles are drawn evenly per occupation: there, the more held an
    # occupation, the likelier it only shares words with the profile, and the prior's
    # weight came out negative (-0.309), sending a bare "Truck driver" to light trucks.
    rng = np.random.default_rng(0)
    n, m = 200, 6
    f = rng.normal(size=(n, m, len(FEATURES))).astype(np.float32)
    gold = rng.integers(0, m, n)
    prior = FEATURES.index("log_prior")
    f[:, :, prior] = 1.0
    f[np.arange(n), gold, prior] = -1.0  # the right one is always the least held
    weights = fit_weights(f, gold)
    assert weights[prior] == 0.0
    assert np.count_nonzero(weights) == len(FEATURES) - 1
