"""Duty model: grouped cross-validation on the task labels, training time, rating speed.

    python benchmarks/duty_model.py [--tasks PATH] [--occupations PATH] [--json]

Reads ``../shared/data/task_labels_training_only.tsv`` (training data; never copied into
the repository) and ``occupations.csv`` beside it for the published GPT-4 beta. Folds hold
occupations out whole. Prints figures only, never a task sentence. Speed is measured on
this script's own example lines.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from career_resilience.model.duty_data import read_task_labels
from career_resilience.model.duty_eval import figures, out_of_fold, read_gpt4_beta
from career_resilience.model.duty_model import DutyModel, find_task_labels

#: Duty lines as people type them (this project's own examples).
LINES = [
    "I answer emails from customers",
    "calm down angry callers",
    "fix the boiler",
    "teach intro to CJ courses",
    "enter invoices into the system",
]


def _median_us(call, repeat: int = 2000) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1e6


def main() -> int:
    """Print the figures (or skip when the task labels are absent)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=Path)
    parser.add_argument("--occupations", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    tasks = find_task_labels(args.tasks)
    if tasks is None:
        print("skipped: task_labels_training_only.tsv not found", file=sys.stderr)
        return 0
    occupations = args.occupations or tasks.with_name("occupations.csv")
    labels = read_task_labels(tasks)
    started, cpu = time.perf_counter(), time.process_time()
    model = DutyModel.fit(labels)
    report: dict = {
        "train_seconds": round(time.perf_counter() - started, 1),
        "train_cpu_seconds": round(time.process_time() - cpu, 1),
    }
    report["vocabulary"] = len(model.vectorizer.vocabulary)
    report["one_line_us_median"] = round(_median_us(lambda: model.rate(LINES[:1])), 1)
    report["five_lines_us_median"] = round(_median_us(lambda: model.rate(LINES)), 1)
    started, cpu = time.perf_counter(), time.process_time()
    oof = out_of_fold(labels)
    report["cv_seconds"] = round(time.perf_counter() - started, 1)
    report["cv_cpu_seconds"] = round(time.process_time() - cpu, 1)
    betas = read_gpt4_beta(occupations) if occupations.is_file() else None
    report.update(figures(labels, oof, betas))
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for key, value in report.items():
            print(f"{key:>34}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
