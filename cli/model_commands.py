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
    p.add_argument(
        "--tasks", type=Path, help="training-only task labels (default: ../shared/data/...)"
    )
    p.set_defaults(handler=run_train)
    p = subparsers.add_parser(
        "evaluate",
        help=(
            "the figures of record: occupation match, agreement with the research and "
            "interval coverage on typed profiles; the models' cross-validation"
        ),
    )
    p.add_argument("--reference", type=Path, help="path to onet_exposure_dev.csv")
    p.add_argument("--typed", type=Path, help="path to typed_profiles_dev.yaml")
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
    from career_resilience.model.occupation_model import TrainingDataError
    from career_resilience.model.training import train
    from career_resilience.skills.fields import KnowledgeBaseError
    from career_resilience.skills.occupation_frame import build_frame
    from career_resilience.skills.occupations import occupation_codes

    kb = _kb()
    # The loader checks each file alone; which category frames each occupation needs the
    # occupation table too. Checked here, a mistake in occupation_categories.yaml is named
    # in a second, not after ten minutes of training an artifact that then cannot load.
    try:
        build_frame(occupation_codes(), kb.categories, kb.occupation_frame)
    except KnowledgeBaseError as exc:
        raise CliError(str(exc)) from exc
    started = time.perf_counter()
    try:
        bundle = train(kb, tasks=args.tasks)
    except TrainingDataError as exc:
        raise UsageError(str(exc)) from exc
    manifest = save_bundle(bundle, kb.digest, args.output or artifact.ARTIFACT_DIR)
    print(json.dumps(manifest.metrics, indent=2))
    print(f"trained model {manifest.model_version} in {time.perf_counter() - started:.1f} s")
    return 0


def run_evaluate(args: argparse.Namespace) -> int:
    """Report the model's figures; each comparison is skipped when its file is absent."""
    from career_resilience.model.duty_training import duty_model_without
    from career_resilience.model.engine import Engine, load_engine
    from career_resilience.model.evaluation import (
        TYPED_NAME,
        find_reference,
        read_reference,
        read_reference_codes,
        read_typed_profiles,
        spearman_against_reference,
        typed_profiles_report,
    )
    from career_resilience.model.occupation_model import (
        TrainingDataError,
        find_tasks,
        without_tasks_of,
    )

    for given in (args.reference, args.typed):
        if given is not None and not given.is_file():
            raise UsageError(f"{given}: no such file")
    engine = load_engine()
    report: dict[str, Any] = {"model_version": engine.model_version, **engine.manifest.metrics}
    typed = find_reference(args.typed, TYPED_NAME)
    if typed is None:
        report["typed_profiles"] = f"skipped: {TYPED_NAME} not found"
    else:
        report.update(typed_profiles_report(engine, read_typed_profiles(typed)))
    ref = find_reference(args.reference)
    if ref is None:
        report["reference"] = "skipped: onet_exposure_dev.csv not found"
    else:
        try:
            tasks = find_tasks(None)
        except TrainingDataError as exc:
            report["reference"] = f"skipped: {exc}"
        else:
            # Neither the matcher's duty channel nor the duty model may have seen these
            # occupations' own task statements.
            codes = read_reference_codes(ref)
            held = without_tasks_of(engine.bundle["occupations"], codes, tasks)
            duty = {**engine.bundle["duty"], "model": duty_model_without(tasks, codes)}
            blind = Engine(
                engine.kb, {**engine.bundle, "occupations": held, "duty": duty}, engine.manifest
            )
            found = spearman_against_reference(blind, read_reference(ref))
            report.update({f"onet_{k}": v for k, v in found.items()})
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        from career_resilience.wording import evaluation_line

        for key, value in report.items():
            print(evaluation_line(key, value))
    return 0


def run_categories(args: argparse.Namespace) -> int:
    """Print every category with its exposure figure, outlook and citation."""
    import textwrap

    from career_resilience import wording

    kb = _kb()
    # The columns named: "95  growing  software_engineering" read as three unlabelled codes.
    print(f"{'AI exposure':>11}  {'outlook':<9}  {'id (for --category)':<26} name")
    for cat in sorted(kb.categories.values(), key=lambda c: -c.exposure):
        source = kb.sources[cat.exposure_citation.source]
        shown = wording.score(cat.exposure)
        head = f"{shown:>11}  {cat.outlook.trend:<9}  {cat.id:<26} "
        print(textwrap.fill(cat.label, 80, initial_indent=head, subsequent_indent=" " * len(head)))
        why = f"{cat.exposure_rationale} [{source.authors} {source.year}]"
        print(textwrap.fill(why, 80, initial_indent=" " * 24, subsequent_indent=" " * 24))
    return 0
