"""The trained model on disk, loaded without pickle: numbers in ``.npz``, the rest JSON.

An artifact folder holds ``arrays.npz`` (numeric arrays only, stored uncompressed so
loading is a view of the verified bytes, never a decompression or an unpickling),
``meta.json`` (vocabularies, parameters) and ``manifest.json``,
which vouches for both: their SHA-256 and size, the knowledge-base digest the model was
trained on, the digests of outside training data, and the training metrics. Each file is
read once; the bytes that were hashed are the bytes that are parsed. Nothing here
executes code from the files, so a planted pickle is refused, never run.

This module is generic: a model part turns itself into ``(arrays, meta)`` and back
(see ``artifact_schema`` for the checks and for combining parts).
"""

from __future__ import annotations

import hashlib
import io
import json
import struct
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from career_resilience.model.artifact_files import (
    ArtifactError,
    read_once,
    write_folder_atomically,
)

__all__ = ["ArtifactError", "Manifest", "load_artifact", "save_artifact"]

ARTIFACT_DIR = Path(__file__).with_name("artifact")
ARRAYS_FILE = "arrays.npz"
META_FILE = "meta.json"
MANIFEST_FILE = "manifest.json"
#: 3: no pickle: arrays.npz + meta.json, each hashed in the manifest.
#: 4: arrays.npz stored uncompressed (members are read as views, no decompression);
#:    postings in float16/uint16 where the precision allows.
FORMAT_VERSION = 4
#: Array dtypes an artifact may hold: floats, integers, booleans. No objects, no strings.
ARRAY_KINDS = "fiub"


@dataclass(frozen=True)
class Manifest:
    """What the artifact claims about itself."""

    format_version: int
    sklearn_version: str
    corpus_digest: str
    model_version: str
    metrics: dict[str, Any] = field(default_factory=dict)
    #: file name -> {"sha256": hex, "bytes": size} for every file the loader reads.
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: outside training data (e.g. the task labels) -> SHA-256 of the file trained on.
    training_data: dict[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, data: bytes, path: Path) -> Manifest:
        """Parse and type-check a manifest's bytes."""
        try:
            raw = json.loads(data.decode("utf-8"))
            manifest = cls(
                int(raw["format_version"]),
                str(raw.get("sklearn_version", "")),
                str(raw["corpus_digest"]),
                str(raw["model_version"]),
                dict(raw.get("metrics", {})),
                {str(k): dict(v) for k, v in dict(raw.get("files", {})).items()},
                {str(k): str(v) for k, v in dict(raw.get("training_data", {})).items()},
            )
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise ArtifactError(f"model manifest {path} is malformed ({exc})") from exc
        if manifest.format_version != FORMAT_VERSION:
            raise ArtifactError(
                f"model manifest {path} is format {manifest.format_version}, not the supported "
                f"{FORMAT_VERSION}; run `resilience train`"
            )
        # The loader reads exactly these files; a manifest vouching for others (a pickle
        # someone placed beside them, say) describes an artifact this version cannot trust.
        if set(manifest.files) != {ARRAYS_FILE, META_FILE}:
            raise ArtifactError(
                f"model manifest {path} lists files {sorted(manifest.files)}; expected "
                f"exactly {[ARRAYS_FILE, META_FILE]}"
            )
        return manifest


