"""The trained model on disk: a joblib file plus a JSON manifest that vouches for it.

Unpickling runs code, so the loader checks everything it can *before* calling
``joblib.load``: the manifest's format, the scikit-learn version, the SHA-256 of the
artifact bytes and the knowledge-base digest it was trained on. A tampered, truncated
or mismatched file is refused with a message that says which check failed.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ARTIFACT_DIR = Path(__file__).with_name("artifact")
MODEL_FILE = "model.joblib"
MANIFEST_FILE = "manifest.json"
#: 2: the bundle holds exported vectorizer specs (plain dicts/arrays), no sklearn objects.
FORMAT_VERSION = 2


class ArtifactError(RuntimeError):
    """The model artifact is missing, tampered with, or does not match this install."""


@dataclass(frozen=True)
class Manifest:
    """What the artifact claims about itself."""

    format_version: int
    sklearn_version: str
    corpus_digest: str
    sha256: str
    model_version: str
    metrics: dict[str, Any]

    @classmethod
    def read(cls, path: Path) -> Manifest:
        """Parse and type-check a manifest file."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                int(raw["format_version"]),
                str(raw["sklearn_version"]),
                str(raw["corpus_digest"]),
                str(raw["sha256"]),
                str(raw["model_version"]),
                dict(raw.get("metrics", {})),
            )
        except FileNotFoundError as exc:
            raise ArtifactError(
                f"model manifest {path} is missing; run `resilience train`"
            ) from exc
        except (ValueError, KeyError, TypeError) as exc:
            raise ArtifactError(f"model manifest {path} is malformed ({exc})") from exc


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _atomic_write(path: Path, write: Any) -> None:
    """Write via a temporary file in the same directory, then rename over ``path``."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save(bundle: dict[str, Any], corpus_digest: str, directory: Path = ARTIFACT_DIR) -> Manifest:
    """Write ``bundle`` and its manifest into ``directory``; returns the manifest."""
    import joblib

    from career_resilience.model import __version__

    directory.mkdir(parents=True, exist_ok=True)
    model_path = directory / MODEL_FILE
    _atomic_write(model_path, lambda handle: joblib.dump(bundle, handle, compress=3))
    manifest = Manifest(
        FORMAT_VERSION,
        installed_sklearn_version(),
        corpus_digest,
        file_sha256(model_path),
        f"{__version__}+{corpus_digest[:8]}",
        bundle.get("metrics", {}),
    )
    text = json.dumps(manifest.__dict__, indent=2, sort_keys=True) + "\n"
    _atomic_write(directory / MANIFEST_FILE, lambda handle: handle.write(text.encode()))
    return manifest


def installed_sklearn_version() -> str:
    """The installed scikit-learn version, read from package metadata (no import)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("scikit-learn")
    except PackageNotFoundError:
        return "not installed"


def verify(directory: Path, corpus_digest: str | None) -> Manifest:
    """Run every pre-unpickling check; returns the manifest or raises ArtifactError."""
    manifest = Manifest.read(directory / MANIFEST_FILE)
    model_path = directory / MODEL_FILE
    if manifest.format_version != FORMAT_VERSION:
        raise ArtifactError(
            f"model format {manifest.format_version} is not the supported {FORMAT_VERSION}"
        )
    installed = installed_sklearn_version()
    if manifest.sklearn_version != installed:
        raise ArtifactError(
            f"model was trained with scikit-learn {manifest.sklearn_version} but "
            f"{installed} is installed; reinstall career-resilience or run "
            "`resilience train`"
        )
    if not model_path.is_file():
        raise ArtifactError(f"model file {model_path} is missing; run `resilience train`")
    actual = file_sha256(model_path)
    if actual != manifest.sha256:
        raise ArtifactError(
            f"model file {model_path} does not match its manifest (SHA-256 {actual[:12]}… "
            f"expected {manifest.sha256[:12]}…); it was modified or corrupted, so it was "
            "not loaded"
        )
    if corpus_digest is not None and manifest.corpus_digest != corpus_digest:
        raise ArtifactError(
            "model was trained on a different knowledge base than the one installed; "
            "run `resilience train` to retrain it"
        )
    return manifest


def load(directory: Path = ARTIFACT_DIR, corpus_digest: str | None = None) -> tuple[Manifest, Any]:
    """Verify, then unpickle the bundle."""
    manifest = verify(directory, corpus_digest)
    import joblib

    try:
        bundle = joblib.load(directory / MODEL_FILE)
    except Exception as exc:  # verified bytes that still fail: report, never crash
        raise ArtifactError(f"model file could not be loaded ({exc})") from exc
    return manifest, bundle
