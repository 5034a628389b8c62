"""The shipped model loads with no pickle; tampered, planted or malformed files are refused."""

from __future__ import annotations

import builtins
import hashlib
import json
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from career_resilience.model import artifact
from career_resilience.model.artifact import ArtifactError
from career_resilience.model.bundle_parts import load_bundle, save_bundle
from career_resilience.skills.loader import shipped_knowledge_base


class Plant:
    """Unpickling this creates the file at ``marker``: proof that a pickle ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (builtins.open, (str(self.marker), "w"))


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "artifact"
    shutil.copytree(artifact.ARTIFACT_DIR, target)
    return target


def rehash(folder: Path, name: str) -> None:
    """Update the manifest so it vouches for ``name`` as it now is (an attacker's move)."""
    path = folder / artifact.MANIFEST_FILE
    manifest = json.loads(path.read_text())
    data = (folder / name).read_bytes()
    manifest["files"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    path.write_text(json.dumps(manifest))


def kb_digest() -> str:
    return shipped_knowledge_base().digest


PICKLE_FORBIDDEN = """
import pickle, sys
def forbidden(*args, **kwargs):
    raise AssertionError("pickle must never run while loading the model")
for name in ("load", "loads", "Unpickler"):
    setattr(pickle, name, forbidden)
import joblib
joblib.load = forbidden
from career_resilience.model.engine import load_engine
from career_resilience.model.profile import Profile
engine = load_engine()
print(engine.score(Profile.create("Registered nurse", duties="lift patients")).top_category.id)
"""


def test_shipped_artifact_loads_and_scores_with_pickle_impossible() -> None:
    # In a child process: modules imported while pickle is patched would keep the patch
    # (multiprocessing binds pickle.loads at import) and break later tests.
    done = subprocess.run(
        [sys.executable, "-c", PICKLE_FORBIDDEN], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "nursing_care"
    assert not list(artifact.ARTIFACT_DIR.glob("*.joblib"))
    assert load_bundle(artifact.ARTIFACT_DIR, kb_digest())[0].metrics["corpus_examples"] >= 3000


def test_object_array_holding_a_pickle_is_refused_and_never_runs(copy: Path, tmp_path) -> None:
    marker = tmp_path / "pwned"
    arrays = dict(np.load(copy / artifact.ARRAYS_FILE))
    arrays["category.coef"] = np.array([Plant(marker)], dtype=object)
    with (copy / artifact.ARRAYS_FILE).open("wb") as handle:
        np.savez(handle, **arrays)
    rehash(copy, artifact.ARRAYS_FILE)
    with pytest.raises(ArtifactError, match=r"arrays\.npz.*allow_pickle=False"):
        load_bundle(copy, kb_digest())
    assert not marker.exists()


def test_arrays_load_as_read_only_views_and_a_compressed_archive_is_refused(copy: Path) -> None:
    _, arrays, _ = artifact.load_artifact(copy, kb_digest())
    coef = arrays["category.coef"]
    assert not coef.flags.writeable  # a view of the verified bytes: nothing can change it
    plain = dict(np.load(copy / artifact.ARRAYS_FILE))
    assert all(np.array_equal(plain[k], v) for k, v in arrays.items())
    with (copy / artifact.ARRAYS_FILE).open("wb") as handle:
        np.savez_compressed(handle, **plain)  # the format before this one
    rehash(copy, artifact.ARRAYS_FILE)
    with pytest.raises(ArtifactError, match=r"arrays\.npz.*compressed"):
        load_bundle(copy, kb_digest())


def test_planted_joblib_beside_the_arrays_is_never_opened(copy: Path, tmp_path) -> None:
    marker = tmp_path / "pwned"
    planted = copy / "model.joblib"
    planted.write_bytes(pickle.dumps(Plant(marker)))
    path = copy / artifact.MANIFEST_FILE
    manifest = json.loads(path.read_text())
    digest = hashlib.sha256(planted.read_bytes()).hexdigest()
    # The old format named one pickled file; the new one lists it among its files.
    old = {**manifest, "format_version": 2, "sha256": digest}
    path.write_text(json.dumps(old))
    with pytest.raises(
        ArtifactError, match=f"format 2, not the supported {artifact.FORMAT_VERSION}"
    ):
        load_bundle(copy, kb_digest())
    manifest["files"]["model.joblib"] = {"sha256": digest, "bytes": planted.stat().st_size}
    path.write_text(json.dumps(manifest))
    with pytest.raises(ArtifactError, match="lists files"):
        load_bundle(copy, kb_digest())
    assert not marker.exists()


def test_tampered_byte_is_refused_before_parsing(copy: Path, monkeypatch) -> None:
    def forbidden(*args, **kwargs):
        raise AssertionError("a file must not be parsed before its hash matches")

    monkeypatch.setattr(np, "load", forbidden)
    for name in (artifact.ARRAYS_FILE, artifact.META_FILE):
        path = copy / name
        original = path.read_bytes()
        data = bytearray(original)
        data[len(data) // 2] ^= 0xFF
        path.write_bytes(bytes(data))
        with pytest.raises(ArtifactError, match=f"{name} does not match its manifest"):
            load_bundle(copy, kb_digest())
        path.write_bytes(original[:-10])
        with pytest.raises(ArtifactError, match="truncated"):
            load_bundle(copy, kb_digest())
        path.write_bytes(original)


def test_each_file_is_opened_once_so_a_swap_after_the_check_cannot_be_parsed(
    copy: Path, monkeypatch
) -> None:
    opened: list[str] = []
    real_open = os.open

    def counting(path, *args, **kwargs):
        opened.append(Path(path).name)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", counting)
    load_bundle(copy, kb_digest())
    names = [artifact.MANIFEST_FILE, artifact.ARRAYS_FILE, artifact.META_FILE]
    assert sorted(opened) == sorted(names)


def test_wrong_shape_is_refused_naming_the_array(copy: Path) -> None:
    arrays = dict(np.load(copy / artifact.ARRAYS_FILE))
    arrays["category.coef"] = arrays["category.coef"][:, :-1]
    with (copy / artifact.ARRAYS_FILE).open("wb") as handle:
        np.savez(handle, **arrays)
    rehash(copy, artifact.ARRAYS_FILE)
    with pytest.raises(ArtifactError, match=r"'coef' has shape .*axis 1 \(features\) should be"):
        load_bundle(copy, kb_digest())


def test_meta_of_the_wrong_type_is_refused_naming_the_key(copy: Path) -> None:
    path = copy / artifact.META_FILE
    meta = json.loads(path.read_text())
    meta["category"]["temperature"] = "hot"
    path.write_text(json.dumps(meta))
    rehash(copy, artifact.META_FILE)
    with pytest.raises(ArtifactError, match="'temperature' must be float"):
        load_bundle(copy, kb_digest())


def test_directory_or_missing_file_says_which(copy: Path) -> None:
    (copy / artifact.META_FILE).unlink()
    (copy / artifact.META_FILE).mkdir()
    with pytest.raises(ArtifactError, match=r"meta\.json is a directory"):
        load_bundle(copy, kb_digest())
    (copy / artifact.META_FILE).rmdir()
    with pytest.raises(ArtifactError, match=r"meta\.json is missing"):
        load_bundle(copy, kb_digest())
    (copy / artifact.MANIFEST_FILE).unlink()
    (copy / artifact.MANIFEST_FILE).mkdir()
    with pytest.raises(ArtifactError, match=r"manifest .*manifest\.json is a directory"):
        load_bundle(copy, kb_digest())


def test_model_for_another_knowledge_base_is_refused(copy: Path) -> None:
    with pytest.raises(ArtifactError, match="different knowledge base"):
        load_bundle(copy, "0" * 64)


def test_missing_or_garbled_manifest_says_so(copy: Path) -> None:
    (copy / artifact.MANIFEST_FILE).write_text("{not json")
    with pytest.raises(ArtifactError, match="malformed"):
        load_bundle(copy, None)
    (copy / artifact.MANIFEST_FILE).unlink()
    with pytest.raises(ArtifactError, match="missing"):
        load_bundle(copy, None)


def test_a_crash_while_writing_leaves_the_previous_artifact_intact(copy: Path, monkeypatch) -> None:
    _, bundle = load_bundle(copy, kb_digest())
    before = {p.name: p.read_bytes() for p in copy.iterdir()}
    real = Path.write_bytes

    def crash_on_meta(self: Path, data: bytes) -> int:
        if self.name == artifact.META_FILE:
            raise OSError(28, "No space left on device")
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", crash_on_meta)
    with pytest.raises(OSError, match="No space"):
        save_bundle({**bundle, "temperature": 2.0}, kb_digest(), copy)
    assert {p.name: p.read_bytes() for p in copy.iterdir()} == before
    assert [p.name for p in copy.parent.iterdir()] == [copy.name]  # no temporary left
    monkeypatch.undo()
    save_bundle({**bundle, "temperature": 2.0}, kb_digest(), copy)
    assert load_bundle(copy, kb_digest())[1]["temperature"] == 2.0


def test_save_refuses_arrays_that_would_need_pickle(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not numeric"):
        artifact.save_artifact(
            tmp_path / "a", {"x": np.array(["a", None], dtype=object)}, {}, corpus_digest="0"
        )
    assert not (tmp_path / "a").exists()
