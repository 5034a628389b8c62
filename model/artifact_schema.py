"""Schema checks for what an artifact loads, and combining model parts into one artifact.

A part (the category model, the duty model, ...) declares its arrays as ``ArraySpec``
with symbolic dimensions ("classes", "features"); ``check_arrays`` verifies dtypes,
that every name is present, and that dimensions agree across arrays and with sizes
taken from the JSON side (e.g. a vocabulary's length). Every refusal is an
ArtifactError naming the part, the entry and what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np

from career_resilience.model.artifact_files import ArtifactError

T = TypeVar("T")
#: Separates a part's name from its own keys in the combined arrays ("duty.coef").
SEP = "."


@dataclass(frozen=True)
class ArraySpec:
    """What one array must look like: dtype kinds ("f", "iu", ...) and symbolic shape."""

    kinds: str
    shape: tuple[str | int, ...]


def check_arrays(
    arrays: dict[str, np.ndarray],
    specs: dict[str, ArraySpec],
    dims: dict[str, int],
    where: str,
) -> dict[str, int]:
    """Check ``arrays`` against ``specs``; returns every dimension's bound size.

    ``dims`` fixes sizes known from elsewhere (the JSON side); other symbolic
    dimensions are bound by the first array that has them and must then agree.
    """
    missing = sorted(set(specs) - set(arrays))
    extra = sorted(set(arrays) - set(specs))
    if missing or extra:
        raise ArtifactError(f"{where}: arrays missing {missing}, unexpected {extra}")
    bound = dict(dims)
    for name, spec in specs.items():
        array = arrays[name]
        if array.dtype.kind not in spec.kinds:
            raise ArtifactError(f"{where}: array {name!r} has dtype {array.dtype}")
        if array.ndim != len(spec.shape):
            raise ArtifactError(
                f"{where}: array {name!r} has {array.ndim} dimensions, expected "
                f"{len(spec.shape)} {spec.shape}"
            )
        for axis, (size, dim) in enumerate(zip(array.shape, spec.shape, strict=True)):
            want = dim if isinstance(dim, int) else bound.setdefault(dim, size)
            if size != want:
                raise ArtifactError(
                    f"{where}: array {name!r} has shape {array.shape}; axis {axis} "
                    f"({dim}) should be {want}"
                )
        if array.dtype.kind == "f" and not np.isfinite(array).all():
            raise ArtifactError(f"{where}: array {name!r} holds NaN or infinite values")
    return bound


def field(meta: dict[str, Any], key: str, kind: type[T], where: str) -> T:
    """``meta[key]``, refused unless present and of type ``kind`` (bool is not a number)."""
    if key not in meta:
        raise ArtifactError(f"{where}: {key!r} is missing")
    value = meta[key]
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise ArtifactError(f"{where}: {key!r} must be {kind.__name__}, not {value!r:.60}")
    return value


def string_list(meta: dict[str, Any], key: str, where: str, unique: bool = True) -> list[str]:
    """``meta[key]`` as a list of strings (distinct unless ``unique`` is False)."""
    values = field(meta, key, list, where)
    # The types counted in C rather than one isinstance call per item: these lists
    # hold the category and duty vocabularies, 75k strings read at every start-up.
    if not set(map(type, values)) <= {str}:
        raise ArtifactError(f"{where}: {key!r} must be a list of strings")
    if unique and len(set(values)) != len(values):
        raise ArtifactError(f"{where}: {key!r} holds duplicates")
    return values


def combine(
    parts: dict[str, tuple[dict[str, np.ndarray], dict[str, Any]]],
) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """Several parts' ``(arrays, meta)`` as one: arrays keyed "part.key", meta by part."""
    arrays: dict[str, np.ndarray] = {}
    meta: dict[str, Any] = {}
    for part, (part_arrays, part_meta) in parts.items():
        if SEP in part:
            raise ValueError(f"part name {part!r} must not contain {SEP!r}")
        arrays.update({f"{part}{SEP}{k}": v for k, v in part_arrays.items()})
        meta[part] = part_meta
    return arrays, meta


def part(
    arrays: dict[str, np.ndarray], meta: dict[str, Any], name: str
) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """One part's ``(arrays, meta)`` out of a combined artifact (inverse of ``combine``)."""
    prefix = f"{name}{SEP}"
    own = {k[len(prefix) :]: v for k, v in arrays.items() if k.startswith(prefix)}
    return own, field(meta, name, dict, "meta.json")
