"""A compiled copy of the occupation tables a score reads, so a cold start skips the CSVs.

Every score ranks pivots, and the pivot ranking reads the related occupations, the
technology and tools of every occupation and the work-activity weights: 90k CSV rows,
the largest part of a cold ``resilience score`` after the imports. Like the knowledge
base's (``kb_cache``), the checked result is written once as JSON (plain data: nothing
in it can run code) to the user cache directory, named by the SHA-256 of the CSV files
and of the code that reads them; a copy whose name or recorded digest does not match,
or that does not decode, is ignored and the CSVs are parsed again. A read-only or
missing cache directory only costs speed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

#: Bump when the encoding changes shape: old copies are then ignored.
CACHE_FORMAT = 2
#: The files the tables come from, and the code that parses them.
SOURCES = ("related_occupations.csv", "technology_skills.csv", "tools_used.csv",
           "soc_iwa_weights.csv")  # fmt: skip
_CODE = ("occupations.py", "occupation_cache.py")

Related = dict[str, tuple[tuple[str, str, int], ...]]
Technology = dict[str, tuple[tuple[str, str, bool], ...]]
#: Product name -> the kinds O*NET files it under ("Epic Systems": "Medical software").
ProductKinds = dict[str, frozenset[str]]
Tables = tuple[Related, Technology, tuple[str, ...], np.ndarray, ProductKinds]


def product_kinds(technology: Technology) -> ProductKinds:
    """Every product's kinds, over all occupations' technology and tools rows.

    Kept with the compiled tables: built from the 72k rows it cost about 0.07 s of
    every cold ``resilience score`` (each score's pivots ask for some product's kinds).
    """
    kinds: dict[str, set[str]] = {}
    for rows in technology.values():
        for name, kind, _ in rows:
            kinds.setdefault(name, set()).add(kind)
    return {name: frozenset(found) for name, found in kinds.items()}


def tables_digest(directory: Path) -> str:
    """SHA-256 over the source files (names and bytes) and the reading code."""
    digest = hashlib.sha256(f"occupation-cache-{CACHE_FORMAT}".encode())
    here = Path(__file__).parent
    for name in _CODE:
        digest.update(name.encode() + b"\0" + (here / name).read_bytes() + b"\0")
    for name in SOURCES:
        digest.update(name.encode() + b"\0" + (directory / name).read_bytes() + b"\0")
    return digest.hexdigest()


def _cache_file(digest: str) -> Path | None:
    from career_resilience.skills.kb_cache import cache_path

    path = cache_path(digest)  # the knowledge base's cache folder
    return None if path is None else path.with_name(f"occupation-tables-{digest[:32]}.json")


def _decode(doc: dict[str, Any], digest: str) -> Tables | None:
    if doc.get("format") != CACHE_FORMAT or doc.get("digest") != digest:
        return None
    # Stored column-wise: zip rebuilds the row tuples in C (most of the load time).
    related: Related = {k: tuple(zip(*v, strict=True)) for k, v in doc["related"].items()}
    technology: Technology = {k: tuple(zip(*v, strict=True)) for k, v in doc["technology"].items()}
    rows, cols = (int(n) for n in doc["iwa_shape"])
    iwa = np.frombuffer(base64.b64decode(doc["iwa"]), dtype="<f4")
    if iwa.size != rows * cols:
        return None
    socs = tuple(str(s) for s in doc["iwa_socs"])
    # A few hundred distinct sets of kinds, shared by the 27k products that have them.
    sets = [frozenset(found) for found in doc["kind_sets"]]
    names, which = doc["products"], doc["product_kinds"]
    kinds = dict(zip(names, map(sets.__getitem__, which), strict=True))
    return related, technology, socs, iwa.reshape(rows, cols).copy(), kinds  # writable


def _encode(tables: Tables, digest: str) -> bytes:
    related, technology, socs, iwa, kinds = tables
    sets = sorted({tuple(sorted(found)) for found in kinds.values()})
    number = {found: n for n, found in enumerate(sets)}
    doc = {
        "format": CACHE_FORMAT,
        "digest": digest,
        "related": {k: [list(col) for col in zip(*v, strict=True)] for k, v in related.items()},
        "technology": {
            k: [list(col) for col in zip(*v, strict=True)] for k, v in technology.items()
        },
        "iwa_socs": socs,
        "iwa_shape": list(iwa.shape),
        "iwa": base64.b64encode(np.ascontiguousarray(iwa, dtype="<f4").tobytes()).decode(),
        "kind_sets": sets,
        "products": list(kinds),
        "product_kinds": [number[tuple(sorted(found))] for found in kinds.values()],
    }
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def cached_tables(directory: Path, parse: Callable[[], Tables]) -> Tables:
    """The tables of ``directory`` from the compiled copy, or from ``parse`` (then saved)."""
    try:
        digest = tables_digest(directory)
    except OSError:
        return parse()  # a source is missing: let the parser name it
    path = _cache_file(digest)
    if path is not None:
        try:
            found = _decode(json.loads(path.read_bytes()), digest)
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            found = None  # missing, damaged or foreign: parse the CSVs instead
        if found is not None:
            return found
    tables = parse()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            partial.write_bytes(_encode(tables, digest))
            os.replace(partial, path)
        except OSError:
            pass  # no writable cache: the next start parses again
    return tables
