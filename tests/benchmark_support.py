"""Shared helper for the tests of benchmark scripts: import one from ``benchmarks/``."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

#: The benchmark scripts: run as scripts, so not a package the tests can import from.
BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@contextmanager
def benchmark_module(name: str) -> Iterator[ModuleType]:
    """The script ``benchmarks/<name>.py`` imported as a module, with ``benchmarks/`` on
    ``sys.path`` only while it is used (its own imports of sibling scripts resolve)."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(str(BENCHMARKS))
