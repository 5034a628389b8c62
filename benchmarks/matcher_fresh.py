"""The occupation matcher's phase on fresh profiles, optionally against an older revision.

    python benchmarks/matcher_fresh.py [--profiles 400] [--passes 5] [--against REV]

Times the matcher's phase of one score (``channel_features`` and the title read in the
profile's context) on synthetic profiles that each carry one skill never seen before,
with every memo (title figures, skill rows, title readings) emptied before each pass, so
every title, duty text and skill is looked up afresh, as for a new person.
``benchmarks/scoring_speed.py --phases`` draws skill lists a warm-up has already read,
so it hardly sees the skills channel.

``--against REV`` loads ``model/occupation_match.py``, ``model/skill_items.py`` and
``model/title_postings.py`` (the postings walk both call) as they were at a git
revision and alternates the two in one process (same tables, same profiles, same load):
a before/after on a busy machine, where runs minutes apart differ more than the change
does.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

from frozen_rows import synthetic_rows

from career_resilience.model import occupation_match, title_context
from career_resilience.model.engine import load_engine
from career_resilience.model.profile import Profile

ROOT = Path(__file__).resolve().parent.parent


def _module_at(rev: str, path: str, name: str, folder: Path) -> ModuleType:
    """``path`` as it was at ``rev``, imported under ``name``."""
    text = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{rev}:{path}"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    file = folder / f"{name}.py"
    file.write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(name, file)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


#: The postings arithmetic ``occupation_match`` and ``skill_items`` take from
#: ``title_postings`` (rebound to the revision's own with ``--against``).
_WALK = ("similarity_sum", "similarity_sums", "similarities", "similarities_many",
         "reached_sums", "group_maxima")  # fmt: skip


def _pass(module: ModuleType, tables, rows) -> float:  # type: ignore[no-untyped-def]
    """CPU ms a profile for one pass over ``rows`` with every memo emptied first."""
    tables.title_memo.clear()
    tables.skill_memo.clear()
    if "texts_memo" in tables.__dict__:
        tables.texts_memo.clear()
    started = time.process_time()
    for row in rows:
        feats = module.channel_features(tables, [row])
        title_context.read_in_context(tables, [row], feats)
    return (time.process_time() - started) * 1000 / len(rows)


def main() -> None:
    """Print the phase's CPU time a profile, per pass and as a median."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--profiles", type=int, default=400)
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--seed", type=int, default=4242)
    parser.add_argument("--against", help="git revision to alternate with")
    args = parser.parse_args()
    engine = load_engine()
    engine.score(Profile.create("Warm-up analyst", "SQL"))
    gc.freeze()  # as the app and the CLI run
    tables = engine.match_tables
    rows = []
    for r in synthetic_rows(args.profiles, seed=args.seed):
        # One skill no list holds: the title's last word and "tools" ("Cashier tools").
        fresh = f"{r['skills']}; {r['role'].split()[-1]} tools"
        p = Profile.create(r["role"], fresh, r["duties"])
        rows.append((p.role, "; ".join(p.skills), p.duties))
    versions = {"this tree": occupation_match}
    with tempfile.TemporaryDirectory() as folder:
        if args.against:
            at = Path(folder)
            walk = _module_at(args.against, "model/title_postings.py", "old_postings", at)
            old_items = _module_at(args.against, "model/skill_items.py", "old_items", at)
            old = _module_at(args.against, "model/occupation_match.py", "old_match", at)
            old.skill_rows = old_items.skill_rows  # its skills channel, not this tree's
            # Its postings walk too: the modules imported this tree's functions by name.
            for module in (old, old_items):
                for name in _WALK:
                    if hasattr(module, name) and hasattr(walk, name):
                        setattr(module, name, getattr(walk, name))
            versions = {args.against: old, **versions}
        for module in versions.values():
            _pass(module, tables, rows)  # term views and slip memos made once, for both
        spent: dict[str, list[float]] = {name: [] for name in versions}
        for _ in range(args.passes):
            for name, module in versions.items():
                spent[name].append(_pass(module, tables, rows))
    for name, values in spent.items():
        each = " ".join(f"{v:.3f}" for v in values)
        print(f"{name:>12}: median {statistics.median(values):.3f} ms CPU a profile ({each})")


if __name__ == "__main__":
    main()
