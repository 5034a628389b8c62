"""Instructions a fresh score takes, this tree against an older revision: load-free.

    python benchmarks/instructions_against.py --against REV [--scores 150] [--top 12]
                                              [--batch]

CPU time on this shared two-core machine moves by 10-30% between runs minutes apart, so
"did one score get slower since REV?" had no answer below that. Instructions do not
depend on the load. Each side scores the same fresh profiles (``frozen_rows``, seed 123,
after 100 warm-ups, collector frozen as the app runs) under ``valgrind --tool=cachegrind
--cache-sim=no``, once with ``--scores`` profiles and once with none; the difference over
``--scores`` is one fresh score's instructions, start-up and model load taken out.
``REV`` is resolved to its commit once, as the run starts, and printed with this tree's
HEAD: a branch name such as ``main`` moves while others land, and a figure "against main"
had compared with a main that was no longer the one the tree had branched from (808c412's
0.988x was 0.996x against its own base). When ``REV`` is not an ancestor of HEAD the
output says so: the ratio then holds REV's own changes too. ``REV`` runs from a
``git archive`` of that commit whose package tree (the rooms mapped as
``tools/typecheck.py`` maps them, each with its own artifact) comes first on
``PYTHONPATH``. Printed: both counts, their ratio, and the C functions whose share moved
most (Python's own interpreter loop is one of them: more rules, more bytecode).

With ``--batch`` the work is a batch row instead: ``score_file`` in this process (CSV in,
JSON lines out, one job) on ``--scores`` + 1 varied rows (``frozen_rows.varied_rows``, as
``batch_vs_model.py`` scores them, after 200 warm-up rows of another seed), less a run on
the first row alone (the batch's own set-up taken out): a batch row's instructions, the
figure the batch's full / bare ratio moves with, free of the machine's load.

Each valgrind run takes 2-4 minutes (the model load is most of it): about 12 in all.
2026-12-05: 0ca7d21 20.12M, 7cddc0d 21.95M, main 9ba18e7 22.98M a fresh score.
"""

from __future__ import annotations

import argparse
import collections
import gc
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
#: The folders installed inside ``career_resilience`` (``pyproject.toml``'s package-dir).
ROOMS = ("skills", "model", "records", "reports", "cli", "tui")


def score_batch(count: int) -> None:
    """What runs under valgrind with ``--batch``: warm up, then ``score_file`` on
    ``count`` + 1 varied rows in this process."""
    import csv
    import io

    from frozen_rows import varied_rows

    from career_resilience.model import batch
    from career_resilience.model.engine import load_engine
    from career_resilience.model.profile import Profile

    engine = load_engine()
    engine.score_many(
        [Profile.create(r["role"], r["skills"], r["duties"]) for r in varied_rows(200, seed=99)]
    )
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "rows.csv"
        with source.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, ["id", "role", "skills", "duties"])
            writer.writeheader()
            writer.writerows(varied_rows(count + 1))
        batch.score_file(engine, batch.plan(source), io.StringIO().write, jobs=1)


def score_fresh(count: int) -> None:
    """What runs under valgrind: warm up, freeze the collector, score ``count`` fresh."""
    from frozen_rows import synthetic_rows

    from career_resilience.model.engine import load_engine
    from career_resilience.model.profile import Profile

    engine = load_engine()
    for row in synthetic_rows(100, seed=5):
        engine.score(Profile.create(row["role"], row["skills"], row["duties"]))
    gc.freeze()
    rows = synthetic_rows(max(count, 1), seed=123)
    fresh = [Profile.create(r["role"], r["skills"], r["duties"]) for r in rows]
    for profile in fresh[:count]:
        engine.score(profile)


class Pinned(NamedTuple):
    """The revision compared with, pinned as the run starts, and this tree's state."""

    rev: str  # as asked ("main")
    commit: str  # its commit then: what is archived and measured
    head: str  # this tree's HEAD
    dirty: bool  # this tree has changes not committed (they are measured too)
    ancestor: bool  # ``commit`` is an ancestor of HEAD (or HEAD itself)

    def describe(self) -> list[str]:
        """The lines that say what was compared with what."""
        tree = self.head[:12] + (" + uncommitted changes" if self.dirty else "")
        lines = [f"against {self.rev} = {self.commit[:12]} (pinned at the start); this tree {tree}"]
        if not self.ancestor:
            lines.append(
                f"  note: {self.commit[:12]} is not an ancestor of HEAD: the ratio includes"
                " its own changes this tree lacks (compare with the branch's base instead)"
            )
        return lines


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True)


