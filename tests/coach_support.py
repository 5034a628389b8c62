"""Shared helpers for the coach-records tests (records, reports, CLI)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures"


def sample_result(**changes: Any) -> dict[str, Any]:
    """A fresh copy of the realistic sample result, with top-level keys overridden."""
    result = json.loads((FIXTURES / "sample_result.json").read_text(encoding="utf-8"))
    result.update(copy.deepcopy(changes))
    return result


def sample_profile(*skills: str, role: str = "Data analyst") -> dict[str, Any]:
    """A profile in the public contract's shape."""
    return {
        "role": role,
        "skills": list(skills) or ["SQL", "Excel", "Stakeholder management"],
        "duties": "Build the weekly KPI deck; walk managers through the numbers",
    }


def with_gaps(result: dict[str, Any], pivot_id: str, gaps: list[str]) -> dict[str, Any]:
    """``result`` with one pivot's gap skills replaced (as after learning some)."""
    result = copy.deepcopy(result)
    for pivot in result["pivots"]:
        if pivot["id"] == pivot_id:
            pivot["gap_skills"] = list(gaps)
    return result


def db_bytes(directory: Path) -> bytes:
    """Everything SQLite has on disk for the records: database, WAL and shared memory."""
    return b"".join(p.read_bytes() for p in sorted(directory.glob("records.sqlite3*")))
