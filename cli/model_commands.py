"""``resilience train``, ``evaluate`` and ``categories``: the model and what it knows."""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from career_resilience.cli.errors import CliError, UsageError


def register(subparsers: Any) -> None:
    """Add the model subcommands."""
    p = subparsers.add_parser("train", help="retrain the model from the knowledge base")
    p.add_argument(
        "--output", type=Path, help="artifact directory (default: the installed package's)"
    )
    p.set_defaults(handler=run_train)
    p = subparsers.add_parser(
        "evaluate", help="cross-validated F1 and agreement with published exposure research"
    )
    p.add_argument("--reference", type=Path, help="path to onet_exposure_dev.csv")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(handler=run_evaluate)
    p = subparsers.add_parser("categories", help="list role categories with their cited figures")
    p.set_defaults(handler=run_categories)


def _kb() -> Any:
    from career_resilience.skills.fields import KnowledgeBaseError
    from career_resilience.skills.loader import shipped_knowledge_base

    try:
        return shipped_knowledge_base()
    except KnowledgeBaseError as exc:
        raise CliError(str(exc)) from exc


def run_train(args: argparse.Namespace) -> int:
    """Train on the shipped corpus and write the artifact and manifest."""
    from career_resilience.model import artifact
    from career_resilience.model.bundle_parts import save_bundle
    from career_resilience.model.training import train

    kb = _kb()
    started = time.perf_counter()
    bundle = train(kb)
    manifest = save_bundle(bundle, kb.digest, args.output or artifact.ARTIFACT_DIR)
    print(json.dumps(manifest.metrics, indent=2))
    print(f"trained model {manifest.model_version} in {time.perf_counter() - started:.1f} s")
    return 0


def run_evaluate(args: argparse.Namespace) -> int:
    """Report the model's figures; the reference comparison is skipped when absent."""
    from career_resilience.model.engine import load_engine
    from career_resilience.model.evaluation import (
        find_reference,
        read_reference,
        spearman_against_reference,
    )

    if args.reference is not None and not args.reference.is_file():
        raise UsageError(f"{args.reference}: no such file")
    engine = load_engine()
    report: dict[str, Any] = {"model_version": engine.model_version, **engine.manifest.metrics}
    ref = find_reference(args.reference)
    if ref is None:
        report["reference"] = "skipped: onet_exposure_dev.csv not found"
    else:
        report.update(spearman_against_reference(engine, read_reference(ref)))
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for key, value in report.items():
            print(f"{key:>28}: {value}")
    return 0


def run_categories(args: argparse.Namespace) -> int:
    """Print every category with its exposure figure, outlook and citation."""
    kb = _kb()
    for cat in sorted(kb.categories.values(), key=lambda c: -c.exposure):
        source = kb.sources[cat.exposure_citation.source]
        print(f"{cat.exposure:5.0f}  {cat.outlook.trend:<9}  {cat.id:<26} {cat.label}")
        print(f"{'':18}{cat.exposure_rationale} [{source.authors} {source.year}]")
    return 0
