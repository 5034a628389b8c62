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


def shared_candidates(folder: str, name: str) -> list[Path]:
    """Where ``shared/<folder>/<name>`` may be: beside the repository or the working
    directory, or beside one of their parents (a git worktree sits one level deeper)."""
    out: list[Path] = []
    for start in (_REPO_ROOT, Path.cwd()):
        for parent in list(start.parents)[:3]:
            candidate = parent / "shared" / folder / name
            if candidate not in out:
                out.append(candidate)
    return out


def find_reference(path: Path | None = None, name: str = REFERENCE_NAME) -> Path | None:
    """An evaluation file if it exists (explicit path, or ``shared/eval`` near the repo)."""
    candidates = [path] if path else shared_candidates("eval", name)
    return next((p for p in candidates if p.is_file()), None)


def read_reference_codes(path: Path) -> set[str]:
    """The O*NET-SOC codes of the reference CSV (to hold their tasks out of a model)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["onet_soc"] for row in csv.DictReader(handle) if row.get("onet_soc")}


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


TYPED_NAME = "typed_profiles_dev.yaml"


def read_typed_profiles(path: Path) -> list[dict[str, str]]:
    """The typed dev profiles: role, skills, duties and the onet_soc they were written for."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    raw = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or []
    return [
        {k: str(item.get(k) or "") for k in ("onet_soc", "role", "skills", "duties")}
        for item in raw
        if isinstance(item, dict) and item.get("onet_soc") and item.get("role")
    ]


def _within_groups(ours: Any, truth: Any, groups: list[str]) -> float:
    """Size-weighted mean Spearman rho inside SOC major groups with 5+ profiles."""
    import numpy as np
    from scipy.stats import spearmanr

    total, weight = 0.0, 0
    for group in sorted(set(groups)):
        idx = [i for i, g in enumerate(groups) if g == group]
        if len(idx) >= 5 and len(set(truth[idx])) > 1:
            rho = spearmanr(ours[idx], truth[idx]).statistic
            if not np.isnan(rho):
                total += rho * len(idx)
                weight += len(idx)
    return total / weight if weight else float("nan")


def typed_profiles_report(engine: Any, profiles: list[dict[str, str]]) -> dict[str, Any]:
    """Agreement with the published figures, match accuracy and interval coverage."""
    import numpy as np
    from scipy.stats import spearmanr

    from career_resilience.model.profile import Profile
    from career_resilience.skills.occupations import occupation_table

    table = occupation_table()
    rows = [p for p in profiles if p["onet_soc"] in table]
    truth_z = np.array([table[p["onet_soc"]].consensus_z or 0.0 for p in rows])
    truth_pct = np.array([table[p["onet_soc"]].consensus_pct or 50.0 for p in rows])
    groups = [p["onet_soc"][:2] for p in rows]
    report: dict[str, Any] = {"typed_profiles": len(rows)}
    for label, make in (
        ("title", lambda p: Profile.create(p["role"])),
        ("all", lambda p: Profile.create(p["role"], p["skills"], p["duties"])),
    ):
        results = engine.score_many([make(p) for p in rows], max_pivots=0)
        ours = np.array([r.exposure for r in results])
        report[f"rho_{label}"] = round(float(spearmanr(ours, truth_z).statistic), 3)
        report[f"rho_within_major_{label}"] = round(_within_groups(ours, truth_z, groups), 3)
        firsts = [r.occupations[0].onet_soc if r.occupations else "" for r in results]
        top5 = [[o.onet_soc[:7] for o in r.occupations] for r in results]
        gold = [p["onet_soc"] for p in rows]
        report[f"top1_6digit_{label}"] = round(
            float(np.mean([f[:7] == g[:7] for f, g in zip(firsts, gold, strict=True)])), 3
        )
        report[f"top5_6digit_{label}"] = round(
            float(np.mean([g[:7] in t for t, g in zip(top5, gold, strict=True)])), 3
        )
        report[f"top1_major_group_{label}"] = round(
            float(np.mean([f[:2] == g[:2] for f, g in zip(firsts, gold, strict=True)])), 3
        )
        low = np.array([r.interval[0] for r in results])
        high = np.array([r.interval[1] for r in results])
        report[f"interval_coverage_{label}"] = round(
            float(np.mean((truth_pct >= low) & (truth_pct <= high))), 3
        )
        report[f"mae_pct_{label}"] = round(float(np.abs(ours - truth_pct).mean()), 1)
    report["interval_level"] = engine.interval_level
    return report
