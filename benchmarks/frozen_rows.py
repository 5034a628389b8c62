"""The benchmarks' synthetic profiles, drawn from a frozen pool so runs compare like for like.

    python benchmarks/frozen_rows.py              # how many rows each pool gives, and checks
    python benchmarks/frozen_rows.py --freeze     # write the pool anew (breaks comparisons)

The rows used to be drawn from the knowledge base the engine loaded, so a retrain that
added titles or duty lines to the corpus changed which profiles a benchmark scored: a
figure measured before and after it was not the same work (a 6-8% "slowdown" between
7cddc0d and 42018af could not be told from the corpus growing). Now every benchmark draws
from ``benchmarks/rows/pools.json``: the corpus titles, skill lists and duty lines and the
catalogue's skill labels as they stood on 2026-12-05 (main 57e86f1), written once. The
same seed gives the same rows whatever the checked-out revision ships, so a benchmark of
this folder can be run against an older package (its modules first on ``PYTHONPATH``).

The duty lines are the project corpus's own examples (checked: none is a sentence of the
task labels the duty model is trained on, ``--check``). Two kinds of row:

* :func:`synthetic_rows` (one score): a title, a skill list and duty lines from three
  independently drawn corpus sections, a seniority word before one title in three, an
  unknown skill in one row of nine, duties on every other row;
* :func:`varied_rows` (batch): a title with abbreviations and a letter swap, 3-6 skill
  labels (an unknown one in three rows), 0-4 duty lines.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

POOLS = Path(__file__).resolve().parent / "rows" / "pools.json"

SENIORITY = ["", "", "", "Sr. ", "Senior ", "Junior ", "Lead ", "Head of ", "Asst. ", "Principal "]
ABBREVIATIONS = {"senior": "sr", "manager": "mgr", "assistant": "asst", "engineer": "eng"}
UNKNOWN = ["underwater basket weaving", "vibes", "synergy wrangling", "zxq tooling"]
#: The one-score rows' seniority words (a different mix: no abbreviations).
PREFIXES = ["", "", "Sr. ", "Junior ", "Lead ", "Head of ", "Assistant "]


@cache
def pools() -> dict[str, Any]:
    """The frozen pool: ``sections`` (each with ``titles``, ``skill_lists``, ``duties``),
    ``category_titles`` and ``skill_labels``."""
    with POOLS.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = json.load(handle)
    return loaded


def synthetic_rows(count: int, seed: int = 7) -> list[dict[str, str]]:
    """Varied profiles: ~half with duties, a few unknown skills, seniority prefixes."""
    rng = random.Random(seed)
    sections = pools()["sections"]
    rows = []
    for i in range(count):
        a, b, c = rng.choice(sections), rng.choice(sections), rng.choice(sections)
        duties = "\n".join(rng.sample(c["duties"], rng.randint(1, 4)))
        rows.append(
            {
                "id": str(i),
                "role": rng.choice(PREFIXES) + rng.choice(a["titles"]),
                "skills": rng.choice(b["skill_lists"]) + ("; madeupskill" if i % 9 == 0 else ""),
                "duties": duties if i % 2 else "",
            }
        )
    return rows


def _typo(text: str, rng: random.Random) -> str:
    """Swap two neighbouring letters in one word in five."""
    if len(text) < 5 or rng.random() > 0.2:
        return text
    i = rng.randrange(1, len(text) - 2)
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def varied_rows(count: int, seed: int = 12) -> list[dict[str, str]]:
    """``count`` profiles drawn independently from the pool (seeded)."""
    rng = random.Random(seed)
    pool = pools()
    titles = pool["category_titles"] + [t for s in pool["sections"] for t in s["titles"]]
    labels = pool["skill_labels"]
    duties = [d for s in pool["sections"] for d in s["duties"]]
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


def freeze() -> None:
    """Write the pool from the knowledge base the installed package loads."""
    from career_resilience.model.engine import load_engine

    kb = load_engine().kb
    sections = [
        {"titles": list(s.titles), "skill_lists": list(s.skill_lists),
         "duties": [d.text for d in s.duties]}
        for s in kb.corpus.values()
    ]  # fmt: skip
    pool = {
        "sections": sections,
        "category_titles": [t for c in kb.categories.values() for t in c.titles],
        "skill_labels": [label for s in kb.skills.values() for label in (s.name, *s.aliases)],
    }
    POOLS.parent.mkdir(exist_ok=True)
    POOLS.write_text(json.dumps(pool, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def check(labels: Path) -> int:
    """How many pooled duty lines are a task-label sentence (must be 0)."""
    with labels.open(encoding="utf-8", newline="") as handle:
        tasks = {tuple(_words(r["task"])) for r in csv.DictReader(handle, delimiter="\t")}
    lines = [d for s in pools()["sections"] for d in s["duties"]]
    found = [d for d in lines if tuple(_words(d)) in tasks]
    print(f"{len(lines):,} duty lines, {len(found)} of them a task-label sentence")
    return len(found)


def main() -> int:
    """Freeze the pool, check it, or print what it holds."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--freeze", action="store_true")
    parser.add_argument("--check", type=Path, metavar="TASK_LABELS_TSV")
    args = parser.parse_args()
    if args.freeze:
        freeze()
    if args.check:
        return 1 if check(args.check) else 0
    pool = pools()
    print(
        f"{len(pool['sections'])} sections, {len(pool['category_titles'])} category titles, "
        f"{len(pool['skill_labels'])} skill labels; first varied row: {varied_rows(1)[0]}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
