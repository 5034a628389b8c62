"""Scoring speed: batch rows/s, one in-process score, and `resilience score` from cold.

    python benchmarks/scoring_speed.py [--rows 20000]

Profiles are synthetic but varied: titles, skill lists and duties are drawn
independently from different corpus categories so that few rows repeat, which is
harder than a real team export where titles repeat a lot.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from career_resilience.model.engine import load_engine
from career_resilience.model.profile import Profile


def synthetic_rows(engine, count: int, seed: int = 7) -> list[dict[str, str]]:
    """Varied profiles: ~half with duties, a few unknown skills, seniority prefixes."""
    rng = random.Random(seed)
    sections = list(engine.kb.corpus.values())
    prefixes = ["", "", "Sr. ", "Junior ", "Lead ", "Head of ", "Assistant "]
    rows = []
    for i in range(count):
        a, b, c = rng.choice(sections), rng.choice(sections), rng.choice(sections)
        duties = "\n".join(d.text for d in rng.sample(list(c.duties), rng.randint(1, 4)))
        rows.append(
            {
                "id": str(i),
                "role": rng.choice(prefixes) + rng.choice(a.titles),
                "skills": rng.choice(b.skill_lists) + ("; madeupskill" if i % 9 == 0 else ""),
                "duties": duties if i % 2 else "",
            }
        )
    return rows


def main() -> None:
    """Print the three speed figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()
    engine = load_engine()
    rows = synthetic_rows(engine, args.rows)
    profiles = [Profile.create(r["role"], r["skills"], r["duties"]) for r in rows]
    engine.score_many(profiles[:200])  # warm caches of the first chunk only

    started = time.perf_counter()
    engine.score_many(profiles)
    in_process = len(profiles) / (time.perf_counter() - started)

    with tempfile.TemporaryDirectory() as tmp:
        source, target = Path(tmp) / "rows.csv", Path(tmp) / "out.jsonl"
        with source.open("w", newline="") as handle:
            writer = csv.DictWriter(handle, ["id", "role", "skills", "duties"])
            writer.writeheader()
            writer.writerows(rows)
        cmd = [sys.executable, "-m", "career_resilience", "score", "--input", str(source),
               "--output", str(target)]  # fmt: skip
        started = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        end_to_end = len(rows) / (time.perf_counter() - started)

        single = []
        for profile in profiles[:500]:
            t0 = time.perf_counter()
            engine.score(profile)
            single.append(time.perf_counter() - t0)

        cold = []
        for _ in range(5):
            t0 = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "career_resilience", "score", "--role", "Data analyst"],
                check=True, capture_output=True, cwd=tmp,
            )  # fmt: skip
            cold.append(time.perf_counter() - t0)

    print(f"batch, engine.score_many:         {in_process:8,.0f} rows/s")
    print(f"batch, CLI CSV -> JSONL (+ start): {end_to_end:8,.0f} rows/s ({len(rows):,} rows)")
    print(f"one in-process score, median:     {statistics.median(single) * 1000:8.2f} ms")
    print(f"`resilience score` cold, median:  {statistics.median(cold):8.2f} s")


if __name__ == "__main__":
    main()
