"""Training is reproducible and what it saves round-trips through the artifact checks."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from career_resilience.model.bundle_parts import load_bundle, save_bundle
from career_resilience.model.engine import Engine
from career_resilience.model.profile import Profile
from career_resilience.model.training import train
from career_resilience.skills.loader import load_knowledge_base

TINY_KB = Path(__file__).parent / "fixtures" / "tiny_kb"


def test_training_twice_gives_the_same_model() -> None:
    kb = load_knowledge_base(TINY_KB)
    first, second = train(kb, evaluate=False), train(kb, evaluate=False)
    np.testing.assert_array_equal(first["coef"], second["coef"])
    np.testing.assert_array_equal(first["duty"]["coef"], second["duty"]["coef"])
    assert first["features"][0]["vocabulary"] == second["features"][0]["vocabulary"]


def test_saved_model_loads_and_scores(tmp_path: Path) -> None:
    kb = load_knowledge_base(TINY_KB)
    manifest = save_bundle(train(kb), kb.digest, tmp_path)
    assert {"cv_macro_f1", "ece_after_calibration", "train_seconds"} <= set(manifest.metrics)
    loaded_manifest, bundle = load_bundle(tmp_path, kb.digest)
    assert loaded_manifest == manifest
    result = Engine(kb, bundle, manifest).score(Profile.create("Registered nurse"))
    assert result.top_category.id == "nursing_care"
    assert result.model_version == manifest.model_version
