"""The shipped model file: matches its corpus, and is refused before unpickling if tampered."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from career_resilience.model import artifact
from career_resilience.model.artifact import ArtifactError
from career_resilience.skills.loader import shipped_knowledge_base


def test_committed_artifact_matches_the_corpus_it_claims() -> None:
    manifest = artifact.verify(artifact.ARTIFACT_DIR, shipped_knowledge_base().digest)
    assert manifest.sha256 == artifact.file_sha256(artifact.ARTIFACT_DIR / artifact.MODEL_FILE)
    assert manifest.metrics["corpus_examples"] >= 3000


@pytest.fixture
def copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "artifact"
    shutil.copytree(artifact.ARTIFACT_DIR, target)

    def forbidden(*args, **kwargs):
        raise AssertionError("joblib.load must not run on an unverified file")

    monkeypatch.setattr("joblib.load", forbidden)
    return target


def test_tampered_file_is_refused_before_unpickling(copy: Path) -> None:
    model = copy / artifact.MODEL_FILE
    data = bytearray(model.read_bytes())
    data[len(data) // 2] ^= 0xFF
    model.write_bytes(bytes(data))
    with pytest.raises(ArtifactError, match="does not match its manifest"):
        artifact.load(copy, shipped_knowledge_base().digest)


def test_other_scikit_learn_version_is_refused(copy: Path) -> None:
    path = copy / artifact.MANIFEST_FILE
    manifest = json.loads(path.read_text())
    manifest["sklearn_version"] = "0.24.2"
    path.write_text(json.dumps(manifest))
    with pytest.raises(ArtifactError, match=r"scikit-learn 0\.24\.2"):
        artifact.load(copy, shipped_knowledge_base().digest)


def test_model_for_another_knowledge_base_is_refused(copy: Path) -> None:
    with pytest.raises(ArtifactError, match="different knowledge base"):
        artifact.load(copy, "0" * 64)


def test_missing_or_garbled_manifest_says_so(copy: Path) -> None:
    (copy / artifact.MANIFEST_FILE).write_text("{not json")
    with pytest.raises(ArtifactError, match="malformed"):
        artifact.load(copy, None)
    (copy / artifact.MANIFEST_FILE).unlink()
    with pytest.raises(ArtifactError, match="missing"):
        artifact.load(copy, None)
