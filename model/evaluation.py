"""How well our exposure ranks occupations the way published research does.

Reads the reference set (``../shared/eval/onet_exposure_dev.csv`` beside the
repository, or a given path) for **evaluation only**: nothing here is used to fit
any parameter. When the file is absent, :func:`find_reference` returns None and
callers skip cleanly.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REFERENCE_NAME = "onet_exposure_dev.csv"
_REPO_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Occupation:
    """One reference row: a title, its task statements and the consensus exposure."""

    title: str
    tasks: tuple[str, ...]
    consensus_z: float
    consensus_pct: float


def find_reference(path: Path | None = None) -> Path | None:
    """The reference CSV if it exists (explicit path, beside the repo, or beside the cwd)."""
    candidates = (
        [path]
        if path
        else [
            _REPO_ROOT.parent / "shared" / "eval" / REFERENCE_NAME,
            Path.cwd().parent / "shared" / "eval" / REFERENCE_NAME,
        ]
    )
    return next((p for p in candidates if p.is_file()), None)


def read_reference(path: Path) -> list[Occupation]:
    """Parse the reference CSV; rows without a consensus value are skipped."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            try:
                z, pct = float(record["consensus_z"]), float(record["consensus_pct"])
            except (KeyError, ValueError):
                continue
            tasks = tuple(t.strip() for t in record.get("tasks", "").split(" | ") if t.strip())
            rows.append(Occupation(record["title"], tasks, z, pct))
    return rows


def spearman_against_reference(engine: Any, occupations: list[Occupation]) -> dict[str, Any]:
    """Spearman rho between our exposure and consensus_z, title alone and with tasks.

    Also how well the score reads as a percentile: the mean absolute gap to the
    published consensus percentile, and the median score (50 would be exact).
    """
    import numpy as np
    from scipy.stats import spearmanr

    from career_resilience.model.profile import Profile

    truth = [o.consensus_z for o in occupations]
    title_only = engine.score_many([Profile.create(o.title) for o in occupations], max_pivots=0)
    with_tasks = engine.score_many(
        [Profile.create(o.title, (), "\n".join(o.tasks)) for o in occupations], max_pivots=0
    )
    rho_title = spearmanr([r.exposure for r in title_only], truth).statistic
    rho_tasks = spearmanr([r.exposure for r in with_tasks], truth).statistic
    pct = np.array([o.consensus_pct for o in occupations])
    ours = np.array([r.exposure for r in with_tasks])
    return {
        "occupations": len(occupations),
        "spearman_title_only": round(float(rho_title), 3),
        "spearman_with_duties": round(float(rho_tasks), 3),
        "percentile_mae_with_duties": round(float(np.abs(ours - pct).mean()), 1),
        "median_exposure_with_duties": round(float(np.median(ours)), 1),
        "median_consensus_percentile": round(float(np.median(pct)), 1),
    }
