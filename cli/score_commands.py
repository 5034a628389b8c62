"""``resilience score``: one profile from flags, or a CSV/JSONL file in batch."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from career_resilience.cli.errors import CliError, UsageError


def register(subparsers: Any) -> None:
    """Add the ``score`` subcommand."""
    p = subparsers.add_parser(
        "score",
        help="score a profile (or a file of profiles)",
        description="Score how exposed a role is to generative AI, with reasons and pivots.",
    )
    p.add_argument("--role", help="job title, e.g. 'Sr. data analyst'")
    p.add_argument("--skills", default="", help="skills separated by semicolons")
    p.add_argument("--duties", default="", help="what you do all day, one task per line")
    p.add_argument("--category", help="place the profile in this category id instead")
    p.add_argument("--json", action="store_true", help="print the JSON contract")
    p.add_argument("--pivots", type=int, default=5, help="how many pivots to list (default 5)")
    p.add_argument("--client", help="save this assessment as a new session of this client")
    p.add_argument("--input", type=Path, help="batch: a .csv or .jsonl file of profiles")
    p.add_argument("--output", help="batch: where to write JSON lines ('-' for stdout)")
    p.set_defaults(handler=run)


def _engine() -> Any:
    from career_resilience.model.artifact import ArtifactError
    from career_resilience.model.engine import load_engine
    from career_resilience.skills.fields import KnowledgeBaseError

    try:
        return load_engine()
    except (ArtifactError, KnowledgeBaseError) as exc:
        raise CliError(str(exc)) from exc


def run(args: argparse.Namespace) -> int:
    """Dispatch to single or batch scoring."""
    if not 0 <= args.pivots <= 50:
        raise UsageError("--pivots must be between 0 and 50")
    if args.input is not None:
        if args.role or args.client:
            raise UsageError("--input scores a file; do not combine it with --role or --client")
        return _run_batch(args)
    if args.output:
        raise UsageError("--output is for batch scoring with --input")
    if args.role is None:
        raise UsageError("give --role TEXT (or --input FILE for a batch)")
    return _run_single(args)


def _run_single(args: argparse.Namespace) -> int:
    from career_resilience.model.profile import Profile, ProfileError

    try:
        profile = Profile.create(args.role, args.skills, args.duties.replace("\\n", "\n"))
    except ProfileError as exc:
        raise UsageError(str(exc)) from exc
    engine = _engine()
    if args.category and args.category not in engine.class_set:
        raise UsageError(f"unknown category {args.category!r}; see `resilience categories`")
    if args.category:
        profile = Profile.create(profile.role, profile.skills, profile.duties, args.category)
    result = engine.score(profile, max_pivots=args.pivots)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        from career_resilience.cli.render import render_text

        print(render_text(result, profile.role))
    if args.client:
        _save_to_client(args.client, profile, result)
    return 0


def _save_to_client(client: str, profile: Any, result: Any) -> None:
    from career_resilience.records import RecordsError, Store, save_assessment

    try:
        with Store.open() as store:
            session = save_assessment(store, client, profile.to_dict(), result.to_dict())
    except RecordsError as exc:
        raise CliError(f"the result was not saved: {exc}") from exc
    print(f"saved as session {session.number} of client {client!r}", file=sys.stderr)


def _run_batch(args: argparse.Namespace) -> int:
    from career_resilience.model.batch import BatchInputError, read_rows, score_file

    if not args.output:
        raise UsageError("batch scoring needs --output FILE.jsonl (or --output - for stdout)")
    engine = _engine()
    rows = read_rows(args.input)
    progress = None
    if sys.stderr.isatty():  # a bar only where a person watches it, never in a log
        from career_resilience.cli.progress import ProgressBar, count_rows

        progress = ProgressBar(count_rows(args.input))
    try:
        if args.output == "-":
            scored, failed = score_file(engine, rows, sys.stdout.write, progress)
        else:
            out_path = Path(args.output)
            tmp = out_path.with_name(f".{out_path.name}.partial")
            try:
                with tmp.open("w", encoding="utf-8") as handle:
                    scored, failed = score_file(engine, rows, handle.write, progress)
                tmp.replace(out_path)  # a crash never leaves a half-written output
            except OSError as exc:
                raise CliError(f"cannot write {out_path}: {exc.strerror or exc}") from exc
            finally:
                tmp.unlink(missing_ok=True)  # gone already when the output was written
        if progress:
            progress.finish()
    except BatchInputError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        if progress:  # end the bar's line, also before an error message
            progress.done()
    note = f"; {failed} bad rows reported with their row numbers" if failed else ""
    print(f"scored {scored} rows{note}", file=sys.stderr)
    return 0
