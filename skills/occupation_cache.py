"""A compiled copy of the occupation tables a score reads, so a cold start skips the CSVs.

Every score ranks pivots, and the pivot ranking reads the related occupations, the
technology and tools of every occupation and the work-activity weights: 90k CSV rows,
the largest part of a cold ``resilience score`` after the imports. Like the knowledge
base's (``kb_cache``), the checked result is written once as JSON (plain data: nothing
in it can run code) to the user cache directory, named by the SHA-256 of the CSV files
and of the code that reads them; a copy whose name or recorded digest does not match,
or that does not decode, is ignored and the CSVs are parsed again. A read-only or
missing cache directory only costs speed.

Two files: the related occupations and work activities, read at start-up, and the 72k
technology and tools rows with every product's kinds, decoded only when first read
(:class:`Deferred`): a score reads the pivots' compiled technology rankings instead
(``model/pivot_evidence.py`` keeps them with :func:`compiled_copy`, named by the tables'
digest and its own code), which left two thirds of this copy's load time unused.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

#: Bump when the encoding changes shape: old copies are then ignored.
CACHE_FORMAT = 3
#: The files the tables come from, and the code that parses them.
SOURCES = ("related_occupations.csv", "technology_skills.csv", "tools_used.csv",
           "soc_iwa_weights.csv")  # fmt: skip
_CODE = ("occupations.py", "occupation_cache.py")

Related = dict[str, tuple[tuple[str, str, int], ...]]
Technology = Mapping[str, tuple[tuple[str, str, bool], ...]]
#: Product name -> the kinds O*NET files it under ("Epic Systems": "Medical software").
ProductKinds = Mapping[str, frozenset[str]]
Tables = tuple[Related, Technology, tuple[str, ...], np.ndarray, ProductKinds]
V = TypeVar("V")
T = TypeVar("T")


class Deferred(Mapping[str, V]):
    """A table of the compiled copy decoded when first read (a score reads none of it)."""

    def __init__(self, load: Callable[[], Mapping[str, V]]) -> None:
        self._load = load
        self._table: Mapping[str, V] | None = None

    def _all(self) -> Mapping[str, V]:
        if self._table is None:
            self._table = self._load()
        return self._table

    def __getitem__(self, key: str) -> V:
        return self._all()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


def product_kinds(technology: Technology) -> ProductKinds:
    """Every product's kinds, over all occupations' technology and tools rows."""
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


def compiled_copy(
    kind: str,
    digest: str,
    build: Callable[[], dict[str, Any]],
    decode: Callable[[dict[str, Any]], T],
) -> T:
    """``decode`` of the copy named ``kind`` and ``digest``, or of ``build()`` (then saved).

    A copy that is missing, of another digest or format, or that ``decode`` rejects
    (any KeyError, TypeError, ValueError, IndexError or AttributeError) is built again.
    """
    from career_resilience.skills.kb_cache import cache_path

    path = cache_path(digest)  # the knowledge base's cache folder
    if path is not None:
        path = path.with_name(f"{kind}-{digest[:32]}.json")
        try:
            doc = json.loads(path.read_bytes())
            if doc["format"] == CACHE_FORMAT and doc["digest"] == digest:
                return decode(doc)
        except (OSError, ValueError, TypeError, KeyError, AttributeError, IndexError):
            pass  # missing, damaged or foreign: built again
    doc = build()
    found = decode(doc)  # before saving: a copy that would not decode is never written
    if path is not None:
        from career_resilience.files import FileWriteError, write_private

        doc = {**doc, "format": CACHE_FORMAT, "digest": digest}
        text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
        # No writable cache: the next start builds it again.
        with contextlib.suppress(FileWriteError, OSError):
            write_private(path, text, make_folder=True)
    return found


def _decode_main(doc: dict[str, Any]) -> tuple[Related, tuple[str, ...], np.ndarray]:
    # Stored column-wise: zip rebuilds the row tuples in C (most of the load time).
    related: Related = {k: tuple(zip(*v, strict=True)) for k, v in doc["related"].items()}
    rows, cols = (int(n) for n in doc["iwa_shape"])
    iwa = np.frombuffer(base64.b64decode(doc["iwa"]), dtype="<f4")
    if iwa.size != rows * cols:
        raise ValueError("work-activity weights of the wrong size")
    socs = tuple(str(s) for s in doc["iwa_socs"])
    return related, socs, iwa.reshape(rows, cols).copy()  # writable


def _decode_technology(doc: dict[str, Any]) -> tuple[Technology, ProductKinds]:
    technology = {k: tuple(zip(*v, strict=True)) for k, v in doc["technology"].items()}
    # A few hundred distinct sets of kinds, shared by the 27k products that have them.
    sets = [frozenset(found) for found in doc["kind_sets"]]
    names, which = doc["products"], doc["product_kinds"]
    return technology, dict(zip(names, map(sets.__getitem__, which), strict=True))


def _encode_main(tables: Tables) -> dict[str, Any]:
    related, _, socs, iwa, _ = tables
    return {
        "related": {k: [list(col) for col in zip(*v, strict=True)] for k, v in related.items()},
        "iwa_socs": socs,
        "iwa_shape": list(iwa.shape),
        "iwa": base64.b64encode(np.ascontiguousarray(iwa, dtype="<f4").tobytes()).decode(),
    }


def _encode_technology(tables: Tables) -> dict[str, Any]:
    _, technology, _, _, kinds = tables
    sets = sorted({tuple(sorted(found)) for found in kinds.values()})
    number = {found: n for n, found in enumerate(sets)}
    return {
        "technology": {
            k: [list(col) for col in zip(*v, strict=True)] for k, v in technology.items()
        },
        "kind_sets": sets,
        "products": list(kinds),
        "product_kinds": [number[tuple(sorted(found))] for found in kinds.values()],
    }


def cached_tables(directory: Path, parse: Callable[[], Tables]) -> tuple[Tables, str | None]:
    """The tables of ``directory`` from the compiled copy, or from ``parse`` (then saved),
    with their digest (None when a source cannot be read: ``parse`` then names it).

    The technology rows and product kinds are :class:`Deferred`: decoded when first read.
    """
    try:
        digest = tables_digest(directory)
    except OSError:
        return parse(), None
    parsed: list[Tables] = []

    def parse_once() -> Tables:
        if not parsed:
            parsed.append(parse())
        return parsed[0]

    related, socs, iwa = compiled_copy(
        "occupation-tables", digest, lambda: _encode_main(parse_once()), _decode_main
    )
    technology: list[tuple[Technology, ProductKinds]] = []

    def technology_part() -> tuple[Technology, ProductKinds]:
        if not technology:
            technology.append(
                compiled_copy(
                    "occupation-technology",
                    digest,
                    lambda: _encode_technology(parse_once()),
                    _decode_technology,
                )
            )
        return technology[0]

    if parsed:  # parsed just now: the technology part is saved with the rest
        technology_part()
    tables = (
        related,
        Deferred(lambda: technology_part()[0]),
        socs,
        iwa,
        Deferred(lambda: technology_part()[1]),
    )
    return tables, digest
