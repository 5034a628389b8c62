"""Batch scoring against the bare model math, in one process, on the same varied rows.

    python benchmarks/batch_vs_model.py [--rows 20000]

Rows are synthetic and deliberately varied: titles with seniority words, abbreviations
and typos; 3-6 skills each, with aliases and unknown skills; 0-4 duty lines. Printed,
each in rows/s and as a ratio:

* bare model math: the featuriser, the category model's linear scores and softmax, and
  the duty model on every duty line (what the model itself computes, no result);
* the full result in process (``Engine.score_many`` + ``to_dict``), ratio to the bare
  math (target >= 0.6);
* ``score_file`` (CSV in, JSON lines out) with 1 and with 2 workers, and their ratio
  (target >= 1.8x);
* the CLI end to end (``resilience score --input ... --output ...``, start-up included).
"""

from __future__ import annotations

import argparse
import csv
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from career_resilience.model.batch import read_rows, score_file
from career_resilience.model.engine import load_engine
from career_resilience.model.examples import skills_field
from career_resilience.model.profile import Profile, duty_lines

SENIORITY = ["", "", "", "Sr. ", "Senior ", "Junior ", "Lead ", "Head of ", "Asst. ", "Principal "]
ABBREVIATIONS = {"senior": "sr", "manager": "mgr", "assistant": "asst", "engineer": "eng"}
UNKNOWN = ["underwater basket weaving", "vibes", "synergy wrangling", "zxq tooling"]


def _typo(text: str, rng: random.Random) -> str:
    """Swap two neighbouring letters in one word in five."""
    if len(text) < 5 or rng.random() > 0.2:
        return text
    i = rng.randrange(1, len(text) - 2)
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def varied_rows(engine: object, count: int, seed: int = 12) -> list[dict[str, str]]:
    """``count`` profiles drawn independently from the knowledge base (seeded)."""
    rng = random.Random(seed)
    kb = engine.kb  # type: ignore[attr-defined]
    titles = [t for c in kb.categories.values() for t in c.titles]
    titles += [t for s in kb.corpus.values() for t in s.titles]
    labels = [label for s in kb.skills.values() for label in (s.name, *s.aliases)]
    duties = [d.text for s in kb.corpus.values() for d in s.duties]
    rows = []
    for i in range(count):
        words = rng.choice(titles).split()
        words = [ABBREVIATIONS.get(w.lower(), w) if rng.random() < 0.3 else w for w in words]
        role = rng.choice(SENIORITY) + _typo(" ".join(words), rng)
        skills = rng.sample(labels, rng.randint(3, 6))
        if rng.random() < 0.3:
            skills[-1] = rng.choice(UNKNOWN)
        lines = rng.sample(duties, rng.randint(0, 4))
        rows.append(
            {"id": str(i), "role": role, "skills": "; ".join(skills), "duties": "\n".join(lines)}
        )
    return rows


def rate(count: int, started: float) -> float:
    """Rows per second since ``started``."""
    return count / (time.perf_counter() - started)


def main() -> None:
    """Print every figure with its anchor and ratio."""
    from threadpoolctl import threadpool_limits

    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()
    engine = load_engine()
    rows = varied_rows(engine, args.rows)
    profiles = [Profile.create(r["role"], r["skills"], r["duties"]) for r in rows]
    engine.score_many(profiles[:200])  # warm-up: first-use caches, lazy imports

    with threadpool_limits(limits=1, user_api="blas"):  # as the batch runs
        started = time.perf_counter()
        model_rows = [
            (p.role, skills_field(p.skills, engine.matcher.resolve), p.duties) for p in profiles
        ]
        for at in range(0, len(model_rows), 1024):
            engine.category_proba(model_rows[at : at + 1024])
        engine.duty_ratings([line for p in profiles for line in duty_lines(p.duties)])
        bare = rate(len(profiles), started)

        started = time.perf_counter()
        for result in engine.score_many(profiles):
            result.to_dict()
        full = rate(len(profiles), started)

    with tempfile.TemporaryDirectory() as tmp:
        source, target = Path(tmp) / "rows.csv", Path(tmp) / "out.jsonl"
        with source.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, ["id", "role", "skills", "duties"])
            writer.writeheader()
            writer.writerows(rows)
        by_workers = {}
        for workers in (1, 2):
            with target.open("w", encoding="utf-8") as out:
                started = time.perf_counter()
                score_file(engine, read_rows(source), out.write, workers=workers)
                by_workers[workers] = rate(len(rows), started)
        cmd = [sys.executable, "-m", "career_resilience", "score", "--input", str(source),
               "--output", str(target)]  # fmt: skip
        started = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        cli = rate(len(rows), started)

    print(f"{len(rows):,} varied rows, one process (BLAS single-threaded)")
    print(f"bare model math (features, category + duty models): {bare:8,.0f} rows/s  (anchor)")
    print(f"full result in process (score_many + to_dict):      {full:8,.0f} rows/s")
    print(f"  ratio full / bare: {full / bare:.2f}  (target >= 0.6)")
    print(f"score_file CSV -> JSON lines, 1 worker:              {by_workers[1]:8,.0f} rows/s")
    print(f"score_file CSV -> JSON lines, 2 workers:             {by_workers[2]:8,.0f} rows/s")
    print(f"  ratio 2 workers / 1: {by_workers[2] / by_workers[1]:.2f}x  (target >= 1.8x)")
    print(f"CLI end to end (default workers, start-up included): {cli:8,.0f} rows/s")


if __name__ == "__main__":
    main()