def pin(rev: str, root: Path = ROOT) -> Pinned:
    """``rev`` resolved to its commit now, with this tree's HEAD and state."""
    found = _git(root, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")
    if found.returncode != 0:
        raise SystemExit(f"no commit {rev!r} in {root}")
    commit = found.stdout.strip()
    head = _git(root, "rev-parse", "HEAD").stdout.strip()
    dirty = bool(_git(root, "status", "--porcelain", "--untracked-files=no").stdout.strip())
    ancestor = _git(root, "merge-base", "--is-ancestor", commit, head).returncode == 0
    return Pinned(rev, commit, head, dirty, ancestor)


def package_of(rev: str, into: Path) -> Path:
    """A folder to put first on ``PYTHONPATH`` that imports ``career_resilience`` as it
    was at ``rev``."""
    source = into / "source"
    source.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev], check=True, capture_output=True
    ).stdout
    tar = into / "rev.tar"
    tar.write_bytes(archive)
    with tarfile.open(tar) as opened:
        opened.extractall(source, filter="data")
    package = into / "layout" / "career_resilience"
    package.mkdir(parents=True)
    for entry in (source / "career_resilience").iterdir():
        (package / entry.name).symlink_to(entry)
    for room in ROOMS:
        (package / room).symlink_to(source / room)
    return package.parent


def counted(
    out: Path, count: int, pythonpath: Path | None, batch: bool = False
) -> collections.Counter[str]:
    """Instructions by C function of one run scoring ``count`` fresh profiles (with
    ``batch``: ``count`` + 1 batch rows)."""
    env = dict(os.environ, PYTHONHASHSEED="0", OPENBLAS_NUM_THREADS="1")
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out}",
           sys.executable, __file__, "--score-batch" if batch else "--score-fresh",
           str(count)]  # fmt: skip
    run = subprocess.run(cmd, capture_output=True, env=env, text=True)
    if run.returncode != 0:
        # Say why (the old package's traceback, valgrind's complaint): a bare exit
        # status had left a failed A/B against 46a5d23 with no cause to look at.
        tail = "\n".join(run.stderr.strip().splitlines()[-15:])
        side = f"PYTHONPATH={pythonpath}" if pythonpath is not None else "this tree"
        raise SystemExit(
            f"cachegrind run ({side}, {count} scores) exited {run.returncode}:\n{tail}"
        )
    return by_function(out)


def by_function(path: Path) -> collections.Counter[str]:
    """Instructions per (file, function) of a cachegrind output file."""
    total: collections.Counter[str] = collections.Counter()
    where = ""
    name = ""
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.startswith("fl="):
                where = line[3:].strip().rsplit("/", 1)[-1]
            elif line.startswith("fn="):
                name = line[3:].strip()
            elif line[:1].isdigit():
                fields = line.split()
                if len(fields) > 1:
                    total[f"{name} ({where})"] += int(fields[1])
    return total


def per_score(
    scores: int, pythonpath: Path | None, work: Path, side: str, batch: bool = False
) -> collections.Counter:
    """One fresh score's (or batch row's) instructions by function: a run of ``scores``
    less one of none."""
    some = counted(work / f"{side}.{scores}.out", scores, pythonpath, batch)
    none = counted(work / f"{side}.0.out", 0, pythonpath, batch)
    some.subtract(none)
    return collections.Counter({k: v / scores for k, v in some.items()})


def main() -> int:
    """Count both sides and print them."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--against", default="HEAD")
    parser.add_argument("--scores", type=int, default=150)
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--batch", action="store_true", help="a batch row, not a fresh score")
    parser.add_argument("--score-fresh", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--score-batch", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.score_fresh is not None:
        score_fresh(args.score_fresh)
        return 0
    if args.score_batch is not None:
        score_batch(args.score_batch)
        return 0
    if shutil.which("valgrind") is None:
        print("needs valgrind (apt-get install valgrind)")
        return 1
    pinned = pin(args.against)
    print("\n".join(pinned.describe()), flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        old = per_score(args.scores, package_of(pinned.commit, work), work, "old", args.batch)
        new = per_score(args.scores, None, work, "new", args.batch)
    before, after = sum(old.values()), sum(new.values())
    if args.batch:
        print(f"instructions a batch row ({args.scores + 1} varied rows less 1, score_file):")
    else:
        print(f"instructions a fresh score ({args.scores} fresh less none, frozen rows):")
    print(f"  {args.against} ({pinned.commit[:12]}): {before / 1e6:7.2f}M")
    print(f"  this tree ({pinned.head[:12]}{'+' if pinned.dirty else ''}): {after / 1e6:7.2f}M"
          f"  ({after / before:.3f}x)")  # fmt: skip
    moved = sorted(set(old) | set(new), key=lambda k: abs(new[k] - old[k]), reverse=True)
    print(f"moved most (thousands a {'row' if args.batch else 'score'}):")
    for key in moved[: args.top]:
        print(f"  {(new[key] - old[key]) / 1e3:+9.1f}k  {old[key] / 1e3:9.1f}k -> "
              f"{new[key] / 1e3:9.1f}k  {key}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
