"""A compiled copy of the shipped knowledge base, so a cold start does not parse YAML.

Parsing and cross-checking the YAML under ``skills/data`` is most of what a single
``resilience score`` spends before it can score. The checked result is written once as
JSON (plain data: nothing in it can run code) to the user cache directory, named by
the SHA-256 of every YAML file's bytes and this module's format number. A later start
recomputes that digest (reading the YAML bytes costs milliseconds; parsing them is what
is slow), and uses the copy only when its name and its recorded digest both match;
anything else (edited YAML, another version, a damaged or foreign file) is ignored and
the YAML is parsed as before. A read-only or missing cache directory only costs speed.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

from career_resilience.skills.models import KnowledgeBase

#: Bump when the encoding or the models change shape: old copies are then ignored.
CACHE_FORMAT = 2
CACHE_DIR_ENV = "RESILIENCE_CACHE_DIR"


#: The code that turns YAML into records: a change to it also invalidates old copies.
_CODE = ("loader.py", "models.py", "fields.py", "kb_cache.py")


def yaml_digest(root: Path) -> str:
    """SHA-256 over every YAML file under ``root`` (names and bytes), in name order, and
    over the loader's own source, so neither edited data nor edited code reads a stale copy."""
    digest = hashlib.sha256(f"kb-cache-{CACHE_FORMAT}".encode())
    here = Path(__file__).parent
    for name in _CODE:
        digest.update(name.encode() + b"\0" + (here / name).read_bytes() + b"\0")
    for path in sorted(p for p in root.rglob("*.yaml") if p.is_file()):
        name = path.relative_to(root).as_posix()
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def cache_path(digest: str) -> Path | None:
    """Where the compiled copy for ``digest`` lives, or None without a cache directory."""
    import os

    override = os.environ.get(CACHE_DIR_ENV)
    try:
        if override:
            folder = Path(override).expanduser()
        else:
            import platformdirs

            folder = platformdirs.user_cache_path("career-resilience", appauthor=False)
    except Exception:  # no home directory: run without the cache
        return None
    return folder / f"knowledge-base-{digest[:32]}.json"


def read_cached(root: Path) -> KnowledgeBase | None:
    """The compiled knowledge base for the YAML now under ``root``, or None."""
    digest = yaml_digest(root)
    path = cache_path(digest)
    if path is None:
        return None
    try:
        doc = json.loads(path.read_bytes())
        if doc.get("format") != CACHE_FORMAT or doc.get("yaml_digest") != digest:
            return None
        kb = _decoder(KnowledgeBase)(doc["kb"])
    except (OSError, ValueError, TypeError, KeyError, AttributeError, IndexError):
        return None  # missing, damaged or foreign: parse the YAML instead
    return kb if isinstance(kb, KnowledgeBase) else None


def write_cached(root: Path, kb: KnowledgeBase) -> Path | None:
    """Store ``kb`` (parsed from ``root``) as its compiled copy; None when not possible."""
    from career_resilience.files import FileWriteError, write_private

    digest = yaml_digest(root)
    path = cache_path(digest)
    if path is None:
        return None
    doc = {"format": CACHE_FORMAT, "yaml_digest": digest, "kb": _encode(kb)}
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    try:
        return write_private(path, text, make_folder=True)
    except (FileWriteError, OSError):
        return None  # read-only home, full disk: the next start parses the YAML again


def _encode(value: Any) -> Any:
    """Dataclasses as lists of their field values (in field order), recursively."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [_encode(getattr(value, f.name)) for f in dataclasses.fields(value)]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    return value


Decoder = Callable[[Any], Any]


@functools.cache
def _decoder(tp: Any) -> Decoder:
    """A function rebuilding a value of type ``tp`` from its :func:`_encode` form."""
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        parts = [_decoder(hints[f.name]) for f in dataclasses.fields(tp)]
        cls = typing.cast(Callable[..., Any], tp)
        return lambda raw: cls(*[part(v) for part, v in zip(parts, raw, strict=True)])
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is tuple:
        item = _decoder(args[0])
        return lambda raw: tuple(item(v) for v in raw)
    if origin is dict:
        value = _decoder(args[1])
        return lambda raw: {str(k): value(v) for k, v in raw.items()}
    if origin in (typing.Union, types.UnionType):
        inner = _decoder(next(a for a in args if a is not type(None)))
        return lambda raw: None if raw is None else inner(raw)
    if tp is float:
        return float
    if tp is Any:  # free-form YAML kept as parsed (e.g. occupation_categories.yaml)
        return _same
    if tp in (str, int, bool) or origin is typing.Literal:
        return _same
    raise TypeError(f"the knowledge-base cache cannot rebuild {tp!r}")


def _same(raw: Any) -> Any:
    return raw