def installed_sklearn_version() -> str:
    """The installed scikit-learn version, read from package metadata (no import)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("scikit-learn")
    except PackageNotFoundError:
        return "not installed"


def save_artifact(
    directory: Path,
    arrays: dict[str, np.ndarray],
    meta: dict[str, Any],
    *,
    corpus_digest: str,
    metrics: dict[str, Any] | None = None,
    training_data: dict[str, str] | None = None,
) -> Manifest:
    """Write ``arrays`` and ``meta`` with their manifest into ``directory``, atomically.

    ``arrays`` must be numeric (``ARRAY_KINDS``); ``meta`` must be plain JSON. The
    folder is built aside and swapped in, so a crash leaves the old artifact intact.
    """
    from career_resilience.model import __version__

    for name, array in arrays.items():
        if np.asarray(array).dtype.kind not in ARRAY_KINDS:
            raise ValueError(f"array {name!r} has dtype {np.asarray(array).dtype}; not numeric")
    buffer = io.BytesIO()
    # Uncompressed: the loader then maps each array onto the verified bytes (about a
    # second of zlib at every start-up saved, for a few more megabytes on disk).
    np.savez(buffer, allow_pickle=False, **arrays)
    blobs = {
        ARRAYS_FILE: buffer.getvalue(),
        META_FILE: (json.dumps(meta, sort_keys=True, allow_nan=False) + "\n").encode(),
    }
    manifest = Manifest(
        FORMAT_VERSION,
        installed_sklearn_version(),
        corpus_digest,
        f"{__version__}+{corpus_digest[:8]}",
        dict(metrics or {}),
        {k: {"sha256": hashlib.sha256(v).hexdigest(), "bytes": len(v)} for k, v in blobs.items()},
        dict(training_data or {}),
    )
    blobs[MANIFEST_FILE] = (json.dumps(asdict(manifest), indent=2, sort_keys=True) + "\n").encode()

    def fill(folder: Path) -> None:
        for name, blob in blobs.items():
            (folder / name).write_bytes(blob)

    write_folder_atomically(directory, fill)
    return manifest


def load_artifact(
    directory: Path = ARTIFACT_DIR, corpus_digest: str | None = None
) -> tuple[Manifest, dict[str, np.ndarray], dict[str, Any]]:
    """Verify and parse an artifact: ``(manifest, arrays, meta)``, or ArtifactError.

    ``corpus_digest`` (when given) must equal the digest the model was trained on. The
    caller then checks ``arrays`` and ``meta`` against its own schema before use.
    """
    manifest_path = directory / MANIFEST_FILE
    manifest = Manifest.parse(read_once(manifest_path, "model manifest"), manifest_path)
    if corpus_digest is not None and manifest.corpus_digest != corpus_digest:
        raise ArtifactError(
            "model was trained on a different knowledge base than the one installed; "
            "run `resilience train` to retrain it"
        )
    # Every file is verified before any is parsed: a tampered artifact reaches no parser.
    blobs = {name: _verified(directory / name, manifest) for name in (ARRAYS_FILE, META_FILE)}
    arrays = _parse_arrays(blobs[ARRAYS_FILE], directory / ARRAYS_FILE)
    meta = _parse_meta(blobs[META_FILE], directory / META_FILE)
    return manifest, arrays, meta


def _verified(path: Path, manifest: Manifest) -> bytes:
    """The file's bytes, after checking their size and SHA-256 against the manifest."""
    data = read_once(path, "model file")
    entry = manifest.files[path.name]
    expected_size, expected_sha = entry.get("bytes"), str(entry.get("sha256", ""))
    if isinstance(expected_size, int) and len(data) != expected_size:
        cut = " (truncated)" if len(data) < expected_size else ""
        raise ArtifactError(
            f"model file {path} is {len(data)} bytes but its manifest says {expected_size}"
            f"{cut}; it was modified or corrupted, so it was not loaded"
        )
    actual = hashlib.sha256(data).hexdigest()
    if actual != expected_sha:
        raise ArtifactError(
            f"model file {path} does not match its manifest (SHA-256 {actual[:12]}… "
            f"expected {expected_sha[:12]}…); it was modified or corrupted, so it was "
            "not loaded"
        )
    return data


def _parse_arrays(data: bytes, path: Path) -> dict[str, np.ndarray]:
    """Every array of a verified, uncompressed ``.npz``, as read-only views of ``data``.

    Each member's ``.npy`` header is parsed with numpy's own reader; an object (pickled)
    array, a compressed member or a member that does not fit in the file is refused.
    No copy is made: the arrays share the bytes that were hashed.
    """
    if not data.startswith(b"PK"):  # np.load would also take a bare .npy or a pickle
        raise ArtifactError(f"model file {path} is not an .npz archive")
    arrays: dict[str, np.ndarray] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
        for info in members:
            name = info.filename.removesuffix(".npy")
            arrays[name] = _member_array(data, info, path)
    except (OSError, EOFError, ValueError, zipfile.BadZipFile, struct.error) as exc:
        raise ArtifactError(f"model file {path} is not a readable .npz ({exc})") from exc
    return arrays


def _member_array(data: bytes, info: zipfile.ZipInfo, path: Path) -> np.ndarray:
    """One stored ``.npy`` member of the archive as a read-only view of ``data``."""
    if info.compress_type != zipfile.ZIP_STORED:
        raise ArtifactError(
            f"model file {path}: array {info.filename!r} is compressed; this format stores "
            "arrays uncompressed (run `resilience train`)"
        )
    # The local header: 30 fixed bytes, then the name and an extra field of stated lengths.
    name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + 30 + name_len + extra_len
    header = io.BytesIO(data[start : start + min(info.file_size, 65_536)])
    version = np.lib.format.read_magic(header)
    reader = (
        np.lib.format.read_array_header_1_0
        if version == (1, 0)
        else np.lib.format.read_array_header_2_0
    )
    shape, fortran, dtype = reader(header)
    if dtype.hasobject or dtype.kind not in ARRAY_KINDS:
        raise ArtifactError(
            f"model file {path}: array {info.filename!r} has dtype {dtype}; only numbers are "
            "loaded (allow_pickle=False)"
        )
    count = int(np.prod(shape, dtype=np.int64))
    offset = start + header.tell()
    if offset + count * dtype.itemsize > start + info.file_size:
        raise ArtifactError(f"model file {path}: array {info.filename!r} is cut short")
    flat = np.frombuffer(data, dtype=dtype, count=count, offset=offset)
    return flat.reshape(shape, order="F" if fortran else "C")


def _parse_meta(data: bytes, path: Path) -> dict[str, Any]:
    """The verified JSON object of ``meta.json``."""
    try:
        meta = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise ArtifactError(f"model file {path} is not valid JSON ({exc})") from exc
    if not isinstance(meta, dict):
        raise ArtifactError(f"model file {path} must hold a JSON object")
    return meta
