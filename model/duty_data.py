"""Reading Eloundou et al.'s task labels: training data only, never shipped.

``../shared/data/task_labels_training_only.tsv`` holds O*NET task statements with their
labels. The sentences may be read to train, never copied into the repository; what is
kept is the file's SHA-256 (recorded with the model) and the fitted weights.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

TASK_LABELS_NAME = "task_labels_training_only.tsv"
_REPO_ROOT = Path(__file__).resolve().parents[1]
_E_LABELS = ("E0", "E1", "E2")
_T_LABELS = ("T0", "T1", "T2", "T3", "T4")


class TaskLabelsError(ValueError):
    """The task-label file cannot be used (missing columns, unknown labels)."""


@dataclass(frozen=True)
class TaskLabels:
    """Task texts with GPT-4's exposure (E) and automation (T) labels and occupations."""

    texts: list[str]
    exposure: list[str]  # E0 / E1 / E2 (gpt4_exposure)
    automation: list[str]  # T0 .. T4 (gpt4_automation)
    groups: list[str]  # onet_soc of each task: cross-validation holds occupations out whole
    sha256: str

    def subset(self, index: list[int]) -> TaskLabels:
        """The rows at ``index`` (same file digest)."""
        return TaskLabels(
            [self.texts[i] for i in index],
            [self.exposure[i] for i in index],
            [self.automation[i] for i in index],
            [self.groups[i] for i in index],
            self.sha256,
        )


def find_task_labels(explicit: Path | None = None) -> Path | None:
    """The task-label file: ``explicit`` if given, else ``../shared/data/`` beside the repo.

    None when it is absent (callers and tests skip cleanly).
    """
    if explicit is not None:
        return explicit if explicit.is_file() else None
    # Beside the repository, or one or two levels up (a git worktree sits deeper).
    for start in (_REPO_ROOT, Path.cwd()):
        for base in list(start.parents)[:3]:
            path = base / "shared" / "data" / TASK_LABELS_NAME
            if path.is_file():
                return path
    return None


def read_task_labels(path: Path) -> TaskLabels:
    """Parse the TSV; the digest is of the very bytes parsed."""
    data = path.read_bytes()
    reader = csv.DictReader(io.StringIO(data.decode("utf-8")), delimiter="\t")
    needed = {"onet_soc", "task", "gpt4_exposure", "gpt4_automation"}
    missing = needed - set(reader.fieldnames or [])
    if missing:
        raise TaskLabelsError(f"{path}: missing columns {sorted(missing)}")
    texts, exposure, automation, groups = [], [], [], []
    for number, row in enumerate(reader, start=2):
        e, t = row["gpt4_exposure"].strip(), row["gpt4_automation"].strip()
        if e not in _E_LABELS or t not in _T_LABELS:
            raise TaskLabelsError(f"{path}, line {number}: unknown label {e!r} or {t!r}")
        texts.append(row["task"])
        exposure.append(e)
        automation.append(t)
        groups.append(row["onet_soc"])
    if not texts:
        raise TaskLabelsError(f"{path}: no tasks")
    return TaskLabels(texts, exposure, automation, groups, hashlib.sha256(data).hexdigest())
